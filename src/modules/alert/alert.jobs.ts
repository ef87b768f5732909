/**
 * The alert module's durable job: the daily run, enqueued once a day by the scheduler with the
 * payload `{ day: 'YYYY-MM-DD' }` (deduplicated per day), its handler calling AlertService.runDaily.
 */
export const ALERT_JOBS = { DailyRun: 'alert.daily-run' } as const;
