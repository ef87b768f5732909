import { describe, expect, it } from 'vitest';
import type { DemandService } from '../../../demand/index';
import { employeeDeclarationsGateway } from './employee-declarations.gateway';

const declaration = (workplaceCommuneCode: string | null) => ({
  profession: 'Infirmière',
  contract: 'CDI',
  startDate: '2024-09-01',
  workplaceCommuneCode,
  employerSiret: '35600000000048',
});

describe('employeeDeclarationsGateway (employees’ declarations with the workplace commune’s name)', () => {
  it('names the workplace commune from the referential, null when the code is not known, none when not declared', async () => {
    const asked: (readonly string[])[] = [];
    const demands = {
      employerJobDeclarations: async (ids: readonly string[]) => (
        asked.push(ids),
        new Map([
          ['d1', declaration('75056')],
          ['d2', declaration('99999')],
          ['d3', declaration(null)],
        ])
      ),
    } as unknown as DemandService;
    const communes = { communeName: (code: string) => (code === '75056' ? 'Paris' : undefined) };
    const declarations = await employeeDeclarationsGateway(demands, communes).declarationsOf(['d1', 'd2', 'd3']);
    const rest = { profession: 'Infirmière', contract: 'CDI', startDate: '2024-09-01', employerSiret: '35600000000048' };
    expect([...declarations]).toEqual([
      ['d1', { ...rest, workplaceCommune: { code: '75056', name: 'Paris' } }],
      ['d2', { ...rest, workplaceCommune: { code: '99999', name: null } }],
      ['d3', { ...rest, workplaceCommune: null }],
    ]);
    expect(asked).toEqual([['d1', 'd2', 'd3']]);
  });
});
