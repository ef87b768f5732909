import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Serves the applicant portal as built (portals/dist/applicant, scripts/portals-build.ts) at `/`:
 * a client of the REST API, with no access to the modules (docs/decisions/0007).
 *
 * - `/assets/…`: Vite's hashed files, `Cache-Control: public, max-age=31536000, immutable`; a missing one is a 404.
 * - other files of the build (favicon): cached an hour.
 * - any other GET or HEAD outside /admin, /entreprise, /api, /health and /ready: index.html (`no-cache`),
 *   the portal's router shows the page (or its own « page introuvable »). A path ending in a file name
 *   that is not in the build is a 404.
 * - when the build is missing: a French 503 page saying how to build it (npm start builds it first).
 */

export const DEFAULT_PORTAL_DIR = fileURLToPath(new URL('../../../portals/dist/applicant', import.meta.url));

const NOT_THE_PORTAL = ['/admin', '/entreprise', '/api', '/health', '/ready'];
const belongsElsewhere = (p: string) => NOT_THE_PORTAL.some((prefix) => p === prefix || p.startsWith(`${prefix}/`));

const IMMUTABLE = 'public, max-age=31536000, immutable';

export function applicantPortal(dir: string = DEFAULT_PORTAL_DIR): Router {
  const router = express.Router();
  const index = path.join(dir, 'index.html');

  router.use(
    '/assets',
    express.static(path.join(dir, 'assets'), {
      index: false, fallthrough: true, immutable: true, maxAge: 31_536_000_000, redirect: false,
      setHeaders: (res) => res.setHeader('Cache-Control', IMMUTABLE),
    }),
  );
  router.use(express.static(dir, { index: false, redirect: false, maxAge: 3_600_000, dotfiles: 'ignore' }));

  router.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || belongsElsewhere(req.path)) return next();
    const last = req.path.slice(req.path.lastIndexOf('/') + 1);
    if (last.includes('.')) return next(); // a file the build does not have: the platform's 404
    if (!existsSync(index)) {
      res.status(503).setHeader('Cache-Control', 'no-store');
      res.type('html').send(NOT_BUILT);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index, { lastModified: true, etag: true, cacheControl: false });
  });
  return router;
}

const NOT_BUILT = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Espace demandeur indisponible · AL'in</title></head>
<body><main><h1>L’espace demandeur n’est pas encore prêt</h1>
<p>Le portail n’a pas été construit sur ce serveur. Réessayez dans un instant.</p>
<p>Pour l’exploitant : <code>npm run portals:build</code> (ou <code>npm start</code>, qui le construit au démarrage).</p>
<p>Les agents se connectent au <a href="/admin">back-office</a>.</p></main></body></html>`;
