import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../../shared/errors';
import type { ApplicantRecord } from '../ports';
import { OFFER_EVENTS } from '../offer.events';
import { agent, applicant, LANDLORD_A, LANDLORD_B, landlordUser, lyonT2, testOffers } from '../testing/test-fakes';

const rejection = async (promise: Promise<unknown>): Promise<DomainError> => {
  try {
    await promise;
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a rejection');
};

/** One person alone whose reference income is `income` (category 1). */
const alone = (income: number, demandId = 'demand-1', ownerAccountId = 'acc-applicant'): ApplicantRecord => ({
  demandId,
  ownerAccountId,
  status: 'active',
  referenceIncomeMissing: [],
  facts: { referenceIncome: income, referenceIncomeBasis: 'N-2', householdCategory: 1, householdSize: 1, extraPersonUnits: 0, monthlyResources: 2000, expectedHousingBenefit: 0 },
});

async function published(t: ReturnType<typeof testOffers>, data: Partial<typeof lyonT2> = {}) {
  const { offer } = await t.service.create(landlordUser(), { ...lyonT2, ...data });
  await t.service.submit(landlordUser(), offer.id);
  return t.service.publish(agent, offer.id);
}

describe('creating offers', () => {
  it('computes the département and zone, and refuses well-formed codes of no commune', async () => {
    const t = testOffers();
    const { offer } = await t.service.create(landlordUser(), lyonT2);
    expect(offer).toMatchObject({ status: 'draft', departement: '69', zone: 'other_regions', landlordId: LANDLORD_A, agreementId: null });
    const error = await rejection(t.service.create(landlordUser(), { ...lyonT2, communeCode: '01999' }));
    expect(error.code).toBe('OFFER.INVALID_DATA');
    expect(error.fields).toEqual([{ field: 'communeCode', message: 'Commune inconnue' }]);
  });

  it('the same idempotency key returns the same offer; another body with it is a conflict', async () => {
    const t = testOffers();
    const first = await t.service.create(landlordUser(), lyonT2, 'k-1');
    const again = await t.service.create(landlordUser(), { ...lyonT2 }, 'k-1');
    expect(again).toMatchObject({ replayed: true, offer: { id: first.offer.id } });
    expect(t.offers.offers.size).toBe(1);
    expect((await rejection(t.service.create(landlordUser(), { ...lyonT2, rent: 1 }, 'k-1'))).code).toBe('OFFER.IDEMPOTENCY_KEY_REUSED');
    // keys are per landlord
    expect((await t.service.create(landlordUser(LANDLORD_B), lyonT2, 'k-1')).replayed).toBe(false);
  });

  it('a concurrent request that stored the key first wins: its offer is returned', async () => {
    const t = testOffers();
    const winner = await t.service.create(landlordUser(), lyonT2, 'k-0');
    t.offers.raceOnNextKey = { ...t.offers.keys.get(`${LANDLORD_A}|k-0`)!, key: 'k-2' };
    const result = await t.service.create(landlordUser(), lyonT2, 'k-2');
    expect(result).toMatchObject({ replayed: true, offer: { id: winner.offer.id } });
  });

  it('only landlords create; an unknown landlord is refused', async () => {
    const t = testOffers();
    expect((await rejection(t.service.create(agent, lyonT2))).kind).toBe('forbidden');
    const stranger = { ...landlordUser(), landlordId: 'cccccccc-0000-4000-8000-000000000003' };
    expect((await rejection(t.service.create(stranger, lyonT2))).code).toBe('OFFER.LANDLORD_NOT_REFERENCED');
  });
});

describe('lifecycle', () => {
  it('picks the landlord’s agreement of the year at submission, keeps an explicit one, and dates every step', async () => {
    const agreement = { id: 'ag-69-2026', landlordId: LANDLORD_A, departement: '69', year: 2026 };
    const t = testOffers({ agreements: [agreement] });
    const { offer } = await t.service.create(landlordUser(), lyonT2);
    expect((await t.service.submit(landlordUser(), offer.id)).agreementId).toBe('ag-69-2026');
    const explicit = await t.service.create(landlordUser(), { ...lyonT2, agreementId: 'ag-69-2026' });
    expect(explicit.offer).toMatchObject({ agreementId: 'ag-69-2026', agreementExplicit: true });
    expect((await rejection(t.service.create(landlordUser(), { ...lyonT2, agreementId: 'nope' }))).fields[0]?.field).toBe('agreementId');
    await t.service.startInstruction(agent, offer.id);
    await t.service.publish(agent, offer.id, '2026-04-01');
    expect((await t.offers.history(offer.id)).map((h) => [h.action, h.by])).toEqual([
      ['submitted', 'acc-' + LANDLORD_A],
      ['instruction_started', 'acc-agent'],
      ['published', 'acc-agent'],
    ]);
    expect(t.audit.entries.map((e) => e.action)).toEqual(['offer.created', 'offer.submitted', 'offer.created', 'offer.instruction_started', 'offer.published']);
  });

  it('another landlord is told the offer does not exist; roles are checked', async () => {
    const t = testOffers();
    const { offer } = await t.service.create(landlordUser(), lyonT2);
    expect((await rejection(t.service.submit(landlordUser(LANDLORD_B), offer.id))).code).toBe('OFFER.NOT_FOUND');
    expect((await rejection(t.service.get(landlordUser(LANDLORD_B), offer.id))).code).toBe('OFFER.NOT_FOUND');
    expect((await rejection(t.service.get(applicant(), offer.id))).code).toBe('OFFER.NOT_FOUND');
    expect((await rejection(t.service.publish(landlordUser(), offer.id))).kind).toBe('forbidden');
  });

  it('closes due offers once (idempotent), treats a past closing date as closed before that, and closes before designating', async () => {
    const t = testOffers();
    const a = await published(t, { closingDate: '2026-03-20' });
    const b = await published(t, { closingDate: '2026-03-20' });
    t.clock.set('2026-03-21T00:00:01Z');
    expect((await t.service.get(applicant(), a.id)).status).toBe('closed');
    expect((await t.service.search(applicant(), {})).total).toBe(0);
    await t.service.designate(b.id, { candidateCount: 1, by: 'acc-agent' });
    expect((await t.offers.history(b.id)).slice(-2).map((h) => h.action)).toEqual(['closed', 'designated']);
    expect(await t.service.closeDueOffers()).toEqual({ closed: 1, offerIds: [a.id] });
    expect((await t.service.closeDueOffers()).closed).toBe(0);
    expect((await t.offers.history(a.id)).at(-1)).toMatchObject({ action: 'closed', from: 'published', to: 'closed' });
    expect((await t.offers.history(a.id)).at(-1)?.by).toBeUndefined();
  });

  it('keeps the candidacy count (never below 0) and counts offers by status', async () => {
    const t = testOffers();
    const o = await published(t);
    expect(await t.service.adjustCandidacyCount(o.id, 2)).toBe(2);
    expect(await t.service.adjustCandidacyCount(o.id, -5)).toBe(0);
    expect((await t.service.countsByStatus()).published).toBe(1);
    expect(await t.service.offerForCandidacy(o.id)).toMatchObject({ status: 'published', openForCandidacies: true, epci: { code: '200046977' }, rent: 450, charges: 60 });
  });
});

describe('eligibility', () => {
  it('Lyon PLUS 2026: 23,403 € fits, 23,404 € does not; the search keeps only what fits', async () => {
    const t = testOffers({ applicants: [alone(23_403, 'd-fits', 'acc-fits'), alone(23_404, 'd-above', 'acc-above')] });
    const offer = await published(t);
    const fits = await t.service.eligibility(applicant('acc-fits'), 'd-fits', offer.id);
    expect(fits).toMatchObject({ fits: true, ceiling: 23_403, zone: 'other_regions', effortRate: 25.5 });
    const above = await t.service.eligibility(applicant('acc-above'), 'd-above', offer.id);
    expect(above).toMatchObject({ fits: false, ceiling: 23_403 });
    expect(above.reasons[0]?.en).toContain('above the PLUS ceiling');
    expect((await t.service.search(applicant('acc-fits'), { eligibleFor: 'me' })).total).toBe(1);
    expect((await t.service.search(applicant('acc-above'), { eligibleFor: 'me' })).total).toBe(0);
    expect((await rejection(t.service.eligibility(applicant('acc-fits'), 'd-above', offer.id))).code).toBe('DEMAND.NOT_FOUND');
    expect(t.ceilings.upserts).toBeGreaterThan(0);
  });

  it('an incomplete income decides nothing', async () => {
    const record = { ...alone(10_000), referenceIncomeMissing: ['applicant.taxIncome.amountMinus2'] };
    const t = testOffers({ applicants: [record] });
    const offer = await published(t);
    const r = await t.service.eligibility(applicant(), 'demand-1', offer.id);
    expect(r).toMatchObject({ decided: false, fits: false, incomplete: ['applicant.taxIncome.amountMinus2'] });
    expect((await rejection(t.service.search(applicant(), { eligibleFor: 'me' }))).code).toBe('OFFER.INCOME_INCOMPLETE');
  });

  it('summarises which categories and household sizes an offer suits', async () => {
    const t = testOffers();
    const offer = await published(t);
    const summary = await t.service.eligibilitySummary(offer.id);
    expect(summary.ceilings[0]).toEqual({ category: 1, ceiling: 23_403 });
    expect(summary.occupants).toEqual({ min: 1, max: 4 }); // 2 rooms ≤ P + 1; 35 m² ≥ 16 + 9 + 9 for four, < 43 for five
  });
});

describe('status events', () => {
  it('every transition publishes offer.changed with the offer and its statuses (other modules drop what they keep of it)', async () => {
    const t = testOffers();
    const seen: unknown[] = [];
    t.events.subscribe(OFFER_EVENTS.changed, (event) => void seen.push(event.payload));
    const offer = await published(t);
    await t.service.close(agent, offer.id);
    expect(seen).toEqual([
      { offerId: offer.id, from: 'draft', to: 'submitted' },
      { offerId: offer.id, from: 'submitted', to: 'published' },
      { offerId: offer.id, from: 'published', to: 'closed' },
    ]);
  });
});
