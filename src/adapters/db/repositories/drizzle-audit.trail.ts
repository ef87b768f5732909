import type { AuditEntry, AuditTrail } from '../../../shared/audit';
import type { Database } from '../database';
import { auditEntries } from '../schema/platform.schema';

/** Writes audit entries in the caller's transaction, so that a rolled-back action leaves no entry. */
export class DrizzleAuditTrail implements AuditTrail {
  constructor(private readonly database: Database) {}
  async record(entry: AuditEntry): Promise<void> {
    await this.database.db.insert(auditEntries).values({
      actorAccountId: entry.actorAccountId ?? null,
      actorRole: entry.actorRole ?? null,
      actingForKind: entry.actingFor?.kind ?? null,
      actingForId: entry.actingFor?.id ?? null,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId,
      detail: entry.detail ?? null,
      address: entry.address ?? null,
    });
  }
}
