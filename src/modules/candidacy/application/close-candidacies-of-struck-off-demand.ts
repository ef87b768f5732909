import { OPEN_STATUSES, withdraw } from '../domain/index';
import type { CandidacyDeps } from './candidacy.deps';
import { NOTIFICATION_KINDS, saveTransition } from './transitions';

const DEFAULT_REASON = 'Votre demande de logement a été radiée par le registre national : vos candidatures en cours sont closes.';

/**
 * The registry struck a demand off and the demand module closed it: every open candidacy of the
 * demand ends — `withdrawn` by the system, a dated timeline entry giving the reason, a notification
 * to the applicant — each under its offer's lock (offers locked in id order), in one transaction.
 * Idempotent (a second run finds nothing open). Once it ran, nothing can be designated on that
 * demand: a withdrawn candidacy is no longer among an offer's candidates.
 */
export async function closeCandidaciesOfStruckOffDemand(deps: CandidacyDeps, demandId: string, input: { reason?: string | undefined } = {}): Promise<{ closed: number }> {
  const reason = (input.reason?.trim() ? `Demande radiée : ${input.reason.trim()}` : DEFAULT_REASON).slice(0, 1000);
  const closed = await deps.uow.run(async () => {
    const open = await deps.candidacies.listForDemand(demandId, OPEN_STATUSES);
    for (const offerId of [...new Set(open.map((r) => r.offerId))].sort()) await deps.candidacies.lockOffer(offerId);
    const stillOpen = await deps.candidacies.listForDemand(demandId, OPEN_STATUSES);
    const at = deps.clock.now();
    for (const record of stillOpen) {
      await saveTransition(deps, record, withdraw(record, { at, system: true, reason }), { kind: NOTIFICATION_KINDS.withdrawn_by_system });
    }
    if (stillOpen.length) {
      await deps.audit.record({
        actorRole: 'system',
        action: 'candidacy.closed_demand_struck_off',
        objectType: 'demand',
        objectId: demandId,
        detail: { candidacyIds: stillOpen.map((r) => r.id) },
      });
    }
    return stillOpen.length;
  });
  if (closed) deps.cache.clear();
  return { closed };
}
