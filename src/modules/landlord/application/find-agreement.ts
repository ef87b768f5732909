import type { LandlordDeps } from './landlord.deps';

/** For the offer module: the agreement of a landlord for a département and a year (no access check). */
export const agreementFor = (deps: LandlordDeps, landlordId: string, departement: string, year: number) => deps.agreements.findFor(landlordId, departement, year);

/** For the offer module: an agreement by id (no access check). */
export const agreementById = (deps: LandlordDeps, agreementId: string) => deps.agreements.findById(agreementId);
