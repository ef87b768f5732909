import type { DemandAction, DemandStatus, SensitiveFact } from './domain/demand-lifecycle';

/** Events the demand module publishes (in the transaction of the change; delivered once it has committed), for the other modules. */
export const DEMAND_EVENTS = {
  /** every change of state */
  statusChanged: 'demand.status_changed',
  /** facts that change eligibility or the score were edited */
  factsChanged: 'demand.facts_changed',
  /** the demand was anonymised (retention period over, or the account erased) */
  anonymised: 'demand.anonymised',
} as const satisfies Record<string, keyof DemandEventPayloads>;

/** The payload of each event of the demand module (publish and subscribe through `typedEvents<DemandEventPayloads>(bus)`). */
export interface DemandEventPayloads {
  'demand.status_changed': { demandId: string; ownerAccountId: string; action: DemandAction; from: DemandStatus; to: DemandStatus };
  'demand.facts_changed': { demandId: string; ownerAccountId: string; facts: SensitiveFact[] };
  'demand.anonymised': { demandId: string; ownerAccountId: string };
}
