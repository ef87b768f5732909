/** One step of the breadcrumb trail; the last one (the current page) has no link. */
export interface Crumb {
  href?: string | undefined;
  label: string;
}

/** The trail every signed-in page of the two portals shows under the navigation: an ordered list, the current page marked. */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  if (items.length === 0) return null;
  return (
    <nav class="breadcrumb" aria-label="Fil d'Ariane">
      <ol>
        {items.map((b, i) => (
          <li>{b.href && i < items.length - 1 ? <a href={b.href}>{b.label}</a> : <span aria-current="page">{b.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}
