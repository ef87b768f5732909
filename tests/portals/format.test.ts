import { describe, expect, it } from 'vitest';
import { deName, formatDate, formatDateTime, formatEuros, formatPercent, formatSurface, formatTypology, plural } from '../../portals/shared/format';
import { deName as serverDeName } from '../../src/adapters/web/kit/french';

/** The portals' French formats (portals/shared/format.ts): what the applicant reads. */
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('portals: French formats', () => {
  it('euros: whole amounts without cents, others with two decimals, thousands spaced', () => {
    expect(plain(formatEuros(620))).toBe('620 €');
    expect(plain(formatEuros(712.5))).toBe('712,50 €');
    expect(plain(formatEuros(20_000))).toBe('20 000 €');
  });

  it('a percentage as the API gives it (33.3 for a third), surfaces and typologies', () => {
    expect(plain(formatPercent(33.3))).toBe('33,3 %');
    expect(plain(formatPercent(30.43))).toBe('30,4 %');
    expect(formatSurface(46.5)).toBe('46,5 m²');
    expect(formatTypology(2)).toBe('T2');
  });

  it('calendar dates are never shifted by the time zone; timestamps in Paris time', () => {
    expect(formatDate('2026-03-31')).toBe('31 mars 2026');
    expect(formatDate('2027-01-01')).toBe('1 janvier 2027');
    expect(formatDate('not a date')).toBe('not a date');
    expect(plain(formatDateTime('2026-12-06T23:30:00Z'))).toBe('7 décembre 2026 à 00:30');
  });

  it('counts in French', () => {
    expect(plural(0, 'candidature', 'candidatures', 'aucune candidature')).toBe('aucune candidature');
    expect(plural(1, 'candidature', 'candidatures')).toBe('1 candidature');
    expect(plural(3, 'candidature', 'candidatures')).toBe('3 candidatures');
    expect(plain(plural(1200, 'offre', 'offres'))).toBe('1 200 offres');
  });

  it('« de » before a name: elided before a vowel, as on the server pages', () => {
    const names = ['Bruno', 'Emma', ' Amina ', 'Yves', 'Yasmine', 'Hugo', 'Élodie', 'Œdipe', 'la personne 2', 'Paul Collègue'];
    expect(names.map(deName)).toEqual(['de Bruno', 'd’Emma', 'd’Amina', 'd’Yves', 'de Yasmine', 'de Hugo', 'd’Élodie', 'd’Œdipe', 'de la personne 2', 'de Paul Collègue']);
    for (const n of names) expect(deName(n)).toBe(serverDeName(n));
  });
});
