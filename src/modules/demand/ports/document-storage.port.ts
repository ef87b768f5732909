import { DOCUMENT_STORAGE_ERRORS } from '../demand.errors';

/**
 * Where the files of supporting documents live. The demand module only knows this port; the
 * adapter keeps the files encrypted at rest (src/adapters/storage). Framework-free: bytes travel
 * as Uint8Array (a Node Buffer is one) and streams as AsyncIterable<Uint8Array>.
 */

/** What the storage says about a file it has just stored. */
export interface StoredDocumentFile {
  /** opaque, random key of the file; never derived from user input */
  storageKey: string;
  /** size of the content in bytes (the plaintext, not the encrypted file) */
  size: number;
  /** SHA-256 of the content, lowercase hex */
  sha256: string;
}

export interface DocumentStorage {
  /**
   * Stores a file. All or nothing: when the content stream fails, nothing is left behind and the
   * promise rejects with that error.
   */
  put(content: Uint8Array | AsyncIterable<Uint8Array>, meta: { contentType: string }): Promise<StoredDocumentFile>;
  /**
   * The content of a file, as a stream read lazily. Throws DomainError not_found
   * `DOCUMENT_STORAGE.NOT_FOUND` when there is no such file; the stream throws a
   * DocumentIntegrityError when the stored file has been altered or truncated, before
   * yielding any altered byte.
   */
  get(storageKey: string): Promise<AsyncIterable<Uint8Array>>;
  /** Deletes a file; deleting a missing file does nothing (idempotent). */
  delete(storageKey: string): Promise<void>;
  exists(storageKey: string): Promise<boolean>;
  /** Every stored key, for orphan checks (files no document row refers to). */
  list?(): AsyncIterable<string>;
  /** Removes half-written temporary files older than `olderThanMs` (a process killed mid-write); returns how many. */
  sweepTemporaryFiles?(olderThanMs: number, now?: Date): Promise<number>;
}

/**
 * A stored file cannot be decrypted: it was altered, truncated, or the key that encrypted it is
 * not configured. This is a fault of the platform (HTTP 500), never of the caller.
 */
export class DocumentIntegrityError extends Error {
  readonly code = DOCUMENT_STORAGE_ERRORS.INTEGRITY;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DocumentIntegrityError';
  }
}

/** Reads a whole stream into one Buffer (for small files: verification, tests). */
export async function readAllBytes(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}
