import type { Container } from 'inversify';
import { IDENTITY } from '../../../modules/identity/index';
import { sortAndPage, type SortState } from './sort';

/**
 * The dated history shown inside a detail page (a demand's, an offer's): sorted by date or by step,
 * the newest first by default, and paged. Loaded whole with its object (a few dozen steps at most).
 */
export const HISTORY_SORT_COLUMNS = ['at', 'action'] as const;
export type HistorySortColumn = (typeof HISTORY_SORT_COLUMNS)[number];
export const HISTORY_DEFAULT_SORT: SortState<HistorySortColumn> = { column: 'at', dir: 'desc' };
export const HISTORY_PAGE_SIZE = 20;

export function sortHistory<T extends { at: Date; action: string }>(
  entries: readonly T[],
  sort: SortState<HistorySortColumn>,
  page: number,
  actionLabel: (action: T['action']) => string,
) {
  return sortAndPage(entries, sort, { at: (e) => e.at.getTime(), action: (e) => actionLabel(e.action).toLocaleLowerCase('fr') }, page, HISTORY_PAGE_SIZE);
}

/** An account as the histories name it (read from the identity module's accounts). */
export interface ActorAccount {
  role: string;
  displayName: string;
  status: string;
  memberships: readonly { orgKind: string; orgId: string }[];
}

/** Names of organisations (landlords, companies) by id, for the actors who act for one. */
export type OrgNames = (orgKind: string, orgId: string) => string | undefined;

/**
 * Who acted, in words, for a history line: an agent by name (« Antoine Agent »), a landlord's user
 * or system as its landlord (« le bailleur Demo Habitat »), a company manager as its company, an
 * applicant by name. A disabled or erased account says so rather than showing an id.
 */
export function actorLabel(account: ActorAccount | null | undefined, orgName: OrgNames): string {
  if (!account) return 'compte supprimé';
  const org = (kind: string) => {
    const m = account.memberships.find((x) => x.orgKind === kind);
    return m ? orgName(kind, m.orgId) : undefined;
  };
  switch (account.role) {
    case 'landlord_user':
    case 'landlord_client': {
      const name = org('landlord');
      return name ? `le bailleur ${name}` : 'le bailleur';
    }
    case 'company_manager': {
      const name = org('company');
      return name ? `${account.displayName}, entreprise ${name}` : account.displayName;
    }
    case 'applicant':
      return `${account.displayName} (demandeur)`;
    default:
      return account.displayName;
  }
}

/** Looks up every actor of a history once: account id → words. */
export async function actorLabels(
  ids: Iterable<string | null | undefined>,
  findAccount: (id: string) => Promise<ActorAccount | null>,
  orgName: OrgNames,
): Promise<Map<string, string>> {
  const unique = [...new Set([...ids].filter((id): id is string => typeof id === 'string' && id.length > 0))].slice(0, 200);
  const accounts = await Promise.all(unique.map((id) => findAccount(id).catch(() => null)));
  return new Map(unique.map((id, i) => [id, actorLabel(accounts[i], orgName)]));
}

/** The accounts of the histories' actors, read for the back office (a name, a role, an organisation: no access check beyond the staff's). */
export const accountFinder =
  (container: Container) =>
  async (id: string): Promise<ActorAccount | null> =>
    container.get(IDENTITY.AccountRepository).findById(id);
