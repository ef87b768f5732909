import { DEMAND, demandModule, staticDemandRegistries, type DemandRegistry } from '../../modules/demand/index';
import { DrizzleDemandNotificationOutbox, DrizzleDemandRepository } from '../../adapters/db/repositories/drizzle-demand.repository';
import type { ModuleWiring } from './wiring';

/**
 * The demand module: its repository and outbox on the database, the registries it registers
 * demands with, and its façade.
 *
 * Registries: the SNE is connected only when `SNE_ENDPOINT` is set (config.sne.endpoint). Until the
 * SNE adapter is wired here (src/adapters/sne), the list is empty: validated demands then wait
 * with `registrationPending`, their `demand.register-with-registry` jobs stay queued (and are
 * logged as waiting), and no number is ever made up.
 */
export const demandWiring: ModuleWiring = (container, { config, database, logger, clock }) => {
  const log = logger.child({ module: 'demand' });
  const registries: DemandRegistry[] = [];
  if (config.sne.endpoint) {
    // The SNE adapter is added here: registries.push(new SneRegistry({ endpoint: config.sne.endpoint, … }, log, clock)).
    log.warn({ endpoint: config.sne.endpoint }, 'SNE_ENDPOINT is set but the SNE registry adapter is not wired yet: demand registrations stay queued');
  }
  container.bind(DEMAND.Repository).toConstantValue(new DrizzleDemandRepository(database, clock));
  container.bind(DEMAND.NotificationOutbox).toConstantValue(new DrizzleDemandNotificationOutbox(database));
  container.bind(DEMAND.Registries).toConstantValue(staticDemandRegistries(registries));
  container.bind(DEMAND.Settings).toConstantValue({ defaultRegistry: 'sne' });
  container.bind(DEMAND.Logger).toConstantValue(log);
  container.loadSync(demandModule);
};
