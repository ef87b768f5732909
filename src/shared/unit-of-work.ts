/**
 * Use cases own their transactions through this port. Repositories join the transaction that
 * is running (the database adapter tracks it per async context) and never open one themselves.
 */
export interface UnitOfWork {
  run<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * What the event bus needs from the transactions: to defer work until the running transaction
 * has committed. Implemented by the database adapter (the outermost transaction of the async
 * context; nested `run`s join it).
 */
export interface CommitHooks {
  /**
   * Inside a transaction: queues `callback` to run once the outermost transaction has committed
   * (outside it, in the order queued; dropped if it rolls back) and returns true. Outside any
   * transaction: does nothing and returns false.
   */
  afterCommit(callback: () => Promise<void>): boolean;
}
