import type { DemandRegistries, DemandRegistry } from '../ports/registry.port';

/** The registries the platform is connected to, from a fixed list (built by the bootstrap from the configuration). */
export function staticDemandRegistries(registries: readonly DemandRegistry[]): DemandRegistries {
  const byId = new Map(registries.map((r) => [r.id, r]));
  return { get: (id) => byId.get(id), list: () => [...byId.keys()] };
}
