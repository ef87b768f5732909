import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import type { NextFunction, Request, Response, Router } from 'express';
import { z, type ZodType } from 'zod';
import type { Principal, Role } from '../../modules/identity/index';
import { RequestValidationError, unstorableTextErrors, zodFieldErrors } from './problem';
import { requirePrincipal } from './auth';

export type Access = 'public' | 'authenticated' | readonly Role[];
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteSpec<P extends ZodType, Q extends ZodType, B extends ZodType> {
  method: Method;
  /** express-style path relative to /api/v1, e.g. `/demands/:id` */
  path: string;
  summary: string;
  tags: string[];
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  /** status of a success (default 200) */
  status?: number;
  response?: ZodType;
  /** other successes answering the same body, e.g. { 200: 'the same request replayed' } beside a 201 */
  alsoStatus?: Record<number, string>;
  /** other documented answers, e.g. { 404: 'not found' } */
  errors?: Record<number, string>;
}

export interface HandlerContext<P, Q, B> {
  req: Request;
  res: Response;
  params: P;
  query: Q;
  body: B;
  principal: Principal;
}

/**
 * An answer of a declared route that the OpenAPI document does not describe: a status it does not
 * declare, or a JSON body its schema for that status does not parse. Looked for only when the app
 * is built with a `checkResponses` callback (the tests' platform): the server builds it without.
 */
export interface ResponseMismatch {
  method: string;
  /** the declared path, e.g. `/demands/:id` */
  route: string;
  url: string;
  status: number;
  problem: string;
}

/** Every route the API declares: the OpenAPI document and the authorization matrix are built from it. */
export interface RouteRecord {
  method: Method;
  path: string;
  access: Access;
  summary: string;
  /** the zod schemas the route validates its input with (the fuzz test's oracle) */
  schemas?: { params?: ZodType; query?: ZodType; body?: ZodType };
}

export class ApiDefinition {
  readonly registry = new OpenAPIRegistry();
  readonly routes: RouteRecord[] = [];

  /**
   * @param checkResponses when given (tests only), every answer of a declared route is compared
   *   with the document: its status must be declared, and its JSON body parsed by the schema declared
   *   for that status (the success schema, or problem+json for an error); each mismatch is reported.
   */
  constructor(
    private readonly base = '/api/v1',
    private readonly checkResponses?: (mismatch: ResponseMismatch) => void,
  ) {
    this.registry.registerComponent('securitySchemes', 'bearer', {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: 'Jeton d’accès JWT signé (HS256 seul accepté ; iss, aud, exp vérifiés ; 15 minutes), conforme aux bonnes pratiques de la RFC8725, lié à une session révocable.',
    });
  }

  /**
   * Declares a route: validates params, query and body with zod (unknown fields refused when the
   * schema is strict), checks the caller's role, calls the handler and sends its result as JSON.
   */
  route<P extends ZodType = ZodType<Record<string, never>>, Q extends ZodType = ZodType<Record<string, never>>, B extends ZodType = ZodType<undefined>>(
    router: Router,
    spec: RouteSpec<P, Q, B>,
    handler: (ctx: HandlerContext<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<unknown>,
  ): void {
    this.routes.push({ method: spec.method, path: spec.path, access: spec.access, summary: spec.summary, schemas: { params: spec.params, query: spec.query, body: spec.body } });
    const openapiPath = this.base + spec.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const status = spec.status ?? 200;
    const errors: Record<number, string> = { 400: 'invalid request (problem+json with per-field errors)', ...spec.errors };
    if (spec.access !== 'public') Object.assign(errors, { 401: 'not signed in', 403: 'role not allowed' }, spec.errors);
    const successes = [status, ...Object.keys(spec.alsoStatus ?? {}).map(Number)];
    const success = spec.response ? { description: 'success', content: { 'application/json': { schema: spec.response } } } : { description: 'success' };
    this.registry.registerPath({
      method: spec.method,
      path: openapiPath,
      summary: spec.summary,
      tags: spec.tags,
      ...(spec.access !== 'public' ? { security: [{ bearer: [] }] } : {}),
      description: `Access: ${typeof spec.access === 'string' ? spec.access : spec.access.join(', ')}`,
      request: {
        ...(spec.params ? { params: spec.params as never } : {}),
        ...(spec.query ? { query: spec.query as never } : {}),
        ...(spec.body ? { body: { content: { 'application/json': { schema: spec.body } }, required: true } } : {}),
      },
      responses: {
        ...Object.fromEntries(successes.map((code) => [code, code === status ? success : { ...success, description: spec.alsoStatus![code]! }])),
        ...Object.fromEntries(Object.entries(errors).map(([code, description]) => [code, { description, content: { 'application/problem+json': { schema: ProblemSchema } } }])),
      },
    });

    const validate = (schema: ZodType | undefined, value: unknown, location: string) => {
      if (!schema) return value;
      const parsed = schema.safeParse(value ?? (location === 'body' ? undefined : {}));
      if (!parsed.success) throw new RequestValidationError(zodFieldErrors(parsed.error, location));
      const unstorable = unstorableTextErrors(parsed.data, location);
      if (unstorable.length) throw new RequestValidationError(unstorable);
      return parsed.data;
    };

    const check = this.checkResponses;
    const declared = check ? declaredAnswers(spec, successes, errors) : undefined;

    router[spec.method](spec.path, async (req: Request, res: Response, next: NextFunction) => {
      if (check && declared) compareAnswer(req, res, spec, declared, check);
      try {
        const principal = spec.access === 'public' ? (req.principal as Principal) : requirePrincipal(req, spec.access);
        const params = validate(spec.params, req.params, 'params');
        const query = validate(spec.query, req.query, 'query');
        const body = validate(spec.body, req.body, 'body');
        const result = await handler({ req, res, params, query, body, principal } as HandlerContext<z.infer<P>, z.infer<Q>, z.infer<B>>);
        if (res.headersSent) return;
        if (result === undefined) {
          if (check && spec.response)
            check({ method: spec.method.toUpperCase(), route: spec.path, url: req.originalUrl, status, problem: 'no body where the document declares one' });
          res.status(status === 200 ? 204 : status).end();
        } else if (typeof result === 'object' && result !== null && Object.isFrozen(result)) sendShared(req, res.status(status), result);
        else res.status(status).json(result);
      } catch (error) {
        next(error);
      }
    });
  }

  document(info: { title: string; version: string; description?: string }, serverUrl: string) {
    const doc = new OpenApiGeneratorV31(this.registry.definitions).generateDocument({
      openapi: '3.1.0',
      info,
      // the API serves the portals and the connected landlords: not an internal API
      servers: [{ url: serverUrl, 'x-internal': false } as { url: string }],
    });
    documentImpliedBounds(doc);
    return doc;
  }
}

/** What the document says each status of a route answers: a JSON schema, or nothing (no body described). */
function declaredAnswers(spec: RouteSpec<ZodType, ZodType, ZodType>, successes: number[], errors: Record<number, string>): Map<number, ZodType | undefined> {
  const declared = new Map<number, ZodType | undefined>();
  for (const code of successes) declared.set(code, spec.response);
  // with no success schema, an empty answer is 204 (see route): documented as a success without content
  if (!spec.response && successes.includes(200)) declared.set(204, undefined);
  for (const code of Object.keys(errors)) declared.set(Number(code), ProblemSchema);
  return declared;
}

/**
 * Tests only: compares the answer about to be sent with what the document declares for its status
 * (wraps this response's `send`, which `json` and `end`-less answers go through).
 */
function compareAnswer(
  req: Request,
  res: Response,
  spec: RouteSpec<ZodType, ZodType, ZodType>,
  declared: Map<number, ZodType | undefined>,
  report: (mismatch: ResponseMismatch) => void,
): void {
  const send = res.send.bind(res);
  const mismatch = (problem: string) => report({ method: spec.method.toUpperCase(), route: spec.path, url: req.originalUrl, status: res.statusCode, problem });
  res.send = ((body?: unknown) => {
    // an object goes through res.json, which calls send again with its text
    if (typeof body === 'string' || Buffer.isBuffer(body)) {
      const status = res.statusCode;
      const type = String(res.get('Content-Type') ?? '');
      // a server error (500, or 503 when the database is down) may answer any route: problem+json, documented once
      if (!declared.has(status) && status < 500) mismatch(`status ${status} not declared (declared: ${[...declared.keys()].join(', ')})`);
      else if (/[/+]json\b/.test(type) && status !== 304) {
        const schema = declared.has(status) ? declared.get(status) : ProblemSchema;
        if (!schema) mismatch(`a JSON body where the document declares none`);
        else {
          let value: unknown;
          try {
            value = JSON.parse(Buffer.isBuffer(body) ? body.toString('utf8') : body);
          } catch {
            mismatch('a body that is not JSON');
            return send(body);
          }
          const parsed = schema.safeParse(value);
          if (!parsed.success) {
            const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
            mismatch(`body not parsed by the declared schema: ${issues.join('; ')}${parsed.error.issues.length > 5 ? ` (+${parsed.error.issues.length - 5})` : ''}`);
          } else {
            // a field the schema does not know is dropped by the parse: the document does not describe it
            const unknown = fieldsDropped(value, parsed.data);
            if (unknown.length) mismatch(`fields the declared schema does not describe: ${[...new Set(unknown)].slice(0, 8).join(', ')}`);
          }
        }
      }
    }
    return send(body);
  }) as Response['send'];
}

/** The paths of the fields of `sent` that `parsed` (what a schema kept of it) has not (`items[].x` for arrays). */
function fieldsDropped(sent: unknown, parsed: unknown, path = '', found: string[] = []): string[] {
  if (found.length >= 50 || !sent || typeof sent !== 'object' || !parsed || typeof parsed !== 'object') return found;
  if (Array.isArray(sent)) {
    if (Array.isArray(parsed)) sent.forEach((item, i) => fieldsDropped(item, parsed[i], `${path}[]`, found));
    return found;
  }
  for (const [key, value] of Object.entries(sent)) {
    const where = path ? `${path}.${key}` : key;
    if (!(key in parsed)) found.push(where);
    else fieldsDropped(value, (parsed as Record<string, unknown>)[key], where, found);
  }
  return found;
}

/**
 * Writes into the document the bounds the validation already implies but the generator leaves out
 * (issue 19 §12, read by Spectral's OWASP rules): an integer's format (int32 when its minimum and
 * maximum fit, else int64), and a UUID's length (36 characters: zod's uuid check is exact).
 */
function documentImpliedBounds(node: unknown, depth = 0): void {
  if (depth > 200 || !node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) documentImpliedBounds(item, depth + 1);
    return;
  }
  const schema = node as Record<string, unknown>;
  const isType = (t: string) => schema.type === t || (Array.isArray(schema.type) && schema.type.includes(t));
  if (isType('integer') && schema.format === undefined) {
    const { minimum, maximum } = schema as { minimum?: number; maximum?: number };
    const int32 = typeof minimum === 'number' && typeof maximum === 'number' && minimum >= -(2 ** 31) && maximum <= 2 ** 31 - 1;
    schema.format = int32 ? 'int32' : 'int64';
  }
  if (isType('string') && schema.format === 'uuid' && schema.maxLength === undefined) schema.maxLength = 36;
  for (const value of Object.values(schema)) documentImpliedBounds(value, depth + 1);
}

/**
 * The JSON of views shared between requests (frozen by the module that built them, e.g. a page of
 * an offer's ranking while the ranking is reused): serialised, and given its ETag, once per object
 * rather than at every request. Entries go with their view (weak keys).
 */
const serialised = new WeakMap<object, { body: Buffer; etag: string | undefined }>();

function sendShared(req: Request, res: Response, view: object): void {
  let entry = serialised.get(view);
  if (!entry) {
    // kept as bytes: encoding a 175 KB string to UTF-8 at each send cost as much as serialising it
    const body = Buffer.from(JSON.stringify(view), 'utf8');
    const etagFn = req.app.get('etag fn') as ((body: Buffer) => string) | undefined;
    entry = { body, etag: etagFn ? etagFn(body) : undefined };
    serialised.set(view, entry);
  }
  // with its ETag set, express does not hash the body again (and still answers 304 to a match)
  if (entry.etag) res.set('ETag', entry.etag);
  res.type('application/json').send(entry.body);
}

export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  details: z.record(z.string(), z.unknown()).optional().describe('what the code needs said, e.g. { openCandidacies, max } or { retryAfterSeconds }'),
  requestId: z.string().optional(),
});
