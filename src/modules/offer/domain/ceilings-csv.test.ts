import { describe, expect, it } from 'vitest';
import { ceilingYearFor, ceilingYearNotice } from './ceilings';
import { CEILING_CSV_MAX_BYTES, parseCeilingCsv } from './ceilings-csv';
import { ZONES } from './zone';

const CATEGORIES = ['1', '2', '3', '4', '5', '6', 'supplementaire'];

/** A complete year: PLAI and PLUS for every zone and category (PLS left to be derived). */
function completeCsv(year = 2027, separator = ';'): string {
  const lines = [['annee', 'financement', 'zone', 'categorie', 'montant'].join(separator)];
  for (const [f, base] of [
    ['PLAI', 13_000],
    ['PLUS', 23_000],
  ] as const) {
    for (const [z, zone] of ZONES.entries()) {
      for (const [c, category] of CATEGORIES.entries()) lines.push([year, f, zone, category, base + z * 1000 + c * 100].join(separator));
    }
  }
  return lines.join('\r\n') + '\r\n';
}

describe('which year of ceilings decides', () => {
  it('the year of the check when published, else the last published year before it, else none', () => {
    expect(ceilingYearFor(2026, [2024, 2025, 2026])).toEqual({ checkYear: 2026, year: 2026, published: true });
    expect(ceilingYearFor(2027, [2024, 2025, 2026])).toEqual({ checkYear: 2027, year: 2026, published: false });
    expect(ceilingYearFor(2030, [2026, 2024])).toEqual({ checkYear: 2030, year: 2026, published: false });
    expect(ceilingYearFor(2023, [2024, 2025])).toEqual({ checkYear: 2023, year: null, published: false });
    expect(ceilingYearNotice(ceilingYearFor(2026, [2026]))).toBeNull();
    expect(ceilingYearNotice(ceilingYearFor(2027, [2026]))?.fr).toBe('Les plafonds de ressources 2027 ne sont pas encore publiés : la plateforme applique ceux de 2026.');
    expect(ceilingYearNotice(ceilingYearFor(2023, [2024]))?.fr).toContain('l’éligibilité ne peut pas être déterminée');
  });
});

describe('a year of ceilings from an administrator’s CSV', () => {
  it('reads a complete year (either separator, CRLF), deriving PLS from PLUS × 1.3', () => {
    for (const separator of [';', ',']) {
      const parsed = parseCeilingCsv(completeCsv(2027, separator));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.year).toBe(2027);
      expect(parsed.rows).toHaveLength(3 * 3 * 7);
      const plus1 = parsed.rows.find((r) => r.financing === 'PLUS' && r.zone === 'other_regions' && r.category === 1)!;
      const pls1 = parsed.rows.find((r) => r.financing === 'PLS' && r.zone === 'other_regions' && r.category === 1)!;
      expect(pls1).toMatchObject({ amount: Math.round(plus1.amount * 1.3), derived: true });
      expect(parsed.rows.find((r) => r.financing === 'PLAI' && r.zone === 'paris_and_bordering' && r.category === 'extraPerson')).toMatchObject({ amount: 13_600, derived: false });
    }
  });

  it('reports every faulty line with its number, in French, and applies nothing', () => {
    const lines = completeCsv().split('\r\n');
    lines[2] = '20x7;PLUS;other_regions;1;23000';
    lines[3] = '2027;PLI;other_regions;1;23000';
    lines[4] = '2027;PLUS;lune;1;23000';
    lines[5] = '2027;PLUS;other_regions;9;23000';
    lines[6] = '2027;PLUS;other_regions;1;-5';
    lines[7] = '2027;PLUS;other_regions';
    const parsed = parseCeilingCsv(lines.join('\n'));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(parsed.problems[0]!.message).toContain('Année « 20x7 » invalide');
    expect(parsed.problems[1]!.message).toContain('Financement « PLI » inconnu');
    expect(parsed.problems[2]!.message).toContain('Zone « lune » inconnue');
    expect(parsed.problems[3]!.message).toContain('Catégorie « 9 » inconnue');
    expect(parsed.problems[4]!.message).toContain('Montant « -5 » invalide');
    expect(parsed.problems[5]!.message).toBe('La ligne doit avoir 5 champs, elle en a 3.');
  });

  it('refuses a missing cell, a duplicate, two years, a wrong header, an empty or oversized file', () => {
    const lines = completeCsv().trim().split('\r\n');
    const missing = parseCeilingCsv(lines.filter((l) => l !== '2027;PLUS;other_regions;supplementaire;25600').join('\n'));
    expect(missing).toEqual({ ok: false, problems: [{ line: 0, message: 'Il manque le plafond PLUS, zone other_regions, personne supplémentaire.' }] });
    const duplicate = parseCeilingCsv([...lines, lines[1]!].join('\n'));
    expect(duplicate.ok === false && duplicate.problems[0]).toMatchObject({ line: lines.length + 1, message: expect.stringContaining('figure déjà à la ligne 2') });
    const twoYears = parseCeilingCsv([...lines, '2028;PLS;other_regions;1;30000'].join('\n'));
    expect(twoYears.ok === false && twoYears.problems[0]!.message).toContain('une seule année');
    expect(parseCeilingCsv('year;financing;zone;category;amount\n').ok).toBe(false);
    expect(parseCeilingCsv('')).toEqual({ ok: false, problems: [{ line: 0, message: 'Le fichier est vide.' }] });
    expect(parseCeilingCsv('annee;financement;zone;categorie;montant\n')).toEqual({
      ok: false,
      problems: [{ line: 0, message: 'Le fichier ne contient aucune ligne de données.' }],
    });
    expect(parseCeilingCsv('x'.repeat(CEILING_CSV_MAX_BYTES + 1)).ok).toBe(false);
    // a partial PLS block is refused (complete, or absent to be derived)
    const partialPls = parseCeilingCsv([...lines, '2027;PLS;other_regions;1;30000'].join('\n'));
    expect(partialPls.ok === false && partialPls.problems.length).toBe(20);
  });

  it('answers fast on a hostile line (no pattern on input)', () => {
    const hostile = `annee;financement;zone;categorie;montant\n${'2027;'.repeat(5000)}`;
    const started = performance.now();
    expect(parseCeilingCsv(hostile).ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
