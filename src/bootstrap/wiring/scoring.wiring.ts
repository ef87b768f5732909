import { SCORING, scoringModule } from '../../modules/scoring/index';
import { DrizzleAllocationRepository, DrizzleBonusRepository, DrizzleGridRepository } from '../../adapters/db/repositories/drizzle-scoring.repository';
import type { ModuleWiring } from './wiring';

/** The scoring module: balancing bonuses, territory grids and allocations on the database, and its façade. */
export const scoringWiring: ModuleWiring = (container, { database }) => {
  container.bind(SCORING.BonusRepository).toConstantValue(new DrizzleBonusRepository(database));
  container.bind(SCORING.GridRepository).toConstantValue(new DrizzleGridRepository(database));
  container.bind(SCORING.AllocationRepository).toConstantValue(new DrizzleAllocationRepository(database));
  container.loadSync(scoringModule);
};
