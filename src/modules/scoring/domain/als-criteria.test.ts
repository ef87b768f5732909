import { describe, expect, it } from 'vitest';
import {
  alsComponent,
  calRefusalCriterion,
  declinedAfterCalCriterion,
  effortRateCriterion,
  effortRatePercent,
  effortRatePoints,
  mobilityCriterion,
  seniorityCriterion,
  seniorityPoints,
  seniorityRank,
  seniorityRanks,
  sortedRegistrationDays,
  under30Criterion,
} from './als-criteria';
import { plainCriterion } from './criterion';
import { isoDateNumber } from './date-numbers';

const offer = { rent: 620, charges: 80 };

describe('under 30 on the reference date (+70)', () => {
  it('gives 70 to a 27-year-old, with the fact', () => {
    expect(plainCriterion(under30Criterion('1998-05-02', '2026-03-01'))).toEqual({
      component: 'als',
      criterion: 'als.under_30',
      label: { fr: 'Moins de 30 ans à la date de référence', en: 'Under 30 on the reference date' },
      met: true,
      points: 70,
      fact: 'born 1998-05-02, 27 on 2026-03-01',
    });
  });

  it('gives 0 from the 30th birthday on', () => {
    expect(under30Criterion('1996-03-01', '2026-02-28')).toMatchObject({ met: true, points: 70 });
    expect(under30Criterion('1996-03-01', '2026-03-01')).toMatchObject({ met: false, points: 0, fact: 'born 1996-03-01, 30 on 2026-03-01' });
  });

  it('born on 29 February: 30 on 1 March of a common year', () => {
    expect(under30Criterion('1996-02-29', '2026-02-28').points).toBe(70);
    expect(under30Criterion('1996-02-29', '2026-03-01').points).toBe(0);
  });
});

describe('mobility (+70)', () => {
  it('counts only a mobility declared and checked', () => {
    expect(mobilityCriterion(true)).toMatchObject({ criterion: 'als.mobility', met: true, points: 70 });
    expect(mobilityCriterion(false)).toMatchObject({ met: false, points: 0 });
  });
});

describe('effort rate (+40 inside [26, 33], −5 per started point outside)', () => {
  it.each([
    [31.25, 40],
    [35.0, 30],
    [22.58, 20],
    [41, 0],
    [26, 40],
    [33, 40],
    [33.01, 35],
    [25.99, 35],
    [34, 35],
    [10, 0],
    [-5, 0],
  ])('%s %% → %s points', (rate, points) => {
    expect(effortRatePoints(rate)).toBe(points);
  });

  it('resources of 0 give no rate and 0 points', () => {
    expect(effortRatePercent(620, 80, 0, 0)).toBeUndefined();
    expect(effortRatePoints(undefined)).toBe(0);
    expect(plainCriterion(effortRateCriterion(offer, 0))).toMatchObject({ met: false, points: 0, fact: 'monthly resources of 0: no effort rate' });
  });

  it('computes (rent + charges − benefit) / resources × 100', () => {
    expect(effortRatePercent(620, 80, 0, 2_240)).toBe(31.25);
    expect(effortRatePercent(620, 80, 100, 2_000)).toBe(30);
    expect(effortRateCriterion(offer, 2_240)).toMatchObject({ points: 40, met: true, fact: '(620 + 80 − 0) / 2240 = 31.25 %' });
    expect(effortRateCriterion(offer, 2_000)).toMatchObject({ points: 30, fact: '(620 + 80 − 0) / 2000 = 35.00 %' });
    expect(effortRateCriterion(offer, 3_100).points).toBe(20);
    expect(effortRateCriterion(offer, 1_707.32).points).toBe(0); // 41 %
  });

  it('deducts the expected housing benefit', () => {
    // 700 − 200 = 500 over 2000 = 25 % → 1 point below the band → 35
    expect(effortRateCriterion(offer, 2_000, 200)).toMatchObject({ points: 35, fact: '(620 + 80 − 200) / 2000 = 25.00 %' });
  });

  it('is not fooled by floating point at the band edge', () => {
    // 0.1 + 0.2 style errors: 33.000000000000004 % is still inside the band
    expect(effortRatePoints(33.000000000000004)).toBe(40);
    expect(effortRatePoints(35.00000000000001)).toBe(30);
  });
});

describe('CAL refusal (+40)', () => {
  it('counts a refusal from the history or declared on an imported demand', () => {
    expect(calRefusalCriterion({ refused: true, source: 'history' })).toMatchObject({ points: 40, met: true, fact: expect.stringContaining('history') });
    expect(calRefusalCriterion({ refused: true, source: 'declared' })).toMatchObject({ points: 40, fact: expect.stringContaining('declared') });
    expect(calRefusalCriterion({ refused: false, source: 'history' })).toMatchObject({ points: 0, met: false });
  });
});

describe('declined after CAL acceptance (−40 within the last 12 months)', () => {
  const ref = '2026-03-01';
  it('applies within 12 months before the reference date, both ends included', () => {
    expect(declinedAfterCalCriterion('2025-08-20', ref)).toMatchObject({ points: -40, met: true });
    expect(declinedAfterCalCriterion('2025-03-01', ref).points).toBe(-40);
    expect(declinedAfterCalCriterion(ref, ref).points).toBe(-40);
  });

  it('no malus when declined more than 12 months ago', () => {
    expect(declinedAfterCalCriterion('2025-02-28', ref)).toMatchObject({ points: 0, met: false, fact: 'declined on 2025-02-28, more than 12 months before 2026-03-01' });
    expect(declinedAfterCalCriterion('2023-06-01', ref).points).toBe(0);
  });

  it('no malus when never declined, or declined after the reference date', () => {
    expect(declinedAfterCalCriterion(undefined, ref).points).toBe(0);
    expect(declinedAfterCalCriterion('2026-03-02', ref).points).toBe(0);
  });
});

describe('seniority (+20 for the oldest, −1 per rank)', () => {
  it('equal dates share a rank: 1, 2, 2, 4', () => {
    const dates = ['2020-01-01', '2018-06-01', '2019-03-03', '2019-03-03'];
    const ranks = seniorityRanks(dates);
    expect(dates.map((d) => ranks.get(d))).toEqual([4, 1, 2, 2]);
    const sorted = sortedRegistrationDays(dates);
    expect(dates.map((d) => seniorityRank(sorted, isoDateNumber(d)))).toEqual([4, 1, 2, 2]);
    expect([1, 2, 2, 4].map(seniorityPoints)).toEqual([20, 19, 19, 17]);
  });

  it('never below 0', () => {
    expect(seniorityPoints(20)).toBe(1);
    expect(seniorityPoints(21)).toBe(0);
    expect(seniorityPoints(500)).toBe(0);
  });

  it('states the date and the rank', () => {
    expect(plainCriterion(seniorityCriterion('2021-06-10', 2, 3))).toMatchObject({ points: 19, met: true, fact: 'registered 2021-06-10, rank 2 of 3' });
  });
});

describe('ALS component clamped to [0, 240]', () => {
  it('keeps the unclamped sum only when clamping changed it', () => {
    expect(alsComponent(199)).toEqual({ points: 199 });
    expect(alsComponent(-2)).toEqual({ points: 0, clampedFrom: -2 });
    expect(alsComponent(0)).toEqual({ points: 0 });
    expect(alsComponent(240)).toEqual({ points: 240 });
    expect(alsComponent(250)).toEqual({ points: 240, clampedFrom: 250 });
  });
});
