import { RateLimiterMemory } from 'rate-limiter-flexible';
import { identityError, type LoginThrottle } from '../../modules/identity/index';
import { consumeFirst, rateLimited } from '../rate-limit/memory-failure.throttle';

const MAX_TRACKED = 100_000;

export interface LoginThrottleSettings {
  /** attempts per account *from one address* in the window: past it, that pair waits for the window (hard limit) */
  maxPerAccount: number;
  /** attempts per address, whatever the account */
  maxPerAddress: number;
  windowSeconds: number;
  /** account-wide, from any address: attempts before the progressive delays begin (default maxPerAccount) */
  freeAttemptsPerAccount?: number;
  /** first account-wide delay, doubled at each further attempt, up to maxDelayMs */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** how long an address that signed in to an account stays known for it (exempt from the account-wide delays) */
  knownAddressMs?: number;
  now?: () => number;
}

interface AccountState {
  /** attempts reserved (in flight or failed) in the window */
  attempts: number;
  /** no further attempt before this instant (ms) */
  nextAt: number;
  /** forgotten after this instant (ms) */
  until: number;
}

/**
 * The sign-in throttle (API, back office, company portal, client credentials, password confirmation).
 *
 * - Consume first: an attempt is reserved before the password is checked and given back only when it
 *   was right, so 25 guesses sent at once are 25 attempts, not 25 checks passed before any failure.
 * - Hard limit per account *and* address (`maxPerAccount`), and per address (`maxPerAddress`): once
 *   reached, that address waits for the window. An attacker elsewhere cannot lock the account.
 * - Account-wide, whatever the address: after `freeAttemptsPerAccount` attempts, each further one must
 *   wait a delay that doubles (1 s, 2 s, 4 s… up to 60 s), reserved in advance as well. An address that
 *   has signed in to the account before is not delayed by the others' failures.
 * In memory, per process (docs/scaling.md).
 */
export class MemoryLoginThrottle implements LoginThrottle {
  private readonly perPair: RateLimiterMemory;
  private readonly perAddress: RateLimiterMemory;
  private readonly accounts = new Map<string, AccountState>();
  private readonly known = new Map<string, number>();
  private readonly free: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly knownAddressMs: number;
  private readonly now: () => number;

  constructor(private readonly settings: LoginThrottleSettings) {
    const window = { duration: settings.windowSeconds, blockDuration: settings.windowSeconds };
    this.perPair = new RateLimiterMemory({ keyPrefix: 'login:pair', points: settings.maxPerAccount, ...window });
    this.perAddress = new RateLimiterMemory({ keyPrefix: 'login:addr', points: settings.maxPerAddress, ...window });
    this.free = settings.freeAttemptsPerAccount ?? settings.maxPerAccount;
    this.baseDelayMs = settings.baseDelayMs ?? 1000;
    this.maxDelayMs = settings.maxDelayMs ?? 60_000;
    this.knownAddressMs = settings.knownAddressMs ?? 30 * 86_400_000;
    this.now = settings.now ?? Date.now;
  }

  async reserve(accountKey: string, address: string): Promise<void> {
    const addr = address || 'unknown';
    const now = this.now();
    const knownAddress = this.isKnown(accountKey, addr, now);
    const state = this.accountState(accountKey, now);
    // account-wide first, synchronously (no await between the check and the taking: parallel attempts see each other)
    let undo = () => {};
    if (!knownAddress) {
      if (state.nextAt > now) throw rateLimited(identityError.tooManyAttempts, [state.nextAt - now]);
      const before = { attempts: state.attempts, nextAt: state.nextAt };
      state.attempts++;
      state.until = now + this.settings.windowSeconds * 1000;
      if (state.attempts >= this.free) state.nextAt = now + Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** Math.min(30, state.attempts - this.free));
      const set = state.nextAt;
      // refused below (this pair or this address is at its limit): the attempt does not count account-wide
      undo = () => {
        state.attempts = Math.max(0, state.attempts - 1);
        if (state.nextAt === set) state.nextAt = before.nextAt;
      };
    }
    try {
      await consumeFirst(
        [
          { limiter: this.perPair, key: pairKey(accountKey, addr) },
          { limiter: this.perAddress, key: addr },
        ],
        (ms) => rateLimited(identityError.tooManyAttempts, ms),
      );
    } catch (error) {
      undo();
      throw error;
    }
  }

  async succeeded(accountKey: string, address: string): Promise<void> {
    const addr = address || 'unknown';
    await Promise.all([this.perPair.delete(pairKey(accountKey, addr)), this.perAddress.reward(addr, 1)]);
    this.accounts.delete(accountKey);
    if (this.known.size >= MAX_TRACKED) this.prune(this.known, (until) => until);
    this.known.set(pairKey(accountKey, addr), this.now() + this.knownAddressMs);
  }

  private isKnown(accountKey: string, address: string, now: number): boolean {
    const until = this.known.get(pairKey(accountKey, address));
    return until !== undefined && until > now;
  }

  private accountState(accountKey: string, now: number): AccountState {
    let state = this.accounts.get(accountKey);
    if (!state || state.until <= now) {
      if (this.accounts.size >= MAX_TRACKED) this.prune(this.accounts, (s) => s.until);
      state = { attempts: 0, nextAt: 0, until: now + this.settings.windowSeconds * 1000 };
      this.accounts.set(accountKey, state);
    }
    return state;
  }

  private prune<V>(map: Map<string, V>, until: (v: V) => number): void {
    const now = this.now();
    for (const [k, v] of map) if (until(v) <= now) map.delete(k);
    // still full of live entries (a flood of made-up accounts): the oldest go first
    for (const k of map.keys()) {
      if (map.size < MAX_TRACKED * 0.9) break;
      map.delete(k);
    }
  }
}

const pairKey = (accountKey: string, address: string) => `${accountKey}\u0000${address}`;
