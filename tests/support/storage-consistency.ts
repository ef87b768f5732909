import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/adapters/db/database';
import { EncryptedFileStorage } from '../../src/adapters/storage/encrypted-file.storage';

export interface StorageConsistency {
  /** document rows whose file should exist (not deleted on purpose) */
  rows: number;
  /** complete stored files */
  files: number;
  /** rows whose file is missing: a document the applicant believes sent but the platform cannot show */
  rowsWithoutFile: string[];
  /** rows whose file does not decrypt to the content the row describes (size, SHA-256): a half-written or altered file */
  rowsWithBadFile: { id: string; problem: string }[];
  /** stored files no row refers to: uploads whose transaction never committed (the sweep deletes them after its grace period) */
  filesWithoutRow: string[];
  /** half-written temporary files (a process killed while writing) */
  temporaryFiles: number;
}

/**
 * Documents against their storage: every document row whose file was not deleted on purpose has
 * its file, complete and decrypting to the size and SHA-256 the row records; every stored file
 * belongs to a row. Reads the rows through `database` and the files under `<dataDir>/documents`
 * with the platform's own encrypted storage (the server's DOCUMENT_ENCRYPTION_KEY).
 */
export async function checkDocumentStorage(database: Database, options: { dataDir: string; encryptionKey: string | Buffer }): Promise<StorageConsistency> {
  const rootDir = join(options.dataDir, 'documents');
  const storage = new EncryptedFileStorage({ rootDir, masterKey: options.encryptionKey });
  const result = await database.root.execute(sql`select id::text, storage_key, sha256, size_bytes from demand.documents where file_deleted_at is null`);
  const rows = (result as unknown as { rows: { id: string; storage_key: string; sha256: string; size_bytes: number }[] }).rows;
  const allKeys = (await database.root.execute(sql`select storage_key from demand.documents`)) as unknown as { rows: { storage_key: string }[] };
  const referenced = new Set(allKeys.rows.map((r) => r.storage_key));

  const stored = new Set<string>();
  if (await exists(rootDir)) for await (const key of storage.list()) stored.add(key);

  const rowsWithoutFile: string[] = [];
  const rowsWithBadFile: { id: string; problem: string }[] = [];
  for (const row of rows) {
    if (!stored.has(row.storage_key)) {
      rowsWithoutFile.push(row.id);
      continue;
    }
    try {
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of await storage.get(row.storage_key)) {
        hash.update(chunk);
        size += chunk.byteLength;
      }
      const sha = hash.digest('hex');
      if (sha !== row.sha256 || size !== Number(row.size_bytes))
        rowsWithBadFile.push({ id: row.id, problem: `content ${size} bytes ${sha.slice(0, 12)}…, row ${row.size_bytes} bytes ${row.sha256.slice(0, 12)}…` });
    } catch (error) {
      rowsWithBadFile.push({ id: row.id, problem: error instanceof Error ? error.message : String(error) });
    }
  }
  return {
    rows: rows.length,
    files: stored.size,
    rowsWithoutFile,
    rowsWithBadFile,
    filesWithoutRow: [...stored].filter((k) => !referenced.has(k)),
    temporaryFiles: await countTemporaryFiles(rootDir),
  };
}

async function exists(dir: string): Promise<boolean> {
  try {
    await readdir(dir);
    return true;
  } catch {
    return false;
  }
}

async function countTemporaryFiles(dir: string): Promise<number> {
  let n = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    if (e.isDirectory()) n += await countTemporaryFiles(join(dir, e.name));
    else if (e.name.startsWith('.tmp-')) n += 1;
  }
  return n;
}
