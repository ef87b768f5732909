import type { Logger } from 'pino';
import type { Clock } from '../../shared/clock';
import type { OutboxMessage, OutboxSource } from '../../shared/outbox';
import { retryDelayMs } from '../../shared/retry-delay';
import { MailDeliveryError, type MailSender } from './mail-sender';
import { hasTemplate, renderMail } from './templates';

/** Who an account is, for mail: bound by the bootstrap to the identity module's public API. */
export interface RecipientDirectory {
  /** the account's address and name; null when there is no such account or it is disabled */
  recipientOf(accountId: string): Promise<{ email: string; name: string } | null>;
}

export interface MailDispatcherSettings {
  /** platform address for the links of the e-mails */
  publicUrl: string;
  /** messages claimed at once per outbox */
  batchSize: number;
  /** tries before giving up on a message (it is then marked failed) */
  maxAttempts: number;
  /** first wait after a failure; doubles at each failure (±20 %), up to retryMaxMs (default six hours) */
  retryBaseMs: number;
  retryMaxMs?: number;
  /** how long a claimed message stays hidden from other dispatchers while it is being sent (default: batchSize × 3 send timeouts + 1 min) */
  leaseMs?: number;
  /** the SMTP timeout of one step (connect, greeting, data): with batchSize, the default lease */
  sendTimeoutMs?: number;
  /** batches per outbox in one pass, at most */
  maxBatchesPerPass?: number;
}

export interface DispatchResult {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Delivers the modules' outboxes by e-mail. Each pass claims the due messages of every outbox in
 * batches (FOR UPDATE SKIP LOCKED and a lease: two dispatchers, in one process or several, never
 * send a message twice), renders the French e-mail of its kind, sends it, and marks it sent. A
 * failure is recorded with the attempt count, the error and the next try (exponential backoff);
 * after `maxAttempts`, or a permanent refusal (5xx, no such recipient), the message is marked
 * failed (`failed_at`) and logged as an error. With no sender (SMTP_URL unset) a pass does nothing:
 * messages stay in their outbox, untouched, until mail is configured.
 */
export class MailDispatcher {
  private readonly settings: MailDispatcherSettings & { retryMaxMs: number; leaseMs: number };

  constructor(
    private readonly sources: readonly OutboxSource[],
    private readonly sender: MailSender | null,
    private readonly recipients: RecipientDirectory,
    private readonly clock: Clock,
    private readonly logger: Logger,
    settings: MailDispatcherSettings,
  ) {
    this.settings = {
      ...settings,
      retryMaxMs: settings.retryMaxMs ?? 6 * 3600_000,
      // a claimed batch stays hidden while it is sent: every message may take up to ~3 timeouts (connect, greeting, data)
      leaseMs: settings.leaseMs ?? settings.batchSize * (settings.sendTimeoutMs ?? 30_000) * 3 + 60_000,
    };
  }

  get enabled(): boolean {
    return this.sender !== null;
  }

  /** One pass over every outbox. */
  async dispatch(): Promise<DispatchResult & { off?: true }> {
    const result: DispatchResult = { sent: 0, retried: 0, failed: 0 };
    if (!this.sender) return { ...result, off: true };
    for (const source of this.sources) {
      for (let batch = 0; batch < (this.settings.maxBatchesPerPass ?? 10); batch++) {
        const now = this.clock.now();
        const claimed = await source.claimDue({ now, limit: this.settings.batchSize, leaseUntil: new Date(now.getTime() + this.settings.leaseMs) });
        for (const message of claimed) result[await this.deliver(source, message, this.sender)]++;
        if (claimed.length < this.settings.batchSize) break;
      }
    }
    return result;
  }

  /** Messages per outbox and state (monitoring). */
  async counts(): Promise<Record<string, { pending: number; sent: number; failed: number }>> {
    const out: Record<string, { pending: number; sent: number; failed: number }> = {};
    for (const s of this.sources) out[s.name] = await s.counts();
    return out;
  }

  private async deliver(source: OutboxSource, message: OutboxMessage, sender: MailSender): Promise<keyof DispatchResult> {
    const log = { source: source.name, messageId: message.id, kind: message.kind, attempt: message.attempts };
    try {
      const to = await this.addressOf(message);
      if (!hasTemplate(message.kind)) this.logger.warn(log, 'mail: no template for this kind, a neutral message is sent');
      const mail = renderMail(message.kind, message.payload, { publicUrl: this.settings.publicUrl, recipientName: to.name });
      await sender.send({ to: to.email, ...mail, reference: `${source.name}/${message.id}` });
      await source.markSent(message.id, this.clock.now());
      this.logger.info(log, 'mail sent');
      return 'sent';
    } catch (error) {
      const permanent = error instanceof MailDeliveryError && error.permanent;
      const text = error instanceof Error ? error.message : String(error);
      const now = this.clock.now();
      if (permanent || message.attempts >= this.settings.maxAttempts) {
        await source.markFailed(message.id, { error: text, retryAt: null, at: now });
        this.logger.error({ ...log, err: text, permanent }, 'mail given up: the message is marked failed');
        return 'failed';
      }
      const delay = retryDelayMs(message.attempts, { baseMs: this.settings.retryBaseMs, maxMs: this.settings.retryMaxMs, jitter: 'spread20' });
      const retryAt = new Date(now.getTime() + delay);
      await source.markFailed(message.id, { error: text, retryAt, at: now });
      this.logger.warn({ ...log, err: text, retryAt }, 'mail not sent, will retry');
      return 'retried';
    }
  }

  private async addressOf(message: OutboxMessage): Promise<{ email: string; name: string | undefined }> {
    if ('email' in message.recipient) {
      const name = typeof message.payload.displayName === 'string' ? message.payload.displayName : undefined;
      return { email: message.recipient.email, name };
    }
    const found = await this.recipients.recipientOf(message.recipient.accountId);
    if (!found) throw new MailDeliveryError(`no active account ${message.recipient.accountId} to write to`, true);
    return found;
  }
}
