import { toIsoDate } from '../../../shared/dates';
import { OFFERS_PER_MAIL } from '../domain/alert';
import type { AlertDeps } from './alert.deps';
import { unsubscribeLink } from './unsubscribe-token';

export interface DailyAlertsResult {
  checked: number;
  mailed: number;
}

const PAGE = 200;

/**
 * The daily run: for each saved search, the offers published since it was last looked at that
 * match it and that the account's household fits; when there are some, one mail (in the module's
 * outbox, with the offers and a signed unsubscribe link) — at most one a day per saved search: a
 * search already mailed today is left for tomorrow, its offers still ahead. Idempotent: a second run
 * the same day mails nothing new.
 */
export async function runDailyAlerts(deps: AlertDeps, now: Date = deps.clock.now()): Promise<DailyAlertsResult> {
  const today = toIsoDate(now);
  let checked = 0;
  let mailed = 0;
  let after: string | null = null;
  for (;;) {
    const page = await deps.alerts.listPage(after, PAGE);
    for (const search of page) {
      checked++;
      if (search.lastMailedOn === today) continue;
      const offers = await deps.offers.newMatches(search.accountId, search.criteria, search.checkedUntil, now);
      await deps.uow.run(async () => {
        if (offers.length > 0) {
          await deps.outbox.add({
            accountId: search.accountId,
            kind: 'alert.new_offers',
            payload: {
              count: offers.length,
              offers: offers.slice(0, OFFERS_PER_MAIL).map((o) => ({
                id: o.id,
                typology: `T${o.typology}`,
                communeName: o.communeName,
                totalRent: o.totalRent,
                surface: o.surface,
                closingDate: o.closingDate,
                link: `${deps.settings.publicUrl.replace(/\/$/, '')}/offres/${o.id}`,
              })),
              unsubscribeLink: unsubscribeLink(deps.settings.publicUrl, deps.settings.unsubscribeKey, search.id),
            },
          });
          mailed++;
        }
        await deps.alerts.markChecked(search.id, now, offers.length > 0 ? today : search.lastMailedOn);
      });
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.id;
  }
  return { checked, mailed };
}
