import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors';
import { importRegisteredDemand, isRegistrationPending } from './demand-lifecycle';
import { aDemandData, REGISTRATION_NUMBER, thrownBy } from '../testing/test-builders';

const at = (day: string) => new Date(`${day}T10:00:00Z`);
const base = { id: 'd1', ownerAccountId: 'owner', data: aDemandData(), registry: 'sne', registrationNumber: REGISTRATION_NUMBER };

describe('a demand imported from a registry', () => {
  it('is active at once, keeps the registry’s number and registration date, and is due on its next anniversary', () => {
    const { demand, entry } = importRegisteredDemand({ ...base, at: at('2026-03-15'), registrationDate: '2025-06-02' });
    expect(demand).toMatchObject({
      status: 'active',
      source: 'registry',
      registry: 'sne',
      registrationNumber: REGISTRATION_NUMBER,
      registrationDate: '2025-06-02',
      renewalDueDate: '2026-06-02',
      validatedAt: at('2026-03-15'),
    });
    expect(entry).toMatchObject({ action: 'imported', from: 'draft', to: 'active', by: 'owner' });
    expect(demand.history).toEqual([entry]);
    expect(isRegistrationPending(demand)).toBe(false);
  });

  it('keeps the registry’s due date when it is still ahead, else takes the next anniversary', () => {
    expect(importRegisteredDemand({ ...base, at: at('2026-03-15'), registrationDate: '2024-01-10', renewalDueDate: '2026-04-30' }).demand.renewalDueDate).toBe('2026-04-30');
    expect(importRegisteredDemand({ ...base, at: at('2026-03-15'), registrationDate: '2024-01-10', renewalDueDate: '2026-01-10' }).demand.renewalDueDate).toBe('2027-01-10');
  });

  it('refuses a malformed number', () => {
    const error = thrownBy(() => importRegisteredDemand({ ...base, registrationNumber: '123', at: at('2026-03-15'), registrationDate: '2025-06-02' }));
    expect((error as DomainError).code).toBe('DEMAND.REGISTRATION_NUMBER_INVALID');
  });
});
