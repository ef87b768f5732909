import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Clock } from '../../../shared/clock';
import { PermanentJobFailure, type EnqueueOptions, type JobHandler, type JobQueue } from '../../../shared/jobs';
import { retryDelayMs } from '../../../shared/retry-delay';
import type { Database } from '../database';
import { jobs } from '../schema/platform.schema';

/** Enqueues in the caller's transaction: the job exists if and only if the change that needs it committed. */
export class DrizzleJobQueue implements JobQueue {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}
  async enqueue(kind: string, payload: Record<string, unknown>, options: EnqueueOptions = {}): Promise<void> {
    await this.database.db
      .insert(jobs)
      .values({
        id: randomUUID(),
        kind,
        payload,
        runAt: options.runAt ?? this.clock.now(),
        maxAttempts: options.maxAttempts ?? 20,
        dedupeKey: options.dedupeKey ?? null,
      })
      .onConflictDoNothing();
  }
}

export interface JobWorkerOptions {
  /** how often to look for due jobs when idle */
  pollMs?: number;
  batchSize?: number;
  /** how long a claimed job stays invisible to other workers */
  lockSeconds?: number;
  /** base of the exponential backoff between attempts */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
}

/**
 * Runs due jobs: claims a batch with FOR UPDATE SKIP LOCKED (several workers or instances never
 * run the same job), runs each handler outside the claim's transaction, then records the outcome.
 * A crash leaves the claim to expire, and the job runs again: handlers must be idempotent.
 */
export class JobWorker {
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = true;
  private readonly opts: Required<JobWorkerOptions>;

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly logger: Logger,
    options: JobWorkerOptions = {},
  ) {
    this.opts = { pollMs: 1000, batchSize: 10, lockSeconds: 120, backoffBaseMs: 2000, backoffMaxMs: 15 * 60_000, ...options };
  }

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  start(): void {
    this.stopped = false;
    const loop = async () => {
      if (this.stopped) return;
      let ran = 0;
      try {
        ran = await this.runDue();
      } catch (error) {
        this.logger.warn({ err: error }, 'job worker: poll failed');
      }
      if (!this.stopped) this.timer = setTimeout(loop, ran > 0 ? 0 : this.opts.pollMs);
    };
    this.timer = setTimeout(loop, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Runs the jobs due now (one batch); returns how many ran. Tests call it directly. */
  runDue(): Promise<number> {
    const run = (async () => {
      const now = this.clock.now();
      const kinds = [...this.handlers.keys()];
      if (!kinds.length) return 0;
      const claimed = await this.database.transaction(async () => {
        const result = await this.database.db.execute(sql`
          update ${jobs} set locked_until = ${new Date(now.getTime() + this.opts.lockSeconds * 1000)}, attempts = attempts + 1
          where id in (
            select id from ${jobs}
            where status = 'pending' and run_at <= ${now} and (locked_until is null or locked_until <= ${now})
              and kind in (${sql.join(
                kinds.map((k) => sql`${k}`),
                sql`, `,
              )})
            order by run_at
            limit ${this.opts.batchSize}
            for update skip locked
          )
          returning id, kind, payload, attempts, max_attempts`);
        return (result as unknown as { rows: { id: string; kind: string; payload: Record<string, unknown>; attempts: number; max_attempts: number }[] }).rows;
      });
      for (const job of claimed) await this.runOne(job);
      return claimed.length;
    })();
    this.running = run;
    return run;
  }

  /** Runs until no job is due (bounded), for tests and shutdown drains. */
  async drain(maxRounds = 50): Promise<void> {
    for (let i = 0; i < maxRounds; i++) if ((await this.runDue()) === 0) return;
  }

  private async runOne(job: { id: string; kind: string; payload: Record<string, unknown>; attempts: number; max_attempts: number }): Promise<void> {
    const handler = this.handlers.get(job.kind)!;
    try {
      await handler(job.payload, { attempt: job.attempts, jobId: job.id });
      await this.database.db.update(jobs).set({ status: 'done', finishedAt: this.clock.now(), lockedUntil: null, lastError: null }).where(eq(jobs.id, job.id));
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 1000) : String(error).slice(0, 1000);
      const permanent = error instanceof PermanentJobFailure || job.attempts >= job.max_attempts;
      const delay = retryDelayMs(job.attempts, { baseMs: this.opts.backoffBaseMs, maxMs: this.opts.backoffMaxMs, jitter: 'spread20' });
      this.logger[permanent ? 'error' : 'warn'](
        { jobId: job.id, kind: job.kind, attempt: job.attempts, err: message },
        permanent ? 'job failed permanently' : 'job failed, will retry',
      );
      await this.database.db
        .update(jobs)
        .set(
          permanent
            ? { status: 'failed', finishedAt: this.clock.now(), lockedUntil: null, lastError: message }
            : { runAt: new Date(this.clock.now().getTime() + delay), lockedUntil: null, lastError: message },
        )
        .where(and(eq(jobs.id, job.id), eq(jobs.status, 'pending')));
    }
  }

  /** Pending and failed jobs per kind, for agents and readiness checks. */
  async stats(): Promise<{ kind: string; status: string; n: number }[]> {
    const rows = await this.database.db
      .select({ kind: jobs.kind, status: jobs.status, n: sql<number>`count(*)::int` })
      .from(jobs)
      .where(sql`status <> 'done'`)
      .groupBy(jobs.kind, jobs.status);
    return rows.map((r) => ({ ...r, n: Number(r.n) }));
  }
}
