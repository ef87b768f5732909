/** Previous / next links of a paged list, keeping the other query parameters (shared by every list of the back office and the company portal). */
export function Pager({
  base,
  params,
  page,
  pageSize,
  total,
  noun = 'résultat',
  anchor,
}: {
  base: string;
  params: Record<string, string | undefined>;
  page: number;
  pageSize: number;
  total: number;
  noun?: string;
  /** the id of the table's section, so that the link lands on the table (a table inside a detail page) */
  anchor?: string | undefined;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (n: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    q.set('page', String(n));
    return `${base}?${q.toString()}${anchor ? `#${anchor}` : ''}`;
  };
  return (
    <nav aria-label="Pagination" style="display:flex;gap:1rem;align-items:center;flex-wrap:wrap;margin-top:0.75rem">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          ‹ Page précédente
        </a>
      ) : null}
      <span>
        Page {page} sur {pages} · {total} {noun}
        {total > 1 ? 's' : ''}
      </span>
      {page < pages ? (
        <a href={href(page + 1)} rel="next">
          Page suivante ›
        </a>
      ) : null}
    </nav>
  );
}
