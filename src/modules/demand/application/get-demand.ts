import type { Principal } from '../../identity/index';
import type { DemandRecord } from '../ports/demands.port';
import { demandError } from '../demand.errors';
import { assertCanRead, auditActor, isOwner } from './access';
import type { DemandDeps } from './demand.deps';

/** Where a request comes from, for the audit trail. */
export interface CallContext {
  address?: string;
}

/**
 * A demand's full file, for its owner or the back office (anyone else: DEMAND.NOT_FOUND). A read
 * by anyone but the owner is written to the audit trail (`demand.read`).
 */
export async function getDemand(deps: DemandDeps, principal: Principal, demandId: string, ctx: CallContext = {}): Promise<DemandRecord> {
  const record = await deps.demands.findById(demandId);
  if (!record) throw demandError.notFound();
  assertCanRead(principal, record);
  if (!isOwner(principal, record)) {
    await deps.audit.record({ ...auditActor(principal), action: 'demand.read', objectType: 'demand', objectId: demandId, address: ctx.address });
  }
  return record;
}
