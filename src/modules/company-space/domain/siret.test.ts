import { describe, expect, it } from 'vitest';
import { luhnChecks, normalizeCompanyNumber, sirenCheck, sirenOf, siretCheck } from './siret';

describe('SIREN and SIRET checks', () => {
  it('accepts numbers with a valid Luhn key and refuses a wrong key', () => {
    expect(sirenCheck('552100554')).toBe(true);
    expect(sirenCheck('552100555')).toBe(false);
    expect(siretCheck('55210055400013')).toBe(true);
    expect(siretCheck('55210055400014')).toBe(false);
    expect(siretCheck('73282932000074')).toBe(true);
  });

  it('refuses anything but 9 / 14 digits', () => {
    expect(sirenCheck('55210055')).toBe(false);
    expect(siretCheck('5521005540001')).toBe(false);
    expect(siretCheck('552100554000130')).toBe(false);
    expect(siretCheck('5521005540001A')).toBe(false);
    expect(luhnChecks('')).toBe(false);
  });

  it('La Poste establishments: sum of digits multiple of 5; its head office follows Luhn', () => {
    expect(siretCheck('35600000012346')).toBe(true); // digit sum 30
    expect(siretCheck('35600000012345')).toBe(false); // digit sum 29
    expect(luhnChecks('35600000012346')).toBe(false); // would fail the ordinary rule
    expect(siretCheck('35600000000048')).toBe(true); // head office, Luhn
    expect(sirenCheck('356000000')).toBe(true);
  });

  it('normalises typed numbers and derives the SIREN', () => {
    expect(normalizeCompanyNumber('552 100 554 00013')).toBe('55210055400013');
    expect(normalizeCompanyNumber('552.100.554')).toBe('552100554');
    expect(sirenOf('55210055400013')).toBe('552100554');
  });
});
