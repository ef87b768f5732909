import fc from 'fast-check';
import { HUGE_NUMBERS, INVALID_DATES, INVALID_UUIDS, POLLUTION_KEYS, hostileString, rawNumber, setOwn } from './hostile';

/**
 * fast-check arbitraries derived from the OpenAPI 3.1 document's JSON schemas: values of the
 * right shape (to get past the outer checks), and mutations of them (a required field dropped,
 * a wrong type, an extra or prototype-polluting field, huge strings, arrays and numbers, invalid
 * identifiers and dates, hostile text).
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonSchema = Record<string, any>;
export interface OpenApiDoc {
  components?: { schemas?: Record<string, JsonSchema> };
}

export function resolve(schema: JsonSchema | undefined, doc: OpenApiDoc): JsonSchema {
  let s = schema ?? {};
  for (let i = 0; s.$ref && i < 20; i++) s = doc.components?.schemas?.[String(s.$ref).split('/').pop()!] ?? {};
  return s;
}

const typesOf = (s: JsonSchema): string[] => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : []);

const isoDate = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  const min = s.minLength ?? 0;
  const max = Math.max(min, Math.min(s.maxLength ?? 120, 400));
  const fit = (a: fc.Arbitrary<string>) => a.filter((v) => v.length >= min && v.length <= max);
  if (s.format === 'uuid') return fc.uuid({ version: 4 });
  if (s.format === 'email') return fc.tuple(fc.stringMatching(/^[a-z]{1,12}$/), fc.integer({ min: 0, max: 1e6 })).map(([a, n]) => `${a}.${n}@example.fr`);
  if (s.format === 'date') return isoDate.map((d) => d.slice(0, 10));
  if (s.format === 'date-time') return isoDate;
  if (s.pattern) {
    let re: RegExp;
    try {
      re = new RegExp(s.pattern);
    } catch {
      return fc.constant('x'.repeat(min));
    }
    return fit(fc.stringMatching(re, { size: 'small' }));
  }
  return fc
    .oneof(
      { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-zÀ-ÿ0-9 '-]{1,40}$/).map((v) => (v + 'x'.repeat(min)).slice(0, Math.max(min, Math.min(max, v.length + min)))) },
      { weight: 1, arbitrary: hostileString(max).map((v) => (v.length < min ? v + 'x'.repeat(min - v.length) : v)) },
    )
    .filter((v) => v.length >= min && v.length <= max);
}

function numberArb(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : 0.01) : -1e6);
  const hi = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (integer ? 1 : 0.01) : 1e6);
  if (integer) return fc.integer({ min: Math.ceil(lo), max: Math.max(Math.ceil(lo), Math.floor(hi)) });
  return fc.oneof(fc.integer({ min: Math.ceil(lo), max: Math.max(Math.ceil(lo), Math.floor(hi)) }), fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true }));
}

/** A value of the schema's shape (not always valid: refinements beyond JSON schema are not known here). */
export function validArb(schema: JsonSchema | undefined, doc: OpenApiDoc, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, doc);
  if (depth > 8) return fc.constant(null);
  if (s.const !== undefined) return fc.constant(s.const);
  if (Array.isArray(s.enum) && s.enum.length) return fc.constantFrom(...(s.enum as unknown[]));
  const alternatives = (s.oneOf ?? s.anyOf) as JsonSchema[] | undefined;
  if (alternatives?.length) return fc.oneof(...alternatives.map((a) => validArb(a, doc, depth + 1)));
  if (s.allOf?.length) return validArb(s.allOf[0], doc, depth + 1);
  const types = typesOf(s).filter((t) => t !== 'null');
  const type = types[0] ?? (s.properties ? 'object' : s.items ? 'array' : undefined);
  switch (type) {
    case 'string':
      return stringArb(s);
    case 'integer':
      return numberArb(s, true);
    case 'number':
      return numberArb(s, false);
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const min = s.minItems ?? 0;
      return fc.array(validArb(s.items, doc, depth + 1), { minLength: min, maxLength: Math.max(min, Math.min(s.maxItems ?? 3, 3)) });
    }
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, JsonSchema>;
      const model = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, validArb(v, doc, depth + 1)]));
      const required = ((s.required ?? []) as string[]).filter((k) => k in props);
      return fc.record(model, { requiredKeys: required }) as fc.Arbitrary<unknown>;
    }
    default:
      return fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean());
  }
}

/** Where a mutation was made, as the platform names fields (`body.applicant.lastName`). */
export interface Mutation {
  kind: string;
  path: string[];
}

interface Node {
  path: string[];
  value: unknown;
  schema: JsonSchema;
}

function nodesOf(value: unknown, schema: JsonSchema, doc: OpenApiDoc, path: string[] = [], out: Node[] = []): Node[] {
  let s = resolve(schema, doc);
  const alternatives = (s.oneOf ?? s.anyOf) as JsonSchema[] | undefined;
  if (alternatives?.length) s = resolve(alternatives.find((a) => typesOf(resolve(a, doc)).includes(Array.isArray(value) ? 'array' : typeof value)) ?? alternatives[0], doc);
  out.push({ path, value, schema: s });
  if (Array.isArray(value)) value.forEach((v, i) => nodesOf(v, s.items ?? {}, doc, [...path, String(i)], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) nodesOf(v, s.properties?.[k] ?? {}, doc, [...path, k], out);
  return out;
}

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

function setAt(root: unknown, path: string[], replace: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replace(root);
  const copy = clone(root) as Record<string, unknown>;
  let cursor = copy;
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string, unknown>;
  const last = path[path.length - 1]!;
  const next = replace(cursor[last]);
  if (next === DROP) delete cursor[last];
  else setOwn(cursor, last, next);
  return copy;
}
const DROP = Symbol('drop');

const wrongTypeFor = (v: unknown): fc.Arbitrary<unknown> => {
  if (typeof v === 'string') return fc.constantFrom<unknown>(42, true, [v], { value: v }, null, 0);
  if (typeof v === 'number') return fc.constantFrom<unknown>(String(v), 'douze', true, [v], null, {}, '');
  if (typeof v === 'boolean') return fc.constantFrom<unknown>('true', 1, 'yes', null, [true]);
  if (Array.isArray(v)) return fc.constantFrom<unknown>('a,b', {}, 3, null, { 0: v[0] });
  if (v && typeof v === 'object') return fc.constantFrom<unknown>([v], 'object', 1, null, true);
  return fc.constantFrom<unknown>('x', 1, {}, []);
};

/** One mutation of a value of the schema's shape, with where it was made. */
export function mutate(value: unknown, schema: JsonSchema | undefined, doc: OpenApiDoc): fc.Arbitrary<{ value: unknown; mutation: Mutation }> {
  const nodes = nodesOf(value, schema ?? {}, doc);
  const objects = nodes.filter((n) => n.value !== null && typeof n.value === 'object' && !Array.isArray(n.value));
  const strings = nodes.filter((n) => typeof n.value === 'string');
  const withRequired = objects.filter((n) => ((n.schema.required ?? []) as string[]).some((k) => k in (n.value as object)));
  const formatted = strings.filter((n) => n.schema.format || n.schema.pattern || n.schema.enum);
  const arrays = nodes.filter((n) => Array.isArray(n.value));
  const numbers = nodes.filter((n) => typeof n.value === 'number');
  const options: fc.Arbitrary<{ value: unknown; mutation: Mutation }>[] = [];

  if (withRequired.length) {
    options.push(
      fc.constantFrom(...withRequired).chain((n) => {
        const present = ((n.schema.required ?? []) as string[]).filter((k) => k in (n.value as object));
        return fc.constantFrom(...present).map((key) => ({ value: setAt(value, [...n.path, key], () => DROP), mutation: { kind: 'drop-required', path: [...n.path, key] } }));
      }),
    );
  }
  options.push(
    fc.constantFrom(...nodes).chain((n) => wrongTypeFor(n.value).map((w) => ({ value: setAt(value, n.path, () => w), mutation: { kind: 'wrong-type', path: n.path } }))),
  );
  if (objects.length) {
    options.push(
      fc
        .tuple(
          fc.constantFrom(...objects),
          fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string({ minLength: 1, maxLength: 20 })),
          fc.oneof(fc.constant<unknown>({ isAdmin: true, polluted: 'yes' }), fc.constant<unknown>('admin'), hostileString(50)),
        )
        .filter(([n, key]) => !(key in (n.value as object)) || POLLUTION_KEYS.includes(key))
        .map(([n, key, extra]) => ({
          value: setAt(value, n.path, (old) => {
            const o = { ...(old as object) } as Record<string, unknown>;
            setOwn(o, key, extra);
            return o;
          }),
          mutation: { kind: 'extra-field', path: [...n.path, key] },
        })),
    );
  }
  options.push(
    fc.tuple(fc.constantFrom(...nodes), fc.constantFrom(300_000, 60_000, 5_000), fc.constantFrom('A', 'é', '😀', '\u0000', "'")).map(([n, size, unit]) => ({
      value: setAt(value, n.path, () => unit.repeat(size)),
      mutation: { kind: 'huge-string', path: n.path },
    })),
  );
  options.push(
    fc.tuple(fc.constantFrom(...(arrays.length ? arrays : nodes)), fc.constantFrom(2_000, 20_000)).map(([n, size]) => ({
      value: setAt(value, n.path, (old) => Array.from({ length: size }, (_, i) => (Array.isArray(old) && old.length ? old[i % old.length] : i))),
      mutation: { kind: 'huge-array', path: n.path },
    })),
  );
  options.push(
    fc.tuple(fc.constantFrom(...(numbers.length ? numbers : nodes)), fc.constantFrom(...HUGE_NUMBERS)).map(([n, big]) => ({
      value: setAt(value, n.path, () => big),
      mutation: { kind: 'huge-number', path: n.path },
    })),
  );
  if (formatted.length) {
    options.push(
      fc.tuple(fc.constantFrom(...formatted), fc.constantFrom(...INVALID_UUIDS, ...INVALID_DATES, 'x', '', ' ', '\u0000')).map(([n, bad]) => ({
        value: setAt(value, n.path, () => bad),
        mutation: { kind: 'invalid-format', path: n.path },
      })),
    );
  }
  if (strings.length) {
    options.push(
      fc.tuple(fc.constantFrom(...strings), hostileString(2000)).map(([n, s]) => ({ value: setAt(value, n.path, () => s), mutation: { kind: 'hostile-string', path: n.path } })),
    );
  }
  options.push(fc.constantFrom(...nodes).map((n) => ({ value: setAt(value, n.path, () => null), mutation: { kind: 'null', path: n.path } })));
  options.push(fc.constantFrom<unknown>([], 'string', 42, true, [value], { nested: value }).map((v) => ({ value: v, mutation: { kind: 'root-replaced', path: [] } })));
  options.push(fc.constant({ value: { a: rawNumber('1e999'), b: rawNumber('-1e999') }, mutation: { kind: 'raw-number', path: [] } }));
  return fc.oneof(...options);
}
