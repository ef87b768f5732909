import type { Principal } from '../../identity/index';
import { toIsoDate } from '../../../shared/dates';
import { instructionChecklist, type InstructionChecklist } from '../domain/index';
import type { DemandRecord } from '../ports/demands.port';
import { demandError } from '../demand.errors';
import { assertStaff } from './access';
import type { DemandDeps } from './demand.deps';

/** The checklist of a stored demand on the clock's day: its data against its documents (withdrawn ones left out). */
export async function checklistOf(deps: DemandDeps, record: DemandRecord, at: Date): Promise<InstructionChecklist> {
  const documents = (await deps.documents.listByDemand(record.demand.id)).map((d) => d.document);
  return instructionChecklist(record.demand.data, documents, toIsoDate(at));
}

/** The pieces an agent must see verified before validating the demand (back office only). */
export async function getInstructionChecklist(deps: DemandDeps, principal: Principal, demandId: string): Promise<InstructionChecklist> {
  assertStaff(principal);
  const record = await deps.demands.findById(demandId);
  if (!record) throw demandError.notFound();
  return checklistOf(deps, record, deps.clock.now());
}
