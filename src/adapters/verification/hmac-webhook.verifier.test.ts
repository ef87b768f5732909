import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../shared/testing/clock';
import { DomainError } from '../../shared/errors';
import { VERIFICATION_ERRORS } from '../../modules/demand/index';
import { DEFAULT_REJECTION_REASON } from './verdict-payload';
import { HmacWebhookVerifier, signWebhook } from './hmac-webhook.verifier';

const secret = 'test-webhook-secret-0123456789';
const clock = new FixedClock('2026-03-10T09:00:00Z');
const now = Math.floor(clock.now().getTime() / 1000);
const verifier = new HmacWebhookVerifier({ secret, clock });

const verdict = { providerRef: 'ref-1', documentId: 'doc-1', outcome: 'rejected', reason: 'Document expiré', decidedAt: '2026-03-10T08:59:00.000Z' };
const body = (value: unknown = verdict) => Buffer.from(JSON.stringify(value));

function expectError(fn: () => unknown, kind: string, code: string): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind, code });
    return;
  }
  throw new Error('expected an error');
}
const expectBadSignature = (fn: () => unknown) => expectError(fn, 'unauthorized', VERIFICATION_ERRORS.BAD_SIGNATURE);
const expectBadPayload = (fn: () => unknown) => expectError(fn, 'invalid', VERIFICATION_ERRORS.BAD_PAYLOAD);

describe('HmacWebhookVerifier', () => {
  it('accepts a correctly signed, fresh verdict', () => {
    const raw = body();
    expect(verifier.verify(raw, signWebhook(secret, now, raw), String(now))).toEqual(verdict);
  });

  it('signs "<timestamp>.<raw body>" with HMAC-SHA256, hex', () => {
    // printf '1700000000.{}' | openssl dgst -sha256 -hmac key
    const expected = 'sha256=9d713ed406bb7076d4123f0dc2c39d2df5c654ed4b0cd56b52c8b4c940bd63ae';
    expect(signWebhook('key', 1_700_000_000, '{}')).toBe(expected);
    expect(signWebhook('key', '1700000000', Buffer.from('{}'))).toBe(expected);
  });

  it('accepts a timestamp within 5 minutes either way', () => {
    const raw = body();
    for (const ts of [now - 300, now + 300]) expect(verifier.verify(raw, signWebhook(secret, ts, raw), String(ts)).providerRef).toBe('ref-1');
  });

  it('refuses a stale or future timestamp, even correctly signed', () => {
    const raw = body();
    for (const ts of [now - 301, now + 301, 0]) expectBadSignature(() => verifier.verify(raw, signWebhook(secret, ts, raw), String(ts)));
  });

  it('refuses a wrong signature, a wrong secret, and a body changed after signing', () => {
    const raw = body();
    const good = signWebhook(secret, now, raw);
    const flipped = good.slice(0, -1) + (good.endsWith('0') ? '1' : '0');
    expectBadSignature(() => verifier.verify(raw, flipped, String(now)));
    expectBadSignature(() => verifier.verify(raw, signWebhook('other-secret', now, raw), String(now)));
    expectBadSignature(() => verifier.verify(body({ ...verdict, outcome: 'verified' }), good, String(now)));
    // the timestamp is signed too
    expectBadSignature(() => verifier.verify(raw, good, String(now - 1)));
  });

  it('refuses missing or malformed headers', () => {
    const raw = body();
    const good = signWebhook(secret, now, raw);
    expectBadSignature(() => verifier.verify(raw, undefined, String(now)));
    expectBadSignature(() => verifier.verify(raw, good, undefined));
    expectBadSignature(() => verifier.verify(raw, '', String(now)));
    expectBadSignature(() => verifier.verify(raw, good.slice('sha256='.length), String(now)));
    expectBadSignature(() => verifier.verify(raw, 'sha256=abc', String(now)));
    expectBadSignature(() => verifier.verify(raw, good, 'yesterday'));
    expectBadSignature(() => verifier.verify(raw, good, `${now}.5`));
  });

  it('refuses a signed body that is not a verdict', () => {
    const sign = (raw: Buffer) => verifier.verify(raw, signWebhook(secret, now, raw), String(now));
    expectBadPayload(() => sign(Buffer.from('not json')));
    expectBadPayload(() => sign(body([verdict])));
    expectBadPayload(() => sign(body(null)));
    expectBadPayload(() => sign(body({ ...verdict, providerRef: undefined })));
    expectBadPayload(() => sign(body({ ...verdict, providerRef: '' })));
    expectBadPayload(() => sign(body({ ...verdict, outcome: 'maybe' })));
    expectBadPayload(() => sign(body({ ...verdict, decidedAt: 'tomorrow' })));
    expectBadPayload(() => sign(body({ ...verdict, decidedAt: undefined })));
    expectBadPayload(() => sign(body({ ...verdict, reason: 42 })));
  });

  it('does not parse the body before the signature is checked', () => {
    // a bad body with a bad signature is a signature problem, not a payload one
    expectBadSignature(() => verifier.verify(Buffer.from('not json'), 'sha256=' + '0'.repeat(64), String(now)));
  });

  it('gives a rejection without reason a default reason', () => {
    const raw = body({ providerRef: 'ref-2', outcome: 'rejected', decidedAt: '2026-03-10T08:00:00+01:00' });
    expect(verifier.verify(raw, signWebhook(secret, now, raw), String(now))).toEqual({
      providerRef: 'ref-2',
      outcome: 'rejected',
      reason: DEFAULT_REJECTION_REASON,
      decidedAt: '2026-03-10T07:00:00.000Z',
    });
  });

  it('accepts any of several secrets during a rotation', () => {
    const rotating = new HmacWebhookVerifier({ secret: ['new-secret', secret], clock });
    const raw = body();
    expect(rotating.verify(raw, signWebhook(secret, now, raw), String(now)).providerRef).toBe('ref-1');
    expect(rotating.verify(raw, signWebhook('new-secret', now, raw), String(now)).providerRef).toBe('ref-1');
  });

  it('needs a secret', () => {
    expect(() => new HmacWebhookVerifier({ secret: '' })).toThrow();
  });
});
