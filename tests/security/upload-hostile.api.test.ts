import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { serve } from '../support/test-server';
import { auth, demandData } from '../support/scenario';
import { fingerprint, fingerprintDiff, multipart, PDF, problemDefects, send, storedFiles, type RawResponse } from './support/world';

/**
 * Hostile uploads (issue 9 §3): wrong magic bytes, polyglots, empty files, a declared length far
 * beyond the limit, too many parts, fields and files, huge field names, unsafe file names. Each is
 * refused with a problem+json (413, 415 or 422) and leaves no row and no file in the storage.
 */

const MAX_FILE = 64 * 1024;
const MAX_FILES = 3;

let p: TestPlatform;
let server: Awaited<ReturnType<typeof serve>>;
let dataDir: string;
let token: string;
let demandId: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'alin-upload-hostile-'));
  p = await createTestPlatform({ env: { DATA_DIR: dataDir, UPLOAD_MAX_FILE_BYTES: String(MAX_FILE), UPLOAD_MAX_FILES: String(MAX_FILES) } });
  server = await serve(p.app);
  ({ token } = await p.signIn('applicant'));
  const created = await request(p.app).post('/api/v1/demands').set(auth(token)).send(demandData());
  expect(created.status, created.text).toBe(201);
  demandId = created.body.id as string;
});
afterAll(async () => {
  await server?.close();
  await p?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const bytes = (...v: number[]) => Buffer.from(v);
const ELF = Buffer.concat([bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0), Buffer.alloc(8), bytes(2, 0, 0x3e, 0), Buffer.alloc(300, 0x90)]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), bytes(0x80, 0, 0, 0), Buffer.alloc(64), Buffer.from('PE\0\0', 'latin1'), Buffer.alloc(200)]);
const HTML = Buffer.from('<!DOCTYPE html><html><body><script>fetch("/api/v1/me")</script></body></html>');
const JPEG = Buffer.concat([bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10), Buffer.from('JFIF\0'), bytes(1, 1, 0, 0, 1, 0, 1, 0, 0), Buffer.alloc(200, 0x42), bytes(0xff, 0xd9)]);
/** A stored (uncompressed) ZIP holding one file, as `zip` writes it. */
function zipOf(name: string, content: Buffer): Buffer {
  const local = Buffer.concat([
    bytes(0x50, 0x4b, 0x03, 0x04, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
    u32(content.length),
    u32(content.length),
    u16(name.length),
    u16(0),
    Buffer.from(name),
    content,
  ]);
  const central = Buffer.concat([
    bytes(0x50, 0x4b, 0x01, 0x02, 20, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
    u32(content.length),
    u32(content.length),
    u16(name.length),
    Buffer.alloc(12),
    u32(0),
    Buffer.from(name),
  ]);
  const end = Buffer.concat([bytes(0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0), u32(central.length), u32(local.length), u16(0)]);
  return Buffer.concat([local, central, end]);
}
function u16(n: number) {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number) {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

const POLYGLOTS: [string, Buffer][] = [
  ['a PDF header followed by HTML and script', Buffer.from('%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n')],
  ['a PDF whose objects hold an HTML page', Buffer.concat([PDF.subarray(0, 60), Buffer.from('\n4 0 obj\n(<iframe src="javascript:alert(1)">)\nendobj\n'), PDF.subarray(60)])],
  ['a PDF with a JavaScript open action', Buffer.from(PDF.toString('latin1').replace('/Type/Catalog', '/Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>'), 'latin1')],
  ['a JPEG with a ZIP appended', Buffer.concat([JPEG, zipOf('payload.html', Buffer.from('<script>alert(1)</script>'))])],
  ['a PDF with a ZIP appended', Buffer.concat([PDF, zipOf('a.exe', EXE)])],
  [
    'a JPEG carrying an SVG onload in a comment segment',
    Buffer.concat([JPEG.subarray(0, 20), bytes(0xff, 0xfe, 0x00, 0x20), Buffer.from('<svg onload=alert(1)>          '), JPEG.subarray(20)]),
  ],
];

/** What a refusal must leave behind: no row, no file, nothing else changed (the audit trail aside). */
async function expectNothingStored(run: () => Promise<RawResponse | request.Response>, statuses: number[], code?: RegExp): Promise<RawResponse | request.Response> {
  const before = await fingerprint(p);
  const filesBefore = storedFiles(dataDir);
  const res = await run();
  expect(statuses, `${res.status} ${'text' in res ? res.text : ''}`).toContain(res.status);
  const raw: RawResponse = { status: res.status, headers: res.headers as http.IncomingHttpHeaders, text: res.text };
  expect(problemDefects(raw)).toEqual([]);
  const body = JSON.parse(raw.text) as { code: string; detail?: string };
  if (code) expect(body.code).toMatch(code);
  expect(body.detail ?? '').not.toBe('');
  expect(fingerprintDiff(before, await fingerprint(p))).toEqual([]);
  expect(storedFiles(dataDir)).toEqual(filesBefore);
  return res;
}

const upload = (fields: [string, string][], files: Parameters<typeof multipart>[1]) => {
  const { body, contentType } = multipart(fields, files);
  return send(server.url, 'POST', `/api/v1/demands/${demandId}/documents`, { authorization: `Bearer ${token}`, 'content-type': contentType }, body);
};

describe('hostile uploads are refused and leave nothing behind', () => {
  it('accepts a real PDF with a unicode name (the control case), stored once', async () => {
    const filesBefore = storedFiles(dataDir).length;
    const res = await upload([['documentType', 'identity']], [{ name: 'Avis d’impôt — été 2025 😀.pdf', content: PDF }]);
    expect(res.status, res.text).toBe(201);
    expect(JSON.parse(res.text).documents[0].fileName).toBe('Avis d’impôt — été 2025 😀.pdf');
    expect(storedFiles(dataDir).length).toBe(filesBefore + 1);
  });

  it.each([
    ['an ELF executable', ELF, 'cv.pdf'],
    ['a Windows executable', EXE, 'avis.pdf'],
    ['an HTML page', HTML, 'bulletin.pdf'],
    ['a ZIP archive', zipOf('doc.pdf', PDF), 'doc.pdf'],
    ['an SVG image', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'photo.png'],
  ])('refuses %s declared as application/pdf (422)', async (_what, content, name) => {
    await expectNothingStored(() => upload([['documentType', 'identity']], [{ name, content, type: 'application/pdf' }]), [422], /^DOCUMENT\.TYPE_NOT_ALLOWED$/);
  });

  it.each(POLYGLOTS)('refuses a polyglot: %s (422)', async (_what, content) => {
    await expectNothingStored(() => upload([['documentType', 'identity']], [{ name: 'piece.pdf', content }]), [422], /^DOCUMENT\.TYPE_NOT_ALLOWED$/);
  });

  it('refuses the whole upload when one file of several is bad: the good one is not stored either', async () => {
    await expectNothingStored(
      () =>
        upload(
          [['documentType', 'identity']],
          [
            { name: 'ok.pdf', content: PDF },
            { name: 'bad.pdf', content: ELF },
          ],
        ),
      [422],
      /^DOCUMENT\.TYPE_NOT_ALLOWED$/,
    );
  });

  it('refuses an empty file and a request without any file (422)', async () => {
    await expectNothingStored(() => upload([['documentType', 'identity']], [{ name: 'vide.pdf', content: Buffer.alloc(0) }]), [422], /^DOCUMENT\./);
    await expectNothingStored(() => upload([['documentType', 'identity']], []), [422], /^DOCUMENT\.NO_FILE$/);
  });

  it('refuses a file above the size limit (413)', async () => {
    await expectNothingStored(
      () => upload([['documentType', 'identity']], [{ name: 'gros.pdf', content: Buffer.concat([PDF, Buffer.alloc(MAX_FILE + 1, 0x20)]) }]),
      [413],
      /^UPLOAD\.LIMIT_FILE_SIZE$/,
    );
  });

  it('refuses a declared Content-Length far above the limit before reading the body (413)', async () => {
    const { contentType } = multipart([['documentType', 'identity']], []);
    await expectNothingStored(
      () =>
        new Promise<RawResponse>((resolve, reject) => {
          const url = new URL(server.url);
          const req = http.request(
            {
              host: url.hostname,
              port: url.port,
              method: 'POST',
              path: `/api/v1/demands/${demandId}/documents`,
              headers: { authorization: `Bearer ${token}`, 'content-type': contentType, 'content-length': String(50 * 1024 * 1024 * 1024) },
            },
            (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (c: Buffer) => chunks.push(c));
              res.on('end', () => {
                resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString() });
                req.destroy();
              });
            },
          );
          req.on('error', reject);
          req.write(multipart([['documentType', 'identity']], [{ name: 'a.pdf', content: PDF }]).body.subarray(0, 200)); // a few bytes, then nothing more
        }),
      [413],
      /^UPLOAD\.TOO_LARGE$/,
    );
  });

  it('refuses more files than allowed, more parts, many fields, a huge field name or value (413)', async () => {
    const pdfs = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `p${i}.pdf`, content: PDF }));
    await expectNothingStored(() => upload([['documentType', 'identity']], pdfs(MAX_FILES + 2)), [413], /^UPLOAD\.LIMIT_(FILE|PART)_COUNT$/);
    await expectNothingStored(
      () =>
        upload(
          Array.from({ length: 40 }, (_, i) => [`f${i}`, 'x'] as [string, string]),
          pdfs(1),
        ),
      [413],
      /^UPLOAD\.LIMIT_(FIELD|PART)_COUNT$/,
    );
    await expectNothingStored(
      () =>
        upload(
          [
            ['documentType', 'identity'],
            ['x'.repeat(5000), 'y'],
          ],
          pdfs(1),
        ),
      [413],
      /^UPLOAD\.LIMIT_FIELD_KEY$/,
    );
    await expectNothingStored(
      () =>
        upload(
          [
            ['documentType', 'identity'],
            ['person', 'a'.repeat(100_000)],
          ],
          pdfs(1),
        ),
      [413],
      /^UPLOAD\.LIMIT_FIELD_VALUE$/,
    );
  });

  it.each([
    '../../../../etc/passwd.pdf',
    '..\\..\\windows\\system32\\a.pdf',
    '/var/lib/alin/documents/x.pdf',
    'cni\u0000.pdf',
    'facture\u202Efdp.exe',
    'a\u2066b.pdf',
    'x'.repeat(300) + '.pdf',
  ])('refuses an unsafe file name %j (422)', async (name) => {
    await expectNothingStored(() => upload([['documentType', 'identity']], [{ name, content: PDF }]), [400, 422], /^DOCUMENT\.UNSAFE_FILE_NAME$|^REQUEST\.INVALID$/);
  });

  it('refuses a file sent under another field, unknown fields and a non-multipart body (400/415)', async () => {
    await expectNothingStored(() => upload([['documentType', 'identity']], [{ field: 'avatar', name: 'a.pdf', content: PDF }]), [400], /^UPLOAD\.LIMIT_UNEXPECTED_FILE$/);
    await expectNothingStored(
      () =>
        upload(
          [
            ['documentType', 'identity'],
            ['__proto__', 'x'],
            ['constructor', 'y'],
          ],
          [{ name: 'a.pdf', content: PDF }],
        ),
      [400],
      /^REQUEST\.INVALID$/,
    );
    await expectNothingStored(
      () => request(p.app).post(`/api/v1/demands/${demandId}/documents`).set(auth(token)).set('Content-Type', 'application/pdf').send(PDF),
      [415],
      /^UPLOAD\.MULTIPART_REQUIRED$/,
    );
    await expectNothingStored(
      () =>
        send(
          server.url,
          'POST',
          `/api/v1/demands/${demandId}/documents`,
          { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=zzz' },
          '--zzz\r\nContent-Disposition: form-data; name="files"; filename="a.pdf"\r\n\r\n%PDF-1.4 truncated',
        ),
      [400],
      /^REQUEST\.INVALID$/,
    );
  });
});
