import type { ComponentChildren } from 'preact';
import { MessageCard, PageFrame, type Crumb, type NavItem } from '../../web/kit/layout-pieces';

export const PORTAL_NAV: NavItem[] = [
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
  breadcrumbs?: Crumb[];
  children: ComponentChildren;
}

/** The company portal's page frame: phone-first, a skip link, the navigation and breadcrumbs. */
export function PortalLayout({ title, user, companyName, csrfToken, current, breadcrumbs, children }: PortalLayoutProps) {
  return (
    <PageFrame
      documentTitle={`${title} — AL’in espace entreprise`}
      stylesheets={['/admin/assets/admin.css', '/entreprise/assets/portal.css']}
      brand={{ href: '/entreprise', label: `AL’in · espace entreprise${companyName ? ` · ${companyName}` : ''}`, class: 'portal' }}
      signOut={user && { who: user.displayName, action: '/entreprise/deconnexion', csrfToken }}
      nav={user && { label: 'Navigation de l’espace entreprise', items: PORTAL_NAV, current }}
      breadcrumbs={breadcrumbs}
    >
      {children}
    </PageFrame>
  );
}

/** A message page of the company portal (an error: 404, 403, 500…), in the layout, with a way back. */
export function PortalMessagePage({
  user,
  companyName,
  csrfToken,
  title,
  text,
}: {
  user?: { displayName: string } | undefined;
  companyName?: string | undefined;
  csrfToken?: string | undefined;
  title: string;
  text: string;
}) {
  return (
    <PortalLayout title={title} user={user} companyName={companyName} csrfToken={csrfToken} breadcrumbs={user ? [{ href: '/entreprise', label: 'Accueil' }, { label: title }] : []}>
      <MessageCard
        title={title}
        text={text}
        back={user ? { href: '/entreprise', label: 'Retour à l’accueil de l’espace entreprise' } : { href: '/entreprise/connexion', label: 'Se connecter à l’espace entreprise' }}
      />
    </PortalLayout>
  );
}
