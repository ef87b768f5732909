import { describe, expect, it } from 'vitest';
import {
  FLUX_REPORT_COLUMNS,
  agreementProgress,
  countsAsProposed,
  csvField,
  fluxGap,
  fluxReportCsv,
  fluxReportRows,
  fluxReportTotals,
  isDepartementCode,
  toCsv,
  validateReservationAgreement,
  type FluxOffer,
} from './flux';

const offers: FluxOffer[] = [
  { typology: 3, financing: 'PLUS', communeCode: '69386', communeName: 'Lyon 6e Arrondissement', status: 'allocated' },
  { typology: 3, financing: 'PLUS', communeCode: '69386', status: 'published' },
  { typology: 2, financing: 'PLAI', communeCode: '69386', status: 'transmitted' },
  { typology: 3, financing: 'PLS', communeCode: '69386', status: 'closed' },
  { typology: 4, financing: 'PLUS', communeCode: '69266', communeName: 'Villeurbanne', status: 'allocated' },
  { typology: 1, financing: 'PLUS', communeCode: '69266', status: 'draft' },
  { typology: 1, financing: 'PLUS', communeCode: '69266', status: 'in_instruction' },
  { typology: 5, financing: 'PLUS', communeCode: '69266', status: 'withdrawn' },
  { typology: 5, financing: 'PLUS', communeCode: '69266', status: 'withdrawn', everPublished: true },
  { typology: 2, financing: 'PLUS', communeCode: '01053', communeName: 'Bourg-en-Bresse', status: 'designated' },
];

describe('fluxGap', () => {
  it('counts what is still owed', () => {
    expect(fluxGap(10, 6, 2)).toEqual({
      owed: 10,
      published: 6,
      allocated: 2,
      toPublish: 4,
      surplus: 0,
      notYetAllocated: 8,
      publishedPercent: 60,
      allocatedPercent: 20,
      fulfilled: false,
    });
  });
  it('reports a surplus and no percentages when nothing is owed', () => {
    expect(fluxGap(3, 5, 3)).toMatchObject({ toPublish: 0, surplus: 2, notYetAllocated: 0, fulfilled: true, publishedPercent: 166.7 });
    expect(fluxGap(0, 0, 0)).toMatchObject({ publishedPercent: null, allocatedPercent: null, fulfilled: true });
  });
  it('refuses negative, fractional or inconsistent counts', () => {
    expect(() => fluxGap(-1, 0, 0)).toThrowError(expect.objectContaining({ code: 'OFFER.INVALID_AGREEMENT' }));
    expect(() => fluxGap(1.5, 0, 0)).toThrowError(expect.objectContaining({ code: 'OFFER.INVALID_AGREEMENT' }));
    expect(() => fluxGap(5, 1, 2)).toThrowError(expect.objectContaining({ code: 'OFFER.INVALID_AGREEMENT' }));
  });
});

describe('reservation agreement', () => {
  it('validates its fields', () => {
    expect(validateReservationAgreement({ landlordId: 'l-1', departement: '69', year: 2026, unitsOwed: 12 })).toEqual([]);
    expect(validateReservationAgreement({ landlordId: '', departement: '20', year: 1999, unitsOwed: -2 }).map((e) => e.field)).toEqual([
      'landlordId',
      'departement',
      'year',
      'unitsOwed',
    ]);
    expect(['01', '2A', '2B', '95', '971', '976'].every(isDepartementCode)).toBe(true);
    expect(['00', '20', '96', '99', '970', '2C', '6'].some(isDepartementCode)).toBe(false);
  });

  it('counts only offers proposed in the agreement’s département', () => {
    expect(agreementProgress({ landlordId: 'l-1', departement: '69', year: 2026, unitsOwed: 10 }, offers)).toMatchObject({
      published: 6, // 2 allocated + published + transmitted + closed + withdrawn after publication
      allocated: 2,
      toPublish: 4,
    });
    expect(agreementProgress({ landlordId: 'l-1', departement: '01', year: 2026, unitsOwed: 1 }, offers)).toMatchObject({
      published: 1,
      allocated: 0,
      fulfilled: true,
    });
  });

  it('a withdrawn offer counts as proposed only if it had been published', () => {
    expect(countsAsProposed({ status: 'withdrawn' })).toBe(false);
    expect(countsAsProposed({ status: 'withdrawn', everPublished: true })).toBe(true);
    expect(countsAsProposed({ status: 'submitted' })).toBe(false);
    expect(countsAsProposed({ status: 'published' })).toBe(true);
  });
});

describe('yearly report', () => {
  it('groups units proposed and allocated by commune, typology and financing', () => {
    expect(fluxReportRows(offers)).toEqual([
      { departement: '01', communeCode: '01053', communeName: 'Bourg-en-Bresse', typology: 2, financing: 'PLUS', unitsProposed: 1, unitsAllocated: 0 },
      { departement: '69', communeCode: '69266', communeName: 'Villeurbanne', typology: 4, financing: 'PLUS', unitsProposed: 1, unitsAllocated: 1 },
      { departement: '69', communeCode: '69266', communeName: '', typology: 5, financing: 'PLUS', unitsProposed: 1, unitsAllocated: 0 },
      { departement: '69', communeCode: '69386', communeName: '', typology: 2, financing: 'PLAI', unitsProposed: 1, unitsAllocated: 0 },
      { departement: '69', communeCode: '69386', communeName: 'Lyon 6e Arrondissement', typology: 3, financing: 'PLUS', unitsProposed: 2, unitsAllocated: 1 },
      { departement: '69', communeCode: '69386', communeName: '', typology: 3, financing: 'PLS', unitsProposed: 1, unitsAllocated: 0 },
    ]);
    expect(fluxReportTotals(fluxReportRows(offers))).toEqual({ unitsProposed: 7, unitsAllocated: 2 });
  });

  it('writes the CSV with a BOM, a header row, `;` and CRLF', () => {
    const csv = fluxReportCsv(fluxReportRows(offers.slice(0, 2)));
    expect(csv).toBe(
      '\uFEFF' + 'departement;code_commune;commune;typologie;financement;logements_proposes;logements_attribues\r\n' + '69;69386;Lyon 6e Arrondissement;T3;PLUS;2;1\r\n',
    );
    expect(FLUX_REPORT_COLUMNS).toHaveLength(7);
    expect(fluxReportCsv([], { bom: false })).toBe(`${FLUX_REPORT_COLUMNS.join(';')}\r\n`);
  });

  it('protects the report against formula injection from a commune name', () => {
    const csv = fluxReportCsv(fluxReportRows([{ typology: 1, financing: 'PLUS', communeCode: '69386', communeName: '=HYPERLINK("http://x";"y")', status: 'published' }]), {
      bom: false,
    });
    expect(csv.split('\r\n')[1]).toBe(`69;69386;"'=HYPERLINK(""http://x"";""y"")";T1;PLUS;1;0`);
  });
});

describe('CSV (RFC 4180)', () => {
  it('quotes fields holding the separator, quotes or line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('a,b')).toBe('a,b');
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField('')).toBe('');
  });

  it('neutralises cells starting with = + - @ tab or CR by a leading quote', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+33 6 12')).toBe("'+33 6 12");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvField('=A1;B1')).toBe(`"'=A1;B1"`);
    expect(csvField('a=b')).toBe('a=b');
  });

  it('writes numbers as they are (a negative number is data)', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(0)).toBe('0');
    expect(() => csvField(Number.NaN)).toThrow(RangeError);
  });

  it('joins records with the separator and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b;c', null],
      ]),
    ).toBe('a;1\r\n"b;c";\r\n');
    expect(toCsv([['a', 'b']], { separator: ',', bom: true })).toBe('\uFEFFa,b\r\n');
    expect(() => toCsv([], { separator: '"' })).toThrow(RangeError);
  });
});
