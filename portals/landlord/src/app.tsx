import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { session } from '../../shared/api/session';
import { match, navigate, useLocation, type Location } from '../../shared/router';
import { Loading, PageTitle, useDocumentTitle } from '../../shared/ui';
import { LazyPage } from '../../shared/ui/lazy-page';
import { Navigation } from '../../shared/ui/navigation';
import { BASE, HOME, SIGN_IN } from './paths';
import { currentMe } from './state';

/**
 * The landlord portal (served at /bailleur): its routes, the layout (skip link, header, navigation),
 * and the guard that sends a signed-out visitor of a private page to the sign-in page (and back after
 * signing in). Each page's code is loaded when the page opens (its own chunk).
 */

export interface PageProps {
  params: Record<string, string>;
  location: Location;
}

type Loader = () => Promise<{ default: ComponentType<PageProps> }>;

interface Route {
  pattern: string;
  load: Loader;
  /** only for a signed-in landlord user */
  private: boolean;
}

const account =
  (name: 'SignIn' | 'AcceptInvitation' | 'ForgotPassword' | 'ResetPassword'): Loader =>
  () =>
    import('./pages/account').then((m) => ({ default: m[name] }));

const ROUTES: Route[] = [
  { pattern: BASE, load: account('SignIn'), private: false },
  { pattern: SIGN_IN, load: account('SignIn'), private: false },
  { pattern: `${BASE}/invitation`, load: account('AcceptInvitation'), private: false },
  { pattern: `${BASE}/mot-de-passe-oublie`, load: account('ForgotPassword'), private: false },
  { pattern: `${BASE}/mot-de-passe`, load: account('ResetPassword'), private: false },
  { pattern: HOME, load: () => import('./pages/home'), private: true },
  { pattern: `${BASE}/offres`, load: () => import('./pages/offers'), private: true },
  { pattern: `${BASE}/offres/nouvelle`, load: () => import('./pages/offer-form'), private: true },
  { pattern: `${BASE}/offres/:id`, load: () => import('./pages/offer'), private: true },
  { pattern: `${BASE}/offres/:id/modifier`, load: () => import('./pages/offer-form'), private: true },
  { pattern: `${BASE}/offres/:id/candidats`, load: () => import('./pages/candidates'), private: true },
  { pattern: `${BASE}/offres/:id/decisions`, load: () => import('./pages/decisions'), private: true },
  { pattern: `${BASE}/rapports`, load: () => import('./pages/reports'), private: true },
  { pattern: `${BASE}/systemes`, load: () => import('./pages/systems'), private: true },
  { pattern: `${BASE}/utilisateurs`, load: () => import('./pages/users'), private: true },
];

const NAV = [
  { href: HOME, label: 'Accueil' },
  { href: `${BASE}/offres`, label: 'Offres' },
  { href: `${BASE}/rapports`, label: 'Rapports' },
  { href: `${BASE}/systemes`, label: 'Systèmes connectés' },
  { href: `${BASE}/utilisateurs`, label: 'Utilisateurs' },
];

function useSignedIn(): boolean {
  const [signedIn, setSignedIn] = useState(session.signedIn);
  useEffect(() => session.subscribe(setSignedIn), []);
  return signedIn;
}

export function App() {
  const location = useLocation();
  const signedIn = useSignedIn();
  const found = ROUTES.map((route) => ({ route, params: match(route.pattern, location.path) })).find((r) => r.params);

  useEffect(() => {
    // the address as it is now, not as this render saw it: effects run after paint, and the sign-in page
    // may have moved on (to the page asked for) between the render and this effect
    const now = window.location.pathname;
    const atSignIn = match(BASE, now) !== null || match(SIGN_IN, now) !== null;
    // signed in and checked (a landlord user: the sign-in page sets `me` once the role is checked, then goes on by itself)
    if (signedIn && currentMe() && atSignIn) navigate(HOME, { replace: true });
    else if (!signedIn && found?.route.private) {
      const query = location.query.toString();
      navigate(`${SIGN_IN}?suite=${encodeURIComponent(location.path + (query ? `?${query}` : ''))}`, { replace: true });
    }
  }, [signedIn, location.path, found?.route.private]);

  return (
    <>
      <a class="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header class="site-header">
        <a class="brand" href={signedIn ? HOME : BASE}>
          AL’in <span class="brand-sub">espace bailleur</span>
        </a>
        {signedIn ? <Navigation items={NAV} signedOutPath={`${SIGN_IN}?deconnecte=1`} path={location.path} /> : null}
      </header>
      <main id="contenu" class="content content--desk">
        {found && (!found.route.private || signedIn) ? (
          <LazyPage key={found.route.pattern} load={found.route.load} params={found.params!} location={location} />
        ) : found ? (
          <Loading />
        ) : (
          <NotFound />
        )}
      </main>
      <footer class="site-footer site-footer--desk">
        <p>
          AL’in, la plateforme du lien emploi-logement d’Action Logement. Les agents se connectent au <a href="/admin">back-office</a>.
        </p>
      </footer>
    </>
  );
}

/** The page of an address the portal does not have, or of an offer that is not the landlord's (the API answers 404). */
export function NotFound({ what = 'Cette adresse ne correspond à aucune page de votre espace.' }: { what?: string }) {
  useDocumentTitle('Page introuvable');
  return (
    <>
      <PageTitle>Page introuvable</PageTitle>
      <p>{what}</p>
      <p>
        <a href={HOME}>Retour à l’accueil</a>
      </p>
    </>
  );
}
