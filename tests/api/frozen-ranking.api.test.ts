import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { FixedClock } from '../../src/shared/testing/clock';
import { OFFER } from '../../src/modules/offer/index';
import { DEMAND_EVENTS } from '../../src/modules/demand/index';
import { SHARED } from '../../src/shared/tokens';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { applicantWithActiveDemand, bearer, createLandlord, deployedCompany, publishedOffer, validateEmployee } from '../support/candidacy-fixtures';

/**
 * Issue 15, item 5: rankings frozen at closing. When an offer closes ("close now" or the scheduled
 * closing), its ranking is computed once from the facts as of the closing and stored; designation,
 * transmission and every view afterwards use it. A tranche granted after the closing moves nobody,
 * neither in the agents' ranking nor among the candidates transmitted to the landlord, nor in the
 * applicant's final rank; an agent's recomputation with a reason (audited) takes it into account.
 */

const clock = new FixedClock('2026-03-05T10:00:00Z');
let p: TestPlatform;
let agent: string;
let landlord: Awaited<ReturnType<typeof createLandlord>>;
let company: Awaited<ReturnType<typeof deployedCompany>>;
const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;

const expectProblem = (res: request.Response, status: number, code?: string) => {
  expect(res.status, res.text).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  if (code) expect(res.body.code).toBe(code);
};

beforeAll(async () => {
  p = await createTestPlatform({ clock });
  agent = (await p.signIn('agent')).token;
  landlord = await createLandlord(p, agent);
  company = await deployedCompany(p, agent, { headcount: 120, contribution: 'contributing' });
});
afterAll(async () => p?.close());

type Line = { candidacyId: string; rank: number; status: string; score: { total: number; criteria: { criterion: string; points: number }[] } };
const ranking = async (offerId: string) => {
  const res = await request(p.app).get(`/api/v1/offers/${offerId}/ranking`).set(bearer(agent));
  expect(res.status, res.text).toBe(200);
  return res.body as { frozen?: { revision: number; trigger: string; reason: string | null; notice: string }; referenceDate: string; items: Line[]; candidacyCount: number };
};
const order = (items: Line[]) => items.map((i) => [i.candidacyId, i.rank, i.score.total]);
const points = (line: Line, criterion: string) => line.score.criteria.find((c) => c.criterion === criterion)?.points;
const grant = async (demandId: string, tranche: 'A' | 'B' | 'C') => {
  const res = await request(p.app)
    .post(`/api/v1/companies/${company.id}/employees/${demandId}/tranches`)
    .set(bearer(company.manager))
    .send({ tranche, reason: `Tranche ${tranche}` });
  expect(res.status, res.text).toBe(201);
};

/** Three employees of the company, same age and resources: ranked by seniority (A 300, B 299, C 298). */
async function threeCandidates(offerId: string) {
  const people = [];
  for (const [name, registrationDate] of [
    ['Alix', '2018-01-01'],
    ['Basile', '2019-01-01'],
    ['Cyrielle', '2020-01-01'],
  ] as const) {
    const a = await applicantWithActiveDemand(p, agent, { firstName: name, birthDate: '1980-01-01', monthlyResources: 2300, registrationDate, employerSiret: company.siret });
    await validateEmployee(p, company, a.demandId);
    const applied = await request(p.app).post('/api/v1/candidacies').set(bearer(a.token)).send({ demandId: a.demandId, offerId });
    expect(applied.status, applied.text).toBe(201);
    people.push({ ...a, candidacyId: applied.body.id as string });
  }
  return people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
}

describe('a ranking frozen at the closing', () => {
  it('a tranche granted after the closing moves nobody; an agent’s recomputation with a reason does, audited; the transmitted candidates stay as designated', async () => {
    const offerId = await publishedOffer(p, agent, landlord.landlordToken);
    const [a, b, c] = await threeCandidates(offerId);
    const live = await ranking(offerId);
    expect(live.frozen).toBeUndefined();
    expect(order(live.items)).toEqual([
      [a.candidacyId, 1, 300],
      [b.candidacyId, 2, 299],
      [c.candidacyId, 3, 298],
    ]);

    // "close now": the ranking is computed once and stored
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/close`).set(bearer(agent))).status).toBe(200);
    const frozen = await ranking(offerId);
    expect(frozen.frozen).toMatchObject({ revision: 1, trigger: 'closing', reason: null });
    expect(frozen.frozen!.notice).toBe('Classement arrêté à la clôture de l’offre le 05/03/2026 à 11:00 (faits au 05/03/2026).');
    expect(frozen.referenceDate).toBe('2026-03-05');
    expect(order(frozen.items)).toEqual(order(live.items));
    const stored = rows<{ revision: number; trigger: string; candidacy_count: number; entries: number; with_facts: number }>(
      await p.db.database.db.execute(sql`
      select s.revision, s.trigger, s.candidacy_count,
             (select count(*)::int from candidacy.ranking_snapshot_entries e where e.offer_id = s.offer_id and e.revision = s.revision) as entries,
             (select count(*)::int from candidacy.ranking_snapshot_entries e where e.offer_id = s.offer_id and e.revision = s.revision and e.facts ? 'registrationDate') as with_facts
        from candidacy.ranking_snapshots s where s.offer_id = ${offerId}`),
    );
    expect(stored).toEqual([{ revision: 1, trigger: 'closing', candidacy_count: 3, entries: 3, with_facts: 3 }]);

    // the company grants Cyrielle tranche A (+166) after the closing: the stored ranking does not move
    await grant(c.demandId, 'A');
    const after = await ranking(offerId);
    expect(order(after.items)).toEqual(order(live.items));
    expect(points(after.items[2]!, 'company.tranche_a')).toBe(0);
    expect(after.frozen).toMatchObject({ revision: 1, trigger: 'closing' });
    const cyrielle = await request(p.app).get(`/api/v1/candidacies/${c.candidacyId}`).set(bearer(c.token));
    expect(cyrielle.status, cyrielle.text).toBe(200);
    expect(cyrielle.body).toMatchObject({ status: 'submitted', rank: 3, candidacyCount: 3, referenceDate: '2026-03-05', score: { total: 298 } });
    expect(cyrielle.body.frozenRanking).toMatchObject({ finalRank: 3, candidacyCount: 3, revision: 1 });
    expect(cyrielle.body.frozenRanking.notice).toBe('Classement arrêté à la clôture de l’offre (faits au 05/03/2026) : rang final 3 sur 3.');

    // the recomputation: agents only, with a reason of 10 characters at least (French problem+json)
    const recompute = (token: string, body: unknown) =>
      request(p.app)
        .post(`/api/v1/offers/${offerId}/ranking/recomputation`)
        .set(bearer(token))
        .send(body as object);
    expectProblem(await recompute(landlord.landlordToken, { reason: 'Tranche accordée le jour de la clôture' }), 403);
    expectProblem(await recompute(c.token, { reason: 'Tranche accordée le jour de la clôture' }), 403);
    expectProblem(await recompute(agent, {}), 400);
    const short = await recompute(agent, { reason: 'oubli' });
    expectProblem(short, 422, 'CANDIDACY.RECOMPUTE_REASON_REQUIRED');
    expect(short.body.detail).toBe('Indiquez le motif du recalcul (le fait corrigé à prendre en compte).');
    expect(short.body.errors).toEqual([expect.objectContaining({ field: 'reason', message: 'Obligatoire, 10 caractères au moins.' })]);
    expect(order((await ranking(offerId)).items)).toEqual(order(live.items));

    const reason = 'Tranche A accordée par l’employeur le jour de la clôture';
    const recomputed = await recompute(agent, { reason });
    expect(recomputed.status, recomputed.text).toBe(200);
    expect(recomputed.body).toMatchObject({ offerId, revision: 2, previousRevision: 1, referenceDate: '2026-03-05', reason, candidacyCount: 3 });
    expect(recomputed.body.changes).toEqual([
      { candidacyId: c.candidacyId, rankBefore: 3, rankAfter: 1, totalBefore: 298, totalAfter: 464 },
      { candidacyId: a.candidacyId, rankBefore: 1, rankAfter: 2, totalBefore: 300, totalAfter: 300 },
      { candidacyId: b.candidacyId, rankBefore: 2, rankAfter: 3, totalBefore: 299, totalAfter: 299 },
    ]);
    const now = await ranking(offerId);
    expect(order(now.items)).toEqual([
      [c.candidacyId, 1, 464],
      [a.candidacyId, 2, 300],
      [b.candidacyId, 3, 299],
    ]);
    expect(points(now.items[0]!, 'company.tranche_a')).toBe(166);
    expect(now.frozen).toMatchObject({ revision: 2, trigger: 'recomputation', reason });
    expect(now.frozen!.notice).toBe(`Classement recalculé par un collaborateur le 05/03/2026 à 11:00 (révision n° 2, faits au 05/03/2026) : « ${reason} ».`);
    const audit = rows<{ actor_role: string; detail: Record<string, unknown> }>(
      await p.db.database.db.execute(sql`select actor_role, detail from platform.audit_entries where action = 'offer.ranking_recomputed' and object_id = ${offerId}`),
    );
    expect(audit).toEqual([{ actor_role: 'agent', detail: expect.objectContaining({ reason, revision: 2, previousRevision: 1, changeCount: 3 }) }]);
    // both snapshots are kept (the first one with the facts it used)
    expect(rows<{ revision: number }>(await p.db.database.db.execute(sql`select revision from candidacy.ranking_snapshots where offer_id = ${offerId} order by revision`))).toEqual(
      [{ revision: 1 }, { revision: 2 }],
    );

    // designation and transmission from the recomputed snapshot; no recomputation once designated
    const designated = await request(p.app)
      .post(`/api/v1/offers/${offerId}/designation`)
      .set(bearer(agent))
      .send({ candidacyIds: [a.candidacyId, c.candidacyId] });
    expect(designated.status, designated.text).toBe(200);
    expect(designated.body).toMatchObject({
      outOfOrder: false,
      designated: [
        { candidacyId: c.candidacyId, rank: 1, total: 464 },
        { candidacyId: a.candidacyId, rank: 2, total: 300 },
      ],
    });
    const designationAudit = rows<{ detail: Record<string, unknown> }>(
      await p.db.database.db.execute(sql`select detail from platform.audit_entries where action = 'offer.designation' and object_id = ${offerId}`),
    );
    expect(designationAudit[0]?.detail).toMatchObject({ rankingRevision: 2, ranks: [1, 2], totals: [464, 300] });
    const refused = await recompute(agent, { reason: 'Un autre fait corrigé après la désignation' });
    expectProblem(refused, 409, 'CANDIDACY.RANKING_NOT_RECOMPUTABLE');
    expect(refused.body.detail).toBe('Le classement ne peut être recalculé que sur une offre clôturée, avant toute désignation.');
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/transmission`).set(bearer(agent))).status).toBe(200);
    const landlordView = async () => {
      const res = await request(p.app).get(`/api/v1/offers/${offerId}/designated`).set(bearer(landlord.landlordToken));
      expect(res.status, res.text).toBe(200);
      return res.body.items.map((i: { candidacyId: string; rankAtDesignation: number; totalAtDesignation: number }) => [i.candidacyId, i.rankAtDesignation, i.totalAtDesignation]);
    };
    const transmitted = await landlordView();
    expect(transmitted).toEqual([
      [c.candidacyId, 1, 464],
      [a.candidacyId, 2, 300],
    ]);

    // after the transmission, Basile gets tranche B (+80: 379, between the two transmitted ones if ranked live): nothing moves
    await grant(b.demandId, 'B');
    expect(order((await ranking(offerId)).items)).toEqual([
      [c.candidacyId, 1, 464],
      [a.candidacyId, 2, 300],
      [b.candidacyId, 3, 299],
    ]);
    expect(await landlordView()).toEqual(transmitted);
    const basile = await request(p.app).get(`/api/v1/candidacies/${b.candidacyId}`).set(bearer(b.token));
    expect(basile.body).toMatchObject({ status: 'submitted', rank: 3, candidacyCount: 3, score: { total: 299 }, frozenRanking: { finalRank: 3, revision: 2 } });
    expect(basile.body.frozenRanking.notice).toBe(
      'Classement arrêté à la clôture de l’offre (faits au 05/03/2026) : rang final 3 sur 3. D’autres candidats ont été désignés au bailleur ; votre candidature reste en attente au cas où aucun d’eux ne serait retenu.',
    );
    const cyrielleNow = await request(p.app).get(`/api/v1/candidacies/${c.candidacyId}`).set(bearer(c.token));
    expect(cyrielleNow.body).toMatchObject({ status: 'transmitted', rank: 1, frozenRanking: { finalRank: 1 } });
  });

  it('the back office shows the frozen ranking and recomputes it only with a reason and a confirmation', async () => {
    const offerId = await publishedOffer(p, agent, landlord.landlordToken);
    const [, , c] = await threeCandidates(offerId);
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/close`).set(bearer(agent))).status).toBe(200);
    await grant(c.demandId, 'A');

    const browser = await backOffice(p);
    const page = await browser.get(`/admin/offres/${offerId}/classement`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Classement arrêté à la clôture de l’offre le 05/03/2026 à 11:00');
    expect(page.text).toContain('Recalculer le classement');
    const rankOf = (html: string, candidacyId: string) => new RegExp(`data-candidacy="${candidacyId}" data-rank="(\\d+)"`).exec(html)?.[1];
    expect(rankOf(page.text, c.candidacyId)).toBe('3');

    // without the confirmation: refused (422), the reason kept in the form
    const unconfirmed = await browser.post(`/admin/offres/${offerId}/classement/recalcul`, { _csrf: csrfOf(page.text), reason: 'Tranche A accordée le jour de la clôture' });
    expect(unconfirmed.status).toBe(422);
    expect(unconfirmed.text).toContain('Cochez la case de confirmation pour recalculer le classement.');
    expect(unconfirmed.text).toContain('Tranche A accordée le jour de la clôture</textarea>');
    const tooShort = await browser.post(`/admin/offres/${offerId}/classement/recalcul`, { _csrf: csrfOf(page.text), reason: 'oubli', confirm: 'oui' });
    expect(tooShort.status).toBe(422);
    expect(tooShort.text).toContain('Obligatoire, 10 caractères au moins.');
    expect(rankOf((await browser.get(`/admin/offres/${offerId}/classement`)).text, c.candidacyId)).toBe('3');

    const done = await browser.post(`/admin/offres/${offerId}/classement/recalcul`, {
      _csrf: csrfOf(page.text),
      reason: 'Tranche A accordée le jour de la clôture',
      confirm: 'oui',
    });
    expect(done.status).toBe(303);
    const after = await browser.get(done.headers.location as string);
    expect(after.text).toContain('Le classement est recalculé');
    expect(after.text).toContain(
      'Classement recalculé par un collaborateur le 05/03/2026 à 11:00 (révision n° 2, faits au 05/03/2026) : « Tranche A accordée le jour de la clôture ».',
    );
    expect(rankOf(after.text, c.candidacyId)).toBe('1');
  });

  it('the scheduled closing freezes the ranking on the closing date (and a reader finding it closed first freezes it once)', async () => {
    const offerId = await publishedOffer(p, agent, landlord.landlordToken, { closingDate: '2026-03-10' });
    const [a, b, c] = await threeCandidates(offerId);
    const other = await publishedOffer(p, agent, landlord.landlordToken, { closingDate: '2026-03-10' });
    const x = await applicantWithActiveDemand(p, agent, { birthDate: '1980-01-01', monthlyResources: 2300, registrationDate: '2018-01-01' });
    const applied = await request(p.app).post('/api/v1/candidacies').set(bearer(x.token)).send({ demandId: x.demandId, offerId: other });
    expect(applied.status, applied.text).toBe(201);

    clock.set('2026-03-11T00:10:00Z');
    // past its closing date, before the scheduled task ran: the first reader freezes it (on the closing date)
    const early = await ranking(offerId);
    expect(early.frozen).toMatchObject({ revision: 1, trigger: 'closing' });
    expect(early.referenceDate).toBe('2026-03-10');
    expect(early.items.map((i) => i.candidacyId)).toEqual([a.candidacyId, b.candidacyId, c.candidacyId]);
    // the scheduled task (every 5 minutes) closes both: the other one is frozen once its closing committed, the first one is not again
    const closed = await p.container.get(OFFER.Service).closeDueOffers(clock.now());
    expect(closed.offerIds.sort()).toEqual([offerId, other].sort());
    const frozen = await ranking(offerId);
    expect(frozen.frozen).toMatchObject({ revision: 1, trigger: 'closing' });
    expect(order(frozen.items)).toEqual(order(early.items));
    expect(
      rows<{ revision: number; reference_date: string }>(
        await p.db.database.db.execute(sql`select revision, reference_date::text from candidacy.ranking_snapshots where offer_id = ${other}`),
      ),
    ).toEqual([{ revision: 1, reference_date: '2026-03-10' }]);
    const mine = await request(p.app).get(`/api/v1/candidacies/${applied.body.id}`).set(bearer(x.token));
    expect(mine.body).toMatchObject({ rank: 1, candidacyCount: 1, referenceDate: '2026-03-10', frozenRanking: { finalRank: 1, revision: 1 } });
    // idempotent: closing again, reading again, take no second snapshot
    expect((await p.container.get(OFFER.Service).closeDueOffers(clock.now())).closed).toBe(0);
    expect((await ranking(offerId)).frozen?.revision).toBe(1);
    expect(
      rows<{ n: number }>(await p.db.database.db.execute(sql`select count(*)::int as n from candidacy.ranking_snapshots where offer_id in (${offerId}, ${other})`))[0]!.n,
    ).toBe(2);
  });

  it('GDPR: an anonymised demand’s facts are erased from the snapshots; ranks, points and seniority stay', async () => {
    const offerId = await publishedOffer(p, agent, landlord.landlordToken);
    const [a, b] = await threeCandidates(offerId);
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/close`).set(bearer(agent))).status).toBe(200);
    const before = await ranking(offerId);
    // what the demand module publishes when it anonymises a demand (retention over, or the account erased)
    await p.container.get(SHARED.EventBus).publish({ type: DEMAND_EVENTS.anonymised, payload: { demandId: a.demandId, ownerAccountId: a.accountId }, occurredAt: clock.now() });
    const entries = rows<{ demand_id: string; facts: Record<string, unknown>; facts_worded: string[] }>(
      await p.db.database.db.execute(sql`
      select demand_id, facts, (select array_agg(c ->> 'fact') from jsonb_array_elements(score -> 'criteria') c) as facts_worded
        from candidacy.ranking_snapshot_entries where offer_id = ${offerId}`),
    );
    const erased = entries.find((e) => e.demand_id === a.demandId)!;
    expect(erased.facts).toEqual({ erased: true, registrationDate: '2018-01-01' });
    expect(new Set(erased.facts_worded)).toEqual(new Set(['donnée effacée (demande anonymisée)']));
    expect(JSON.stringify(erased)).not.toContain('1980-01-01');
    expect(entries.find((e) => e.demand_id === b.demandId)!.facts).toHaveProperty('applicantBirthDate', '1980-01-01');
    const after = await ranking(offerId);
    expect(order(after.items)).toEqual(order(before.items));
    expect((after.items[0] as Line & { registrationDate: string }).registrationDate).toBe('2018-01-01');
  });
});

/**
 * A back-office session kept by hand: the platform's clock is fixed in the past, so the cookies'
 * expiry dates are past for the test client's cookie jar, which would drop them.
 */
async function backOffice(p: TestPlatform) {
  const { email } = await p.signIn('agent');
  const jar = new Map<string, string>();
  const keep = (res: request.Response) => {
    for (const c of ([] as string[]).concat(res.headers['set-cookie'] ?? [])) {
      const pair = c.split(';')[0]!;
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    return res;
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const get = async (url: string) => keep(await request(p.app).get(url).set('Cookie', cookie()));
  const post = async (url: string, form: Record<string, unknown>) => keep(await request(p.app).post(url).set('Cookie', cookie()).type('form').send(form));
  const login = await get('/admin/login');
  expect((await post('/admin/login', { email, password: TEST_PASSWORD, _csrf: csrfOf(login.text) })).status).toBe(303);
  return { get, post };
}

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
