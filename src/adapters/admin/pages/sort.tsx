/**
 * Sorting of the back-office lists: `?sort=<column>&dir=asc|desc`, the column checked against the
 * list's whitelist (anything else falls back to the default), and column headers whose link sorts
 * by that column (the other direction when already sorted by it), with `aria-sort` on the header.
 */
export type SortDirection = 'asc' | 'desc';

export interface SortState<C extends string> {
  column: C;
  dir: SortDirection;
}

export function parseSort<C extends string>(query: Record<string, unknown>, columns: readonly C[], fallback: SortState<C>): SortState<C> {
  const column = typeof query.sort === 'string' && (columns as readonly string[]).includes(query.sort) ? (query.sort as C) : fallback.column;
  const dir = query.dir === 'asc' || query.dir === 'desc' ? query.dir : column === fallback.column ? fallback.dir : 'asc';
  return { column, dir };
}

/** `anchor`: the id of the table's section, so that the link lands on the table (a table inside a detail page). */
export function sortHref(base: string, params: Record<string, string | undefined>, column: string, dir: SortDirection, anchor?: string): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v && k !== 'sort' && k !== 'dir' && k !== 'page') q.set(k, v);
  q.set('sort', column);
  q.set('dir', dir);
  return `${base}?${q.toString()}${anchor ? `#${anchor}` : ''}`;
}

/** A column header that sorts its list: a link (keyboard-usable), the state told by `aria-sort` and in words. */
export function SortableTh<C extends string>({
  label,
  column,
  sort,
  base,
  params,
  anchor,
}: {
  label: string;
  column: C;
  sort: SortState<C>;
  base: string;
  params: Record<string, string | undefined>;
  anchor?: string | undefined;
}) {
  const active = sort.column === column;
  const next: SortDirection = active && sort.dir === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <a href={sortHref(base, params, column, next, anchor)}>
        {label}
        {active ? <span aria-hidden="true">{sort.dir === 'asc' ? ' ▲' : ' ▼'}</span> : null}
        <span class="visually-hidden">{next === 'asc' ? ' (trier par ordre croissant)' : ' (trier par ordre décroissant)'}</span>
      </a>
    </th>
  );
}

/**
 * Sorts and pages a list that is loaded whole (a small referential): correct because every item is
 * there. Lists that can grow are sorted and paged by their repository instead.
 */
export function sortAndPage<T, C extends string>(
  items: readonly T[],
  sort: SortState<C>,
  keys: Record<C, (item: T) => string | number>,
  page: number,
  pageSize: number,
): { items: T[]; page: number; pageSize: number; total: number } {
  const key = keys[sort.column];
  const factor = sort.dir === 'asc' ? 1 : -1;
  const sorted = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const ka = key(a.item);
      const kb = key(b.item);
      return ka === kb ? a.index - b.index : (ka < kb ? -1 : 1) * factor;
    });
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  return { items: sorted.slice((current - 1) * pageSize, current * pageSize).map((x) => x.item), page: current, pageSize, total: sorted.length };
}
