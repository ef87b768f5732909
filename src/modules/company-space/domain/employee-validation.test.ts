import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../../shared/errors';
import { decideValidation, validatedOn, type EmployeeValidation } from './employee-validation';
import { checkCanGrant, checkQuota, grantInForceOn, quotaLeft, quotaYear } from './tranche';

const at = (iso: string) => new Date(iso);
const pending: EmployeeValidation = {
  demandId: 'd1',
  employerSiret: '55210055400013',
  companyId: 'c1',
  applicantFirstName: 'Amina',
  applicantLastName: 'Diallo',
  applicantAccountId: null,
  requestedAt: at('2026-01-10T08:00:00Z'),
  status: 'pending',
  validatedBy: null,
  validatedAt: null,
  withdrawnAt: null,
  decidedAt: null,
  decidedByAccountId: null,
  reason: null,
  updatedAt: at('2026-01-10T08:00:00Z'),
};
const code = (f: () => unknown) => {
  try {
    f();
    return 'no error';
  } catch (e) {
    return (e as DomainError).code;
  }
};

describe('employee validation', () => {
  it('validate, withdraw, validate again: dated', () => {
    const v = decideValidation(pending, 'validate', { accountId: 'm1', at: at('2026-02-01T10:00:00Z') });
    expect(v).toMatchObject({ status: 'validated', validatedBy: 'manager', validatedAt: at('2026-02-01T10:00:00Z'), decidedByAccountId: 'm1' });
    const w = decideValidation(v, 'withdraw', { accountId: 'm1', at: at('2026-05-01T10:00:00Z'), reason: 'Départ' });
    expect(w).toMatchObject({ status: 'withdrawn', withdrawnAt: at('2026-05-01T10:00:00Z'), validatedAt: at('2026-02-01T10:00:00Z'), reason: 'Départ' });
    expect(decideValidation(w, 'validate', { accountId: 'm1', at: at('2026-06-01T10:00:00Z') })).toMatchObject({ status: 'validated', withdrawnAt: null });
  });

  it('reject needs a reason; impossible decisions have a stable code', () => {
    expect(code(() => decideValidation(pending, 'reject', { accountId: 'm1', at: new Date() }))).toBe('COMPANY.REASON_REQUIRED');
    expect(code(() => decideValidation(pending, 'reject', { accountId: 'm1', at: new Date(), reason: '  ' }))).toBe('COMPANY.REASON_REQUIRED');
    expect(code(() => decideValidation(pending, 'withdraw', { accountId: 'm1', at: new Date() }))).toBe('COMPANY.INVALID_VALIDATION_TRANSITION');
    const v = decideValidation(pending, 'validate', { accountId: 'm1', at: new Date() });
    expect(code(() => decideValidation(v, 'validate', { accountId: 'm1', at: new Date() }))).toBe('COMPANY.INVALID_VALIDATION_TRANSITION');
    expect(code(() => decideValidation(v, 'reject', { accountId: 'm1', at: new Date(), reason: 'x' }))).toBe('COMPANY.INVALID_VALIDATION_TRANSITION');
  });

  it('validated on a date: from the validation day, until the withdrawal day', () => {
    const v = decideValidation(pending, 'validate', { accountId: null, at: at('2026-02-01T10:00:00Z'), validatedBy: 'delegation' });
    expect(v.validatedBy).toBe('delegation');
    expect(validatedOn(v, '2026-01-31')).toBe(false);
    expect(validatedOn(v, '2026-02-01')).toBe(true);
    const w = decideValidation(v, 'withdraw', { accountId: 'm1', at: at('2026-05-01T10:00:00Z') });
    expect(validatedOn(w, '2026-04-30')).toBe(true);
    expect(validatedOn(w, '2026-05-01')).toBe(false);
    expect(validatedOn(pending, '2030-01-01')).toBe(false);
  });
});

describe('tranches and quotas', () => {
  it('grants only to validated employees, with a reason', () => {
    expect(code(() => checkCanGrant('pending', 'Recrutement'))).toBe('COMPANY.EMPLOYEE_NOT_VALIDATED');
    expect(code(() => checkCanGrant('withdrawn', 'Recrutement'))).toBe('COMPANY.EMPLOYEE_NOT_VALIDATED');
    expect(code(() => checkCanGrant('validated', ' a '))).toBe('COMPANY.REASON_REQUIRED');
    expect(checkCanGrant('validated', '  Mobilité ')).toBe('Mobilité');
  });
  it('quotas are whole numbers ≥ 0; what is left never goes below 0', () => {
    expect(code(() => checkQuota(-1, 'quotas.A'))).toBe('COMPANY.INVALID_QUOTA');
    expect(code(() => checkQuota(1.5, 'quotas.A'))).toBe('COMPANY.INVALID_QUOTA');
    expect(code(() => checkQuota(Number.NaN, 'quotas.A'))).toBe('COMPANY.INVALID_QUOTA');
    expect(quotaLeft({ quota: 5, used: 2 })).toBe(3);
    expect(quotaLeft({ quota: 2, used: 5 })).toBe(0);
    expect(quotaYear(at('2026-12-31T23:30:00Z'))).toBe(2026);
  });
  it('a grant is in force from its day until its revocation day', () => {
    const g = { grantedAt: at('2026-03-01T09:00:00Z'), revokedAt: at('2026-04-01T09:00:00Z') };
    expect(grantInForceOn(g, '2026-02-28')).toBe(false);
    expect(grantInForceOn(g, '2026-03-01')).toBe(true);
    expect(grantInForceOn(g, '2026-04-01')).toBe(false);
    expect(grantInForceOn({ ...g, revokedAt: null }, '2030-01-01')).toBe(true);
  });
});
