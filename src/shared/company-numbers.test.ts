import { describe, expect, it } from 'vitest';
import { LA_POSTE_SIREN, luhnChecks, sirenIsValid, siretIsValid } from './company-numbers';
import { isValidSiren } from '../modules/landlord/domain/landlord';
import { sirenCheck, siretCheck } from '../modules/company-space/domain/siret';

describe('SIREN and SIRET checks (one home: shared/company-numbers.ts)', () => {
  it('a SIREN: nine digits, Luhn key', () => {
    for (const siren of ['552100554', '732829320', LA_POSTE_SIREN]) expect(sirenIsValid(siren)).toBe(true);
    for (const siren of ['552100555', '55210055', '5521005540', '55210055A', '', '552 100 554']) expect(sirenIsValid(siren)).toBe(false);
  });

  it('a SIRET: fourteen digits, Luhn key; La Poste’s establishments: sum of digits a multiple of 5', () => {
    expect(siretIsValid('55210055400013')).toBe(true);
    expect(siretIsValid('55210055400014')).toBe(false);
    expect(siretIsValid('35600000000048')).toBe(true); // La Poste's head office: Luhn
    expect(siretIsValid('35600000049837')).toBe(true); // an establishment: 3+5+6+4+9+8+3+7 = 45
    expect(siretIsValid('35600000049838')).toBe(false);
    expect(luhnChecks('')).toBe(false);
  });

  it('the landlord and company-space modules use the same functions, not copies', () => {
    expect(isValidSiren).toBe(sirenIsValid);
    expect(sirenCheck).toBe(sirenIsValid);
    expect(siretCheck).toBe(siretIsValid);
  });
});
