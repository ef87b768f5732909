import type { AuditEntry, AuditTrail } from '../audit';

/** For unit tests: keeps entries in memory. */
export class InMemoryAuditTrail implements AuditTrail {
  readonly entries: (AuditEntry & { at: Date })[] = [];
  async record(entry: AuditEntry): Promise<void> {
    this.entries.push({ ...entry, at: new Date() });
  }
}
