import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express, { type Express } from 'express';
import request from 'supertest';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { serve } from '../support/test-server';
import { auth, demandData, submittedDemand } from '../support/scenario';
import { filesUnder, SMALL_PDF } from '../support/files';
import { BOOT } from '../../src/bootstrap/tokens';
import { FixedClock } from '../../src/shared/testing/clock';
import { signWebhook } from '../../src/adapters/verification/hmac-webhook.verifier';
import { startVerificationSimulator, type VerificationSimulator } from '../../src/adapters/verification/simulator/verification-simulator';
import { multipart, PDF, problemDefects, send, storedFiles, type RawResponse } from './support/world';
import { HOSTILE_PDFS, plainPdf, plainPdfWithObjectStreams } from './support/crafted-pdfs';

/**
 * Issue 19, items 7, 8 and 10, as an attacker would try them:
 * - §7 uploads held in memory: eight concurrent maximal uploads by one account while the
 *   process's RSS is sampled (the platform runs in this process); uploads held open by several
 *   accounts against the per-account and total bounds, then cut; a demand filled past its quota.
 *   The temporary folder is empty after every outcome.
 * - §8 active content in PDFs: PDFs made with a PDF library (an /OpenAction JavaScript, a
 *   hex-escaped name, actions inside a compressed object stream, automatic actions, an embedded
 *   file, a form, encrypted, unreadable) are refused with a French reason naming what was found;
 *   plain PDFs are accepted; the back office's inline viewer has the download's `sandbox` CSP.
 * - §10 the verification webhook: off without a provider, even well signed; with one, only the
 *   provider's own reference decides a piece, never a piece id.
 */

const uploadPath = (demandId: string) => `/api/v1/demands/${demandId}/documents`;
const tempFiles = (dataDir: string) => filesUnder(join(dataDir, 'upload-tmp'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function eventually(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`still not true after ${timeoutMs} ms: ${what}`);
    await sleep(25);
  }
}

/**
 * A multipart upload whose files are streamed from disk (so that the test itself holds almost
 * nothing in memory), over its own connection. `stallAfter`: stop sending after that many bytes
 * and keep the connection open (a slow or hostile client) until `abort()`.
 */
function streamUpload(baseUrl: string, demandId: string, token: string, files: { path: string; size: number; name: string }[], options: { stallAfter?: number } = {}) {
  const boundary = `----alin-attack-${randomBytes(8).toString('hex')}`;
  const field = `--${boundary}\r\nContent-Disposition: form-data; name="documentType"\r\n\r\nidentity\r\n`;
  const heads = files.map((f) => `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: application/pdf\r\n\r\n`);
  const end = `--${boundary}--\r\n`;
  const length = Buffer.byteLength(field) + heads.reduce((n, h, i) => n + Buffer.byteLength(h) + files[i]!.size + 2, 0) + Buffer.byteLength(end);
  async function* body(): AsyncGenerator<Buffer> {
    yield Buffer.from(field);
    for (const [i, f] of files.entries()) {
      yield Buffer.from(heads[i]!);
      for await (const chunk of createReadStream(f.path, { highWaterMark: 64 * 1024 })) yield chunk as Buffer;
      yield Buffer.from('\r\n');
    }
    yield Buffer.from(end);
  }
  const url = new URL(baseUrl);
  let req!: http.ClientRequest;
  const response = new Promise<RawResponse & { error?: string }>((resolve) => {
    req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: uploadPath(demandId),
        agent: false,
        headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(length) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    // the server may answer (429) and close before the body is sent (EPIPE on our side): the answer, when it came, is what counts
    req.on('error', (error) => setTimeout(() => resolve({ status: 0, headers: {}, text: '', error: error.message }), 2000));
  });
  const source = Readable.from(body());
  if (options.stallAfter === undefined) {
    source.pipe(req);
  } else {
    let sent = 0;
    source.on('data', (chunk: Buffer) => {
      const room = options.stallAfter! - sent;
      if (room <= 0) return;
      req.write(chunk.subarray(0, room));
      sent += Math.min(room, chunk.length);
      if (sent >= options.stallAfter!) source.destroy();
    });
  }
  return { response, abort: () => req.destroy() };
}

/** A valid PDF of exactly about `size` bytes: a page of text and one big stream of random (incompressible) bytes. */
async function pdfOfSize(size: number): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([595, 842]);
  page.drawText('Bulletin de salaire (scan)', { x: 40, y: 780, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  const overhead = (await doc.save()).length + 200;
  doc.context.register(doc.context.stream(randomBytes(size - overhead)));
  const bytes = Buffer.from(await doc.save({ useObjectStreams: false }));
  if (bytes.length > size) throw new Error(`pdfOfSize: ${bytes.length} > ${size}`);
  return bytes;
}

const SECRET = 'test-webhook-secret-0123456789abcdef0123';
const API_KEY = 'test-verification-api-key';
const clock = new FixedClock('2026-03-15T09:00:00.000Z');

// ———————————————————————————————————————————————————————————————————————————————————————
// a platform with small limits: hostile PDFs, the bounds on uploads at once, the quota
// ———————————————————————————————————————————————————————————————————————————————————————

const SMALL = { file: 256 * 1024, files: 3, perAccount: 1, total: 2, demandFiles: 4, demandBytes: 700_000 };
let p: TestPlatform;
let server: Awaited<ReturnType<typeof serve>>;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'alin-attack-uploads-'));
  p = await createTestPlatform({
    env: {
      DATA_DIR: dataDir,
      UPLOAD_MAX_FILE_BYTES: String(SMALL.file),
      UPLOAD_MAX_FILES: String(SMALL.files),
      UPLOAD_MAX_CONCURRENT_PER_ACCOUNT: String(SMALL.perAccount),
      UPLOAD_MAX_CONCURRENT: String(SMALL.total),
      UPLOAD_DEMAND_MAX_FILES: String(SMALL.demandFiles),
      UPLOAD_DEMAND_MAX_BYTES: String(SMALL.demandBytes),
    },
  });
  server = await serve(p.app);
});
afterAll(async () => {
  await server?.close();
  await p?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function applicantWithDemand(platform = p): Promise<{ token: string; demandId: string }> {
  const who = await platform.signIn('applicant');
  const created = await request(platform.app).post('/api/v1/demands').set(auth(who.token)).send(demandData());
  expect(created.status, created.text).toBe(201);
  return { token: who.token, demandId: created.body.id as string };
}

const upload = (who: { token: string; demandId: string }, files: { name: string; content: Buffer }[], platform = p) => {
  let req = request(platform.app).post(uploadPath(who.demandId)).set(auth(who.token)).field('documentType', 'identity');
  for (const f of files) req = req.attach('files', f.content, { filename: f.name, contentType: 'application/pdf' });
  return req;
};

describe('§8 active content in PDFs: parsed with a PDF library, refused with what was found', () => {
  it.each(HOSTILE_PDFS)('refuses %s (422, French reason), storing nothing', async (_what, make, reason) => {
    const who = await applicantWithDemand();
    const filesBefore = storedFiles(dataDir);
    const res = await upload(who, [{ name: 'avis.pdf', content: await make() }]);
    expect(res.status, res.text).toBe(422);
    expect(problemDefects({ status: res.status, headers: res.headers as http.IncomingHttpHeaders, text: res.text })).toEqual([]);
    expect(res.body.code).toBe('DOCUMENT.TYPE_NOT_ALLOWED');
    expect(res.body.detail).toMatch(reason);
    expect(res.body.detail).toMatch(/^Fichier refusé, « avis\.pdf » : le PDF .* : aucun fichier n’a été enregistré\.$/);
    expect(res.body.errors).toEqual([{ field: 'files.0', message: expect.stringMatching(/^« avis\.pdf » est refusé : le PDF /) }]);
    expect(storedFiles(dataDir)).toEqual(filesBefore);
    expect(
      (
        await request(p.app)
          .get(`${uploadPath(who.demandId)}`)
          .set(auth(who.token))
      ).body.items,
    ).toEqual([]);
    expect(tempFiles(dataDir)).toEqual([]);
  });

  it('the compressed and hex-escaped attacks are invisible to a byte pattern: only the parse sees them', async () => {
    const [, hex] = HOSTILE_PDFS.find(([w]) => w.includes('hex-escaped'))!;
    const [, compressed] = HOSTILE_PDFS.find(([w]) => w.includes('compressed'))!;
    expect((await hex()).toString('latin1')).not.toMatch(/\/JavaScript/);
    expect((await compressed()).toString('latin1')).not.toMatch(/\/JavaScript|\/Launch/);
  });

  it('accepts plain PDFs: made by the library (with and without object streams), the test fixtures, the demo seed’s kind', async () => {
    for (const [name, content] of [
      ['plain.pdf', await plainPdf()],
      ['objstm.pdf', await plainPdfWithObjectStreams()],
      ['small.pdf', SMALL_PDF],
      ['world.pdf', PDF],
    ] as const) {
      const res = await upload(await applicantWithDemand(), [{ name, content }]);
      expect(res.status, `${name}: ${res.text}`).toBe(201);
      expect(res.body.documents[0]).toMatchObject({ contentType: 'application/pdf', size: content.length });
    }
    expect(tempFiles(dataDir)).toEqual([]);
  });

  it('gives the back office’s inline viewer the same sandbox CSP as the API download', async () => {
    const owner = await submittedDemand(p);
    const up = await upload(owner, [{ name: 'cni.pdf', content: await plainPdf() }]);
    expect(up.status, up.text).toBe(201);
    const docId = up.body.documents[0].id as string;
    const download = await request(p.app)
      .get(`${uploadPath(owner.demandId)}/${docId}/content`)
      .set(auth(owner.token));
    expect(download.status).toBe(200);
    expect(download.headers['content-security-policy']).toMatch(/(^|;\s*)sandbox(;|$)/);

    const agent = request.agent(p.app);
    const email = `viewer-${Date.now()}@test.alin`;
    await p.signIn('agent', { email });
    const form = await agent.get('/admin/login');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!;
    expect((await agent.post('/admin/login').type('form').send({ email, password: TEST_PASSWORD, _csrf: csrf })).status).toBe(303);
    const inline = await agent.get(`/admin/demandes/${owner.demandId}/pieces/${docId}/contenu`);
    expect(inline.status, String(inline.headers.location ?? '')).toBe(200);
    expect(inline.headers['content-disposition']).toMatch(/^inline;/);
    expect(inline.headers['content-security-policy']).toMatch(/(^|;\s*)sandbox(;|$)/);
    expect(inline.headers['content-security-policy']).toMatch(/default-src 'none'/);
  });
});

describe('§7 uploads: bounded at once per account and in total, a quota per demand, temporary files removed in every outcome', () => {
  let work: string;
  let small: { path: string; size: number; name: string };
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'alin-attack-files-'));
    const content = await pdfOfSize(200_000);
    small = { path: join(work, 'piece.pdf'), size: content.length, name: 'piece.pdf' };
    writeFileSync(small.path, content);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('holds one upload open per account (429 for a second one), and two in total (503 for a third account); cut uploads leave no temporary file', async () => {
    const a = await applicantWithDemand();
    const b = await applicantWithDemand();
    const c = await applicantWithDemand();
    const stalledA = streamUpload(server.url, a.demandId, a.token, [small], { stallAfter: 100_000 });
    await eventually(() => tempFiles(dataDir).length === 1, 'the first upload is being written to a temporary file');

    const form = multipart([['documentType', 'identity']], [{ name: 'b.pdf', content: SMALL_PDF }]);
    const second = await send(
      server.url,
      'POST',
      uploadPath(a.demandId),
      { authorization: `Bearer ${a.token}`, 'content-type': form.contentType, connection: 'close' },
      form.body,
      false,
    );
    expect(second.status, second.text).toBe(429);
    expect(problemDefects(second)).toEqual([]);
    expect(JSON.parse(second.text)).toMatchObject({ code: 'UPLOAD.TOO_MANY_AT_ONCE', detail: expect.stringMatching(/^Vous avez déjà 1 envoi de fichiers en cours/) });
    expect(second.headers['retry-after']).toBe('10');

    const stalledB = streamUpload(server.url, b.demandId, b.token, [small], { stallAfter: 100_000 });
    await eventually(() => tempFiles(dataDir).length === 2, 'the second account’s upload is being written');
    const third = await upload(c, [{ name: 'c.pdf', content: SMALL_PDF }]);
    expect(third.status, third.text).toBe(503);
    expect(third.body).toMatchObject({ code: 'UPLOAD.BUSY', detail: expect.stringMatching(/^La plateforme reçoit beaucoup de fichiers/) });
    expect(third.headers['retry-after']).toBeDefined();

    // the attackers cut their connections mid-file: the temporary files go, the slots come back
    stalledA.abort();
    stalledB.abort();
    expect((await stalledA.response).status).toBe(0);
    await eventually(() => tempFiles(dataDir).length === 0, 'the cut uploads’ temporary files are removed');
    let after: request.Response | undefined;
    for (let i = 0; i < 40 && after?.status !== 201; i++) {
      after = await upload(c, [{ name: 'c.pdf', content: SMALL_PDF }]);
      if (after.status !== 201) await sleep(50);
    }
    expect(after!.status, after!.text).toBe(201);
    expect((await upload(a, [{ name: 'a.pdf', content: SMALL_PDF }])).status).toBe(201);
    expect(tempFiles(dataDir)).toEqual([]);
  });

  it('refuses an upload beyond the demand’s quota of bytes, then of files (409, French), storing nothing of it', async () => {
    const who = await applicantWithDemand();
    const piece = await pdfOfSize(200_000);
    expect(
      (
        await upload(who, [
          { name: 'a.pdf', content: piece },
          { name: 'b.pdf', content: piece },
        ])
      ).status,
    ).toBe(201); // 2 files, ~400 kB
    const filesBefore = storedFiles(dataDir);
    const overBytes = await upload(who, [
      { name: 'c.pdf', content: piece },
      { name: 'd.pdf', content: piece },
    ]); // ~800 kB > 700,000 bytes
    expect(overBytes.status, overBytes.text).toBe(409);
    expect(overBytes.body.code).toBe('DOCUMENT.QUOTA_EXCEEDED');
    expect(overBytes.body.detail).toMatch(/^Cette demande a atteint la limite de pièces : au plus 4 fichiers et 0,7 Mo par demande \(elle en garde déjà 2, soit 0,4 Mo\)/);
    expect(storedFiles(dataDir)).toEqual(filesBefore);
    expect(
      (
        await upload(who, [
          { name: 'e.pdf', content: SMALL_PDF },
          { name: 'f.pdf', content: SMALL_PDF },
        ])
      ).status,
    ).toBe(201); // 4 files
    const overCount = await upload(who, [{ name: 'g.pdf', content: SMALL_PDF }]);
    expect(overCount.status, overCount.text).toBe(409);
    expect(overCount.body.code).toBe('DOCUMENT.QUOTA_EXCEEDED');
    // refused before the body is read (the demand is full; a stranger's upload is 404 the same way)
    const stranger = await applicantWithDemand();
    const foreign = await upload({ token: stranger.token, demandId: who.demandId }, [{ name: 'h.pdf', content: piece }]);
    expect(foreign.status, foreign.text).toBe(404);
    expect(storedFiles(dataDir).length).toBe(filesBefore.length + 2);
    expect(tempFiles(dataDir)).toEqual([]);
  });

  it('removes the temporary files of a refused upload (bad type, too large) as of a stored one', async () => {
    const who = await applicantWithDemand();
    expect((await upload(who, [{ name: 'x.pdf', content: Buffer.from('MZ not a pdf at all, an executable') }])).status).toBe(422);
    expect((await upload(who, [{ name: 'big.pdf', content: Buffer.concat([SMALL_PDF, Buffer.alloc(SMALL.file + 1, 0x20)]) }])).status).toBe(413);
    expect((await upload(who, [{ name: 'ok.pdf', content: SMALL_PDF }])).status).toBe(201);
    expect(tempFiles(dataDir)).toEqual([]);
  });
});

describe('§10 the verification webhook', () => {
  const signed = (body: string, secret: string, at = clock.now()) => {
    const timestamp = Math.floor(at.getTime() / 1000);
    return { 'content-type': 'application/json', 'x-timestamp': String(timestamp), 'x-signature': signWebhook(secret, timestamp, body) };
  };

  it('is off without a provider: a well-signed verdict naming a piece by id is 404 and applies nothing', async () => {
    const who = await applicantWithDemand();
    const up = await upload(who, [{ name: 'cni.pdf', content: SMALL_PDF }]);
    const docId = up.body.documents[0].id as string;
    const body = JSON.stringify({ providerRef: docId, documentId: docId, outcome: 'verified', decidedAt: new Date().toISOString() });
    const res = await request(p.app)
      .post('/api/v1/verification/webhook')
      .set(signed(body, p.config.verification.webhookSecret, new Date()))
      .send(body);
    expect(res.status, res.text).toBe(404);
    expect(res.body).toMatchObject({ code: 'VERIFICATION.WEBHOOK_OFF', detail: expect.stringMatching(/^Aucun service de vérification n’est configuré/) });
    const unsigned = await request(p.app).post('/api/v1/verification/webhook').set('content-type', 'application/json').send(body);
    expect(unsigned.status).toBe(404);
    const doc = await request(p.app)
      .get(`${uploadPath(who.demandId)}/${docId}`)
      .set(auth(who.token));
    expect(doc.body).toMatchObject({ status: 'verification_pending' });
    expect(doc.body.decidedBy).toBeUndefined();
  });

  describe('with a provider', () => {
    let pv: TestPlatform;
    let front: Awaited<ReturnType<typeof serve>>;
    let sim: VerificationSimulator;
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'alin-attack-webhook-'));
      let target: Express | undefined;
      const app = express();
      app.use((req, res, next) => (target ? target(req, res, next) : res.status(503).end()));
      front = await serve(app);
      sim = await startVerificationSimulator({
        webhookUrl: `${front.url}/api/v1/verification/webhook`,
        webhookSecret: SECRET,
        apiKey: API_KEY,
        decisionDelayMs: 3_600_000,
        webhookRetries: 0,
        clock,
      });
      pv = await createTestPlatform({ clock, env: { VERIFICATION_URL: sim.url, VERIFICATION_API_KEY: API_KEY, VERIFICATION_WEBHOOK_SECRET: SECRET, DATA_DIR: dir } });
      target = pv.app;
    });
    afterAll(async () => {
      await sim?.close();
      await front?.close();
      await pv?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('matches only the provider’s own references: a piece id (as reference or echoed id) never decides a piece', async () => {
      const a = await applicantWithDemand(pv);
      const b = await applicantWithDemand(pv);
      const docA = (await upload(a, [{ name: 'a.pdf', content: SMALL_PDF }], pv)).body.documents[0].id as string;
      const docB = (await upload(b, [{ name: 'b.pdf', content: SMALL_PDF }], pv)).body.documents[0].id as string;
      const hook = (verdict: object) => {
        const body = JSON.stringify({ decidedAt: clock.now().toISOString(), ...verdict });
        return request(pv.app).post('/api/v1/verification/webhook').set(signed(body, SECRET)).send(body);
      };
      const status = async (who: { token: string; demandId: string }, id: string) =>
        (
          await request(pv.app)
            .get(`${uploadPath(who.demandId)}/${id}`)
            .set(auth(who.token))
        ).body.status as string;

      // before the piece was sent (no reference yet): its id, as reference or as echoed id, is unknown
      for (const verdict of [
        { providerRef: docA, outcome: 'rejected', reason: 'Faux' },
        { providerRef: 'guess', documentId: docA, outcome: 'rejected', reason: 'Faux' },
      ]) {
        const res = await hook(verdict);
        expect(res.status, res.text).toBe(404);
        expect(res.body.code).toBe('VERIFICATION.UNKNOWN_REF');
      }
      expect(await status(a, docA)).toBe('verification_pending');

      await pv.container.get(BOOT.JobWorker).drain();
      const refOf = (id: string) => sim.received().find((d) => d.documentId === id)!.providerRef;
      expect(refOf(docA)).not.toBe(docA);
      // once sent, still not by its id
      expect((await hook({ providerRef: docA, documentId: docA, outcome: 'rejected', reason: 'Faux' })).status).toBe(404);
      // B's reference with A's id decides B only
      const cross = await hook({ providerRef: refOf(docB), documentId: docA, outcome: 'rejected', reason: 'Illisible' });
      expect(cross.status, cross.text).toBe(200);
      expect(await status(b, docB)).toBe('rejected');
      expect(await status(a, docA)).toBe('verification_pending');
      // A's own reference decides A
      expect((await hook({ providerRef: refOf(docA), outcome: 'verified' })).body).toEqual({ status: 'applied' });
      expect(await status(a, docA)).toBe('verified');
    });
  });
});

// ———————————————————————————————————————————————————————————————————————————————————————
// the memory attack, on the default limits (10 files of 10 MB per upload)
// ———————————————————————————————————————————————————————————————————————————————————————

describe('§7 eight concurrent maximal uploads by one account (default limits), process memory sampled', () => {
  let big: TestPlatform;
  let bigServer: Awaited<ReturnType<typeof serve>>;
  let dir: string;
  let work: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'alin-attack-rss-'));
    work = mkdtempSync(join(tmpdir(), 'alin-attack-rss-files-'));
    big = await createTestPlatform({ clock, env: { DATA_DIR: dir } });
    bigServer = await serve(big.app);
  });
  afterAll(async () => {
    await bigServer?.close();
    await big?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('keeps the process’s memory growth far below the old 870 MB, answers 429 beyond two at once, and leaves no temporary file', { timeout: 240_000 }, async () => {
    const { maxFileBytes, maxFiles, maxConcurrentPerAccount } = big.config.uploads;
    expect([maxFileBytes, maxFiles, maxConcurrentPerAccount]).toEqual([10 * 1024 * 1024, 10, 2]);
    const maximal = { path: join(work, 'maximal.pdf'), size: 0, name: 'bulletin.pdf' };
    {
      const content = await pdfOfSize(maxFileBytes);
      maximal.size = content.length;
      writeFileSync(maximal.path, content);
    }
    expect(maximal.size).toBeGreaterThan(maxFileBytes - 8192);
    const who = await applicantWithDemand(big);

    (globalThis as { gc?: () => void }).gc?.();
    await sleep(200);
    const before = process.memoryUsage();
    let peak = before.rss;
    let peakBuffers = before.arrayBuffers;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak = Math.max(peak, now.rss);
      peakBuffers = Math.max(peakBuffers, now.arrayBuffers);
    }, 5);
    const started = Date.now();
    let answers: (RawResponse & { error?: string })[];
    try {
      const files = Array.from({ length: maxFiles }, (_, i) => ({ ...maximal, name: `bulletin-${i + 1}.pdf` }));
      answers = await Promise.all(Array.from({ length: 8 }, () => streamUpload(bigServer.url, who.demandId, who.token, files).response));
    } finally {
      clearInterval(sampler);
    }
    const growthMb = (peak - before.rss) / (1024 * 1024);
    const buffersMb = (peakBuffers - before.arrayBuffers) / (1024 * 1024);
    console.info(
      `[attack-uploads] 8 × ${maxFiles} × ${(maximal.size / 1048576).toFixed(1)} MB by one account: RSS ${Math.round(before.rss / 1048576)} → peak ${Math.round(peak / 1048576)} MB ` +
        `(+${growthMb.toFixed(0)} MB; buffers +${buffersMb.toFixed(0)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s; statuses ${answers.map((a) => a.status).join(' ')}`,
    );

    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(maxConcurrentPerAccount);
    const refused = answers.filter((a) => a.status !== 201);
    expect(refused).toHaveLength(8 - maxConcurrentPerAccount);
    for (const r of refused) {
      expect(r.status, `${r.status} ${r.error ?? r.text}`).toBe(429);
      expect(JSON.parse(r.text)).toMatchObject({ code: 'UPLOAD.TOO_MANY_AT_ONCE' });
    }
    const stored = answers.filter((a) => a.status === 201).flatMap((a) => JSON.parse(a.text).documents as { size: number }[]);
    expect(stored).toHaveLength(maxConcurrentPerAccount * maxFiles);
    expect(stored.every((d) => d.size === maximal.size)).toBe(true);
    // the old code held every file of every upload in memory: +870 MB for this attack
    expect(growthMb).toBeLessThan(200);
    expect(buffersMb).toBeLessThan(150);
    expect(tempFiles(dir)).toEqual([]);
  });
});
