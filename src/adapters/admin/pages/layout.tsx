import type { ComponentChildren } from 'preact';
import { MessageCard, PageFrame, type Crumb } from '../../web/kit/layout-pieces';

export type { Crumb };

/** The back-office navigation; each business area adds its entry here as it lands. */
export const NAV: { href: string; label: string; roles?: string[] }[] = [
  { href: '/admin', label: 'Tableau de bord' },
  { href: '/admin/audit', label: 'Journal d’audit', roles: ['agent', 'admin'] },
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
    <PageFrame
      documentTitle={`${title} — AL’in back-office`}
      stylesheets={['/admin/assets/admin.css']}
      brand={{ href: '/admin', label: 'AL’in · back-office' }}
      signOut={user && { who: `${user.displayName} (${user.role})`, action: '/admin/logout', csrfToken }}
      nav={user && { label: 'Navigation principale', items: NAV.filter((n) => !n.roles || n.roles.includes(user.role)), current }}
      breadcrumbs={user ? (breadcrumbs && breadcrumbs.length > 0 ? breadcrumbs : defaultCrumbs(title)) : undefined}
    >
      {children}
    </PageFrame>
  );
}

/** The trail of a page that did not give one: the dashboard, then the page itself. */
export const defaultCrumbs = (title: string): Crumb[] => (title === 'Tableau de bord' ? [{ label: title }] : [{ href: '/admin', label: 'Tableau de bord' }, { label: title }]);

/** A message page of the back office (an error: 404, 403, 500…), in the layout, with a way back. */
export function MessagePage({
  user,
  csrfToken,
  title,
  text,
}: {
  user?: { displayName: string; role: string } | undefined;
  csrfToken?: string | undefined;
  title: string;
  text: string;
}) {
  return (
    <Layout title={title} user={user} {...(csrfToken ? { csrfToken } : {})}>
      <MessageCard
        title={title}
        text={text}
        back={user ? { href: '/admin', label: 'Retour au tableau de bord' } : { href: '/admin/login', label: 'Se connecter au back-office' }}
      />
    </Layout>
  );
}

/** A field sent again with the confirmation (what the agent filled in on the form before). */
export type ConfirmField = readonly [name: string, value: string];

export interface ConfirmPageProps {
  user: { displayName: string; role: string };
  csrfToken: string;
  title: string;
  /** what the action is about, e.g. the offer or the demand */
  subject: string;
  /** what will happen, one consequence a line */
  consequences: readonly string[];
  action: string;
  fields: readonly ConfirmField[];
  confirmLabel: string;
  cancelHref: string;
  breadcrumbs?: Crumb[];
}

/**
 * The confirmation step before an irreversible action (server-rendered, works without JS): what
 * will happen, written out, then the action sent again with `confirm=oui`, or a way back.
 */
export function ConfirmPage({ user, csrfToken, title, subject, consequences, action, fields, confirmLabel, cancelHref, breadcrumbs }: ConfirmPageProps) {
  return (
    <Layout title={title} user={user} csrfToken={csrfToken} {...(breadcrumbs ? { breadcrumbs } : {})}>
      <h1>{title}</h1>
      <section class="card confirm" aria-labelledby="consequences" data-testid="confirmation">
        <p>{subject}</p>
        <h2 id="consequences">Ce qui va se passer</h2>
        <ul>
          {consequences.map((c) => (
            <li>{c}</li>
          ))}
        </ul>
        <p>
          <strong>Cette action est définitive.</strong>
        </p>
        <form method="post" action={action} class="inline-actions">
          <input type="hidden" name="_csrf" value={csrfToken} />
          {fields.map(([name, value]) => (
            <input type="hidden" name={name} value={value} />
          ))}
          <input type="hidden" name="confirm" value="oui" />
          <button class="primary" type="submit">
            {confirmLabel}
          </button>
          <a class="button secondary" href={cancelHref}>
            Annuler
          </a>
        </form>
      </section>
    </Layout>
  );
}
