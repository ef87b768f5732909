import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors';
import {
  canBeReplaced,
  DOCUMENT_CATALOGUE,
  DOCUMENT_TYPES,
  documentTypeInfo,
  expireDocument,
  isDocumentOutOfDate,
  isDocumentType,
  isDueForDeletion,
  isTaxNoticeOutOfDate,
  markDocumentVerified,
  newUploadedDocument,
  rejectDocument,
  replaceDocument,
  requiredDocuments,
  sendDocumentForVerification,
} from './documents';
import { aChild, aCoApplicant, aDemandData, aDocument, anAdult, birthDateForAge, thrownBy, TODAY } from '../testing/test-builders';

const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

/** Asserts a DomainError of the given kind and code. */
function expectDomainError(fn: () => unknown, kind: string, code: string): void {
  const error = thrownBy(fn);
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).kind).toBe(kind);
  expect((error as DomainError).code).toBe(code);
}

describe('document catalogue', () => {
  it('describes every type once, with a French label', () => {
    expect(DOCUMENT_CATALOGUE.map((d) => d.type)).toEqual([...DOCUMENT_TYPES]);
    expect(DOCUMENT_CATALOGUE.every((d) => d.label.length > 0)).toBe(true);
    expect(documentTypeInfo('tax_notice').label).toBe("Avis d'imposition");
  });

  it('says which pieces are per person', () => {
    expect(documentTypeInfo('identity').perPerson).toBe(true);
    expect(documentTypeInfo('tax_notice').perPerson).toBe(true);
    expect(documentTypeInfo('family_situation').perPerson).toBe(false);
    expect(documentTypeInfo('current_housing').examples).toContain("Attestation d'hébergement");
  });

  it('recognises type codes', () => {
    expect(isDocumentType('payslip')).toBe(true);
    expect(isDocumentType('passport')).toBe(false);
  });
});

describe('document lifecycle', () => {
  it('goes uploaded → verification_pending → verified, dating each step', () => {
    const uploaded = newUploadedDocument({ ...aDocument(), id: 'doc-9' });
    expect(uploaded.status).toBe('uploaded');
    const pending = sendDocumentForVerification(uploaded, { at: at('2026-03-01'), verificationRef: 'ntx-1' });
    expect(pending).toMatchObject({ status: 'verification_pending', verificationRef: 'ntx-1' });
    const verified = markDocumentVerified(pending, { at: at('2026-03-02'), decidedBy: 'provider' });
    expect(verified).toMatchObject({ status: 'verified', decidedBy: 'provider' });
    expect(verified.history).toEqual([
      { from: 'uploaded', to: 'verification_pending', at: at('2026-03-01') },
      { from: 'verification_pending', to: 'verified', at: at('2026-03-02') },
    ]);
  });

  it('lets an agent verify an uploaded piece directly', () => {
    expect(markDocumentVerified(aDocument(), { at: at('2026-03-02'), by: 'agent-1', decidedBy: 'agent' }).status).toBe('verified');
  });

  it('rejects with the reason', () => {
    const pending = sendDocumentForVerification(aDocument(), { at: at('2026-03-01') });
    const rejected = rejectDocument(pending, { at: at('2026-03-02'), decidedBy: 'provider', reason: 'Document illisible' });
    expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: 'Document illisible', decidedBy: 'provider' });
    expect(rejected.history.at(-1)).toMatchObject({ from: 'verification_pending', to: 'rejected', reason: 'Document illisible' });
  });

  it('needs a reason to reject', () => {
    expectDomainError(() => rejectDocument(aDocument(), { at: at('2026-03-02'), decidedBy: 'agent', reason: ' ' }), 'invalid', 'DEMAND.DOCUMENT_REASON_REQUIRED');
  });

  it('expires a verified piece', () => {
    const verified = aDocument({ status: 'verified' });
    expect(expireDocument(verified, { at: at('2027-01-01'), reason: 'Avis trop ancien' })).toMatchObject({ status: 'expired' });
  });

  it('refuses transitions out of final states and backwards', () => {
    expectDomainError(() => sendDocumentForVerification(aDocument({ status: 'verified' }), { at: at('2026-03-01') }), 'conflict', 'DEMAND.DOCUMENT_INVALID_TRANSITION');
    expectDomainError(
      () => markDocumentVerified(aDocument({ status: 'rejected' }), { at: at('2026-03-01'), decidedBy: 'agent' }),
      'conflict',
      'DEMAND.DOCUMENT_INVALID_TRANSITION',
    );
    expectDomainError(
      () => rejectDocument(aDocument({ status: 'verified' }), { at: at('2026-03-01'), decidedBy: 'agent', reason: 'x' }),
      'conflict',
      'DEMAND.DOCUMENT_INVALID_TRANSITION',
    );
    expectDomainError(() => expireDocument(aDocument({ status: 'rejected' }), { at: at('2026-03-01') }), 'conflict', 'DEMAND.DOCUMENT_INVALID_TRANSITION');
  });
});

describe('out-of-date tax notices', () => {
  it('a notice on N−2 or N−1 incomes is current, an older one is out of date', () => {
    expect(isTaxNoticeOutOfDate(2025, TODAY)).toBe(false);
    expect(isTaxNoticeOutOfDate(2024, TODAY)).toBe(false);
    expect(isTaxNoticeOutOfDate(2023, TODAY)).toBe(true);
    expect(isTaxNoticeOutOfDate(2024, '2026-12-31')).toBe(false);
    expect(isTaxNoticeOutOfDate(2024, '2027-01-01')).toBe(true);
  });

  it('applies to live tax-notice documents only', () => {
    expect(isDocumentOutOfDate(aDocument({ type: 'tax_notice', taxYear: 2023, status: 'verified' }), TODAY)).toBe(true);
    expect(isDocumentOutOfDate(aDocument({ type: 'tax_notice', taxYear: 2024, status: 'verified' }), TODAY)).toBe(false);
    expect(isDocumentOutOfDate(aDocument({ type: 'tax_notice', taxYear: 2023, status: 'rejected' }), TODAY)).toBe(false);
    expect(isDocumentOutOfDate(aDocument({ type: 'identity' }), TODAY)).toBe(false);
  });
});

describe('replacing a rejected piece', () => {
  const rejected = aDocument({ id: 'old', status: 'rejected', rejectionReason: 'Illisible' });
  const upload = aDocument({ id: 'new', uploadedAt: at('2026-03-10') });

  it('links both documents and keeps the old one for the audit period', () => {
    const { replaced, replacement } = replaceDocument(rejected, upload, { at: at('2026-03-10'), auditRetentionMonths: 6 });
    expect(replaced).toMatchObject({ id: 'old', status: 'rejected', replacedById: 'new', deleteAfter: '2026-09-10' });
    expect(replacement).toMatchObject({ id: 'new', status: 'uploaded', replacesId: 'old' });
    expect(canBeReplaced(replaced)).toBe(false);
    expect(isDueForDeletion(replaced, '2026-09-10')).toBe(false);
    expect(isDueForDeletion(replaced, '2026-09-11')).toBe(true);
    expect(isDueForDeletion(upload, '2030-01-01')).toBe(false);
  });

  it('replaces an expired piece too', () => {
    expect(canBeReplaced(aDocument({ status: 'expired' }))).toBe(true);
  });

  it('refuses to replace a live piece', () => {
    expect(canBeReplaced(aDocument({ status: 'verified' }))).toBe(false);
    expectDomainError(
      () => replaceDocument(aDocument({ status: 'verification_pending' }), upload, { at: at('2026-03-10'), auditRetentionMonths: 6 }),
      'conflict',
      'DEMAND.DOCUMENT_NOT_REPLACEABLE',
    );
  });

  it('refuses a replacement of another type or person', () => {
    expectDomainError(
      () => replaceDocument(rejected, { ...upload, type: 'payslip' }, { at: at('2026-03-10'), auditRetentionMonths: 6 }),
      'invalid',
      'DEMAND.DOCUMENT_REPLACEMENT_MISMATCH',
    );
    expectDomainError(
      () => replaceDocument(rejected, { ...upload, person: 'coApplicant' }, { at: at('2026-03-10'), auditRetentionMonths: 6 }),
      'invalid',
      'DEMAND.DOCUMENT_REPLACEMENT_MISMATCH',
    );
  });
});

describe('requiredDocuments', () => {
  it('asks a salaried person renting privately for identity, payslips, employer certificate, tax notice and rent receipt', () => {
    expect(requiredDocuments(aDemandData(), TODAY)).toEqual([
      { type: 'identity', person: 'applicant' },
      { type: 'payslip', person: 'applicant' },
      { type: 'employer_certificate', person: 'applicant' },
      { type: 'tax_notice', person: 'applicant' },
      { type: 'current_housing' },
    ]);
  });

  it('adapts to the household', () => {
    const data = aDemandData({
      applicant: anAdult({ nationality: '3', resources: [{ code: 'CHO', monthlyAmount: 900 }], employment: undefined }),
      coApplicant: aCoApplicant({ disabilityCard: true }),
      otherOccupants: [aChild(), aChild({ dependant: false, birthDate: birthDateForAge(20) })],
      expectedBirths: { count: 1, expectedDate: '2026-08-01' },
      currentHousing: { kind: 'HE' },
      dalo: true,
    });
    const required = requiredDocuments(data, TODAY);
    expect(required).toEqual([
      { type: 'identity', person: 'applicant' },
      { type: 'residence_permit', person: 'applicant' },
      { type: 'resources_other', person: 'applicant' },
      { type: 'identity', person: 'coApplicant' },
      { type: 'payslip', person: 'coApplicant' },
      { type: 'employer_certificate', person: 'coApplicant' },
      { type: 'disability_card', person: 'coApplicant' },
      { type: 'identity', person: 'otherOccupants.1' },
      { type: 'tax_notice', person: 'applicant' },
      { type: 'tax_notice', person: 'coApplicant' },
      { type: 'tax_notice', person: 'otherOccupants.1' },
      { type: 'family_situation' },
      { type: 'current_housing' },
      { type: 'pregnancy_certificate' },
      { type: 'dalo_decision' },
    ]);
  });
});
