import type { CompanySizeClass } from '../domain/index';
import type { AllocationRecord } from '../ports';
import { scoringError } from '../scoring.errors';
import { SIZE_CLASSES } from './bonus-checks';
import type { ScoringDeps } from './scoring.deps';

export interface RecordAllocationInput {
  offerId: string;
  demandId: string;
  /** the employer's size class at lease time; null when unknown (no validated employer) */
  sizeClass: CompanySizeClass | null;
  at: Date;
}

/** Records a lease signed (idempotent per offer: a retried call changes nothing). Joins the caller's transaction. */
export async function recordAllocation(deps: ScoringDeps, input: RecordAllocationInput): Promise<{ recorded: boolean }> {
  if (input.sizeClass !== null && !SIZE_CLASSES.includes(input.sizeClass)) {
    throw scoringError.invalidAllocation(String(input.sizeClass));
  }
  const record: AllocationRecord = { offerId: input.offerId, demandId: input.demandId, sizeClass: input.sizeClass, at: input.at };
  return { recorded: await deps.allocations.record(record) };
}
