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
  under30Criterion,
} from './als-criteria';
import { plainCriterion } from './criterion';
import { isoDateNumber } from './date-numbers';
import { seniorityOrder } from './ordering';

const offer = { rent: 620, charges: 80 };

describe('under 30 on the reference date (+70)', () => {
  it('gives 70 to a 27-year-old, with the fact', () => {
    expect(plainCriterion(under30Criterion('1998-05-02', '2026-03-01'))).toEqual({
      component: 'als',
      criterion: 'als.under_30',
      label: { fr: 'Moins de 30 ans à la date de référence', en: 'Under 30 on the reference date' },
      met: true,
      status: 'met',
      points: 70,
      fact: 'né(e) le 02/05/1998, 27 ans au 01/03/2026',
    });
    expect(under30Criterion('1999-08-06', '2026-12-01', '2').fact).toBe('née le 06/08/1999, 27 ans au 01/12/2026');
    expect(under30Criterion('1999-08-06', '2026-12-01', '1').fact).toBe('né le 06/08/1999, 27 ans au 01/12/2026');
  });

  it('gives 0 from the 30th birthday on', () => {
    expect(under30Criterion('1996-03-01', '2026-02-28')).toMatchObject({ met: true, points: 70 });
    expect(under30Criterion('1996-03-01', '2026-03-01')).toMatchObject({ met: false, points: 0, status: 'not_met', fact: 'né(e) le 01/03/1996, 30 ans au 01/03/2026' });
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
    expect(effortRatePercent(620, 80, 0, 0)).toBeNull(); // one formula, shared with the offer eligibility (issue 15, item 9)
    expect(effortRatePoints(undefined)).toBe(0);
    expect(plainCriterion(effortRateCriterion(offer, 0))).toMatchObject({ met: false, points: 0, fact: 'ressources mensuelles nulles : pas de taux d’effort' });
  });

  it('computes (rent + charges − benefit) / resources × 100', () => {
    expect(effortRatePercent(620, 80, 0, 2_240)).toBe(31.25);
    expect(effortRatePercent(620, 80, 100, 2_000)).toBe(30);
    expect(effortRateCriterion(offer, 2_240)).toMatchObject({
      points: 40,
      met: true,
      status: 'met',
      fact: '(620\u00a0€ + 80\u00a0€ − 0\u00a0€) / 2\u202f240\u00a0€ = 31,25\u00a0%, dans la bande de 26 à 33\u00a0%',
    });
    // partly met: part of the 40 points, and the line says how far from the band and what it gives
    expect(effortRateCriterion(offer, 2_000)).toMatchObject({
      points: 30,
      met: true,
      status: 'partly_met',
      fact: '(620\u00a0€ + 80\u00a0€ − 0\u00a0€) / 2\u202f000\u00a0€ = 35,00\u00a0%, à 2 points de la bande de 26 à 33\u00a0% (point entamé compté) : 40 − 2 × 5 = 30 points',
    });
    expect(effortRateCriterion(offer, 700 / 0.41)).toMatchObject({
      points: 0,
      met: false,
      status: 'not_met',
      fact: expect.stringContaining('à 8 points de la bande de 26 à 33\u00a0% (point entamé compté) : 40 − 8 × 5, ramené à 0'),
    });
    expect(effortRateCriterion(offer, 3_100).points).toBe(20);
    expect(effortRateCriterion(offer, 1_707.32).points).toBe(0); // 41 %
  });

  it('deducts the expected housing benefit', () => {
    // 700 − 200 = 500 over 2000 = 25 % → 1 point below the band → 35
    expect(effortRateCriterion(offer, 2_000, 200)).toMatchObject({
      points: 35,
      status: 'partly_met',
      fact: '(620\u00a0€ + 80\u00a0€ − 200\u00a0€) / 2\u202f000\u00a0€ = 25,00\u00a0%, à 1 point de la bande de 26 à 33\u00a0% (point entamé compté) : 40 − 1 × 5 = 35 points',
    });
  });

  it('is not fooled by floating point at the band edge', () => {
    // 0.1 + 0.2 style errors: 33.000000000000004 % is still inside the band
    expect(effortRatePoints(33.000000000000004)).toBe(40);
    expect(effortRatePoints(35.00000000000001)).toBe(30);
  });
});

describe('CAL refusal (+40)', () => {
  it('counts a refusal from the history or declared on an imported demand', () => {
    expect(calRefusalCriterion({ refused: true, source: 'history' })).toMatchObject({
      points: 40,
      met: true,
      fact: 'refus d’une CAL sur une offre précédente (historique des candidatures de la plateforme)',
    });
    expect(calRefusalCriterion({ refused: true, source: 'declared' })).toMatchObject({ points: 40, fact: 'refus d’une CAL déclaré sur la demande et vérifié par un agent' });
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
    expect(declinedAfterCalCriterion('2025-02-28', ref)).toMatchObject({ points: 0, met: false, fact: 'logement refusé le 28/02/2025, plus de 12 mois avant le 01/03/2026' });
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
    const { ranks, sortedDays } = seniorityOrder(Int32Array.from(dates, isoDateNumber));
    expect([...ranks]).toEqual([4, 1, 2, 2]);
    expect(dates.map((d) => seniorityRank(sortedDays, isoDateNumber(d)))).toEqual([4, 1, 2, 2]);
    expect([1, 2, 2, 4].map(seniorityPoints)).toEqual([20, 19, 19, 17]);
  });

  it('never below 0', () => {
    expect(seniorityPoints(20)).toBe(1);
    expect(seniorityPoints(21)).toBe(0);
    expect(seniorityPoints(500)).toBe(0);
  });

  it('states the date and the rank', () => {
    expect(plainCriterion(seniorityCriterion('2021-06-10', 2, 3))).toMatchObject({
      points: 19,
      met: true,
      status: 'partly_met',
      fact: 'demande enregistrée le 10/06/2021, rang 2 sur 3 par ancienneté',
    });
    expect(seniorityCriterion('2019-01-15', 1, 3)).toMatchObject({ points: 20, status: 'met' });
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
