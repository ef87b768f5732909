import { describe, expect, it } from 'vitest';
import { formatEuros, formatNumberFr } from './money';

describe('French amounts', () => {
  it('whole euros without decimals, cents always with two digits', () => {
    expect(formatEuros(41200)).toBe('41 200 €');
    expect(formatEuros(620.5)).toBe('620,50 €');
    expect(formatEuros(1234.05)).toBe('1 234,05 €');
    expect(formatEuros(0)).toBe('0 €');
  });
  it('other numbers keep at most two decimals, none when whole', () => {
    expect(formatNumberFr(41200.5)).toBe('41 200,5');
    expect(formatNumberFr(12)).toBe('12');
  });
});
