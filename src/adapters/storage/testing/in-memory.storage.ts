import { createHash, randomBytes } from 'node:crypto';
import { demandError, type DocumentStorage, type StoredDocumentFile } from '../../../modules/demand/index';

/** Document storage in memory, for unit tests: same keys, errors and semantics as the file storage. */
export class InMemoryDocumentStorage implements DocumentStorage {
  private readonly files = new Map<string, { content: Buffer; contentType: string }>();

  constructor(private readonly options: { maxBytes?: number } = {}) {}

  async put(content: Uint8Array | AsyncIterable<Uint8Array>, meta: { contentType: string }): Promise<StoredDocumentFile> {
    const chunks: Buffer[] = [];
    let size = 0;
    const source: AsyncIterable<Uint8Array> | Uint8Array[] = content instanceof Uint8Array ? [content] : content;
    for await (const chunk of source) {
      size += chunk.byteLength;
      if (this.options.maxBytes !== undefined && size > this.options.maxBytes) {
        throw demandError.storedFileTooLarge(this.options.maxBytes);
      }
      chunks.push(Buffer.from(chunk));
    }
    const bytes = Buffer.concat(chunks);
    const storageKey = randomBytes(32).toString('hex');
    this.files.set(storageKey, { content: bytes, contentType: meta.contentType });
    return { storageKey, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  }

  async get(storageKey: string): Promise<AsyncIterable<Uint8Array>> {
    const file = this.files.get(storageKey);
    if (!file) throw demandError.storedFileNotFound();
    const copy = Buffer.from(file.content);
    return (async function* () {
      if (copy.length > 0) yield copy;
    })();
  }

  async delete(storageKey: string): Promise<void> {
    this.files.delete(storageKey);
  }

  async exists(storageKey: string): Promise<boolean> {
    return this.files.has(storageKey);
  }

  async *list(): AsyncIterable<string> {
    yield* [...this.files.keys()];
  }

  /** Test helper: how many files are stored. */
  get size(): number {
    return this.files.size;
  }

  /** Test helper: the content type given when a file was stored. */
  contentTypeOf(storageKey: string): string | undefined {
    return this.files.get(storageKey)?.contentType;
  }
}
