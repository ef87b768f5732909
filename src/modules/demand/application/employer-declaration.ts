import { FILED_DEMAND_STATUSES } from '../domain/index';
import type { DemandDeps } from './demand.deps';

/** What a company needs to recognise its employee's demand: the declared employer and the applicant's name. */
export interface EmployerDeclaration {
  demandId: string;
  ownerAccountId: string;
  status: string;
  /** filed and open (FILED_DEMAND_STATUSES): the declared employer is asked to validate it */
  toValidate: boolean;
  employerSiret: string | undefined;
  firstName: string;
  lastName: string;
  /** what the applicant declared of the job, for the employer to recognise it: no income, no household */
  employment: { profession?: string; contractType?: string; startDate?: string; workplaceCommuneCode?: string };
}

/** The employer declared on a demand (for the company-space module; no resources, household or documents). */
export async function employerDeclaration(deps: DemandDeps, demandId: string): Promise<EmployerDeclaration | null> {
  const record = await deps.demands.findById(demandId);
  if (!record) return null;
  const { demand } = record;
  const e = demand.data.applicant.employment;
  return {
    demandId: demand.id,
    ownerAccountId: demand.ownerAccountId,
    status: demand.status,
    toValidate: FILED_DEMAND_STATUSES.includes(demand.status),
    employerSiret: demand.data.applicant.employment?.employerSiret,
    firstName: demand.data.applicant.firstName,
    lastName: demand.data.applicant.lastName,
    employment: {
      ...(e?.profession ? { profession: e.profession } : {}),
      ...(e?.contractType ? { contractType: e.contractType } : {}),
      ...(e?.startDate ? { startDate: e.startDate } : {}),
      ...(e?.workplaceCommuneCode ? { workplaceCommuneCode: e.workplaceCommuneCode } : {}),
    },
  };
}
