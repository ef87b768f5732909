import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Location } from '../router';
import { Loading, Notice } from './index';

export interface LazyPageProps {
  params: Record<string, string>;
  location: Location;
}

/** Loads a page's module on demand; says so in French when the module cannot be loaded. */
export function LazyPage({ load, params, location }: { load: () => Promise<{ default: ComponentType<LazyPageProps> }>; params: Record<string, string>; location: Location }) {
  const [Page, setPage] = useState<ComponentType<LazyPageProps> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    load().then(
      (m) => live && setPage(() => m.default),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (failed)
    return (
      <Notice kind="error" title="Cette page n’a pas pu être chargée.">
        Vérifiez votre connexion puis rechargez la page.
      </Notice>
    );
  return Page ? <Page params={params} location={location} /> : <Loading />;
}
