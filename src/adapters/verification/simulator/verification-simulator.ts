import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { systemClock, type Clock } from '../../../shared/clock';
import { retryDelayMs } from '../../../shared/retry-delay';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signWebhook } from '../hmac-webhook.verifier';

/**
 * A stand-in for the document verification provider (Netheos in production), speaking the API
 * the HttpVerificationProvider expects (see http-verification.provider.ts):
 *
 *   POST /v1/documents          submit (Bearer apiKey; Idempotency-Key honoured) → 202 { providerRef, status }
 *   GET  /v1/documents/{ref}    poll → { providerRef, documentId, status, reason?, decidedAt? } | 404
 *   POST /__control             test switch { mode: normal|slow|failing|garbage, delayMs? } (no auth)
 *   GET  /__control             current mode and the documents received
 *   POST /__flush               decide every pending document now and deliver the webhooks
 *   GET  /health
 *
 * Each document is decided `decisionDelayMs` after it is received; the verdict is then
 * answered by polling and POSTed to the webhook URL (the submission's callbackUrl, else
 * `webhookUrl`), signed like the real provider (X-Timestamp, X-Signature: sha256=HMAC over
 * "<timestamp>.<body>"), retried with backoff while the platform does not answer 2xx.
 *
 * Default decision rule (replace it with `decide`):
 * - content under 100 bytes → rejected, "Document illisible";
 * - file name containing "expir" (any case) → rejected, "Document expiré";
 * - file name containing "reject" (any case) → rejected, "Document illisible";
 * - anything else → verified.
 *
 * Modes (apply to /v1/* only; webhooks are unaffected):
 * normal; slow (answers after `delayMs`, default 3000); failing (503); garbage (200 with a
 * body that is not JSON).
 */

export type SimulatorMode = 'normal' | 'slow' | 'failing' | 'garbage';
const MODES: readonly SimulatorMode[] = ['normal', 'slow', 'failing', 'garbage'];

export interface SubmittedDocument {
  documentId: string;
  documentType: string;
  contentType: string;
  fileName: string;
  content: Buffer;
}

export interface SimulatedDecision {
  outcome: 'verified' | 'rejected';
  reason?: string;
}

export interface SimulatedDocument {
  providerRef: string;
  documentId: string;
  documentType: string;
  contentType: string;
  fileName: string;
  size: number;
  sha256: string;
  receivedAt: string;
  callbackUrl?: string;
  status: 'pending' | 'verified' | 'rejected';
  reason?: string;
  decidedAt?: string;
  webhook: { attempts: number; delivered: boolean; lastError?: string };
}

export interface VerificationSimulatorOptions {
  /** 0 (default) for an ephemeral port */
  port?: number;
  host?: string;
  webhookUrl?: string;
  webhookSecret: string;
  apiKey: string;
  decide?: (doc: SubmittedDocument) => SimulatedDecision;
  /** time between receiving a document and deciding it (default 2000 ms) */
  decisionDelayMs?: number;
  /** webhook attempts after the first (default 5), first wait (default 1000 ms, doubled each time) */
  webhookRetries?: number;
  webhookRetryDelayMs?: number;
  /** largest accepted request body (default 30 MB) */
  maxBodyBytes?: number;
  clock?: Clock;
  log?: (message: string) => void;
}

export interface VerificationSimulator {
  url: string;
  port: number;
  close(): Promise<void>;
  setMode(mode: SimulatorMode, options?: { delayMs?: number }): void;
  mode(): SimulatorMode;
  received(): SimulatedDocument[];
  /** Decides every pending document now, and waits for every webhook delivery in progress. */
  flush(): Promise<void>;
}

/** The default decision rule (see the module comment). */
export function defaultDecision(doc: SubmittedDocument): SimulatedDecision {
  const name = doc.fileName.toLowerCase();
  if (doc.content.length < 100) return { outcome: 'rejected', reason: 'Document illisible' };
  if (name.includes('expir')) return { outcome: 'rejected', reason: 'Document expiré' };
  if (name.includes('reject')) return { outcome: 'rejected', reason: 'Document illisible' };
  return { outcome: 'verified' };
}

interface Entry {
  doc: SimulatedDocument;
  decision: SimulatedDecision;
  timer?: NodeJS.Timeout;
}

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function startVerificationSimulator(options: VerificationSimulatorOptions): Promise<VerificationSimulator> {
  const host = options.host ?? '127.0.0.1';
  const clock = options.clock ?? systemClock;
  const decide = options.decide ?? defaultDecision;
  const decisionDelayMs = options.decisionDelayMs ?? 2000;
  const webhookRetries = options.webhookRetries ?? 5;
  const webhookRetryDelayMs = options.webhookRetryDelayMs ?? 1000;
  const maxBodyBytes = options.maxBodyBytes ?? 30 * 1024 * 1024;
  const log = options.log ?? (() => undefined);
  const expectedAuth = Buffer.from(`Bearer ${options.apiKey}`);

  let mode: SimulatorMode = 'normal';
  let slowDelayMs = 3000;
  const entries = new Map<string, Entry>();
  const byIdempotencyKey = new Map<string, string>();
  const deliveries = new Set<Promise<void>>();
  const stopping = new AbortController();

  const authorized = (req: IncomingMessage): boolean => {
    const given = Buffer.from(req.headers.authorization ?? '');
    return given.length === expectedAuth.length && timingSafeEqual(given, expectedAuth);
  };

  const setMode = (next: SimulatorMode, opts: { delayMs?: number } = {}): void => {
    if (!MODES.includes(next)) throw new Error(`unknown simulator mode: ${String(next)}`);
    mode = next;
    if (opts.delayMs !== undefined) slowDelayMs = opts.delayMs;
  };

  const deliver = async (entry: Entry): Promise<void> => {
    const target = entry.doc.callbackUrl ?? options.webhookUrl;
    if (!target) return;
    const body = JSON.stringify({
      providerRef: entry.doc.providerRef,
      documentId: entry.doc.documentId,
      outcome: entry.doc.status,
      ...(entry.doc.reason ? { reason: entry.doc.reason } : {}),
      decidedAt: entry.doc.decidedAt,
    });
    for (let attempt = 0; attempt <= webhookRetries && !stopping.signal.aborted; attempt += 1) {
      if (attempt > 0) {
        const waited = await sleep(retryDelayMs(attempt, { baseMs: webhookRetryDelayMs, maxMs: Number.POSITIVE_INFINITY, jitter: 'none' }), true, {
          signal: stopping.signal,
        }).catch(() => false);
        if (!waited) return;
      }
      entry.doc.webhook.attempts += 1;
      const timestamp = Math.floor(clock.now().getTime() / 1000);
      try {
        const response = await fetch(target, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [SIGNATURE_HEADER]: signWebhook(options.webhookSecret, timestamp, body),
            [TIMESTAMP_HEADER]: String(timestamp),
          },
          body,
          signal: AbortSignal.any([stopping.signal, AbortSignal.timeout(5000)]),
        });
        await response.arrayBuffer().catch(() => undefined);
        if (response.ok) {
          entry.doc.webhook.delivered = true;
          delete entry.doc.webhook.lastError;
          return;
        }
        entry.doc.webhook.lastError = `HTTP ${response.status}`;
      } catch (error) {
        entry.doc.webhook.lastError = String((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message);
      }
      log(`webhook for ${entry.doc.providerRef} failed (${entry.doc.webhook.lastError}), attempt ${entry.doc.webhook.attempts}`);
    }
  };

  const decideNow = (entry: Entry): void => {
    if (entry.timer) clearTimeout(entry.timer);
    delete entry.timer;
    if (entry.doc.status !== 'pending' || stopping.signal.aborted) return;
    entry.doc.status = entry.decision.outcome;
    if (entry.decision.reason) entry.doc.reason = entry.decision.reason;
    entry.doc.decidedAt = clock.now().toISOString();
    const delivery = deliver(entry).finally(() => deliveries.delete(delivery));
    deliveries.add(delivery);
  };

  const submit = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req, maxBodyBytes);
    let input: Record<string, unknown>;
    try {
      input = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    } catch {
      throw new HttpProblem(400, 'body is not JSON');
    }
    const fields = ['documentId', 'documentType', 'contentType', 'fileName', 'contentBase64'] as const;
    for (const field of fields) {
      if (typeof input?.[field] !== 'string' || (field !== 'contentBase64' && input[field] === '')) {
        throw new HttpProblem(400, `missing field ${field}`);
      }
    }
    const idempotencyKey = header(req, 'idempotency-key');
    const known = idempotencyKey ? byIdempotencyKey.get(idempotencyKey) : undefined;
    if (known) return sendJson(res, 200, { providerRef: known, status: entries.get(known)!.doc.status });

    const content = Buffer.from(input.contentBase64 as string, 'base64');
    const submitted: SubmittedDocument = {
      documentId: input.documentId as string,
      documentType: input.documentType as string,
      contentType: input.contentType as string,
      fileName: input.fileName as string,
      content,
    };
    const providerRef = `sim_${randomUUID()}`;
    const doc: SimulatedDocument = {
      providerRef,
      documentId: submitted.documentId,
      documentType: submitted.documentType,
      contentType: submitted.contentType,
      fileName: submitted.fileName,
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      receivedAt: clock.now().toISOString(),
      status: 'pending',
      webhook: { attempts: 0, delivered: false },
    };
    if (typeof input.callbackUrl === 'string' && input.callbackUrl !== '') doc.callbackUrl = input.callbackUrl;
    const entry: Entry = { doc, decision: decide(submitted) };
    entries.set(providerRef, entry);
    if (idempotencyKey) byIdempotencyKey.set(idempotencyKey, providerRef);
    entry.timer = setTimeout(() => decideNow(entry), decisionDelayMs);
    entry.timer.unref();
    sendJson(res, 202, { providerRef, status: 'pending' });
  };

  const poll = (ref: string, res: ServerResponse): void => {
    const entry = entries.get(ref);
    if (!entry) return sendJson(res, 404, { error: 'unknown providerRef' });
    const { doc } = entry;
    sendJson(res, 200, {
      providerRef: doc.providerRef,
      documentId: doc.documentId,
      status: doc.status,
      ...(doc.reason ? { reason: doc.reason } : {}),
      ...(doc.decidedAt ? { decidedAt: doc.decidedAt } : {}),
    });
  };

  const received = (): SimulatedDocument[] => [...entries.values()].map((e) => structuredClone(e.doc));

  const flush = async (): Promise<void> => {
    for (const entry of entries.values()) decideNow(entry);
    while (deliveries.size > 0) await Promise.allSettled([...deliveries]);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://simulator').pathname;
    const method = req.method ?? 'GET';

    if (path === '/health' && method === 'GET') return sendJson(res, 200, { status: 'ok', mode });
    if (path === '/__control' && method === 'GET') return sendJson(res, 200, { mode, delayMs: slowDelayMs, documents: received() });
    if (path === '/__control' && method === 'POST') {
      const input = JSON.parse((await readBody(req, 10_000)).toString('utf8') || '{}') as { mode?: SimulatorMode; delayMs?: number };
      if (!input.mode || !MODES.includes(input.mode)) throw new HttpProblem(400, `mode must be one of ${MODES.join(', ')}`);
      setMode(input.mode, typeof input.delayMs === 'number' ? { delayMs: input.delayMs } : {});
      return sendJson(res, 200, { mode, delayMs: slowDelayMs });
    }
    if (path === '/__flush' && method === 'POST') {
      await flush();
      return sendJson(res, 200, { flushed: true });
    }

    if (!path.startsWith('/v1/')) return sendJson(res, 404, { error: 'not found' });
    if (mode === 'slow') {
      const waited = await sleep(slowDelayMs, true, { signal: stopping.signal }).catch(() => false);
      if (!waited) return;
    }
    if (mode === 'failing') return sendJson(res, 503, { error: 'service unavailable' });
    if (mode === 'garbage') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body><h1>502 Bad Gateway</h1> upstream said: {{oops</body></html>');
      return;
    }
    if (!authorized(req)) return sendJson(res, 401, { error: 'bad api key' });
    if (path === '/v1/documents' && method === 'POST') return submit(req, res);
    const match = /^\/v1\/documents\/([^/]+)$/.exec(path);
    if (match && method === 'GET') return poll(decodeURIComponent(match[1]!), res);
    return sendJson(res, 404, { error: 'not found' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent || res.destroyed) return;
      const status = error instanceof HttpProblem ? error.status : 500;
      sendJson(res, status, { error: error instanceof Error ? error.message : 'error' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    url,
    port,
    setMode,
    mode: () => mode,
    received,
    flush,
    async close() {
      stopping.abort();
      for (const entry of entries.values()) if (entry.timer) clearTimeout(entry.timer);
      await Promise.allSettled([...deliveries]);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpProblem(413, 'body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
