import { render } from 'preact';
import { restoreSession } from '../../shared/api/client';
import { startRouter } from '../../shared/router';
import '../../shared/ui/styles.css';
import { App } from './app';

// a reload or a new tab: the session comes back from the HttpOnly refresh cookie before the first page shows
// installable, with the shell kept for offline use (public/sw.js); not in development (Vite's server)
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined));
}

void restoreSession().finally(() => {
  startRouter();
  render(<App />, document.getElementById('app')!);
});
