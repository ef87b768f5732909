import type { IsoDate } from '../../../shared/dates';
import { isFinal, strikeOffByRegistry, REGISTRY_RADIATION_LABELS } from '../domain/index';
import type { RegistryRadiation } from '../ports/registry.port';
import type { RegistrySyncDeps } from './registry-sync.deps';
import { registryFor } from './registry-for';
import { fromTransition, mutateDemand } from './mutate';
import { readFeed } from './registry-feed';

export interface StruckOffFeedResult {
  registry: string;
  since: IsoDate;
  /** numbers the registry listed */
  read: number;
  /** demands closed here */
  closed: number;
}

/**
 * The handler of the durable job `demand.registry-struck-off-feed` (enqueued daily by the
 * scheduler): reads the registry's demands struck off since the day of the last successful read
 * (kept in `demand.registry_feeds`; a first read goes back `firstFeedDays`), and closes here each
 * open demand it lists, in the final state of the registry's reason (housed → satisfied, not
 * renewed → expired, otherwise cancelled), history entry `struck_off` with the French reason,
 * audited, its applicant told (`demand.struck_off`), and the change published
 * (`demand.status_changed`, action `struck_off`: the candidacy module ends its open candidacies).
 *
 * Each configured registry (the SNE, each regional shared file) has its own feed, job and last
 * successful day; a number closes only the demand of the registry that listed it.
 *
 * Idempotent: a demand already final is left alone, so a read that covers a day twice changes
 * nothing. The registry down: the failure is kept with the feed and the job retried with backoff;
 * the last successful day does not move, so the next read covers the days missed.
 */
export async function readStruckOffFeed(deps: RegistrySyncDeps, registryId: string): Promise<StruckOffFeedResult> {
  const registry = registryFor(deps, registryId);
  return readFeed(deps, registry.id, 'struck_off', async (since) => {
    const radiations: RegistryRadiation[] = registry.radiationsSince
      ? await registry.radiationsSince(since)
      : (await registry.struckOffSince(since)).map((number) => ({ number, reason: 'other' as const }));
    let closed = 0;
    for (const radiation of radiations) {
      if (await closeStruckOff(deps, registry.id, radiation)) closed += 1;
    }
    return { registry: registry.id, since, read: radiations.length, closed };
  });
}

/** The demand of this registry holding the number (never another registry's: numbers are unique per registry only). */
async function closeStruckOff(deps: RegistrySyncDeps, registryId: string, radiation: RegistryRadiation): Promise<boolean> {
  const found = await deps.demands.findByRegistrationNumber(radiation.number, registryId);
  if (!found || isFinal(found.demand.status)) return false;
  // the reason names the registry that struck the demand off: a shared file is not the national registry
  const described = deps.registries.describe(registryId);
  const named = (text: string): string => (described?.kind === 'shared_file' ? text.replace('le registre national', described.label) : text);
  let closed = false;
  await mutateDemand(
    deps,
    found.demand.id,
    () => undefined,
    async (record, at) => {
      if (isFinal(record.demand.status) || record.demand.registrationNumber !== radiation.number) return null;
      const struck = strikeOffByRegistry(record.demand, { at, reason: radiation.reason });
      const t = struck.entry.reason === undefined ? struck : { ...struck, entry: { ...struck.entry, reason: named(struck.entry.reason) } };
      await deps.audit.record({
        actorRole: 'system',
        action: 'demand.struck_off',
        objectType: 'demand',
        objectId: record.demand.id,
        detail: {
          registry: registryId,
          registrationNumber: radiation.number,
          reason: radiation.reason,
          ...(radiation.on ? { struckOffOn: radiation.on } : {}),
          to: t.demand.status,
        },
      });
      await deps.notifications.add({
        accountId: record.demand.ownerAccountId,
        kind: 'demand.struck_off',
        payload: {
          demandId: record.demand.id,
          registrationNumber: radiation.number,
          reason: named(REGISTRY_RADIATION_LABELS[radiation.reason]),
          ...(radiation.on ? { struckOffOn: radiation.on } : {}),
        },
        dedupeKey: `demand.struck_off:${record.demand.id}`,
      });
      closed = true;
      return fromTransition(record, t);
    },
  );
  return closed;
}
