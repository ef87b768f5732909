import { Writable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { z, type ZodType } from 'zod';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { auth, randomSiret, rows } from '../support/scenario';
import { createLandlord } from '../support/candidacy-fixtures';
import { ConfigError, loadConfig, parseTrustProxy } from '../../src/bootstrap/config';
import { testConfig } from '../../src/bootstrap/testing/test-config';
import { buildContainer } from '../../src/bootstrap/container';
import { createApp } from '../../src/adapters/http/app';
import { COMPANY_SPACE } from '../../src/modules/company-space/index';
import { createLogger } from '../../src/bootstrap/logger';
import type { RouteRecord } from '../../src/adapters/http/openapi';
import type { Role } from '../../src/modules/identity/index';

/**
 * The HTTP edge attacked (issue 19 §1, §4, §12, §13), as an attacker would: one unauthenticated
 * form post built to make a pattern backtrack, a flood of refused requests, a forged left-most
 * X-Forwarded-For behind one proxy, out-of-range numbers, long strings and long arrays on every
 * route, and a look at the caching headers of personal answers.
 *
 * The platform runs behind one proxy (TRUST_PROXY=1): supertest's socket is the proxy, and the
 * right-most X-Forwarded-For entry is the address the proxy saw.
 */

const SPACE_LIMIT = 3;
let p: TestPlatform;
let agent: { token: string; email: string };

beforeAll(async () => {
  p = await createTestPlatform({ env: { TRUST_PROXY: '1', SPACE_REQUESTS_PER_ADDRESS: String(SPACE_LIMIT), SPACE_REQUEST_WINDOW_SECONDS: '600' } });
  agent = await p.signIn('agent');
}, 60_000);
afterAll(async () => p?.close());

const csrfOf = (html: string): string => {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  expect(token, 'a CSRF token in the page').toBeTruthy();
  return token!;
};
const expectProblem = (res: request.Response, status: number) => {
  expect(res.status, res.text.slice(0, 500)).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
};
const spaceRequest = () => ({ companyName: 'Attaque SA', siret: randomSiret().siret, contactName: 'Mme RH', contactEmail: 'rh@example.fr' });

/** Runs `work` while sampling the event loop: its largest delay (ms) and the wall time (ms). */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; elapsedMs: number; maxLoopDelayMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const started = performance.now();
  try {
    const result = await work();
    return { result, elapsedMs: performance.now() - started, maxLoopDelayMs: histogram.max / 1e6 };
  } finally {
    histogram.disable();
  }
}

describe('§1 regular-expression denial of service', () => {
  // 'a@' followed by ~95,000 dots and an '@': the former e-mail pattern `[^\s@]+@[^\s@]+\.[^\s@]+`
  // tried every split of the dots (about 20 s of blocked event loop for this one request)
  const payload = (i: number) => ({ ...spaceRequest(), contactEmail: `a${i}@${'.'.repeat(95_000)}@` });

  it('the crafted e-mail on the public request page is refused at once, the event loop never blocks, and every refused post counts in the limit', async () => {
    const client = '203.0.113.10';
    const browser = request.agent(p.app);
    const form = await browser.get('/entreprise/demande-espace').set('X-Forwarded-For', client);
    const csrf = csrfOf(form.text);
    // the attacker's posts, in parallel
    const { result, elapsedMs, maxLoopDelayMs } = await measured(() =>
      Promise.all(
        Array.from({ length: SPACE_LIMIT }, (_, i) =>
          browser
            .post('/entreprise/demande-espace')
            .set('X-Forwarded-For', client)
            .type('form')
            .send({ ...payload(i), _csrf: csrf }),
        ),
      ),
    );
    for (const res of result) {
      expect(res.status).toBe(422);
      expect(res.text).toContain('id="contactEmail-error"');
    }
    expect(elapsedMs, 'the three attack posts together').toBeLessThan(1000);
    expect(maxLoopDelayMs, 'largest event-loop delay during the attack').toBeLessThan(1000);

    // the refused posts were counted: a valid request from the same address is now limited
    const next = await browser
      .post('/entreprise/demande-espace')
      .set('X-Forwarded-For', client)
      .type('form')
      .send({ ...spaceRequest(), _csrf: csrf });
    expect(next.status).toBe(429);
    expect(Number(next.headers['retry-after'])).toBeGreaterThan(0);
    expect(next.text).toContain('Trop de demandes');
    // and on the API as well (same limit, same address)
    expectProblem(await request(p.app).post('/api/v1/companies/space-requests').set('X-Forwarded-For', client).send(spaceRequest()), 429);
    // nothing was written for this attacker
    const count = rows<{ n: number }>(await p.db.database.db.execute(sql`select count(*)::int as n from company_space.space_requests where company_name = 'Attaque SA'`));
    expect(count[0]!.n).toBe(0);
  });

  it('the API answers a maximal e-mail body with a 400 in well under a second', async () => {
    const { result, elapsedMs, maxLoopDelayMs } = await measured(() =>
      request(p.app)
        .post('/api/v1/companies/space-requests')
        .set('X-Forwarded-For', '203.0.113.11')
        .send({ ...spaceRequest(), contactEmail: `a@${'a.'.repeat(450_000)}!` }),
    );
    expectProblem(result, 400);
    expect(result.body.errors.map((e: { field: string }) => e.field)).toContain('body.contactEmail');
    expect(elapsedMs).toBeLessThan(1000);
    expect(maxLoopDelayMs).toBeLessThan(1000);
  });
});

describe('§4 whose address: TRUST_PROXY', () => {
  it('reads a number of hops or a list of proxies, maps `true` to one hop and refuses anything else at start-up', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('true')).toBe(1); // never "every hop"
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('10.0.0.0/8, 192.168.1.10,loopback')).toEqual(['10.0.0.0/8', '192.168.1.10', 'loopback']);
    expect(loadConfig({ NODE_ENV: 'test', TRUST_PROXY: 'true' }).http.trustProxy).toBe(1);
    for (const bad of ['everything', '10.0.0.0/33', '11', '1.2.3']) {
      expect(() => loadConfig({ NODE_ENV: 'test', TRUST_PROXY: bad })).toThrow(ConfigError);
    }
    expect(() => loadConfig({ NODE_ENV: 'test', TRUST_PROXY: 'everything' })).toThrow(/TRUST_PROXY/);
  });

  it('behind one proxy, a forged left-most X-Forwarded-For changes neither the per-address limit nor the audit', async () => {
    const real = '198.51.100.20';
    // every request forges another left-most address; the proxy appends the real one
    for (let i = 0; i < SPACE_LIMIT; i++) {
      const res = await request(p.app).post('/api/v1/companies/space-requests').set('X-Forwarded-For', `10.66.0.${i}, ${real}`).send(spaceRequest());
      expect(res.status, res.text).toBe(201);
    }
    const forged = await request(p.app).post('/api/v1/companies/space-requests').set('X-Forwarded-For', `10.66.1.99, ${real}`).send(spaceRequest());
    expectProblem(forged, 429);
    // another client behind the same proxy is not affected
    expect((await request(p.app).post('/api/v1/companies/space-requests').set('X-Forwarded-For', `10.66.1.99, 198.51.100.21`).send(spaceRequest())).status).toBe(201);

    // the audit records the address the proxy saw, not the forged one
    const email = `inconnu-${randomUUID()}@example.fr`;
    expectProblem(await request(p.app).post('/api/v1/auth/login').set('X-Forwarded-For', `6.6.6.6, 198.51.100.30`).send({ email, password: 'mauvais-mot-de-passe' }), 401);
    const audited = rows<{ address: string | null; detail: unknown }>(
      await p.db.database.db.execute(sql`select address, detail from platform.audit_entries where action = 'security.login_failed' order by id desc limit 1`),
    );
    expect(audited[0]?.address).toBe('198.51.100.30');
  });
});

// ── §12 numbers, strings and arrays without bounds ─────────────────────────────────────────────

type Json = Record<string, unknown>;
const jsonSchema = (schema: ZodType): Json => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;

/** Every number, string and array of a request schema that has no bound (the oracle of the bounds). */
function unbounded(node: unknown, path: string, out: string[], depth = 0): void {
  if (!node || typeof node !== 'object' || depth > 30) return;
  const s = node as Json;
  const types = Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : [];
  const bounded = (max: string, min?: string) =>
    (s[max] !== undefined || s[`exclusiveM${max.slice(1)}`] !== undefined) && (!min || s[min] !== undefined || s[`exclusiveM${min.slice(1)}`] !== undefined);
  if (s.enum === undefined && s.const === undefined) {
    if ((types.includes('number') || types.includes('integer')) && !bounded('maximum', 'minimum')) out.push(`${path}: number without minimum and maximum`);
    if (types.includes('string') && s.maxLength === undefined && s.format !== 'uuid') out.push(`${path}: string without maxLength`);
    if (types.includes('array') && s.maxItems === undefined) out.push(`${path}: array without maxItems`);
  }
  for (const [key, value] of Object.entries(s)) {
    if (key === 'properties' && value && typeof value === 'object') for (const [k, v] of Object.entries(value)) unbounded(v, `${path}.${k}`, out, depth + 1);
    else if (key === 'items') unbounded(value, `${path}[]`, out, depth + 1);
    else if ((key === 'anyOf' || key === 'oneOf' || key === 'allOf') && Array.isArray(value)) value.forEach((v) => unbounded(v, path, out, depth + 1));
    else if (key === 'additionalProperties' && value && typeof value === 'object') unbounded(value, `${path}.*`, out, depth + 1);
  }
}

/** A leaf of a request schema: where it is, what it is, and a value beyond its bound. */
interface Leaf {
  path: string[];
  hostile: unknown[];
}

function firstBranch(s: Json): Json {
  const branches = (s.anyOf ?? s.oneOf) as Json[] | undefined;
  return branches ? firstBranch(branches.find((b) => b.type !== 'null') ?? branches[0]!) : s;
}

function leaves(node: Json, path: string[], out: Leaf[], query: boolean, depth = 0): void {
  if (depth > 6) return;
  const s = firstBranch(node);
  if (s.enum !== undefined || s.const !== undefined) return;
  const type = Array.isArray(s.type) ? (s.type as string[]).find((t) => t !== 'null') : (s.type as string | undefined);
  if (type === 'object' && s.properties) {
    for (const [k, v] of Object.entries(s.properties as Record<string, Json>)) leaves(v, [...path, k], out, query, depth + 1);
  } else if (type === 'number' || type === 'integer') {
    out.push({ path, hostile: [1e300, -1e300, 3_000_000_000] });
  } else if (type === 'string' && s.format !== 'uuid') {
    // long, and beyond the bound (a query string stays under Node's 16 KB header limit, which answers 431 by itself)
    out.push({ path, hostile: ['x'.repeat(Math.max(Number(s.maxLength ?? 0) + 1, path.length && query ? 4000 : 20_000))] });
  } else if (type === 'array') {
    const items = firstBranch((s.items ?? {}) as Json);
    const item = Array.isArray(items.enum) ? items.enum[0] : items.type === 'number' || items.type === 'integer' ? 1 : items.type === 'object' ? {} : 'a';
    out.push({ path, hostile: [Array.from({ length: Math.max(Number(s.maxItems ?? 0) + 1, 1000) }, () => item)] });
  }
}

/** The constants a body must carry to reach a branch (a discriminated union's `action`), from its first branch. */
function skeleton(schema: Json): Json {
  const props = (firstBranch(schema).properties ?? {}) as Record<string, Json>;
  return Object.fromEntries(
    Object.entries(props)
      .filter(([, v]) => v.const !== undefined)
      .map(([k, v]) => [k, v.const]),
  );
}

function withValue(path: string[], value: unknown, base: Json = {}): Json {
  const root: Json = { ...base };
  let at = root;
  path.forEach((key, i) => {
    if (i === path.length - 1) at[key] = value;
    else at = (at[key] = {}) as Json;
  });
  return root;
}

/** Path parameters that pass their schema (ids unknown to the database: the body is checked before any lookup). */
function fillPath(route: RouteRecord): string {
  const params = route.schemas?.params ? firstBranch(jsonSchema(route.schemas.params)) : {};
  const props = (params.properties ?? {}) as Record<string, Json>;
  return route.path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => {
    const s = firstBranch(props[name] ?? {});
    return Array.isArray(s.enum) ? String(s.enum[0]) : randomUUID();
  });
}

describe('§12 every number, string and array of a request is bounded', () => {
  it('the request schemas of every route bound each number (min and max), string (maxLength) and array (maxItems)', () => {
    // the oracle sees what it must see
    const control: string[] = [];
    unbounded(jsonSchema(z.strictObject({ n: z.number().min(0), s: z.string(), a: z.array(z.string().max(3)), ok: z.number().int().min(0).max(9) })), 'control', control);
    expect(control).toEqual(['control.n: number without minimum and maximum', 'control.s: string without maxLength', 'control.a: array without maxItems']);
    const problems: string[] = [];
    for (const route of p.api.routes) {
      for (const [where, schema] of Object.entries(route.schemas ?? {})) {
        if (schema) unbounded(jsonSchema(schema), `${route.method.toUpperCase()} ${route.path} ${where}`, problems);
      }
    }
    expect(problems).toEqual([]);
  });

  it('out-of-range numbers, long strings and long arrays on every route answer 400 problem+json naming the field, never 500', async () => {
    // a caller of each role (with its organisation where the role needs one)
    const landlord = await createLandlord(p, agent.token);
    const company = await request(p.app)
      .post('/api/v1/companies')
      .set(auth(agent.token))
      .send({ name: 'Bornes SA', sirets: [randomSiret().siret] });
    expect(company.status, company.text).toBe(201);
    const tokens = new Map<Role, string>([
      ['agent', agent.token],
      ['landlord_user', landlord.landlordToken],
      ['company_manager', (await p.signIn('company_manager', { orgId: company.body.id as string })).token],
    ]);
    const tokenFor = async (access: RouteRecord['access']): Promise<string | undefined> => {
      if (access === 'public') return undefined;
      const role = (access === 'authenticated' ? 'applicant' : access.find((r) => r !== 'landlord_client')) as Role | undefined;
      if (!role) return undefined;
      if (!tokens.has(role)) tokens.set(role, (await p.signIn(role)).token);
      return tokens.get(role);
    };
    const failures: string[] = [];
    let sent = 0;
    for (const route of p.api.routes) {
      if (route.access !== 'public' && route.access !== 'authenticated' && !route.access.some((r) => r !== 'landlord_client')) continue;
      const token = await tokenFor(route.access);
      const url = `/api/v1${fillPath(route)}`;
      const cases: { location: 'body' | 'query'; leaf: Leaf; value: unknown }[] = [];
      for (const location of ['body', 'query'] as const) {
        const schema = route.schemas?.[location];
        if (!schema) continue;
        const found: Leaf[] = [];
        leaves(jsonSchema(schema), [], found, location === 'query');
        for (const leaf of found) for (const value of leaf.hostile) cases.push({ location, leaf, value });
      }
      for (const { location, leaf, value } of cases) {
        const field = [location, ...leaf.path].join('.');
        let req = request(p.app)[route.method](url).set('X-Forwarded-For', '192.0.2.77');
        if (token) req = req.set(auth(token));
        if (location === 'body') req = req.send(withValue(leaf.path, value, skeleton(jsonSchema(route.schemas!.body!))));
        else req = req.query({ [leaf.path.join('.')]: typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value) });
        const res = await req;
        sent++;
        const fields = ((res.body?.errors ?? []) as { field: string }[]).map((e) => e.field);
        const named = fields.some((f) => f === field || f.startsWith(`${field}.`));
        if (res.status !== 400 || !/^application\/problem\+json/.test(String(res.headers['content-type'])) || !named) {
          failures.push(`${route.method.toUpperCase()} ${route.path} ${field}=${String(value).slice(0, 20)}… → ${res.status} ${fields.join(', ').slice(0, 200)}`);
        }
      }
    }
    expect(sent).toBeGreaterThan(200);
    expect(failures).toEqual([]);
  }, 120_000);

  it('the documented attacks: a surface of 1e300 and 3,000,000,000 units owed are 400s naming the field', async () => {
    const landlord = await createLandlord(p, agent.token);
    const offer = await request(p.app).post('/api/v1/offers').set(auth(landlord.landlordToken)).send({ surface: 1e300 });
    expectProblem(offer, 400);
    expect(offer.body.errors.map((e: { field: string }) => e.field)).toContain('body.surface');
    const owed = await request(p.app)
      .patch(`/api/v1/landlords/${landlord.landlordId}/agreements/${landlord.agreementId}`)
      .set(auth(agent.token))
      .send({ unitsOwed: 3_000_000_000 });
    expectProblem(owed, 400);
    expect(owed.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.unitsOwed']);
  });

  it('a value the database refuses is a 400, and no log line of the request (error handler, request logger) holds the parameters or the value', async () => {
    // a real driver error (PGlite or PostgreSQL): an integer beyond the column's range, beside a secret parameter
    const secret = 3_000_000_123;
    const dbError = await p.db.database.db.execute(sql`select ${secret}::int as n, ${'jeton-secret-abc'}::text as t`).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(dbError).toBeInstanceOf(Error);
    // the real app on the platform's logger (bootstrap/logger.ts) writing to a sink, its space requests failing with that error
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const container = buildContainer({ config: testConfig({ SPACE_REQUESTS_PER_ADDRESS: '1000' }), database: p.db.database, logger: createLogger({ logLevel: 'trace' }, sink) });
    const real = container.get(COMPANY_SPACE.Service);
    container.rebindSync(COMPANY_SPACE.Service).toConstantValue(
      new Proxy(real, {
        get: (target, key) => (key === 'requestSpace' ? () => Promise.reject(dbError) : Reflect.get(target, key)),
      }),
    );
    const { app } = createApp(container);
    const res = await request(app).post('/api/v1/companies/space-requests').send(spaceRequest());
    expectProblem(res, 400);
    expect(res.body.code).toBe('REQUEST.VALUE_OUT_OF_RANGE');
    const log = lines.join('');
    expect(log).toContain('value refused by the database');
    expect(log).toContain('select $1::int');
    expect(log).not.toContain(String(secret));
    expect(log).not.toContain('jeton-secret-abc');
  });
});

describe('§13 personal answers are never cached', () => {
  const NO_STORE = 'no-store';

  it('API answers per role (successes, errors and sign-in) carry Cache-Control: no-store; static assets stay cacheable', async () => {
    const applicant = await p.signIn('applicant');
    const landlord = await createLandlord(p, agent.token);
    const company = await request(p.app)
      .post('/api/v1/companies')
      .set(auth(agent.token))
      .send({ name: 'Cache SA', sirets: [randomSiret().siret] });
    expect(company.status, company.text).toBe(201);
    const manager = await p.signIn('company_manager', { orgId: company.body.id as string });
    const admin = await p.signIn('admin');
    const samples: [string, string, string | undefined, number][] = [
      ['applicant', '/api/v1/me', applicant.token, 200],
      ['applicant', '/api/v1/me/export', applicant.token, 200],
      ['agent', '/api/v1/demands', agent.token, 200],
      ['agent', `/api/v1/demands/${randomUUID()}`, agent.token, 404],
      ['admin', '/api/v1/me', admin.token, 200],
      ['landlord_user', `/api/v1/landlords/${landlord.landlordId}`, landlord.landlordToken, 200],
      ['company_manager', `/api/v1/companies/${company.body.id}`, manager.token, 200],
      ['anonymous', '/api/v1/me', undefined, 401],
    ];
    for (const [who, url, token, status] of samples) {
      const res = await (token ? request(p.app).get(url).set(auth(token)) : request(p.app).get(url));
      expect(res.status, `${who} ${url}: ${res.text.slice(0, 200)}`).toBe(status);
      expect(res.headers['cache-control'], `${who} ${url}`).toBe(NO_STORE);
    }
    const login = await request(p.app).post('/api/v1/auth/login').send({ email: applicant.email, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.headers['cache-control']).toBe(NO_STORE);
  });

  it('back-office and company-portal pages (signed in or not) carry no-store; their assets do not', async () => {
    const browser = request.agent(p.app);
    const form = await browser.get('/admin/login');
    expect(form.headers['cache-control']).toBe(NO_STORE);
    const signedIn = await browser
      .post('/admin/login')
      .type('form')
      .send({ email: agent.email, password: TEST_PASSWORD, _csrf: csrfOf(form.text) });
    expect(signedIn.status, signedIn.text.slice(0, 300)).toBe(303);
    for (const page of ['/admin', '/admin/demandes']) {
      const res = await browser.get(page);
      expect([200, 404], `${page}: ${res.status}`).toContain(res.status);
      expect(res.headers['cache-control'], page).toBe(NO_STORE);
    }
    const portal = await request(p.app).get('/entreprise/connexion');
    expect(portal.status).toBe(200);
    expect(portal.headers['cache-control']).toBe(NO_STORE);
    // a company manager's pages (its employees' requests)
    const company = await request(p.app)
      .post('/api/v1/companies')
      .set(auth(agent.token))
      .send({ name: 'Portail SA', sirets: [randomSiret().siret] });
    expect(company.status, company.text).toBe(201);
    const manager = await p.signIn('company_manager', { orgId: company.body.id as string });
    const managerBrowser = request.agent(p.app);
    const portalForm = await managerBrowser.get('/entreprise/connexion');
    const portalSignIn = await managerBrowser
      .post('/entreprise/connexion')
      .type('form')
      .send({ email: manager.email, password: TEST_PASSWORD, _csrf: csrfOf(portalForm.text) });
    expect(portalSignIn.status, portalSignIn.text.slice(0, 300)).toBe(303);
    for (const page of ['/entreprise', '/entreprise/demandes']) {
      const res = await managerBrowser.get(page);
      expect(res.status, `${page}: ${res.status}`).toBeLessThan(500);
      expect(res.text, page).toContain('Portail SA');
      expect(res.headers['cache-control'], page).toBe(NO_STORE);
    }
    const asset = /(?:href|src)="(\/(?:admin|entreprise)\/assets\/[^"]+)"/.exec(form.text + portal.text)?.[1];
    expect(asset, 'a static asset linked from the pages').toBeTruthy();
    const assetRes = await request(p.app).get(asset!);
    expect(assetRes.status).toBe(200);
    expect(assetRes.headers['cache-control']).not.toBe(NO_STORE);
  });
});
