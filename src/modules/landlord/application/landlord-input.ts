import type { Landlord } from '../domain/landlord';
import { normalizeSiren } from '../domain/landlord';

/** Normalises what an agent typed (SIREN without spaces, name trimmed, regions copied); does not validate. */
export function cleanLandlordInput<T extends Partial<Pick<Landlord, 'siren' | 'name' | 'regions'>>>(input: T): T {
  return {
    ...input,
    ...(input.siren !== undefined ? { siren: normalizeSiren(input.siren) } : {}),
    ...(input.name !== undefined ? { name: input.name.trim() } : {}),
    ...(input.regions !== undefined ? { regions: [...input.regions] } : {}),
  };
}
