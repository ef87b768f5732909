/**
 * What the import of a registry demand (number + birth date, then a code sent to the registry's
 * contact) needs from outside: a limiter that reserves attempts before they are evaluated, the
 * store of the pending proofs (challenges), and the outbox of the messages sent to an address
 * that is not an account's (the registry's contact e-mail).
 */

/** One counter of attempts: at most `limit` in a window of `windowSeconds` starting at the first one. */
export interface AttemptCounter {
  /** e.g. `import:num:sne:0590625004217T0001`, `import:acct:<id>`, `import:addr:<ip>` */
  key: string;
  limit: number;
  windowSeconds: number;
}

/** A reservation granted (give it back on success with `release`), or refused with the wait. */
export type AttemptReservation = { granted: true; release(): Promise<void> } | { granted: false; retryAfterSeconds: number };

/**
 * Counts attempts BEFORE they are evaluated (consume first, give back on success), so that parallel
 * attempts can never exceed a limit: `reserve` counts one attempt on every counter atomically; when
 * any counter is past its limit it counts none (what it counted is given back) and says how long to
 * wait. Windows are fixed, started by the first attempt, and dated by the clock the caller passes.
 */
export interface ImportAttemptLimiter {
  reserve(counters: readonly AttemptCounter[], now: Date): Promise<AttemptReservation>;
}

/** A pending proof that the importer controls the contact the registry records for a demand. */
export interface ImportChallenge {
  id: string;
  /** the account that asked: only it may confirm */
  accountId: string;
  registry: string;
  registrationNumber: string;
  /** HMAC of the code (never the code itself) */
  codeHash: string;
  channel: 'email';
  /** the masked address shown to the importer, e.g. `n•••@e•••.org` */
  sentTo: string;
  /** codes tried so far */
  attempts: number;
  maxAttempts: number;
  createdAt: Date;
  expiresAt: Date;
  confirmedAt?: Date;
}

export interface ImportChallengeRepository {
  /**
   * Saves a new challenge; the same account's earlier open challenges for the same number end
   * (only the last code sent works), and challenges expired before `purgeBefore` are deleted.
   */
  insert(challenge: ImportChallenge, purgeBefore: Date): Promise<void>;
  findById(id: string): Promise<ImportChallenge | null>;
  /**
   * Counts one attempt atomically and returns the challenge (after counting) when it belongs to the
   * account, is not confirmed, is not expired at `now` and had attempts left; otherwise null and
   * nothing is counted. Parallel tries never exceed `maxAttempts`.
   */
  claimAttempt(id: string, accountId: string, now: Date): Promise<ImportChallenge | null>;
  /** gives back the attempt of a right code whose import could not complete (registry unreachable) */
  releaseAttempt(id: string): Promise<void>;
  markConfirmed(id: string, at: Date): Promise<void>;
}

/** A message to an e-mail address that is not (yet) an account's: the registry's contact. */
export interface ContactMessage {
  toEmail: string;
  /** e.g. `demand.import_code` */
  kind: string;
  payload: Record<string, unknown>;
}

/**
 * The outbox of such messages (`demand.contact_outbox`), written in the transaction of the change
 * and delivered by the mail dispatcher; secrets in a payload (`code`) are erased once it is sent.
 */
export interface DemandContactOutbox {
  add(message: ContactMessage): Promise<void>;
}

/** The limits and lifetimes of the import's proof, from the configuration. */
export interface DemandImportSettings {
  /** refused imports (unknown number, wrong birth date, number of another account, wrong code…) */
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  /** per registry number, whatever the account or address */
  maxFailuresPerNumber: number;
  /** the window of the account and address counters */
  failureWindowSeconds: number;
  /** the window of the per-number counters (failures and codes sent) */
  numberWindowSeconds: number;
  /** codes sent for one registry number in its window (mail bombing of the registry contact) */
  maxCodesPerNumber: number;
  codeTtlSeconds: number;
  /** tries of one code */
  maxCodeAttempts: number;
  /** the server-side key of the codes' HMAC (not stored in the database) */
  codeSecret: string;
}
