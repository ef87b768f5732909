import type { CommitHooks } from './unit-of-work';

/** In-process domain events: modules react to each other's events instead of reading their tables. */
export interface DomainEvent<T extends string = string, P = unknown> {
  type: T;
  payload: P;
  occurredAt: Date;
}

export type EventHandler = (event: DomainEvent) => Promise<void> | void;

/**
 * When a handler runs:
 * - `after_commit` (the default): once the publisher's transaction has committed, outside it (the
 *   handler reads the committed state and opens its own transactions); never if it rolls back. A
 *   handler's failure cannot undo the committed change: it is reported (`onError`, logged) and the
 *   other handlers still run.
 * - `in_transaction`: at once, inside the publisher's transaction (a failure rolls the change
 *   back). Only for a handler that writes a durable record from the event's payload alone (a job to
 *   run later, a row to forget), never one that reads the publisher's data or changes in-process
 *   state: that is what makes "the change and its consequence commit together" safe.
 */
export type EventPhase = 'after_commit' | 'in_transaction';

export interface EventBus {
  /** Published inside a transaction: delivered after it commits (see `EventPhase`); outside one: at once. */
  publish(event: DomainEvent): Promise<void>;
  subscribe(type: string, handler: EventHandler, options?: { phase?: EventPhase }): void;
}

export interface InProcessEventBusOptions {
  /** the transactions (the database's unit of work); without, every event is delivered at once */
  commits?: CommitHooks;
  /** an after-commit handler failed (default: rethrow, so that unit tests see it) */
  onError?: (error: unknown, event: DomainEvent) => void;
}

/** The in-process bus: handlers of an event run in the order they subscribed, one after the other. */
export class InProcessEventBus implements EventBus {
  private readonly inTransaction = new Map<string, EventHandler[]>();
  private readonly afterCommit = new Map<string, EventHandler[]>();
  constructor(private readonly options: InProcessEventBusOptions = {}) {}

  subscribe(type: string, handler: EventHandler, options: { phase?: EventPhase } = {}): void {
    const handlers = options.phase === 'in_transaction' ? this.inTransaction : this.afterCommit;
    handlers.set(type, [...(handlers.get(type) ?? []), handler]);
  }

  async publish(event: DomainEvent): Promise<void> {
    for (const handler of this.inTransaction.get(event.type) ?? []) await handler(event);
    const handlers = this.afterCommit.get(event.type);
    if (!handlers?.length) return;
    const deliver = () => this.deliver(handlers, event);
    if (!this.options.commits?.afterCommit(deliver)) await deliver();
  }

  private async deliver(handlers: readonly EventHandler[], event: DomainEvent): Promise<void> {
    for (const handler of handlers) {
      try {
        await handler(event);
      } catch (error) {
        if (!this.options.onError) throw error;
        this.options.onError(error, event);
      }
    }
  }
}

/**
 * A module's events with their payloads typed: each module declares in `<module>.events.ts` its
 * event names and a map from name to payload, and publishers and subscribers go through this view
 * of the bus, so that no handler casts a payload (`payload as {…}`).
 *
 *   export interface OfferEventPayloads { 'offer.withdrawn': { offerId: string; reason?: string } }
 *   typedEvents<OfferEventPayloads>(bus).subscribe(OFFER_EVENTS.withdrawn, (e) => e.payload.offerId);
 */
export interface TypedEvents<M extends object> {
  publish<K extends keyof M & string>(type: K, payload: M[K], occurredAt: Date): Promise<void>;
  subscribe<K extends keyof M & string>(type: K, handler: (event: DomainEvent<K, M[K]>) => Promise<void> | void, options?: { phase?: EventPhase }): void;
}

export function typedEvents<M extends object>(bus: EventBus): TypedEvents<M> {
  return {
    publish: (type, payload, occurredAt) => bus.publish({ type, payload, occurredAt }),
    subscribe: (type, handler, options) => bus.subscribe(type, handler as EventHandler, options),
  };
}
