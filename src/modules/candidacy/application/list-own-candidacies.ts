import { pageRequest, type Page } from '../../../shared/pagination';
import type { Principal } from '../../identity/index';
import { requireApplicant } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import { summaryView, type CandidacySummaryView, type Paging } from './views';

/** The applicant's own candidacies, newest first. */
export async function listOwnCandidacies(deps: CandidacyDeps, p: Principal, paging: Paging): Promise<Page<CandidacySummaryView>> {
  requireApplicant(p);
  const page = await deps.candidacies.listForApplicant(p.accountId, pageRequest(paging.page, paging.pageSize));
  return { ...page, items: page.items.map(summaryView) };
}
