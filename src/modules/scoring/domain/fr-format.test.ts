import { describe, expect, it } from 'vitest';
import { frDate, frEuros, frNumber, frPercent1, frPercent2 } from './fr-format';

describe('French wording of figures (fr-FR, as Intl writes them)', () => {
  it('numbers, euros and rates with a decimal comma and the no-break spaces of fr-FR', () => {
    expect(frNumber(2300)).toBe(new Intl.NumberFormat('fr-FR').format(2300));
    expect(frNumber(2300)).toBe('2\u202f300');
    expect(frEuros(2300)).toBe('2\u202f300\u00a0€');
    expect(frEuros(620.5)).toBe('620,50\u00a0€');
    expect(frPercent2(30.434782)).toBe(new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 2 }).format(0.30434782));
    expect(frPercent2(30.434782)).toMatch(/^30,43[\u00a0\u202f]%$/);
    expect(frPercent1(31.8)).toBe(new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }).format(0.318));
    expect(frPercent1(31.8)).toMatch(/^31,8[\u00a0\u202f]%$/);
    expect(frPercent1(40)).toMatch(/^40[\u00a0\u202f]%$/);
  });

  it('dates as DD/MM/YYYY', () => {
    expect(frDate('1999-08-06')).toBe('06/08/1999');
  });
});
