import createClient from 'openapi-fetch';
import type { paths } from './schema';
import { session } from './session';

/**
 * The typed client of the platform's REST API (/api/v1), generated from its OpenAPI document
 * (scripts/portals-client.ts → schema.d.ts). Every call carries the access token held in memory and
 * the portal header (`X-Requested-With: alin-portal`): the API then keeps the refresh token in an
 * HttpOnly cookie scoped to /api/v1/auth (docs/decisions/0009). An answer 401 to a signed-in call
 * rotates it once (POST /auth/refresh) and retries; when that fails too, the session ends (the portal
 * shows the sign-in page).
 */

/** The header by which the API knows a browser portal (refresh token in the HttpOnly cookie; required to use the cookie: CSRF). */
export const PORTAL_HEADERS = { 'X-Requested-With': 'alin-portal' } as const;

let refreshing: Promise<boolean> | null = null;

async function refresh(): Promise<boolean> {
  const refreshToken = session.refreshToken;
  try {
    const res = await fetch('/api/v1/auth/refresh', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...PORTAL_HEADERS },
      body: JSON.stringify(refreshToken ? { refreshToken } : {}),
    });
    if (!res.ok) return false;
    const body = (await res.json()) as { accessToken: string; refreshToken?: string };
    session.set(body);
    return true;
  } catch {
    return false;
  }
}

/** At start: a reload or a new tab signs the person in again from the refresh cookie (false when there is none or it expired). */
export function restoreSession(): Promise<boolean> {
  if (session.signedIn) return Promise.resolve(true);
  refreshing ??= refresh().finally(() => (refreshing = null));
  return refreshing;
}

async function authenticatedFetch(input: Request): Promise<Response> {
  const retry = input.clone();
  const withToken = (request: Request): Request => {
    const token = session.accessToken;
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  };
  const hadToken = session.accessToken !== null;
  const res = await fetch(withToken(input));
  if (res.status !== 401 || !hadToken || input.url.includes('/api/v1/auth/')) return res;
  refreshing ??= refresh().finally(() => (refreshing = null));
  if (await refreshing) return fetch(withToken(retry));
  session.clear();
  return res;
}

export const api = createClient<paths>({ baseUrl: '', fetch: authenticatedFetch, headers: { Accept: 'application/json', ...PORTAL_HEADERS } });

/** A problem+json answer of the API (RFC 9457), as the platform writes it (French title and detail, per-field errors). */
export interface Problem {
  status: number;
  code: string;
  title: string;
  detail?: string;
  errors?: { field: string; message: string }[];
  details?: unknown;
  [key: string]: unknown;
}

/** The error of a call as a Problem (a network failure becomes one too, in French). */
export function asProblem(error: unknown, response: Response | undefined): Problem {
  if (error && typeof error === 'object' && 'title' in error) return error as Problem;
  if (!response && typeof navigator !== 'undefined' && navigator.onLine === false) {
    return { status: 0, code: 'OFFLINE', title: 'Hors connexion', detail: 'Vous êtes hors connexion : cette information ne peut pas être chargée. Réessayez au retour du réseau.' };
  }
  if (!response) return { status: 0, code: 'NETWORK', title: 'Connexion impossible', detail: 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.' };
  return { status: response.status, code: 'HTTP', title: 'Erreur inattendue', detail: `Le serveur a répondu ${response.status}. Réessayez dans un instant.` };
}

/** The field errors of a problem by the name of the body field (`body.email` → `email`). */
export function fieldErrors(problem: Problem | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of problem?.errors ?? []) {
    const name = e.field.startsWith('body.') ? e.field.slice(5) : e.field;
    out[name] ??= e.message;
  }
  return out;
}

/** One API call's outcome: the data, or the problem (network failures included). */
export type Outcome<T> = { ok: true; data: T; response: Response } | { ok: false; problem: Problem; response?: Response };

/** Awaits an openapi-fetch call and never throws: `const r = await call(api.GET('/api/v1/me'))`. */
export async function call<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<Outcome<T>> {
  try {
    const { data, error, response } = await pending;
    if (response.ok) return { ok: true, data: data as T, response };
    return { ok: false, problem: asProblem(error, response), response };
  } catch {
    return { ok: false, problem: asProblem(null, undefined) };
  }
}

/**
 * Sends a multipart form (file uploads) to an API path, with the session's token and the same
 * refresh-and-retry as `api`; never throws. `T` is the answer's type from schema.d.ts.
 */
export async function sendForm<T>(path: string, form: FormData): Promise<Outcome<T>> {
  try {
    const response = await authenticatedFetch(new Request(path, { method: 'POST', body: form, headers: { Accept: 'application/json', ...PORTAL_HEADERS } }));
    const body = (await response.json().catch(() => null)) as unknown;
    if (response.ok) return { ok: true, data: body as T, response };
    return { ok: false, problem: asProblem(body, response), response };
  } catch {
    return { ok: false, problem: asProblem(null, undefined) };
  }
}
