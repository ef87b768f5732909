import fc from 'fast-check';

/**
 * Hostile values shared by the security tests: unicode oddities, injection-shaped strings,
 * prototype-pollution keys, invalid identifiers and dates.
 */

export const UNICODE_ODDITIES = [
  '\u202Egnp.exe', // RTL override
  'مرحبا بالعالم', // right-to-left script
  'a\u200Bb\u200Cc\u200Dd\uFEFF', // zero-width characters
  '😀👩‍👩‍👧‍👦🏳️‍🌈', // emoji and ZWJ sequences
  'nul\u0000byte',
  '\u0000',
  '\uD800', // lone surrogate (serialised as an escape)
  'e\u0301\u0301\u0301', // combining marks
  'İıſK', // case-mapping traps
  '\r\n\t\u000b\u000c',
  'Ｆｕｌｌｗｉｄｔｈ',
  '\u2028\u2029',
];

export const INJECTIONS = [
  "' OR '1'='1' --",
  '1; DROP TABLE identity.accounts; --',
  "'); SELECT pg_sleep(5); --",
  '" OR ""="',
  '{"$gt": ""}',
  '{"$where": "sleep(1000)"}',
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '${7*7}',
  '{{7*7}}',
  '#{7*7}',
  '<%= 7*7 %>',
  '${jndi:ldap://127.0.0.1/a}',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '<svg onload=alert(1)>',
  '__proto__',
  'constructor',
  '$(id)',
  '`id`',
  '%s%s%s%n',
  '\\u0000',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
];

export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', '$where', '$gt', 'isAdmin', 'role', 'status', 'ownerAccountId', '__defineGetter__'];

export const INVALID_UUIDS = [
  'not-a-uuid',
  '00000000-0000-0000-0000-00000000000g',
  '00000000-0000-4000-8000-0000000000000',
  '{00000000-0000-4000-8000-000000000000}',
  '00000000000040008000000000000000',
  ' 00000000-0000-4000-8000-000000000000',
  '00000000-0000-4000-8000-000000000000\u0000',
  "00000000-0000-4000-8000-000000000000' OR '1'='1",
  '-1',
  '0',
  '9'.repeat(400),
];

export const INVALID_DATES = [
  '2026-02-30',
  '2026-13-01',
  '2025-00-10',
  '99999-01-01',
  '0000-00-00',
  '2026-1-1',
  '2026-01-01T25:00:00Z',
  '31/12/2026',
  'yesterday',
  '1e10',
  '2026-02-29',
];

/** A hostile string: unicode, injections, or a mix, of any length up to `max` (default a few hundred). */
export const hostileString = (max = 300): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.constantFrom(...UNICODE_ODDITIES, ...INJECTIONS),
      fc.array(fc.constantFrom(...UNICODE_ODDITIES, ...INJECTIONS), { minLength: 2, maxLength: 5 }).map((parts) => parts.join(' ')),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
    )
    .map((s) => s.slice(0, max));

/** A placeholder that the serialiser replaces with a bare JSON number token (Infinity-sized, 1e999, …). */
export const rawNumber = (token: string): string => `@@RAW:${token}@@`;
export const serialiseJson = (value: unknown): string => JSON.stringify(value).replace(/"@@RAW:([^@"]+)@@"/g, '$1');

export const HUGE_NUMBERS: unknown[] = [
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  -(2 ** 63),
  2 ** 31,
  -2147483649,
  5e-324,
  0.1 + 0.2,
  -0,
  rawNumber('1e999'),
  rawNumber('-1e999'),
  rawNumber('123456789012345678901234567890'),
];

/** Sets a key as an own enumerable property, even `__proto__` (so that JSON.stringify writes it). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
