import { describe, expect, it } from 'vitest';
import { anonymiseDemandData, ANONYMISED_NAME } from './anonymise';
import type { DemandData } from './demand-data';

const data: DemandData = {
  applicant: {
    civility: '2',
    lastName: 'Martin',
    firstName: 'Claire',
    birthDate: '1990-04-12',
    nationality: '1',
    familySituation: 'M',
    email: 'claire.martin@example.fr',
    phone: '0601020304',
    disabilityCard: true,
    employment: {
      profession: 'Infirmière',
      contractType: 'CDI',
      employerName: 'Hôpital Nord',
      employerSiret: '55210055400013',
      startDate: '2019-01-01',
      workplaceCommuneCode: '69386',
    },
    resources: [
      { code: 'SAL', monthlyAmount: 1800 },
      { code: 'AAH', monthlyAmount: 300.5 },
    ],
    taxIncome: { yearMinus1: 2025, amountMinus1: 24000 },
    address: { line: '1 rue de la République', postalCode: '69001', communeCode: '69381' },
  },
  coApplicant: { link: 'M', lastName: 'Martin', firstName: 'Paul', birthDate: '1988-09-30', resources: [], email: 'paul@example.fr' },
  otherOccupants: [{ firstName: 'Léo', lastName: 'Martin', birthDate: '2015-06-01', kinship: 'E', dependant: true, disabilityCard: true }],
  expectedBirths: { count: 1, expectedDate: '2026-08-15' },
  reasons: ['too_small', 'violence'],
  mobility: { kind: 'new_job', toCommuneCode: '69266', date: '2026-01-15' },
  wishes: { communeCodes: ['69266'], typologies: [3] },
  dalo: true,
};

describe('anonymiseDemandData', () => {
  const result = anonymiseDemandData(data);

  it('removes names, contact, street, birth days, disability flags, profession and employer name', () => {
    const text = JSON.stringify(result);
    for (const personal of [
      'Claire',
      'Paul',
      'Léo',
      'Martin',
      'claire.martin',
      '0601020304',
      'République',
      'Infirmière',
      'Hôpital',
      '04-12',
      '09-30',
      '06-01',
      '2019-01-01',
      '2026-01-15',
    ]) {
      expect(text, personal).not.toContain(personal);
    }
    expect(result.applicant).toMatchObject({ lastName: ANONYMISED_NAME, firstName: ANONYMISED_NAME, birthDate: '1990-01-01' });
    expect(result.applicant.disabilityCard).toBeUndefined();
    expect(result.otherOccupants[0]).toEqual({ birthDate: '2015-01-01', kinship: 'E', dependant: true });
  });

  it('keeps what the figures need: communes, household, total resources, tax income, reasons, DALO, employer SIRET', () => {
    expect(result.applicant.address).toEqual({ line: '', postalCode: '69001', communeCode: '69381' });
    expect(result.applicant.resources).toEqual([{ code: 'AUT', monthlyAmount: 2100.5 }]);
    expect(result.applicant.taxIncome).toEqual({ yearMinus1: 2025, amountMinus1: 24000 });
    expect(result.applicant.employment).toEqual({ contractType: 'CDI', employerSiret: '55210055400013', workplaceCommuneCode: '69386' });
    expect(result.coApplicant?.link).toBe('M');
    expect(result.expectedBirths).toEqual({ count: 1, expectedDate: '2026-01-01' });
    expect(result.reasons).toEqual(['too_small', 'violence']);
    expect(result.mobility).toEqual({ kind: 'new_job', toCommuneCode: '69266' });
    expect(result.wishes).toEqual(data.wishes);
    expect(result.dalo).toBe(true);
  });

  it('is idempotent', () => {
    expect(anonymiseDemandData(result)).toEqual(result);
  });
});
