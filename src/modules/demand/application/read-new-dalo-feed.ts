import type { IsoDate } from '../../../shared/dates';
import { typedEvents } from '../../../shared/events';
import { DEMAND_EVENTS, type DemandEventPayloads } from '../demand.events';
import { isFinal, type FactChecks } from '../domain/index';
import type { RegistrySyncDeps } from './registry-sync.deps';
import { registryFor } from './registry-for';
import { mutateDemand } from './mutate';
import { readFeed } from './registry-feed';

export interface NewDaloFeedResult {
  registry: string;
  since: IsoDate;
  /** numbers the registry listed */
  read: number;
  /** demands whose DALO is now confirmed by the registry */
  confirmed: number;
}

/**
 * The handler of the durable job `demand.registry-new-dalo-feed` (enqueued daily by the scheduler):
 * reads the registry's new DALO demands since the day of the last successful read, and marks each
 * open demand it lists as DALO **confirmed by the registry** — the demand's DALO fact with a check
 * of source `registry` in `demand.fact_checks` (the same check an import gives, see
 * domain/declared-facts.ts), the DALO flag set when the applicant had not declared it. Audited
 * `demand.fact_checked` (source registry); the change is published (`demand.facts_changed`) so
 * that rankings are computed again.
 *
 * Idempotent: a demand whose DALO the registry already confirmed is left alone. Registry down: kept
 * with the feed, the job retried with backoff, the days missed read by the next success.
 */
export async function readNewDaloFeed(deps: RegistrySyncDeps, registryId: string): Promise<NewDaloFeedResult> {
  const registry = registryFor(deps, registryId);
  return readFeed(deps, registry.id, 'new_dalo', async (since) => {
    const numbers = registry.newDaloSince ? await registry.newDaloSince(since) : [];
    let confirmed = 0;
    for (const number of numbers) {
      if (await confirmDalo(deps, registry.id, number)) confirmed += 1;
    }
    return { registry: registry.id, since, read: numbers.length, confirmed };
  });
}

/** The demand of this registry holding the number (never another registry's). */
async function confirmDalo(deps: RegistrySyncDeps, registryId: string, number: string): Promise<boolean> {
  const found = await deps.demands.findByRegistrationNumber(number, registryId);
  if (!found || isFinal(found.demand.status)) return false;
  let confirmed = false;
  await mutateDemand(
    deps,
    found.demand.id,
    () => undefined,
    async (record, at) => {
      const { demand } = record;
      if (isFinal(demand.status) || demand.registrationNumber !== number) return null;
      const current = record.factChecks?.dalo;
      if (demand.data.dalo === true && current?.status === 'checked' && current.source === 'registry') return null;
      const by = deps.registries.describe(registryId)?.label ?? `le registre ${registryId}`;
      const factChecks: FactChecks = { ...record.factChecks, dalo: { status: 'checked', source: 'registry', at, reason: `Nouvelle demande DALO signalée par ${by}` } };
      await deps.audit.record({
        actorRole: 'system',
        action: 'demand.fact_checked',
        objectType: 'demand',
        objectId: demand.id,
        detail: { fact: 'dalo', source: 'registry', registry: registryId, registrationNumber: number },
      });
      await typedEvents<DemandEventPayloads>(deps.events).publish(DEMAND_EVENTS.factsChanged, { demandId: demand.id, ownerAccountId: demand.ownerAccountId, facts: ['dalo'] }, at);
      confirmed = true;
      return { record: { ...record, demand: { ...demand, data: { ...demand.data, dalo: true } }, factChecks }, appended: [] };
    },
  );
  return confirmed;
}
