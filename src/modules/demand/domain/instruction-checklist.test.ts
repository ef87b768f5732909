import { describe, expect, it } from 'vitest';
import { instructionChecklist } from './instruction-checklist';
import { aChild, aCoApplicant, aDemandData, aDocument, anAdult, birthDateForAge } from '../testing/test-builders';

describe('the instruction checklist: identity per adult, tax notices N−2 and (when given) N−1, N from the date', () => {
  it('lists what a couple with an adult child must bring, with the years of the check date', () => {
    const data = aDemandData({
      coApplicant: aCoApplicant({ taxIncome: { yearMinus2: 2024, amountMinus2: 9000 } }),
      otherOccupants: [aChild({ firstName: 'Hugo', birthDate: birthDateForAge(20), dependant: false, taxIncome: { yearMinus2: 2024, amountMinus2: 3000 } }), aChild()],
    });
    const list = instructionChecklist(data, [], '2026-03-15');
    expect(list.items.map((i) => i.key)).toEqual([
      'identity:applicant',
      'identity:coApplicant',
      'identity:otherOccupants.0',
      'tax_notice:applicant:2024',
      'tax_notice:applicant:2025',
      'tax_notice:coApplicant:2024',
      'tax_notice:otherOccupants.0:2024',
    ]);
    expect(list.items[0]).toMatchObject({ label: "Pièce d'identité — Claire Martin (demandeur)", state: 'missing' });
    expect(list.items[4]).toMatchObject({ label: "Avis d'imposition sur les revenus 2025 — Claire Martin (demandeur)", taxYear: 2025 });
    expect(list.complete).toBe(false);
  });

  it('the years turn with the date: on 2 January 2027, N−2 is 2025', () => {
    const data = aDemandData({ applicant: { ...anAdult({ taxIncome: { yearMinus2: 2025, amountMinus2: 20000 } }) } });
    expect(instructionChecklist(data, [], '2027-01-02').items.map((i) => i.key)).toEqual(['identity:applicant', 'tax_notice:applicant:2025']);
  });

  it('complete when every expected piece is verified; a piece waiting or refused does not count', () => {
    const data = aDemandData();
    const docs = [
      aDocument({ id: 'id', type: 'identity', status: 'verified' }),
      aDocument({ id: 't24', type: 'tax_notice', taxYear: 2024, status: 'verified' }),
      aDocument({ id: 't25', type: 'tax_notice', taxYear: 2025, status: 'verification_pending' }),
    ];
    const list = instructionChecklist(data, docs, '2026-03-15');
    expect(list.items.map((i) => [i.key, i.state, i.documentId])).toEqual([
      ['identity:applicant', 'verified', 'id'],
      ['tax_notice:applicant:2024', 'verified', 't24'],
      ['tax_notice:applicant:2025', 'pending', 't25'],
    ]);
    expect(list.missing.map((i) => i.key)).toEqual(['tax_notice:applicant:2025']);
    const refused = instructionChecklist(data, [...docs.slice(0, 2), aDocument({ id: 'r', type: 'tax_notice', taxYear: 2025, status: 'rejected' })], '2026-03-15');
    expect(refused.missing).toEqual([expect.objectContaining({ state: 'rejected', documentId: 'r' })]);
    const done = instructionChecklist(data, [...docs.slice(0, 2), aDocument({ id: 'ok', type: 'tax_notice', taxYear: 2025, status: 'verified' })], '2026-03-15');
    expect(done).toMatchObject({ complete: true, missing: [] });
  });
});
