import type { ComponentChildren } from 'preact';

export const PORTAL_NAV: { href: string; label: string }[] = [
  { href: '/entreprise', label: 'Accueil' },
  { href: '/entreprise/demandes', label: 'Demandes à valider' },
  { href: '/entreprise/salaries', label: 'Salariés validés' },
  { href: '/entreprise/candidatures', label: 'Candidatures' },
  { href: '/entreprise/politique', label: 'Politique logement' },
];

export interface PortalLayoutProps {
  title: string;
  user?: { displayName: string } | undefined;
  companyName?: string | undefined;
  csrfToken?: string | undefined;
  current?: string;
  breadcrumbs?: { href?: string; label: string }[];
  children: ComponentChildren;
}

/** The company portal's page frame: phone-first, a skip link, the navigation and breadcrumbs. */
export function PortalLayout({ title, user, companyName, csrfToken, current, breadcrumbs, children }: PortalLayoutProps) {
  return (
    <html lang="fr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} — AL’in espace entreprise`}</title>
        <link rel="stylesheet" href="/admin/assets/admin.css" />
        <link rel="stylesheet" href="/entreprise/assets/portal.css" />
      </head>
      <body>
        <a class="skip" href="#contenu">Aller au contenu</a>
        <header class="top portal">
          <a class="brand" href="/entreprise">AL’in · espace entreprise{companyName ? ` · ${companyName}` : ''}</a>
          {user && (
            <form method="post" action="/entreprise/deconnexion">
              <span>{user.displayName} </span>
              <input type="hidden" name="_csrf" value={csrfToken} />
              <button type="submit">Se déconnecter</button>
            </form>
          )}
        </header>
        {user && (
          <nav class="main" aria-label="Navigation de l’espace entreprise">
            <ul>
              {PORTAL_NAV.map((n) => (
                <li>
                  <a href={n.href} aria-current={current === n.href ? 'page' : undefined}>{n.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <main id="contenu">
          {breadcrumbs && breadcrumbs.length > 0 && (
            <nav class="breadcrumb" aria-label="Fil d'Ariane">
              {breadcrumbs.map((b, i) => (
                <span>
                  {i > 0 && ' › '}
                  {b.href ? <a href={b.href}>{b.label}</a> : <span aria-current="page">{b.label}</span>}
                </span>
              ))}
            </nav>
          )}
          {children}
        </main>
      </body>
    </html>
  );
}

/** An error written next to its field (linked by aria-describedby). */
export function FieldError({ id, message }: { id: string; message?: string | undefined }) {
  return message ? <p class="field-error" id={`${id}-error`}>{message}</p> : null;
}

export const describedBy = (id: string, message?: string, hint?: boolean): string | undefined =>
  [hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** A message page of the company portal (an error: 404, 403, 500…), in the layout, with a way back. */
export function PortalMessagePage({ user, companyName, csrfToken, title, text }: {
  user?: { displayName: string } | undefined; companyName?: string | undefined; csrfToken?: string | undefined; title: string; text: string;
}) {
  return (
    <PortalLayout title={title} user={user} companyName={companyName} csrfToken={csrfToken}
      breadcrumbs={user ? [{ href: '/entreprise', label: 'Accueil' }, { label: title }] : []}>
      <div class="card message-page" data-testid="error-page">
        <h1>{title}</h1>
        <p>{text}</p>
        <p>{user ? <a href="/entreprise">Retour à l’accueil de l’espace entreprise</a> : <a href="/entreprise/connexion">Se connecter à l’espace entreprise</a>}</p>
      </div>
    </PortalLayout>
  );
}
