import type { ScoringService } from '../../../scoring/index';
import type { ScoringInputs } from '../../ports';

/** The scoring's bonuses and grids for a ranking, and its allocation record, over the scoring module's façade. */
export function scoringInputsGateway(scoring: ScoringService): ScoringInputs {
  return {
    rankingOptions: (input) => scoring.rankingOptions(input),
    recordAllocation: async (input) => void (await scoring.recordAllocation(input)),
  };
}
