// Public API of the landlord module: the only file other modules and adapters import.
// Only what other modules, adapters and the bootstrap import (npm run lint:facades keeps it so); tests import internal files.
export type { AgreementView } from './application/agreement-view';
export { landlordAccountsGateway } from './application/gateways/accounts.gateway';
export { agreementOffersGateway } from './application/gateways/agreement-offers.gateway';
export { apiClientRegistrarGateway } from './application/gateways/api-clients.gateway';
export type { LandlordUserView } from './application/list-landlord-users';
export type { Agreement } from './domain/agreement';
export { type Landlord, LANDLORD_KIND_LABELS, LANDLORD_KINDS, type LandlordKind, REGION_CODES, REGION_LABELS } from './domain/landlord';
export { LANDLORD_ERRORS, landlordError } from './landlord.errors';
export { landlordModule } from './landlord.module';
export type { AgreementRepository, LandlordOutbox, LandlordRepository, LandlordUser, LandlordUserRepository } from './ports';
export { LANDLORD } from './tokens';
