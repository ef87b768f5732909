import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { FixedClock } from '../../src/shared/testing/clock';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { applicantWithActiveDemand, bearer, createLandlord, deployedCompany, publishedOffer, validateEmployee } from '../support/candidacy-fixtures';

/**
 * scoring.md §6 reproduced end to end through the API: three applicants with their demands and
 * employers (deployed company spaces, validations and tranches granted by the managers), an ETI
 * balancing bonus set by an agent, a T2 in Villeurbanne at 620 € + 80 €; on 2026-03-01 the ranking
 * is Bruno 530, Amina 519, Chloé 360, and each applicant sees only their own rank and score.
 */

const clock = new FixedClock('2026-03-01T10:00:00Z');
let p: TestPlatform;
let agent: string;
let offerId: string;
const people: Record<'amina' | 'bruno' | 'chloe', { token: string; demandId: string; candidacyId?: string }> = {} as never;

beforeAll(async () => {
  p = await createTestPlatform({ clock });
  agent = (await p.signIn('agent')).token;

  const ge = await deployedCompany(p, agent, { headcount: 8000, contribution: 'contributing', name: 'Grande Entreprise' });
  const pme = await deployedCompany(p, agent, { headcount: 40, contribution: 'compensated', name: 'Petite Entreprise' });
  const eti = await deployedCompany(p, agent, { headcount: 1200, contribution: 'contributing', name: 'Entreprise Intermédiaire' });

  people.amina = await applicantWithActiveDemand(p, agent, {
    firstName: 'Amina',
    birthDate: '1998-05-02',
    monthlyResources: 2300,
    registrationDate: '2021-06-10',
    mobility: true,
    employerSiret: ge.siret,
  });
  people.bruno = await applicantWithActiveDemand(p, agent, {
    firstName: 'Bruno',
    birthDate: '1980-07-14',
    monthlyResources: 2000,
    registrationDate: '2019-01-15',
    employerSiret: pme.siret,
    calHistory: { refusedByCal: true },
  });
  people.chloe = await applicantWithActiveDemand(p, agent, {
    firstName: 'Chloé',
    birthDate: '1992-11-20',
    monthlyResources: 3100,
    registrationDate: '2022-09-01',
    employerSiret: eti.siret,
    calHistory: { declinedAfterCalOn: '2025-08-20' },
  });
  await validateEmployee(p, ge, people.amina.demandId, ['B']);
  await validateEmployee(p, pme, people.bruno.demandId, ['A', 'C']);
  await validateEmployee(p, eti, people.chloe.demandId, []);

  const bonus = await request(p.app).post('/api/v1/scoring/balancing-bonuses').set(bearer(agent)).send({
    sizeClass: 'ETI',
    points: 120,
    startDate: '2026-01-01',
    endDate: '2026-06-30',
    reason: 'Les salariés des ETI sont en retard sur les 12 derniers mois',
  });
  expect(bonus.status, bonus.text).toBe(201);

  const landlord = await createLandlord(p, agent);
  offerId = await publishedOffer(p, agent, landlord.landlordToken);

  for (const name of ['amina', 'bruno', 'chloe'] as const) {
    const res = await request(p.app).post('/api/v1/candidacies').set(bearer(people[name].token)).send({ demandId: people[name].demandId, offerId });
    expect(res.status, res.text).toBe(201);
    people[name].candidacyId = res.body.id;
  }
});
afterAll(async () => p?.close());

const criteria = (score: { criteria: { criterion: string; points: number }[] }) => Object.fromEntries(score.criteria.map((c) => [c.criterion, c.points]));

describe('the worked example of scoring.md §6', () => {
  it('the agent’s ranking: Bruno 530, Amina 519, Chloé 360, with every component and criterion', async () => {
    const res = await request(p.app).get(`/api/v1/offers/${offerId}/ranking`).set(bearer(agent));
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ offerId, referenceDate: '2026-03-01', candidacyCount: 3 });
    expect(res.body.items.map((i: { candidacyId: string; rank: number; score: { total: number } }) => [i.candidacyId, i.rank, i.score.total])).toEqual([
      [people.bruno.candidacyId, 1, 530],
      [people.amina.candidacyId, 2, 519],
      [people.chloe.candidacyId, 3, 360],
    ]);
    const [bruno, amina, chloe] = res.body.items;
    expect(amina.score.components).toEqual({ als: 199, company: 320, territory: 0, territoryEstablished: false, balancing: 0 });
    expect(bruno.score.components).toEqual({ als: 90, company: 440, territory: 0, territoryEstablished: false, balancing: 0 });
    expect(chloe.score.components).toEqual({ als: 0, alsClampedFrom: -2, company: 240, territory: 0, territoryEstablished: false, balancing: 120 });
    expect(criteria(amina.score)).toMatchObject({
      'als.under_30': 70,
      'als.mobility': 70,
      'als.effort_rate': 40,
      'als.cal_refusal': 0,
      'als.declined_after_cal': 0,
      'als.seniority': 19,
      'company.validated_employee': 240,
      'company.tranche_a': 0,
      'company.tranche_b': 80,
      'company.tranche_c': 0,
      'balancing.bonus': 0,
    });
    expect(criteria(bruno.score)).toMatchObject({
      'als.under_30': 0,
      'als.mobility': 0,
      'als.effort_rate': 30,
      'als.cal_refusal': 40,
      'als.seniority': 20,
      'company.validated_employee': 240,
      'company.tranche_a': 166,
      'company.tranche_c': 34,
    });
    expect(criteria(chloe.score)).toMatchObject({ 'als.effort_rate': 20, 'als.declined_after_cal': -40, 'als.seniority': 18, 'balancing.bonus': 120 });
    const effort = (entry: { score: { criteria: { criterion: string; fact: string }[] } }) => entry.score.criteria.find((c) => c.criterion === 'als.effort_rate')?.fact;
    // in French, with fr-FR figures; a rate near the band gives part of the 40 points: partly met (issue 15, item 8)
    expect([effort(amina), effort(bruno), effort(chloe)]).toEqual([
      '(620\u00a0€ + 80\u00a0€ − 0\u00a0€) / 2\u202f300\u00a0€ = 30,43\u00a0%, dans la bande de 26 à 33\u00a0%',
      '(620\u00a0€ + 80\u00a0€ − 0\u00a0€) / 2\u202f000\u00a0€ = 35,00\u00a0%, à 2 points de la bande de 26 à 33\u00a0% (point entamé compté) : 40 − 2 × 5 = 30 points',
      '(620\u00a0€ + 80\u00a0€ − 0\u00a0€) / 3\u202f100\u00a0€ = 22,58\u00a0%, à 4 points de la bande de 26 à 33\u00a0% (point entamé compté) : 40 − 4 × 5 = 20 points',
    ]);
    const status = (entry: { score: { criteria: { criterion: string; status: string }[] } }, key: string) => entry.score.criteria.find((c) => c.criterion === key)?.status;
    expect([status(amina, 'als.effort_rate'), status(bruno, 'als.effort_rate'), status(chloe, 'als.effort_rate')]).toEqual(['met', 'partly_met', 'partly_met']);
    expect([status(amina, 'als.mobility'), status(bruno, 'als.cal_refusal'), status(chloe, 'als.declined_after_cal')]).toEqual(['met', 'met', 'met']);
    // the declared facts count because an agent checked them (issue 15, item 4)
    const fact = (entry: { score: { criteria: { criterion: string; fact: string }[] } }, key: string) => entry.score.criteria.find((c) => c.criterion === key)?.fact;
    expect(fact(amina, 'als.mobility')).toBe('mobilité déclarée sur la demande et vérifiée par un agent');
    expect(fact(bruno, 'als.cal_refusal')).toBe('refus d’une CAL déclaré sur la demande et vérifié par un agent');
    expect(fact(amina, 'als.under_30')).toBe('née le 02/05/1998, 27 ans au 01/03/2026');
    expect(amina.score.criteria.find((c: { criterion: string }) => c.criterion === 'territory.not_established')).toMatchObject({ points: 0, met: false });
  });

  it('each applicant sees their own rank, total and breakdown, and that the offer has 3 candidacies — nothing of the others', async () => {
    const expected = { amina: [2, 519], bruno: [1, 530], chloe: [3, 360] } as const;
    for (const name of ['amina', 'bruno', 'chloe'] as const) {
      const res = await request(p.app).get(`/api/v1/candidacies/${people[name].candidacyId}`).set(bearer(people[name].token));
      expect(res.status, res.text).toBe(200);
      expect(res.body).toMatchObject({ status: 'submitted', rank: expected[name][0], candidacyCount: 3, score: { total: expected[name][1] }, referenceDate: '2026-03-01' });
      expect(res.body.timeline).toEqual([expect.objectContaining({ action: 'submitted', to: 'submitted' })]);
      const others = (['amina', 'bruno', 'chloe'] as const).filter((n) => n !== name);
      for (const other of others) {
        expect(res.body.score.criteria.length).toBeGreaterThan(0);
        expect(JSON.stringify(res.body)).not.toContain(people[other].demandId);
        expect(JSON.stringify(res.body)).not.toContain(people[other].candidacyId!);
      }
    }
    const count = await request(p.app).get(`/api/v1/offers/${offerId}/candidacies`).set(bearer(people.amina.token));
    expect(count.status, count.text).toBe(200);
    expect(count.body).toEqual({ offerId, candidacyCount: 3 });
  });

  it('the active ETI bonus is public, with its reason', async () => {
    const res = await request(p.app).get('/api/v1/scoring/balancing-bonuses');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({ sizeClass: 'ETI', points: 120, endDate: '2026-06-30', reason: 'Les salariés des ETI sont en retard sur les 12 derniers mois' }),
    ]);
  });
});
