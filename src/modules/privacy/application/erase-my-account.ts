import type { Principal } from '../../identity/index';
import { applicantOnly } from './access';
import type { PrivacyDeps } from './privacy.deps';

export interface ErasureResult {
  accountId: string;
  erasedAt: Date;
  candidaciesWithdrawn: number;
  demandsCancelled: number;
  demandsAnonymised: number;
  documentsDeleted: number;
  /** demands housed through a signed lease: their candidacy and allocation stay (the landlord's legal obligations) */
  leasedDemands: number;
}

/**
 * The applicant's erasure (GDPR art. 17), after their password is confirmed:
 * 1. refused while a candidacy is in a landlord's hands; the open ones are withdrawn;
 * 2. in one transaction: the open demand cancelled, every demand anonymised and its documents'
 *    rows purged, the notifications and the saved searches (alerts) deleted, the account's identity erased and its sessions
 *    revoked, one audit entry (`account.erased`, ids and counts only);
 * 3. after the commit, the documents' encrypted files deleted (a crash here leaves them to the
 *    retention run and the hourly sweep, the rows being purged already).
 * Audit entries, candidacies, allocations and the demands' anonymised rows stay, keyed by ids.
 */
export async function eraseMyAccount(deps: PrivacyDeps, p: Principal, password: string, ctx: { address?: string | undefined } = {}): Promise<ErasureResult> {
  applicantOnly(p);
  await deps.accounts.confirmPassword(p, password, ctx.address);
  const preparation = await deps.candidacies.prepareErasure(p);
  const erasedAt = deps.clock.now();
  const demands = await deps.uow.run(async () => {
    const result = await deps.demands.eraseOwner(p.accountId, { by: p.accountId });
    const candidacyNotifications = await deps.candidacies.forgetNotifications(p.accountId);
    await deps.alerts?.forgetAccount(p.accountId);
    await deps.accounts.eraseAccount(p.accountId);
    await deps.audit.record({
      actorAccountId: p.accountId,
      actorRole: p.role,
      action: 'account.erased',
      objectType: 'account',
      objectId: p.accountId,
      address: ctx.address,
      detail: {
        demandIds: result.demandIds,
        candidaciesWithdrawn: preparation.withdrawn,
        documentsPurged: result.documentsPurged,
        notificationsDeleted: result.notificationsDeleted + candidacyNotifications,
        leasedDemandIds: preparation.leasedDemandIds,
      },
    });
    return result;
  });
  await deps.demands.deleteFiles(demands.files);
  return {
    accountId: p.accountId,
    erasedAt,
    candidaciesWithdrawn: preparation.withdrawn.length,
    demandsCancelled: demands.demandsCancelled,
    demandsAnonymised: demands.demandIds.length,
    documentsDeleted: demands.documentsPurged,
    leasedDemands: preparation.leasedDemandIds.length,
  };
}
