import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { adminRouter } from '../../src/adapters/admin/admin.router';
import { buildWorld, fingerprint, fingerprintDiff, TEST_PASSWORD, type World } from './support/world';

/**
 * Every state-changing form of the back office refuses a request without a valid CSRF token
 * (issue 9 §3). The POST routes are read from the admin router's own stack, so a new form is
 * covered the day it is added. Each is posted by a signed-in admin's browser (its session
 * cookie) without a token, with a forged token and with the token of another session: 403 with an
 * HTML page of the back office (its code in the X-Alin-Error header), and the database unchanged. Then the same post with the right token is not
 * refused for CSRF (the control: the refusal came from the token, not from the route).
 */

interface RouteLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

let world: World;
let posts: string[];

beforeAll(async () => {
  world = await buildWorld();
  const router = adminRouter(world.p.container) as unknown as { stack: RouteLayer[] };
  posts = router.stack.filter((l) => l.route?.methods.post).map((l) => l.route!.path);
}, 120_000);
afterAll(async () => world?.close());

const ID = '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
function concrete(path: string): string {
  const { ids } = world;
  return path
    .replace(/^\/demandes\/:id/, `/demandes/${ids.demandId}`)
    .replace(/^\/offres\/:id/, `/offres/${ids.offerId}`)
    .replace(/^\/bailleurs\/:id/, `/bailleurs/${ids.landlordId}`)
    .replace(/^\/entreprises\/:id/, `/entreprises/${ids.companyId}`)
    .replace(':docId', ids.documentId)
    .replace(/:[A-Za-z]+/g, ID);
}

/** Fields any form might read, so that the request would do something if its token were not checked. */
const FORM = {
  reason: 'Motif de test',
  message: 'Merci de fournir la pièce',
  outcome: 'verified',
  mobilityChecked: '1',
  documentTypes: 'identity',
  name: 'Nom',
  siren: '732829320',
  kind: 'ESH',
  departement: '69',
  year: '2026',
  unitsOwed: '3',
  action: 'suspend',
  points: '10',
  candidacyIds: ID,
  justification: 'x',
  closingDate: '2099-01-01',
  email: 'x@example.fr',
  password: TEST_PASSWORD,
};

async function signedInAdmin(): Promise<{ agent: ReturnType<typeof request.agent>; csrf: string }> {
  const agent = request.agent(world.p.app);
  const email = `csrf-admin-${Date.now()}-${Math.random()}@test.alin`;
  await world.p.signIn('admin', { email });
  const form = await agent.get('/admin/login');
  const token = /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!;
  expect((await agent.post('/admin/login').type('form').send({ email, password: TEST_PASSWORD, _csrf: token })).status).toBe(303);
  const dashboard = await agent.get('/admin');
  expect(dashboard.status).toBe(200);
  return { agent, csrf: /name="_csrf" value="([^"]+)"/.exec(dashboard.text)![1]! };
}

describe('CSRF on every state-changing back-office form', () => {
  it('finds the forms in the admin router (login, logout and every area’s actions)', () => {
    expect(posts).toEqual(expect.arrayContaining(['/login', '/logout', '/demandes/:id/valider', '/bailleurs', '/entreprises']));
    expect(posts.length).toBeGreaterThanOrEqual(15);
  });

  it('refuses each without a valid token (403, an HTML page of the back office), changing nothing; accepts the token of the session', async () => {
    const { agent, csrf } = await signedInAdmin();
    const other = await signedInAdmin(); // a token that is valid, but for another session
    const checked: string[] = [];
    const ordered = [...posts.filter((p) => p !== '/logout' && p !== '/login'), '/login', '/logout'];
    for (const path of ordered) {
      const url = `/admin${concrete(path)}`;
      for (const [what, token] of [
        ['no token', undefined],
        ['a forged token', 'forged-token-0000'],
        ['another session’s token', other.csrf],
        ['an empty token', ''],
      ] as const) {
        const before = await fingerprint(world.p);
        const res = await agent
          .post(url)
          .type('form')
          .send(token === undefined ? FORM : { ...FORM, _csrf: token });
        expect(res.status, `${url} with ${what}: ${res.text.slice(0, 200)}`).toBe(403);
        expect(res.type, url).toBe('text/html');
        expect(res.headers['x-alin-error'], url).toBe('REQUEST.CSRF');
        expect(res.text, url).toMatch(/expiré/);
        expect(fingerprintDiff(before, await fingerprint(world.p)), `${url} with ${what} changed the database`).toEqual([]);
      }
      // the token in a header instead of the form is checked the same way
      expect((await agent.post(url).set('x-csrf-token', 'forged').type('form').send(FORM)).status).toBe(403);
      // the control: with the session's token, the form is not refused for CSRF
      const fresh = /name="_csrf" value="([^"]+)"/.exec((await agent.get('/admin')).text)?.[1] ?? csrf; // a refused login form renews the token
      const ok = await agent
        .post(url)
        .type('form')
        .send({ ...FORM, _csrf: fresh });
      expect(ok.status, `${url} with the right token`).toBeLessThan(500);
      if (ok.status === 403) expect(ok.headers['x-alin-error'], url).not.toBe('REQUEST.CSRF');
      checked.push(`${path} → ${ok.status}`);
    }
    console.log(
      `admin CSRF: ${checked.length} POST routes from the router stack × 5 refused requests each (no token, forged, another session's, empty, forged header), each then accepted with the session's token: ${checked.join(', ')}`,
    );
    expect(checked.length).toBe(posts.length);
  });

  it('refuses a form carrying a NUL character with a 400 naming the field (it was a 500: PostgreSQL cannot store it)', async () => {
    const { agent, csrf } = await signedInAdmin();
    const before = await fingerprint(world.p);
    const res = await agent.post('/admin/bailleurs').type('form').send({ siren: '732829320', name: 'Bailleur\u0000nul', kind: 'ESH', regions: '84', _csrf: csrf });
    expect(res.status, res.text).toBe(400);
    expect(res.type).toBe('text/html');
    expect(res.headers['x-alin-error']).toBe('REQUEST.INVALID');
    expect(res.text).toContain('caractères interdits');
    expect(fingerprintDiff(before, await fingerprint(world.p))).toEqual([]);
  });
});
