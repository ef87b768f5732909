import { pageRequest, type Page } from '../../../shared/pagination';
import type { Principal } from '../../identity/index';
import type { Landlord } from '../domain/landlord';
import { isAgent } from './access';
import type { LandlordDeps } from './landlord.deps';

/** Agents list the referential; a landlord's users and systems see their own landlord only. */
export async function listLandlords(
  deps: LandlordDeps,
  principal: Principal,
  filter: { q?: string; nameOrder?: 'asc' | 'desc'; page?: number; pageSize?: number },
): Promise<Page<Landlord>> {
  const page = pageRequest(filter.page, filter.pageSize);
  if (isAgent(principal)) return deps.landlords.list({ q: filter.q?.trim() || undefined, nameOrder: filter.nameOrder }, page);
  const own = principal.landlordId ? await deps.landlords.findById(principal.landlordId) : null;
  const items = own && (!filter.q || matches(own, filter.q)) ? [own] : [];
  return { items: page.page === 1 ? items : [], page: page.page, pageSize: page.pageSize, total: items.length };
}

function matches(l: Landlord, q: string): boolean {
  const needle = q.trim().toLowerCase();
  return l.name.toLowerCase().includes(needle) || l.siren.includes(needle);
}
