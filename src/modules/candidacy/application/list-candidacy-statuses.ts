import { pageRequest } from '../../../shared/pagination';
import type { CandidacyDeps } from './candidacy.deps';
import type { Paging } from './views';

/** For the company space: the status of some demands' candidacies (no access check: the company space checks its own). */
export async function candidacyStatusesOf(deps: CandidacyDeps, demandIds: readonly string[], paging: Paging) {
  const page = await deps.candidacies.listForDemands(demandIds, pageRequest(paging.page, paging.pageSize));
  return {
    ...page,
    items: page.items.map((r) => ({
      demandId: r.demandId,
      offerCommune: r.offer.communeName ?? r.offer.communeCode,
      offerTypology: `T${r.offer.typology}`,
      status: r.status,
      updatedAt: r.statusChangedAt,
    })),
  };
}
