import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../../../shared/testing/clock';
import { immediateUnitOfWork } from '../../../../shared/testing/unit-of-work';
import type { DemandFacts, DemandService } from '../../../demand/index';
import type { IdentityService } from '../../../identity/index';
import type { EligibilityResult, OfferForCandidacy, OfferService } from '../../../offer/index';
import { InMemoryCandidacyOutbox, InMemoryCandidacyRepository } from '../../testing/in-memory';
import { applyToOffer } from '../apply-to-offer';
import type { CandidacyDeps } from '../candidacy.deps';
import { RankingCache } from '../ranking-cache';
import { applicantFactsGateway } from './applicant-facts.gateway';
import { demandLifecycleGateway } from './demand-lifecycle.gateway';
import { offerGateway } from './offer.gateway';

const clock = new FixedClock('2026-03-02T10:00:00Z');

const demandFacts = (id: string, over: Partial<DemandFacts> = {}): DemandFacts =>
  ({
    demandId: id,
    ownerAccountId: `owner-${id}`,
    status: 'active',
    source: 'platform',
    onDate: '2026-03-02',
    householdSize: 2,
    householdCategory: 2,
    extraPersonUnits: 0,
    dependants: 0,
    referenceIncome: 24_000,
    referenceIncomeBasis: 'N-2',
    referenceIncomeYear: 2024,
    referenceIncomeMissing: [],
    monthlyResources: 2_000,
    expectedHousingBenefit: 0,
    applicantBirthDate: '1990-05-01',
    mobility: { declared: undefined, checked: false },
    registrationDate: '2025-01-10',
    registrationNumber: 'NUU-1',
    renewalDueDate: undefined,
    employerSiret: undefined,
    calHistoryDeclared: { refusedByCal: false, declinedAfterCalOn: undefined },
    calHistoryChecked: { refusedByCal: false, declinedAfterCalOn: undefined },
    dalo: false,
    uncheckedFacts: {},
    applicantContact: { civility: '2', firstName: 'Awa', lastName: 'Diallo', email: undefined, phone: '0600000000' },
    communeCodes: [],
    typologies: [],
    ...over,
  }) as DemandFacts;

/** The demand module's façade, counting its reads. */
function demandsOf(facts: DemandFacts[]) {
  const reads = { facts: 0, factsMany: 0 };
  const satisfied: { demandId: string; reason: string }[] = [];
  const byId = new Map(facts.map((f) => [f.demandId, f]));
  const demands = {
    facts: async (id: string) => (reads.facts++, byId.get(id) ?? null),
    factsMany: async (ids: readonly string[]) => (reads.factsMany++, new Map(ids.filter((id) => byId.has(id)).map((id) => [id, byId.get(id)!]))),
    markSatisfied: async (demandId: string, input: { reason: string }) => void satisfied.push({ demandId, reason: input.reason }),
  } as unknown as DemandService;
  return { demands, reads, satisfied };
}

const offer: OfferForCandidacy = {
  id: 'offer-1',
  landlordId: 'landlord-1',
  status: 'published',
  effectiveStatus: 'published',
  openForCandidacies: true,
  closingDate: '2026-03-31',
  rent: 600,
  charges: 66.66,
  communeCode: '69123',
  communeName: 'Lyon',
  epci: { code: '200046977', name: 'Métropole de Lyon' },
  typology: 2,
  candidacyCount: 0,
} as OfferForCandidacy;
const fits = (effortRate: number | null): EligibilityResult => ({ fits: true, checks: [], zone: 'A', ceiling: null, effortRate }) as unknown as EligibilityResult;

/** The offer module's façade: the household it was handed, and the eligibility it answers. */
function offersOf(effortRate: number | null) {
  const handed: unknown[] = [];
  const offers = {
    offerForApplication: async (household: unknown) => (handed.push(household), { offer, eligibility: fits(effortRate) }),
    offerForCandidacy: async () => offer,
    eligibilityOf: async (household: unknown) => (handed.push(household), fits(effortRate)),
    adjustCandidacyCountAndRead: async () => ({ ...offer, candidacyCount: 1 }),
    assertVisible: async () => undefined,
  } as unknown as OfferService;
  return { offers, handed };
}

const identity = { contactOf: async () => ({ email: 'account@example.test', name: 'Awa' }) } as unknown as IdentityService;

describe('the candidacy module’s gateways', () => {
  it('applying reads the demand once: its facts and its household, handed to the offer’s read', async () => {
    const { demands, reads } = demandsOf([demandFacts('d1')]);
    const { offers, handed } = offersOf(33.3333);
    const deps = {
      candidacies: new InMemoryCandidacyRepository(),
      notifications: new InMemoryCandidacyOutbox(),
      applicants: applicantFactsGateway(demands, identity, clock),
      offers: offerGateway(offers, demands, clock),
      clock,
      uow: immediateUnitOfWork,
      settings: { maxOpenCandidacies: 5, rankingCacheSeconds: 5 },
      cache: new RankingCache(5000),
    } as unknown as CandidacyDeps;
    const result = await applyToOffer(deps, { accountId: 'owner-d1', role: 'applicant' } as never, { demandId: 'd1', offerId: 'offer-1' });
    expect(result.created).toBe(true);
    expect(reads).toEqual({ facts: 0, factsMany: 1 });
    expect(handed).toHaveLength(1);
    expect((handed[0] as DemandFacts).demandId).toBe('d1');
    // the effort rate kept on the candidacy: one decimal
    expect(result.record.effortRateAtApplication).toBe(33.3);
  });

  it('words the SNE civility for the landlord (1 → M., 2 → Mme, else nothing) and falls back to the account’s address', async () => {
    const { demands } = demandsOf([
      demandFacts('d1'),
      demandFacts('d2', { applicantContact: { civility: '1', firstName: 'Jean', lastName: 'Martin', email: 'jean@example.test', phone: undefined } }),
      demandFacts('d3', { applicantContact: { civility: undefined, firstName: 'Sam', lastName: 'Roy', email: undefined, phone: undefined } }),
    ]);
    const contacts = await applicantFactsGateway(demands, identity, clock).contactsFor!(['d1', 'd2', 'd3']);
    expect(contacts.get('d1')).toEqual({ civility: 'Mme', firstName: 'Awa', lastName: 'Diallo', email: 'account@example.test', phone: '0600000000' });
    expect(contacts.get('d2')).toMatchObject({ civility: 'M.', email: 'jean@example.test', phone: null });
    expect(contacts.get('d3')).toMatchObject({ civility: null });
  });

  it('an eligibility is undecided while a reference income is missing; an unknown demand is not eligible', async () => {
    const { demands } = demandsOf([demandFacts('d1', { referenceIncomeMissing: ['household.0.taxIncome'] })]);
    const gateway = offerGateway(offersOf(null).offers, demands, clock);
    expect(await gateway.eligibility('d1', 'offer-1')).toMatchObject({ decided: false, fits: true, effortRate: null });
    expect(await gateway.eligibility('nobody', 'offer-1')).toMatchObject({ decided: false, fits: false, reasons: [{ rule: 'demand_unknown' }] });
  });

  it('a lease satisfies the demand with its reason in French', async () => {
    const { demands, satisfied } = demandsOf([]);
    await demandLifecycleGateway(demands).markSatisfied('d1', { at: clock.now(), offerId: 'offer-1', candidacyId: 'c-1' });
    expect(satisfied).toEqual([{ demandId: 'd1', reason: 'bail signé (offre offer-1, candidature c-1)' }]);
  });
});
