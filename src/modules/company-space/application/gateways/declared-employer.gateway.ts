import type { DemandService } from '../../../demand/index';
import type { DeclaredEmployerSource } from '../../ports';

/** The employer a demand declares, as the demand module reads it. */
export function declaredEmployerGateway(demands: DemandService): DeclaredEmployerSource {
  return { declaredEmployer: (demandId) => demands.employerDeclaration(demandId) };
}
