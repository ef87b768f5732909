import { PermanentJobFailure } from '../../../shared/jobs';
import { DomainError } from '../../../shared/errors';
import { REGISTRY_ERRORS } from '../demand.errors';
import type { IsoDate } from '../../../shared/dates';
import type { DemandDeps } from './demand.deps';
import { registryFor } from './registry-for';

export type RegistrySendOutcome = { outcome: 'sent' } | { outcome: 'skipped'; reason: string };

/**
 * The handler of the durable job `demand.registry-renewal` (payload `{ demandId, renewedOn }`,
 * enqueued in the renewal's transaction): tells the registry the demand was renewed on that day,
 * so that it does not strike off a demand the platform shows as renewed.
 *
 * Idempotent (the registry answers a renewal sent twice as the first time). Nothing to send for a
 * demand without a number yet (its registration carries it). The registry down or not configured:
 * DomainError unavailable, the job is retried with backoff. The registry struck the demand off or
 * does not know its number: PermanentJobFailure with a French message (the job shows as failed to
 * agents; the struck-off feed closes the demand).
 */
export async function sendRenewalToRegistry(deps: DemandDeps, demandId: string, renewedOn: IsoDate): Promise<RegistrySendOutcome> {
  const record = await deps.demands.findById(demandId);
  if (!record) return { outcome: 'skipped', reason: 'unknown demand' };
  const { demand } = record;
  if (!demand.registrationNumber) return { outcome: 'skipped', reason: 'no registration number yet' };
  const registry = registryFor(deps, demand.registry);
  if (!registry.renew) throw new PermanentJobFailure(`Le registre ${registry.id} ne reçoit pas les renouvellements.`);
  try {
    await registry.renew(demand.registrationNumber, renewedOn);
  } catch (error) {
    if (error instanceof DomainError && (error.code === REGISTRY_ERRORS.DEMAND_STRUCK_OFF || error.code === REGISTRY_ERRORS.UNKNOWN_NUMBER)) {
      deps.logger.warn({ demandId, registry: registry.id, code: error.code }, 'renewal refused by the registry');
      throw new PermanentJobFailure(`Renouvellement refusé par le registre : ${error.message}`);
    }
    throw error;
  }
  await deps.audit.record({ action: 'demand.renewal_sent', objectType: 'demand', objectId: demandId, detail: { registry: registry.id, renewedOn } });
  return { outcome: 'sent' };
}
