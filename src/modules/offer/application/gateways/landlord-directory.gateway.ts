import type { AgreementRef, LandlordDirectory } from '../../ports';

/**
 * What this module reads of the landlord module's service (named by shape, not imported: that
 * module counts this one's offers, and module imports stay without cycles).
 */
export interface LandlordReads {
  findById(landlordId: string): Promise<object | null>;
  namesOf(landlordIds: readonly string[]): Promise<Map<string, string>>;
  agreementFor(landlordId: string, departement: string, year: number): Promise<AgreementRef | null>;
  agreementById(agreementId: string): Promise<AgreementRef | null>;
}

/** The landlords and their reservation agreements, over the landlord module's service read when first asked (late-bound). */
export function landlordDirectoryGateway(landlords: () => LandlordReads): LandlordDirectory {
  return {
    exists: async (id) => (await landlords().findById(id)) !== null,
    namesOf: (ids) => landlords().namesOf(ids),
    agreementFor: (landlordId, departement, year) => landlords().agreementFor(landlordId, departement, year),
    agreementById: (id) => landlords().agreementById(id),
  };
}
