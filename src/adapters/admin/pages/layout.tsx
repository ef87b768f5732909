import type { ComponentChildren } from 'preact';
import { Breadcrumbs, defaultCrumbs, type Crumb } from './breadcrumbs';

/** The back-office navigation; each business area adds its entry here as it lands. */
export const NAV: { href: string; label: string; roles?: string[] }[] = [
  { href: '/admin', label: 'Tableau de bord' },
  { href: '/admin/audit', label: "Journal d'audit", roles: ['admin'] },
  { href: '/admin/demandes', label: 'Demandes' },
  { href: '/admin/entreprises', label: 'Entreprises' },
  { href: '/admin/offres', label: 'Offres' },
  { href: '/admin/bailleurs', label: 'Bailleurs' },
  { href: '/admin/classements', label: 'Classements', roles: ['agent', 'admin'] },
  { href: '/admin/equilibrage', label: 'Bonus et grilles', roles: ['agent', 'admin'] },
  { href: '/admin/plafonds', label: 'Plafonds de ressources', roles: ['agent', 'admin'] },
];

export interface LayoutProps {
  title: string;
  user?: { displayName: string; role: string } | undefined;
  csrfToken?: string;
  current?: string;
  /** the trail to this page; by default the dashboard, then the title (signed-in pages) */
  breadcrumbs?: Crumb[];
  children: ComponentChildren;
}

export function Layout({ title, user, csrfToken, current, breadcrumbs, children }: LayoutProps) {
  return (
    <html lang="fr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} — AL'in back-office`}</title>
        <link rel="stylesheet" href="/admin/assets/admin.css" />
      </head>
      <body>
        <a class="skip" href="#contenu">Aller au contenu</a>
        <header class="top">
          <a class="brand" href="/admin">AL'in · back-office</a>
          {user && (
            <form method="post" action="/admin/logout">
              <span>{user.displayName} ({user.role}) </span>
              <input type="hidden" name="_csrf" value={csrfToken} />
              <button type="submit">Se déconnecter</button>
            </form>
          )}
        </header>
        {user && (
          <nav class="main" aria-label="Navigation principale">
            <ul>
              {NAV.filter((n) => !n.roles || n.roles.includes(user.role)).map((n) => (
                <li>
                  <a href={n.href} aria-current={current === n.href ? 'page' : undefined}>{n.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <main id="contenu">
          {user && <Breadcrumbs items={breadcrumbs && breadcrumbs.length > 0 ? breadcrumbs : defaultCrumbs(title)} />}
          {children}
        </main>
      </body>
    </html>
  );
}
