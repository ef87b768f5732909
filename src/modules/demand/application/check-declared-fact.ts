import type { Principal } from '../../identity/index';
import { typedEvents } from '../../../shared/events';
import { demandError } from '../demand.errors';
import { DEMAND_EVENTS, type DemandEventPayloads } from '../demand.events';
import {
  allowedDemandActions,
  assertDeclared,
  CHECKABLE_FACT_LABELS,
  recordFactCheck,
  SUPPORTING_PIECE,
  SUPPORTING_PIECE_REQUIRED,
  documentTypeInfo,
  type CheckableFact,
  type FactCheck,
  type FactChecks,
} from '../domain/index';
import type { DemandRecord } from '../ports/demands.port';
import { assertStaff, auditActor } from './access';
import type { DemandDeps } from './demand.deps';
import type { CallContext } from './get-demand';
import { mutateDemand } from './mutate';

export interface CheckDeclaredFactInput {
  fact: CheckableFact;
  decision: 'check' | 'uncheck';
  /** required to uncheck; a note for a check */
  reason?: string | undefined;
  /** the verified supporting piece of the demand (by default the latest verified piece of the expected type) */
  documentId?: string | undefined;
}

/**
 * The verified piece a check rests on: the one the agent names (it must be a verified piece of this
 * demand, of the expected type), else the latest verified piece of that type; none when the fact
 * has no piece type. A fact whose piece is required (DALO: the mediation commission's decision)
 * cannot be checked without one: conflict `DEMAND.SUPPORTING_PIECE_MISSING`.
 */
export async function supportingPiece(deps: DemandDeps, demandId: string, fact: CheckableFact, documentId: string | undefined): Promise<string | undefined> {
  const type = SUPPORTING_PIECE[fact];
  if (type === undefined) return undefined;
  const verified = (await deps.documents.listByDemand(demandId)).filter((d) => d.document.type === type && d.document.status === 'verified');
  const piece = documentId === undefined ? verified.at(-1) : verified.find((d) => d.document.id === documentId);
  if (piece) return piece.document.id;
  if (documentId !== undefined || SUPPORTING_PIECE_REQUIRED[fact]) {
    throw demandError.supportingPieceMissing(fact, CHECKABLE_FACT_LABELS[fact], type, documentTypeInfo(type).label, documentId);
  }
  return undefined;
}

/**
 * An agent checks a fact the applicant declared (mobility, DALO, CAL history), or unchecks it
 * with a reason, on a demand in instruction or active (an imported demand included): the fact
 * then gives its points, or none. Audited `demand.fact_checked` / `demand.fact_unchecked` with the
 * reason and the supporting piece; the change is published (`demand.facts_changed`) so that the
 * rankings it is in are computed again.
 */
export function checkDeclaredFact(deps: DemandDeps, principal: Principal, demandId: string, input: CheckDeclaredFactInput, ctx: CallContext = {}): Promise<DemandRecord> {
  return mutateDemand(
    deps,
    demandId,
    () => assertStaff(principal),
    async (record, at) => {
      const status = record.demand.status;
      if (!allowedDemandActions(status).checkFacts) {
        throw demandError.factCheckNotOpen(status);
      }
      assertDeclared(record.demand.data, input.fact);
      const documentId = input.decision === 'check' ? await supportingPiece(deps, demandId, input.fact, input.documentId) : undefined;
      const factChecks: FactChecks = recordFactCheck(record.demand.data, record.factChecks, {
        fact: input.fact,
        decision: input.decision,
        at,
        by: principal.accountId,
        reason: input.reason,
        documentId,
      });
      const check = factChecks[input.fact] as FactCheck;
      await deps.audit.record({
        ...auditActor(principal),
        action: input.decision === 'check' ? 'demand.fact_checked' : 'demand.fact_unchecked',
        objectType: 'demand',
        objectId: demandId,
        address: ctx.address,
        detail: { fact: input.fact, source: check.source, ...(check.reason ? { reason: check.reason } : {}), ...(check.documentId ? { documentId: check.documentId } : {}) },
      });
      await typedEvents<DemandEventPayloads>(deps.events).publish(DEMAND_EVENTS.factsChanged, { demandId, ownerAccountId: record.demand.ownerAccountId, facts: [input.fact] }, at);
      return { record: { ...record, factChecks }, appended: [] };
    },
  );
}
