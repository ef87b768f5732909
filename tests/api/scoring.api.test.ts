import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { FixedClock } from '../../src/shared/testing/clock';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { applicantWithActiveDemand, bearer, createLandlord, publishedOffer } from '../support/candidacy-fixtures';

/** The scoring API: balancing bonuses (public list), territory grids, balancing statistics; and their effect on a ranking. */

const clock = new FixedClock('2026-03-01T10:00:00Z');
let p: TestPlatform;
let agent: string;
let applicant: string;
const METROPOLE_DE_LYON = '200046977';
const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;

const expectProblem = (res: request.Response, status: number, code?: string) => {
  expect(res.status, res.text).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  if (code) expect(res.body.code).toBe(code);
};

beforeAll(async () => {
  p = await createTestPlatform({ clock });
  agent = (await p.signIn('agent')).token;
  applicant = (await p.signIn('applicant')).token;
});
afterAll(async () => p?.close());

describe('balancing bonuses', () => {
  it('an agent opens, changes and ends a bonus; the active ones are public with their reason; every change is audited', async () => {
    const created = await request(p.app).post('/api/v1/scoring/balancing-bonuses').set(bearer(agent)).send({
      sizeClass: 'PME',
      points: 60,
      startDate: '2026-02-01',
      endDate: '2026-04-30',
      reason: 'Les PME sont en retard',
    });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ sizeClass: 'PME', points: 60, status: 'active', companyId: null, epciCode: null });
    const scheduled = await request(p.app).post('/api/v1/scoring/balancing-bonuses').set(bearer(agent)).send({
      epciCode: METROPOLE_DE_LYON,
      points: 30,
      startDate: '2026-05-01',
      endDate: '2026-12-31',
      reason: 'Objectifs de la CIL',
    });
    expect(scheduled.body.status).toBe('scheduled');

    const pub = await request(p.app).get('/api/v1/scoring/balancing-bonuses');
    expect(pub.status).toBe(200);
    expect(pub.body.items).toEqual([
      { id: created.body.id, sizeClass: 'PME', companyId: null, epciCode: null, points: 60, startDate: '2026-02-01', endDate: '2026-04-30', reason: 'Les PME sont en retard' },
    ]);

    const all = await request(p.app).get('/api/v1/scoring/balancing-bonuses?scope=all').set(bearer(agent));
    expect(all.body.items).toHaveLength(2);
    expectProblem(await request(p.app).get('/api/v1/scoring/balancing-bonuses?scope=all').set(bearer(applicant)), 403);
    expectProblem(await request(p.app).get('/api/v1/scoring/balancing-bonuses?scope=all'), 401);

    const changed = await request(p.app).patch(`/api/v1/scoring/balancing-bonuses/${created.body.id}`).set(bearer(agent)).send({ points: 90, endDate: '2026-06-30' });
    expect(changed.body).toMatchObject({ points: 90, endDate: '2026-06-30' });
    expectProblem(await request(p.app).patch(`/api/v1/scoring/balancing-bonuses/${created.body.id}`).set(bearer(agent)).send({ sizeClass: 'ETI' }), 409, 'SCORING.BONUS_STARTED');
    const ended = await request(p.app).patch(`/api/v1/scoring/balancing-bonuses/${created.body.id}`).set(bearer(agent)).send({ status: 'ended' });
    expect(ended.body).toMatchObject({ status: 'ended', endDate: '2026-02-28', plannedEndDate: '2026-06-30' });
    expect((await request(p.app).get('/api/v1/scoring/balancing-bonuses')).body.items).toEqual([]);
    expectProblem(await request(p.app).patch(`/api/v1/scoring/balancing-bonuses/${created.body.id}`).set(bearer(agent)).send({ points: 10 }), 409, 'SCORING.BONUS_ENDED');

    const audit = rows<{ action: string }>(await p.db.database.db.execute(sql`select action from platform.audit_entries where object_id = ${created.body.id} order by id`));
    expect(audit.map((a) => a.action)).toEqual(['scoring.bonus_created', 'scoring.bonus_changed', 'scoring.bonus_ended']);
  });

  it('refuses invalid bonuses naming each field, and non-agents', async () => {
    expectProblem(
      await request(p.app).post('/api/v1/scoring/balancing-bonuses').set(bearer(agent)).send({ points: 300, startDate: '2026-03-01', endDate: '2026-03-31', reason: 'x' }),
      400,
    );
    const noTarget = await request(p.app)
      .post('/api/v1/scoring/balancing-bonuses')
      .set(bearer(agent))
      .send({ points: 30, startDate: '2026-04-01', endDate: '2026-03-31', reason: 'x' });
    expectProblem(noTarget, 422, 'SCORING.INVALID_BONUS');
    expect(noTarget.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['endDate', 'sizeClass']);
    expectProblem(
      await request(p.app)
        .post('/api/v1/scoring/balancing-bonuses')
        .set(bearer(applicant))
        .send({ sizeClass: 'GE', points: 30, startDate: '2026-03-01', endDate: '2026-03-31', reason: 'x' }),
      403,
    );
    expectProblem(await request(p.app).get('/api/v1/scoring/balancing-bonuses/00000000-0000-4000-8000-000000000000').set(bearer(agent)), 404, 'SCORING.BONUS_NOT_FOUND');
  });
});

describe('territory grids', () => {
  it('an agent sets the grid of an EPCI; the offers of its communes add the criteria met, others say "not established"', async () => {
    const facts = await request(p.app).get('/api/v1/scoring/grid-facts').set(bearer(agent));
    expect(facts.body.items.map((f: { key: string }) => f.key)).toEqual(expect.arrayContaining(['householdSize', 'dalo', 'monthsSinceRegistration', 'applicantAge']));
    const created = await request(p.app)
      .post('/api/v1/scoring/territory-grids')
      .set(bearer(agent))
      .send({
        epciCode: METROPOLE_DE_LYON,
        name: 'Grille de la Métropole de Lyon',
        active: true,
        criteria: [
          { id: 'anciennete', label: { fr: 'Demande de plus de 5 ans' }, fact: 'monthsSinceRegistration', operator: 'gte', value: 60, points: 30 },
          { id: 'jeune', label: { fr: 'Moins de 30 ans', en: 'Under 30' }, fact: 'applicantAge', operator: 'lte', value: 29, points: 15 },
          { id: 'dalo', label: { fr: 'DALO' }, fact: 'dalo', operator: 'true', points: 50 },
        ],
      });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ active: true, maxPoints: 95 });
    const unknownField = await request(p.app)
      .post('/api/v1/scoring/territory-grids')
      .set(bearer(agent))
      .send({ epciCode: METROPOLE_DE_LYON, name: 'x', active: false, criteria: [], maxPoints: 95 });
    expectProblem(unknownField, 400, 'REQUEST.INVALID');
    const second = await request(p.app).post('/api/v1/scoring/territory-grids').set(bearer(agent)).send({ epciCode: METROPOLE_DE_LYON, name: 'Autre', active: true, criteria: [] });
    expectProblem(second, 409, 'SCORING.GRID_ALREADY_ACTIVE');
    const invalid = await request(p.app)
      .post('/api/v1/scoring/territory-grids')
      .set(bearer(agent))
      .send({
        epciCode: METROPOLE_DE_LYON,
        name: 'Brouillon',
        active: false,
        criteria: [{ label: { fr: 'x' }, fact: 'salary', operator: 'eq', value: 1, points: 1 }],
      });
    expectProblem(invalid, 422, 'SCORING.INVALID_GRID');
    expect(invalid.body.errors).toEqual([expect.objectContaining({ field: 'criteria.0.fact' })]);

    const landlord = await createLandlord(p, agent);
    const villeurbanne = await publishedOffer(p, agent, landlord.landlordToken);
    const elsewhere = await publishedOffer(p, agent, landlord.landlordToken, { communeCode: '38185', postalCode: '38000', addressLine: '1 place Grenette' });
    const a = await applicantWithActiveDemand(p, agent, { birthDate: '1999-01-01', monthlyResources: 2200, registrationDate: '2019-01-01' });
    const here = await request(p.app).post('/api/v1/candidacies').set(bearer(a.token)).send({ demandId: a.demandId, offerId: villeurbanne });
    expect(here.status, here.text).toBe(201);
    expect(here.body.score.components).toMatchObject({ territory: 45, territoryEstablished: true });
    expect(
      here.body.score.criteria.filter((c: { component: string }) => c.component === 'territory').map((c: { criterion: string; points: number }) => [c.criterion, c.points]),
    ).toEqual([
      ['territory.anciennete', 30],
      ['territory.jeune', 15],
      ['territory.dalo', 0],
    ]);
    const there = await request(p.app).post('/api/v1/candidacies').set(bearer(a.token)).send({ demandId: a.demandId, offerId: elsewhere });
    expect(there.body.score.components).toMatchObject({ territory: 0, territoryEstablished: false });

    // deactivated: the ranking agents compute shows it at once
    const off = await request(p.app).patch(`/api/v1/scoring/territory-grids/${created.body.id}`).set(bearer(agent)).send({ active: false });
    expect(off.status, off.text).toBe(200);
    const ranking = await request(p.app).get(`/api/v1/offers/${villeurbanne}/ranking`).set(bearer(agent));
    expect(ranking.body.items[0].score.components).toMatchObject({ territory: 0, territoryEstablished: false });
    const list = await request(p.app).get(`/api/v1/scoring/territory-grids?epciCode=${METROPOLE_DE_LYON}`).set(bearer(agent));
    expect(list.body.items.map((g: { name: string; active: boolean }) => [g.name, g.active])).toEqual([['Grille de la Métropole de Lyon', false]]);
    expectProblem(await request(p.app).get('/api/v1/scoring/territory-grids').set(bearer(applicant)), 403);
  });
});

describe('balancing statistics', () => {
  it('agents read the last 12 months of allocations by size class; others may not', async () => {
    const res = await request(p.app).get('/api/v1/scoring/balancing-stats').set(bearer(agent));
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ from: '2025-03-01', to: '2026-03-01', total: 0, lagging: null });
    expect(res.body.bySizeClass.map((s: { sizeClass: string }) => s.sizeClass)).toEqual(['PME', 'ETI', 'GE', 'unknown']);
    expectProblem(await request(p.app).get('/api/v1/scoring/balancing-stats').set(bearer(applicant)), 403);
  });
});
