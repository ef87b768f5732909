import { unavailable } from '../../../shared/errors';
import type { DemandRegistry } from '../ports/registry.port';
import type { DemandDeps } from './demand.deps';
import { DEMAND_APP_ERRORS } from './errors';

/**
 * The registry a demand belongs to (the one it was imported from, else the default), or
 * DomainError unavailable `REGISTRY.NOT_CONFIGURED`: a job that needs it stays queued.
 */
export function registryFor(deps: DemandDeps, registryId: string | undefined): DemandRegistry {
  const id = registryId ?? deps.settings.defaultRegistry;
  const registry = deps.registries.get(id);
  if (!registry) {
    deps.logger.warn({ registry: id, configured: deps.registries.list() }, 'registry work waits: the registry is not configured');
    throw unavailable(DEMAND_APP_ERRORS.REGISTRY_NOT_CONFIGURED, `Le registre ${id} n’est pas configuré : le travail attend dans la file.`);
  }
  return registry;
}
