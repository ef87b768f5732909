import type { AuditTrail } from '../../../shared/audit';
import type { Clock } from '../../../shared/clock';
import type { EventBus } from '../../../shared/events';
import type { UnitOfWork } from '../../../shared/unit-of-work';
import type { AllocationRepository, BonusRepository, GridRepository } from '../ports';

export interface ScoringDeps {
  bonuses: BonusRepository;
  grids: GridRepository;
  allocations: AllocationRepository;
  audit: AuditTrail;
  events: EventBus;
  clock: Clock;
  uow: UnitOfWork;
}

export const SCORING_ERRORS = {
  ROLE_NOT_ALLOWED: 'SCORING.ROLE_NOT_ALLOWED',
  INVALID_BONUS: 'SCORING.INVALID_BONUS',
  BONUS_NOT_FOUND: 'SCORING.BONUS_NOT_FOUND',
  BONUS_ENDED: 'SCORING.BONUS_ENDED',
  BONUS_STARTED: 'SCORING.BONUS_STARTED',
  INVALID_GRID: 'SCORING.INVALID_GRID',
  GRID_NOT_FOUND: 'SCORING.GRID_NOT_FOUND',
  GRID_ALREADY_ACTIVE: 'SCORING.GRID_ALREADY_ACTIVE',
  CONCURRENT_UPDATE: 'SCORING.CONCURRENT_UPDATE',
} as const;
