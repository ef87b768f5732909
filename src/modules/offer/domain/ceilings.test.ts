import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors';
import { CEILING_FINANCINGS, ceilingRowsFromJson, ceilingTableFromJson, ceilingTableFromRows, ceilingYears, plsFromPlus } from './ceilings';
import { incomeCeilingsJson, table } from '../testing/test-data';
import { ZONES } from './zone';

describe('ceilingTableFromJson over db/reference/income-ceilings.json', () => {
  it('reads the cells of every year, financing, zone and category', () => {
    expect(table.lookup(2026, 'PLUS', 'other_regions', 1)).toBe(23403);
    expect(table.lookup(2025, 'PLAI', 'paris_and_bordering', 3)).toBe(31369);
    expect(table.lookup(2026, 'PLS', 'ile_de_france_other', 4)).toBe(75309);
    expect(table.extraPerson(2026, 'PLUS', 'other_regions')).toBe(6710);
    expect(table.lookup(2024, 'PLAI', 'other_regions', 6)).toBe(32010);
  });

  it('has no figure for a year it does not hold (never guessed)', () => {
    expect(table.lookup(2027, 'PLUS', 'other_regions', 1)).toBeUndefined();
    expect(table.extraPerson(2023, 'PLUS', 'other_regions')).toBeUndefined();
  });

  it('yields 3 years × 3 financings × 3 zones × 7 cells, none derived since the file has PLS', () => {
    const rows = ceilingRowsFromJson(incomeCeilingsJson);
    expect(rows).toHaveLength(3 * 3 * 3 * 7);
    expect(ceilingYears(rows)).toEqual([2024, 2025, 2026]);
    expect(rows.every((r) => !r.derived)).toBe(true);
  });

  it('the file’s PLS cells are PLUS × 1.3 rounded (the rule the derivation applies)', () => {
    for (const year of [2024, 2025, 2026]) {
      for (const zone of ZONES) {
        for (const category of [1, 2, 3, 4, 5, 6] as const) {
          expect(table.lookup(year, 'PLS', zone, category)).toBe(plsFromPlus(table.lookup(year, 'PLUS', zone, category)!));
        }
        expect(table.extraPerson(year, 'PLS', zone)).toBe(plsFromPlus(table.extraPerson(year, 'PLUS', zone)!));
      }
    }
  });

  it('derives PLS from PLUS when a year has none, and marks the rows derived', () => {
    const json = structuredClone(incomeCeilingsJson) as { ceilings: Record<string, Record<string, unknown>> };
    delete json.ceilings['2026']!.PLS;
    const rows = ceilingRowsFromJson(json);
    const derived = rows.filter((r) => r.derived);
    expect(derived).toHaveLength(21);
    expect(derived.every((r) => r.year === 2026 && r.financing === 'PLS')).toBe(true);
    const t = ceilingTableFromRows(rows);
    expect(t.lookup(2026, 'PLS', 'ile_de_france_other', 4)).toBe(75309); // 57,930 × 1.3 = 75,309
    expect(t.extraPerson(2026, 'PLS', 'other_regions')).toBe(8723); // 6,710 × 1.3 = 8,723
  });

  it('rounds PLS to the nearest euro, halves up', () => {
    expect(plsFromPlus(26044)).toBe(33857); // 33,857.2
    expect(plsFromPlus(5)).toBe(7); // 6.5
    expect(plsFromPlus(26920)).toBe(34996);
  });

  it('refuses data that is not of the expected shape', () => {
    const code = (json: unknown) => {
      try {
        ceilingTableFromJson(json);
        return 'no error';
      } catch (e) {
        return (e as DomainError).code;
      }
    };
    expect(code(null)).toBe('OFFER.CEILING_TABLE_INVALID');
    expect(code({})).toBe('OFFER.CEILING_TABLE_INVALID');
    expect(code({ ceilings: { '26': {} } })).toBe('OFFER.CEILING_TABLE_INVALID');
    expect(code({ ceilings: { '2026': { PLI: {} } } })).toBe('OFFER.CEILING_TABLE_INVALID');
    const missingZone = structuredClone(incomeCeilingsJson) as { ceilings: Record<string, Record<string, Record<string, unknown>>> };
    delete missingZone.ceilings['2025']!.PLUS!.other_regions;
    expect(code(missingZone)).toBe('OFFER.CEILING_TABLE_INVALID');
    const badAmount = structuredClone(incomeCeilingsJson) as { ceilings: Record<string, Record<string, Record<string, Record<string, unknown>>>> };
    badAmount.ceilings['2025']!.PLUS!.other_regions!['3'] = '37259';
    expect(code(badAmount)).toBe('OFFER.CEILING_TABLE_INVALID');
    expect(code({ ceilings: {} })).toBe('no error');
  });

  it('lists the financings that have a table', () => {
    expect(CEILING_FINANCINGS).toEqual(['PLAI', 'PLUS', 'PLS']);
  });
});
