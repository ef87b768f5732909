import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { Validator } from '@seriousme/openapi-schema-validator';
import { FixedClock } from '../../src/shared/testing/clock';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { applicantWithActiveDemand, bearer, createLandlord, deployedCompany, publishedOffer, validateEmployee } from '../support/candidacy-fixtures';

/**
 * Candidacies end to end: applying (rules, idempotency, cap), the full journey from application to
 * lease with its consequences, notifications, the landlord's view, the company's view, and who may
 * see and do what.
 */

const clock = new FixedClock('2026-03-01T10:00:00Z');
let p: TestPlatform;
let agent: string;
let landlord: Awaited<ReturnType<typeof createLandlord>>;
let otherLandlord: Awaited<ReturnType<typeof createLandlord>>;
const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;

const expectProblem = (res: request.Response, status: number, code?: string) => {
  expect(res.status, res.text).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  if (code) expect(res.body.code).toBe(code);
};

beforeAll(async () => {
  p = await createTestPlatform({ clock, env: { MAX_OPEN_CANDIDACIES: '3' } });
  agent = (await p.signIn('agent')).token;
  landlord = await createLandlord(p, agent);
  otherLandlord = await createLandlord(p, agent);
});
afterAll(async () => p?.close());

const apply = (token: string, demandId: string, offerId: string) => request(p.app).post('/api/v1/candidacies').set(bearer(token)).send({ demandId, offerId });

describe('applying', () => {
  it('creates the candidacy (201) and a retry returns the same one (200); the offer counts it once', async () => {
    const offerId = await publishedOffer(p, agent, landlord.landlordToken);
    const a = await applicantWithActiveDemand(p, agent, { birthDate: '1990-01-01', monthlyResources: 2200 });
    const first = await apply(a.token, a.demandId, offerId);
    expect(first.status, first.text).toBe(201);
    expect(first.headers.location).toBe(`/api/v1/candidacies/${first.body.id}`);
    expect(first.body).toMatchObject({ status: 'submitted', rank: 1, candidacyCount: 1, offer: { communeCode: '69266', typology: 2, rent: 620, charges: 80 } });
    const [again, twice] = await Promise.all([apply(a.token, a.demandId, offerId), apply(a.token, a.demandId, offerId)]);
    expect([again.status, twice.status]).toEqual([200, 200]);
    expect([again.body.id, twice.body.id]).toEqual([first.body.id, first.body.id]);
    const offer = await request(p.app).get(`/api/v1/offers/${offerId}`).set(bearer(agent));
    expect(offer.body.candidacyCount).toBe(1);
    const list = await request(p.app).get('/api/v1/candidacies').set(bearer(a.token));
    expect(list.body).toMatchObject({ total: 1, items: [{ id: first.body.id, status: 'submitted', statusLabel: 'Positionnée' }] });
  });

  it('refuses: a demand not active (409), not one’s own (404), a household that does not fit (422 with reasons), a closed offer (409)', async () => {
    const offerId = await publishedOffer(p, agent, landlord.landlordToken);
    const who = await p.signIn('applicant');
    const draft = await request(p.app)
      .post('/api/v1/demands')
      .set(bearer(who.token))
      .send((await import('../../src/modules/demand/testing/test-builders')).aDemandData());
    expectProblem(await apply(who.token, draft.body.id, offerId), 409, 'CANDIDACY.DEMAND_NOT_ACTIVE');

    const a = await applicantWithActiveDemand(p, agent, { birthDate: '1990-01-01', monthlyResources: 2200 });
    const stranger = await p.signIn('applicant');
    expectProblem(await apply(stranger.token, a.demandId, offerId), 404, 'CANDIDACY.DEMAND_NOT_FOUND');

    const rich = await applicantWithActiveDemand(p, agent, { birthDate: '1985-01-01', monthlyResources: 6000, income: 90_000 });
    const refused = await apply(rich.token, rich.demandId, offerId);
    expectProblem(refused, 422, 'CANDIDACY.NOT_ELIGIBLE');
    expect(refused.body.details.reasons).toEqual([expect.objectContaining({ rule: 'income_ceiling', fr: expect.any(String), en: expect.any(String) })]);

    expect((await request(p.app).post(`/api/v1/offers/${offerId}/close`).set(bearer(agent))).status).toBe(200);
    expectProblem(await apply(a.token, a.demandId, offerId), 409, 'CANDIDACY.OFFER_CLOSED');
    expectProblem(await apply(a.token, a.demandId, '00000000-0000-4000-8000-000000000000'), 404);
    expectProblem(await request(p.app).post('/api/v1/candidacies').set(bearer(a.token)).send({ demandId: a.demandId, offerId, extra: 1 }), 400, 'REQUEST.INVALID');
  });

  it('caps the open candidacies of a demand (MAX_OPEN_CANDIDACIES=3 here); withdrawing makes room', async () => {
    const a = await applicantWithActiveDemand(p, agent, { birthDate: '1990-01-01', monthlyResources: 2200 });
    const offers = [];
    for (let i = 0; i < 4; i++) offers.push(await publishedOffer(p, agent, landlord.landlordToken));
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await apply(a.token, a.demandId, offers[i]!)).body.id);
    const fourth = await apply(a.token, a.demandId, offers[3]!);
    expectProblem(fourth, 409, 'CANDIDACY.TOO_MANY_OPEN');
    expect(fourth.body.details).toEqual({ openCandidacies: 3, max: 3 });
    const withdrawn = await request(p.app).post(`/api/v1/candidacies/${ids[0]}/withdraw`).set(bearer(a.token)).send({ reason: 'Trop loin' });
    expect(withdrawn.status, withdrawn.text).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', rank: null, candidacyCount: 0 });
    expect(withdrawn.body.timeline.at(-1)).toMatchObject({ action: 'withdrawn', reason: 'Trop loin' });
    expect((await apply(a.token, a.demandId, offers[3]!)).status).toBe(201);
  });
});

describe('the full journey, from application to lease', () => {
  it('apply → designate 2 → transmit → CAL accepted rank 1 and refused → proposal accepted → lease, with every consequence', async () => {
    const company = await deployedCompany(p, agent, { headcount: 120, contribution: 'contributing' });
    const offerId = await publishedOffer(p, agent, landlord.landlordToken);
    const ana = await applicantWithActiveDemand(p, agent, {
      firstName: 'Ana',
      birthDate: '1997-02-01',
      monthlyResources: 2400,
      registrationDate: '2019-05-01',
      employerSiret: company.siret,
    });
    const ben = await applicantWithActiveDemand(p, agent, { firstName: 'Ben', birthDate: '1975-02-01', monthlyResources: 2300, registrationDate: '2020-05-01' });
    const cyd = await applicantWithActiveDemand(p, agent, { firstName: 'Cyd', birthDate: '1970-02-01', monthlyResources: 2300, registrationDate: '2024-05-01' });
    await validateEmployee(p, company, ana.demandId, ['C']);
    const [ca, cb, cc] = [
      (await apply(ana.token, ana.demandId, offerId)).body,
      (await apply(ben.token, ben.demandId, offerId)).body,
      (await apply(cyd.token, cyd.demandId, offerId)).body,
    ];
    // a second offer the refused candidate also applied to, before the refusal
    const laterOffer = await publishedOffer(p, agent, landlord.landlordToken);
    const benLater = (await apply(ben.token, ben.demandId, laterOffer)).body;
    const before = criterion(benLater, 'als.cal_refusal');
    expect(before).toMatchObject({ points: 0, met: false });

    // designation: not while the offer is published; the top two need no justification
    expectProblem(
      await request(p.app)
        .post(`/api/v1/offers/${offerId}/designation`)
        .set(bearer(agent))
        .send({ candidacyIds: [ca.id, cb.id] }),
      409,
      'OFFER.NOT_CLOSED',
    );
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/close`).set(bearer(agent))).status).toBe(200);
    const ranking = await request(p.app).get(`/api/v1/offers/${offerId}/ranking`).set(bearer(agent));
    expect(ranking.body.items.map((i: { candidacyId: string }) => i.candidacyId)).toEqual([ca.id, cb.id, cc.id]);
    // the same page of the same computed ranking: the same body and ETag (serialised once), 304 on a match
    const again = await request(p.app).get(`/api/v1/offers/${offerId}/ranking`).set(bearer(agent));
    expect([again.status, again.text, again.headers.etag, again.headers['content-type']]).toEqual([200, ranking.text, ranking.headers.etag, 'application/json; charset=utf-8']);
    expect(
      (
        await request(p.app)
          .get(`/api/v1/offers/${offerId}/ranking`)
          .set(bearer(agent))
          .set('If-None-Match', ranking.headers.etag as string)
      ).status,
    ).toBe(304);
    const designated = await request(p.app)
      .post(`/api/v1/offers/${offerId}/designation`)
      .set(bearer(agent))
      .send({ candidacyIds: [cb.id, ca.id] });
    expect(designated.status, designated.text).toBe(200);
    // the designation changed the offer's candidacies: a new view, with the new round and statuses
    const afterDesignation = await request(p.app).get(`/api/v1/offers/${offerId}/ranking`).set(bearer(agent));
    expect(afterDesignation.headers.etag).not.toBe(ranking.headers.etag);
    expect(afterDesignation.body).toMatchObject({
      round: 1,
      items: [
        { candidacyId: ca.id, status: 'designated' },
        { candidacyId: cb.id, status: 'designated' },
        { candidacyId: cc.id, status: 'submitted' },
      ],
    });
    expect(designated.body).toMatchObject({
      round: 1,
      outOfOrder: false,
      designated: [
        { candidacyId: ca.id, rank: 1 },
        { candidacyId: cb.id, rank: 2 },
      ],
    });
    const audit = rows<{ detail: { outOfOrder: boolean; ranks: number[] } }>(
      await p.db.database.db.execute(sql`select detail from platform.audit_entries where action = 'offer.designation' and object_id = ${offerId}`),
    );
    expect(audit[0]?.detail).toMatchObject({ outOfOrder: false, ranks: [1, 2] });

    // the landlord sees nothing before transmission
    expect((await request(p.app).get(`/api/v1/offers/${offerId}/designated`).set(bearer(landlord.landlordToken))).body.items).toEqual([]);
    const transmitted = await request(p.app).post(`/api/v1/offers/${offerId}/transmission`).set(bearer(agent));
    expect(transmitted.status, transmitted.text).toBe(200);
    expect(transmitted.body.transmitted.sort()).toEqual([ca.id, cb.id].sort());

    const files = await request(p.app).get(`/api/v1/offers/${offerId}/designated`).set(bearer(landlord.landlordToken));
    expect(files.status, files.text).toBe(200);
    expect(files.body.items.map((i: { candidacyId: string; rankAtDesignation: number; totalAtDesignation: number }) => [i.candidacyId, i.rankAtDesignation])).toEqual([
      [ca.id, 1],
      [cb.id, 2],
    ]);
    expect(files.body.items[0].totalAtDesignation).toBe(ranking.body.items[0].score.total);
    expect(files.body.items[0].demand).toMatchObject({ registrationDate: '2019-05-01', householdSize: 1, monthlyResources: 2400 });
    const reads = rows<{ object_id: string; acting_for_kind: string; acting_for_id: string }>(
      await p.db.database.db.execute(
        sql`select object_id, acting_for_kind, acting_for_id from platform.audit_entries where action = 'demand.read' and acting_for_id = ${landlord.landlordId}`,
      ),
    );
    expect(reads.map((r) => r.object_id).sort()).toEqual([ana.demandId, ben.demandId].sort());
    expectProblem(await request(p.app).get(`/api/v1/offers/${offerId}/designated`).set(bearer(otherLandlord.landlordToken)), 404);

    // the CAL: Ana accepted (rank 1), Ben refused with a reason
    expectProblem(await request(p.app).post(`/api/v1/candidacies/${ca.id}/cal-decision`).set(bearer(otherLandlord.landlordToken)).send({ decision: 'accepted', calRank: 1 }), 404);
    expectProblem(
      await request(p.app).post(`/api/v1/candidacies/${cb.id}/cal-decision`).set(bearer(landlord.landlordToken)).send({ decision: 'refused' }),
      422,
      'CANDIDACY.REASON_REQUIRED',
    );
    const accepted = await request(p.app).post(`/api/v1/candidacies/${ca.id}/cal-decision`).set(bearer(landlord.landlordToken)).send({ decision: 'accepted', calRank: 1 });
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'cal_accepted', calRank: 1 });
    expect(accepted.body).not.toHaveProperty('score');
    const refused = await request(p.app)
      .post(`/api/v1/candidacies/${cb.id}/cal-decision`)
      .set(bearer(landlord.landlordToken))
      .send({ decision: 'refused', reason: 'Taux d’effort trop élevé' });
    expect(refused.body).toMatchObject({ status: 'cal_refused', calReason: 'Taux d’effort trop élevé' });

    // the proposal, then the lease
    expectProblem(await request(p.app).post(`/api/v1/candidacies/${ca.id}/lease`).set(bearer(landlord.landlordToken)), 409, 'CANDIDACY.INVALID_TRANSITION');
    const acceptedProposal = await request(p.app).post(`/api/v1/candidacies/${ca.id}/accept-proposal`).set(bearer(ana.token));
    expect(acceptedProposal.status, acceptedProposal.text).toBe(200);
    const lease = await request(p.app).post(`/api/v1/candidacies/${ca.id}/lease`).set(bearer(landlord.landlordToken));
    expect(lease.status, lease.text).toBe(200);
    expect(lease.body.status).toBe('leased');

    // consequences: offer allocated, demand satisfied, flux agreement counts it, allocation for the balancing stats, others not retained
    expect((await request(p.app).get(`/api/v1/offers/${offerId}`).set(bearer(agent))).body.status).toBe('allocated');
    expect((await request(p.app).get(`/api/v1/demands/${ana.demandId}`).set(bearer(ana.token))).body.status).toBe('satisfied');
    const agreement = await request(p.app).get(`/api/v1/landlords/${landlord.landlordId}/agreements/${landlord.agreementId}`).set(bearer(agent));
    expect(agreement.status, agreement.text).toBe(200);
    expect(agreement.body.gap.allocated).toBe(1);
    const stats = await request(p.app).get('/api/v1/scoring/balancing-stats').set(bearer(agent));
    expect(stats.body.bySizeClass.find((s: { sizeClass: string }) => s.sizeClass === 'PME')).toMatchObject({ allocations: 1 });
    const cydView = await request(p.app).get(`/api/v1/candidacies/${cc.id}`).set(bearer(cyd.token));
    expect(cydView.body).toMatchObject({ status: 'not_retained', rank: null });

    const anaView = await request(p.app).get(`/api/v1/candidacies/${ca.id}`).set(bearer(ana.token));
    expect(anaView.body.timeline.map((t: { to: string }) => t.to)).toEqual(['submitted', 'designated', 'transmitted', 'cal_accepted', 'proposal_accepted', 'leased']);
    expect(anaView.body.timeline.every((t: { at: string }) => t.at === '2026-03-01T10:00:00.000Z')).toBe(true);

    // the refused candidate's score on the other offer now has +40
    const benNow = await request(p.app).get(`/api/v1/candidacies/${benLater.id}`).set(bearer(ben.token));
    expect(criterion(benNow.body, 'als.cal_refusal')).toMatchObject({ points: 40, met: true });
    expect(benNow.body.score.total).toBe(benLater.score.total + 40);

    // notifications: what each applicant should know, in the outbox
    const kinds = async (token: string) => (await request(p.app).get('/api/v1/candidacies/notifications').set(bearer(token))).body.items.map((n: { kind: string }) => n.kind);
    expect(await kinds(ana.token)).toEqual(['candidacy.proposal', 'candidacy.cal_accepted', 'candidacy.transmitted', 'candidacy.designated']);
    expect(await kinds(ben.token)).toEqual(['candidacy.cal_refused', 'candidacy.transmitted', 'candidacy.designated']);
    expect(await kinds(cyd.token)).toEqual(['candidacy.not_retained']);

    // the company sees its employee's candidacy status, nothing more
    const employees = await request(p.app).get(`/api/v1/companies/${company.id}/candidacies`).set(bearer(company.manager));
    expect(employees.status, employees.text).toBe(200);
    expect(employees.body.items).toEqual([expect.objectContaining({ demandId: ana.demandId, offerCommune: 'Villeurbanne', offerTypology: 'T2', status: 'leased' })]);
    expect(JSON.stringify(employees.body)).not.toMatch(/score|monthlyResources/);
  });

  it('designating out of rank order needs a justification, kept in the audit trail', async () => {
    const offerId = await publishedOffer(p, agent, landlord.landlordToken);
    const xs = [];
    for (const d of ['2018-01-01', '2019-01-01', '2020-01-01']) {
      const a = await applicantWithActiveDemand(p, agent, { birthDate: '1980-01-01', monthlyResources: 2300, registrationDate: d });
      xs.push((await apply(a.token, a.demandId, offerId)).body.id as string);
    }
    await request(p.app).post(`/api/v1/offers/${offerId}/close`).set(bearer(agent));
    const missing = await request(p.app)
      .post(`/api/v1/offers/${offerId}/designation`)
      .set(bearer(agent))
      .send({ candidacyIds: [xs[2]] });
    expectProblem(missing, 422, 'CANDIDACY.JUSTIFICATION_REQUIRED');
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'justification' })]);
    const ok = await request(p.app)
      .post(`/api/v1/offers/${offerId}/designation`)
      .set(bearer(agent))
      .send({ candidacyIds: [xs[2]], justification: 'Mutation professionnelle urgente' });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.outOfOrder).toBe(true);
    const audit = rows<{ detail: Record<string, unknown> }>(
      await p.db.database.db.execute(sql`select detail from platform.audit_entries where action = 'offer.designation' and object_id = ${offerId}`),
    );
    expect(audit[0]?.detail).toMatchObject({ outOfOrder: true, ranks: [3], expectedRanks: [1], justification: 'Mutation professionnelle urgente' });
    // the offer is designated now: designating again is refused (the one already designated is not designable)
    const again = await request(p.app).post(`/api/v1/offers/${offerId}/designation`).set(bearer(agent)).send({ candidacyIds: xs });
    expectProblem(again, 422, 'CANDIDACY.NOT_DESIGNABLE');
    expect(again.body.details.candidacyIds).toEqual([xs[2]]);
    expectProblem(
      await request(p.app)
        .post(`/api/v1/offers/${offerId}/designation`)
        .set(bearer(agent))
        .send({ candidacyIds: [xs[0], xs[1], xs[2], xs[0]] }),
      400,
    );
  });
});

describe('who may see and do what', () => {
  it('another applicant gets 404 on a candidacy; an applicant gets 403 on the ranking; a landlord 403 on designation', async () => {
    const offerId = await publishedOffer(p, agent, landlord.landlordToken);
    const a = await applicantWithActiveDemand(p, agent, { birthDate: '1990-01-01', monthlyResources: 2200 });
    const c = (await apply(a.token, a.demandId, offerId)).body;
    const other = await p.signIn('applicant');
    expectProblem(await request(p.app).get(`/api/v1/candidacies/${c.id}`).set(bearer(other.token)), 404, 'CANDIDACY.NOT_FOUND');
    expectProblem(await request(p.app).post(`/api/v1/candidacies/${c.id}/withdraw`).set(bearer(other.token)), 404);
    expectProblem(await request(p.app).get(`/api/v1/offers/${offerId}/ranking`).set(bearer(a.token)), 403);
    expectProblem(
      await request(p.app)
        .post(`/api/v1/offers/${offerId}/designation`)
        .set(bearer(landlord.landlordToken))
        .send({ candidacyIds: [c.id] }),
      403,
    );
    expectProblem(await request(p.app).get(`/api/v1/candidacies/${c.id}`).set(bearer(landlord.landlordToken)), 403);
    expectProblem(await request(p.app).post(`/api/v1/candidacies/${c.id}/cal-decision`).set(bearer(a.token)).send({ decision: 'accepted', calRank: 1 }), 403);
    // not transmitted: even the offer's landlord does not see it
    expectProblem(await request(p.app).post(`/api/v1/candidacies/${c.id}/cal-decision`).set(bearer(landlord.landlordToken)).send({ decision: 'accepted', calRank: 1 }), 404);
    expectProblem(await request(p.app).get(`/api/v1/candidacies/${c.id}`), 401);
    // an agent sees it, and the list of the offer's candidacies
    expect((await request(p.app).get(`/api/v1/candidacies/${c.id}`).set(bearer(agent))).body.rank).toBe(1);
    const list = await request(p.app).get(`/api/v1/offers/${offerId}/candidacies`).set(bearer(agent));
    expect(list.body).toMatchObject({ candidacyCount: 1, total: 1, items: [{ id: c.id, rank: 1 }] });
    const count = await request(p.app).get(`/api/v1/offers/${offerId}/candidacies`).set(bearer(other.token));
    expect(count.body).toEqual({ offerId, candidacyCount: 1 });
  });

  it('documents every candidacy route in a valid OpenAPI document', async () => {
    const res = await request(p.app).get('/api/openapi.json');
    const paths = Object.keys(res.body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/candidacies',
        '/api/v1/candidacies/{id}',
        '/api/v1/candidacies/{id}/cal-decision',
        '/api/v1/candidacies/{id}/lease',
        '/api/v1/offers/{id}/ranking',
        '/api/v1/offers/{id}/designation',
        '/api/v1/offers/{id}/transmission',
        '/api/v1/offers/{id}/designated',
        '/api/v1/scoring/balancing-bonuses',
        '/api/v1/scoring/territory-grids',
        '/api/v1/scoring/balancing-stats',
      ]),
    );
    const result = await new Validator().validate(res.body);
    expect(result.errors ?? []).toEqual([]);
  });
});

function criterion(view: { score: { criteria: { criterion: string; points: number; met: boolean }[] } }, key: string) {
  return view.score.criteria.find((c) => c.criterion === key);
}
