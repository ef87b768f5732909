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
