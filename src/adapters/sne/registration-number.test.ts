import { describe, expect, it } from 'vitest';
import {
  controlLetter,
  describeRegistrationNumber,
  formatRegistrationNumber,
  isRegistrationNumber,
  normalizeRegistrationNumber,
  registryDate,
  territoryOfCommune,
} from './registration-number';

describe('registration numbers (NUR/NUD)', () => {
  it('reads the real sample as territory, month-year, sequence, letter, counter', () => {
    expect(isRegistrationNumber('1110318016982G1104')).toBe(true);
    expect(describeRegistrationNumber('1110318016982G1104')).toEqual({
      territory: '111',
      month: '03',
      year2: '18',
      sequence: 16982,
      letter: 'G',
      counterCode: '1104',
    });
  });

  it('writes 18 characters, deterministically', () => {
    const parts = { territory: '059', registrationDate: '2025-06-02', sequence: 4217, counterCode: '0001' };
    const number = formatRegistrationNumber(parts);
    expect(number).toHaveLength(18);
    expect(number).toBe(formatRegistrationNumber(parts));
    expect(number).toMatch(/^0590625004217[A-Z]0001$/);
    expect(number[13]).toBe(controlLetter('0590625004217'));
    expect(formatRegistrationNumber({ ...parts, territory: '02A', sequence: 999_999 })).toMatch(/^02A0625999999[A-Z]0001$/);
    expect(() => formatRegistrationNumber({ ...parts, sequence: 1_000_000 })).toThrow(RangeError);
    expect(() => formatRegistrationNumber({ ...parts, counterCode: '12' })).toThrow(RangeError);
  });

  it('gives each territory its code: Île-de-France regional, elsewhere the département', () => {
    expect(territoryOfCommune('75113')).toBe('111');
    expect(territoryOfCommune('93066')).toBe('111');
    expect(territoryOfCommune('59350')).toBe('059');
    expect(territoryOfCommune('2A004')).toBe('02A');
    expect(territoryOfCommune('97411')).toBe('974');
    expect(territoryOfCommune('')).toBeUndefined();
    expect(territoryOfCommune('ABCDE')).toBeUndefined();
  });

  it('checks the shape only and tolerates what people type', () => {
    expect(isRegistrationNumber('1110318016982g1104')).toBe(false);
    expect(isRegistrationNumber('111031801698')).toBe(false);
    expect(normalizeRegistrationNumber(' 111 0318 016982 g-1104 ')).toBe('1110318016982G1104');
  });

  it('dates registrations in French time', () => {
    expect(registryDate(new Date('2025-06-01T22:30:00Z'))).toBe('2025-06-02');
    expect(registryDate(new Date('2025-01-01T22:30:00Z'))).toBe('2025-01-01');
  });
});
