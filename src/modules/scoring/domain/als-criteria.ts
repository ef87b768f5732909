import { addMonths, type IsoDate } from '../../../shared/dates';
import type { Euros } from '../../../shared/money';
import { effortRatePercent } from '../../../shared/effort-rate';
import type { ApplicantCivility, CandidateFacts, DeclaredFactCheck } from './candidate-facts';
import { ageInYears, isoDateNumber } from './date-numbers';
import {
  clamp,
  constantResult,
  criterionResult,
  DECLARED_FACT_WORDS,
  label,
  LazyFactResult,
  statusOfPoints,
  uncheckedLine,
  type Criterion,
  type CriterionResult,
} from './criterion';
import { frDate, frEuros, frPercent1, frPercent2 } from './fr-format';

/**
 * ALS component, out of 240 (scoring.md §1): the publics that ALS committed to favour.
 * One pure function per criterion; the engine adds them up and clamps the sum.
 */

export const ALS_MAX = 240;
export const UNDER_30_POINTS = 70;
export const MOBILITY_POINTS = 70;
export const EFFORT_RATE_POINTS = 40;
export const EFFORT_BAND_LOW = 26;
export const EFFORT_BAND_HIGH = 33;
/** points lost per started percentage point outside the effort band */
export const EFFORT_STEP_POINTS = 5;
export const CAL_REFUSAL_POINTS = 40;
export const DECLINED_AFTER_CAL_POINTS = -40;
/** how far back a home declined after CAL acceptance still counts */
export const DECLINED_WINDOW_MONTHS = 12;
export const SENIORITY_MAX_POINTS = 20;

/**
 * Rates are computed in floating point; a rate within this many percentage points of a band edge
 * counts as on the edge (so that 35.000000000001 % is 35 %, two points away, not three).
 */
const EFFORT_EPSILON = 1e-9;

const LABELS = {
  under30: label('Moins de 30 ans à la date de référence', 'Under 30 on the reference date'),
  mobility: label('Mobilité géographique (professionnelle)', 'Geographic (professional) mobility'),
  effortRate: label("Taux d'effort entre 26 % et 33 %", 'Effort rate between 26 % and 33 %'),
  calRefusal: label('Présenté en CAL et refusé', 'Presented to a CAL and refused'),
  declinedAfterCal: label('Logement refusé après accord de la CAL (12 derniers mois)', 'Declined a home after CAL acceptance (last 12 months)'),
  seniority: label('Ancienneté de la demande', 'Seniority of the demand'),
} as const;

/** "née", "né", or "né(e)" when the civility is not known. */
const BORN: Readonly<Record<ApplicantCivility | 'unknown', string>> = { '1': 'né', '2': 'née', unknown: 'né(e)' };

/** The under-30 line; its fact reads e.g. "née le 02/05/1998, 27 ans au 01/03/2026". */
class Under30Result extends LazyFactResult {
  readonly #birthDate: IsoDate;
  readonly #referenceDate: IsoDate;
  readonly #civility: ApplicantCivility | undefined;
  constructor(birthDate: IsoDate, age: number, referenceDate: IsoDate, civility: ApplicantCivility | undefined) {
    super('als', 'als.under_30', LABELS.under30, age < 30 ? UNDER_30_POINTS : 0, age < 30);
    this.#birthDate = birthDate;
    this.#referenceDate = referenceDate;
    this.#civility = civility;
  }
  protected describe(): string {
    const age = ageInYears(this.#birthDate, this.#referenceDate);
    return `${BORN[this.#civility ?? 'unknown']} le ${frDate(this.#birthDate)}, ${age} ${age > 1 ? 'ans' : 'an'} au ${frDate(this.#referenceDate)}`;
  }
}

/** +70 when the applicant is under 30 on the reference date. */
export function under30Criterion(birthDate: IsoDate, referenceDate: IsoDate, civility?: ApplicantCivility): CriterionResult {
  return new Under30Result(birthDate, ageInYears(birthDate, referenceDate), referenceDate, civility);
}

const MOBILITY_MET = constantResult('als', 'als.mobility', LABELS.mobility, MOBILITY_POINTS, 'mobilité déclarée sur la demande et vérifiée par un agent');
const MOBILITY_NOT_MET = constantResult('als', 'als.mobility', LABELS.mobility, 0, 'aucune mobilité déclarée');
const MOBILITY_UNCHECKED: Readonly<Record<DeclaredFactCheck, CriterionResult>> = {
  to_check: uncheckedLine('als', 'als.mobility', LABELS.mobility, 'to_check', 'mobilité professionnelle'),
  not_retained: constantResult('als', 'als.mobility', LABELS.mobility, 0, 'mobilité déclarée, non retenue après vérification par un agent'),
};

/**
 * +70 when a geographic (professional) mobility is declared on the demand and checked by an agent.
 * A mobility declared and not checked (or not retained) gives 0, and the line says so.
 */
export function mobilityCriterion(declaredAndChecked: boolean, unchecked?: DeclaredFactCheck): CriterionResult {
  if (declaredAndChecked) return MOBILITY_MET;
  return unchecked === undefined ? MOBILITY_NOT_MET : MOBILITY_UNCHECKED[unchecked];
}

/**
 * The effort rate in percent: the shared kernel's one formula (`shared/effort-rate.ts`, the same
 * figure as the offer's eligibility); null when the resources are 0 (or less): there is no rate then.
 */
export { effortRatePercent };

/**
 * Points of an effort rate: 40 inside [26, 33] (inclusive); outside, 40 − 5 × the distance to the
 * band in percentage points rounded up, never below 0. No rate (resources of 0) gives 0.
 */
export function effortRatePoints(effortPercent: number | undefined): number {
  if (effortPercent === undefined || Number.isNaN(effortPercent)) return 0;
  if (effortPercent >= EFFORT_BAND_LOW - EFFORT_EPSILON && effortPercent <= EFFORT_BAND_HIGH + EFFORT_EPSILON) {
    return EFFORT_RATE_POINTS;
  }
  const distance = effortPercent < EFFORT_BAND_LOW ? EFFORT_BAND_LOW - effortPercent : effortPercent - EFFORT_BAND_HIGH;
  const steps = Math.ceil(distance - EFFORT_EPSILON);
  const points = EFFORT_RATE_POINTS - EFFORT_STEP_POINTS * steps;
  return points > 0 ? points : 0;
}

const EFFORT_NO_RESOURCES = constantResult('als', 'als.effort_rate', LABELS.effortRate, 0, 'ressources mensuelles nulles : pas de taux d’effort');

/**
 * The effort-rate line; its fact reads e.g. "(620 € + 80 € − 0 €) / 2 300 € = 30,43 %, dans la bande
 * de 26 à 33 %" or, outside the band, how far it is and what it gives ("… = 35,00 %, à 2 points de
 * la bande de 26 à 33 % (point entamé compté) : 40 − 2 × 5 = 30 points"). Partly met between 0
 * and 40 points.
 */
class EffortRateResult extends LazyFactResult {
  readonly #offer: { rent: Euros; charges: Euros };
  readonly #benefit: Euros;
  readonly #resources: Euros;
  constructor(offer: { rent: Euros; charges: Euros }, benefit: Euros, resources: Euros, points: number) {
    super('als', 'als.effort_rate', LABELS.effortRate, points, points !== 0, statusOfPoints(points, EFFORT_RATE_POINTS));
    this.#offer = offer;
    this.#benefit = benefit;
    this.#resources = resources;
  }
  protected describe(): string {
    const { rent, charges } = this.#offer;
    const rate = effortRatePercent(rent, charges, this.#benefit, this.#resources) ?? 0;
    const formula = `(${frEuros(rent)} + ${frEuros(charges)} − ${frEuros(this.#benefit)}) / ${frEuros(this.#resources)} = ${frPercent2(rate)}`;
    const band = `la bande de ${EFFORT_BAND_LOW} à ${frPercent1(EFFORT_BAND_HIGH)}`;
    if (this.points === EFFORT_RATE_POINTS) return `${formula}, dans ${band}`;
    const distance = rate < EFFORT_BAND_LOW ? EFFORT_BAND_LOW - rate : rate - EFFORT_BAND_HIGH;
    const steps = Math.ceil(distance - EFFORT_EPSILON);
    const away = `à ${steps} ${steps > 1 ? 'points' : 'point'} de ${band} (point entamé compté)`;
    const sum = `${EFFORT_RATE_POINTS} − ${steps} × ${EFFORT_STEP_POINTS}`;
    return this.points === 0 ? `${formula}, ${away} : ${sum}, ramené à 0` : `${formula}, ${away} : ${sum} = ${this.points} points`;
  }
}

/** Effort rate for this offer: +40 inside [26 %, 33 %], decreasing outside (see effortRatePoints). */
export function effortRateCriterion(offer: { rent: Euros; charges: Euros }, monthlyResources: Euros, expectedHousingBenefit: Euros = 0): CriterionResult {
  const rate = effortRatePercent(offer.rent, offer.charges, expectedHousingBenefit, monthlyResources);
  if (rate === null) return EFFORT_NO_RESOURCES;
  return new EffortRateResult(offer, expectedHousingBenefit, monthlyResources, effortRatePoints(rate));
}

const CAL_REFUSED_HISTORY = constantResult(
  'als',
  'als.cal_refusal',
  LABELS.calRefusal,
  CAL_REFUSAL_POINTS,
  'refus d’une CAL sur une offre précédente (historique des candidatures de la plateforme)',
);
const CAL_REFUSED_DECLARED = constantResult('als', 'als.cal_refusal', LABELS.calRefusal, CAL_REFUSAL_POINTS, 'refus d’une CAL déclaré sur la demande et vérifié par un agent');
const CAL_NOT_REFUSED = constantResult('als', 'als.cal_refusal', LABELS.calRefusal, 0, 'aucun refus de CAL connu');
const CAL_REFUSAL_UNCHECKED: Readonly<Record<DeclaredFactCheck, CriterionResult>> = {
  to_check: uncheckedLine('als', 'als.cal_refusal', LABELS.calRefusal, 'to_check', 'refus d’une CAL'),
  not_retained: constantResult('als', 'als.cal_refusal', LABELS.calRefusal, 0, `refus d’une CAL ${DECLARED_FACT_WORDS.not_retained}`),
};

/**
 * +40 when the applicant was presented to a CAL and refused: from the candidacy history, or
 * declared on the demand and checked by an agent. A refusal declared and not checked gives 0.
 */
export function calRefusalCriterion(calRefusedBefore: CandidateFacts['calRefusedBefore'], unchecked?: DeclaredFactCheck): CriterionResult {
  if (!calRefusedBefore.refused) return unchecked === undefined ? CAL_NOT_REFUSED : CAL_REFUSAL_UNCHECKED[unchecked];
  return calRefusedBefore.source === 'history' ? CAL_REFUSED_HISTORY : CAL_REFUSED_DECLARED;
}

/** The first day of the "last 12 months" window that ends on the reference date. */
export function declinedWindowStart(referenceDate: IsoDate): IsoDate {
  return addMonths(referenceDate, -DECLINED_WINDOW_MONTHS);
}

const NEVER_DECLINED = constantResult('als', 'als.declined_after_cal', LABELS.declinedAfterCal, 0, 'aucun logement refusé après accord d’une CAL');
const DECLINED_UNCHECKED: Readonly<Record<DeclaredFactCheck, CriterionResult>> = {
  to_check: uncheckedLine('als', 'als.declined_after_cal', LABELS.declinedAfterCal, 'to_check', 'logement refusé après accord d’une CAL'),
  not_retained: constantResult('als', 'als.declined_after_cal', LABELS.declinedAfterCal, 0, `logement refusé après accord d’une CAL ${DECLARED_FACT_WORDS.not_retained}`),
};

/**
 * −40 when the applicant declined a home after a CAL accepted them within the last 12 months
 * before the reference date: from the same day 12 months earlier to the reference date, both
 * inclusive. A date after the reference date had not happened yet and does not count.
 * `windowStart` may be passed when already computed (the engine does it once for all candidates).
 * A decline declared on the demand and not checked by an agent is not a date here (`unchecked`
 * says it was declared): it gives 0 and the line says so.
 */
export function declinedAfterCalCriterion(
  lastDeclinedOn: IsoDate | undefined,
  referenceDate: IsoDate,
  windowStart: IsoDate = declinedWindowStart(referenceDate),
  unchecked?: DeclaredFactCheck,
): CriterionResult {
  if (lastDeclinedOn === undefined) return unchecked === undefined ? NEVER_DECLINED : DECLINED_UNCHECKED[unchecked];
  if (lastDeclinedOn > referenceDate) {
    return criterionResult(
      'als',
      'als.declined_after_cal',
      LABELS.declinedAfterCal,
      0,
      `logement refusé le ${frDate(lastDeclinedOn)}, après la date de référence du ${frDate(referenceDate)}`,
      false,
    );
  }
  if (lastDeclinedOn < windowStart) {
    return criterionResult(
      'als',
      'als.declined_after_cal',
      LABELS.declinedAfterCal,
      0,
      `logement refusé le ${frDate(lastDeclinedOn)}, plus de 12 mois avant le ${frDate(referenceDate)}`,
      false,
    );
  }
  return criterionResult(
    'als',
    'als.declined_after_cal',
    LABELS.declinedAfterCal,
    DECLINED_AFTER_CAL_POINTS,
    `logement refusé le ${frDate(lastDeclinedOn)}, dans les 12 mois avant le ${frDate(referenceDate)}`,
    true,
  );
}

/**
 * Seniority rank of a registration day among sorted days, oldest first; equal dates share a rank
 * (1, 2, 2, 4): 1 + the number of strictly older dates.
 */
export function seniorityRank(sortedDays: Int32Array, registrationDay: number): number {
  let low = 0;
  let high = sortedDays.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sortedDays[mid] as number) < registrationDay) low = mid + 1;
    else high = mid;
  }
  return low + 1;
}

/** Seniority points of a rank: 20 − (rank − 1), never below 0. */
export function seniorityPoints(rank: number): number {
  const points = SENIORITY_MAX_POINTS - (rank - 1);
  return points > 0 ? points : 0;
}

/** The seniority line; its fact reads e.g. "enregistrée le 10/06/2021, rang 2 sur 3". Partly met below the first rank. */
class SeniorityResult extends LazyFactResult {
  readonly #registrationDate: IsoDate;
  readonly #rank: number;
  readonly #candidateCount: number;
  constructor(registrationDate: IsoDate, rank: number, candidateCount: number) {
    const points = seniorityPoints(rank);
    super('als', 'als.seniority', LABELS.seniority, points, points !== 0, statusOfPoints(points, SENIORITY_MAX_POINTS));
    this.#registrationDate = registrationDate;
    this.#rank = rank;
    this.#candidateCount = candidateCount;
  }
  protected describe(): string {
    return `demande enregistrée le ${frDate(this.#registrationDate)}, rang ${this.#rank} sur ${this.#candidateCount} par ancienneté`;
  }
}

/** Seniority of the demand relative to the other candidates of the offer (rank from seniorityRank). */
export function seniorityCriterion(registrationDate: IsoDate, rank: number, candidateCount: number): CriterionResult {
  return new SeniorityResult(registrationDate, rank, candidateCount);
}

/**
 * The ALS component's criteria (scoring.md §1), in breakdown order: under 30, mobility, effort
 * rate, CAL refusal, declined after CAL, seniority. Their sum is clamped to [0, 240] (alsComponent).
 */
export const ALS_CRITERIA: readonly Criterion[] = [
  (c, r) => under30Criterion(c.applicantBirthDate, r.referenceDate, c.applicantCivility),
  (c) => mobilityCriterion(c.mobilityDeclaredAndChecked, c.uncheckedFacts?.mobility),
  (c, r) => effortRateCriterion(r.offer, c.monthlyResources, c.expectedHousingBenefit ?? 0),
  (c) => calRefusalCriterion(c.calRefusedBefore, c.uncheckedFacts?.calRefusal),
  (c, r) => declinedAfterCalCriterion(c.lastProposalDeclinedAfterCalOn, r.referenceDate, r.declinedWindowStart, c.uncheckedFacts?.declinedAfterCal),
  (c, r) => seniorityCriterion(c.registrationDate, seniorityRank(r.sortedRegistrationDays, isoDateNumber(c.registrationDate)), r.candidateCount),
];

/** The ALS component: the sum of its criteria clamped to [0, 240], keeping the unclamped sum when it differed. */
export interface AlsComponent {
  readonly points: number;
  /** the sum before clamping, present only when clamping changed it */
  readonly clampedFrom?: number;
}

/** Shared frozen ALS components, by points (0..240) and, for a clamped sum, by the sum. */
const ALS_COMPONENTS: readonly AlsComponent[] = Array.from({ length: ALS_MAX + 1 }, (_, points) => Object.freeze({ points }));
const CLAMPED_ALS_COMPONENTS = new Map<number, AlsComponent>();

/** Clamps the ALS sum to [0, 240]; the result is a shared frozen object. */
export function alsComponent(rawPoints: number): AlsComponent {
  if (Number.isInteger(rawPoints) && rawPoints >= 0 && rawPoints <= ALS_MAX) return ALS_COMPONENTS[rawPoints] as AlsComponent;
  const points = clamp(rawPoints, 0, ALS_MAX);
  if (points === rawPoints) return Object.freeze({ points });
  let component = CLAMPED_ALS_COMPONENTS.get(rawPoints);
  if (component === undefined) {
    component = Object.freeze({ points, clampedFrom: rawPoints });
    if (CLAMPED_ALS_COMPONENTS.size < 1_000) CLAMPED_ALS_COMPONENTS.set(rawPoints, component);
  }
  return component;
}
