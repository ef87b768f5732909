import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, normalizeEmail, principalOf, type Account } from './account';
import { DomainError } from '../../../shared/errors';

const account = (over: Partial<Account> = {}): Account => ({
  id: 'a1',
  email: 'x@example.fr',
  passwordHash: null,
  role: 'applicant',
  displayName: 'X',
  status: 'active',
  memberships: [],
  createdAt: new Date(),
  ...over,
});

describe('password policy', () => {
  it('accepts 12 to 72 bytes', () => {
    expect(() => checkPasswordPolicy('a'.repeat(12))).not.toThrow();
    expect(() => checkPasswordPolicy('a'.repeat(72))).not.toThrow();
  });
  it('refuses short passwords with a stable code', () => {
    try {
      checkPasswordPolicy('short');
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe('IDENTITY.PASSWORD_TOO_SHORT');
    }
  });
  it('counts bytes, not characters: 25 × "é€" is 125 bytes, refused rather than truncated', () => {
    try {
      checkPasswordPolicy('é€'.repeat(25));
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe('IDENTITY.PASSWORD_TOO_LONG');
      expect((e as DomainError).fields[0]?.field).toBe('password');
    }
  });
});

describe('principal', () => {
  it('a company manager acts for its company, an applicant for nobody', () => {
    expect(principalOf(account({ role: 'company_manager', memberships: [{ orgKind: 'company', orgId: 'c1' }] }), 's').companyId).toBe('c1');
    expect(principalOf(account({ memberships: [{ orgKind: 'company', orgId: 'c1' }] }), 's').companyId).toBeUndefined();
  });
  it('normalizes emails', () => expect(normalizeEmail('  Jean.Dupont@Example.FR ')).toBe('jean.dupont@example.fr'));
});
