import { addDays, toIsoDate } from '../../../shared/dates';
import { expire, isExpired, needsReminder, renewalDueDate } from '../domain/index';
import type { DemandDueRef } from '../ports/demands.port';
import type { DemandDeps } from './demand.deps';
import { fromTransition, mutateDemand } from './mutate';

/** Demands handled per query of the daily run. */
const BATCH = 200;
/** The reminder is due one month before the due date; months are at most 31 days: pre-select generously, the domain decides. */
const REMINDER_LOOKAHEAD_DAYS = 32;

export interface ExpiriesAndRemindersResult {
  /** the day the run worked for */
  onDate: string;
  expired: number;
  reminders: number;
  /** demands that could not be handled (logged); the next run tries them again */
  failed: number;
}

/**
 * The daily run (scheduled): strikes off the active demands whose renewal due date has passed
 * (active → expired, the owner notified) and queues the renewal reminders due (one month before
 * the due date, once per due date: `lastReminderFor` remembers the due date reminded, and the
 * outbox's dedupe key guards it again). Idempotent: running it twice on the same day changes
 * nothing the second time. Each demand is handled in its own transaction, under its row lock, and
 * re-checked there, so that a renewal made meanwhile wins.
 */
export async function applyExpiriesAndReminders(deps: DemandDeps, now: Date): Promise<ExpiriesAndRemindersResult> {
  const today = toIsoDate(now);
  const result: ExpiriesAndRemindersResult = { onDate: today, expired: 0, reminders: 0, failed: 0 };

  await forEachDue(
    (after) => deps.demands.findExpirable(today, BATCH, after),
    async (ref) => {
      try {
        let done = false;
        await mutateDemand(
          deps,
          ref.id,
          () => undefined,
          async (record) => {
            if (!isExpired(record.demand, today) || record.demand.status !== 'active') return null;
            const t = expire(record.demand, { at: now });
            await deps.notifications.add({
              accountId: record.demand.ownerAccountId,
              kind: 'demand.expired',
              payload: { demandId: ref.id, renewalDueDate: renewalDueDate(record.demand), registrationNumber: record.demand.registrationNumber },
              dedupeKey: `demand.expired:${ref.id}`,
            });
            done = true;
            return fromTransition(record, t);
          },
        );
        if (done) result.expired += 1;
      } catch (error) {
        result.failed += 1;
        deps.logger.error({ demandId: ref.id, err: error instanceof Error ? error.message : String(error) }, 'demand expiry failed');
      }
    },
  );

  const until = addDays(today, REMINDER_LOOKAHEAD_DAYS);
  await forEachDue(
    (after) => deps.demands.findReminderCandidates(today, until, BATCH, after),
    async (ref) => {
      try {
        let done = false;
        await mutateDemand(
          deps,
          ref.id,
          () => undefined,
          async (record) => {
            if (!needsReminder(record.demand, today, record.lastReminderFor)) return null;
            const due = renewalDueDate(record.demand)!;
            await deps.notifications.add({
              accountId: record.demand.ownerAccountId,
              kind: 'demand.renewal_reminder',
              payload: { demandId: ref.id, renewalDueDate: due, registrationNumber: record.demand.registrationNumber },
              dedupeKey: `demand.renewal_reminder:${ref.id}:${due}`,
            });
            done = true;
            return { record: { ...record, lastReminderFor: due }, appended: [] };
          },
        );
        if (done) result.reminders += 1;
      } catch (error) {
        result.failed += 1;
        deps.logger.error({ demandId: ref.id, err: error instanceof Error ? error.message : String(error) }, 'demand renewal reminder failed');
      }
    },
  );
  return result;
}

/** Walks the due demands batch by batch (keyset paging by id), so that a failing one never blocks the rest. */
async function forEachDue(fetch: (afterId?: string) => Promise<DemandDueRef[]>, handle: (ref: DemandDueRef) => Promise<void>): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const batch = await fetch(after);
    if (batch.length === 0) return;
    for (const ref of batch) await handle(ref);
    after = batch[batch.length - 1]!.id;
  }
}
