import { describe, expect, it } from 'vitest';
import type { Principal } from '../../identity/index';
import { listMyNotifications, MY_NOTIFICATIONS_MAX } from './list-my-notifications';
import type { PrivacyDeps } from './privacy.deps';

const applicant: Principal = { accountId: 'acc-1', role: 'applicant', sessionId: 's' };
const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 10, minute));

describe('my notifications', () => {
  it('reads only each side’s most recent messages (never the whole export), merged newest first, at most 100', async () => {
    const limits: number[] = [];
    const deps = {
      demands: {
        exportOwner: () => {
          throw new Error('the export must not be built');
        },
        recentNotifications: async (_p: Principal, limit: number) => {
          limits.push(limit);
          return Array.from({ length: limit }, (_, i) => ({ kind: 'demand.validated', payload: {}, createdAt: at(120 - 2 * i), sentAt: null }));
        },
      },
      candidacies: {
        exportOwn: () => {
          throw new Error('the export must not be built');
        },
        recentNotifications: async (_p: Principal, limit: number) => {
          limits.push(limit);
          return [{ id: 1, accountId: 'acc-1', candidacyId: 'c-1', kind: 'candidacy.designated', payload: {}, createdAt: at(119), sentAt: at(121) }];
        },
      },
    } as unknown as PrivacyDeps;

    const list = await listMyNotifications(deps, applicant);

    expect(limits).toEqual([MY_NOTIFICATIONS_MAX, MY_NOTIFICATIONS_MAX]);
    expect(list).toHaveLength(MY_NOTIFICATIONS_MAX);
    expect(list.slice(0, 3).map((n) => [n.source, n.createdAt.toISOString()])).toEqual([
      ['demand', at(120).toISOString()],
      ['candidacy', at(119).toISOString()],
      ['demand', at(118).toISOString()],
    ]);
    expect(list[1]).toMatchObject({ candidacyId: 'c-1', mailedAt: at(121) });
  });

  it('an agent is refused', async () => {
    await expect(listMyNotifications({} as PrivacyDeps, { accountId: 'ag', role: 'agent', sessionId: 's' })).rejects.toMatchObject({ code: expect.any(String) });
  });
});
