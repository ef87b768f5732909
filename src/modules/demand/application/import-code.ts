import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * The one-time code of a registry import and where it goes: six digits drawn at random, kept only
 * as an HMAC under a server-side key (a database copy alone does not give the code back), and the
 * registry contact shown masked.
 */

export const IMPORT_CODE_LENGTH = 6;

export const newImportCode = (): string => String(randomInt(0, 10 ** IMPORT_CODE_LENGTH)).padStart(IMPORT_CODE_LENGTH, '0');

/** HMAC-SHA256 of the code, bound to its challenge (a code is worth nothing for another challenge). */
export const hashImportCode = (secret: string, challengeId: string, code: string): string =>
  createHmac('sha256', secret).update(`demand.import-code:${challengeId}:${code}`).digest('hex');

/** Whether `code` is the challenge's code (constant-time comparison of the HMACs). */
export function importCodeMatches(secret: string, challengeId: string, code: string, codeHash: string): boolean {
  const expected = Buffer.from(codeHash, 'hex');
  const actual = Buffer.from(hashImportCode(secret, challengeId, code), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

const MAX_EMAIL_LENGTH = 254;

/**
 * The registry contact's e-mail address when it looks like one (one `@`, something before it, a dot
 * in the domain), trimmed; otherwise undefined. Checked with string positions, no pattern.
 */
export function contactEmail(value: string | undefined): string | undefined {
  const email = value?.trim();
  if (!email || email.length > MAX_EMAIL_LENGTH || /\s/.test(email)) return undefined;
  const at = email.indexOf('@');
  if (at < 1 || at !== email.lastIndexOf('@')) return undefined;
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  return dot > 0 && dot < domain.length - 1 ? email : undefined;
}

/** `nadia.benali@example.org` → `n•••@e•••.org`: enough to recognise one's address, not to learn it. */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  return `${email.slice(0, 1)}•••@${domain.slice(0, 1)}•••${domain.slice(dot)}`;
}
