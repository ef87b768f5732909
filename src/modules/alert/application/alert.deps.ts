import type { Clock } from '../../../shared/clock';
import type { UnitOfWork } from '../../../shared/unit-of-work';
import type { AlertOffers, AlertOutbox, AlertRepository, AlertSettings } from '../ports';

export interface AlertDeps {
  alerts: AlertRepository;
  offers: AlertOffers;
  outbox: AlertOutbox;
  settings: AlertSettings;
  clock: Clock;
  uow: UnitOfWork;
}
