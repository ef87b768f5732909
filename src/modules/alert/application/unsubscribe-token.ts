import { createHmac, timingSafeEqual } from 'node:crypto';

/** The signature of an alert's unsubscribe link: HMAC-SHA-256 of its id, base64url. */
export function unsubscribeToken(key: string, alertId: string): string {
  return createHmac('sha256', key).update(`alert-unsubscribe:${alertId}`).digest('base64url');
}

export function validUnsubscribeToken(key: string, alertId: string, token: string): boolean {
  const expected = Buffer.from(unsubscribeToken(key, alertId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The portal's page that confirms the unsubscription (it calls POST /api/v1/alerts/unsubscribe). */
export const unsubscribeLink = (publicUrl: string, key: string, alertId: string): string =>
  `${publicUrl.replace(/\/$/, '')}/alertes/desabonnement?alerte=${alertId}&jeton=${unsubscribeToken(key, alertId)}`;
