import type { DemandService } from '../../../demand/index';
import type { CommuneDirectory } from '../../../offer/index';
import type { EmployeeDeclarationSource } from '../../ports';

/**
 * What employees declared of their job (the demand module's reading, the contract in French), with
 * the workplace commune's name from the communes referential (null when the code is not known).
 */
export function employeeDeclarationsGateway(demands: DemandService, communes: Pick<CommuneDirectory, 'communeName'>): EmployeeDeclarationSource {
  return {
    declarationsOf: async (demandIds) => {
      const declared = await demands.employerJobDeclarations(demandIds);
      return new Map(
        [...declared].map(([demandId, { workplaceCommuneCode: code, ...d }]) => [
          demandId,
          {
            ...d,
            workplaceCommune: code ? { code, name: communes.communeName(code) ?? null } : null,
          },
        ]),
      );
    },
  };
}
