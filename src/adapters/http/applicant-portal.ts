import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Serves the portals as built (portals/dist/<portal>, scripts/portals-build.ts), clients of the REST API
 * with no access to the modules (docs/decisions/0007, 0008):
 * - the applicant portal (portals/dist/applicant) at `/` — `applicantPortal()`;
 * - the landlord portal (portals/dist/landlord) at `/bailleur` — `landlordPortal()`, mounted with
 *   `app.use('/bailleur', …)` before the applicant portal (which leaves /bailleur alone).
 *
 * For each, with the same caching rules:
 * - `assets/…`: Vite's hashed files, `Cache-Control: public, max-age=31536000, immutable`; a missing one is a 404;
 *   a script or style from its Brotli or gzip copy made at build time when the browser accepts it.
 * - other files of the build (favicon): cached an hour.
 * - any other GET or HEAD the portal owns: index.html (`no-cache`), the portal's router shows the page
 *   (or its own « page introuvable »). A path ending in a file name that is not in the build is a 404.
 * - when the build is missing: a French 503 page saying how to build it (npm start builds it first).
 */

export const DEFAULT_PORTAL_DIR = fileURLToPath(new URL('../../../portals/dist/applicant', import.meta.url));
export const DEFAULT_LANDLORD_PORTAL_DIR = fileURLToPath(new URL('../../../portals/dist/landlord', import.meta.url));

/** Paths the applicant portal at / never answers: the API, the back office, the company and landlord portals, the probes. */
const NOT_THE_APPLICANT_PORTAL = ['/admin', '/entreprise', '/bailleur', '/api', '/health', '/ready'];

const IMMUTABLE = 'public, max-age=31536000, immutable';

export function applicantPortal(dir: string = DEFAULT_PORTAL_DIR): Router {
  return portalRouter(dir, (p) => NOT_THE_APPLICANT_PORTAL.some((prefix) => p === prefix || p.startsWith(`${prefix}/`)), notBuilt('Espace demandeur', 'L’espace demandeur'));
}

/** The landlord portal: every path under its mount point (/bailleur) is its own. */
export function landlordPortal(dir: string = DEFAULT_LANDLORD_PORTAL_DIR): Router {
  return portalRouter(dir, () => false, notBuilt('Espace bailleur', 'L’espace bailleur'));
}

function portalRouter(dir: string, belongsElsewhere: (path: string) => boolean, notBuiltPage: string): Router {
  const router = express.Router();
  const index = path.join(dir, 'index.html');

  router.use('/assets', precompressed(path.join(dir, 'assets')));
  router.use(
    '/assets',
    express.static(path.join(dir, 'assets'), {
      index: false,
      fallthrough: true,
      immutable: true,
      maxAge: 31_536_000_000,
      redirect: false,
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
      res.type('html').send(notBuiltPage);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index, { lastModified: true, etag: true, cacheControl: false });
  });
  return router;
}

const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const;

/**
 * A hashed script or style served from its Brotli or gzip copy made at build time (scripts/portals-build.ts)
 * when the browser accepts it (Vary: Accept-Encoding); anything else goes on to the plain file.
 */
function precompressed(assets: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !(req.path.endsWith('.js') || req.path.endsWith('.css')) || req.path.includes('..')) return next();
    const accepted = req.acceptsEncodings('br', 'gzip', 'identity');
    const encoding = ENCODINGS.find(([name]) => name === accepted);
    const file = encoding ? path.join(assets, `${req.path}${encoding[1]}`) : null;
    if (!encoding || !file || !file.startsWith(assets + path.sep) || !existsSync(file)) return next();
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Content-Encoding', encoding[0]);
    res.type(req.path.endsWith('.js') ? 'text/javascript' : 'text/css');
    res.setHeader('Cache-Control', IMMUTABLE);
    res.sendFile(file, { lastModified: true, etag: true, cacheControl: false, dotfiles: 'deny' });
  };
}

const notBuilt = (title: string, subject: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} indisponible · AL'in</title></head>
<body><main><h1>${subject} n’est pas encore prêt</h1>
<p>Le portail n’a pas été construit sur ce serveur. Réessayez dans un instant.</p>
<p>Pour l’exploitant : <code>npm run portals:build</code> (ou <code>npm start</code>, qui le construit au démarrage).</p>
<p>Les agents se connectent au <a href="/admin">back-office</a>.</p></main></body></html>`;
