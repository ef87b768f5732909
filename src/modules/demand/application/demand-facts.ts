import type { IsoDate } from '../../../shared/dates';
import type { Euros } from '../../../shared/money';
import {
  declaredFactStates,
  explainHouseholdCategory,
  monthlyResources,
  referenceIncome,
  type CheckableFact,
  type DeclaredFactState,
  type DeclaredMobility,
  type DemandSource,
  type DemandStatus,
  type HouseholdCategory,
  type HouseholdCategoryExplanation,
} from '../domain/index';
import type { DemandRecord } from '../ports/demands.port';
import type { DemandDeps } from './demand.deps';

/**
 * The derived facts of a demand on a date: what eligibility (offer module) and scoring (scoring
 * module) read, instead of the demand's tables or its form data. The fields named like
 * `ApplicantFacts` of the offer module (referenceIncome, referenceIncomeBasis, householdCategory,
 * householdSize, extraPersonUnits, monthlyResources, expectedHousingBenefit) have the same meaning,
 * so that a DemandFacts can be passed where ApplicantFacts is expected.
 *
 * This is an internal query: it does no access check; the calling module checks its own rights.
 */
export interface DemandFacts {
  demandId: string;
  ownerAccountId: string;
  status: DemandStatus;
  source: DemandSource;
  /** the date the facts were computed for (ages, household category, income year N) */
  onDate: IsoDate;

  /** P: every person who will live in the home (expected births included) */
  householdSize: number;
  /** household category 1..6 of the income-ceiling tables */
  householdCategory: HouseholdCategory;
  /** `extraPerson` units to add to the category-6 ceiling */
  extraPersonUnits: number;
  /** the rule that decided the category, with a French sentence */
  householdCategoryExplanation: HouseholdCategoryExplanation;
  dependants: number;

  /** revenu fiscal de référence of the household (€ per year); a partial sum when `referenceIncomeMissing` is not empty */
  referenceIncome: Euros;
  /** N−2, or N−1 when it is at least 10 % lower */
  referenceIncomeBasis: 'N-2' | 'N-1';
  /** the income year used */
  referenceIncomeYear: number;
  /** field paths of the tax figures missing or of the wrong year: never decide eligibility on a partial income */
  referenceIncomeMissing: string[];

  /** household resources, € per month, alimony paid deducted */
  monthlyResources: Euros;
  /** expected housing benefit (APL), € per month; 0 when not given */
  expectedHousingBenefit: Euros;

  applicantBirthDate: IsoDate;
  /** the mobility declared on the demand, and whether an agent checked it (only a checked mobility counts) */
  mobility: { declared: DeclaredMobility | undefined; checked: boolean; checkedAt?: Date };
  /** the demand's seniority; undefined before validation */
  registrationDate: IsoDate | undefined;
  registrationNumber: string | undefined;
  renewalDueDate: IsoDate | undefined;
  /** SIRET of the applicant's employer, when given */
  employerSiret: string | undefined;
  /** CAL history declared on the demand, as declared (it counts only once checked: `calHistoryChecked`); the platform's own history is in the candidacies */
  calHistoryDeclared: { refusedByCal: boolean; declinedAfterCalOn: IsoDate | undefined };
  /** the declared CAL history that counts: checked by an agent, else nothing */
  calHistoryChecked: { refusedByCal: boolean; declinedAfterCalOn: IsoDate | undefined };
  /** DALO priority that counts: confirmed by the registry or checked by an agent (a declared one does not) */
  dalo: boolean;
  /** where each declared fact that gives points stands: none, to check, checked, not retained */
  declaredFacts: Record<CheckableFact, DeclaredFactState>;
  /**
   * the declared facts that give no points because nobody stands behind them yet (`to_check`) or an
   * agent did not retain them (`not_retained`), by the scoring's keys: mobility, dalo, calRefusal,
   * declinedAfterCal (the scoring shows them "déclaré, à vérifier", 0 points)
   */
  uncheckedFacts: Partial<Record<'mobility' | 'dalo' | 'calRefusal' | 'declinedAfterCal', 'to_check' | 'not_retained'>>;
  /** the applicant's name and contact details as declared (another module shows them only to whom it may: a landlord of a transmitted candidacy) */
  applicantContact: { civility: string | undefined; firstName: string; lastName: string; email: string | undefined; phone: string | undefined };
  /** INSEE codes of the communes wished, in the applicant's order */
  communeCodes: string[];
  /** typologies wished, 1..6 */
  typologies: number[];
}

/** The derived facts of a stored demand on `onDate` (pure). */
export function factsOf(record: DemandRecord, onDate: IsoDate): DemandFacts {
  const { demand } = record;
  const data = demand.data;
  const household = explainHouseholdCategory(data, onDate);
  const income = referenceIncome(data, Number(onDate.slice(0, 4)));
  const declared = declaredFactStates(data, record.factChecks);
  const mobilityChecked = declared.mobility === 'checked';
  const calChecked = declared.cal_history === 'checked';
  const unchecked: DemandFacts['uncheckedFacts'] = {};
  const pending = (state: DeclaredFactState) => (state === 'to_check' || state === 'not_retained' ? state : undefined);
  const mobilityPending = pending(declared.mobility);
  if (mobilityPending) unchecked.mobility = mobilityPending;
  const daloPending = pending(declared.dalo);
  if (daloPending) unchecked.dalo = daloPending;
  const calPending = pending(declared.cal_history);
  if (calPending && data.calHistory?.refusedByCal === true) unchecked.calRefusal = calPending;
  if (calPending && data.calHistory?.declinedAfterCalOn !== undefined) unchecked.declinedAfterCal = calPending;
  return {
    demandId: demand.id,
    ownerAccountId: demand.ownerAccountId,
    status: demand.status,
    source: demand.source,
    onDate,
    householdSize: household.householdSize,
    householdCategory: household.category,
    extraPersonUnits: household.extraPersonUnits,
    householdCategoryExplanation: household,
    dependants: household.dependants,
    referenceIncome: income.amount,
    referenceIncomeBasis: income.basis,
    referenceIncomeYear: income.yearUsed,
    referenceIncomeMissing: income.missing,
    monthlyResources: monthlyResources(data),
    expectedHousingBenefit: data.expectedHousingBenefit ?? 0,
    applicantBirthDate: data.applicant.birthDate,
    mobility: {
      declared: data.mobility,
      checked: mobilityChecked,
      ...(mobilityChecked && record.factChecks?.mobility ? { checkedAt: record.factChecks.mobility.at } : {}),
    },
    registrationDate: demand.registrationDate,
    registrationNumber: demand.registrationNumber,
    renewalDueDate: demand.renewalDueDate,
    employerSiret: data.applicant.employment?.employerSiret,
    calHistoryDeclared: { refusedByCal: data.calHistory?.refusedByCal ?? false, declinedAfterCalOn: data.calHistory?.declinedAfterCalOn },
    calHistoryChecked: calChecked
      ? { refusedByCal: data.calHistory?.refusedByCal ?? false, declinedAfterCalOn: data.calHistory?.declinedAfterCalOn }
      : { refusedByCal: false, declinedAfterCalOn: undefined },
    dalo: declared.dalo === 'checked',
    declaredFacts: declared,
    uncheckedFacts: unchecked,
    applicantContact: {
      civility: data.applicant.civility,
      firstName: data.applicant.firstName,
      lastName: data.applicant.lastName,
      email: data.applicant.email,
      phone: data.applicant.phone,
    },
    communeCodes: [...data.wishes.communeCodes],
    typologies: [...data.wishes.typologies],
  };
}

/** The facts of one demand on `onDate`, or null when there is no such demand. */
export async function getDemandFacts(deps: DemandDeps, demandId: string, onDate: IsoDate): Promise<DemandFacts | null> {
  const [record] = await deps.demands.findManyByIds([demandId], { history: false });
  return record ? factsOf(record, onDate) : null;
}

/** The facts of the owner's demand that is not final, if any (for other modules; no access check). */
export async function getOpenDemandFacts(deps: DemandDeps, ownerAccountId: string, onDate: IsoDate): Promise<DemandFacts | null> {
  const record = await deps.demands.findOpenByOwner(ownerAccountId, { history: false });
  return record ? factsOf(record, onDate) : null;
}

/** The facts of several demands at once (ranking the candidates of an offer), by demand id; unknown ids are absent. */
export async function getDemandFactsMany(deps: DemandDeps, demandIds: readonly string[], onDate: IsoDate): Promise<Map<string, DemandFacts>> {
  if (demandIds.length === 0) return new Map();
  const records = await deps.demands.findManyByIds([...new Set(demandIds)], { history: false });
  return new Map(records.map((r) => [r.demand.id, factsOf(r, onDate)]));
}
