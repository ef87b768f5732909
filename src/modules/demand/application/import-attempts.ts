import type { AttemptCounter } from '../ports/import.port';
import { demandError } from '../demand.errors';
import type { DemandImportDeps } from './demand-import.deps';

/**
 * How the guessing of registry numbers, birth dates and codes is held back. Every import step
 * reserves one attempt, BEFORE it is evaluated, on three counters: the account's, the client
 * address's, and the registry number's (whatever the account or address: free accounts and a
 * forged forwarded address change nothing there). A step that succeeds gives its attempt back; a
 * refused one keeps it. Past any limit, DEMAND.IMPORT_THROTTLED (429, Retry-After), even with the
 * right answer, until the window ends.
 */

export interface ImportAttemptKeys {
  accountId: string;
  address: string;
  registry: string;
  number: string;
}

export const numberKey = (registry: string, number: string): string => `${registry}:${number}`;

function failureCounters({ settings }: DemandImportDeps, keys: ImportAttemptKeys): AttemptCounter[] {
  return [
    { key: `import:acct:${keys.accountId}`, limit: settings.maxFailuresPerAccount, windowSeconds: settings.failureWindowSeconds },
    { key: `import:addr:${keys.address || 'unknown'}`, limit: settings.maxFailuresPerAddress, windowSeconds: settings.failureWindowSeconds },
    { key: `import:num:${numberKey(keys.registry, keys.number)}`, limit: settings.maxFailuresPerNumber, windowSeconds: settings.numberWindowSeconds },
  ];
}

/** Reserves one attempt; returns the function that gives it back (call it on success only). */
export async function reserveImportAttempt(deps: DemandImportDeps, keys: ImportAttemptKeys): Promise<() => Promise<void>> {
  const reservation = await deps.limiter.reserve(failureCounters(deps, keys), deps.clock.now());
  if (!reservation.granted) throw demandError.importThrottled(reservation.retryAfterSeconds);
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    await reservation.release();
  };
}

/** Counts one code sent for the number (never given back): the registry's contact is not mail-bombed. */
export async function reserveCodeSending(deps: DemandImportDeps, registry: string, number: string): Promise<void> {
  const { settings } = deps;
  const reservation = await deps.limiter.reserve(
    [{ key: `import:codes:${numberKey(registry, number)}`, limit: settings.maxCodesPerNumber, windowSeconds: settings.numberWindowSeconds }],
    deps.clock.now(),
  );
  if (!reservation.granted) throw demandError.importCodesThrottled(reservation.retryAfterSeconds);
}
