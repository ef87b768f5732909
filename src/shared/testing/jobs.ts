import type { EnqueueOptions, JobQueue } from '../jobs';

/** For unit tests: records what was enqueued. */
export class InMemoryJobQueue implements JobQueue {
  readonly jobs: { kind: string; payload: Record<string, unknown>; options?: EnqueueOptions }[] = [];
  async enqueue(kind: string, payload: Record<string, unknown>, options?: EnqueueOptions): Promise<void> {
    if (options?.dedupeKey && this.jobs.some((j) => j.options?.dedupeKey === options.dedupeKey)) return;
    this.jobs.push({ kind, payload, ...(options ? { options } : {}) });
  }
}
