import { describe, expect, it } from 'vitest';
import { RankingCache } from './ranking-cache';

const day = '2026-11-27';

describe('RankingCache bounds', () => {
  it('keeps the total weight under its maximum, dropping the oldest stored first', () => {
    const cache = new RankingCache<{ n: number }>(60_000, 100, (v) => v.n, 1_000);
    const now = Date.now();
    cache.set('a', 1, day, now, { n: 400 });
    cache.set('b', 1, day, now, { n: 400 });
    cache.set('c', 1, day, now, { n: 400 }); // 1,200 > 1,000: "a" goes
    expect(cache.get('a', 1, day, now)).toBeUndefined();
    expect(cache.get('b', 1, day, now)).toEqual({ n: 400 });
    expect(cache.get('c', 1, day, now)).toEqual({ n: 400 });
    expect(cache.heldWeight).toBe(800);
  });

  it('never stores a ranking heavier than the whole budget, and keeps the count bound', () => {
    const cache = new RankingCache<{ n: number }>(60_000, 2, (v) => v.n, 1_000);
    const now = Date.now();
    cache.set('huge', 1, day, now, { n: 5_000 });
    expect(cache.size).toBe(0);
    for (const id of ['x', 'y', 'z']) cache.set(id, 1, day, now, { n: 1 });
    expect(cache.size).toBe(2);
    expect(cache.get('x', 1, day, now)).toBeUndefined();
  });

  it('drops expired entries when new ones come, and gives their weight back', () => {
    const cache = new RankingCache<{ n: number }>(1_000, 100, (v) => v.n, 1_000);
    const long = Date.now() - 5_000;
    cache.set('old', 1, day, long, { n: 900 });
    expect(cache.heldWeight).toBe(900);
    cache.set('new', 1, day, Date.now(), { n: 50 });
    expect(cache.size).toBe(1);
    expect(cache.heldWeight).toBe(50);
    cache.invalidate('new');
    expect(cache.heldWeight).toBe(0);
  });
});

describe('RankingCache on the platform’s clock', () => {
  it('serves an entry by the Clock’s time, wherever the process clock is (a fixed clock years away)', () => {
    const cache = new RankingCache<{ n: number }>(60_000);
    const platformNow = Date.parse('2020-03-01T10:00:00Z');
    cache.set('o', 1, day, platformNow, { n: 1 });
    expect(cache.get('o', 1, day, platformNow + 59_000)).toEqual({ n: 1 });
    expect(cache.peek('o', 1, platformNow + 59_000)).toEqual({ n: 1 });
  });

  it('lets an entry go once the TTL has passed on the Clock, even when the process clock has not moved', () => {
    const cache = new RankingCache<{ n: number }>(60_000);
    const platformNow = Date.parse('2040-03-01T10:00:00Z');
    cache.set('o', 1, day, platformNow, { n: 1 });
    expect(cache.peek('o', 1, platformNow + 61_000)).toBeUndefined();
    expect(cache.get('o', 1, day, platformNow + 61_000)).toBeUndefined();
  });
});
