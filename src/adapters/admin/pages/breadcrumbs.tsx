/** One step of the breadcrumb trail; the last one (the current page) has no link. */
export interface Crumb {
  href?: string | undefined;
  label: string;
}

/** The trail every back-office page shows under the navigation: an ordered list, the current page marked. */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  if (items.length === 0) return null;
  return (
    <nav class="breadcrumb" aria-label="Fil d'Ariane">
      <ol>
        {items.map((b, i) => (
          <li>
            {b.href && i < items.length - 1 ? <a href={b.href}>{b.label}</a> : <span aria-current="page">{b.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The trail of a page that did not give one: the dashboard, then the page itself. */
export const defaultCrumbs = (title: string): Crumb[] => (title === 'Tableau de bord' ? [{ label: title }] : [{ href: '/admin', label: 'Tableau de bord' }, { label: title }]);
