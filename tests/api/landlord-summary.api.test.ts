import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { FixedClock } from '../../src/shared/testing/clock';
import { applicantWithActiveDemand, bearer, createLandlord, publishedOffer, villeurbanneT2 } from '../support/candidacy-fixtures';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * The landlord's home (issue 17): GET /landlords/{id}/summary — the agreements of the year by
 * département with the gap in a French sentence, the offers sent back with a message and those
 * whose candidates were transmitted (CAL decisions to record).
 */

const clock = new FixedClock('2026-03-15T09:00:00Z');
let p: TestPlatform;
let agent: string;
let L1: { landlordId: string; landlordToken: string; agreementId: string };
let L2: { landlordId: string; landlordToken: string };

beforeAll(async () => {
  p = await createTestPlatform({ clock });
  agent = (await p.signIn('agent')).token;
  L1 = await createLandlord(p, agent); // 69 / 2026, 3 units owed
  L2 = await createLandlord(p, agent);
  for (const body of [
    { departement: '01', year: 2026, unitsOwed: 1 },
    { departement: '38', year: 2025, unitsOwed: 4 },
  ]) {
    const res = await request(p.app).post(`/api/v1/landlords/${L1.landlordId}/agreements`).set(bearer(agent)).send(body);
    expect(res.status, res.text).toBe(201);
  }
}, 60_000);

afterAll(async () => {
  await p?.close();
});

describe('the landlord’s summary', () => {
  it('the agreements of the year by département, the gap said in French; offers sent back and to decide on', async () => {
    // one unit published in the Rhône
    await publishedOffer(p, agent, L1.landlordToken);
    // a draft sent back with a message
    const draft = await request(p.app)
      .post('/api/v1/offers')
      .set(bearer(L1.landlordToken))
      .send(villeurbanneT2({ description: 'À corriger' }));
    expect((await request(p.app).post(`/api/v1/offers/${draft.body.id}/submit`).set(bearer(L1.landlordToken))).status).toBe(200);
    const back = await request(p.app).post(`/api/v1/offers/${draft.body.id}/send-back`).set(bearer(agent)).send({ message: 'Précisez la surface habitable.' });
    expect(back.status, back.text).toBe(200);
    // an offer whose candidate was transmitted
    const offerId = await publishedOffer(p, agent, L1.landlordToken);
    const who = await applicantWithActiveDemand(p, agent, { birthDate: '1990-01-01', monthlyResources: 2200 });
    const applied = await request(p.app).post('/api/v1/candidacies').set(bearer(who.token)).send({ demandId: who.demandId, offerId });
    expect(applied.status, applied.text).toBe(201);
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/close`).set(bearer(agent))).status).toBe(200);
    expect(
      (
        await request(p.app)
          .post(`/api/v1/offers/${offerId}/designation`)
          .set(bearer(agent))
          .send({ candidacyIds: [applied.body.id] })
      ).status,
    ).toBe(200);
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/transmission`).set(bearer(agent))).status).toBe(200);

    const res = await request(p.app).get(`/api/v1/landlords/${L1.landlordId}/summary`).set(bearer(L1.landlordToken));
    expect(res.status, res.text).toBe(200);
    expect(res.body.year).toBe(2026);
    expect(
      res.body.agreements.map((a: { departement: string; departementName: string; gap: { owed: number; published: number; toPublish: number }; gapSentence: string }) => [
        a.departement,
        a.departementName,
        a.gap.owed,
        a.gap.published,
        a.gap.toPublish,
        a.gapSentence,
      ]),
    ).toEqual([
      ['01', 'Ain', 1, 0, 1, 'Il reste 1 logement à proposer dans l’Ain.'],
      ['69', 'Rhône', 3, 2, 1, 'Il reste 1 logement à proposer dans le Rhône.'],
    ]);
    expect(res.body.toPublish).toBe(2);
    expect(res.body.waiting.sentBack).toEqual([
      expect.objectContaining({ message: 'Précisez la surface habitable.', offer: expect.objectContaining({ id: draft.body.id, status: 'draft' }) }),
    ]);
    expect(res.body.waiting.toDecide.map((o: { id: string }) => o.id)).toEqual([offerId]);

    // the same sentences in the agreements' list (the plural)
    const list = await request(p.app).get(`/api/v1/landlords/${L1.landlordId}/agreements`).set(bearer(L1.landlordToken));
    expect(list.body.find((a: { departement: string }) => a.departement === '38').gapSentence).toBe('Il reste 4 logements à proposer dans l’Isère.');
  });

  it('agents see any landlord’s; another landlord’s is a 404, as an unknown one; applicants may not', async () => {
    expect((await request(p.app).get(`/api/v1/landlords/${L1.landlordId}/summary`).set(bearer(agent))).status).toBe(200);
    const other = await request(p.app).get(`/api/v1/landlords/${L1.landlordId}/summary`).set(bearer(L2.landlordToken));
    const unknown = await request(p.app).get('/api/v1/landlords/00000000-0000-4000-8000-00000000abcd/summary').set(bearer(L2.landlordToken));
    expect(other.status).toBe(404);
    expect([other.body.code, other.body.detail]).toEqual([unknown.body.code, unknown.body.detail]);
    const l2 = await request(p.app).get(`/api/v1/landlords/${L2.landlordId}/summary`).set(bearer(L2.landlordToken));
    expect(l2.body.waiting).toEqual({ sentBack: [], toDecide: [] });
    expect(
      (
        await request(p.app)
          .get(`/api/v1/landlords/${L1.landlordId}/summary`)
          .set(bearer((await p.signIn('applicant')).token))
      ).status,
    ).toBe(403);
  });
});
