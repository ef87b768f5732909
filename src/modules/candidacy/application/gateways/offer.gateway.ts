import type { Clock } from '../../../../shared/clock';
import { toIsoDate } from '../../../../shared/dates';
import { roundEffortRate } from '../../../../shared/effort-rate';
import type { DemandService } from '../../../demand/index';
import { failedBlockingChecks, type EligibilityResult, type OfferForCandidacy, type OfferService } from '../../../offer/index';
import type { EligibilityOutcome } from '../../domain/index';
import type { HouseholdFacts, OfferGateway, OfferInfo } from '../../ports';

/** The offer module's offer, as the candidacy module reads it. */
const offerInfoOf = (o: OfferForCandidacy): OfferInfo => ({
  id: o.id,
  landlordId: o.landlordId,
  status: o.effectiveStatus,
  openForCandidacies: o.openForCandidacies,
  closingDate: o.closingDate,
  rent: o.rent,
  charges: o.charges,
  communeCode: o.communeCode,
  communeName: o.communeName,
  epciCode: o.epci?.code,
  typology: o.typology,
  candidacyCount: o.candidacyCount,
});

/** The offer module's eligibility check, as an application reads it: decided once the reference income is known, the effort rate as kept. */
const outcomeOf = (household: HouseholdFacts, result: EligibilityResult): EligibilityOutcome => ({
  decided: household.referenceIncomeMissing.length === 0,
  fits: result.fits,
  reasons: failedBlockingChecks(result).map((c) => ({ rule: c.rule, fr: c.message.fr, en: c.message.en })),
  effortRate: roundEffortRate(result.effortRate),
});

const UNKNOWN_DEMAND: EligibilityOutcome = { decided: false, fits: false, reasons: [{ rule: 'demand_unknown', fr: 'demande inconnue', en: 'unknown demand' }], effortRate: null };

/** The candidacy module's view of offers and their transitions, over the offer module's façade (households' facts from the demand module's). */
export function offerGateway(offers: OfferService, demands: DemandService, clock: Clock): OfferGateway {
  const today = () => toIsoDate(clock.now());
  const outcome = async (household: HouseholdFacts, offerId: string): Promise<EligibilityOutcome> => outcomeOf(household, await offers.eligibilityOf(household, offerId));
  return {
    find: async (offerId) => {
      const o = await offers.offerForCandidacy(offerId);
      return o ? offerInfoOf(o) : null;
    },
    assertVisible: (principal, offerId) => offers.assertVisible(principal, offerId),
    async forApplication(household, offerId) {
      const found = await offers.offerForApplication(household, offerId);
      return found ? { offer: offerInfoOf(found.offer), eligibility: outcomeOf(household, found.eligibility) } : null;
    },
    async eligibility(demandId, offerId) {
      const facts = await demands.facts(demandId, today());
      return facts ? outcome(facts, offerId) : UNKNOWN_DEMAND;
    },
    async eligibilityMany(demandIds, offerId) {
      const facts = await demands.factsMany(demandIds, today());
      const out = new Map<string, EligibilityOutcome>();
      for (const id of demandIds) {
        const f = facts.get(id);
        out.set(id, f ? await outcome(f, offerId) : UNKNOWN_DEMAND);
      }
      return out;
    },
    adjustCandidacyCount: async (offerId, delta) => offerInfoOf(await offers.adjustCandidacyCountAndRead(offerId, delta)),
    designate: async (offerId, input) => void (await offers.designate(offerId, input)),
    transmit: async (offerId, input) => void (await offers.transmit(offerId, input)),
    allocate: async (offerId, input) => void (await offers.allocate(offerId, input)),
    republish: async (offerId, input) =>
      void (await offers.republish(offerId, { closingDate: input.closingDate, by: input.by, ...(input.reason ? { reason: input.reason } : {}) })),
  };
}
