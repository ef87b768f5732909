import { describe, expect, it } from 'vitest';
import type { SessionRepository } from '../ports';
import { REVOCATION_QUIET_MS, SessionStateCache, type SessionState } from './session-state-cache';

/** A session store that counts its state reads and can hold a revocation "uncommitted". */
function store() {
  const states = new Map<string, SessionState>();
  let reads = 0;
  const repo = {
    sessionState: async (id: string) => {
      reads++;
      const s = states.get(id);
      return s ? { ...s } : null;
    },
    revokeSession: async (id: string) => {
      const s = states.get(id);
      if (s) states.set(id, { ...s, revokedAt: new Date() });
    },
    revokeAllForAccount: async (accountId: string) => {
      for (const [id, s] of states) if (s.accountId === accountId) states.set(id, { ...s, revokedAt: new Date() });
    },
    findSession: async () => null,
  } as unknown as SessionRepository;
  const add = (id: string, accountId: string) =>
    states.set(id, {
      accountId,
      kind: 'api',
      revokedAt: null,
      expiresAt: new Date(Date.now() + 3_600_000),
      accountStatus: 'active',
      role: 'applicant',
      companyId: null,
      landlordId: null,
    });
  return { repo, add, states, reads: () => reads };
}

describe('SessionStateCache', () => {
  it('reuses an active state within its time to live, and reads again after it', async () => {
    let now = 1_000;
    const s = store();
    s.add('s1', 'a1');
    const repo = new SessionStateCache(1000, () => now).wrap(s.repo);
    await repo.sessionState('s1');
    await repo.sessionState('s1');
    expect(s.reads()).toBe(1);
    now += 1001;
    await repo.sessionState('s1');
    expect(s.reads()).toBe(2);
  });

  it('never keeps a refused state (unknown, revoked, disabled account)', async () => {
    const s = store();
    s.add('s1', 'a1');
    s.states.set('s1', { ...s.states.get('s1')!, accountStatus: 'disabled' });
    const repo = new SessionStateCache(1000).wrap(s.repo);
    expect((await repo.sessionState('s1'))?.accountStatus).toBe('disabled');
    await repo.sessionState('s1');
    expect(await repo.sessionState('nope')).toBeNull();
    await repo.sessionState('nope');
    expect(s.reads()).toBe(4);
  });

  it('a logout in this process ends the cached session at once', async () => {
    const s = store();
    s.add('s1', 'a1');
    const repo = new SessionStateCache(5000).wrap(s.repo);
    await repo.sessionState('s1');
    await repo.revokeSession('s1', 'logout');
    expect((await repo.sessionState('s1'))?.revokedAt).toBeInstanceOf(Date);
  });

  it('disabling an account ends all its cached sessions at once, not the others', async () => {
    const s = store();
    s.add('s1', 'a1');
    s.add('s2', 'a1');
    s.add('s3', 'a2');
    const repo = new SessionStateCache(5000).wrap(s.repo);
    for (const id of ['s1', 's2', 's3']) await repo.sessionState(id);
    await repo.revokeAllForAccount('a1', 'account disabled');
    expect((await repo.sessionState('s1'))?.revokedAt).toBeInstanceOf(Date);
    expect((await repo.sessionState('s2'))?.revokedAt).toBeInstanceOf(Date);
    const before = s.reads();
    expect((await repo.sessionState('s3'))?.revokedAt).toBeNull();
    expect(s.reads()).toBe(before); // a2's session still served from memory
  });

  it('a read racing a revocation (before its transaction commits) does not put the old state back', async () => {
    let now = 1_000;
    const s = store();
    s.add('s1', 'a1');
    // the revocation's write is not visible yet: the database still says "active"
    const uncommitted = { ...s.repo, revokeSession: async () => undefined } as SessionRepository;
    Object.setPrototypeOf(uncommitted, s.repo);
    const cache = new SessionStateCache(5000, () => now);
    const repo = cache.wrap(uncommitted);
    await repo.revokeSession('s1', 'logout'); // begun, not committed
    expect((await repo.sessionState('s1'))?.revokedAt).toBeNull(); // read from the database, not kept
    expect(cache.size).toBe(0);
    s.states.set('s1', { ...s.states.get('s1')!, revokedAt: new Date() }); // committed
    expect((await repo.sessionState('s1'))?.revokedAt).toBeInstanceOf(Date);
    now += REVOCATION_QUIET_MS + 1;
    s.add('s1', 'a1'); // (a new active state, for the test's sake) is cached again after the quiet time
    await repo.sessionState('s1');
    expect(cache.size).toBe(1);
  });

  it('with a time to live of 0 the repository is used as it is', () => {
    const s = store();
    expect(new SessionStateCache(0).wrap(s.repo)).toBe(s.repo);
  });
});
