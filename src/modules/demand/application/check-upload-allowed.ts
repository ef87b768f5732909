import type { Principal } from '../../identity/index';
import { isFinal } from '../domain/index';
import { demandError } from '../demand.errors';
import { readableDemand } from './document-access';
import type { DocumentDeps } from './document.deps';
import { checkDemandQuota } from './upload-documents';

/**
 * Before an upload's body is read (the HTTP layer calls it first): the demand exists for the
 * caller (its owner, or staff; else DEMAND.NOT_FOUND), is open (DOCUMENT.DEMAND_CLOSED) and has
 * room for one more file (DOCUMENT.QUOTA_EXCEEDED). So a stranger's or a full demand's upload is
 * refused without its files being written anywhere; the upload checks all of it again.
 */
export async function checkUploadAllowed(deps: DocumentDeps, principal: Principal, demandId: string): Promise<void> {
  const demand = await readableDemand(deps, principal, demandId);
  if (isFinal(demand.demand.status)) {
    throw demandError.demandClosed(demand.demand.status);
  }
  const quotaError = checkDemandQuota(await deps.documents.listByDemand(demandId), { count: 1, bytes: 0 }, deps.settings);
  if (quotaError) throw quotaError;
}
