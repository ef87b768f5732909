import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors';
import { VERIFICATION_ERRORS, type DocumentToVerify, type VerificationVerdict } from '../../modules/demand/index';
import { HmacWebhookVerifier } from './hmac-webhook.verifier';
import { HttpVerificationProvider } from './http-verification.provider';
import { defaultDecision, startVerificationSimulator, type VerificationSimulator } from './simulator/verification-simulator';

const API_KEY = 'test-api-key';
const SECRET = 'test-webhook-secret';

/** A small stand-in for the platform's webhook endpoint. */
interface WebhookReceiver {
  url: string;
  verdicts: VerificationVerdict[];
  calls: number;
  /** answer 503 to the next n calls */
  failNext(n: number): void;
  next(): Promise<VerificationVerdict>;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function closeServer(server: Server): Promise<void> {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const verifier = new HmacWebhookVerifier({ secret: SECRET });
  const verdicts: VerificationVerdict[] = [];
  const waiting: Array<(v: VerificationVerdict) => void> = [];
  let failures = 0;
  const state = { calls: 0 };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    state.calls += 1;
    if (failures > 0) {
      failures -= 1;
      res.writeHead(503).end();
      return;
    }
    try {
      const verdict = verifier.verify(Buffer.concat(chunks), req.headers['x-signature'] as string | undefined, req.headers['x-timestamp'] as string | undefined);
      verdicts.push(verdict);
      waiting.shift()?.(verdict);
      res.writeHead(204).end();
    } catch (error) {
      res.writeHead(error instanceof DomainError && error.kind === 'unauthorized' ? 401 : 422).end();
    }
  });
  const url = await listen(server);
  return {
    url: `${url}/webhooks/verification`,
    verdicts,
    get calls() {
      return state.calls;
    },
    failNext: (n) => {
      failures = n;
    },
    next: () => new Promise((resolve) => waiting.push(resolve)),
    close: () => closeServer(server),
  };
}

const doc = (overrides: Partial<DocumentToVerify> = {}): DocumentToVerify => ({
  documentId: randomUUID(),
  documentType: 'tax_notice',
  contentType: 'application/pdf',
  fileName: 'avis-imposition-2025.pdf',
  content: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(500, 0x20), Buffer.from('\n%%EOF\n')]),
  ...overrides,
});

async function expectUnavailable(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => {
      throw new Error('expected VERIFICATION.UNAVAILABLE');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ kind: 'unavailable', code: VERIFICATION_ERRORS.UNAVAILABLE });
  return error as DomainError;
}

describe('HttpVerificationProvider against the simulator', () => {
  let receiver: WebhookReceiver;
  let simulator: VerificationSimulator;
  let provider: HttpVerificationProvider;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await receiver.close();
  });
  beforeEach(async () => {
    simulator = await startVerificationSimulator({
      port: 0,
      host: '127.0.0.1',
      webhookUrl: receiver.url,
      webhookSecret: SECRET,
      apiKey: API_KEY,
      decisionDelayMs: 30,
      webhookRetries: 4,
      webhookRetryDelayMs: 20,
    });
    provider = new HttpVerificationProvider({ baseUrl: simulator.url, apiKey: API_KEY, timeoutMs: 300, retries: 2, retryDelayMs: 10 });
  });
  afterEach(async () => {
    await simulator.close();
  });

  it('submits a document; the verdict arrives by a signed webhook', async () => {
    const verdictArrives = receiver.next();
    const document = doc();
    const { providerRef } = await provider.submit(document);
    expect(providerRef).toMatch(/^sim_/);
    const verdict = await verdictArrives;
    expect(verdict).toMatchObject({ providerRef, documentId: document.documentId, outcome: 'verified' });
    expect(Date.parse(verdict.decidedAt)).not.toBeNaN();
    await simulator.flush(); // lets the simulator see the webhook's answer
    const [received] = simulator.received();
    expect(received).toMatchObject({ providerRef, fileName: document.fileName, size: document.content.length, status: 'verified' });
    expect(received!.webhook).toMatchObject({ delivered: true, attempts: 1 });
  });

  it('rejects by the default rule, with a French reason', async () => {
    const verdictArrives = receiver.next();
    const { providerRef } = await provider.submit(doc({ fileName: 'REJECT-me.pdf' }));
    expect(await verdictArrives).toMatchObject({ providerRef, outcome: 'rejected', reason: 'Document illisible' });
  });

  it('answers polling: pending, then the verdict', async () => {
    const slowSimulator = await startVerificationSimulator({ webhookSecret: SECRET, apiKey: API_KEY, decisionDelayMs: 60_000 });
    try {
      const polling = new HttpVerificationProvider({ baseUrl: `${slowSimulator.url}/`, apiKey: API_KEY, retries: 0 });
      const { providerRef } = await polling.submit(doc({ content: Buffer.from('tiny') }));
      expect(await polling.poll(providerRef)).toBeNull();
      await slowSimulator.flush();
      const verdict = await polling.poll(providerRef);
      expect(verdict).toMatchObject({ providerRef, outcome: 'rejected', reason: 'Document illisible' });
      expect(await polling.poll(providerRef)).toEqual(verdict);
    } finally {
      await slowSimulator.close();
    }
  });

  it('polling an unknown reference is not_found, not an outage', async () => {
    await expect(provider.poll('sim_unknown/../x')).rejects.toMatchObject({ kind: 'not_found', code: VERIFICATION_ERRORS.UNKNOWN_REF });
  });

  it('a repeated submission of the same document gets the same reference (idempotency key)', async () => {
    const document = doc();
    const first = await provider.submit(document);
    const second = await provider.submit(document);
    expect(second.providerRef).toBe(first.providerRef);
    expect(simulator.received()).toHaveLength(1);
    await simulator.flush();
  });

  it('retries the webhook while the platform is down', async () => {
    receiver.failNext(2);
    const before = receiver.calls;
    const verdictArrives = receiver.next();
    const { providerRef } = await provider.submit(doc());
    expect((await verdictArrives).providerRef).toBe(providerRef);
    expect(receiver.calls - before).toBe(3);
    await simulator.flush();
    expect(simulator.received()[0]!.webhook).toMatchObject({ delivered: true, attempts: 3 });
  });

  it('is unavailable, after its retries, when the provider fails (503)', async () => {
    simulator.setMode('failing');
    const error = await expectUnavailable(provider.submit(doc()));
    expect(error.details).toMatchObject({ attempts: 3, lastProblem: 'HTTP 503', retryable: true });
    await expectUnavailable(provider.poll('sim_x'));
    expect(simulator.received()).toHaveLength(0);
  });

  it('is unavailable when the provider is too slow (timeout per attempt)', async () => {
    simulator.setMode('slow', { delayMs: 2_000 });
    const started = Date.now();
    const error = await expectUnavailable(provider.submit(doc()));
    expect(error.details).toMatchObject({ attempts: 3, lastProblem: 'timeout after 300 ms' });
    expect(Date.now() - started).toBeLessThan(1_900);
  });

  it('is unavailable when the provider answers garbage', async () => {
    simulator.setMode('garbage');
    const error = await expectUnavailable(provider.submit(doc()));
    expect(error.details).toMatchObject({ attempts: 3, lastProblem: 'answer is not JSON' });
    await expectUnavailable(provider.poll('sim_x'));
  });

  it('works again once back to normal (switched over HTTP)', async () => {
    simulator.setMode('failing');
    await expectUnavailable(provider.submit(doc()));
    const control = await fetch(`${simulator.url}/__control`, { method: 'POST', body: JSON.stringify({ mode: 'normal' }) });
    expect(await control.json()).toMatchObject({ mode: 'normal' });
    const verdictArrives = receiver.next();
    const { providerRef } = await provider.submit(doc());
    expect((await verdictArrives).providerRef).toBe(providerRef);
  });

  it('does not retry a request the provider refuses (bad API key)', async () => {
    const wrongKey = new HttpVerificationProvider({ baseUrl: simulator.url, apiKey: 'wrong', retries: 2, retryDelayMs: 10 });
    const error = await expectUnavailable(wrongKey.submit(doc()));
    expect(error.details).toMatchObject({ attempts: 1, lastProblem: 'HTTP 401', retryable: false });
    expect(JSON.stringify(error.details)).not.toContain('wrong');
  });

  it('is unavailable when nothing listens', async () => {
    const port = simulator.port;
    await simulator.close();
    const down = new HttpVerificationProvider({ baseUrl: `http://127.0.0.1:${port}`, apiKey: API_KEY, retries: 1, retryDelayMs: 5 });
    const error = await expectUnavailable(down.submit(doc()));
    expect(String(error.details?.lastProblem)).toMatch(/^network error/);
    simulator = await startVerificationSimulator({ webhookSecret: SECRET, apiKey: API_KEY }); // for afterEach
  });
});

describe('HttpVerificationProvider against a misbehaving server', () => {
  let answers: Array<(req: IncomingMessage, res: ServerResponse) => void>;
  let server: Server;
  let baseUrl: string;
  const seen: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: string }> = [];

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString() });
      const answer = answers.shift() ?? ((_q, r) => r.writeHead(500).end());
      answer(req, res);
    });
    baseUrl = await listen(server);
  });
  afterAll(async () => {
    await closeServer(server);
  });
  beforeEach(() => {
    answers = [];
    seen.length = 0;
  });

  const json = (status: number, body: unknown) => (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const provider = () => new HttpVerificationProvider({ baseUrl, apiKey: 'k', timeoutMs: 500, retries: 2, retryDelayMs: 5, callbackUrl: 'https://alin.example/hook' });

  it('sends the document as JSON with a bearer key and an idempotency key', async () => {
    answers.push(json(202, { providerRef: 'p-1', status: 'pending' }));
    const document = doc({ content: Buffer.from([0, 1, 2, 255]) });
    expect(await provider().submit(document)).toEqual({ providerRef: 'p-1' });
    const [request] = seen;
    expect(request).toMatchObject({ method: 'POST', url: '/v1/documents' });
    expect(request!.headers).toMatchObject({ authorization: 'Bearer k', 'idempotency-key': document.documentId, 'content-type': 'application/json' });
    expect(JSON.parse(request!.body)).toEqual({
      documentId: document.documentId,
      documentType: 'tax_notice',
      contentType: 'application/pdf',
      fileName: document.fileName,
      contentBase64: 'AAEC/w==',
      callbackUrl: 'https://alin.example/hook',
    });
  });

  it('retries a transient failure and then succeeds', async () => {
    answers.push(json(502, {}), json(429, {}), json(201, { providerRef: 'p-2' }));
    expect(await provider().submit(doc())).toEqual({ providerRef: 'p-2' });
    expect(seen).toHaveLength(3);
  });

  it('treats answers missing their fields as an outage', async () => {
    answers.push(json(200, {}), json(200, { providerRef: '' }), json(200, { providerRef: 42 }));
    const error = await expectUnavailable(provider().submit(doc()));
    expect(error.details).toMatchObject({ attempts: 3, lastProblem: 'answer lacks the expected fields' });
  });

  it('reads poll answers strictly', async () => {
    answers.push(json(200, { providerRef: 'p-3', status: 'pending' }));
    expect(await provider().poll('p-3')).toBeNull();
    answers.push(json(200, { providerRef: 'p-3', status: 'verified', decidedAt: '2026-03-10T10:00:00Z' }));
    expect(await provider().poll('p-3')).toEqual({ providerRef: 'p-3', outcome: 'verified', decidedAt: '2026-03-10T10:00:00.000Z' });
    // a decided answer without its date, about another reference, or with an unknown status: nonsense
    answers.push(
      json(200, { providerRef: 'p-3', status: 'verified' }),
      json(200, { providerRef: 'other', status: 'verified', decidedAt: '2026-03-10T10:00:00Z' }),
      json(200, { providerRef: 'p-3', status: 'done' }),
    );
    await expectUnavailable(provider().poll('p-3'));
    expect(seen.at(-1)!.url).toBe('/v1/documents/p-3');
  });
});

describe('the simulator', () => {
  it('decides by the documented default rule', () => {
    const d = (fileName: string, size: number) => ({ documentId: 'd', documentType: 'identity', contentType: 'image/png', fileName, content: Buffer.alloc(size) });
    expect(defaultDecision(d('cni.png', 100))).toEqual({ outcome: 'verified' });
    expect(defaultDecision(d('cni.png', 99))).toEqual({ outcome: 'rejected', reason: 'Document illisible' });
    expect(defaultDecision(d('cni-rejected.png', 5000))).toEqual({ outcome: 'rejected', reason: 'Document illisible' });
    expect(defaultDecision(d('avis-EXPIRE.pdf', 5000))).toEqual({ outcome: 'rejected', reason: 'Document expiré' });
  });

  it('uses a custom decision, refuses requests without the API key, and reports its state', async () => {
    const simulator = await startVerificationSimulator({
      webhookSecret: SECRET,
      apiKey: API_KEY,
      decisionDelayMs: 60_000,
      decide: () => ({ outcome: 'rejected', reason: 'Titre de séjour périmé' }),
    });
    try {
      const noKey = await fetch(`${simulator.url}/v1/documents`, { method: 'POST', body: '{}' });
      expect(noKey.status).toBe(401);
      const provider = new HttpVerificationProvider({ baseUrl: simulator.url, apiKey: API_KEY });
      const { providerRef } = await provider.submit(doc());
      const flushed = await fetch(`${simulator.url}/__flush`, { method: 'POST' });
      expect(flushed.status).toBe(200);
      expect(await provider.poll(providerRef)).toMatchObject({ outcome: 'rejected', reason: 'Titre de séjour périmé' });
      const state = (await (await fetch(`${simulator.url}/__control`)).json()) as { mode: string; documents: unknown[] };
      expect(state.mode).toBe('normal');
      expect(state.documents).toHaveLength(1);
      const badMode = await fetch(`${simulator.url}/__control`, { method: 'POST', body: JSON.stringify({ mode: 'broken' }) });
      expect(badMode.status).toBe(400);
      expect(() => simulator.setMode('broken' as never)).toThrow();
    } finally {
      await simulator.close();
    }
  });
});
