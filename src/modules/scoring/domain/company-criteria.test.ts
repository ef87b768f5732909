import { describe, expect, it } from 'vitest';
import type { CompanyFacts } from './candidate-facts';
import { trancheCriterion, validatedEmployeeCriterion } from './company-criteria';
import { rankCandidates } from './engine';
import { VILLEURBANNE_T2, WORKED_REFERENCE_DATE, aCandidate, aCompany } from '../testing/test-fixtures';

/** the company component of a candidate with this employer, as the ranking computes it */
const total = (company: CompanyFacts | undefined) =>
  rankCandidates(VILLEURBANNE_T2, [aCandidate({ company })], { referenceDate: WORKED_REFERENCE_DATE, bonuses: [], grid: undefined })[0]?.components.company.points;

describe('company component (0..520)', () => {
  it('+240 for a validated employee of a contributing or compensated company', () => {
    expect(validatedEmployeeCriterion(aCompany({ contribution: 'contributing' }))).toMatchObject({
      criterion: 'company.validated_employee',
      met: true,
      points: 240,
      fact: 'employeur cotisant, emploi validé par l’entreprise',
    });
    expect(validatedEmployeeCriterion(aCompany({ contribution: 'compensated' })).points).toBe(240);
  });

  it('records a validation by delegation to ALS', () => {
    expect(validatedEmployeeCriterion(aCompany({ delegatesToAls: true })).fact).toBe(
      'employeur cotisant, emploi validé automatiquement (l’entreprise délègue sa politique logement à ALS)',
    );
  });

  it('tranches A +166, B +80, C +34, cumulative: at most 520', () => {
    expect(total(aCompany({ tranches: ['A'] }))).toBe(406);
    expect(total(aCompany({ tranches: ['B'] }))).toBe(320);
    expect(total(aCompany({ tranches: ['A', 'C'] }))).toBe(440);
    expect(total(aCompany({ tranches: ['A', 'B', 'C'] }))).toBe(520);
  });

  it('a tranche counts once even if listed twice', () => {
    expect(total(aCompany({ tranches: ['A', 'A', 'C'] }))).toBe(440);
  });

  it('an employment not validated gives 0, tranches included', () => {
    const company = aCompany({ validated: false, tranches: ['A', 'B'] });
    expect(total(company)).toBe(0);
    expect(validatedEmployeeCriterion(company)).toMatchObject({ met: false, fact: 'emploi pas encore validé par l’entreprise' });
    expect(trancheCriterion(company, 'A')).toMatchObject({ met: false, points: 0, fact: expect.stringContaining('ne compte que pour un salarié validé') });
  });

  it('a company neither contributing nor compensated gives 0, tranches included', () => {
    const company = aCompany({ contribution: 'none', tranches: ['A', 'B', 'C'] });
    expect(total(company)).toBe(0);
    expect(validatedEmployeeCriterion(company).fact).toBe('employeur ni cotisant ni compensé');
  });

  it('no employer gives 0', () => {
    expect(total(undefined)).toBe(0);
    expect(trancheCriterion(undefined, 'B')).toMatchObject({ met: false, points: 0, fact: 'tranche B non accordée' });
  });
});
