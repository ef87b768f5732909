import { describe, expect, it } from 'vitest';
import { formatEuros, formatNumberFr } from './money';
import { memoizedFormat } from './number-format';

describe('memoizedFormat', () => {
  it('writes what the formatter writes, calling it once per value', () => {
    let calls = 0;
    const format = memoizedFormat((n) => {
      calls++;
      return `<${n}>`;
    });
    expect([format(1), format(2), format(1), format(1.5), format(2)]).toEqual(['<1>', '<2>', '<1>', '<1.5>', '<2>']);
    expect(calls).toBe(3);
  });

  it('stays bounded: past `max` values it forgets and formats again', () => {
    let calls = 0;
    const format = memoizedFormat((n) => {
      calls++;
      return String(n);
    }, 3);
    for (const n of [1, 2, 3, 4, 1]) format(n);
    expect(calls).toBe(5);
  });

  it('French amounts keep their plain-space grouping and decimal comma', () => {
    expect(formatNumberFr(41200.5)).toBe('41 200,5');
    expect(formatEuros(1234567.891)).toBe('1 234 567,89 €');
    expect(formatEuros(0)).toBe('0 €');
  });
});
