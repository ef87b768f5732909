import type { DomainEvent } from '../../../shared/events';
import type { DemandHistoryEntry, DemandTransition } from '../domain/index';
import type { DemandRecord } from '../ports';
import type { DemandDeps } from './demand.deps';
import { demandNotFound } from './errors';

/** A change to save: the new record and the history entries it appends. */
export interface DemandMutation {
  record: DemandRecord;
  appended: DemandHistoryEntry[];
}

/** The mutation of a domain transition applied to a stored record. */
export function fromTransition(record: DemandRecord, t: DemandTransition, extra: Partial<Omit<DemandRecord, 'demand'>> = {}): DemandMutation {
  return { record: { ...record, ...extra, demand: t.demand }, appended: [t.entry] };
}

/** Events the demand module publishes (in the transaction of the change; delivered once it has committed), for the other modules. */
export const DEMAND_EVENTS = {
  /** payload `{ demandId, ownerAccountId, action, from, to }`: every change of state */
  statusChanged: 'demand.status_changed',
  /** payload `{ demandId, ownerAccountId, facts }`: facts that change eligibility or the score were edited */
  factsChanged: 'demand.facts_changed',
  /** payload `{ demandId, ownerAccountId }`: the demand was anonymised (retention period over, or the account erased) */
  anonymised: 'demand.anonymised',
} as const;

export function statusChangedEvent(record: DemandRecord, entry: DemandHistoryEntry): DomainEvent {
  return {
    type: DEMAND_EVENTS.statusChanged,
    payload: { demandId: record.demand.id, ownerAccountId: record.demand.ownerAccountId, action: entry.action, from: entry.from, to: entry.to },
    occurredAt: entry.at,
  };
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
    if (!current) throw demandNotFound();
    guard(current);
    const mutation = await change(current, deps.clock.now());
    if (mutation === null) return current; // nothing to change
    const { record, appended } = mutation;
    const saved = await deps.demands.save(record, appended);
    for (const entry of appended) {
      if (entry.from !== entry.to) await deps.events.publish(statusChangedEvent(saved, entry));
    }
    return saved;
  });
}
