import type {
  AttemptCounter,
  AttemptReservation,
  ContactMessage,
  DemandContactOutbox,
  ImportAttemptLimiter,
  ImportChallenge,
  ImportChallengeRepository,
} from '../ports/import.port';

/** The attempt limiter for unit tests: fixed windows dated by the `now` passed, in a map. */
export class InMemoryAttemptLimiter implements ImportAttemptLimiter {
  readonly counters = new Map<string, { windowStart: number; count: number }>();

  async reserve(counters: readonly AttemptCounter[], now: Date): Promise<AttemptReservation> {
    const t = now.getTime();
    const taken: { key: string; windowStart: number }[] = [];
    let retryAfterMs = 0;
    for (const c of counters) {
      const current = this.counters.get(c.key);
      const entry = current && current.windowStart + c.windowSeconds * 1000 > t ? current : { windowStart: t, count: 0 };
      entry.count += 1;
      this.counters.set(c.key, entry);
      taken.push({ key: c.key, windowStart: entry.windowStart });
      if (entry.count > c.limit) retryAfterMs = Math.max(retryAfterMs, entry.windowStart + c.windowSeconds * 1000 - t);
    }
    const release = async () => {
      for (const { key, windowStart } of taken) {
        const entry = this.counters.get(key);
        if (entry && entry.windowStart === windowStart && entry.count > 0) entry.count -= 1;
      }
    };
    if (retryAfterMs > 0) {
      await release();
      return { granted: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
    }
    return { granted: true, release };
  }
}

export class InMemoryImportChallenges implements ImportChallengeRepository {
  readonly challenges = new Map<string, ImportChallenge>();

  async insert(challenge: ImportChallenge, purgeBefore: Date): Promise<void> {
    for (const [id, c] of this.challenges) {
      if (c.expiresAt < purgeBefore) this.challenges.delete(id);
      else if (c.accountId === challenge.accountId && c.registrationNumber === challenge.registrationNumber && !c.confirmedAt && c.expiresAt > challenge.createdAt) {
        c.expiresAt = challenge.createdAt;
      }
    }
    this.challenges.set(challenge.id, { ...challenge });
  }
  async findById(id: string): Promise<ImportChallenge | null> {
    const c = this.challenges.get(id);
    return c ? { ...c } : null;
  }
  async claimAttempt(id: string, accountId: string, now: Date): Promise<ImportChallenge | null> {
    const c = this.challenges.get(id);
    if (!c || c.accountId !== accountId || c.confirmedAt || c.expiresAt <= now || c.attempts >= c.maxAttempts) return null;
    c.attempts += 1;
    return { ...c };
  }
  async releaseAttempt(id: string): Promise<void> {
    const c = this.challenges.get(id);
    if (c && c.attempts > 0) c.attempts -= 1;
  }
  async markConfirmed(id: string, at: Date): Promise<void> {
    const c = this.challenges.get(id);
    if (c && !c.confirmedAt) c.confirmedAt = at;
  }
}

export class InMemoryContactOutbox implements DemandContactOutbox {
  readonly sent: ContactMessage[] = [];
  async add(message: ContactMessage): Promise<void> {
    this.sent.push(message);
  }
}
