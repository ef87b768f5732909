import { describe, expect, it } from 'vitest';
import { InProcessEventBus, type DomainEvent } from './events';
import type { CommitHooks } from './unit-of-work';

/** A transaction by hand: callbacks queued while it is open, run on commit, dropped on rollback. */
class ManualTransactions implements CommitHooks {
  private open: (() => Promise<void>)[] | null = null;
  begin(): void {
    this.open = [];
  }
  afterCommit(callback: () => Promise<void>): boolean {
    if (!this.open) return false;
    this.open.push(callback);
    return true;
  }
  async commit(): Promise<void> {
    const queued = this.open ?? [];
    this.open = null;
    for (const callback of queued) await callback();
  }
  rollback(): void {
    this.open = null;
  }
}

const event = (n: number): DomainEvent => ({ type: 'thing.changed', payload: { n }, occurredAt: new Date('2026-03-15T09:00:00Z') });

function setUp(onError?: (error: unknown, e: DomainEvent) => void) {
  const tx = new ManualTransactions();
  const bus = new InProcessEventBus({ commits: tx, ...(onError ? { onError } : {}) });
  const log: string[] = [];
  bus.subscribe('thing.changed', (e) => void log.push(`after:${(e.payload as { n: number }).n}`));
  return { tx, bus, log };
}

describe('InProcessEventBus: events after commit', () => {
  it('inside a transaction: nothing before the commit, each event once after it, in order', async () => {
    const { tx, bus, log } = setUp();
    tx.begin();
    await bus.publish(event(1));
    await bus.publish(event(2));
    expect(log).toEqual([]);
    await tx.commit();
    expect(log).toEqual(['after:1', 'after:2']);
    await tx.commit(); // nothing queued twice
    expect(log).toEqual(['after:1', 'after:2']);
  });

  it('rolled back: nothing delivered, then or later', async () => {
    const { tx, bus, log } = setUp();
    tx.begin();
    await bus.publish(event(1));
    tx.rollback();
    tx.begin();
    await tx.commit();
    expect(log).toEqual([]);
  });

  it('outside a transaction: delivered at once', async () => {
    const { bus, log } = setUp();
    await bus.publish(event(3));
    expect(log).toEqual(['after:3']);
  });

  it('in_transaction handlers run at once, inside the transaction, and their failure reaches the publisher', async () => {
    const { tx, bus, log } = setUp();
    bus.subscribe('thing.changed', (e) => void log.push(`in:${(e.payload as { n: number }).n}`), { phase: 'in_transaction' });
    tx.begin();
    await bus.publish(event(1));
    expect(log).toEqual(['in:1']);
    await tx.commit();
    expect(log).toEqual(['in:1', 'after:1']);

    bus.subscribe(
      'thing.failing',
      () => {
        throw new Error('refused');
      },
      { phase: 'in_transaction' },
    );
    tx.begin();
    await expect(bus.publish({ ...event(2), type: 'thing.failing' })).rejects.toThrow('refused');
  });

  it('a failed after-commit handler is reported and does not stop the others', async () => {
    const errors: string[] = [];
    const { tx, bus, log } = setUp((error, e) => errors.push(`${e.type}: ${(error as Error).message}`));
    const failing = new InProcessEventBus({ commits: tx, onError: (error, e) => errors.push(`${e.type}: ${(error as Error).message}`) });
    failing.subscribe('thing.changed', () => {
      throw new Error('boom');
    });
    failing.subscribe('thing.changed', (e) => void log.push(`second:${(e.payload as { n: number }).n}`));
    tx.begin();
    await failing.publish(event(4));
    await bus.publish(event(5));
    await tx.commit();
    expect(errors).toEqual(['thing.changed: boom']);
    expect(log).toEqual(['second:4', 'after:5']);
  });

  it('without an error sink (unit tests), a failed handler is thrown to the publisher', async () => {
    const bus = new InProcessEventBus();
    bus.subscribe('thing.changed', () => {
      throw new Error('boom');
    });
    await expect(bus.publish(event(6))).rejects.toThrow('boom');
  });
});
