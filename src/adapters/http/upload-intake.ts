import { randomBytes } from 'node:crypto';
import { chmodSync, createReadStream, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import multer from 'multer';
import type { Request, RequestHandler, Response } from 'express';
import { DomainError } from '../../shared/errors';
import { RequestValidationError } from './problem';
import type { FileSource } from '../../modules/demand/index';

/**
 * How the HTTP adapter receives uploaded files without holding them in memory: multer writes each
 * file, as it arrives, to a temporary file with a random name in a private folder (mode 0700); the
 * use case reads it in chunks (inspection, then encrypted storage); the route removes the
 * temporary files in every outcome (multer removes them itself when it refuses or the request is
 * cut). The number of uploads at once is bounded per account and in the process (UploadGate).
 */

/** Leftovers of a process killed mid-upload are removed at start once older than this. */
const LEFTOVER_AGE_MS = 60 * 60_000;

/** Creates the private temporary folder (0700) and removes its leftovers; returns it. */
export function prepareUploadTempDir(dir: string, now = Date.now()): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs > LEFTOVER_AGE_MS) rmSync(path, { force: true, recursive: true });
    } catch {
      // vanished meanwhile
    }
  }
  return dir;
}

/** multer's disk storage into the private folder, under random names (never the uploader's). */
export function temporaryFileStorage(dir: string): multer.StorageEngine {
  return multer.diskStorage({
    destination: dir,
    filename: (_req, _file, cb) => cb(null, `upload-${randomBytes(16).toString('hex')}`),
  });
}

/** A temporary file as the use cases read it: in chunks, as many times as needed. */
export function temporaryFileSource(file: { path: string; size: number }): FileSource {
  return { size: file.size, read: () => createReadStream(file.path, { highWaterMark: 64 * 1024 }) };
}

/** Removes the temporary files of a request (missing ones are fine). */
export async function removeTemporaryFiles(files: readonly { path?: string }[] | undefined): Promise<void> {
  await Promise.all((files ?? []).map((f) => (f.path ? rm(f.path, { force: true }).catch(() => undefined) : undefined)));
}

/**
 * Reads and discards what is left of a request's body, for at most `maxMs`: a refusal sent while
 * the client is still sending would be lost (Node closes the connection, the client sees a broken
 * pipe instead of the answer). Nothing is kept; past `maxMs` (30 s) the answer goes anyway.
 */
export function discardBody(req: IncomingMessage, maxMs = 30_000): Promise<void> {
  if (req.complete || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, maxMs);
    function done() {
      clearTimeout(timer);
      req.off('end', done).off('close', done).off('error', done);
      resolve();
    }
    req.on('end', done).on('close', done).on('error', done);
    req.resume();
  });
}

export const UPLOAD_GATE_ERRORS = {
  /** this account already has as many uploads running as allowed (429) */
  TOO_MANY_AT_ONCE: 'UPLOAD.TOO_MANY_AT_ONCE',
  /** the process receives as many uploads as it allows (503) */
  BUSY: 'UPLOAD.BUSY',
} as const;

/**
 * Counts the uploads running, per account and in total, and refuses one more beyond either bound:
 * 429 for the account (Retry-After), 503 for the process (Retry-After). A slot is taken before a
 * byte of the body is read and given back once, in every outcome.
 */
export class UploadGate {
  private readonly perAccount = new Map<string, number>();
  private total = 0;

  constructor(private readonly limits: { perAccount: number; total: number }) {}

  /** Takes a slot for an upload by `accountId`; returns the function that gives it back (idempotent). */
  enter(accountId: string): () => void {
    const mine = this.perAccount.get(accountId) ?? 0;
    if (mine >= this.limits.perAccount) {
      throw new DomainError(
        'rate_limited',
        UPLOAD_GATE_ERRORS.TOO_MANY_AT_ONCE,
        `Vous avez déjà ${mine} envoi${mine > 1 ? 's' : ''} de fichiers en cours : attendez qu’ils se terminent avant d’en lancer un autre.`,
        { details: { retryAfterSeconds: 10, maxConcurrentPerAccount: this.limits.perAccount } },
      );
    }
    if (this.total >= this.limits.total) {
      throw new DomainError('unavailable', UPLOAD_GATE_ERRORS.BUSY, 'La plateforme reçoit beaucoup de fichiers en ce moment : réessayez dans quelques instants.');
    }
    this.perAccount.set(accountId, mine + 1);
    this.total += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total -= 1;
      const left = (this.perAccount.get(accountId) ?? 1) - 1;
      if (left > 0) this.perAccount.set(accountId, left);
      else this.perAccount.delete(accountId);
    };
  }

  /** Uploads running now (for tests and metrics). */
  running(): { total: number; accounts: number } {
    return { total: this.total, accounts: this.perAccount.size };
  }
}

/**
 * Runs a multer handler as a promise: multer's limits and a filter's refusal go to the error handler as they
 * are; a body busboy cannot read is the client's fault (400, French message, busboy's own words only in the log).
 */
export function multipartReader(upload: RequestHandler): (req: Request, res: Response) => Promise<void> {
  return (req, res) =>
    new Promise<void>((resolve, reject) => {
      upload(req, res, (error: unknown) => {
        if (!error) return resolve();
        if (error instanceof multer.MulterError || error instanceof DomainError) return reject(error);
        req.log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'unreadable multipart body');
        reject(new RequestValidationError([{ field: 'body', message: 'Le fichier envoyé est incomplet ou illisible : renvoyez-le.' }]));
      });
    });
}
