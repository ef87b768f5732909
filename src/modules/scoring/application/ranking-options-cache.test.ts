import { describe, expect, it } from 'vitest';
import type { RankingOptions } from '../domain/index';
import { RankingOptionsCache } from './ranking-options-cache';

const options = (n: number) => ({ referenceDate: '2026-11-27', bonuses: [], grid: null, n }) as unknown as RankingOptions;
const key = { epciCode: '200046977', referenceDate: '2026-11-27' };

describe('RankingOptionsCache', () => {
  it('reuses the options of an EPCI and date within its time to live, then reads again', async () => {
    let now = 0;
    let reads = 0;
    const cache = new RankingOptionsCache(5000, () => now);
    const load = async () => options(++reads);
    await cache.get(key, load);
    await cache.get(key, load);
    await cache.get({ ...key, referenceDate: '2026-11-28' }, load);
    expect(reads).toBe(2);
    now = 5001;
    await cache.get(key, load);
    expect(reads).toBe(3);
  });

  it('a change drops them at once, and a read running during the change is not kept', async () => {
    let reads = 0;
    const cache = new RankingOptionsCache(60_000);
    await cache.get(key, async () => options(++reads));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const change = cache.changing(() => gate);
    // a read while the change has not committed: it may see the old inputs…
    await cache.get(key, async () => options(++reads));
    release();
    await change;
    // …but is not what the next read gets
    expect(((await cache.get(key, async () => options(++reads))) as unknown as { n: number }).n).toBe(3);
  });

  it('a failed read is not kept', async () => {
    const cache = new RankingOptionsCache(60_000);
    await expect(cache.get(key, async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(((await cache.get(key, async () => options(7))) as unknown as { n: number }).n).toBe(7);
  });
});
