import type { CompanyFacts, Tranche } from './candidate-facts';
import { constantResult, label, type Criterion, type CriterionResult } from './criterion';

/**
 * Company component, out of 520 (scoring.md §2): the company's housing policy.
 * +240 for a validated employee of a contributing or compensated company, plus the tranches the
 * company granted that employee (A +166, B +80, C +34, cumulative, each at most once).
 * A company that neither contributes nor is compensated gives 0 in the whole component.
 */

export const COMPANY_MAX = 520;
export const VALIDATED_EMPLOYEE_POINTS = 240;
export const TRANCHE_POINTS: Readonly<Record<Tranche, number>> = Object.freeze({ A: 166, B: 80, C: 34 });

const EMPLOYEE_LABEL = label("Salarié validé d'une entreprise cotisante ou compensée", 'Validated employee of a contributing or compensated company');
const TRANCHE_LABELS: Readonly<Record<Tranche, ReturnType<typeof label>>> = {
  A: label("Tranche A accordée par l'entreprise", 'Tranche A granted by the company'),
  B: label("Tranche B accordée par l'entreprise", 'Tranche B granted by the company'),
  C: label("Tranche C accordée par l'entreprise", 'Tranche C granted by the company'),
};
const TRANCHE_KEYS: Readonly<Record<Tranche, string>> = { A: 'company.tranche_a', B: 'company.tranche_b', C: 'company.tranche_c' };

/** True when the company gives points at all: a validated employee of a contributing or compensated company. */
export function isValidatedEligibleEmployee(company: CompanyFacts | undefined): boolean {
  return company !== undefined && company.validated && company.contribution !== 'none';
}

const C = 'company.validated_employee';
const EMPLOYEE_RESULTS = {
  noCompany: constantResult('company', C, EMPLOYEE_LABEL, 0, 'aucun employeur connu d’ALS sur la demande'),
  notContributing: constantResult('company', C, EMPLOYEE_LABEL, 0, 'employeur ni cotisant ni compensé'),
  notValidated: constantResult('company', C, EMPLOYEE_LABEL, 0, 'emploi pas encore validé par l’entreprise'),
  contributingByCompany: constantResult('company', C, EMPLOYEE_LABEL, VALIDATED_EMPLOYEE_POINTS, 'employeur cotisant, emploi validé par l’entreprise'),
  compensatedByCompany: constantResult('company', C, EMPLOYEE_LABEL, VALIDATED_EMPLOYEE_POINTS, 'employeur compensé, emploi validé par l’entreprise'),
  contributingByDelegation: constantResult(
    'company',
    C,
    EMPLOYEE_LABEL,
    VALIDATED_EMPLOYEE_POINTS,
    'employeur cotisant, emploi validé automatiquement (l’entreprise délègue sa politique logement à ALS)',
  ),
  compensatedByDelegation: constantResult(
    'company',
    C,
    EMPLOYEE_LABEL,
    VALIDATED_EMPLOYEE_POINTS,
    'employeur compensé, emploi validé automatiquement (l’entreprise délègue sa politique logement à ALS)',
  ),
} as const;

/** +240 for an employee of a contributing or compensated company whose employment is validated (by the company, or automatically by delegation). */
export function validatedEmployeeCriterion(company: CompanyFacts | undefined): CriterionResult {
  if (company === undefined) return EMPLOYEE_RESULTS.noCompany;
  if (company.contribution === 'none') return EMPLOYEE_RESULTS.notContributing;
  if (!company.validated) return EMPLOYEE_RESULTS.notValidated;
  if (company.contribution === 'contributing') {
    return company.delegatesToAls ? EMPLOYEE_RESULTS.contributingByDelegation : EMPLOYEE_RESULTS.contributingByCompany;
  }
  return company.delegatesToAls ? EMPLOYEE_RESULTS.compensatedByDelegation : EMPLOYEE_RESULTS.compensatedByCompany;
}

function trancheResults(tranche: Tranche) {
  const key = TRANCHE_KEYS[tranche];
  const lbl = TRANCHE_LABELS[tranche];
  return {
    granted: constantResult('company', key, lbl, TRANCHE_POINTS[tranche], `tranche ${tranche} accordée par l’entreprise`),
    notGranted: constantResult('company', key, lbl, 0, `tranche ${tranche} non accordée`),
    ineligible: constantResult('company', key, lbl, 0, `tranche ${tranche} accordée, mais elle ne compte que pour un salarié validé d’une entreprise cotisante ou compensée`),
  };
}
const TRANCHE_RESULTS: Readonly<Record<Tranche, ReturnType<typeof trancheResults>>> = {
  A: trancheResults('A'),
  B: trancheResults('B'),
  C: trancheResults('C'),
};

/** Tranche A (+166), B (+80) or C (+34) granted by the company — counted only for validated employees of a contributing or compensated company. */
export function trancheCriterion(company: CompanyFacts | undefined, tranche: Tranche): CriterionResult {
  const results = TRANCHE_RESULTS[tranche];
  if (company === undefined || !company.tranches.includes(tranche)) return results.notGranted;
  // a tranche granted to an employee who is not validated, or whose company gives no points, counts 0
  return isValidatedEligibleEmployee(company) ? results.granted : results.ineligible;
}

/** The company component's criteria (scoring.md §2), in breakdown order: validated employee, tranches A, B, C. */
export const COMPANY_CRITERIA: readonly Criterion[] = [
  (c) => validatedEmployeeCriterion(c.company),
  (c) => trancheCriterion(c.company, 'A'),
  (c) => trancheCriterion(c.company, 'B'),
  (c) => trancheCriterion(c.company, 'C'),
];
