/** In-process domain events: modules react to each other's events instead of reading their tables. */
export interface DomainEvent<T extends string = string, P = unknown> {
  type: T;
  payload: P;
  occurredAt: Date;
}

export type EventHandler = (event: DomainEvent) => Promise<void> | void;

export interface EventBus {
  publish(event: DomainEvent): Promise<void>;
  subscribe(type: string, handler: EventHandler): void;
}

/** Synchronous in-process bus: handlers run inside the publisher's transaction, in order. */
export class InProcessEventBus implements EventBus {
  private readonly handlers = new Map<string, EventHandler[]>();
  subscribe(type: string, handler: EventHandler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }
  async publish(event: DomainEvent): Promise<void> {
    for (const handler of this.handlers.get(event.type) ?? []) await handler(event);
  }
}
