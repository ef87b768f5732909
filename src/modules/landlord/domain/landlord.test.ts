import { describe, expect, it } from 'vitest';
import { isValidSiren, normalizeSiren, validateLandlordData } from './landlord';

describe('SIREN', () => {
  it('accepts nine digits with a valid Luhn key', () => {
    expect(isValidSiren('552100554')).toBe(true); // a real SIREN
    expect(isValidSiren('732829320')).toBe(true);
    expect(isValidSiren(normalizeSiren('552 100 554'))).toBe(true);
  });
  it('refuses a wrong key, a wrong length or letters', () => {
    expect(isValidSiren('552100555')).toBe(false);
    expect(isValidSiren('55210055')).toBe(false);
    expect(isValidSiren('5521005540')).toBe(false);
    expect(isValidSiren('55210055A')).toBe(false);
  });
});

describe('landlord data', () => {
  it('names every field at fault', () => {
    const errors = validateLandlordData({ siren: '123456789', name: ' ', kind: 'XYZ' as never, regions: ['11', '99'] });
    expect(errors.map((e) => e.field)).toEqual(['siren', 'name', 'kind', 'regions.1']);
  });
  it('accepts a complete landlord', () => {
    expect(validateLandlordData({ siren: '552100554', name: 'Habitat 93', kind: 'OPH', regions: ['11'] })).toEqual([]);
  });
});
