import type { UnitOfWork } from '../unit-of-work';

/** For unit tests with in-memory repositories: runs the work as it is. */
export const immediateUnitOfWork: UnitOfWork = { run: (work) => work() };
