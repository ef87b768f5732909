import { ageOn, type IsoDate } from '../../../shared/dates';
import type { CoApplicantLink, DemandData, OtherOccupant } from './demand-data';

/**
 * Household rules (eligibility.md §2): who counts in the household, dependants, young couple,
 * disability, and the household category (catégorie de ménage) used by the income ceilings.
 */

/** Household categories of the income-ceiling tables (1 to 6). */
export type HouseholdCategory = 1 | 2 | 3 | 4 | 5 | 6;

/** Highest category of the tables; persons beyond it are paid as `extraPerson` units. */
export const MAX_HOUSEHOLD_CATEGORY = 6;
/** A young couple's two ages add up to at most this. */
export const YOUNG_COUPLE_MAX_COMBINED_AGE = 55;
/** Age from which an occupant is an adult. */
export const ADULT_AGE = 18;

/** Links of a co-applicant that make a couple: married (M), PACS (P), cohabiting (L). */
const COUPLE_LINKS: ReadonlySet<CoApplicantLink> = new Set<CoApplicantLink>(['M', 'P', 'L']);

/** Which rule of eligibility.md §2 decided the category. */
export type HouseholdCategoryRule =
  | 'household_size' // rule 1: by the number of persons
  | 'young_couple' // rule 1: two persons forming a young couple
  | 'single_adult_with_dependants' // rule 2: one adult with k dependants → k + 2
  | 'disability'; // rule 3: a member with a disability → P + 1

/** The category with the facts it was computed from, so that the UI can say why. */
export interface HouseholdCategoryExplanation {
  category: HouseholdCategory;
  /** P: every person counted in the household */
  householdSize: number;
  dependants: number;
  youngCouple: boolean;
  singleAdultWithDependants: boolean;
  withDisability: boolean;
  /** persons beyond six (rule 4) */
  personsBeyondSix: number;
  /** `extraPerson` units to add to the category-6 ceiling (rule 4) */
  extraPersonUnits: number;
  decidedBy: HouseholdCategoryRule;
  /** a sentence in French for the applicant */
  explanation: string;
}

/** Number of unborn children declared (they count from the declared pregnancy). */
export function expectedBirthsCount(data: DemandData): number {
  const count = data.expectedBirths?.count ?? 0;
  return count > 0 ? Math.trunc(count) : 0;
}

/**
 * Household size P: the applicant, the co-applicant, every other occupant (children in shared
 * custody included, as they are occupants flagged `sharedCustody`), and expected births.
 * The size does not depend on the date; `onDate` is accepted so that every household rule takes
 * the same arguments.
 */
export function householdSize(data: DemandData, _onDate?: IsoDate): number {
  return 1 + (data.coApplicant ? 1 : 0) + data.otherOccupants.length + expectedBirthsCount(data);
}

/**
 * Dependants (personnes à charge): the occupants declared as supported by the household, plus
 * expected births (an unborn child is a dependant, CCH art. L442-12).
 */
export function dependantsCount(data: DemandData): number {
  return data.otherOccupants.filter((o) => o.dependant).length + expectedBirthsCount(data);
}

/** Whether anyone in the household holds the invalidity mention of the mobility-inclusion card. */
export function hasMemberWithDisability(data: DemandData): boolean {
  return data.applicant.disabilityCard === true || data.coApplicant?.disabilityCard === true || data.otherOccupants.some((o) => o.disabilityCard === true);
}

/** An occupant other than the applicants who is an adult not supported by the household. */
export function isOtherAdultOccupant(occupant: OtherOccupant, onDate: IsoDate): boolean {
  return !occupant.dependant && ageOn(occupant.birthDate, onDate) >= ADULT_AGE;
}

/**
 * Young couple (jeune ménage): applicant and co-applicant married, PACS or cohabiting, with no
 * dependant, whose two ages on `onDate` add up to 55 or less.
 */
export function isYoungCouple(data: DemandData, onDate: IsoDate): boolean {
  const co = data.coApplicant;
  if (!co || !COUPLE_LINKS.has(co.link)) return false;
  if (dependantsCount(data) > 0) return false;
  return ageOn(data.applicant.birthDate, onDate) + ageOn(co.birthDate, onDate) <= YOUNG_COUPLE_MAX_COMBINED_AGE;
}

/**
 * One adult alone with dependants: no co-applicant, no other adult occupant (a non-dependant
 * occupant aged 18 or more), and at least one dependant.
 */
export function isSingleAdultWithDependants(data: DemandData, onDate: IsoDate): boolean {
  if (data.coApplicant) return false;
  if (data.otherOccupants.some((o) => isOtherAdultOccupant(o, onDate))) return false;
  return dependantsCount(data) >= 1;
}

/** Persons beyond six in the household (rule 4), 0 for six or fewer. */
export function personsBeyondSix(data: DemandData): number {
  return Math.max(0, householdSize(data) - MAX_HOUSEHOLD_CATEGORY);
}

/**
 * `extraPerson` units to add to the category-6 ceiling (rule 4): each person beyond six, and
 * one more when a member has a disability. The disability counts as one more person (rule 3),
 * so the extra unit appears as soon as P + 1 exceeds six: a household of six with a disability
 * gets one unit, a household of five with a disability gets none (it is category 6).
 */
export function extraPersonUnits(data: DemandData): number {
  const weighted = householdSize(data) + (hasMemberWithDisability(data) ? 1 : 0);
  return Math.max(0, weighted - MAX_HOUSEHOLD_CATEGORY);
}

/** Caps a computed category to the tables' range. */
function capCategory(value: number): HouseholdCategory {
  return Math.min(Math.max(value, 1), MAX_HOUSEHOLD_CATEGORY) as HouseholdCategory;
}

/** Rule 1: the category given by the number of persons alone (young couple at two). */
function sizeCategory(size: number, youngCouple: boolean): HouseholdCategory {
  if (size <= 1) return 1;
  if (size === 2) return youngCouple ? 3 : 2;
  return capCategory(size);
}

/** The French sentence saying which rule decided the category. */
function explain(rule: HouseholdCategoryRule, category: HouseholdCategory, size: number, dependants: number, beyondSix: number): string {
  const beyond = beyondSix > 0 ? ` (${beyondSix} personne${beyondSix > 1 ? 's' : ''} au-delà de six)` : '';
  switch (rule) {
    case 'young_couple':
      return `Jeune ménage sans personne à charge (âges cumulés de 55 ans au plus) : catégorie ${category}.`;
    case 'single_adult_with_dependants':
      return `Personne seule avec ${dependants} personne${dependants > 1 ? 's' : ''} à charge : catégorie ${category}.`;
    case 'disability':
      return `Ménage de ${size} personne${size > 1 ? 's' : ''} dont au moins une en situation de handicap : catégorie ${category}${beyond}.`;
    case 'household_size':
      if (size === 1) return 'Personne seule : catégorie 1.';
      if (size === 2) return `Deux personnes sans personne à charge : catégorie ${category}.`;
      return `Ménage de ${size} personnes : catégorie ${category}${beyond}.`;
  }
}

/**
 * Household category exactly per eligibility.md §2, with the rule that decided it:
 * 1. P = 1 → 1; P = 2 → 3 for a young couple, else 2; P ≥ 3 → min(P, 6);
 * 2. one adult with k ≥ 1 dependants → at least k + 2 (capped at 6);
 * 3. a member with a disability → at least P + 1 (capped at 6).
 * The highest wins; on a tie the earlier rule is named.
 */
export function explainHouseholdCategory(data: DemandData, onDate: IsoDate): HouseholdCategoryExplanation {
  const size = householdSize(data);
  const dependants = dependantsCount(data);
  const youngCouple = isYoungCouple(data, onDate);
  const singleAdult = isSingleAdultWithDependants(data, onDate);
  const withDisability = hasMemberWithDisability(data);

  const candidates: Array<[HouseholdCategoryRule, HouseholdCategory]> = [[size === 2 && youngCouple ? 'young_couple' : 'household_size', sizeCategory(size, youngCouple)]];
  if (singleAdult) candidates.push(['single_adult_with_dependants', capCategory(dependants + 2)]);
  if (withDisability) candidates.push(['disability', capCategory(size + 1)]);

  let [decidedBy, category] = candidates[0]!;
  for (const [rule, value] of candidates.slice(1)) {
    if (value > category) [decidedBy, category] = [rule, value];
  }
  const beyondSix = personsBeyondSix(data);
  return {
    category,
    householdSize: size,
    dependants,
    youngCouple,
    singleAdultWithDependants: singleAdult,
    withDisability,
    personsBeyondSix: beyondSix,
    extraPersonUnits: extraPersonUnits(data),
    decidedBy,
    explanation: explain(decidedBy, category, size, dependants, beyondSix),
  };
}

/** Household category (1 to 6) per eligibility.md §2; see `explainHouseholdCategory` for the why. */
export function householdCategory(data: DemandData, onDate: IsoDate): HouseholdCategory {
  return explainHouseholdCategory(data, onDate).category;
}
