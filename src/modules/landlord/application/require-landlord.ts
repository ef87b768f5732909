import type { Agreement } from '../domain/agreement';
import type { Landlord } from '../domain/landlord';
import { landlordError } from '../landlord.errors';
import type { LandlordDeps } from './landlord.deps';

/** The landlord, or LANDLORD.NOT_FOUND. */
export async function requireLandlord(deps: LandlordDeps, landlordId: string): Promise<Landlord> {
  const landlord = await deps.landlords.findById(landlordId);
  if (!landlord) throw landlordError.notFound();
  return landlord;
}

/** The landlord's agreement, or LANDLORD.AGREEMENT_NOT_FOUND (also for another landlord's). */
export async function requireAgreement(deps: LandlordDeps, landlordId: string, agreementId: string): Promise<Agreement> {
  const agreement = await deps.agreements.findById(agreementId);
  if (!agreement || agreement.landlordId !== landlordId) throw landlordError.agreementNotFound();
  return agreement;
}
