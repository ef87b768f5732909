import { PermanentJobFailure } from '../../../shared/jobs';
import { DomainError } from '../../../shared/errors';
import { REGISTRY_ERRORS } from '../demand.errors';
import type { IsoDate } from '../../../shared/dates';
import type { RegistrySyncDeps } from './registry-sync.deps';
import { registryFor } from './registry-for';
import type { RegistrySendOutcome } from './send-renewal-to-registry';

/**
 * The handler of the durable job `demand.registry-housed` (payload `{ demandId, on, offerId? }`,
 * enqueued in the transaction that marks the demand satisfied): tells the registry the demand is
 * satisfied — radiation pour attribution — with the home's identifiers the exchange carries
 * (commune, typology, financing, landlord's SIREN, the offer's reference).
 *
 * Idempotent (the registry answers the same radiation twice as the first time). A demand the
 * registry already struck off for another reason is left as it is (logged). Registry down or not
 * configured: DomainError unavailable, retried with backoff. Unknown number: PermanentJobFailure.
 */
export async function reportHousedToRegistry(deps: RegistrySyncDeps, demandId: string, input: { on: IsoDate; offerId?: string | undefined }): Promise<RegistrySendOutcome> {
  const record = await deps.demands.findById(demandId);
  if (!record) return { outcome: 'skipped', reason: 'unknown demand' };
  const { demand } = record;
  if (!demand.registrationNumber) return { outcome: 'skipped', reason: 'no registration number' };
  if (demand.status !== 'satisfied') return { outcome: 'skipped', reason: `demand is ${demand.status}` };
  const registry = registryFor(deps, demand.registry);
  if (!registry.reportHoused) throw new PermanentJobFailure(`Le registre ${registry.id} ne reçoit pas les radiations pour attribution.`);
  const home = input.offerId ? ((await deps.homes.homeOf(input.offerId)) ?? {}) : {};
  try {
    await registry.reportHoused(demand.registrationNumber, { on: input.on, home });
  } catch (error) {
    if (error instanceof DomainError && error.code === REGISTRY_ERRORS.DEMAND_STRUCK_OFF) {
      deps.logger.warn({ demandId, registry: registry.id }, 'housed demand already struck off by the registry for another reason');
      return { outcome: 'skipped', reason: 'already struck off' };
    }
    if (error instanceof DomainError && error.code === REGISTRY_ERRORS.UNKNOWN_NUMBER) throw new PermanentJobFailure(`Radiation refusée par le registre : ${error.message}`);
    throw error;
  }
  await deps.audit.record({
    action: 'demand.housed_sent',
    objectType: 'demand',
    objectId: demandId,
    detail: { registry: registry.id, on: input.on, ...(input.offerId ? { offerId: input.offerId } : {}) },
  });
  return { outcome: 'sent' };
}
