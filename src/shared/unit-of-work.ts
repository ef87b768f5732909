/**
 * Use cases own their transactions through this port. Repositories join the transaction that
 * is running (the database adapter tracks it per async context) and never open one themselves.
 */
export interface UnitOfWork {
  run<T>(work: () => Promise<T>): Promise<T>;
}

/** For unit tests with in-memory repositories: runs the work as it is. */
export const immediateUnitOfWork: UnitOfWork = { run: (work) => work() };
