import { describe, expect, it } from 'vitest';
import { InMemoryAuditTrail } from '../../../shared/testing/audit';
import { FixedClock } from '../../../shared/testing/clock';
import { DomainError, unavailable } from '../../../shared/errors';
import { InProcessEventBus, type DomainEvent } from '../../../shared/events';
import { immediateUnitOfWork } from '../../../shared/testing/unit-of-work';
import type { Principal } from '../../identity/index';
import { createDraftDemand } from '../domain/index';
import { aDemandData, REGISTRATION_NUMBER } from '../testing/test-builders';
import type { DemandImportSettings } from '../ports/import.port';
import type { DemandRegistry, RegistryDemand } from '../ports/registry.port';
import { InMemoryAttemptLimiter, InMemoryContactOutbox, InMemoryImportChallenges } from '../testing/in-memory-import';
import { DemandImportService } from './demand-import.service';
import { InMemoryDemandRepository } from '../testing/in-memory';
import { contactEmail, maskEmail } from './import-code';
import { staticDemandRegistries } from './registries';
import type { StartDemandImportResult } from './start-demand-import';

const applicant = (n: number): Principal => ({ accountId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, role: 'applicant', sessionId: `s${n}` });
const APPLICANT = applicant(1);
const OTHER = applicant(2);
const EMAIL = 'nadia.benali@example.org';

class FakeRegistry implements DemandRegistry {
  readonly id = 'sne';
  held = new Map<string, RegistryDemand>();
  down = false;
  fetches = 0;
  async register(): Promise<never> {
    throw new Error('not used');
  }
  async fetch(number: string) {
    this.fetches += 1;
    if (this.down) throw unavailable('REGISTRY.UNAVAILABLE', 'down');
    return this.held.get(number) ?? null;
  }
  async struckOffSince() {
    return [];
  }
}

const SETTINGS: DemandImportSettings = {
  maxFailuresPerAccount: 100,
  maxFailuresPerAddress: 100,
  maxFailuresPerNumber: 100,
  failureWindowSeconds: 900,
  numberWindowSeconds: 86_400,
  maxCodesPerNumber: 10,
  codeTtlSeconds: 900,
  maxCodeAttempts: 3,
  codeSecret: 'unit-test-secret',
};

function setup(settings: Partial<DemandImportSettings> = {}) {
  const clock = new FixedClock('2026-03-15T10:00:00Z');
  const registry = new FakeRegistry();
  const base = aDemandData();
  const data = { ...base, applicant: { ...base.applicant, email: EMAIL } };
  registry.held.set(REGISTRATION_NUMBER, { registry: 'sne', number: REGISTRATION_NUMBER, registrationDate: '2025-01-20', data, dalo: true });
  const demands = new InMemoryDemandRepository(() => clock.now());
  const audit = new InMemoryAuditTrail();
  const events = new InProcessEventBus();
  const published: DomainEvent[] = [];
  events.subscribe('demand.status_changed', (e) => void published.push(e));
  const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const challenges = new InMemoryImportChallenges();
  const outbox = new InMemoryContactOutbox();
  const service = new DemandImportService({
    demands,
    registries: staticDemandRegistries([registry]),
    limiter: new InMemoryAttemptLimiter(),
    challenges,
    contactOutbox: outbox,
    settings: { ...SETTINGS, ...settings },
    audit,
    events,
    clock,
    uow: immediateUnitOfWork,
    logger,
  });
  const lastCode = () => String(outbox.sent.at(-1)?.payload.code);
  return { service, registry, demands, audit, published, challenges, outbox, clock, lastCode, birthDate: data.applicant.birthDate };
}

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return (e as DomainError).code;
  }
  return 'no error';
};
const sent = (r: StartDemandImportResult) => {
  if (r.outcome !== 'code_sent') throw new Error(`expected a code sent, got ${r.outcome}`);
  return r;
};

describe('importing a registry demand: number and birth date, then the code sent to the registry’s contact', () => {
  it('sends a code to the registry’s e-mail (masked in the answer, hashed at rest); only the code imports the demand, active with number, date and DALO', async () => {
    const t = setup();
    const started = sent(await t.service.start(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }));
    expect(started).toMatchObject({ channel: 'email', sentTo: 'n•••@e•••.org' });
    expect(started.expiresAt.toISOString()).toBe('2026-03-15T10:15:00.000Z');
    expect(t.outbox.sent).toEqual([{ toEmail: EMAIL, kind: 'demand.import_code', payload: expect.objectContaining({ code: expect.stringMatching(/^\d{6}$/) }) }]);
    // nothing moved yet, and the code is not stored
    expect(t.demands.records.size).toBe(0);
    const stored = t.challenges.challenges.get(started.challengeId)!;
    expect(stored.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(t.lastCode());

    const { record, created } = await t.service.confirm(APPLICANT, { challengeId: started.challengeId, code: t.lastCode() });
    expect(created).toBe(true);
    expect(record.demand).toMatchObject({
      status: 'active',
      source: 'registry',
      registrationNumber: REGISTRATION_NUMBER,
      registrationDate: '2025-01-20',
      renewalDueDate: '2027-01-20',
      ownerAccountId: APPLICANT.accountId,
    });
    expect(record.demand.data.dalo).toBe(true);
    // the registry's DALO flag counts as confirmed by the registry (issue 15, item 4)
    expect(record.factChecks?.dalo).toMatchObject({ status: 'checked', source: 'registry' });
    expect(t.audit.entries.map((e) => e.action)).toEqual(['demand.import_code_sent', 'demand.imported']);
    expect(t.published).toEqual([expect.objectContaining({ payload: expect.objectContaining({ action: 'imported', to: 'active' }) })]);
    // confirming again (a double click): the same demand
    expect(await t.service.confirm(APPLICANT, { challengeId: started.challengeId, code: t.lastCode() })).toMatchObject({
      created: false,
      record: { demand: { id: record.demand.id } },
    });
    // importing again from the start: already imported, no code sent, the registry not asked
    const fetches = t.registry.fetches;
    expect(await t.service.start(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER.toLowerCase(), birthDate: t.birthDate })).toEqual({
      outcome: 'already_imported',
      demandId: record.demand.id,
    });
    expect(t.registry.fetches).toBe(fetches);
    expect(t.outbox.sent).toHaveLength(1);
  });

  it('answers DEMAND.NOT_FOUND to a wrong birth date, an unknown number and another account’s number, and audits the refusals', async () => {
    const t = setup();
    expect(await codeOf(t.service.start(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: '1900-01-01' }))).toBe('DEMAND.NOT_FOUND');
    expect(await codeOf(t.service.start(APPLICANT, { registry: 'sne', number: '0000000000000X0000', birthDate: t.birthDate }))).toBe('DEMAND.NOT_FOUND');
    const started = sent(await t.service.start(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }));
    await t.service.confirm(APPLICANT, { challengeId: started.challengeId, code: t.lastCode() });
    expect(await codeOf(t.service.start(OTHER, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }))).toBe('DEMAND.NOT_FOUND');
    expect(t.audit.entries.filter((e) => e.action === 'demand.import_refused').map((e) => e.detail?.reason)).toEqual([
      'birth_date_mismatch',
      'unknown_number',
      'number_of_another_account',
    ]);
  });

  it('a wrong code: 422 with the tries left; past the tries, or once expired, the code no longer works (409); another account’s challenge is unknown (404)', async () => {
    const t = setup();
    const started = sent(await t.service.start(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }));
    const wrong = t.lastCode() === '000000' ? '000001' : '000000';
    expect(await codeOf(t.service.confirm(OTHER, { challengeId: started.challengeId, code: t.lastCode() }))).toBe('DEMAND.IMPORT_NOT_FOUND');
    const first = await t.service.confirm(APPLICANT, { challengeId: started.challengeId, code: wrong }).catch((e: DomainError) => e);
    expect(first).toMatchObject({ code: 'DEMAND.IMPORT_CODE_INVALID', details: { attemptsLeft: 2 }, fields: [{ field: 'code' }] });
    expect(await codeOf(t.service.confirm(APPLICANT, { challengeId: started.challengeId, code: wrong }))).toBe('DEMAND.IMPORT_CODE_INVALID');
    expect(await codeOf(t.service.confirm(APPLICANT, { challengeId: started.challengeId, code: wrong }))).toBe('DEMAND.IMPORT_CODE_INVALID');
    expect(await codeOf(t.service.confirm(APPLICANT, { challengeId: started.challengeId, code: t.lastCode() }))).toBe('DEMAND.IMPORT_CODE_EXPIRED');
    expect(t.demands.records.size).toBe(0);

    const again = sent(await t.service.start(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }));
    t.clock.set('2026-03-15T10:15:00Z');
    expect(await codeOf(t.service.confirm(APPLICANT, { challengeId: again.challengeId, code: t.lastCode() }))).toBe('DEMAND.IMPORT_CODE_EXPIRED');
    expect(t.demands.records.size).toBe(0);
  });

  it('only the last code sent works', async () => {
    const t = setup();
    const first = sent(await t.service.start(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }));
    const firstCode = t.lastCode();
    const second = sent(await t.service.start(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }));
    expect(await codeOf(t.service.confirm(APPLICANT, { challengeId: first.challengeId, code: firstCode }))).toBe('DEMAND.IMPORT_CODE_EXPIRED');
    expect((await t.service.confirm(APPLICANT, { challengeId: second.challengeId, code: t.lastCode() })).created).toBe(true);
  });

  it('limits failures per registry number whatever the account and address, reserved before evaluation; the right birth date waits for the window', async () => {
    const t = setup({ maxFailuresPerNumber: 5, numberWindowSeconds: 3600 });
    // 40 accounts from 40 addresses guess at once: only 5 reach the registry
    const fetches = t.registry.fetches;
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        codeOf(
          t.service.start(
            applicant(100 + i),
            { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: `1950-01-${String((i % 28) + 1).padStart(2, '0')}` },
            { address: `203.0.113.${i}` },
          ),
        ),
      ),
    );
    expect(guesses.filter((c) => c === 'DEMAND.NOT_FOUND')).toHaveLength(5);
    expect(guesses.filter((c) => c === 'DEMAND.IMPORT_THROTTLED')).toHaveLength(35);
    expect(t.registry.fetches - fetches).toBe(5);
    // the right birth date, from a fresh account and address: still refused, no code sent
    const blocked = await t.service
      .start(applicant(999), { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }, { address: '198.51.100.9' })
      .catch((e: DomainError) => e);
    expect(blocked).toMatchObject({ code: 'DEMAND.IMPORT_THROTTLED', kind: 'rate_limited' });
    expect((blocked as DomainError).details?.retryAfterSeconds).toBe(3600);
    expect(t.outbox.sent).toHaveLength(0);
    // another number is not held back
    expect(await codeOf(t.service.start(applicant(998), { registry: 'sne', number: '0000000000000X0000', birthDate: t.birthDate }))).toBe('DEMAND.NOT_FOUND');
    // once the window has passed, the right birth date gets its code
    t.clock.set('2026-03-15T11:00:00Z');
    expect((await t.service.start(applicant(999), { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate })).outcome).toBe('code_sent');
  });

  it('wrong codes count against the number too; a right code gives its attempt back', async () => {
    const t = setup({ maxFailuresPerNumber: 2, maxCodeAttempts: 5 });
    const started = sent(await t.service.start(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }));
    const wrong = t.lastCode() === '000000' ? '000001' : '000000';
    expect(await codeOf(t.service.confirm(APPLICANT, { challengeId: started.challengeId, code: wrong }))).toBe('DEMAND.IMPORT_CODE_INVALID');
    expect(await codeOf(t.service.confirm(APPLICANT, { challengeId: started.challengeId, code: wrong }))).toBe('DEMAND.IMPORT_CODE_INVALID');
    expect(await codeOf(t.service.confirm(APPLICANT, { challengeId: started.challengeId, code: t.lastCode() }))).toBe('DEMAND.IMPORT_THROTTLED');
  });

  it('the registry down: 503, nothing created, nothing counted; after a right code the same code works once it is back', async () => {
    const t = setup({ maxFailuresPerNumber: 1, maxCodeAttempts: 1 });
    t.registry.down = true;
    expect(await codeOf(t.service.start(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }))).toBe('REGISTRY.UNAVAILABLE');
    t.registry.down = false;
    const started = sent(await t.service.start(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }));
    t.registry.down = true;
    expect(await codeOf(t.service.confirm(APPLICANT, { challengeId: started.challengeId, code: t.lastCode() }))).toBe('REGISTRY.UNAVAILABLE');
    expect(t.demands.records.size).toBe(0);
    t.registry.down = false;
    expect((await t.service.confirm(APPLICANT, { challengeId: started.challengeId, code: t.lastCode() })).created).toBe(true);
  });

  it('no e-mail in the registry: 409 DEMAND.IMPORT_NO_CONTACT; another demand in progress: DEMAND.ALREADY_EXISTS; a registry not connected: REGISTRY.NOT_CONFIGURED', async () => {
    const t = setup();
    const held = t.registry.held.get(REGISTRATION_NUMBER)!;
    t.registry.held.set(REGISTRATION_NUMBER, { ...held, data: { ...held.data, applicant: { ...held.data.applicant, email: 'pas-une-adresse' } } });
    expect(await codeOf(t.service.start(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }))).toBe('DEMAND.IMPORT_NO_CONTACT');
    t.registry.held.set(REGISTRATION_NUMBER, held);
    const draft = createDraftDemand({ id: '00000000-0000-4000-8000-00000000aaaa', ownerAccountId: OTHER.accountId, data: aDemandData(), at: t.clock.now() });
    await t.demands.insert({ demand: draft, version: 1, updatedAt: t.clock.now(), pendingDocuments: 0 });
    expect(await codeOf(t.service.start(OTHER, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }))).toBe('DEMAND.ALREADY_EXISTS');
    expect(await codeOf(t.service.start(APPLICANT, { registry: 'imhoweb', number: REGISTRATION_NUMBER, birthDate: t.birthDate }))).toBe('REGISTRY.NOT_CONFIGURED');
  });

  it('sends at most maxCodesPerNumber codes per number in the window', async () => {
    const t = setup({ maxCodesPerNumber: 2 });
    for (let i = 0; i < 2; i++) sent(await t.service.start(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }));
    expect(await codeOf(t.service.start(OTHER, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }))).toBe('DEMAND.IMPORT_CODES_THROTTLED');
    expect(t.outbox.sent).toHaveLength(2);
  });
});

describe('the registry contact', () => {
  it('keeps addresses that look like one and masks them', () => {
    expect(contactEmail(' a.b@example.fr ')).toBe('a.b@example.fr');
    for (const bad of [undefined, '', 'no-at', '@example.fr', 'a@b@c.fr', 'a@example', 'a@example.', 'a b@example.fr', `${'a'.repeat(250)}@example.fr`])
      expect(contactEmail(bad)).toBeUndefined();
    expect(maskEmail('alice@exemple.fr')).toBe('a•••@e•••.fr');
    expect(maskEmail('x@mail.service.gouv.fr')).toBe('x•••@m•••.fr');
  });
});
