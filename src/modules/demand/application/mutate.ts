import { type EventBus, typedEvents } from '../../../shared/events';
import { DEMAND_EVENTS, type DemandEventPayloads } from '../demand.events';
import type { DemandHistoryEntry, DemandTransition } from '../domain/index';
import type { DemandRecord } from '../ports/demands.port';
import { demandError } from '../demand.errors';
import type { DemandDeps } from './demand.deps';

/** A change to save: the new record and the history entries it appends. */
export interface DemandMutation {
  record: DemandRecord;
  appended: DemandHistoryEntry[];
}

/** The mutation of a domain transition applied to a stored record. */
export function fromTransition(record: DemandRecord, t: DemandTransition, extra: Partial<Omit<DemandRecord, 'demand'>> = {}): DemandMutation {
  return { record: { ...record, ...extra, demand: t.demand }, appended: [t.entry] };
}

/** Publishes the status event of a change of state (in the transaction of the change). */
export async function publishStatusChanged(events: EventBus, record: DemandRecord, entry: DemandHistoryEntry): Promise<void> {
  await typedEvents<DemandEventPayloads>(events).publish(
    DEMAND_EVENTS.statusChanged,
    { demandId: record.demand.id, ownerAccountId: record.demand.ownerAccountId, action: entry.action, from: entry.from, to: entry.to },
    entry.at,
  );
}

/**
 * Runs a change of one demand in a transaction: locks the row (SELECT … FOR UPDATE, so that two
 * concurrent transitions run one after the other and the second sees the first's result), checks
 * who may act, applies the change, saves it with the optimistic version check, and publishes a
 * status event for each change of state (`change` returns null to change nothing). Side effects written by `change` (audit entries, jobs,
 * notifications) join the same transaction.
 */
export async function mutateDemand(
  deps: DemandDeps,
  demandId: string,
  guard: (record: DemandRecord) => void,
  change: (record: DemandRecord, at: Date) => DemandMutation | null | Promise<DemandMutation | null>,
): Promise<DemandRecord> {
  return deps.uow.run(async () => {
    const current = await deps.demands.findByIdForUpdate(demandId);
    if (!current) throw demandError.notFound();
    guard(current);
    const mutation = await change(current, deps.clock.now());
    if (mutation === null) return current; // nothing to change
    const { record, appended } = mutation;
    const saved = await deps.demands.save(record, appended);
    for (const entry of appended) {
      if (entry.from !== entry.to) await publishStatusChanged(deps.events, saved, entry);
    }
    return saved;
  });
}
