import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { session } from '../../shared/api/session';
import { match, navigate, useLocation, type Location } from '../../shared/router';
import { Loading, PageTitle, useDocumentTitle } from '../../shared/ui';
import { LazyPage } from '../../shared/ui/lazy-page';
import { Navigation } from '../../shared/ui/navigation';

/**
 * The applicant portal: its routes, the layout (skip link, header, navigation), and the guard that
 * sends a signed-out visitor of a private page to the sign-in page (and back after signing in).
 * Each page's code is loaded when the page opens (its own chunk).
 */

export interface PageProps {
  params: Record<string, string>;
  location: Location;
}

type Loader = () => Promise<{ default: ComponentType<PageProps> }>;

interface Route {
  pattern: string;
  load: Loader;
  /** only for a signed-in applicant */
  private: boolean;
}

const account =
  (name: 'SignIn' | 'SignUp' | 'ConfirmEmail' | 'ForgotPassword' | 'ResetPassword'): Loader =>
  () =>
    import('./pages/account').then((m) => ({ default: m[name] }));

const ROUTES: Route[] = [
  { pattern: '/', load: account('SignIn'), private: false },
  { pattern: '/connexion', load: account('SignIn'), private: false },
  { pattern: '/inscription', load: account('SignUp'), private: false },
  { pattern: '/compte/confirmation', load: account('ConfirmEmail'), private: false },
  { pattern: '/compte/mot-de-passe-oublie', load: account('ForgotPassword'), private: false },
  { pattern: '/compte/mot-de-passe', load: account('ResetPassword'), private: false },
  { pattern: '/demande', load: () => import('./pages/demand'), private: true },
  { pattern: '/demande/numero-unique', load: () => import('./pages/demand-import'), private: true },
  { pattern: '/demande/etapes', load: () => import('./pages/demand-form'), private: true },
  { pattern: '/demande/etapes/:step', load: () => import('./pages/demand-form'), private: true },
  { pattern: '/demande/pieces', load: () => import('./pages/pieces'), private: true },
  { pattern: '/notifications', load: () => import('./pages/notifications'), private: true },
  { pattern: '/compte', load: () => import('./pages/my-account'), private: true },
  { pattern: '/compte/alertes', load: () => import('./pages/alerts'), private: true },
  { pattern: '/alertes/desabonnement', load: () => import('./pages/alerts').then((m) => ({ default: m.Unsubscribe })), private: false },
  { pattern: '/compte/changer-mot-de-passe', load: () => import('./pages/my-account').then((m) => ({ default: m.ChangePassword })), private: true },
  { pattern: '/offres', load: () => import('./pages/offers'), private: true },
  { pattern: '/offres/:id', load: () => import('./pages/offer'), private: true },
  { pattern: '/candidatures', load: () => import('./pages/candidacies'), private: true },
  { pattern: '/candidatures/:id', load: () => import('./pages/candidacy'), private: true },
];

const NAV = [
  { href: '/demande', label: 'Ma demande' },
  { href: '/offres', label: 'Offres' },
  { href: '/candidatures', label: 'Mes candidatures' },
  { href: '/notifications', label: 'Notifications' },
  { href: '/compte', label: 'Mon compte' },
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

  // a signed-in applicant opening the home page goes to their demand; a signed-out one opening a private page signs in first
  useEffect(() => {
    // the address as it is now, not as this render saw it: effects run after paint, and the sign-in page
    // may already have gone on to the page asked for (?suite=) between the render and this effect
    const now = window.location.pathname;
    if (signedIn && (now === '/' || now === '/connexion')) navigate('/demande', { replace: true });
    else if (!signedIn && found?.route.private) {
      const query = location.query.toString();
      navigate(`/connexion?suite=${encodeURIComponent(location.path + (query ? `?${query}` : ''))}`, { replace: true });
    }
  }, [signedIn, location.path, found?.route.private]);

  return (
    <>
      <OfflineBanner />
      <a class="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header class="site-header">
        <a class="brand" href={signedIn ? '/demande' : '/'}>
          AL’in <span class="brand-sub">espace demandeur</span>
        </a>
        {signedIn ? <Navigation items={NAV} signedOutPath="/connexion?deconnecte=1" path={location.path} /> : null}
      </header>
      <main id="contenu" class="content">
        {found && (!found.route.private || signedIn) ? (
          <LazyPage key={found.route.pattern} load={found.route.load} params={found.params!} location={location} />
        ) : found ? (
          <Loading />
        ) : (
          <NotFound />
        )}
      </main>
      <footer class="site-footer">
        <p>
          AL’in, la plateforme du logement social des salariés. Les agents se connectent au <a href="/admin">back-office</a>.
        </p>
      </footer>
    </>
  );
}

/** « Hors connexion »: said as soon as the phone loses the network, gone when it comes back. */
function OfflineBanner() {
  const [offline, setOffline] = useState(typeof navigator !== 'undefined' && navigator.onLine === false);
  useEffect(() => {
    const on = () => setOffline(false);
    const off = () => setOffline(true);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return (
    <div role="status" aria-live="polite">
      {offline ? <p class="offline">Vous êtes hors connexion : les informations affichées peuvent ne plus être à jour. Elles le seront dès le retour du réseau.</p> : null}
    </div>
  );
}

function NotFound() {
  useDocumentTitle('Page introuvable');
  return (
    <>
      <PageTitle>Page introuvable</PageTitle>
      <p>Cette adresse ne correspond à aucune page de votre espace.</p>
      <p>
        <a href="/">Retour à l’accueil</a>
      </p>
    </>
  );
}
