import type { Principal } from '../../identity/index';
import { toIsoDate } from '../../../shared/dates';
import { newId } from '../../../shared/ids';
import { createDraftDemand, type DemandData } from '../domain/index';
import type { DemandRecord } from '../ports/demands.port';
import { demandError } from '../demand.errors';
import { assertApplicant } from './access';
import type { DemandDeps } from './demand.deps';
import { draftDataErrors } from './draft-checks';

/**
 * An applicant starts a demand (a draft, completed at leisure and submitted later). One demand
 * that is not final per applicant: a second one is a conflict `DEMAND.ALREADY_EXISTS` (the check
 * here gives a clear answer; a partial unique index settles concurrent creations).
 */
export async function createDraft(deps: DemandDeps, principal: Principal, data: DemandData): Promise<DemandRecord> {
  assertApplicant(principal);
  const now = deps.clock.now();
  const errors = draftDataErrors(data, toIsoDate(now));
  if (errors.length) throw demandError.invalidData(errors);
  return deps.uow.run(async () => {
    const open = await deps.demands.findOpenByOwner(principal.accountId);
    if (open) throw demandError.alreadyExists(open.demand.id);
    const demand = createDraftDemand({ id: newId(), ownerAccountId: principal.accountId, data, at: now });
    const record: DemandRecord = { demand, version: 1, updatedAt: now, pendingDocuments: 0 };
    await deps.demands.insert(record);
    return record;
  });
}
