import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express from 'express';
import request from 'supertest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applicantPortal } from '../../src/adapters/http/applicant-portal';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * The applicant portal served at / (issue 16): hashed assets cached a year (immutable), index.html
 * revalidated (no-cache), every portal path answered with index.html (the client's router shows the
 * page), never the paths of the API, the back office, the company portal or the probes; a French 503
 * page when the portal was not built.
 */

describe('applicantPortal: serving the built portal', () => {
  let dir: string;
  let app: express.Express;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'alin-portal-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><html lang="fr"><body><div id="app"></div><script type="module" src="/assets/index-AbC123.js"></script></body></html>',
    );
    writeFileSync(path.join(dir, 'assets', 'index-AbC123.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(path.join(dir, '.sources-sha256'), 'secret-ish\n');
    app = express();
    app.use(applicantPortal(dir));
    app.use((_req, res) => res.status(404).json({ code: 'ROUTE.NOT_FOUND' }));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves index.html at / and at every portal path, revalidated at each visit', async () => {
    for (const p of ['/', '/connexion', '/offres', '/offres/3f0c1a0e-0000-4000-8000-000000000000', '/candidatures/x?y=1', '/compte/confirmation?token=abc']) {
      const res = await request(app).get(p);
      expect(res.status, p).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.text).toContain('<html lang="fr">');
    }
  });

  it('serves the hashed assets for a year, immutable; a missing asset or file is a 404, never the page', async () => {
    const js = await request(app).get('/assets/index-AbC123.js');
    expect(js.status).toBe(200);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.headers['content-type']).toContain('javascript');
    expect((await request(app).get('/assets/index-Missing.js')).status).toBe(404);
    expect((await request(app).get('/robots.txt')).status).toBe(404);
    expect((await request(app).get('/.sources-sha256')).status).toBe(404);
    const icon = await request(app).get('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('leaves the API, the back office, the company portal and the probes alone, and answers only GET and HEAD', async () => {
    for (const p of ['/api', '/api/v1/nothing', '/api/docs', '/admin', '/admin/login', '/entreprise', '/entreprise/x', '/health', '/ready']) {
      const res = await request(app).get(p);
      expect(res.status, p).toBe(404);
      expect(res.body.code, p).toBe('ROUTE.NOT_FOUND');
    }
    expect((await request(app).post('/offres')).status).toBe(404);
    expect((await request(app).head('/offres')).status).toBe(200);
  });

  it('says in French that the portal is not built when it is missing (503, not stored)', async () => {
    const bare = express();
    bare.use(applicantPortal(path.join(dir, 'nowhere')));
    const res = await request(bare).get('/offres');
    expect(res.status).toBe(503);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain('<html lang="fr">');
    expect(res.text).toContain('npm run portals:build');
  });
});

describe('the platform at /', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await createTestPlatform();
  });
  afterAll(async () => {
    await p?.close();
  });

  it('serves the applicant portal (French HTML), no longer a redirect to the back office', async () => {
    const res = await request(p.app).get('/');
    expect(res.status === 200 || res.status === 503, `${res.status}`).toBe(true); // 503 only when the portal is not built (npm test builds it first)
    expect(res.headers.location).toBeUndefined();
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.text).toContain('lang="fr"');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('keeps unknown API routes a JSON 404 and the back office at /admin', async () => {
    expect((await request(p.app).get('/api/v1/nothing-here')).body.code).toBe('ROUTE.NOT_FOUND');
    const admin = await request(p.app).get('/admin/login');
    expect(admin.status).toBe(200);
    expect(admin.text).not.toContain('<div id="app">');
  });
});
