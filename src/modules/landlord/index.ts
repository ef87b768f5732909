// Public API of the landlord module: the only file other modules and adapters import.
export * from './domain/landlord';
export type { Agreement } from './domain/agreement';
export type * from './ports';
export type { AgreementView, AgreementReport } from './application/agreements';
export type { CreateLandlordInput, UpdateLandlordInput } from './application/landlords';
export { LandlordService } from './application/landlord.service';
export type { LandlordUserView } from './application/list-landlord-users';
export type { LandlordSummary } from './application/landlord-summary';
export { departementName, inDepartement } from './domain/departements';
export type { InviteLandlordUserInput } from './application/invite-landlord-user';
export { LANDLORD_INVITATION_KIND, LANDLORD_INVITATION_PATH, landlordInvitationLink } from './application/invite-landlord-user';
export { LANDLORD } from './tokens';
export { landlordModule } from './landlord.module';
