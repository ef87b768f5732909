import type { Principal } from '../../identity/index';
import { validateLandlordData, type Landlord } from '../domain/landlord';
import { landlordError } from '../landlord.errors';
import { assertAgent, auditActor } from './access';
import type { LandlordDeps } from './landlord.deps';
import { cleanLandlordInput } from './landlord-input';
import { requireLandlord } from './require-landlord';

export type UpdateLandlordInput = Partial<Pick<Landlord, 'siren' | 'name' | 'kind' | 'regions'>>;

/** An agent corrects a landlord. */
export async function updateLandlord(deps: LandlordDeps, principal: Principal, id: string, raw: UpdateLandlordInput): Promise<Landlord> {
  assertAgent(principal);
  return deps.uow.run(async () => {
    const current = await requireLandlord(deps, id);
    const next: Landlord = { ...current, ...cleanLandlordInput(raw), updatedAt: deps.clock.now() };
    const fields = validateLandlordData(next);
    if (fields.length) throw landlordError.invalidData(fields);
    await deps.landlords.update(next);
    await deps.audit.record({ ...auditActor(principal), action: 'landlord.updated', objectType: 'landlord', objectId: id, detail: { fields: Object.keys(raw) } });
    return next;
  });
}
