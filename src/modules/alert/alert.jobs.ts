import type { JobHandler, JobQueue } from '../../shared/jobs';
import type { AlertService } from './application/alert.service';

/**
 * The alert module's durable job: the daily run, enqueued once a day by the scheduler with the
 * payload `{ day: 'YYYY-MM-DD' }` (deduplicated per day), its handler calling AlertService.runDaily.
 */
export const ALERT_JOBS = { DailyRun: 'alert.daily-run' } as const;

/** Each job's payload, by job kind. */
export interface AlertJobPayloads {
  'alert.daily-run': { day: string };
}

/** Enqueues the daily run of `day` (YYYY-MM-DD), once: a second enqueue of the same day is the same job. */
export const enqueueDailyAlerts = (jobs: JobQueue, day: AlertJobPayloads['alert.daily-run']['day']): Promise<void> =>
  jobs.enqueue(ALERT_JOBS.DailyRun, { day }, { dedupeKey: `${ALERT_JOBS.DailyRun}:${day}` });

/** Where job handlers are registered (the platform's job worker). */
interface JobRegistry {
  register(kind: string, handler: JobHandler): void;
}

/** Registers the handler of the alert module's job; the service is resolved when the job runs. */
export function registerAlertJobs(worker: JobRegistry, service: () => AlertService): void {
  worker.register(ALERT_JOBS.DailyRun, async () => {
    await service().runDaily();
  });
}
