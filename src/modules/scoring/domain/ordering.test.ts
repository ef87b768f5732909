import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../../../shared/dates';
import { ageInYears, formatPercent2, isoDateNumber } from './date-numbers';
import { rankingOrder, seniorityOrder, type RankingKeys } from './ordering';

const DAY_MS = 86_400_000;
const isoArb = fc.integer({ min: Date.UTC(1900, 0, 1) / DAY_MS, max: Date.UTC(2100, 11, 31) / DAY_MS }).map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10));

describe('date numbers', () => {
  it('isoDateNumber orders like the ISO strings', () => {
    fc.assert(
      fc.property(isoArb, isoArb, (a, b) => {
        expect(Math.sign(isoDateNumber(a) - isoDateNumber(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
    expect(isoDateNumber('2026-03-01')).toBe(20260301);
  });

  it('ageInYears agrees with the shared ageOn', () => {
    fc.assert(
      fc.property(isoArb, isoArb, (birth, on) => {
        expect(ageInYears(birth, on)).toBe(ageOn(birth, on));
      }),
    );
    expect(ageInYears('1996-02-29', '2026-02-28')).toBe(29);
  });

  it('formatPercent2 writes two decimals', () => {
    expect(formatPercent2(30.434782)).toBe('30.43');
    expect(formatPercent2(35)).toBe('35.00');
    expect(formatPercent2(22.580645)).toBe('22.58');
    expect(formatPercent2(7.005)).toBe('7.01');
    expect(formatPercent2(-5.2)).toBe('-5.20');
    expect(formatPercent2(-0.001)).toBe('0.00');
  });
});

/** the reference: a plain comparator sort */
function naiveOrder(keys: RankingKeys): number[] {
  return Array.from({ length: keys.totals.length }, (_, i) => i).sort(
    (a, b) =>
      (keys.totals[b] as number) - (keys.totals[a] as number) ||
      (keys.denseDays[a] as number) - (keys.denseDays[b] as number) ||
      (keys.tieBreaks[a]?.submittedAt.getTime() as number) - (keys.tieBreaks[b]?.submittedAt.getTime() as number) ||
      ((keys.tieBreaks[a]?.candidacyId as string) < (keys.tieBreaks[b]?.candidacyId as string) ? -1 : 1),
  );
}

describe('ordering', () => {
  it('seniorityOrder gives competition and dense ranks of the days', () => {
    const order = seniorityOrder(Int32Array.from([20200101, 20180601, 20190303, 20190303]));
    expect([...order.ranks]).toEqual([4, 1, 2, 2]);
    expect([...order.denseRanks]).toEqual([3, 1, 2, 2]);
    expect(order.distinctDays).toBe(3);
    expect([...order.sortedDays]).toEqual([20180601, 20190303, 20190303, 20200101]);
  });

  it('seniorityOrder agrees with counting older days', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 20190101, max: 20190110 }), { maxLength: 60 }), (raw) => {
        const days = Int32Array.from(raw);
        const { ranks } = seniorityOrder(days);
        raw.forEach((d, i) => expect(ranks[i]).toBe(1 + raw.filter((x) => x < d).length));
      }),
    );
  });

  it('rankingOrder agrees with a plain comparator sort, packed (integer totals) or not', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            total: fc.oneof(
              fc.integer({ min: 0, max: 30 }),
              fc.integer({ min: 0, max: 60 }).map((x) => x / 2),
            ),
            day: fc.integer({ min: 1, max: 5 }),
            submitted: fc.integer({ min: 0, max: 3 }),
            id: fc.string({ maxLength: 3 }),
          }),
          { maxLength: 80 },
        ),
        (rows) => {
          const unique = rows.filter((r, i) => rows.findIndex((x) => x.id === r.id) === i);
          const keys: RankingKeys = {
            totals: Float64Array.from(unique.map((r) => r.total)),
            denseDays: Int32Array.from(unique.map((r) => r.day)),
            distinctDays: 5,
            tieBreaks: unique.map((r) => ({ submittedAt: new Date(r.submitted), candidacyId: r.id })),
          };
          expect([...rankingOrder(keys)]).toEqual(naiveOrder(keys));
        },
      ),
      { numRuns: 300 },
    );
  });
});
