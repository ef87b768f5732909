import type { IsoDate } from '../../../shared/dates';
import type { RankingOptions } from '../domain/index';
import type { ScoringDeps } from './scoring.deps';
import { activeGridFor } from './find-active-grid';
import { bonusesOn } from './list-bonuses-on';

/**
 * What a ranking on a reference date is computed with, besides the candidates' facts: the balancing
 * bonuses active that day and the active grid of the offer's EPCI (the grid in force now: grids
 * keep no history of past versions).
 */
export async function rankingOptions(deps: ScoringDeps, input: { epciCode: string | undefined; referenceDate: IsoDate }): Promise<RankingOptions> {
  const [bonuses, grid] = await Promise.all([bonusesOn(deps, input.referenceDate), activeGridFor(deps, input.epciCode)]);
  return { referenceDate: input.referenceDate, bonuses, grid };
}
