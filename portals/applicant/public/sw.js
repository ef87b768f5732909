/* The applicant portal's service worker: the shell (index.html, its hashed script and styles, the
 * icons) is kept so that the portal opens without a network; the API's answers are never kept
 * (personal data, `Cache-Control: no-store`). Pages: the network first, the kept shell when offline
 * (the portal then says « hors connexion »). Hashed assets: the kept copy first (they never change). */
const SHELL = 'alin-demandeur-shell-v1';
const STATIC = ['/', '/manifest.webmanifest', '/favicon.svg', '/icon-192.png', '/icon-512.png', '/offline.html'];

/** The /assets/… files the shell's index.html names (read without a regular expression). */
function assetsOf(html) {
  return html.split('"').filter((part) => part.startsWith('/assets/') && part.length < 200);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL);
      await cache.addAll(STATIC);
      const index = await cache.match('/');
      if (index) await cache.addAll(assetsOf(await index.text()));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== SHELL) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const path = url.pathname;
  // the API, the back office and the other portals: never from this cache
  if (['/api/', '/admin', '/entreprise', '/bailleur', '/health', '/ready'].some((prefix) => path.startsWith(prefix))) return;
  if (path.startsWith('/assets/')) {
    event.respondWith(
      (async () => {
        const cache = await caches.open(SHELL);
        const kept = await cache.match(request);
        if (kept) return kept;
        const fresh = await fetch(request);
        if (fresh.ok) await cache.put(request, fresh.clone());
        return fresh;
      })(),
    );
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(
      (async () => {
        try {
          const fresh = await fetch(request);
          if (fresh.ok && path === '/') (await caches.open(SHELL)).put('/', fresh.clone());
          return fresh;
        } catch {
          const cache = await caches.open(SHELL);
          return (await cache.match('/')) ?? (await cache.match('/offline.html')) ?? Response.error();
        }
      })(),
    );
    return;
  }
  if (STATIC.includes(path)) {
    event.respondWith((async () => (await caches.match(request)) ?? fetch(request))());
  }
});
