import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express from 'express';
import request from 'supertest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { applicantPortal, landlordPortal } from '../../src/adapters/http/applicant-portal';

/**
 * The landlord portal served at /bailleur (issue 17), as the platform mounts it (before the applicant
 * portal at /, which leaves /bailleur alone): index.html revalidated at every portal path, hashed assets
 * for a year, a script from its Brotli or gzip copy when the browser accepts it, a French 503 page
 * when the portal was not built.
 */

describe('landlordPortal: serving the built portal at /bailleur', () => {
  let dir: string;
  let app: express.Express;
  const script = 'console.log("espace bailleur");'.repeat(20);

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'alin-landlord-portal-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><html lang="fr"><body><div id="app">bailleur</div><script type="module" src="/bailleur/assets/index-AbC123.js"></script></body></html>',
    );
    writeFileSync(path.join(dir, 'assets', 'index-AbC123.js'), script);
    writeFileSync(path.join(dir, 'assets', 'index-AbC123.js.br'), brotliCompressSync(script));
    writeFileSync(path.join(dir, 'assets', 'index-AbC123.js.gz'), gzipSync(script));
    writeFileSync(path.join(dir, 'assets', 'plain-XyZ.js'), 'console.log(2)');
    app = express();
    app.use('/bailleur', landlordPortal(dir));
    app.use(applicantPortal(path.join(dir, 'no-applicant-build-here')));
    app.use((_req, res) => res.status(404).json({ code: 'ROUTE.NOT_FOUND' }));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers every path under /bailleur with its index.html, revalidated; the applicant portal never does', async () => {
    for (const p of ['/bailleur', '/bailleur/', '/bailleur/connexion', '/bailleur/offres/3f0c1a0e-0000-4000-8000-000000000000/candidats', '/bailleur/invitation?token=abc']) {
      const res = await request(app).get(p);
      expect(res.status, p).toBe(200);
      expect(res.headers['cache-control'], p).toBe('no-cache');
      expect(res.text, p).toContain('bailleur</div>');
    }
    // the applicant portal (not built here) would answer 503 for its own paths, never for /bailleur's
    expect((await request(app).get('/offres')).status).toBe(503);
    expect((await request(app).get('/bailleur/robots.txt')).status).toBe(404);
    expect((await request(app).post('/bailleur/connexion')).status).toBe(404);
  });

  it('serves the hashed assets for a year, from the Brotli or gzip copy when accepted', async () => {
    const br = await request(app).get('/bailleur/assets/index-AbC123.js').set('Accept-Encoding', 'br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toContain('javascript');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.text).toBe(script); // decoded by the client
    const gz = await request(app).get('/bailleur/assets/index-AbC123.js').set('Accept-Encoding', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await request(app).get('/bailleur/assets/index-AbC123.js').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // a script without copies, and a missing one
    const uncompressed = await request(app).get('/bailleur/assets/plain-XyZ.js').set('Accept-Encoding', 'br, gzip');
    expect(uncompressed.status).toBe(200);
    expect(uncompressed.headers['content-encoding']).toBeUndefined();
    expect((await request(app).get('/bailleur/assets/index-Missing.js').set('Accept-Encoding', 'br')).status).toBe(404);
    // nothing outside the build, whatever the encoding asked
    expect([403, 404]).toContain((await request(app).get('/bailleur/assets/..%2F..%2F..%2Fetc%2Fpasswd.js').set('Accept-Encoding', 'br')).status);
  });

  it('says in French that the landlord portal is not built when it is missing (503, not stored)', async () => {
    const bare = express();
    bare.use('/bailleur', landlordPortal(path.join(dir, 'nowhere')));
    const res = await request(bare).get('/bailleur/accueil');
    expect(res.status).toBe(503);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain('L’espace bailleur n’est pas encore prêt');
  });
});
