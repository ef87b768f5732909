import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../../shared/testing/clock';
import { CachedValue, FIGURE_DEFINITIONS, PlatformStats, figuresFrom } from './platform-stats';
import type { PlatformCounts, PlatformStatsReadModel } from './platform-stats.read-model';

const counts = (over: Partial<PlatformCounts> = {}): PlatformCounts => ({
  demands: 311_255,
  demandsDalo: 3_584,
  registrationNumbersDelivered: 31_872,
  candidacies: 346_900,
  candidaciesPositioned: 46_750,
  candidaciesToday: 120,
  offersByStatus: { published: 1_838, submitted: 38, in_instruction: 2_200, transmitted: 3_100, allocated: 13_275, withdrawn: 5 },
  spaceRequests: 502,
  spacesByStatus: { configured: 521, deployed: 213, none: 59 },
  landlords: 471,
  landlordsConnected: 12,
  applicants: 174_009,
  ...over,
});

describe('figuresFrom', () => {
  it('gives every figure of the brief, in order, from the counts (in instruction = submitted + in instruction; transmitted includes allocated)', () => {
    const figures = figuresFrom(counts());
    expect(figures.map((f) => f.key)).toEqual(FIGURE_DEFINITIONS.map((d) => d.key));
    expect(Object.fromEntries(figures.map((f) => [f.key, f.value]))).toEqual({
      demands: 311_255,
      demandsDalo: 3_584,
      registrationNumbersDelivered: 31_872,
      candidacies: 346_900,
      candidaciesPositioned: 46_750,
      candidaciesToday: 120,
      offersOnline: 1_838,
      offersInInstruction: 2_238,
      offersTransmitted: 16_375,
      spaceRequests: 502,
      spacesConfigured: 521,
      spacesDeployed: 213,
      landlords: 471,
      landlordsConnected: 12,
      applicants: 174_009,
    });
  });

  it('counts 0 for states without any row', () => {
    const figures = figuresFrom(counts({ offersByStatus: {}, spacesByStatus: {} }));
    expect(figures.filter((f) => f.section === 'offers' || f.key.startsWith('spaces')).map((f) => f.value)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('CachedValue', () => {
  const deferred = <T>() => {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
  };

  it('computes at every call when the ttl is 0', async () => {
    let n = 0;
    const cached = new CachedValue(
      async () => ++n,
      0,
      () => 0,
    );
    expect([await cached.get(), await cached.get()]).toEqual([1, 2]);
  });

  it('serves the value for the ttl, then the stale value while one refresh runs, then the fresh one', async () => {
    let now = 0;
    const pending: ReturnType<typeof deferred<number>>[] = [];
    const cached = new CachedValue(
      () => {
        const d = deferred<number>();
        pending.push(d);
        return d.promise;
      },
      1000,
      () => now,
    );
    const first = cached.get();
    const concurrent = cached.get();
    expect(pending).toHaveLength(1); // one computation for concurrent first calls
    pending[0]!.resolve(1);
    expect([await first, await concurrent]).toEqual([1, 1]);
    now = 999;
    expect(await cached.get()).toBe(1);
    expect(pending).toHaveLength(1);
    now = 1000;
    expect(await cached.get()).toBe(1); // stale, refresh started
    expect(await cached.get()).toBe(1); // still stale, no second refresh
    expect(pending).toHaveLength(2);
    pending[1]!.resolve(2);
    await pending[1]!.promise;
    await Promise.resolve();
    expect(await cached.get()).toBe(2);
  });

  it('forgets a failed refresh: the next call computes again and reports the error itself', async () => {
    let now = 0;
    let fail = false;
    let n = 0;
    const cached = new CachedValue(
      async () => {
        if (fail) throw new Error('database down');
        return ++n;
      },
      1000,
      () => now,
    );
    expect(await cached.get()).toBe(1);
    now = 2000;
    fail = true;
    expect(await cached.get()).toBe(1); // stale while the refresh fails in the background
    await new Promise((r) => setTimeout(r, 0));
    await expect(cached.get()).rejects.toThrow('database down');
    fail = false;
    expect(await cached.get()).toBe(2);
  });
});

describe('PlatformStats', () => {
  it('counts the day from midnight UTC of the clock and fills the series with every day and month', async () => {
    const clock = new FixedClock('2026-03-15T23:30:00Z');
    const calls: Record<string, string> = {};
    const readModel = {
      counts: async (todayStart: Date) => ((calls.today = todayStart.toISOString()), counts()),
      candidaciesPerDay: async (from: Date) => ((calls.days = from.toISOString()), [{ day: '2026-03-14', count: 4 }]),
      publicationToAllocation: async (from: Date) => ((calls.months = from.toISOString()), [{ month: '2026-01', medianDays: 31, allocations: 2 }]),
      allocationsBySizeClass: async (from: Date) => ((calls.sizes = from.toISOString()), [{ sizeClass: 'GE', count: 2 }]),
    } as unknown as PlatformStatsReadModel;
    const stats = new PlatformStats(readModel, clock, { cacheSeconds: 0 });
    const figures = await stats.figures();
    expect(calls.today).toBe('2026-03-15T00:00:00.000Z');
    expect(figures.computedAt.toISOString()).toBe('2026-03-15T23:30:00.000Z');
    const series = await stats.series();
    expect(calls).toMatchObject({ days: '2025-12-16T00:00:00.000Z', months: '2025-04-01T00:00:00.000Z', sizes: '2025-04-01T00:00:00.000Z' });
    expect(series.candidaciesPerDay).toHaveLength(90);
    expect(series.candidaciesPerDay.find((d) => d.day === '2026-03-14')?.count).toBe(4);
    expect(series.candidaciesPerDay.filter((d) => d.count > 0)).toHaveLength(1);
    expect(series.publicationToAllocation.map((m) => m.month)[0]).toBe('2025-04');
    expect(series.publicationToAllocation.find((m) => m.month === '2026-01')).toEqual({ month: '2026-01', medianDays: 31, allocations: 2 });
    expect(series.publicationToAllocation.find((m) => m.month === '2026-02')).toEqual({ month: '2026-02', medianDays: null, allocations: 0 });
    expect(series.allocationsBySizeClass).toEqual([
      { sizeClass: 'PME', count: 0 },
      { sizeClass: 'ETI', count: 0 },
      { sizeClass: 'GE', count: 2 },
      { sizeClass: 'none', count: 0 },
    ]);
  });
});
