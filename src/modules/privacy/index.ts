// Public API of the privacy module (GDPR: an applicant's export and erasure): the only file others import.
// Only what other modules, adapters and the bootstrap import (npm run lint:facades keeps it so); tests import internal files.
export { PRIVACY_ERRORS } from './privacy.errors';
export { privacyModule } from './privacy.module';
export { PRIVACY } from './tokens';
