import { formatEuros, formatNumberFr, type Euros } from '../../../shared/money';
import { effortRatePercent } from '../../../shared/effort-rate';
import { memoizedFormat } from '../../../shared/number-format';
import { isCeilingFinancing, type CeilingFinancing, type CeilingTable, type Financing, type HouseholdCategory } from './ceilings';
import { offerError } from '../offer.errors';
import { ILE_DE_FRANCE_DEPARTEMENTS, zoneOf, type Zone } from './zone';

/**
 * Eligibility of an applicant's household to an offer (eligibility.md): income ceiling,
 * over- and under-occupation (blocking), effort rate (warning only). Every check says whether
 * it passes, with its figures and a French and English sentence that quotes them. The figures
 * of the ceilings come from a CeilingTable (data), never from code.
 */

export type EligibilityRule = 'income_ceiling' | 'over_occupation' | 'under_occupation' | 'effort_rate' | 'financing_supported';
export type CheckSeverity = 'blocking' | 'warning';

/** A sentence in both languages of the platform. */
export interface LocalizedMessage {
  fr: string;
  en: string;
}

interface CheckBase<R extends EligibilityRule, F> {
  rule: R;
  passes: boolean;
  severity: CheckSeverity;
  figures: F;
  message: LocalizedMessage;
}

export interface IncomeCeilingFigures {
  year: number;
  financing: CeilingFinancing;
  zone: Zone;
  category: HouseholdCategory;
  extraPersonUnits: number;
  referenceIncome: Euros;
  referenceIncomeBasis: ReferenceIncomeBasis;
  /** the ceiling the income is compared to; null when the table has no figure (nothing decided) */
  ceiling: Euros | null;
}
export type IncomeCeilingCheck = CheckBase<'income_ceiling', IncomeCeilingFigures>;

export type FinancingSupportedCheck = CheckBase<'financing_supported', { financing: Financing }>;

export interface OverOccupationFigures {
  surface: number;
  occupants: number;
  minimumSurface: number;
}
export type OverOccupationCheck = CheckBase<'over_occupation', OverOccupationFigures>;

export interface UnderOccupationFigures {
  mainRooms: number;
  occupants: number;
  tolerance: number;
  maximumRooms: number;
}
export type UnderOccupationCheck = CheckBase<'under_occupation', UnderOccupationFigures>;

export interface EffortRateFigures {
  rent: Euros;
  charges: Euros;
  expectedHousingBenefit: Euros;
  monthlyResources: Euros;
  /** percent, unrounded; null when the monthly resources are 0 */
  effortRate: number | null;
  threshold: number;
}
export type EffortRateCheck = CheckBase<'effort_rate', EffortRateFigures>;

export type EligibilityCheck = IncomeCeilingCheck | FinancingSupportedCheck | OverOccupationCheck | UnderOccupationCheck | EffortRateCheck;

/** Which tax year the reference income comes from (eligibility.md §1). */
export type ReferenceIncomeBasis = 'N-2' | 'N-1';

/** What the demand module knows of the applicant's household, as plain facts. */
export interface ApplicantFacts {
  /** revenu fiscal de référence of the household, € per year */
  referenceIncome: Euros;
  /** N−2, or N−1 when the household's N−1 income is at least 10 % lower */
  referenceIncomeBasis: ReferenceIncomeBasis;
  householdCategory: HouseholdCategory;
  /** persons who will live in the home */
  householdSize: number;
  /** `extraPerson` units: persons beyond six, plus one when a member has a disability (demand module) */
  extraPersonUnits: number;
  /** € per month */
  monthlyResources: Euros;
  /** € per month; 0 unless the demand gives it */
  expectedHousingBenefit: Euros;
}

/** What eligibility needs of an offer. `OfferData` has all of these. */
export interface OfferFacts {
  /** INSEE code of the offer's commune */
  communeCode: string;
  financing: Financing;
  /** T1..T6 */
  typology: number;
  /** main rooms, kitchen excluded */
  mainRooms: number;
  /** living surface, m² */
  surface: number;
  /** € per month */
  rent: Euros;
  /** € per month */
  charges: Euros;
}

/** Platform settings and data an evaluation needs. */
export interface EligibilityOptions {
  /** N, the year of the check: the ceilings of that year apply */
  year: number;
  table: CeilingTable;
  /** INSEE codes of Paris and its bordering communes (reference data) */
  parisCodes: ReadonlySet<string>;
  ileDeFranceDepartements?: ReadonlySet<string>;
  /** rooms allowed beyond the number of occupants (platform setting, default 1) */
  underOccupationTolerance?: number;
  /** effort rate (percent) above which the offer is flagged (platform setting, default 40) */
  effortWarningThreshold?: number;
}

export interface EligibilityResult {
  /** no blocking check fails */
  fits: boolean;
  checks: EligibilityCheck[];
  zone: Zone;
  /** the income ceiling that applies; null for PLI or when the table has no figure */
  ceiling: Euros | null;
  /** percent, unrounded; null when the monthly resources are 0 */
  effortRate: number | null;
}

/** Default tolerance of the under-occupation rule: rooms may exceed occupants by one. */
export const DEFAULT_UNDER_OCCUPATION_TOLERANCE = 1;
/** Default effort rate (percent) above which an offer is flagged. */
export const DEFAULT_EFFORT_WARNING_THRESHOLD = 40;
/** Minimum living surface for one person, m². */
export const MIN_SURFACE_ONE_PERSON = 9;
/** Minimum living surface for two persons, m². */
export const MIN_SURFACE_TWO_PERSONS = 16;
/** Added per person beyond two, m². */
export const MIN_SURFACE_PER_EXTRA_PERSON = 9;
/** The minimum surface stops growing here (eight persons or more), m². */
export const MIN_SURFACE_CAP = 70;

// ——— income ceiling ———

/**
 * The income ceiling for a household: the table's figure for the category, plus `extraPerson`
 * for each extra-person unit. undefined when the financing has no table (PLI) or the table has
 * no figure for that year and zone: never guess one.
 */
export function incomeCeilingFor(table: CeilingTable, year: number, financing: Financing, zone: Zone, category: HouseholdCategory, extraPersonUnits = 0): Euros | undefined {
  assertCategory(category, extraPersonUnits);
  if (!isCeilingFinancing(financing)) return undefined;
  const base = table.lookup(year, financing, zone, category);
  if (base === undefined) return undefined;
  if (extraPersonUnits === 0) return base;
  const extra = table.extraPerson(year, financing, zone);
  if (extra === undefined) return undefined;
  return base + extra * extraPersonUnits;
}

/**
 * Income-ceiling rule (eligibility.md §1): fits when reference income ≤ ceiling (equal fits).
 * For an offer financed in PLI the result is a failing `financing_supported` check saying that
 * PLI is out of scope, rather than a guess. When the table has no figure for the year and zone,
 * a failing `income_ceiling` check with a null ceiling says that nothing can be decided.
 */
export function checkIncomeCeiling(
  table: CeilingTable,
  input: {
    year: number;
    financing: Financing;
    zone: Zone;
    category: HouseholdCategory;
    extraPersonUnits?: number;
    referenceIncome: Euros;
    referenceIncomeBasis?: ReferenceIncomeBasis;
  },
): IncomeCeilingCheck | FinancingSupportedCheck {
  const { year, financing, zone, category, referenceIncome } = input;
  const extraPersonUnits = input.extraPersonUnits ?? 0;
  if (!isCeilingFinancing(financing)) return financingNotSupported(financing);
  if (!Number.isFinite(referenceIncome) || referenceIncome < 0) {
    throw offerError.invalidHouseholdFacts({ fact: 'referenceIncome', value: referenceIncome });
  }
  const ceiling = incomeCeilingFor(table, year, financing, zone, category, extraPersonUnits);
  const figures: IncomeCeilingFigures = {
    year,
    financing,
    zone,
    category,
    extraPersonUnits,
    referenceIncome,
    referenceIncomeBasis: input.referenceIncomeBasis ?? 'N-2',
    ceiling: ceiling ?? null,
  };
  if (ceiling === undefined) {
    return {
      rule: 'income_ceiling',
      passes: false,
      severity: 'blocking',
      figures,
      message: {
        en: `no ${financing} ceiling is known for ${year} in this zone: eligibility cannot be decided`,
        fr: `aucun plafond ${financing} n'est connu pour ${year} dans cette zone : l'éligibilité ne peut pas être déterminée`,
      },
    };
  }
  const passes = referenceIncome <= ceiling;
  const householdEn = `a category ${category} household${extraPersonUnits > 0 ? ` with ${plural(extraPersonUnits, 'additional person', 'additional persons')}` : ''}`;
  const householdFr = `un ménage de catégorie ${category}${extraPersonUnits > 0 ? ` avec ${plural(extraPersonUnits, 'personne supplémentaire', 'personnes supplémentaires')}` : ''}`;
  return {
    rule: 'income_ceiling',
    passes,
    severity: 'blocking',
    figures,
    message: passes
      ? {
          en: `your reference income ${eurosEn(referenceIncome)} is within the ${financing} ceiling of ${eurosEn(ceiling)} for ${householdEn} in this zone`,
          fr: `votre revenu fiscal de référence de ${formatEuros(referenceIncome)} respecte le plafond ${financing} de ${formatEuros(ceiling)} pour ${householdFr} dans cette zone`,
        }
      : {
          en: `your reference income ${eurosEn(referenceIncome)} is above the ${financing} ceiling of ${eurosEn(ceiling)} for ${householdEn} in this zone`,
          fr: `votre revenu fiscal de référence de ${formatEuros(referenceIncome)} dépasse le plafond ${financing} de ${formatEuros(ceiling)} pour ${householdFr} dans cette zone`,
        },
  };
}

/** The failing check of an offer whose financing has no ceiling rule yet (PLI). */
export function financingNotSupported(financing: Financing): FinancingSupportedCheck {
  return {
    rule: 'financing_supported',
    passes: false,
    severity: 'blocking',
    figures: { financing },
    message: {
      en: `offers financed in ${financing} are not covered by the platform's eligibility rules yet: eligibility cannot be decided`,
      fr: `les logements financés en ${financing} ne sont pas encore couverts par les règles d'éligibilité de la plateforme : l'éligibilité ne peut pas être déterminée`,
    },
  };
}

// ——— occupancy ———

/**
 * Minimum living surface (m²) for a number of occupants (eligibility.md §3): 9 for one person,
 * 16 for two, plus 9 per extra person, capped at 70 (reached at eight persons).
 */
export function minimumSurface(occupants: number): number {
  assertOccupants(occupants);
  if (occupants === 1) return MIN_SURFACE_ONE_PERSON;
  return Math.min(MIN_SURFACE_TWO_PERSONS + MIN_SURFACE_PER_EXTRA_PERSON * (occupants - 2), MIN_SURFACE_CAP);
}

/** Over-occupation rule (blocking): the living surface must be at least the minimum surface (equal fits). */
export function checkOverOccupation(surface: number, occupants: number): OverOccupationCheck {
  const minimum = minimumSurface(occupants);
  const passes = surface >= minimum;
  const persons = { en: plural(occupants, 'person', 'persons'), fr: plural(occupants, 'personne', 'personnes') };
  return {
    rule: 'over_occupation',
    passes,
    severity: 'blocking',
    figures: { surface, occupants, minimumSurface: minimum },
    message: passes
      ? {
          en: `the living surface of ${numberEn(surface)} m² meets the minimum of ${numberEn(minimum)} m² for a household of ${persons.en}`,
          fr: `la surface habitable de ${numberFr(surface)} m² respecte le minimum de ${numberFr(minimum)} m² pour un ménage de ${persons.fr}`,
        }
      : {
          en: `the living surface of ${numberEn(surface)} m² is below the minimum of ${numberEn(minimum)} m² for a household of ${persons.en} (over-occupation)`,
          fr: `la surface habitable de ${numberFr(surface)} m² est inférieure au minimum de ${numberFr(minimum)} m² pour un ménage de ${persons.fr} (suroccupation)`,
        },
  };
}

/**
 * Under-occupation rule (blocking): refused when the main rooms (kitchen excluded) exceed the
 * occupants by more than the tolerance (platform setting, default 1): a T4 for two persons is
 * under-occupied, a T3 for two is fine.
 */
export function checkUnderOccupation(mainRooms: number, occupants: number, tolerance: number = DEFAULT_UNDER_OCCUPATION_TOLERANCE): UnderOccupationCheck {
  assertOccupants(occupants);
  if (!Number.isInteger(tolerance) || tolerance < 0) throw offerError.invalidHouseholdFacts({ fact: 'underOccupationTolerance', value: tolerance });
  const maximumRooms = occupants + tolerance;
  const passes = mainRooms <= maximumRooms;
  const rooms = { en: plural(mainRooms, 'main room', 'main rooms'), fr: plural(mainRooms, 'pièce principale', 'pièces principales') };
  const people = { en: plural(occupants, 'occupant', 'occupants'), fr: plural(occupants, 'occupant', 'occupants') };
  return {
    rule: 'under_occupation',
    passes,
    severity: 'blocking',
    figures: { mainRooms, occupants, tolerance, maximumRooms },
    message: passes
      ? {
          en: `the home has ${rooms.en} for ${people.en}, within the ${maximumRooms} allowed`,
          fr: `le logement compte ${rooms.fr} pour ${people.fr}, dans la limite des ${maximumRooms} admises`,
        }
      : {
          en: `the home has ${rooms.en} for ${people.en}, more than the ${maximumRooms} allowed (under-occupation)`,
          fr: `le logement compte ${rooms.fr} pour ${people.fr}, plus que les ${maximumRooms} admises (sous-occupation)`,
        },
  };
}

// ——— effort rate ———

/**
 * Effort rate in percent (eligibility.md §4, scoring.md): the shared kernel's one formula
 * (`shared/effort-rate.ts`), unrounded; the scoring uses the same figure. null without resources.
 */
export const effortRate = effortRatePercent;

/**
 * Effort-rate rule: a warning only, never blocking. Flagged when the rate is above the threshold
 * (platform setting, default 40 %; equal is not above), or when it cannot be computed (resources 0).
 */
export function checkEffortRate(
  input: { rent: Euros; charges: Euros; expectedHousingBenefit: Euros; monthlyResources: Euros },
  threshold: number = DEFAULT_EFFORT_WARNING_THRESHOLD,
): EffortRateCheck {
  const { rent, charges, expectedHousingBenefit, monthlyResources } = input;
  const rate = effortRate(rent, charges, expectedHousingBenefit, monthlyResources);
  const figures: EffortRateFigures = { rent, charges, expectedHousingBenefit, monthlyResources, effortRate: rate, threshold };
  if (rate === null) {
    return {
      rule: 'effort_rate',
      passes: false,
      severity: 'warning',
      figures,
      message: {
        en: `your effort rate cannot be computed: monthly resources of ${eurosEn(monthlyResources)}`,
        fr: `votre taux d'effort ne peut pas être calculé : ressources mensuelles de ${formatEuros(monthlyResources)}`,
      },
    };
  }
  const passes = rate <= threshold;
  const housingCost = rent + charges;
  const detailEn = `(rent and charges ${eurosEn(housingCost)} less housing benefit ${eurosEn(expectedHousingBenefit)}, for monthly resources of ${eurosEn(monthlyResources)})`;
  const detailFr = `(loyer et charges ${formatEuros(housingCost)} moins aide au logement ${formatEuros(expectedHousingBenefit)}, pour des ressources mensuelles de ${formatEuros(monthlyResources)})`;
  return {
    rule: 'effort_rate',
    passes,
    severity: 'warning',
    figures,
    message: passes
      ? {
          en: `your effort rate would be ${numberEn(rate)} % ${detailEn}, within the ${numberEn(threshold)} % warning threshold`,
          fr: `votre taux d'effort serait de ${numberFr(rate)} % ${detailFr}, dans la limite du seuil d'alerte de ${numberFr(threshold)} %`,
        }
      : {
          en: `your effort rate would be ${numberEn(rate)} % ${detailEn}, above the ${numberEn(threshold)} % warning threshold`,
          fr: `votre taux d'effort serait de ${numberFr(rate)} % ${detailFr}, au-dessus du seuil d'alerte de ${numberFr(threshold)} %`,
        },
  };
}

// ——— all together ———

/**
 * Every eligibility check of an applicant for an offer, in this order: income ceiling (or
 * `financing_supported` for PLI), over-occupation, under-occupation, effort rate. The offer fits
 * when no blocking check fails; the effort rate only warns.
 * Throws `OFFER.INVALID_COMMUNE_CODE` on a malformed commune code and
 * `OFFER.INVALID_HOUSEHOLD_FACTS` on household facts out of range.
 */
export function evaluateEligibility(applicant: ApplicantFacts, offer: OfferFacts, options: EligibilityOptions): EligibilityResult {
  const zone = zoneOf(offer.communeCode, options.parisCodes, options.ileDeFranceDepartements ?? ILE_DE_FRANCE_DEPARTEMENTS);
  const income = checkIncomeCeiling(options.table, {
    year: options.year,
    financing: offer.financing,
    zone,
    category: applicant.householdCategory,
    extraPersonUnits: applicant.extraPersonUnits,
    referenceIncome: applicant.referenceIncome,
    referenceIncomeBasis: applicant.referenceIncomeBasis,
  });
  const effort = checkEffortRate(
    {
      rent: offer.rent,
      charges: offer.charges,
      expectedHousingBenefit: applicant.expectedHousingBenefit,
      monthlyResources: applicant.monthlyResources,
    },
    options.effortWarningThreshold ?? DEFAULT_EFFORT_WARNING_THRESHOLD,
  );
  const checks: EligibilityCheck[] = [
    income,
    checkOverOccupation(offer.surface, applicant.householdSize),
    checkUnderOccupation(offer.mainRooms, applicant.householdSize, options.underOccupationTolerance ?? DEFAULT_UNDER_OCCUPATION_TOLERANCE),
    effort,
  ];
  return {
    fits: checks.every((c) => c.passes || c.severity !== 'blocking'),
    checks,
    zone,
    ceiling: income.rule === 'income_ceiling' ? income.figures.ceiling : null,
    effortRate: effort.figures.effortRate,
  };
}

/** The blocking checks that fail: why the offer does not fit. */
export function failedBlockingChecks(result: EligibilityResult): EligibilityCheck[] {
  return result.checks.filter((c) => !c.passes && c.severity === 'blocking');
}

/** The warnings raised (effort rate above the threshold or not computable). */
export function warnings(result: EligibilityResult): EligibilityCheck[] {
  return result.checks.filter((c) => !c.passes && c.severity === 'warning');
}

/**
 * Refuses an application to an offer that does not fit, with the same explanation as the
 * listing: an `invalid` `OFFER.NOT_ELIGIBLE` error whose details hold the failed checks.
 */
export function assertEligible(result: EligibilityResult): void {
  const failed = failedBlockingChecks(result);
  if (failed.length === 0) return;
  throw offerError.notEligible(failed);
}

// ——— helpers ———

function assertCategory(category: number, extraPersonUnits: number): void {
  if (!Number.isInteger(category) || category < 1 || category > 6) {
    throw offerError.invalidHouseholdFacts({ fact: 'category', value: category });
  }
  if (!Number.isInteger(extraPersonUnits) || extraPersonUnits < 0) {
    throw offerError.invalidHouseholdFacts({ fact: 'extraPersonUnits', value: extraPersonUnits });
  }
  if (extraPersonUnits > 0 && category !== 6) {
    throw offerError.invalidHouseholdFacts({ fact: 'extraPersonUnitsCategory', category, units: extraPersonUnits });
  }
}

function assertOccupants(occupants: number): void {
  if (!Number.isInteger(occupants) || occupants < 1) throw offerError.invalidHouseholdFacts({ fact: 'occupants', value: occupants });
}

const EN_NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const numberEn = memoizedFormat((value) => EN_NUMBER.format(value));

/** `41,200 €`: English grouping, the euro sign after the amount as in the platform's sentences. */
function eurosEn(amount: Euros): string {
  return `${numberEn(amount)} €`;
}

/** French grouping with a plain space (as `formatEuros`), decimal comma. */
const numberFr = formatNumberFr;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
