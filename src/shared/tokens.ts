import type { ServiceIdentifier } from 'inversify';
import type { Clock } from './clock';
import type { UnitOfWork } from './unit-of-work';
import type { EventBus } from './events';

/** Service identifiers of the shared kernel's ports, bound by src/bootstrap. */
export const SHARED = {
  Clock: Symbol.for('shared.Clock') as ServiceIdentifier<Clock>,
  UnitOfWork: Symbol.for('shared.UnitOfWork') as ServiceIdentifier<UnitOfWork>,
  EventBus: Symbol.for('shared.EventBus') as ServiceIdentifier<EventBus>,
};
