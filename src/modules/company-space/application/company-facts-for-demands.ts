import { isIsoDate, type IsoDate } from '../../../shared/dates';
import { sizeClassOf, type Contribution, type SizeClass } from '../domain/company';
import { validatedOn, type ValidatedBy } from '../domain/employee-validation';
import { grantInForceOn, TRANCHES, type Tranche } from '../domain/tranche';
import type { EmploymentFactsRow } from '../ports';
import type { CompanySpaceDeps } from './company-space.deps';

/** What the scoring reads of a demand's employer (scoring.md §2 and §4). */
export interface EmploymentFacts {
  companyId: string;
  /** employment validated on the date: by the company's manager, or automatically by delegation */
  validated: boolean;
  validatedBy: ValidatedBy | null;
  contribution: Contribution;
  /** undefined when the headcount is not known */
  sizeClass: SizeClass | undefined;
  /** tranches in force on the date, A before B before C */
  tranches: Tranche[];
  delegatesToAls: boolean;
}

function toFacts(row: EmploymentFactsRow, onDate: IsoDate): EmploymentFacts {
  const validated = validatedOn(row, onDate);
  const inForce = new Set(row.grants.filter((g) => grantInForceOn(g, onDate)).map((g) => g.tranche));
  return {
    companyId: row.companyId,
    validated,
    validatedBy: validated ? row.validatedBy : null,
    contribution: row.contribution,
    sizeClass: sizeClassOf(row.headcount),
    tranches: TRANCHES.filter((t) => inForce.has(t)),
    delegatesToAls: row.delegatesToAls,
  };
}

const BATCH = 5000;

/**
 * Employment facts of many demands on a date, read in one query per 5,000 demands (never one per
 * demand). Demands whose employer is not a known company are absent from the map.
 */
export async function companyFactsForDemands(deps: CompanySpaceDeps, demandIds: readonly string[], onDate: IsoDate): Promise<Map<string, EmploymentFacts>> {
  if (!isIsoDate(onDate)) throw new RangeError(`not an ISO date: ${onDate}`);
  const ids = [...new Set(demandIds)];
  const out = new Map<string, EmploymentFacts>();
  for (let i = 0; i < ids.length; i += BATCH) {
    for (const row of await deps.employees.factsFor(ids.slice(i, i + BATCH))) out.set(row.demandId, toFacts(row, onDate));
  }
  return out;
}
