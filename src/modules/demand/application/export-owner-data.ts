import { toIsoDate } from '../../../shared/dates';
import type { Principal } from '../../identity/index';
import type { AccountNotification } from '../ports/retention.port';
import { demandView, type DemandView } from './demand-view';
import { documentView, type DocumentView } from './document-view';
import type { RetentionDeps } from './retention';

export interface OwnerDemandsExport {
  /** every demand of the account, with its dated history and its documents' metadata (never a storage key, never a file) */
  demands: (DemandView & { documents: DocumentView[] })[];
  /** the demand module's messages to the account (renewal reminders, decisions) */
  notifications: AccountNotification[];
}

/** The demand side of an applicant's export (GDPR right of access and portability): only the caller's own data. */
export async function exportOwnerDemands(deps: RetentionDeps, principal: Principal): Promise<OwnerDemandsExport> {
  const today = toIsoDate(deps.clock.now());
  const ids = await deps.store.demandIdsOfOwner(principal.accountId);
  const records = await deps.demands.findManyByIds(ids);
  const byId = new Map(records.map((r) => [r.demand.id, r]));
  const demands: OwnerDemandsExport['demands'] = [];
  for (const id of ids) {
    const record = byId.get(id);
    if (!record || record.demand.ownerAccountId !== principal.accountId) continue;
    const documents = await deps.documents.listByDemand(id, { includeDeleted: true });
    demands.push({ ...demandView(record, principal, today), documents: documents.map((d) => documentView(d, principal)) });
  }
  return { demands, notifications: await deps.store.notificationsOf(principal.accountId) };
}
