import { useState } from 'preact/hooks';
import { api, call } from '../api/client';
import { session } from '../api/session';
import { navigate } from '../router';

export interface NavItem {
  href: string;
  label: string;
}

/**
 * The main navigation of a portal's signed-in pages: its entries (the current one marked for screen
 * readers) and « Se déconnecter », which ends the session and opens the portal's sign-in page.
 */
export function Navigation({ path, items, signedOutPath }: { path: string; items: readonly NavItem[]; signedOutPath: string }) {
  const [busy, setBusy] = useState(false);
  const signOut = async () => {
    setBusy(true);
    await call(api.POST('/api/v1/auth/logout'));
    session.clear();
    navigate(signedOutPath, { replace: true });
  };
  return (
    <nav aria-label="Navigation principale">
      <ul class="nav-list">
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href} aria-current={path === item.href || path.startsWith(`${item.href}/`) ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
        <li>
          <button type="button" class="nav-button" onClick={signOut} disabled={busy}>
            Se déconnecter
          </button>
        </li>
      </ul>
    </nav>
  );
}
