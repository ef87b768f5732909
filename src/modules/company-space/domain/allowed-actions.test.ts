import { describe, expect, it } from 'vitest';
import { allowedValidationDecisions, decideValidation, type EmployeeValidation, type ValidationDecision, type ValidationStatus } from './employee-validation';
import { isSpaceOpenToManagers } from './space-lifecycle';
import { isGrantable } from './tranche';

const STATUSES: readonly ValidationStatus[] = ['pending', 'validated', 'rejected', 'withdrawn'];
const validation = (status: ValidationStatus): EmployeeValidation => ({
  demandId: 'd1',
  employerSiret: '55210055400013',
  companyId: 'c1',
  applicantFirstName: 'Amina',
  applicantLastName: 'Diallo',
  applicantAccountId: null,
  requestedAt: new Date('2026-01-10T08:00:00Z'),
  status,
  validatedBy: null,
  validatedAt: null,
  withdrawnAt: null,
  decidedAt: null,
  decidedByAccountId: null,
  reason: null,
  updatedAt: new Date('2026-01-10T08:00:00Z'),
});
const accepts = (status: ValidationStatus, decision: ValidationDecision): boolean => {
  try {
    decideValidation(validation(status), decision, { accountId: 'm1', at: new Date('2026-02-01T08:00:00Z'), reason: 'motif' });
    return true;
  } catch {
    return false;
  }
};

describe('allowedValidationDecisions', () => {
  it.each(STATUSES)('in %s, says exactly which decisions decideValidation takes', (status) => {
    const allowed = allowedValidationDecisions(status);
    expect(allowed).toEqual({ validate: accepts(status, 'validate'), reject: accepts(status, 'reject'), withdraw: accepts(status, 'withdraw') });
  });
});

describe('isGrantable', () => {
  it('grants tranches to validated employees only', () => {
    expect(STATUSES.filter(isGrantable)).toEqual(['validated']);
  });
});

describe('isSpaceOpenToManagers', () => {
  it('opens the space to its managers once deployed only', () => {
    expect([null, 'requested', 'configured', 'deployed', 'suspended'].filter((s) => isSpaceOpenToManagers(s as never))).toEqual(['deployed']);
  });
});
