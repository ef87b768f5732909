import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { FixedClock } from '../../src/shared/testing/clock';
import { DEMAND } from '../../src/modules/demand/index';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { applicantWithActiveDemand, bearer } from '../support/candidacy-fixtures';

/** GET /me/notifications: what changed in the applicant's demand and candidacies, newest first, with French titles; only their own. */

let p: TestPlatform;
beforeAll(async () => {
  p = await createTestPlatform({ clock: new FixedClock('2026-03-01T10:00:00Z') });
});
afterAll(async () => {
  await p?.close();
});

describe('GET /me/notifications', () => {
  it('lists the messages of the applicant’s demand with their French title; another applicant sees only theirs; agents are refused', async () => {
    const agent = (await p.signIn('agent')).token;
    const a = await applicantWithActiveDemand(p, agent, { firstName: 'Amandine', birthDate: '1991-05-02', monthlyResources: 1900 });
    const res = await request(p.app).get('/api/v1/me/notifications').set(bearer(a.token));
    expect(res.status, res.text).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items).toContainEqual(expect.objectContaining({ source: 'demand', kind: 'demand.validated', title: 'Votre demande de logement a été validée' }));
    for (const n of res.body.items) expect(n.title).not.toMatch(/^[a-z_.]+$/);
    const times = res.body.items.map((n: { createdAt: string }) => n.createdAt);
    expect([...times].sort().reverse()).toEqual(times);

    const other = (await p.signIn('applicant')).token;
    expect((await request(p.app).get('/api/v1/me/notifications').set(bearer(other))).body.items).toEqual([]);
    expect((await request(p.app).get('/api/v1/me/notifications').set(bearer(agent))).status).toBe(403);
  });

  it('more than 100 messages: the 100 most recent, newest first', async () => {
    const agent = (await p.signIn('agent')).token;
    const a = await applicantWithActiveDemand(p, agent, { firstName: 'Bérénice', birthDate: '1988-11-20', monthlyResources: 2100 });
    const outbox = p.container.get(DEMAND.NotificationOutbox);
    for (let i = 0; i < 105; i++) await outbox.add({ accountId: a.accountId, kind: 'demand.validated', payload: { demandId: a.demandId }, dedupeKey: `test-${a.accountId}-${i}` });
    const stored = await p.container.get(DEMAND.RetentionStore).notificationsOf(a.accountId); // oldest first
    expect(stored.length).toBeGreaterThan(105);
    const res = await request(p.app).get('/api/v1/me/notifications').set(bearer(a.token));
    expect(res.status, res.text).toBe(200);
    expect(res.body.items.map((n: { createdAt: string }) => n.createdAt)).toEqual(
      stored
        .slice(-100)
        .reverse()
        .map((n) => n.createdAt.toISOString()),
    );
  });
});
