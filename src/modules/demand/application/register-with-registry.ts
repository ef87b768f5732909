import { departementOfDemand, isFinal, isRegistrationPending, recordRegistration } from '../domain/index';
import { DomainError } from '../../../shared/errors';
import { toIsoDate } from '../../../shared/dates';
import { demandError } from '../demand.errors';
import type { DemandDeps } from './demand.deps';
import { fromTransition, mutateDemand } from './mutate';

export type RegisterOutcome =
  /** the registry delivered the number, now set on the demand */
  | { outcome: 'registered'; registrationNumber: string; registrationDate: string }
  /** the registry was sent the edited data of a registered demand */
  | { outcome: 'updated'; registrationNumber: string }
  /** nothing to do: unknown demand, final, not validated, or already registered by another run */
  | { outcome: 'skipped'; reason: string };

/**
 * The handler of the durable job `demand.register-with-registry` (payload `{ demandId }`):
 * registers a validated demand with the registry and sets its number and registration date, or,
 * for a registered demand whose data changed, sends the registry the new data.
 *
 * Idempotent: it reads the demand first and does nothing when there is nothing to do; a retried
 * run (`retry`) has the registry look for a registration a previous run may have made. The
 * registry is called outside any transaction (no lock is held while waiting for it); the number
 * is then written under the row lock, only if no other run set one meanwhile. When no registry is
 * configured, or it is unreachable, it throws DomainError unavailable: the job stays queued and is
 * retried with backoff; no number is ever made up.
 *
 * The registry is the demand's own once it has one; a demand not registered yet goes to the
 * registry serving its département (its regional shared file where one is configured, the SNE
 * otherwise: decision 0010), which is recorded with the number.
 */
export async function registerWithRegistry(deps: DemandDeps, demandId: string, options: { retry?: boolean } = {}): Promise<RegisterOutcome> {
  const current = await deps.demands.findById(demandId);
  if (!current) return { outcome: 'skipped', reason: 'unknown demand' };
  const { demand } = current;
  if (isFinal(demand.status)) return { outcome: 'skipped', reason: `demand is ${demand.status}` };
  const pending = isRegistrationPending(demand);
  if (!pending && !(demand.status === 'active' && demand.registrationNumber)) {
    return { outcome: 'skipped', reason: 'demand not validated' };
  }

  const registryId = demand.registry ?? deps.registries.forDepartement(departementOfDemand(demand.data));
  const registry = deps.registries.get(registryId);
  if (!registry) {
    deps.logger.warn(
      { demandId, registry: registryId, configured: deps.registries.list() },
      'demand registration waits: no registry is configured for it (SNE_ENDPOINT, or its shared file in REGISTRIES); the job stays queued and no number is made up',
    );
    const label = deps.registries.describe(registryId)?.label ?? `le registre ${registryId}`;
    throw demandError.registrationWaits(label);
  }

  if (!pending) {
    const number = demand.registrationNumber!;
    await registry.register(demand.data, { existingNumber: number });
    deps.logger.info({ demandId, registry: registryId }, 'demand data sent to the registry');
    return { outcome: 'updated', registrationNumber: number };
  }

  // A retried job may follow a run that reached the registry without seeing its answer (timeout,
  // crash before the save): the registry is asked for that registration before a new one is made.
  const since = toIsoDate(demand.validatedAt ?? deps.clock.now());
  const result = await registry.register(demand.data, options.retry ? { mayAlreadyBeRegisteredSince: since } : {});
  let outcome = { outcome: 'skipped', reason: 'registered meanwhile' } as RegisterOutcome;
  try {
    await mutateDemand(
      deps,
      demandId,
      () => undefined,
      async (record, at) => {
        if (!isRegistrationPending(record.demand)) return null;
        const registered = recordRegistration(record.demand, { at, registrationNumber: result.number, registrationDate: result.registrationDate });
        // the number is the registry's: the demand is known by (registry, number) from now on
        const t = { ...registered, demand: { ...registered.demand, registry: registryId } };
        await deps.audit.record({
          action: 'demand.registered',
          objectType: 'demand',
          objectId: demandId,
          detail: { registry: registryId, registrationNumber: result.number, registrationDate: result.registrationDate },
        });
        await deps.notifications.add({
          accountId: record.demand.ownerAccountId,
          kind: 'demand.registered',
          payload: { demandId, registrationNumber: result.number, registrationDate: result.registrationDate },
        });
        outcome = { outcome: 'registered', registrationNumber: result.number, registrationDate: result.registrationDate };
        return fromTransition(record, t);
      },
    );
  } catch (error) {
    // The registry gave a number; failing to store it must be loud (the registry holds a demand we do not know as registered).
    deps.logger.error(
      { demandId, registry: registryId, registrationNumber: result.number, code: error instanceof DomainError ? error.code : undefined },
      'demand registered with the registry but its number could not be saved',
    );
    throw error;
  }
  if (outcome.outcome === 'registered') deps.logger.info({ demandId, registry: registryId, registrationNumber: outcome.registrationNumber }, 'demand registered');
  return outcome;
}
