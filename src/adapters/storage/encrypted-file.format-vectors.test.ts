import { createCipheriv, createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentIntegrityError } from '../../modules/demand/index';
import { readAllBytes } from '../../modules/demand/ports/document-storage.port';
import { EncryptedFileStorage } from './encrypted-file.storage';

/**
 * The test vectors of the encryption-at-rest format, version 1 (docs/decisions/0013): fixed keys,
 * IVs and contents, the exact bytes of the file, and the storage reading them back. A change of
 * the format that old files would not survive fails here.
 */

const seq = (start: number, length: number) => Buffer.from(Array.from({ length }, (_, i) => (start + i) & 0xff));
const KEK = seq(0x00, 32);
const DEK = seq(0x20, 32);
const WRAP_IV = seq(0x40, 12);
const BASE_IV = seq(0x50, 12);

/** The format written plainly from the record (not the storage's code). */
function encode(log2: number, plain: Buffer): Buffer {
  const header = Buffer.alloc(86);
  Buffer.from('ALDF', 'ascii').copy(header, 0);
  header[4] = 1;
  header[5] = log2;
  createHash('sha256').update('alin-document-kek-id:').update(KEK).digest().subarray(0, 8).copy(header, 6);
  WRAP_IV.copy(header, 14);
  const wrap = createCipheriv('aes-256-gcm', KEK, WRAP_IV, { authTagLength: 16 });
  wrap.setAAD(header.subarray(0, 14));
  Buffer.concat([wrap.update(DEK), wrap.final()]).copy(header, 26);
  wrap.getAuthTag().copy(header, 58);
  BASE_IV.copy(header, 74);
  const size = 2 ** log2;
  const count = Math.max(1, Math.ceil(plain.length / size));
  const parts = [header];
  for (let i = 0; i < count; i++) {
    const nonce = Buffer.from(BASE_IV);
    nonce.writeUInt32BE((nonce.readUInt32BE(8) ^ i) >>> 0, 8);
    const suffix = Buffer.alloc(5);
    suffix.writeUInt32BE(i, 0);
    suffix[4] = i === count - 1 ? 1 : 0;
    const cipher = createCipheriv('aes-256-gcm', DEK, nonce, { authTagLength: 16 });
    cipher.setAAD(Buffer.concat([header, suffix]));
    parts.push(cipher.update(plain.subarray(i * size, (i + 1) * size)), cipher.final(), cipher.getAuthTag());
  }
  return Buffer.concat(parts);
}

const HEADER_HEX =
  '414c4446' +
  '01' +
  '10' +
  '41ddf5b418fd72a0' +
  '404142434445464748494a4b' +
  'c2988c000219a124e5ed3d1db7493d7449f7606f830039144f7e74deab2ed3e4' +
  '267469409992315cbdd1ff34ca125b2a' +
  '505152535455565758595a5b';

const VECTORS = [
  {
    name: 'A: empty content (one empty final segment), 64 KiB segments',
    log2: 16,
    plain: Buffer.alloc(0),
    hex: HEADER_HEX + '666590a266f674b93710ac669fc2eb18',
  },
  {
    name: 'B: "Bonjour, AL’in !" (18 bytes of UTF-8), 64 KiB segments',
    log2: 16,
    plain: Buffer.from('Bonjour, AL’in !', 'utf8'),
    hex: HEADER_HEX + 'f3cfc6785e5a0521144e46f8ed90eac1fccd' + 'df918c4ff6ddd5a7ad0bb6bdf3072926',
  },
] as const;

/** C: 2,500 bytes (i mod 251) in 1 KiB segments: three segments, 2,634 bytes. */
const C_PLAIN = Buffer.from(Array.from({ length: 2500 }, (_, i) => i % 251));
const C_SHA256 = '31afce5a1ec42e8f990efe8ecaad8fdd9dee9f2df3ba0ff5972ef0ccc38568b0';

let root: string;
let storage: EncryptedFileStorage;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'alin-vectors-'));
  storage = new EncryptedFileStorage({ rootDir: root, masterKey: KEK.toString('hex') });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Puts the bytes where the storage keeps the file of a key. */
async function place(bytes: Buffer, key: string): Promise<void> {
  const dir = join(root, key.slice(0, 2), key.slice(2, 4));
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, key), bytes);
}

describe('encryption at rest, format version 1: test vectors', () => {
  for (const v of VECTORS) {
    it(`${v.name}: the exact bytes, read back by the storage`, async () => {
      const bytes = Buffer.from(v.hex, 'hex');
      expect(encode(v.log2, v.plain).toString('hex')).toBe(v.hex);
      const key = createHash('sha256').update(v.name).digest('hex');
      await place(bytes, key);
      expect(Buffer.from(await readAllBytes(await storage.get(key)))).toEqual(v.plain);
    });
  }

  it('C: three segments of 1 KiB, 1 KiB and 452 bytes (SHA-256 of the file), read back by the storage', async () => {
    const bytes = encode(10, C_PLAIN);
    expect(bytes.length).toBe(86 + 2500 + 3 * 16);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(C_SHA256);
    const key = 'c'.repeat(64);
    await place(bytes, key);
    expect(Buffer.from(await readAllBytes(await storage.get(key)))).toEqual(C_PLAIN);
    // dropping the final segment is detected: the second one is not final
    await place(bytes.subarray(0, 86 + 2 * (1024 + 16)), key);
    await expect(readAllBytes(await storage.get(key))).rejects.toBeInstanceOf(DocumentIntegrityError);
  });

  it('a vector with one byte changed is refused', async () => {
    const bytes = Buffer.from(VECTORS[1].hex, 'hex');
    bytes[100] = (bytes[100] as number) ^ 1;
    const key = 'b'.repeat(64);
    await place(bytes, key);
    await expect(readAllBytes(await storage.get(key))).rejects.toBeInstanceOf(DocumentIntegrityError);
  });
});
