import { CONTRACT_TYPE_LABELS, FILED_DEMAND_STATUSES, type ContractType } from '../domain/index';
import type { DemandDeps } from './demand.deps';

/** What a company needs to recognise its employee's demand: the declared employer and the applicant's name (the job itself: employerJobDeclarations). */
export interface EmployerDeclaration {
  demandId: string;
  ownerAccountId: string;
  status: string;
  /** filed and open (FILED_DEMAND_STATUSES): the declared employer is asked to validate it */
  toValidate: boolean;
  employerSiret: string | undefined;
  firstName: string;
  lastName: string;
}

/** The employer declared on a demand (for the company-space module; no resources, household or documents). */
export async function employerDeclaration(deps: DemandDeps, demandId: string): Promise<EmployerDeclaration | null> {
  const record = await deps.demands.findById(demandId);
  if (!record) return null;
  const { demand } = record;
  return {
    demandId: demand.id,
    ownerAccountId: demand.ownerAccountId,
    status: demand.status,
    toValidate: FILED_DEMAND_STATUSES.includes(demand.status),
    employerSiret: demand.data.applicant.employment?.employerSiret,
    firstName: demand.data.applicant.firstName,
    lastName: demand.data.applicant.lastName,
  };
}

/** What an applicant declared of their job, as the employer reads it before deciding: the contract in French (« CDI », « Intérim »…). */
export interface EmployerJobDeclaration {
  profession: string | null;
  /** the contract as the applicant chose it, in French; an unknown code as it is */
  contract: string | null;
  startDate: string | null;
  /** INSEE code */
  workplaceCommuneCode: string | null;
  /** the establishment (SIRET) the applicant named */
  employerSiret: string | null;
}

/**
 * The declared job of these demands, by demand id, in one read (unknown demands are absent): the
 * company space's list of employees and its employee page. No income, no household.
 */
export async function employerJobDeclarations(deps: Pick<DemandDeps, 'demands'>, demandIds: readonly string[]): Promise<Map<string, EmployerJobDeclaration>> {
  const found = new Map<string, EmployerJobDeclaration>();
  if (demandIds.length === 0) return found;
  for (const { id, employment: e } of await deps.demands.findEmployments(demandIds)) {
    found.set(id, {
      profession: e?.profession || null,
      contract: e?.contractType ? (CONTRACT_TYPE_LABELS[e.contractType as ContractType] ?? e.contractType) : null,
      startDate: e?.startDate || null,
      workplaceCommuneCode: e?.workplaceCommuneCode || null,
      employerSiret: e?.employerSiret ?? null,
    });
  }
  return found;
}
