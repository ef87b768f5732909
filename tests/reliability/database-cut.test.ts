import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { FixedClock } from '../../src/shared/testing/clock';
import { usingPostgres } from '../support/test-db';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { applicantWithActiveDemand, bearer, createLandlord, publishedOffer } from '../support/candidacy-fixtures';

/**
 * Issue 9 §5, the database connection cut in the middle of a transaction (PostgreSQL only:
 * PGlite has no connection to cut). The test holds a row lock the request's transaction needs
 * (the offer's row, which an application updates for its candidacy count and a designation for
 * its status), waits until the transaction has written its first rows and blocks on that lock,
 * then kills its backend with pg_terminate_backend. The transaction must roll back entirely (no
 * candidacy, no timeline entry, no notification, no audit entry, no count change), the client
 * gets 503 problem+json with Retry-After, and retrying the same request succeeds exactly once.
 */

if (!usingPostgres()) console.warn('[database cut] SKIPPED: needs PostgreSQL (set TEST_DATABASE_URL=postgres://…)');

const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;

describe.runIf(usingPostgres())('the database connection cut mid-transaction (PostgreSQL)', () => {
  const clock = new FixedClock('2026-03-01T10:00:00Z');
  let p: TestPlatform;
  let agent: string;
  let landlordToken: string;

  beforeAll(async () => {
    p = await createTestPlatform({ clock });
    agent = (await p.signIn('agent')).token;
    landlordToken = (await createLandlord(p, agent)).landlordToken;
  }, 120_000);
  afterAll(async () => p?.close());

  const count = async (query: ReturnType<typeof sql>): Promise<number> => rows<{ n: number }>(await p.db.database.db.execute(query))[0]!.n;

  /**
   * Runs `send` while another session holds the offer's row lock; once the request's transaction
   * waits for that lock (it has written its first rows by then), its backend is terminated.
   * Returns the response and what the transaction had written before it was cut.
   */
  async function cutWhileBlockedOnOffer(offerId: string, send: () => Promise<request.Response>): Promise<{ res: request.Response; waitedOn: string }> {
    const blocker = new pg.Client({ connectionString: p.db.url, application_name: 'alin-test-blocker' });
    // pg_stat_activity is a snapshot per transaction: the watcher asks outside any
    const watcher = new pg.Client({ connectionString: p.db.url, application_name: 'alin-test-watcher' });
    await blocker.connect();
    await watcher.connect();
    try {
      await blocker.query('begin');
      await blocker.query('select id from offer.offers where id = $1 for update', [offerId]);
      const blockerPid = (await blocker.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
      const pending = send().then((r) => r); // supertest sends on then()
      let victim: { pid: number; query: string } | undefined;
      const deadline = Date.now() + 10_000;
      while (!victim && Date.now() < deadline) {
        const found = await watcher.query<{ pid: number; query: string }>(
          `select pid, query from pg_stat_activity where datname = current_database() and $1 = any(pg_blocking_pids(pid))`,
          [blockerPid],
        );
        victim = found.rows[0];
        if (!victim) await new Promise((r) => setTimeout(r, 20));
      }
      if (!victim) throw new Error('the request never waited for the offer row');
      const terminated = await watcher.query<{ ok: boolean }>('select pg_terminate_backend($1) as ok', [victim.pid]);
      expect(terminated.rows[0]!.ok).toBe(true);
      const res = await pending;
      return { res, waitedOn: victim.query };
    } finally {
      await blocker.query('rollback').catch(() => undefined);
      await blocker.end();
      await watcher.end();
    }
  }

  function expectRetryableProblem(res: request.Response): void {
    expect(res.status, res.text).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 503, code: 'SERVICE.UNAVAILABLE' });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  }

  it('POST /candidacies: the application rolls back entirely, answers 503 with Retry-After; the retry creates it once', async () => {
    const offerId = await publishedOffer(p, agent, landlordToken);
    const a = await applicantWithActiveDemand(p, agent, { birthDate: '1988-04-04', monthlyResources: 2200 });
    const apply = () => request(p.app).post('/api/v1/candidacies').set(bearer(a.token)).send({ demandId: a.demandId, offerId });
    const countBefore = await count(sql`select candidacy_count::int as n from offer.offers where id = ${offerId}`);

    const { res, waitedOn } = await cutWhileBlockedOnOffer(offerId, apply);
    expect(waitedOn).toMatch(/update "offer"\."offers"/i); // cut after the candidacy and its timeline entry were written
    expectRetryableProblem(res);

    expect(await count(sql`select count(*)::int as n from candidacy.candidacies where demand_id = ${a.demandId}`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from candidacy.candidacy_events e where not exists (select 1 from candidacy.candidacies c where c.id = e.candidacy_id)`)).toBe(
      0,
    );
    expect(await count(sql`select count(*)::int as n from candidacy.notifications where account_id = ${a.accountId}`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from candidacy.demand_locks where demand_id = ${a.demandId}`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from platform.audit_entries where actor_account_id = ${a.accountId} and action like 'candidacy.%'`)).toBe(0);
    expect(await count(sql`select candidacy_count::int as n from offer.offers where id = ${offerId}`)).toBe(countBefore);

    const retried = await apply();
    expect(retried.status, retried.text).toBe(201);
    const again = await apply();
    expect(again.status, again.text).toBe(200);
    expect(again.body.id).toBe(retried.body.id);
    expect(await count(sql`select count(*)::int as n from candidacy.candidacies where demand_id = ${a.demandId}`)).toBe(1);
    expect(await count(sql`select count(*)::int as n from candidacy.candidacy_events where candidacy_id = ${retried.body.id}`)).toBe(1);
    expect(await count(sql`select candidacy_count::int as n from offer.offers where id = ${offerId}`)).toBe(countBefore + 1);
  });

  it('POST /offers/{id}/designation: the designation rolls back entirely, answers 503 with Retry-After; the retry designates once', async () => {
    const offerId = await publishedOffer(p, agent, landlordToken);
    const ids: string[] = [];
    for (const birthDate of ['1975-01-01', '1982-01-01', '1991-01-01']) {
      const a = await applicantWithActiveDemand(p, agent, { birthDate, monthlyResources: 2300 });
      const applied = await request(p.app).post('/api/v1/candidacies').set(bearer(a.token)).send({ demandId: a.demandId, offerId });
      expect(applied.status, applied.text).toBe(201);
      ids.push(applied.body.id as string);
    }
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/close`).set(bearer(agent))).status).toBe(200);
    const ranking = await request(p.app).get(`/api/v1/offers/${offerId}/ranking`).set(bearer(agent));
    const top = ranking.body.items.slice(0, 2).map((i: { candidacyId: string }) => i.candidacyId) as string[];
    const designate = () => request(p.app).post(`/api/v1/offers/${offerId}/designation`).set(bearer(agent)).send({ candidacyIds: top });
    const notificationsBefore = await count(
      sql`select count(*)::int as n from candidacy.notifications where candidacy_id in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );

    const { res, waitedOn } = await cutWhileBlockedOnOffer(offerId, designate);
    expect(waitedOn).toMatch(/"offer"\."offers".*for update|update "offer"\."offers"/is); // cut after the round was bumped
    expectRetryableProblem(res);

    expect(rows<{ status: string }>(await p.db.database.db.execute(sql`select status from offer.offers where id = ${offerId}`))[0]!.status).toBe('closed');
    expect(await count(sql`select round::int as n from candidacy.offer_states where offer_id = ${offerId}`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from candidacy.candidacies where offer_id = ${offerId} and status <> 'submitted'`)).toBe(0);
    expect(
      await count(
        sql`select count(*)::int as n from candidacy.candidacy_events where action = 'designated' and candidacy_id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
      ),
    ).toBe(0);
    expect(
      await count(
        sql`select count(*)::int as n from candidacy.notifications where candidacy_id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
      ),
    ).toBe(notificationsBefore);
    expect(await count(sql`select count(*)::int as n from platform.audit_entries where action = 'offer.designation' and object_id = ${offerId}`)).toBe(0);

    const retried = await designate();
    expect(retried.status, retried.text).toBe(200);
    expect(retried.body).toMatchObject({ round: 1, designated: top.map((candidacyId) => ({ candidacyId })) });
    const again = await designate();
    expect(again.status).toBeGreaterThanOrEqual(409); // already designated: refused, not designated twice
    expect(again.status).toBeLessThan(500);
    expect(await count(sql`select count(*)::int as n from platform.audit_entries where action = 'offer.designation' and object_id = ${offerId}`)).toBe(1);
    expect(await count(sql`select count(*)::int as n from candidacy.candidacies where offer_id = ${offerId} and status = 'designated'`)).toBe(2);
    expect(
      await count(
        sql`select count(*)::int as n from candidacy.candidacy_events where action = 'designated' and candidacy_id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
      ),
    ).toBe(2);
  });
});
