/**
 * The audit trail: an append-only record of sensitive reads and decisions (who, acting for which
 * organisation, what, on which object, when, from where). Entries keep ids, never names.
 */
export interface AuditEntry {
  actorAccountId?: string | undefined;
  actorRole?: string | undefined;
  actingFor?: { kind: 'company' | 'landlord'; id: string } | undefined;
  /** e.g. `document.read`, `demand.read`, `demand.validated`, `offer.designation`, `login.failed` */
  action: string;
  objectType: string;
  objectId: string;
  /** safe details: a justification, a decision, a reason; never personal data beyond ids */
  detail?: Record<string, unknown> | undefined;
  address?: string | undefined;
}

export interface AuditTrail {
  record(entry: AuditEntry): Promise<void>;
}
