import { isId, newId } from '../../../shared/ids';
import type { Principal } from '../../identity/index';
import { companySpaceError } from '../company-space.errors';
import { checkCompanyName, checkCompanyNumbers, checkHeadcount, type Contribution } from '../domain/company';
import { auditActor, requireStaff } from './access';
import type { CompanySpaceDeps } from './company-space.deps';
import { toCompanyView, type CompanyDetail } from './company-view';
import { matchWaitingRequests } from './match-waiting-requests';

export interface CreateCompanyInput {
  /** a fixed id (demo data, imports); a new one otherwise. Not offered by the API. */
  id?: string | undefined;
  name: string;
  siren?: string | undefined;
  sirets: string[];
  headcount?: number | null | undefined;
  contribution?: Contribution | undefined;
  delegatesToAls?: boolean | undefined;
}

/** An agent adds a company to the referential (no space yet); waiting validation requests of its SIRETs join it. */
export async function createCompany(deps: CompanySpaceDeps, p: Principal, input: CreateCompanyInput): Promise<CompanyDetail> {
  requireStaff(p);
  const name = checkCompanyName(input.name);
  if (!input.sirets.length) throw companySpaceError.siretRequired();
  const { siren, sirets } = checkCompanyNumbers({ siren: input.siren, sirets: input.sirets });
  checkHeadcount(input.headcount);
  if (input.id !== undefined && !isId(input.id)) throw companySpaceError.invalidId();
  return deps.uow.run(async () => {
    const now = deps.clock.now();
    const company = await deps.companies.create(
      {
        id: input.id ?? newId(),
        name,
        siren,
        sirets,
        headcount: input.headcount ?? null,
        contribution: input.contribution ?? 'none',
        delegatesToAls: input.delegatesToAls ?? false,
        spaceStatus: null,
      },
      now,
    );
    await deps.audit.record({ ...auditActor(p, company.id), action: 'company.created', objectType: 'company', objectId: company.id });
    await matchWaitingRequests(deps, company, company.sirets);
    return { ...toCompanyView(company), managers: [], spaceHistory: [] };
  });
}
