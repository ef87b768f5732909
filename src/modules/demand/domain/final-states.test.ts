import { describe, expect, it } from 'vitest';
import { cancel, createDraftDemand, DEMAND_STATUSES, FILED_DEMAND_STATUSES, FINAL_DEMAND_STATUSES, isFinal, OPEN_DEMAND_STATUSES, type DemandStatus } from './index';
import { aDemandData } from '../testing/test-builders';

const at = new Date('2026-03-15T09:00:00Z');
const inState = (status: DemandStatus) => ({ ...createDraftDemand({ id: 'd1', ownerAccountId: 'a1', data: aDemandData(), at }), status });

describe('final demand states: one list (FINAL_DEMAND_STATUSES), the open ones derived from it', () => {
  it('every state is either final or open, never both', () => {
    expect([...FINAL_DEMAND_STATUSES].sort()).toEqual(['cancelled', 'expired', 'satisfied']);
    expect([...OPEN_DEMAND_STATUSES]).toEqual(['draft', 'submitted', 'in_instruction', 'active']);
    for (const s of DEMAND_STATUSES) expect(isFinal(s)).toBe(!OPEN_DEMAND_STATUSES.includes(s));
    // filed and open: the declared employer is asked to validate (the company space's validation requests)
    expect([...FILED_DEMAND_STATUSES]).toEqual(['submitted', 'in_instruction', 'active']);
  });

  it('a demand can be cancelled in every open state, in no final one', () => {
    for (const s of OPEN_DEMAND_STATUSES) expect(cancel(inState(s), { at, by: 'a1' }).demand.status).toBe('cancelled');
    for (const s of FINAL_DEMAND_STATUSES) expect(() => cancel(inState(s), { at, by: 'a1' })).toThrowError(expect.objectContaining({ code: 'DEMAND.INVALID_TRANSITION' }));
  });
});
