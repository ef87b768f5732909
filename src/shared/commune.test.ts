import { describe, expect, it } from 'vitest';
import { departementOfCommune, isDepartementCode } from './commune';

describe('the département of a commune (one home: shared/commune.ts)', () => {
  it('metropolitan and Corsican codes: two characters', () => {
    expect(departementOfCommune('69386')).toBe('69');
    expect(departementOfCommune('01004')).toBe('01');
    expect(departementOfCommune('75056')).toBe('75');
    expect(departementOfCommune('2A004')).toBe('2A');
    expect(departementOfCommune('2B033')).toBe('2B');
  });

  it('overseas départements 971–976: three characters', () => {
    expect(departementOfCommune('97105')).toBe('971'); // Guadeloupe
    expect(departementOfCommune('97209')).toBe('972'); // Martinique
    expect(departementOfCommune('97302')).toBe('973'); // Guyane
    expect(departementOfCommune('97411')).toBe('974'); // La Réunion
    expect(departementOfCommune('97611')).toBe('976'); // Mayotte
  });

  it('overseas collectivités (975, 977, 978, 98x): their three-character territory code', () => {
    expect(departementOfCommune('97502')).toBe('975'); // Saint-Pierre-et-Miquelon
    expect(departementOfCommune('97701')).toBe('977'); // Saint-Barthélemy
    expect(departementOfCommune('97801')).toBe('978'); // Saint-Martin
    expect(departementOfCommune('98611')).toBe('986'); // Wallis-et-Futuna
    expect(departementOfCommune('98735')).toBe('987'); // Polynésie française (Papeete)
    expect(departementOfCommune('98818')).toBe('988'); // Nouvelle-Calédonie (Nouméa)
  });

  it('nothing for what is not shaped like a commune code', () => {
    for (const code of [undefined, '', '6938', '693860', '2C004', '69 386', 'abcde', '2a004']) expect(departementOfCommune(code)).toBeUndefined();
  });
});

describe('département codes (filters, agreements, schemas)', () => {
  it('accepts what the rule gives for real communes, 98x included', () => {
    for (const code of ['69386', '01004', '2A004', '2B033', '97105', '97411', '97502', '97611', '97701', '97801', '98611', '98735', '98818']) {
      expect(isDepartementCode(departementOfCommune(code)!), code).toBe(true);
    }
  });

  it('refuses what is no département code', () => {
    for (const code of ['', '0', '00', '20', '96', '99', '970', '979', '980', '983', '2C', '691', '69 ', 'x'.repeat(50)]) expect(isDepartementCode(code), code).toBe(false);
  });
});
