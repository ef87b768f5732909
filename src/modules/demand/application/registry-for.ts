import type { DemandRegistry } from '../ports/registry.port';
import { demandError } from '../demand.errors';
import type { DemandDeps } from './demand.deps';

/**
 * The registry a demand belongs to (the one it was imported from, else the default), or
 * DomainError unavailable `REGISTRY.NOT_CONFIGURED`: a job that needs it stays queued.
 */
export function registryFor(deps: DemandDeps, registryId: string | undefined): DemandRegistry {
  const id = registryId ?? deps.settings.defaultRegistry;
  const registry = deps.registries.get(id);
  if (!registry) {
    deps.logger.warn({ registry: id, configured: deps.registries.list() }, 'registry work waits: the registry is not configured');
    throw demandError.registryNotConfigured(id);
  }
  return registry;
}
