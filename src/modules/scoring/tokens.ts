import type { ServiceIdentifier } from 'inversify';
import type { AllocationRepository, BonusRepository, GridRepository } from './ports';
import type { ScoringService } from './application/scoring.service';

const token = <T>(name: string) => Symbol.for(`scoring.${name}`) as ServiceIdentifier<T>;

export const SCORING = {
  BonusRepository: token<BonusRepository>('BonusRepository'),
  GridRepository: token<GridRepository>('GridRepository'),
  AllocationRepository: token<AllocationRepository>('AllocationRepository'),
  Service: token<ScoringService>('Service'),
};
