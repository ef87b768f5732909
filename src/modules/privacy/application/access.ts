import type { Principal } from '../../identity/index';
import { privacyError } from '../privacy.errors';

/** The export, the notifications and the erasure are the applicant's own (403 for any other role). */
export const applicantOnly = (p: Principal): void => {
  if (p.role !== 'applicant') throw privacyError.applicantOnly();
};
