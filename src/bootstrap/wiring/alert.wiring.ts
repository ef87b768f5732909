import { createHash } from 'node:crypto';
import { ALERT, ALERT_JOBS, alertModule, type AlertOffer, type AlertOffers } from '../../modules/alert/index';
import { OFFER, type OfferService } from '../../modules/offer/index';
import { PRIVACY } from '../../modules/privacy/index';
import { isDomainError } from '../../shared/errors';
import { OUTBOX_SOURCE } from '../../shared/outbox';
import { MAX_PAGE_SIZE } from '../../shared/pagination';
import { DrizzleAlertOutbox, DrizzleAlertRepository } from '../../adapters/db/repositories/drizzle-alert.repository';
import { DrizzleOutboxSource } from '../../adapters/db/repositories/drizzle-outbox.source';
import { alertOutbox } from '../../adapters/db/schema/alert.schema';
import { BOOT } from '../tokens';
import type { ModuleWiring } from './wiring';

/**
 * The offers an alert names, from the offer module's own search as the applicant would run it
 * (`eligibleFor=me`: open to candidacies, the household fits), newest first, kept while published
 * after `since`. No active demand, or an incomplete one: nothing (the search refuses, 409).
 */
export function alertOffersFrom(offers: () => OfferService): AlertOffers {
  return {
    async newMatches(accountId, criteria, since, until) {
      const principal = { accountId, role: 'applicant' as const, sessionId: 'alert-daily-run' };
      const found: AlertOffer[] = [];
      for (let page = 1; page <= 20; page++) {
        let result;
        try {
          result = await offers().search(principal, {
            eligibleFor: 'me', sort: 'recent', page, pageSize: MAX_PAGE_SIZE,
            ...(criteria.communeCodes.length ? { communes: criteria.communeCodes } : {}),
            ...(criteria.typologies.length ? { typologies: criteria.typologies } : {}),
            ...(criteria.maxRent !== undefined ? { maxRent: criteria.maxRent } : {}),
          });
        } catch (error) {
          if (isDomainError(error) && (error.kind === 'conflict' || error.kind === 'forbidden')) return [];
          throw error;
        }
        let older = false;
        for (const o of result.items) {
          if (!o.publishedAt || o.publishedAt <= since) {
            older = true;
            continue;
          }
          if (o.publishedAt > until) continue;
          found.push({ id: o.id, typology: o.typology, communeName: o.communeName ?? o.communeCode, totalRent: o.totalRent, surface: o.surface, closingDate: o.closingDate, publishedAt: o.publishedAt });
        }
        if (older || result.items.length < MAX_PAGE_SIZE) break;
      }
      return found;
    },
  };
}

/** The alert module: saved searches and their outbox on the database, the offer module's search, the daily run as a durable job. */
export const alertWiring: ModuleWiring = (container, { config, database }) => {
  container.bind(ALERT.Repository).toConstantValue(new DrizzleAlertRepository(database));
  container.bind(ALERT.Outbox).toConstantValue(new DrizzleAlertOutbox(database));
  container.bind(OUTBOX_SOURCE).toConstantValue(new DrizzleOutboxSource(database, 'alert', alertOutbox, { column: 'account_id', kind: 'account' })); // delivered by the mail dispatcher
  container.bind(ALERT.Offers).toConstantValue(alertOffersFrom(() => container.get(OFFER.Service)));
  // the unsubscribe links' key: derived from the cookie secret (its own purpose, never the secret itself)
  const unsubscribeKey = createHash('sha256').update(`alin-alert-unsubscribe:${config.auth.cookieSecret}`).digest('base64url');
  container.bind(ALERT.Settings).toConstantValue({ unsubscribeKey, publicUrl: config.publicUrl });
  container.loadSync(alertModule);
  container.bind(PRIVACY.Alerts).toResolvedValue((s) => s, [ALERT.Service]); // GDPR: export and erasure of the saved searches
  container.get(BOOT.JobWorker).register(ALERT_JOBS.DailyRun, async () => {
    await container.get(ALERT.Service).runDaily();
  });
};
