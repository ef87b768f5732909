import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors';
import { isRegistrationPending, recordRegistration, validate } from './demand-lifecycle';
import { aDemand, REGISTRATION_NUMBER, thrownBy } from '../testing/test-builders';

const at = (day: string) => new Date(`${day}T10:00:00Z`);

describe('validation while the registration is pending', () => {
  it('validates a new demand without a number when the registration is pending', () => {
    const { demand, entry } = validate(aDemand({ status: 'submitted' }), { at: at('2026-03-20'), by: 'agent', registrationPending: true });
    expect(demand).toMatchObject({ status: 'active', registrationDate: '2026-03-20', renewalDueDate: '2027-03-20' });
    expect(demand.registrationNumber).toBeUndefined();
    expect(entry).toMatchObject({ action: 'validated', from: 'submitted', to: 'active' });
    expect(isRegistrationPending(demand)).toBe(true);
  });

  it('still refuses a malformed number', () => {
    const error = thrownBy(() => validate(aDemand({ status: 'submitted' }), { at: at('2026-03-20'), registrationNumber: 'X', registrationPending: true }));
    expect((error as DomainError).code).toBe('DEMAND.REGISTRATION_NUMBER_INVALID');
  });

  it('records the registry’s number and date; the due date follows the registry’s date', () => {
    const { demand } = validate(aDemand({ status: 'submitted' }), { at: at('2026-03-20'), registrationPending: true });
    const { demand: registered, entry } = recordRegistration(demand, { at: at('2026-03-22'), registrationNumber: REGISTRATION_NUMBER, registrationDate: '2026-03-21' });
    expect(registered).toMatchObject({ status: 'active', registrationNumber: REGISTRATION_NUMBER, registrationDate: '2026-03-21', renewalDueDate: '2027-03-21' });
    expect(entry).toMatchObject({ action: 'registered', from: 'active', to: 'active' });
    expect(isRegistrationPending(registered)).toBe(false);
  });

  it('keeps the due date of a demand renewed meanwhile', () => {
    const { demand } = validate(aDemand({ status: 'submitted' }), { at: at('2026-03-20'), registrationPending: true });
    const renewed = { ...demand, lastRenewedAt: at('2027-02-01'), renewalDueDate: '2028-03-20' };
    const { demand: registered } = recordRegistration(renewed, { at: at('2027-02-02'), registrationNumber: REGISTRATION_NUMBER, registrationDate: '2026-03-20' });
    expect(registered.renewalDueDate).toBe('2028-03-20');
  });

  it('refuses to record a number twice, or on a demand not validated', () => {
    const registered = aDemand({ status: 'active', registrationNumber: REGISTRATION_NUMBER, validatedAt: at('2026-03-20') });
    expect(
      (thrownBy(() => recordRegistration(registered, { at: at('2026-03-22'), registrationNumber: REGISTRATION_NUMBER, registrationDate: '2026-03-21' })) as DomainError).code,
    ).toBe('DEMAND.INVALID_TRANSITION');
    expect(
      (thrownBy(() => recordRegistration(aDemand(), { at: at('2026-03-22'), registrationNumber: REGISTRATION_NUMBER, registrationDate: '2026-03-21' })) as DomainError).code,
    ).toBe('DEMAND.INVALID_TRANSITION');
  });
});
