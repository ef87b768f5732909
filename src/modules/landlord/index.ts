// Public API of the landlord module: the only file other modules and adapters import.
export * from './domain/landlord';
export type { Agreement } from './domain/agreement';
export type * from './ports';
export type { AgreementView, AgreementReport } from './application/agreements';
export type { CreateLandlordInput, UpdateLandlordInput } from './application/landlords';
export { LandlordService } from './application/landlord.service';
export { LANDLORD } from './tokens';
export { landlordModule } from './landlord.module';
