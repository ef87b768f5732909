// Public API of the alert module (applicants' saved searches, the daily mail of new offers): the only file others import.
export type * from './ports';
export * from './domain/alert';
export { AlertService } from './application/alert.service';
export type { DailyAlertsResult } from './application/run-daily-alerts';
export { unsubscribeToken } from './application/unsubscribe-token';
export { ALERT, ALERT_JOBS } from './tokens';
export { alertModule } from './alert.module';
