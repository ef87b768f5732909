import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Role } from '../../src/modules/identity/index';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * The examples of the OpenAPI document are values the API accepts (issue 16, « the API gaps »):
 * every example of a request field (body, query, path) is sent to its route, alone, by a caller the
 * route lets in, and the answer must not name that field as invalid. A control sends a value no
 * schema of the platform accepts in the same place and expects the field to be named: the test
 * can fail.
 */

interface Example {
  method: string;
  path: string;
  location: 'body' | 'query' | 'params';
  /** the field's path inside its location; `[]` marks an array's item */
  field: string[];
  value: unknown;
}

type Schema = { [k: string]: unknown; properties?: Record<string, Schema>; items?: Schema; $ref?: string; anyOf?: Schema[]; allOf?: Schema[]; oneOf?: Schema[]; example?: unknown };
type Operation = { parameters?: { in: string; name: string; schema?: Schema; example?: unknown }[]; requestBody?: { content?: Record<string, { schema?: Schema }> } };

function examplesOf(doc: { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } }): Example[] {
  const out: Example[] = [];
  const walk = (s: Schema | undefined, at: string[], push: (field: string[], value: unknown) => void, depth = 0) => {
    if (!s || typeof s !== 'object' || depth > 12) return;
    if (s.$ref) return walk(doc.components?.schemas?.[s.$ref.split('/').pop() ?? ''], at, push, depth + 1);
    if ('example' in s) push(at, s.example);
    for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, [...at, k], push, depth + 1);
    if (s.items) walk(s.items, [...at, '[]'], push, depth + 1);
    for (const x of [...(s.anyOf ?? []), ...(s.allOf ?? []), ...(s.oneOf ?? [])]) walk(x, at, push, depth + 1);
  };
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      for (const prm of op.parameters ?? []) {
        const location = prm.in === 'path' ? 'params' : prm.in === 'query' ? 'query' : undefined;
        if (!location) continue;
        const push = (field: string[], value: unknown) => out.push({ method, path, location, field, value });
        if (prm.example !== undefined) push([prm.name], prm.example);
        walk(prm.schema, [prm.name], push);
      }
      walk(op.requestBody?.content?.['application/json']?.schema, [], (field, value) => out.push({ method, path, location: 'body', field, value }));
    }
  }
  return out;
}

/** `['wishes', 'communeCodes', '[]']` and a value → `{ wishes: { communeCodes: [value] } }` */
function nest(field: string[], value: unknown): unknown {
  if (field.length === 0) return value;
  const [head, ...rest] = field;
  return head === '[]' ? [nest(rest, value)] : { [head!]: nest(rest, value) };
}

const CALLERS: Role[] = ['applicant', 'agent', 'admin', 'landlord_user', 'company_manager'];

describe('the OpenAPI document’s examples', () => {
  let p: TestPlatform;
  let examples: Example[];
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    p = await createTestPlatform();
    const doc = (await request(p.app).get('/api/openapi.json')).body;
    examples = examplesOf(doc);
    for (const role of CALLERS) {
      try {
        tokens.set(role, (await p.signIn(role)).token);
      } catch {
        // a role that needs an organisation to sign in is left out; the roles above cover every route with an example
      }
    }
  }, 60_000);
  afterAll(async () => p?.close());

  async function send(e: Example, value: unknown): Promise<{ status: number; fields: string[] }[]> {
    const url = e.path.replace(/\{[^}]+\}/g, (m) => (e.location === 'params' && m === `{${e.field[0]}}` ? encodeURIComponent(String(value)) : randomUUID()));
    const answers: { status: number; fields: string[] }[] = [];
    for (const token of tokens.values()) {
      let req = request(p.app)[e.method as 'get' | 'post' | 'patch' | 'put' | 'delete'](url).set('Authorization', `Bearer ${token}`);
      if (e.location === 'query') req = req.query({ [e.field[0]!]: String(value) });
      if (e.location === 'body') req = req.send(nest(e.field, value) as object);
      else if (e.method !== 'get' && e.method !== 'delete') req = req.send({});
      const res = await req;
      if (res.status === 401 || res.status === 403) continue;
      answers.push({ status: res.status, fields: ((res.body?.errors ?? []) as { field: string }[]).map((f) => f.field) });
    }
    return answers;
  }

  const fieldName = (e: Example) => [e.location, ...e.field.map((f) => (f === '[]' ? '0' : f))].join('.');

  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  it('accepts every example in its place, for a caller the route lets in', async () => {
    const refused: string[] = [];
    for (const e of examples) {
      const answers = await send(e, e.value);
      if (answers.length === 0) refused.push(`${e.method.toUpperCase()} ${e.path} ${fieldName(e)}: no caller let in`);
      for (const a of answers)
        if (a.fields.includes(fieldName(e))) refused.push(`${e.method.toUpperCase()} ${e.path} ${fieldName(e)} = ${JSON.stringify(e.value)} refused (${a.status})`);
    }
    expect(refused).toEqual([]);
  }, 120_000);

  it('names the field when the same place gets a value nothing accepts (control)', async () => {
    const control = examples.filter((e) => e.location === 'body');
    expect(control.length).toBeGreaterThan(0);
    const notNamed: string[] = [];
    for (const e of control) {
      const answers = await send(e, { not: 'a value' });
      if (!answers.some((a) => a.status === 400 && a.fields.some((f) => f === fieldName(e) || f.startsWith(`${fieldName(e)}.`))))
        notNamed.push(`${e.method.toUpperCase()} ${e.path} ${fieldName(e)}`);
    }
    expect(notNamed).toEqual([]);
  }, 120_000);
});
