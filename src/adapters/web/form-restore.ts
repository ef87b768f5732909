import { randomBytes } from 'node:crypto';
import { h, options, type VNode } from 'preact';
import type { Request, Response } from 'express';

/**
 * A form sent after the session (or its CSRF token) expired is not lost: what was typed (its
 * non-sensitive fields) waits in a short-lived server-side store, keyed by a random id kept in an
 * httpOnly cookie of the portal's path (never in a URL). Once the person has signed in again, the
 * page of the form is shown with the fields filled in again and a notice; nothing is sent until
 * they send it themselves.
 *
 * The store lives in this process's memory (a restart or another instance forgets it: the person
 * then types again, nothing worse).
 */

/** Fields never kept: the CSRF token, passwords, secrets and tokens (by part of their name), one-time codes. */
const SENSITIVE_PARTS = ['csrf', 'password', 'motdepasse', 'secret', 'token'];
const SENSITIVE_NAMES = new Set(['code', 'otp', 'confirmation', '_retour']);

/**
 * The hidden field every POST form of the portals carries: the page it is on (path and query, this
 * portal only), so that a form sent after the session expired can be shown again on its page (the
 * platform sends no Referer: helmet's `Referrer-Policy: no-referrer`).
 */
export const RETURN_FIELD = '_retour';
const isSensitive = (name: string): boolean => {
  const lower = name.toLowerCase();
  return SENSITIVE_NAMES.has(lower) || SENSITIVE_PARTS.some((s) => lower.includes(s));
};

export interface PendingForm {
  /** the form's action (path) */
  action: string;
  /** the page the form was on (path and query), same portal */
  returnTo: string;
  fields: Record<string, string[]>;
  expiresAt: number;
}

const TTL_MS = 30 * 60 * 1000;
const MAX_ENTRIES = 5000;
const MAX_FIELDS = 100;
const MAX_VALUE = 10_000;

export class PendingForms {
  private readonly entries = new Map<string, PendingForm>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  put(form: Omit<PendingForm, 'expiresAt'>): string {
    this.sweep();
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    const id = randomBytes(18).toString('base64url');
    this.entries.set(id, { ...form, expiresAt: this.now() + TTL_MS });
    return id;
  }

  peek(id: string): PendingForm | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (entry.expiresAt < this.now()) {
      this.entries.delete(id);
      return undefined;
    }
    return entry;
  }

  take(id: string): PendingForm | undefined {
    const entry = this.peek(id);
    this.entries.delete(id);
    return entry;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, entry] of this.entries) if (entry.expiresAt < now) this.entries.delete(id);
  }
}

/** The non-sensitive fields of a parsed urlencoded body, bounded. */
export function keptFields(body: unknown): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  if (!body || typeof body !== 'object') return fields;
  for (const [name, value] of Object.entries(body as Record<string, unknown>).slice(0, MAX_FIELDS)) {
    if (isSensitive(name)) continue;
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string').map((v) => v.slice(0, MAX_VALUE));
    if (values.length) fields[name] = values.slice(0, MAX_FIELDS);
  }
  return fields;
}

/** The page of this portal a form was sent from (its hidden `_retour` field), else undefined. */
export function sameOriginPage(req: Request, portalPath: string): string | undefined {
  const value = (req.body as Record<string, unknown> | undefined)?.[RETURN_FIELD];
  if (typeof value !== 'string' || value.length > 2000 || !value.startsWith('/')) return undefined;
  try {
    const url = new URL(value, 'http://portail.invalid');
    if (url.host !== 'portail.invalid') return undefined;
    if (url.pathname !== portalPath && !url.pathname.startsWith(`${portalPath}/`)) return undefined;
    url.searchParams.delete('ok'); // the flash message of the last action is not shown again
    return url.pathname + url.search;
  } catch {
    return undefined;
  }
}

export const RESTORED_NOTICE = 'Votre session avait expiré : ce que vous aviez saisi dans ce formulaire est rétabli. Vérifiez-le, puis envoyez-le à nouveau.';

/** What the renderer fills in: set on `res.locals.formRestore` for the page that shows the form again. */
export interface FormRestore {
  action: string;
  fields: Record<string, string[]>;
}

export function setFormRestore(res: Response, restore: FormRestore): void {
  res.locals.formRestore = restore;
}

export function formRestoreOf(res: Response): FormRestore | undefined {
  const value = res.locals.formRestore as FormRestore | undefined;
  return value && typeof value.action === 'string' ? value : undefined;
}

// ── filling the form while the page renders ─────────────────────────────────
// The page is rendered synchronously (preact-render-to-string): while it renders, the elements of
// the form whose action matches get the values back, as they are created.
let active: FormRestore | undefined;
/** the page being rendered (path and query), written into every POST form */
let currentPage: string | undefined;

type AnyVNode = VNode<Record<string, unknown>>;

function fill(node: unknown, restore: FormRestore): void {
  if (Array.isArray(node)) {
    for (const child of node) fill(child, restore);
    return;
  }
  if (!node || typeof node !== 'object' || !('props' in node)) return;
  const vnode = node as AnyVNode;
  const props = vnode.props ?? {};
  const name = typeof props.name === 'string' ? props.name : undefined;
  if (name && !isSensitive(name)) {
    const values = restore.fields[name];
    if (vnode.type === 'input') {
      const type = typeof props.type === 'string' ? props.type : 'text';
      if (type === 'checkbox' || type === 'radio') props.checked = values?.includes(String(props.value ?? 'on')) ?? false;
      else if (type !== 'hidden' && type !== 'password' && type !== 'file' && values) props.value = values[0];
    } else if ((vnode.type === 'textarea' || vnode.type === 'select') && values) {
      props.value = values[0];
    }
  }
  fill(props.children, restore);
}

const previousVnodeHook = options.vnode;
options.vnode = (vnode) => {
  previousVnodeHook?.(vnode);
  if (vnode.type !== 'form') return;
  const props = vnode.props as Record<string, unknown>;
  if (currentPage && String(props.method ?? '').toLowerCase() === 'post') {
    props.children = [props.children, h('input', { type: 'hidden', name: RETURN_FIELD, value: currentPage })];
  }
  const restore = active;
  if (!restore || props.action !== restore.action) return;
  fill(props.children, restore);
  const notice = h('p', { class: 'notice', role: 'status', 'data-testid': 'form-restored' }, RESTORED_NOTICE);
  props.children = [notice, props.children];
};

/** Runs a synchronous render of `page` (path and query) with a form to fill in, if any. */
export function withFormRestore<T>(restore: FormRestore | undefined, page: string | undefined, render: () => T): T {
  const before = active;
  const beforePage = currentPage;
  active = restore;
  currentPage = page;
  try {
    return render();
  } finally {
    active = before;
    currentPage = beforePage;
  }
}
