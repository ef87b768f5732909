import type { ServiceIdentifier } from 'inversify';
import type { AlertOffers, AlertOutbox, AlertRepository, AlertSettings } from './ports';
import type { AlertService } from './application/alert.service';

const token = <T>(name: string) => Symbol.for(`alert.${name}`) as ServiceIdentifier<T>;

export const ALERT = {
  Repository: token<AlertRepository>('Repository'),
  Offers: token<AlertOffers>('Offers'),
  Outbox: token<AlertOutbox>('Outbox'),
  Settings: token<AlertSettings>('Settings'),
  Service: token<AlertService>('Service'),
};
