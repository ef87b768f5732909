import { describe, expect, it } from 'vitest';
import type { DemandFacts, DemandService } from '../../../demand/index';
import { applicantFactsGateway } from './applicant-facts.gateway';

const demandFacts = (id: string, over: Partial<DemandFacts> = {}): DemandFacts =>
  ({
    demandId: id,
    ownerAccountId: `owner-${id}`,
    status: 'active',
    source: 'platform',
    onDate: '2026-03-02',
    householdSize: 3,
    householdCategory: 4,
    extraPersonUnits: 0,
    dependants: 1,
    referenceIncome: 24_000,
    referenceIncomeBasis: 'N-1',
    referenceIncomeYear: 2025,
    referenceIncomeMissing: ['tax.n1'],
    monthlyResources: 2_000,
    expectedHousingBenefit: 150,
    ...over,
  }) as DemandFacts;

/** The demand module's façade over a few demands, recording the dates asked for. */
function demandsOf(facts: DemandFacts[]) {
  const asked: string[] = [];
  const demands = {
    facts: async (id: string, onDate: string) => (asked.push(`facts ${id} ${onDate}`), facts.find((f) => f.demandId === id) ?? null),
    openDemandFacts: async (owner: string, onDate: string) => (asked.push(`open ${owner} ${onDate}`), facts.find((f) => f.ownerAccountId === owner) ?? null),
  } as unknown as DemandService;
  return { demands, asked };
}

describe('applicantFactsGateway (the demand facts as the offer module reads them)', () => {
  it('carries the household facts eligibility reads, the owner, the status and the missing tax figures', async () => {
    const { demands, asked } = demandsOf([demandFacts('d1')]);
    const record = await applicantFactsGateway(demands).factsForDemand('d1', '2026-03-02');
    expect(record).toEqual({
      demandId: 'd1',
      ownerAccountId: 'owner-d1',
      status: 'active',
      facts: {
        referenceIncome: 24_000,
        referenceIncomeBasis: 'N-1',
        householdCategory: 4,
        householdSize: 3,
        extraPersonUnits: 0,
        monthlyResources: 2_000,
        expectedHousingBenefit: 150,
      },
      referenceIncomeMissing: ['tax.n1'],
    });
    expect(asked).toEqual(['facts d1 2026-03-02']);
  });

  it('answers null for an unknown demand', async () => {
    const { demands } = demandsOf([]);
    expect(await applicantFactsGateway(demands).factsForDemand('nope', '2026-03-02')).toBeNull();
  });

  it('gives an account’s open demand only when it is active', async () => {
    const { demands, asked } = demandsOf([demandFacts('d1'), demandFacts('d2', { ownerAccountId: 'owner-x', status: 'draft' } as Partial<DemandFacts>)]);
    const gateway = applicantFactsGateway(demands);
    expect((await gateway.activeDemandOf('owner-d1', '2026-03-02'))?.demandId).toBe('d1');
    expect(await gateway.activeDemandOf('owner-x', '2026-03-02')).toBeNull();
    expect(await gateway.activeDemandOf('nobody', '2026-03-02')).toBeNull();
    expect(asked).toEqual(['open owner-d1 2026-03-02', 'open owner-x 2026-03-02', 'open nobody 2026-03-02']);
  });
});
