import type { AlertService } from '../alert/index';
import type { CandidacyService } from '../candidacy/index';
import type { CompanySpaceService } from '../company-space/index';
import type { RetentionService } from '../demand/index';
import type { IdentityService } from '../identity/index';

/**
 * What the privacy module needs of the other modules: narrow slices of their façades (each module
 * keeps its own tables; this one only orchestrates), bound by src/bootstrap/wiring/privacy.wiring.ts.
 */
export type PrivacyAccounts = Pick<IdentityService, 'me' | 'confirmPassword' | 'eraseAccount'>;
export type PrivacyDemands = Pick<RetentionService, 'exportOwner' | 'recentNotifications' | 'eraseOwner' | 'deleteFiles'>;
export type PrivacyCandidacies = Pick<CandidacyService, 'exportOwn' | 'recentNotifications' | 'prepareErasure' | 'forgetNotifications'>;
export type PrivacyCompanies = Pick<CompanySpaceService, 'validationStatusesOf'>;
export type PrivacyAlerts = Pick<AlertService, 'alertsOfAccount' | 'forgetAccount'>;
