import { sortAndPage, type SortState } from './sort';

/**
 * The dated history shown inside a detail page (a demand's, an offer's): sorted by date or by step,
 * the newest first by default, and paged. Loaded whole with its object (a few dozen steps at most).
 */
export const HISTORY_SORT_COLUMNS = ['at', 'action'] as const;
export type HistorySortColumn = (typeof HISTORY_SORT_COLUMNS)[number];
export const HISTORY_DEFAULT_SORT: SortState<HistorySortColumn> = { column: 'at', dir: 'desc' };
export const HISTORY_PAGE_SIZE = 20;

export function sortHistory<T extends { at: Date; action: string }>(entries: readonly T[], sort: SortState<HistorySortColumn>, page: number, actionLabel: (action: string) => string) {
  return sortAndPage(entries, sort, { at: (e) => e.at.getTime(), action: (e) => actionLabel(e.action).toLocaleLowerCase('fr') }, page, HISTORY_PAGE_SIZE);
}
