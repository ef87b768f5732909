import { describe, expect, it } from 'vitest';
import { deName, plural, pluralWord } from './french';

/** French typography of the server-rendered portals: the elision of « de » before a name, real plurals. */
describe('deName: « de » elided before a vowel, with the typographic apostrophe', () => {
  it('elides before a vowel, accented or not, whatever its case', () => {
    expect(deName('Amina Diallo')).toBe('d’Amina Diallo');
    expect(deName('Emma Leroy')).toBe('d’Emma Leroy');
    expect(deName('Inès Moreau')).toBe('d’Inès Moreau');
    expect(deName('Élodie Martin')).toBe('d’Élodie Martin');
    expect(deName('Œdipe Roi')).toBe('d’Œdipe Roi');
    expect(deName('ulysse')).toBe('d’ulysse');
    expect(deName('  Olivier Petit ')).toBe('d’Olivier Petit');
  });

  it('keeps « de » before a consonant, an « h » and a « y » that is a consonant', () => {
    expect(deName('Bruno Martin')).toBe('de Bruno Martin');
    expect(deName('Hugo Lambert')).toBe('de Hugo Lambert');
    expect(deName('Yasmine Benali')).toBe('de Yasmine Benali');
    expect(deName('Yves Durand')).toBe('d’Yves Durand');
    expect(deName('')).toBe('de ');
  });
});

describe('plural: 0 and 1 are singular in French, numbers in French format', () => {
  it('agrees the word with the count', () => {
    expect(plural(0, 'logement')).toBe('0 logement');
    expect(plural(1, 'pièce principale', 'pièces principales')).toBe('1 pièce principale');
    expect(plural(2, 'logement')).toBe('2 logements');
    expect(plural(1500, 'salarié').replace(/\s/g, ' ')).toBe('1 500 salariés');
    expect(pluralWord(1, 'restante')).toBe('restante');
    expect(pluralWord(3, 'restante')).toBe('restantes');
  });
});
