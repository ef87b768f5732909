import { render } from 'preact';
import { api, call, restoreSession } from '../../shared/api/client';
import { session } from '../../shared/api/session';
import { startRouter } from '../../shared/router';
import '../../shared/ui/styles.css';
import './landlord.css';
import { App } from './app';
import { landlordIdOf, setMe } from './state';

/**
 * A reload or a new tab: the session comes back from the HttpOnly refresh cookie (docs/decisions/0009)
 * before the first page shows — for a landlord user only (another role's session is not this portal's:
 * it is left alone, and the sign-in page shows).
 */
async function restore(): Promise<void> {
  if (!(await restoreSession())) return;
  const me = await call(api.GET('/api/v1/me'));
  if (me.ok && me.data.role === 'landlord_user' && landlordIdOf(me.data)) setMe(me.data);
  else session.clear();
}

void restore().finally(() => {
  startRouter();
  render(<App />, document.getElementById('app')!);
});
