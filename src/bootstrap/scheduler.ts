import { Cron } from 'croner';
import type { Container } from 'inversify';
import type { Logger } from 'pino';

/** A recurring task: an idempotent use case run on a cron schedule (Europe/Paris). */
export interface ScheduledTask {
  name: string;
  cron: string;
  run(container: Container, now: Date): Promise<Record<string, unknown> | void>;
}

/** Every recurring task of the platform; modules expose the use cases, this list schedules them. */
export const SCHEDULED_TASKS: ScheduledTask[] = [];

export function startScheduler(container: Container, logger: Logger, tasks: ScheduledTask[] = SCHEDULED_TASKS): { stop(): void } {
  const log = logger.child({ component: 'scheduler' });
  const crons = tasks.map(
    (task) =>
      new Cron(task.cron, { name: task.name, timezone: 'Europe/Paris', protect: true, catch: (error) => log.error({ err: error, task: task.name }, 'scheduled task failed') }, async () => {
        const started = Date.now();
        const result = await task.run(container, new Date());
        log.info({ task: task.name, ms: Date.now() - started, result }, 'scheduled task done');
      }),
  );
  return { stop: () => crons.forEach((c) => c.stop()) };
}
