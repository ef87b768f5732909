import { describe, expect, it } from 'vitest';
import { effortRatePercent, roundEffortRate } from './effort-rate';

describe('the effort rate (one home: shared/effort-rate.ts)', () => {
  it('is (rent + charges − expected housing benefit) ÷ monthly resources × 100, unrounded (scoring.md vectors)', () => {
    expect(effortRatePercent(620, 80, 0, 2_240)).toBe(31.25);
    expect(effortRatePercent(620, 80, 0, 2_000)).toBeCloseTo(35.0, 10);
    expect(effortRatePercent(620, 80, 0, 3_100)).toBeCloseTo(22.580645, 5);
    expect(effortRatePercent(620, 80, 0, 2_300)).toBeCloseTo(30.434782, 5);
    expect(effortRatePercent(620, 80, 100, 2_000)).toBe(30);
  });

  it('has no value without resources', () => {
    expect(effortRatePercent(620, 80, 0, 0)).toBeNull();
    expect(effortRatePercent(620, 80, 0, -1)).toBeNull();
    expect(effortRatePercent(620, 80, 0, Number.NaN)).toBeNull();
  });

  it('is shown and kept with one decimal', () => {
    expect(roundEffortRate(30.434782)).toBe(30.4);
    expect(roundEffortRate(22.58)).toBe(22.6);
    expect(roundEffortRate(31.25)).toBe(31.3);
    expect(roundEffortRate(35)).toBe(35);
    expect(roundEffortRate(null)).toBeNull();
  });
});
