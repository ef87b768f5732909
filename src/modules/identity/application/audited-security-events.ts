import type { AuditTrail } from '../../../shared/audit';
import type { SecurityEventSink } from '../ports';

/** Where a security event is also said at once (the platform's log, without personal data). */
export interface SecurityLog {
  warn(fields: { event: unknown }, message: string): void;
}

/**
 * Security events (failed sign-ins, refused tokens, throttled attempts…) are logged and written to
 * the audit trail as `security.<type>` on the account concerned (`unknown` when none is known).
 */
export function auditedSecurityEvents(audit: AuditTrail, log: SecurityLog): SecurityEventSink {
  return {
    record: async (event) => {
      log.warn({ event }, event.type);
      await audit.record({
        action: `security.${event.type}`,
        objectType: 'account',
        objectId: event.accountId ?? 'unknown',
        actorAccountId: event.accountId,
        address: event.address,
        detail: event.detail ? { detail: event.detail } : undefined,
      });
    },
  };
}
