import { describe, expect, it } from 'vitest';
import { InMemoryDemandRepository } from '../testing/in-memory';
import { aDemand, aDemandData, anAdult } from '../testing/test-builders';
import { employerJobDeclarations } from './employer-declaration';

describe('employerJobDeclarations', () => {
  it('reads the declared jobs of a page in one call, the contract in French, unknown demands absent', async () => {
    const demands = new InMemoryDemandRepository(() => new Date('2026-03-15T09:00:00Z'));
    const employment = { profession: 'Aide-soignante', contractType: 'CDI' as const, employerSiret: '44306184100047', startDate: '2019-01-01', workplaceCommuneCode: '75056' };
    await demands.insert({
      demand: aDemand({ id: 'd-1', ownerAccountId: 'a-1', data: aDemandData({ applicant: anAdult({ employment }) }) }),
      version: 1,
      updatedAt: new Date('2026-03-15T09:00:00Z'),
      pendingDocuments: 0,
    });
    await demands.insert({
      demand: aDemand({ id: 'd-2', ownerAccountId: 'a-2', data: aDemandData({ applicant: anAdult({ employment: undefined }) }) }),
      version: 1,
      updatedAt: new Date('2026-03-15T09:00:00Z'),
      pendingDocuments: 0,
    });
    let reads = 0;
    const counted = Object.assign(Object.create(demands) as InMemoryDemandRepository, {
      findEmployments: (ids: readonly string[]) => {
        reads++;
        return demands.findEmployments(ids);
      },
    });

    const found = await employerJobDeclarations({ demands: counted }, ['d-1', 'd-2', 'unknown']);

    expect(reads).toBe(1);
    expect(found.get('d-1')).toEqual({
      profession: 'Aide-soignante',
      contract: 'Contrat à durée indéterminée (CDI)',
      startDate: '2019-01-01',
      workplaceCommuneCode: '75056',
      employerSiret: '44306184100047',
    });
    expect(found.get('d-2')).toEqual({ profession: null, contract: null, startDate: null, workplaceCommuneCode: null, employerSiret: null });
    expect(found.has('unknown')).toBe(false);
    expect((await employerJobDeclarations({ demands: counted }, [])).size).toBe(0);
    expect(reads).toBe(1);
  });
});
