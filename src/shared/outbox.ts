import type { ServiceIdentifier } from 'inversify';

/**
 * The modules' outboxes of messages to people (applicants, company managers), as a mail sender
 * reads them. Each module owns its outbox table and writes it in the transaction of the change;
 * its database adapter exposes it as an `OutboxSource`, bound by the bootstrap (several bindings
 * of `OUTBOX_SOURCE`, one per module), and the mail dispatcher (src/adapters/mail) delivers them.
 */

/** Who a message goes to: an account (its e-mail address is looked up through the identity module) or an address. */
export type OutboxRecipient = { accountId: string } | { email: string };

export interface OutboxMessage {
  /** the source's name (`candidacy`, `demand`, `company_space`) */
  source: string;
  /** the message's id in its source */
  id: string;
  /** e.g. `candidacy.designated`, `demand.renewal_reminder`, `company_manager_invitation` */
  kind: string;
  payload: Record<string, unknown>;
  recipient: OutboxRecipient;
  /** tries so far, this one included */
  attempts: number;
  createdAt: Date;
}

export interface OutboxSource {
  readonly name: string;
  /**
   * Claims up to `limit` messages due at `now` (not sent, not given up, next try passed), oldest
   * first, with FOR UPDATE SKIP LOCKED: two dispatchers never claim the same message. A claimed
   * message counts one more attempt and is hidden until `leaseUntil` (if the dispatcher dies while
   * sending, it is tried again after that).
   */
  claimDue(input: { now: Date; limit: number; leaseUntil: Date }): Promise<OutboxMessage[]>;
  markSent(id: string, at: Date): Promise<void>;
  /** Records a failed try: tried again at `retryAt`, or given up (`retryAt: null`, the message is marked failed). */
  markFailed(id: string, input: { error: string; retryAt: Date | null; at: Date }): Promise<void>;
  /** Messages per delivery state (monitoring). */
  counts(): Promise<{ pending: number; sent: number; failed: number }>;
}

/** Bound once per module outbox; `container.getAll(OUTBOX_SOURCE)` gives them all. */
export const OUTBOX_SOURCE = Symbol.for('shared.OutboxSource') as ServiceIdentifier<OutboxSource>;
