/**
 * The page frame both server-rendered portals share: the document head, the skip link, the top
 * bar (the portal's name, who is signed in and the sign-out button), the main navigation, the
 * breadcrumb trail, and the card of a message page (404, 403, 500…).
 */
import type { ComponentChildren } from 'preact';
import { Breadcrumbs, type Crumb } from './breadcrumbs';

export type { Crumb };

export interface NavItem {
  href: string;
  label: string;
}

export interface PageFrameProps {
  /** the document's title, already followed by the portal's name */
  documentTitle: string;
  stylesheets: readonly string[];
  brand: { href: string; label: string; class?: string };
  /** the signed-in person's label and the sign-out form; absent before sign-in */
  signOut?: { who: string; action: string; csrfToken: string | undefined } | undefined;
  /** the main navigation, signed-in pages only */
  nav?: { label: string; items: readonly NavItem[]; current: string | undefined } | undefined;
  breadcrumbs?: readonly Crumb[] | undefined;
  children: ComponentChildren;
}

export function PageFrame({ documentTitle, stylesheets, brand, signOut, nav, breadcrumbs, children }: PageFrameProps) {
  return (
    <html lang="fr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{documentTitle}</title>
        {stylesheets.map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
      </head>
      <body>
        <a class="skip" href="#contenu">
          Aller au contenu
        </a>
        <header class={brand.class ? `top ${brand.class}` : 'top'}>
          <a class="brand" href={brand.href}>
            {brand.label}
          </a>
          {signOut && (
            <form method="post" action={signOut.action}>
              <span>{signOut.who} </span>
              <input type="hidden" name="_csrf" value={signOut.csrfToken} />
              <button type="submit">Se déconnecter</button>
            </form>
          )}
        </header>
        {nav && (
          <nav class="main" aria-label={nav.label}>
            <ul>
              {nav.items.map((n) => (
                <li>
                  <a href={n.href} aria-current={nav.current === n.href ? 'page' : undefined}>
                    {n.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <main id="contenu">
          {breadcrumbs && <Breadcrumbs items={breadcrumbs} />}
          {children}
        </main>
      </body>
    </html>
  );
}

/** The card of a message page: the title, the text, and one way back. */
export function MessageCard({ title, text, back }: { title: string; text: string; back: { href: string; label: string } }) {
  return (
    <div class="card message-page" data-testid="error-page">
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href={back.href}>{back.label}</a>
      </p>
    </div>
  );
}
