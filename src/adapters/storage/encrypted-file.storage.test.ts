import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat, writeFile, truncate, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors';
import { DOCUMENT_STORAGE_ERRORS, DocumentIntegrityError } from '../../modules/demand/index';
import { readAllBytes } from '../../modules/demand/ports/document-storage.port';
import { EncryptedFileStorage, parseMasterKey } from './encrypted-file.storage';
import { InMemoryDocumentStorage } from './testing/in-memory.storage';

const SEGMENT = 64 * 1024;
const HEADER = 86;

let root: string;
let storage: EncryptedFileStorage;
const masterKey = randomBytes(32);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'alin-storage-'));
  storage = new EncryptedFileStorage({ rootDir: root, masterKey: masterKey.toString('base64') });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

const fileOf = (key: string) => join(root, key.slice(0, 2), key.slice(2, 4), key);

async function* chunked(data: Buffer, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

describe('EncryptedFileStorage', () => {
  it('stores and reads back binary content of 5 MB, streamed in odd-sized chunks', async () => {
    const content = randomBytes(5 * 1024 * 1024 + 123);
    const stored = await storage.put(chunked(content, 10_007), { contentType: 'application/pdf' });
    expect(stored.size).toBe(content.length);
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    const back = await readAllBytes(await storage.get(stored.storageKey));
    expect(back.equals(content)).toBe(true);
    // header + one 16-byte tag per segment
    const segments = Math.floor(content.length / SEGMENT) + 1;
    expect((await stat(fileOf(stored.storageKey))).size).toBe(HEADER + content.length + 16 * segments);
  });

  it.each([0, 1, SEGMENT - 1, SEGMENT, SEGMENT + 1, 2 * SEGMENT, 3 * SEGMENT + 5])('round-trips %i bytes', async (size) => {
    const content = randomBytes(size);
    const stored = await storage.put(content, { contentType: 'image/png' });
    expect(stored.size).toBe(size);
    expect((await readAllBytes(await storage.get(stored.storageKey))).equals(content)).toBe(true);
  });

  it('keeps no plaintext on disk', async () => {
    const marker = 'Avis d’imposition 2025 — revenu fiscal de référence 23 456 € — Mme DUPONT';
    const content = Buffer.from(`%PDF-1.7\n${marker.repeat(200)}\n%%EOF\n`);
    const stored = await storage.put(content, { contentType: 'application/pdf' });
    const onDisk = await readFile(fileOf(stored.storageKey));
    expect(onDisk.includes(Buffer.from('DUPONT'))).toBe(false);
    expect(onDisk.includes(Buffer.from('%PDF'))).toBe(false);
    expect(onDisk.subarray(0, 4).toString()).toBe('ALDF');
    expect(onDisk.includes(masterKey)).toBe(false);
  });

  it('encrypts the same content differently each time (fresh data key and IV)', async () => {
    const content = randomBytes(1000);
    const a = await storage.put(content, { contentType: 'image/png' });
    const b = await storage.put(content, { contentType: 'image/png' });
    expect(a.sha256).toBe(b.sha256);
    const fa = await readFile(fileOf(a.storageKey));
    const fb = await readFile(fileOf(b.storageKey));
    expect(fa.subarray(HEADER).equals(fb.subarray(HEADER))).toBe(false);
  });

  it('computes the SHA-256 of the plaintext', async () => {
    const stored = await storage.put(Buffer.from('abc'), { contentType: 'application/pdf' });
    expect(stored.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  describe('tampering', () => {
    const tamperCases: Array<[string, (size: number) => number]> = [
      ['the magic', () => 0],
      ['the master key id', () => 7],
      ['the wrapped key', () => 30],
      ['the content IV', () => 80],
      ['the first segment', () => HEADER + 10],
      ['a middle segment', () => HEADER + SEGMENT + 16 + 100],
      ['the last tag', (size) => size - 1],
    ];
    it.each(tamperCases)('flipping one byte of %s fails loudly', async (_what, at) => {
      const content = randomBytes(3 * SEGMENT + 77);
      const stored = await storage.put(content, { contentType: 'application/pdf' });
      const path = fileOf(stored.storageKey);
      const bytes = await readFile(path);
      const offset = at(bytes.length);
      bytes[offset] = bytes[offset]! ^ 0x01;
      await writeFile(path, bytes);
      const read = async () => readAllBytes(await storage.get(stored.storageKey));
      await expect(read()).rejects.toBeInstanceOf(DocumentIntegrityError);
    });

    it('never yields bytes of an altered segment', async () => {
      const content = randomBytes(3 * SEGMENT);
      const stored = await storage.put(content, { contentType: 'application/pdf' });
      const path = fileOf(stored.storageKey);
      const bytes = await readFile(path);
      const offset = HEADER + (SEGMENT + 16) + 5; // inside the second segment
      bytes[offset] = bytes[offset]! ^ 0xff;
      await writeFile(path, bytes);
      const seen: Buffer[] = [];
      await expect(
        (async () => {
          for await (const chunk of await storage.get(stored.storageKey)) seen.push(Buffer.from(chunk));
        })(),
      ).rejects.toBeInstanceOf(DocumentIntegrityError);
      const yielded = Buffer.concat(seen);
      expect(yielded.equals(content.subarray(0, SEGMENT))).toBe(true); // only the authentic first segment
    });

    it.each([
      ['at a segment boundary', HEADER + 2 * (SEGMENT + 16)],
      ['mid-segment', HEADER + SEGMENT + 16 + 1000],
      ['inside the header', 40],
    ])('detects truncation %s', async (_what, length) => {
      const stored = await storage.put(randomBytes(3 * SEGMENT + 10), { contentType: 'application/pdf' });
      await truncate(fileOf(stored.storageKey), length);
      const read = async () => readAllBytes(await storage.get(stored.storageKey));
      await expect(read()).rejects.toBeInstanceOf(DocumentIntegrityError);
    });

    it('detects an appended segment', async () => {
      const stored = await storage.put(randomBytes(SEGMENT), { contentType: 'application/pdf' });
      const path = fileOf(stored.storageKey);
      await writeFile(path, Buffer.concat([await readFile(path), randomBytes(100)]));
      const read = async () => readAllBytes(await storage.get(stored.storageKey));
      await expect(read()).rejects.toBeInstanceOf(DocumentIntegrityError);
    });

    it('refuses to read with another master key', async () => {
      const stored = await storage.put(randomBytes(500), { contentType: 'application/pdf' });
      const other = new EncryptedFileStorage({ rootDir: root, masterKey: randomBytes(32) });
      await expect(other.get(stored.storageKey)).rejects.toBeInstanceOf(DocumentIntegrityError);
    });
  });

  it('reads files of a previous master key after a rotation', async () => {
    const content = randomBytes(2000);
    const stored = await storage.put(content, { contentType: 'application/pdf' });
    const rotated = new EncryptedFileStorage({ rootDir: root, masterKey: randomBytes(32).toString('hex'), previousMasterKeys: [masterKey] });
    expect((await readAllBytes(await rotated.get(stored.storageKey))).equals(content)).toBe(true);
  });

  it('delete is idempotent and removes the file', async () => {
    const stored = await storage.put(randomBytes(100), { contentType: 'application/pdf' });
    expect(await storage.exists(stored.storageKey)).toBe(true);
    await storage.delete(stored.storageKey);
    expect(await storage.exists(stored.storageKey)).toBe(false);
    await expect(storage.delete(stored.storageKey)).resolves.toBeUndefined();
    await expect(storage.delete('not-a-key')).resolves.toBeUndefined();
    await expect(storage.get(stored.storageKey)).rejects.toMatchObject({ kind: 'not_found', code: DOCUMENT_STORAGE_ERRORS.NOT_FOUND });
    expect(await allFiles(root)).toEqual([]);
  });

  it('treats malformed keys as missing (no path traversal)', async () => {
    await writeFile(join(root, 'secret.txt'), 'x');
    for (const key of ['../secret.txt', '..', '', 'ab/../../secret.txt', 'A'.repeat(64), `${'a'.repeat(63)}/`]) {
      expect(await storage.exists(key)).toBe(false);
      await expect(storage.get(key)).rejects.toBeInstanceOf(DomainError);
      await storage.delete(key);
    }
    expect(await readFile(join(root, 'secret.txt'), 'utf8')).toBe('x');
  });

  it('names files randomly, in two levels of shards, never after the content or its type', async () => {
    const content = Buffer.from('same content, same type');
    const keys = new Set<string>();
    for (let i = 0; i < 20; i += 1) keys.add((await storage.put(content, { contentType: '../../evil.pdf' })).storageKey);
    expect(keys.size).toBe(20);
    for (const key of keys) {
      expect(key).toMatch(/^[0-9a-f]{64}$/);
      expect(await storage.exists(key)).toBe(true);
    }
    const files = await allFiles(root);
    expect(files).toHaveLength(20);
    for (const file of files) {
      const [a, b, name] = file.split(sep);
      expect(name).toMatch(/^[0-9a-f]{64}$/);
      expect(name!.slice(0, 2)).toBe(a);
      expect(name!.slice(2, 4)).toBe(b);
      expect(file).not.toContain('evil');
    }
    if (process.platform !== 'win32') {
      const mode = (await stat(join(root, files[0]!))).mode & 0o777;
      expect(mode).toBe(0o600);
    }
  });

  it('lists the stored keys (and not temporary files)', async () => {
    const a = await storage.put(randomBytes(10), { contentType: 'application/pdf' });
    const b = await storage.put(randomBytes(10), { contentType: 'application/pdf' });
    await writeFile(join(root, a.storageKey.slice(0, 2), a.storageKey.slice(2, 4), '.tmp-0123456789abcdef'), 'partial');
    const listed: string[] = [];
    for await (const key of storage.list()) listed.push(key);
    expect(listed.sort()).toEqual([a.storageKey, b.storageKey].sort());
  });

  it('leaves nothing behind when the content stream fails midway', async () => {
    async function* failing(): AsyncIterable<Uint8Array> {
      yield randomBytes(3 * SEGMENT);
      yield randomBytes(1000);
      throw new Error('client went away');
    }
    await expect(storage.put(failing(), { contentType: 'application/pdf' })).rejects.toThrow('client went away');
    expect(await allFiles(root)).toEqual([]);
    const listed: string[] = [];
    for await (const key of storage.list()) listed.push(key);
    expect(listed).toEqual([]);
  });

  it('refuses content over maxBytes and leaves nothing behind', async () => {
    const limited = new EncryptedFileStorage({ rootDir: root, masterKey, maxBytes: 100_000 });
    await expect(limited.put(chunked(randomBytes(200_000), 30_000), { contentType: 'application/pdf' })).rejects.toMatchObject({
      code: DOCUMENT_STORAGE_ERRORS.TOO_LARGE,
    });
    expect(await allFiles(root)).toEqual([]);
    const ok = await limited.put(randomBytes(100_000), { contentType: 'application/pdf' });
    expect(ok.size).toBe(100_000);
  });

  it('sweeps stale temporary files left by a crash', async () => {
    const stored = await storage.put(randomBytes(10), { contentType: 'application/pdf' });
    const dir = join(root, stored.storageKey.slice(0, 2), stored.storageKey.slice(2, 4));
    await writeFile(join(dir, '.tmp-aaaa'), 'old');
    await writeFile(join(dir, '.tmp-bbbb'), 'fresh');
    // the dates the test means, set on the files themselves (the file system's clock is not the process's)
    const now = new Date('2026-06-15T10:00:00Z');
    const hourAgo = new Date(now.getTime() - 3_600_000);
    await utimes(join(dir, '.tmp-aaaa'), hourAgo, hourAgo);
    await utimes(join(dir, '.tmp-bbbb'), now, now);
    expect(await storage.sweepTemporaryFiles(600_000, now)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['.tmp-bbbb', stored.storageKey].sort());
  });

  it('checks the master key', () => {
    expect(() => new EncryptedFileStorage({ rootDir: root, masterKey: 'too-short' })).toThrow(/32 bytes/);
    expect(parseMasterKey('00'.repeat(32))).toHaveLength(32);
    expect(parseMasterKey(Buffer.alloc(32, 7).toString('base64'))).toEqual(Buffer.alloc(32, 7));
  });
});

describe('InMemoryDocumentStorage', () => {
  it('behaves like the file storage', async () => {
    const memory = new InMemoryDocumentStorage();
    const content = randomBytes(1000);
    const stored = await memory.put(chunked(content, 300), { contentType: 'image/jpeg' });
    expect(stored).toMatchObject({ size: 1000 });
    expect(stored.storageKey).toMatch(/^[0-9a-f]{64}$/);
    expect((await readAllBytes(await memory.get(stored.storageKey))).equals(content)).toBe(true);
    expect(memory.contentTypeOf(stored.storageKey)).toBe('image/jpeg');
    const listed: string[] = [];
    for await (const key of memory.list()) listed.push(key);
    expect(listed).toEqual([stored.storageKey]);
    await memory.delete(stored.storageKey);
    await memory.delete(stored.storageKey);
    expect(await memory.exists(stored.storageKey)).toBe(false);
    await expect(memory.get(stored.storageKey)).rejects.toMatchObject({ code: DOCUMENT_STORAGE_ERRORS.NOT_FOUND });
  });
});
