import type { ServiceIdentifier } from 'inversify';
import type { DemandLogger, DemandNotificationOutbox, DemandRepository, DemandSettings } from './ports';
import type { DemandRegistries } from './ports/registry.port';
import type { DemandService } from './application/demand.service';

const token = <T>(name: string) => Symbol.for(`demand.${name}`) as ServiceIdentifier<T>;

export const DEMAND = {
  Repository: token<DemandRepository>('Repository'),
  NotificationOutbox: token<DemandNotificationOutbox>('NotificationOutbox'),
  Registries: token<DemandRegistries>('Registries'),
  Settings: token<DemandSettings>('Settings'),
  Logger: token<DemandLogger>('Logger'),
  Service: token<DemandService>('Service'),
};
