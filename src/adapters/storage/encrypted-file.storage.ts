import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, unlink, type FileHandle } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { demandError, DocumentIntegrityError, type DocumentStorage, type StoredDocumentFile } from '../../modules/demand/index';

/**
 * Supporting documents on the local disk, encrypted at rest (AES-256-GCM, envelope encryption).
 *
 * Keys and names
 * - `storageKey` = 64 random hex characters (32 random bytes); never derived from user input.
 *   The file lives at `<rootDir>/<key[0..2]>/<key[2..4]>/<key>` (two levels of shards).
 *   rootDir must be outside every folder the web server serves.
 * - Each file has its own random 256-bit data key (DEK), stored only in the file's header,
 *   wrapped (AES-256-GCM) by the master key (KEK) of the configuration. Deleting the file deletes
 *   the only copy of its key (crypto-shredding); `delete` also overwrites the header with random
 *   bytes before unlinking. Copies of the file in backups keep their wrapped key: they are
 *   shredded by rotating the master key (`previousMasterKeys` keeps old files readable meanwhile).
 *
 * File format, version 1 (all integers big-endian):
 *
 *   offset size  field
 *        0    4  magic "ALDF" (AL'in Document File)
 *        4    1  version = 1
 *        5    1  log2 of the segment size (16 = 64 KiB)
 *        6    8  master key id = SHA-256("alin-document-kek-id:" || KEK)[0..8]
 *       14   12  wrap IV (random)
 *       26   32  wrapped DEK = AES-256-GCM(KEK, wrap IV, DEK, AAD = bytes 0..14)
 *       58   16  wrap tag
 *       74   12  content base IV (random)
 *       86    …  segments
 *
 * The content is cut into segments of exactly `segment size` plaintext bytes except the last,
 * which holds 0 to `segment size` bytes (an empty file has one empty final segment). Segment i
 * is stored as ciphertext || 16-byte tag, with
 *   nonce_i = base IV with its last 4 bytes XOR i (32-bit big-endian)
 *   AAD_i   = header (bytes 0..86) || i (32-bit) || 1 if final segment else 0.
 * This is the "STREAM" construction: each segment is authenticated before any of its bytes is
 * released, and reordering, truncation (at or between segment boundaries), extension or any
 * change of the header is detected. Decryption failures throw DocumentIntegrityError.
 *
 * Writes are atomic: the file is written to a temporary name in its final folder (`.tmp-…`),
 * fsync'ed, renamed, and the folder fsync'ed; a failed write removes the temporary file.
 */
export interface EncryptedFileStorageConfig {
  /** absolute or relative folder, created if missing (mode 0700) */
  rootDir: string;
  /** 32-byte master key: a Buffer, or its base64 or hex encoding */
  masterKey: Uint8Array | string;
  /** former master keys, to read files written before a key rotation */
  previousMasterKeys?: Array<Uint8Array | string>;
  /** refuse contents larger than this (DomainError invalid DOCUMENT_STORAGE.TOO_LARGE) */
  maxBytes?: number;
}

const MAGIC = Buffer.from('ALDF', 'ascii');
const VERSION = 1;
const SEGMENT_LOG2 = 16;
const SEGMENT_SIZE = 1 << SEGMENT_LOG2;
const TAG_LENGTH = 16;
const KEY_ID_LENGTH = 8;
const WRAP_AAD_LENGTH = 14;
const HEADER_LENGTH = 86;
const MAX_SEGMENTS = 0xffff_ffff;
const KEY_PATTERN = /^[0-9a-f]{64}$/;
const TEMP_PREFIX = '.tmp-';

const O_DIRECTORY = (fsConstants as Record<string, number>).O_DIRECTORY ?? 0;

/** Parses a 32-byte key given as bytes, base64 or hex. */
export function parseMasterKey(key: Uint8Array | string): Buffer {
  let bytes: Buffer;
  if (typeof key !== 'string') bytes = Buffer.from(key);
  else if (/^[0-9a-fA-F]{64}$/.test(key)) bytes = Buffer.from(key, 'hex');
  else bytes = Buffer.from(key, 'base64');
  if (bytes.length !== 32) throw new Error('The document master key must be 32 bytes (64 hex characters or 44 base64 characters).');
  return bytes;
}

function keyId(kek: Buffer): Buffer {
  return createHash('sha256').update('alin-document-kek-id:').update(kek).digest().subarray(0, KEY_ID_LENGTH);
}

function segmentNonce(baseIv: Buffer, index: number): Buffer {
  const nonce = Buffer.from(baseIv);
  nonce.writeUInt32BE((nonce.readUInt32BE(8) ^ index) >>> 0, 8);
  return nonce;
}

function segmentAad(header: Buffer, index: number, final: boolean): Buffer {
  const suffix = Buffer.alloc(5);
  suffix.writeUInt32BE(index, 0);
  suffix[4] = final ? 1 : 0;
  return Buffer.concat([header, suffix]);
}

const notFound = () => demandError.storedFileNotFound();

const isNoEntry = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code === 'ENOENT';

async function* toChunks(content: Uint8Array | AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (content instanceof Uint8Array) {
    yield content;
    return;
  }
  yield* content;
}

export class EncryptedFileStorage implements DocumentStorage {
  private readonly rootDir: string;
  private readonly kek: Buffer;
  private readonly kekId: Buffer;
  private readonly keksById = new Map<string, Buffer>();
  private readonly maxBytes: number;

  constructor(config: EncryptedFileStorageConfig) {
    this.rootDir = isAbsolute(config.rootDir) ? config.rootDir : resolve(config.rootDir);
    this.kek = parseMasterKey(config.masterKey);
    this.kekId = keyId(this.kek);
    for (const k of [config.masterKey, ...(config.previousMasterKeys ?? [])]) {
      const kek = parseMasterKey(k);
      const id = keyId(kek).toString('hex');
      if (!this.keksById.has(id)) this.keksById.set(id, kek);
    }
    this.maxBytes = config.maxBytes ?? Number.POSITIVE_INFINITY;
  }

  async put(content: Uint8Array | AsyncIterable<Uint8Array>, _meta: { contentType: string }): Promise<StoredDocumentFile> {
    const storageKey = randomBytes(32).toString('hex');
    const dir = this.dirOf(storageKey);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const finalPath = join(dir, storageKey);
    const tempPath = join(dir, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}`);

    const dek = randomBytes(32);
    const header = this.newHeader(dek);
    const baseIv = header.subarray(74, 86);
    const hash = createHash('sha256');
    let size = 0;
    const maxBytes = this.maxBytes;

    // plaintext chunks → sealed segments; the last (possibly empty) segment is flagged final
    async function* encrypt(source: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
      yield header;
      let pending: Buffer[] = [];
      let pendingLength = 0;
      let index = 0;
      const seal = (plain: Buffer, final: boolean): Buffer => {
        if (index > MAX_SEGMENTS) throw new Error('document too large for the storage format');
        const cipher = createCipheriv('aes-256-gcm', dek, segmentNonce(baseIv, index), { authTagLength: TAG_LENGTH });
        cipher.setAAD(segmentAad(header, index, final));
        const out = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
        index += 1;
        return out;
      };
      for await (const chunk of source) {
        const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        size += bytes.length;
        if (size > maxBytes) {
          throw demandError.storedFileTooLarge(maxBytes);
        }
        hash.update(bytes);
        pending.push(bytes);
        pendingLength += bytes.length;
        // a full segment is sealed as non-final only once we know more bytes follow it
        if (pendingLength > SEGMENT_SIZE) {
          const all = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
          let offset = 0;
          while (all.length - offset > SEGMENT_SIZE) {
            yield seal(all.subarray(offset, offset + SEGMENT_SIZE), false);
            offset += SEGMENT_SIZE;
          }
          pending = [all.subarray(offset)];
          pendingLength = all.length - offset;
        }
      }
      yield seal(Buffer.concat(pending), true);
    }

    let handle: FileHandle | undefined;
    try {
      handle = await open(tempPath, 'wx', 0o600);
      const fh = handle;
      await pipeline(toChunks(content), encrypt, async (sealed: AsyncIterable<Buffer>) => {
        for await (const piece of sealed) await writeFully(fh, piece);
      });
      await fh.sync();
      await fh.close();
      handle = undefined;
      await rename(tempPath, finalPath);
      await fsyncDir(dir);
    } catch (error) {
      await handle?.close().catch(() => undefined);
      await rm(tempPath, { force: true }).catch(() => undefined);
      throw error;
    } finally {
      dek.fill(0);
    }
    return { storageKey, size, sha256: hash.digest('hex') };
  }

  async get(storageKey: string): Promise<AsyncIterable<Uint8Array>> {
    const path = this.pathOf(storageKey);
    if (!path) throw notFound();
    // open once now so that a missing file or an unknown key fails here, not mid-stream
    const handle = await open(path, 'r').catch((e: unknown) => {
      throw isNoEntry(e) ? notFound() : e;
    });
    try {
      (await this.readHeader(handle)).dek.fill(0);
    } finally {
      await handle.close();
    }
    return this.decrypt(path);
  }

  async delete(storageKey: string): Promise<void> {
    const path = this.pathOf(storageKey);
    if (!path) return;
    try {
      // shred the wrapped key first: even if the blocks survive the unlink, the content is unreadable
      const handle = await open(path, 'r+');
      try {
        await writeFully(handle, randomBytes(HEADER_LENGTH), 0);
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (e) {
      if (isNoEntry(e)) return;
      // not writable (or other trouble): still try to unlink below
    }
    try {
      await unlink(path);
    } catch (e) {
      if (!isNoEntry(e)) throw e;
    }
  }

  async exists(storageKey: string): Promise<boolean> {
    const path = this.pathOf(storageKey);
    if (!path) return false;
    try {
      return (await stat(path)).isFile();
    } catch (e) {
      if (isNoEntry(e)) return false;
      throw e;
    }
  }

  async *list(): AsyncIterable<string> {
    for (const a of await readdirOrEmpty(this.rootDir)) {
      if (!/^[0-9a-f]{2}$/.test(a)) continue;
      for (const b of await readdirOrEmpty(join(this.rootDir, a))) {
        if (!/^[0-9a-f]{2}$/.test(b)) continue;
        for (const name of await readdirOrEmpty(join(this.rootDir, a, b))) {
          if (KEY_PATTERN.test(name) && name.startsWith(a + b)) yield name;
        }
      }
    }
  }

  /**
   * Removes temporary files older than `olderThanMs` (left by a process killed mid-write).
   * Returns how many were removed.
   */
  async sweepTemporaryFiles(olderThanMs: number, now: Date = new Date()): Promise<number> {
    let removed = 0;
    for (const a of await readdirOrEmpty(this.rootDir)) {
      for (const b of await readdirOrEmpty(join(this.rootDir, a))) {
        const dir = join(this.rootDir, a, b);
        for (const name of await readdirOrEmpty(dir)) {
          if (!name.startsWith(TEMP_PREFIX)) continue;
          const info = await stat(join(dir, name)).catch(() => undefined);
          if (info && now.getTime() - info.mtimeMs > olderThanMs) {
            await rm(join(dir, name), { force: true });
            removed += 1;
          }
        }
      }
    }
    return removed;
  }

  private dirOf(storageKey: string): string {
    return join(this.rootDir, storageKey.slice(0, 2), storageKey.slice(2, 4));
  }

  /** The file of a key, or undefined for anything that is not a key we could have made. */
  private pathOf(storageKey: string): string | undefined {
    return KEY_PATTERN.test(storageKey) ? join(this.dirOf(storageKey), storageKey) : undefined;
  }

  private newHeader(dek: Buffer): Buffer {
    const header = Buffer.alloc(HEADER_LENGTH);
    MAGIC.copy(header, 0);
    header[4] = VERSION;
    header[5] = SEGMENT_LOG2;
    this.kekId.copy(header, 6);
    const wrapIv = randomBytes(12);
    wrapIv.copy(header, 14);
    const wrap = createCipheriv('aes-256-gcm', this.kek, wrapIv, { authTagLength: TAG_LENGTH });
    wrap.setAAD(header.subarray(0, WRAP_AAD_LENGTH));
    const wrapped = Buffer.concat([wrap.update(dek), wrap.final()]);
    wrapped.copy(header, 26);
    wrap.getAuthTag().copy(header, 58);
    randomBytes(12).copy(header, 74);
    return header;
  }

  /** Reads and checks the header; returns it with the unwrapped data key. */
  private async readHeader(handle: FileHandle): Promise<{ header: Buffer; dek: Buffer; segmentSize: number }> {
    const header = Buffer.alloc(HEADER_LENGTH);
    const { bytesRead } = await handle.read(header, 0, HEADER_LENGTH, 0);
    if (bytesRead < HEADER_LENGTH || !header.subarray(0, 4).equals(MAGIC)) {
      throw new DocumentIntegrityError('Stored document: not an encrypted document file (bad header).');
    }
    if (header[4] !== VERSION) throw new DocumentIntegrityError(`Stored document: unsupported format version ${header[4]}.`);
    const log2 = header[5]!;
    if (log2 < 10 || log2 > 24) throw new DocumentIntegrityError('Stored document: bad segment size.');
    const kek = this.keksById.get(header.subarray(6, 14).toString('hex'));
    if (!kek) throw new DocumentIntegrityError('Stored document: encrypted with a master key that is not configured.');
    try {
      const unwrap = createDecipheriv('aes-256-gcm', kek, header.subarray(14, 26), { authTagLength: TAG_LENGTH });
      unwrap.setAAD(header.subarray(0, WRAP_AAD_LENGTH));
      unwrap.setAuthTag(header.subarray(58, 74));
      const dek = Buffer.concat([unwrap.update(header.subarray(26, 58)), unwrap.final()]);
      return { header, dek, segmentSize: 1 << log2 };
    } catch (cause) {
      throw new DocumentIntegrityError('Stored document: the data key does not authenticate (file altered).', { cause });
    }
  }

  private async *decrypt(path: string): AsyncGenerator<Uint8Array> {
    const handle = await open(path, 'r').catch((e: unknown) => {
      throw isNoEntry(e) ? notFound() : e;
    });
    try {
      const { header, dek, segmentSize } = await this.readHeader(handle);
      const baseIv = header.subarray(74, 86);
      const sealedSize = segmentSize + TAG_LENGTH;
      const open1 = (sealed: Buffer, index: number, final: boolean): Buffer => {
        try {
          const decipher = createDecipheriv('aes-256-gcm', dek, segmentNonce(baseIv, index), { authTagLength: TAG_LENGTH });
          decipher.setAAD(segmentAad(header, index, final));
          decipher.setAuthTag(sealed.subarray(sealed.length - TAG_LENGTH));
          return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_LENGTH)), decipher.final()]);
        } catch (cause) {
          throw new DocumentIntegrityError(`Stored document: segment ${index} does not authenticate (file altered or truncated).`, {
            cause,
          });
        }
      };
      try {
        // read one byte more than a segment: a full segment is non-final only if bytes follow it
        let buffered = Buffer.alloc(0);
        let position = HEADER_LENGTH;
        let index = 0;
        const readBuf = Buffer.alloc(sealedSize);
        for (;;) {
          const { bytesRead } = await handle.read(readBuf, 0, readBuf.length, position);
          position += bytesRead;
          if (bytesRead > 0) buffered = Buffer.concat([buffered, readBuf.subarray(0, bytesRead)]);
          while (buffered.length > sealedSize) {
            yield open1(buffered.subarray(0, sealedSize), index, false);
            index += 1;
            buffered = buffered.subarray(sealedSize);
          }
          if (bytesRead === 0) break;
        }
        if (buffered.length < TAG_LENGTH) throw new DocumentIntegrityError('Stored document: truncated.');
        const last = open1(buffered, index, true);
        if (last.length > 0) yield last;
      } finally {
        dek.fill(0);
      }
    } finally {
      await handle.close();
    }
  }
}

async function writeFully(handle: FileHandle, data: Buffer, position?: number): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset, position === undefined ? null : position + offset);
    offset += bytesWritten;
  }
}

async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, fsConstants.O_RDONLY | O_DIRECTORY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function readdirOrEmpty(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (e) {
    if (isNoEntry(e) || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
    throw e;
  }
}
