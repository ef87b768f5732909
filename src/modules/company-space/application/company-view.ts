import { sizeClassOf, type Company, type Contribution, type SizeClass, type SpaceStatus } from '../domain/company';
import { isSpaceOpenToManagers, type SpaceEvent } from '../domain/space-lifecycle';
import type { CompanySpaceDeps } from './company-space.deps';

/** A company of the referential, as staff and its own managers see it. */
export interface CompanyView {
  id: string;
  name: string;
  siren: string;
  sirets: string[];
  headcount: number | null;
  sizeClass: SizeClass | null;
  contribution: Contribution;
  delegatesToAls: boolean;
  /** `openToManagers`: deployed, the managers act in it */
  space: { status: SpaceStatus | null; updatedAt: Date | null; openToManagers: boolean };
  createdAt: Date;
  updatedAt: Date;
}

/** A company's file: the view, its managers and the dated history of its space. */
export interface CompanyDetail extends CompanyView {
  managers: { accountId: string; email: string; displayName: string; invitedAt: Date }[];
  spaceHistory: SpaceEvent[];
}

export const toCompanyView = (c: Company): CompanyView => ({
  id: c.id,
  name: c.name,
  siren: c.siren,
  sirets: c.sirets,
  headcount: c.headcount,
  sizeClass: sizeClassOf(c.headcount) ?? null,
  contribution: c.contribution,
  delegatesToAls: c.delegatesToAls,
  space: { status: c.spaceStatus, updatedAt: c.spaceUpdatedAt, openToManagers: isSpaceOpenToManagers(c.spaceStatus) },
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

/** The company's file with its managers and space history (two reads). */
export async function companyDetail(deps: CompanySpaceDeps, company: Company): Promise<CompanyDetail> {
  const managers = await deps.managers.listForCompany(company.id);
  return {
    ...toCompanyView(company),
    managers: managers.map((m) => ({ accountId: m.accountId, email: m.email, displayName: m.displayName, invitedAt: m.invitedAt })),
    spaceHistory: await deps.companies.spaceHistory(company.id),
  };
}
