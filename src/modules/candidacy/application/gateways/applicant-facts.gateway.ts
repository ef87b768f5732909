import type { Clock } from '../../../../shared/clock';
import { toIsoDate, type IsoDate } from '../../../../shared/dates';
import type { DemandFacts, DemandService } from '../../../demand/index';
import type { IdentityService } from '../../../identity/index';
import { gridFactsOf } from '../../../scoring/index';
import type { ApplicantFacts, ApplicantFactsSource, CandidateContact } from '../../ports';

/** The demand module's derived facts, as the candidacy module reads them (scoring, summary for the landlord). */
export function applicantFactsOf(f: DemandFacts, onDate: IsoDate): ApplicantFacts {
  return {
    demandId: f.demandId,
    ownerAccountId: f.ownerAccountId,
    status: f.status,
    applicantBirthDate: f.applicantBirthDate,
    ...(f.applicantContact.civility === '1' || f.applicantContact.civility === '2' ? { applicantCivility: f.applicantContact.civility } : {}),
    mobilityChecked: f.mobility.declared !== undefined && f.mobility.checked,
    monthlyResources: f.monthlyResources,
    expectedHousingBenefit: f.expectedHousingBenefit,
    registrationDate: f.registrationDate,
    // only a declared CAL history an agent checked counts; the rest shows "déclaré, à vérifier" (docs/scoring-facts.md)
    declaredHistory: { refusedByCal: f.calHistoryChecked.refusedByCal, declinedAfterCalOn: f.calHistoryChecked.declinedAfterCalOn },
    uncheckedFacts: f.uncheckedFacts,
    gridFacts: gridFactsOf(
      {
        householdSize: f.householdSize,
        dependants: f.dependants,
        householdCategory: f.householdCategory,
        monthlyResources: f.monthlyResources,
        referenceIncome: f.referenceIncome,
        applicantBirthDate: f.applicantBirthDate,
        registrationDate: f.registrationDate,
        dalo: f.dalo,
        mobilityChecked: f.mobility.declared !== undefined && f.mobility.checked,
      },
      onDate,
    ),
    summary: {
      registrationNumber: f.registrationNumber ?? null,
      registrationDate: f.registrationDate ?? null,
      householdSize: f.householdSize,
      householdCategory: f.householdCategory,
      dependants: f.dependants,
      monthlyResources: f.monthlyResources,
      referenceIncome: f.referenceIncome,
      expectedHousingBenefit: f.expectedHousingBenefit,
      dalo: f.dalo,
    },
  };
}

/** SNE civility codes, as a landlord reads them. */
const CIVILITY: Record<string, string> = { '1': 'M.', '2': 'Mme' };

/**
 * The candidacy module's view of demands, over the demand module's façade (and the identity
 * module's, for an applicant's address when the demand gives none).
 */
export function applicantFactsGateway(demands: DemandService, identity: IdentityService, clock: Clock): ApplicantFactsSource {
  return {
    async factsFor(demandIds, onDate) {
      const facts = await demands.factsMany(demandIds, onDate);
      return new Map([...facts].map(([id, f]) => [id, applicantFactsOf(f, onDate)]));
    },
    // one read of the demand: its facts for the candidacy, and the household as the offer's eligibility reads it
    async forApplication(demandId, onDate) {
      const f = (await demands.factsMany([demandId], onDate)).get(demandId);
      return f ? { applicant: applicantFactsOf(f, onDate), household: f } : null;
    },
    // for the landlord of a transmitted candidacy only (few at a time): the demand's contact, else the account's address
    async contactsFor(demandIds) {
      const facts = await demands.factsMany(demandIds, toIsoDate(clock.now()));
      const out = new Map<string, CandidateContact>();
      for (const [id, f] of facts) {
        const c = f.applicantContact;
        const email = c.email ?? (await identity.contactOf(f.ownerAccountId))?.email ?? null;
        out.set(id, { civility: CIVILITY[c.civility ?? ''] ?? null, firstName: c.firstName, lastName: c.lastName, email, phone: c.phone ?? null });
      }
      return out;
    },
  };
}
