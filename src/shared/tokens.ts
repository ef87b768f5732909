import type { ServiceIdentifier } from 'inversify';
import type { Clock } from './clock';
import type { UnitOfWork } from './unit-of-work';
import type { EventBus } from './events';
import type { AuditTrail } from './audit';
import type { JobQueue } from './jobs';

/** Service identifiers of the shared kernel's ports, bound by src/bootstrap. */
export const SHARED = {
  Clock: Symbol.for('shared.Clock') as ServiceIdentifier<Clock>,
  UnitOfWork: Symbol.for('shared.UnitOfWork') as ServiceIdentifier<UnitOfWork>,
  EventBus: Symbol.for('shared.EventBus') as ServiceIdentifier<EventBus>,
  AuditTrail: Symbol.for('shared.AuditTrail') as ServiceIdentifier<AuditTrail>,
  JobQueue: Symbol.for('shared.JobQueue') as ServiceIdentifier<JobQueue>,
};
