import createClient from 'openapi-fetch';
import type { paths } from './schema';
import { session } from './session';

/**
 * The typed client of the platform's REST API (/api/v1), generated from its OpenAPI document
 * (scripts/portals-client.ts → schema.d.ts). Every call carries the access token held in memory;
 * an answer 401 to a signed-in call rotates the refresh token once (POST /auth/refresh) and retries;
 * when that fails too, the session ends (the portal shows the sign-in page).
 */

let refreshing: Promise<boolean> | null = null;

async function refresh(): Promise<boolean> {
  const refreshToken = session.refreshToken;
  if (!refreshToken) return false;
  const res = await fetch('/api/v1/auth/refresh', {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify({ refreshToken }),
  });
  if (!res.ok) return false;
  const body = (await res.json()) as { accessToken: string; refreshToken: string };
  session.set(body);
  return true;
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

export const api = createClient<paths>({ baseUrl: '', fetch: authenticatedFetch, headers: { Accept: 'application/json' } });

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
