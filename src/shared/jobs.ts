/**
 * A durable job queue (in PostgreSQL): work that talks to outside systems (the SNE, the
 * verification provider, mail) is enqueued in the same transaction as the change that needs it,
 * then run by a worker with retries and backoff. An outage delays the work; it never loses it.
 */
export interface EnqueueOptions {
  /** not before this instant (default: now) */
  runAt?: Date;
  /** at most one pending job with this key: enqueueing again is a no-op */
  dedupeKey?: string;
  maxAttempts?: number;
}

export interface JobQueue {
  enqueue(kind: string, payload: Record<string, unknown>, options?: EnqueueOptions): Promise<void>;
}

/** A job handler: throw to retry later (with backoff); return to mark the job done. */
export type JobHandler = (payload: Record<string, unknown>, meta: { attempt: number; jobId: string }) => Promise<void>;

/** A handler's way to say: do not retry, this will never succeed. */
export class PermanentJobFailure extends Error {}
