import type { DemandFacts, DemandService } from '../../../demand/index';
import type { ApplicantFactsSource, ApplicantRecord } from '../../ports';

/** The demand module's facts, as the offer module's eligibility reads them. */
const applicantRecordOf = (f: DemandFacts): ApplicantRecord => ({
  demandId: f.demandId,
  ownerAccountId: f.ownerAccountId,
  status: f.status,
  facts: {
    referenceIncome: f.referenceIncome,
    referenceIncomeBasis: f.referenceIncomeBasis,
    householdCategory: f.householdCategory,
    householdSize: f.householdSize,
    extraPersonUnits: f.extraPersonUnits,
    monthlyResources: f.monthlyResources,
    expectedHousingBenefit: f.expectedHousingBenefit,
  },
  referenceIncomeMissing: [...f.referenceIncomeMissing],
});

/** The applicants' demands, over the demand module's façade: only an active demand applies. */
export function applicantFactsGateway(demands: DemandService): ApplicantFactsSource {
  return {
    async factsForDemand(demandId, onDate) {
      const facts = await demands.facts(demandId, onDate);
      return facts ? applicantRecordOf(facts) : null;
    },
    async activeDemandOf(accountId, onDate) {
      const facts = await demands.openDemandFacts(accountId, onDate);
      if (!facts || facts.status !== 'active') return null;
      return applicantRecordOf(facts);
    },
  };
}
