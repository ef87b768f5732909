// Public API of the alert module (applicants' saved searches, the daily mail of new offers): the only file others import.
// Only what other modules, adapters and the bootstrap import (npm run lint:facades keeps it so); tests import internal files.
export { ALERT_ERRORS } from './alert.errors';
export { enqueueDailyAlerts, registerAlertJobs } from './alert.jobs';
export { alertModule } from './alert.module';
export { AlertService } from './application/alert.service';
export type { DailyAlertsResult } from './application/run-daily-alerts';
export { type AlertCriteria, ALERTS_PER_ACCOUNT, type SavedSearch } from './domain/alert';
export type { AlertOffers, AlertOutbox, AlertRepository } from './ports';
export { ALERT } from './tokens';
