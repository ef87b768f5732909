import { ContainerModule } from 'inversify';
import { SHARED } from '../../shared/tokens';
import { SCORING } from './tokens';
import { ScoringService } from './application/scoring.service';

/** Binds the scoring façade; its repositories are bound by the bootstrap (src/bootstrap/wiring/scoring.wiring.ts). */
export const scoringModule = new ContainerModule(({ bind }) => {
  bind(SCORING.Service)
    .toResolvedValue(
      (bonuses, grids, allocations, audit, events, clock, uow) => new ScoringService({ bonuses, grids, allocations, audit, events, clock, uow }),
      [SCORING.BonusRepository, SCORING.GridRepository, SCORING.AllocationRepository, SHARED.AuditTrail, SHARED.EventBus, SHARED.Clock, SHARED.UnitOfWork],
    )
    .inSingletonScope();
});
