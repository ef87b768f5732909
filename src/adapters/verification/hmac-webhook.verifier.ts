import { createHmac, timingSafeEqual } from 'node:crypto';
import { systemClock, type Clock } from '../../shared/clock';
import { demandError, type VerificationVerdict, type WebhookVerifier } from '../../modules/demand/index';
import { parseVerdict } from './verdict-payload';

/** Header carrying the signature: `sha256=<hex of HMAC-SHA256(secret, "<timestamp>.<raw body>")>`. */
export const SIGNATURE_HEADER = 'X-Signature';
/** Header carrying the time of signing, in unix seconds. */
export const TIMESTAMP_HEADER = 'X-Timestamp';

const SIGNATURE_FORMAT = /^sha256=([0-9a-fA-F]{64})$/;
const TIMESTAMP_FORMAT = /^\d{1,12}$/;

function digest(secret: string, timestamp: string, body: Uint8Array): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest();
}

/** The X-Signature value of a webhook body sent at `timestamp` (unix seconds). */
export function signWebhook(secret: string, timestamp: number | string, body: Uint8Array | string): string {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return `sha256=${digest(secret, String(timestamp), bytes).toString('hex')}`;
}

export interface HmacWebhookVerifierConfig {
  /** the shared secret; several during a rotation (any of them is accepted) */
  secret: string | string[];
  clock?: Clock;
  /** how far the timestamp may be from now, either way (default 300 s) */
  toleranceSeconds?: number;
}

/**
 * Checks the provider's webhook calls: HMAC-SHA256 over `${X-Timestamp}.${raw body}`, compared
 * in constant time, timestamp within ±5 minutes of the clock (limits replays; a replayed verdict
 * inside the window is harmless since applying a verdict is idempotent). The body is parsed only
 * once the signature is valid.
 */
export class HmacWebhookVerifier implements WebhookVerifier {
  private readonly secrets: string[];
  private readonly clock: Clock;
  private readonly toleranceSeconds: number;

  constructor(config: HmacWebhookVerifierConfig) {
    this.secrets = (Array.isArray(config.secret) ? config.secret : [config.secret]).filter((s) => s !== '');
    if (this.secrets.length === 0) throw new Error('HmacWebhookVerifier: a webhook secret is required.');
    this.clock = config.clock ?? systemClock;
    this.toleranceSeconds = config.toleranceSeconds ?? 300;
  }

  verify(rawBody: Uint8Array, signatureHeader: string | undefined, timestampHeader?: string): VerificationVerdict {
    const signature = SIGNATURE_FORMAT.exec(signatureHeader?.trim() ?? '');
    if (!signature) throw demandError.webhookBadSignature('signature_missing');
    const timestamp = timestampHeader?.trim() ?? '';
    if (!TIMESTAMP_FORMAT.test(timestamp)) throw demandError.webhookBadSignature('timestamp_malformed');
    const nowSeconds = Math.floor(this.clock.now().getTime() / 1000);
    if (Math.abs(nowSeconds - Number(timestamp)) > this.toleranceSeconds) throw demandError.webhookBadSignature('timestamp_out_of_tolerance');

    const given = Buffer.from(signature[1]!, 'hex');
    let valid = false;
    for (const secret of this.secrets) {
      // evaluate every secret so that timing does not tell which one matched
      if (timingSafeEqual(digest(secret, timestamp, rawBody), given)) valid = true;
    }
    if (!valid) throw demandError.webhookBadSignature('signature_invalid');

    let body: unknown;
    try {
      body = JSON.parse(Buffer.from(rawBody).toString('utf8'));
    } catch {
      throw demandError.webhookBadPayload('not_json');
    }
    const verdict = parseVerdict(body);
    if (!verdict) throw demandError.webhookBadPayload('not_a_verdict');
    return verdict;
  }
}
