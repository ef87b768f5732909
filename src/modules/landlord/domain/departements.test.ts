import { describe, expect, it } from 'vitest';
import { departementName, gapSentence, inDepartement } from './departements';

describe('the départements in French', () => {
  it('names them with the right article', () => {
    expect(inDepartement('69')).toBe('dans le Rhône');
    expect(inDepartement('01')).toBe('dans l’Ain');
    expect(inDepartement('78')).toBe('dans les Yvelines');
    expect(inDepartement('80')).toBe('dans la Somme');
    expect(inDepartement('75')).toBe('à Paris');
    expect(inDepartement('971')).toBe('en Guadeloupe');
    expect(inDepartement('974')).toBe('à La Réunion');
    expect(inDepartement('2A')).toBe('dans la Corse-du-Sud');
    expect(inDepartement('99')).toBe('dans le département 99');
    expect(departementName('13')).toBe('Bouches-du-Rhône');
  });

  it('says the gap with French plurals', () => {
    expect(gapSentence('69', { toPublish: 3, surplus: 0 })).toBe('Il reste 3 logements à proposer dans le Rhône.');
    expect(gapSentence('01', { toPublish: 1, surplus: 0 })).toBe('Il reste 1 logement à proposer dans l’Ain.');
    expect(gapSentence('93', { toPublish: 1200, surplus: 0 })).toBe('Il reste 1\u202f200 logements à proposer dans la Seine-Saint-Denis.');
    expect(gapSentence('38', { toPublish: 0, surplus: 0 })).toBe('Convention remplie dans l’Isère.');
    expect(gapSentence('38', { toPublish: 0, surplus: 2 })).toBe('Convention remplie dans l’Isère, avec 2 logements proposés en plus.');
  });
});
