import { newId } from '../../../shared/ids';
import type { Principal } from '../../identity/index';
import { validateLandlordData, type Landlord, type LandlordKind } from '../domain/landlord';
import { landlordError } from '../landlord.errors';
import { assertAgent, auditActor } from './access';
import type { LandlordDeps } from './landlord.deps';
import { cleanLandlordInput } from './landlord-input';

export interface CreateLandlordInput {
  siren: string;
  name: string;
  kind: LandlordKind;
  regions?: string[];
  /** a fixed id, for the demo seed only */
  id?: string;
}

/** An agent adds a landlord to the referential. */
export async function createLandlord(deps: LandlordDeps, principal: Principal, raw: CreateLandlordInput): Promise<Landlord> {
  assertAgent(principal);
  const input = cleanLandlordInput({ ...raw, regions: raw.regions ?? [] });
  const fields = validateLandlordData(input);
  if (fields.length) throw landlordError.invalidData(fields);
  const now = deps.clock.now();
  const landlord: Landlord = {
    id: raw.id ?? newId(),
    siren: input.siren,
    name: input.name,
    kind: input.kind,
    regions: input.regions,
    connectedByApi: false,
    createdAt: now,
    updatedAt: now,
  };
  return deps.uow.run(async () => {
    await deps.landlords.insert(landlord);
    await deps.audit.record({ ...auditActor(principal), action: 'landlord.created', objectType: 'landlord', objectId: landlord.id });
    return landlord;
  });
}
