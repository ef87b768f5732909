import type { Principal } from '../../identity/index';
import { demandError } from '../demand.errors';
import { isRegistrationPending, recordFactCheck, validate, type FactChecks } from '../domain/index';
import type { DemandRecord } from '../ports/demands.port';
import { DEMAND_JOBS, registrationJobKey, enqueueDemandJob } from '../demand.jobs';
import { assertStaff, auditActor } from './access';
import { supportingPiece } from './check-declared-fact';
import type { DemandDeps } from './demand.deps';
import { checklistOf } from './get-instruction-checklist';
import type { CallContext } from './get-demand';
import { fromTransition, mutateDemand } from './mutate';

/** Bounds of the reason of an override of the instruction checklist. */
export const OVERRIDE_REASON_MIN = 5;
export const OVERRIDE_REASON_MAX = 1000;

export interface ValidateDemandInput {
  /** the agent checked the mobility declared on the demand (scoring counts a checked mobility only) */
  mobilityChecked?: boolean;
  /**
   * validate although expected pieces are missing or not verified (instruction checklist), with
   * the reason; without it, such a validation is refused (`DEMAND.PIECES_NOT_VERIFIED`)
   */
  piecesOverride?: { reason: string };
}

/**
 * An agent validates the demand: submitted | in_instruction → active. The expected pieces (an
 * identity piece per adult, the tax notices of years N−2 and, when given, N−1: the instruction
 * checklist, N from the clock) must be verified, or the agent overrides with a reason (audited
 * with the pieces missing). An imported demand keeps its number and registration date. A new one
 * is registered with the registry by a durable job enqueued in the same transaction
 * (`demand.register-with-registry`, one per demand): until the job sets the number the demand is
 * active with `registrationPending`. Audited `demand.validated`; the applicant is notified. The
 * agent may check the declared mobility at the same time (recorded as an agent's check).
 */
export function validateDemand(deps: DemandDeps, principal: Principal, demandId: string, input: ValidateDemandInput = {}, ctx: CallContext = {}): Promise<DemandRecord> {
  return mutateDemand(
    deps,
    demandId,
    () => assertStaff(principal),
    async (record, at) => {
      const t = validate(record.demand, { at, by: principal.accountId, registrationPending: true });
      const checklist = await checklistOf(deps, record, at);
      const overrideReason = input.piecesOverride?.reason.trim();
      if (!checklist.complete && !overrideReason) {
        throw demandError.piecesNotVerified(checklist.missing);
      }
      if (overrideReason !== undefined && !checklist.complete && (overrideReason.length < OVERRIDE_REASON_MIN || overrideReason.length > OVERRIDE_REASON_MAX)) {
        throw demandError.piecesOverrideReasonRequired(OVERRIDE_REASON_MIN, OVERRIDE_REASON_MAX);
      }
      const overridden = !checklist.complete;
      let factChecks: FactChecks | undefined = record.factChecks;
      const mobilityChecked = input.mobilityChecked === true && record.demand.data.mobility !== undefined;
      if (mobilityChecked) {
        const documentId = await supportingPiece(deps, demandId, 'mobility', undefined);
        factChecks = recordFactCheck(record.demand.data, factChecks, { fact: 'mobility', decision: 'check', at, by: principal.accountId, documentId });
      }
      const mutation = fromTransition(record, t, factChecks === undefined ? {} : { factChecks });
      const pending = isRegistrationPending(t.demand);
      if (pending) {
        await enqueueDemandJob(deps.jobs, DEMAND_JOBS.register, { demandId }, { dedupeKey: registrationJobKey(demandId) });
      }
      await deps.audit.record({
        ...auditActor(principal),
        action: 'demand.validated',
        objectType: 'demand',
        objectId: demandId,
        address: ctx.address,
        detail: {
          registrationPending: pending,
          mobilityChecked,
          pieces: overridden ? { overridden: true, reason: overrideReason, missing: checklist.missing.map((i) => i.key) } : { overridden: false },
        },
      });
      if (mobilityChecked) {
        await deps.audit.record({
          ...auditActor(principal),
          action: 'demand.fact_checked',
          objectType: 'demand',
          objectId: demandId,
          address: ctx.address,
          detail: { fact: 'mobility', source: 'agent', atValidation: true, ...(factChecks?.mobility?.documentId ? { documentId: factChecks.mobility.documentId } : {}) },
        });
      }
      await deps.notifications.add({
        accountId: record.demand.ownerAccountId,
        kind: 'demand.validated',
        payload: { demandId, registrationPending: pending, renewalDueDate: t.demand.renewalDueDate },
      });
      return mutation;
    },
  );
}
