import type { Principal } from '../../identity/index';
import { toIsoDate } from '../../../shared/dates';
import { typedEvents } from '../../../shared/events';
import { DEMAND_EVENTS, type DemandEventPayloads } from '../demand.events';
import { checksAfterEdit, editDemandData, type DemandData, type DemandHistoryEntry, type SensitiveFact } from '../domain/index';
import type { DemandRecord } from '../ports/demands.port';
import { demandError } from '../demand.errors';
import { DEMAND_JOBS, registrationJobKey, enqueueDemandJob } from '../demand.jobs';
import { assertCanRead, auditActor, isOwner, isStaff } from './access';
import type { DemandDeps } from './demand.deps';
import { draftDataErrors } from './draft-checks';
import type { CallContext } from './get-demand';
import { mutateDemand } from './mutate';

/**
 * A change of the demand data, section by section: each top-level section given replaces the
 * stored one; `null` removes an optional section (co-applicant, mobility…); sections not given are
 * kept.
 */
export type DemandDataPatch = {
  [K in keyof DemandData]?: undefined extends DemandData[K] ? DemandData[K] | null : DemandData[K];
};

/** The data after a patch. */
export function applyDemandPatch(data: DemandData, patch: DemandDataPatch): DemandData {
  const next: Record<string, unknown> = { ...data };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next as unknown as DemandData;
}

const FACT_LABELS: Record<SensitiveFact, string> = {
  household: 'composition du ménage',
  resources: 'ressources',
  reference_income: 'revenu fiscal de référence',
  applicant_birth_date: 'date de naissance',
  employer: 'employeur',
  mobility: 'mobilité',
  cal_history: 'historique CAL',
  housing_benefit: 'aide au logement',
  dalo: 'DALO',
};

export interface UpdateDemandResult {
  record: DemandRecord;
  /** facts that change eligibility or the score and were changed: they are re-checked */
  recheck: SensitiveFact[];
}

/**
 * Edits the demand data: freely in draft; an active demand stays active, the changed facts that
 * matter to eligibility and scoring are listed, written to the history and published
 * (`demand.facts_changed`) so that candidacies are re-checked; a changed mobility, DALO or CAL
 * history loses its check; the registry is sent the new data. Other states: conflict `DEMAND.NOT_EDITABLE`.
 * The owner edits; an agent may correct the file too (audited).
 */
export async function updateDemand(deps: DemandDeps, principal: Principal, demandId: string, patch: DemandDataPatch, ctx: CallContext = {}): Promise<UpdateDemandResult> {
  let recheck: SensitiveFact[] = [];
  const record = await mutateDemand(
    deps,
    demandId,
    (current) => assertCanRead(principal, current),
    async (current, at) => {
      const data = applyDemandPatch(current.demand.data, patch);
      const errors = draftDataErrors(data, toIsoDate(at));
      if (errors.length) throw demandError.invalidData(errors);
      const edited = editDemandData(current.demand, data, { at, by: principal.accountId });
      recheck = edited.recheck;
      let demand = edited.demand;
      const appended: DemandHistoryEntry[] = [];
      if (edited.entry) {
        const entry = recheck.length ? { ...edited.entry, reason: `Faits modifiés : ${recheck.map((f) => FACT_LABELS[f]).join(', ')}` } : edited.entry;
        demand = { ...demand, history: [...demand.history.slice(0, -1), entry] };
        appended.push(entry);
      }
      const next: DemandRecord = { ...current, demand };
      // a declared fact the applicant changed (mobility, DALO, CAL history) loses its check: "déclaré, à vérifier" again
      const factChecks = checksAfterEdit(current.factChecks, recheck);
      if (factChecks === undefined) delete next.factChecks;
      else next.factChecks = factChecks;

      if (isStaff(principal) && !isOwner(principal, current)) {
        await deps.audit.record({
          ...auditActor(principal),
          action: 'demand.edited',
          objectType: 'demand',
          objectId: demandId,
          address: ctx.address,
          detail: { recheck },
        });
      }
      if (recheck.length && current.demand.status !== 'draft') {
        await typedEvents<DemandEventPayloads>(deps.events).publish(DEMAND_EVENTS.factsChanged, { demandId, ownerAccountId: current.demand.ownerAccountId, facts: recheck }, at);
      }
      // The registry holds a copy of a registered demand: send it the new data (the job reads the latest).
      if (current.demand.status === 'active' && current.demand.registrationNumber) {
        await enqueueDemandJob(deps.jobs, DEMAND_JOBS.register, { demandId, reason: 'update' }, { dedupeKey: registrationJobKey(demandId) });
      }
      return { record: next, appended };
    },
  );
  return { record, recheck };
}
