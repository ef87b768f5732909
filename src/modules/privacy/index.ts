// Public API of the privacy module (GDPR: an applicant's export and erasure): the only file others import.
export type * from './ports';
export { PrivacyService } from './application/privacy.service';
export type { MyDataExport } from './application/export-my-data';
export type { ErasureResult } from './application/erase-my-account';
export type { MyNotification } from './application/list-my-notifications';
export { PRIVACY } from './tokens';
export { privacyModule } from './privacy.module';
