import { Cron } from 'croner';
import type { Container } from 'inversify';
import type { Logger } from 'pino';
import { DEMAND } from '../modules/demand/index';
import { OFFER } from '../modules/offer/index';
import { MAIL } from '../adapters/mail/index';
import { enqueueDailyAlerts } from '../modules/alert/index';
import { toIsoDate } from '../shared/dates';
import { SHARED } from '../shared/tokens';
import { BOOT } from './tokens';

/** A recurring task: an idempotent use case run on a cron schedule (Europe/Paris). */
export interface ScheduledTask {
  name: string;
  cron: string;
  run(container: Container, now: Date): Promise<Record<string, unknown> | void>;
}

/** Every recurring task of the platform; modules expose the use cases, this list schedules them. */
export const SCHEDULED_TASKS: ScheduledTask[] = [
  // daily at 02:15: expire demands not renewed in time, queue the renewal reminders due
  { name: 'demand.expiries-and-reminders', cron: '15 2 * * *', run: async (c, now) => ({ ...(await c.get(DEMAND.Service).applyExpiriesAndReminders(now)) }) },
  // hourly at :17: delete orphan document files (uploads that never committed), files of withdrawn and expired replaced pieces
  { name: 'demand.documents-sweep', cron: '17 * * * *', run: async (c, now) => ({ ...(await c.get(DEMAND.Documents).sweepFiles(now)) }) },
  // daily at 02:25: live tax notices of an older income year become expired, their applicants told
  { name: 'demand.documents-expiry', cron: '25 2 * * *', run: async (c, now) => ({ ...(await c.get(DEMAND.Documents).expireOutOfDate(now)) }) },
  // daily at 03:40: GDPR retention (documents of closed demands past their period, then the demands' anonymisation)
  { name: 'demand.retention', cron: '40 3 * * *', run: async (c, now) => ({ ...(await c.get(DEMAND.Retention).run(now, { dryRun: c.get(BOOT.Config).retention.dryRun })) }) },
  // daily at 04:10: one read of each registry's feeds (struck-off demands, new DALO demands) enqueued for the day; durable jobs, retried while the registry is down
  { name: 'demand.registry-feeds', cron: '10 4 * * *', run: async (c, now) => ({ ...(await c.get(DEMAND.RegistrySync).enqueueDailyFeeds(now)) }) },
  // every 30 seconds: send the modules' outboxes by e-mail (retries with backoff; nothing when SMTP_URL is unset)
  {
    name: 'mail.dispatch',
    cron: '*/30 * * * * *',
    run: async (c) => {
      const dispatcher = c.get(MAIL.Dispatcher);
      if (!dispatcher.enabled) return undefined;
      return { ...(await dispatcher.dispatch()) };
    },
  },
  // daily at 07:30: the applicants' alerts (offers published since the last run that match a saved search and the household), one durable job a day
  {
    name: 'alert.daily-run',
    cron: '30 7 * * *',
    run: async (c, now) => {
      await enqueueDailyAlerts(c.get(SHARED.JobQueue), toIsoDate(now));
      return { enqueued: 1 };
    },
  },
  // every 5 minutes: close the published offers whose closing date (inclusive) has passed
  { name: 'offer.close-due', cron: '*/5 * * * *', run: async (c, now) => ({ closed: (await c.get(OFFER.Service).closeDueOffers(now)).closed }) },
];

export function startScheduler(container: Container, logger: Logger, tasks: ScheduledTask[] = SCHEDULED_TASKS): { stop(): void } {
  const log = logger.child({ component: 'scheduler' });
  const clock = container.get(SHARED.Clock);
  const crons = tasks.map(
    (task) =>
      new Cron(
        task.cron,
        { name: task.name, timezone: 'Europe/Paris', protect: true, catch: (error) => log.error({ err: error, task: task.name }, 'scheduled task failed') },
        async () => {
          const started = performance.now();
          const result = await task.run(container, clock.now());
          // a run that did something is worth an info line; an idle run (every count zero) only a debug one
          const level = didSomething(result) ? 'info' : 'debug';
          log[level]({ task: task.name, ms: Math.round(performance.now() - started), result }, 'scheduled task done');
        },
      ),
  );
  return { stop: () => crons.forEach((c) => c.stop()) };
}

const didSomething = (result: Record<string, unknown> | void): boolean =>
  !!result && Object.values(result).some((v) => (typeof v === 'number' ? v !== 0 : Array.isArray(v) ? v.length > 0 : v !== undefined && v !== false && v !== null));
