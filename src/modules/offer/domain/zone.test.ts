import { describe, expect, it } from 'vitest';
import { parisBorderingJson, parisCodes } from '../testing/test-data';
import { departementOf, ileDeFranceDepartementsFromJson, isValidInseeCode, normalizeInseeCode, parisAndBorderingCodesFromJson, zoneOf, zoneResolverFrom } from './zone';

describe('isValidInseeCode', () => {
  it.each(['69386', '93048', '78646', '59350', '13055', '75056', '75112', '01001', '2A004', '2B033', '97411', '97101', '97611', '98735'])('accepts %s', (code) =>
    expect(isValidInseeCode(code)).toBe(true),
  );
  it.each(['', '6938', '693860', 'ABCDE', '20004', '2C004', '2a004', '96001', '99999', '00001', '75000', '97100', '97901', '69 38', ' 69386'])('refuses %j', (code) =>
    expect(isValidInseeCode(code)).toBe(false),
  );
  it('normalises typed codes', () => expect(normalizeInseeCode(' 2a004 ')).toBe('2A004'));
});

describe('departementOf', () => {
  it('takes two characters, 2A/2B in Corsica, three overseas', () => {
    expect(departementOf('69386')).toBe('69');
    expect(departementOf('2A004')).toBe('2A');
    expect(departementOf('2B033')).toBe('2B');
    expect(departementOf('97411')).toBe('974');
    expect(departementOf('98735')).toBe('987');
  });
  it('refuses a malformed code with OFFER.INVALID_COMMUNE_CODE', () => {
    expect(() => departementOf('99999')).toThrowError(expect.objectContaining({ code: 'OFFER.INVALID_COMMUNE_CODE', kind: 'invalid' }));
  });
});

describe('zoneOf (eligibility.md §1)', () => {
  it('reads 50 Paris-and-bordering codes from the reference file (Paris, 20 arrondissements, 29 bordering)', () => {
    expect(parisCodes.size).toBe(50);
    expect(ileDeFranceDepartementsFromJson(parisBorderingJson)).toEqual(new Set(['75', '77', '78', '91', '92', '93', '94', '95']));
  });
  it.each([
    ['69386', 'other_regions'], // Lyon 6e
    ['59350', 'other_regions'], // Lille
    ['13055', 'other_regions'], // Marseille
    ['2A004', 'other_regions'], // Ajaccio
    ['97411', 'other_regions'], // Saint-Denis (La Réunion)
    ['93048', 'paris_and_bordering'], // Montreuil
    ['93066', 'paris_and_bordering'], // Saint-Denis (93)
    ['75056', 'paris_and_bordering'],
    ['75120', 'paris_and_bordering'],
    ['92012', 'paris_and_bordering'], // Boulogne-Billancourt
    ['78646', 'ile_de_france_other'], // Versailles
    ['92050', 'ile_de_france_other'], // Nanterre
    ['77288', 'ile_de_france_other'], // Meaux
    ['95018', 'ile_de_france_other'], // Argenteuil
  ] as const)('%s → %s', (code, zone) => {
    expect(zoneOf(code, parisCodes)).toBe(zone);
    expect(zoneResolverFrom(parisCodes).zoneOf(code)).toBe(zone);
  });
  it('refuses a malformed code', () => {
    expect(() => zoneOf('7505', parisCodes)).toThrowError(expect.objectContaining({ code: 'OFFER.INVALID_COMMUNE_CODE' }));
  });
  it('refuses a malformed reference file', () => {
    expect(() => parisAndBorderingCodesFromJson({ paris: ['75056'] })).toThrowError(expect.objectContaining({ code: 'OFFER.CEILING_TABLE_INVALID' }));
    expect(() => parisAndBorderingCodesFromJson({ paris: ['7505'], bordering: {} })).toThrowError(expect.objectContaining({ code: 'OFFER.CEILING_TABLE_INVALID' }));
  });
});
