import { describe, expect, it, vi } from 'vitest';
import type { JobHandler } from '../../shared/jobs';
import type { AlertService } from './application/alert.service';
import { ALERT_JOBS, enqueueDailyAlerts, registerAlertJobs } from './alert.jobs';

describe('alert jobs', () => {
  it('enqueues the daily run once a day (the day is the payload and the dedupe key)', async () => {
    const enqueue = vi.fn(async () => {});
    await enqueueDailyAlerts({ enqueue }, '2026-03-10');
    expect(enqueue).toHaveBeenCalledWith('alert.daily-run', { day: '2026-03-10' }, { dedupeKey: 'alert.daily-run:2026-03-10' });
  });

  it('registers the daily run, which calls the service resolved when the job runs', async () => {
    const handlers = new Map<string, JobHandler>();
    const runDaily = vi.fn(async () => ({}));
    const service = vi.fn(() => ({ runDaily }) as unknown as AlertService);
    registerAlertJobs({ register: (kind, handler) => handlers.set(kind, handler) }, service);
    expect([...handlers.keys()]).toEqual([ALERT_JOBS.DailyRun]);
    expect(service).not.toHaveBeenCalled();
    await handlers.get(ALERT_JOBS.DailyRun)!({ day: '2026-03-10' }, { attempt: 1, jobId: 'j1' });
    expect(runDaily).toHaveBeenCalledTimes(1);
  });
});
