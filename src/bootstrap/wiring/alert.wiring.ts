import { createHash } from 'node:crypto';
import { ALERT, alertModule, type AlertOffers, registerAlertJobs } from '../../modules/alert/index';
import { OFFER } from '../../modules/offer/index';
import { OUTBOX_SOURCE } from '../../shared/outbox';
import { DrizzleAlertOutbox, DrizzleAlertRepository } from '../../adapters/db/repositories/drizzle-alert.repository';
import { DrizzleOutboxSource } from '../../adapters/db/repositories/drizzle-outbox.source';
import { alertOutbox } from '../../adapters/db/schema/alert.schema';
import { BOOT } from '../tokens';
import type { ModuleWiring } from './wiring';

/** The alert module: saved searches and their outbox on the database, the offer module's search, the daily run as a durable job. */
export const alertWiring: ModuleWiring = (container, { config, database }) => {
  container.bind(ALERT.Repository).toConstantValue(new DrizzleAlertRepository(database));
  container.bind(ALERT.Outbox).toConstantValue(new DrizzleAlertOutbox(database));
  container.bind(OUTBOX_SOURCE).toConstantValue(new DrizzleOutboxSource(database, 'alert', alertOutbox, { column: 'account_id', kind: 'account' })); // delivered by the mail dispatcher
  // the offer module's own query (its search as the applicant would run it), read when the daily run asks
  const alertOffers: AlertOffers = { newMatches: (accountId, criteria, since, until) => container.get(OFFER.Service).newOffersMatching(accountId, criteria, since, until) };
  container.bind(ALERT.Offers).toConstantValue(alertOffers);
  // the unsubscribe links' key: derived from the cookie secret (its own purpose, never the secret itself)
  const unsubscribeKey = createHash('sha256').update(`alin-alert-unsubscribe:${config.auth.cookieSecret}`).digest('base64url');
  container.bind(ALERT.Settings).toConstantValue({ unsubscribeKey, publicUrl: config.publicUrl });
  container.loadSync(alertModule);
  registerAlertJobs(container.get(BOOT.JobWorker), () => container.get(ALERT.Service));
};
