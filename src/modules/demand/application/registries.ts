import type { DemandRegistries, DemandRegistry, RegistryDescription } from '../ports/registry.port';

/** The national registry, as people read its name. */
export const SNE_DESCRIPTION: RegistryDescription = {
  id: 'sne',
  kind: 'national',
  name: 'SNE',
  label: 'le Système national d’enregistrement (SNE)',
};

/** A regional shared file, as people read its name (`le fichier partagé Imhoweb`). */
export function sharedFileDescription(id: string, name: string): RegistryDescription {
  return { id, kind: 'shared_file', name, label: `le fichier partagé ${name}` };
}

export interface RegistryRouting {
  /** the registry of the départements no shared file serves (default `sne`) */
  defaultId?: string;
  /** département code → id of the shared file that serves it */
  byDepartement?: Readonly<Record<string, string>>;
  /** names of the registries (the SNE's is known); a connected registry without one is named by its id */
  descriptions?: readonly RegistryDescription[];
}

/**
 * The registries the platform is connected to, from a fixed list, and the département routing
 * (built by the bootstrap from the configuration). A département routed to a registry that is not
 * connected still names it: its work waits (REGISTRY.NOT_CONFIGURED) rather than going elsewhere.
 */
export function staticDemandRegistries(registries: readonly DemandRegistry[], routing: RegistryRouting = {}): DemandRegistries {
  const byId = new Map(registries.map((r) => [r.id, r]));
  const defaultId = routing.defaultId ?? SNE_DESCRIPTION.id;
  const byDepartement = new Map(Object.entries(routing.byDepartement ?? {}));
  const descriptions = new Map<string, RegistryDescription>([[SNE_DESCRIPTION.id, SNE_DESCRIPTION]]);
  for (const d of routing.descriptions ?? []) descriptions.set(d.id, d);
  return {
    get: (id) => byId.get(id),
    list: () => [...byId.keys()],
    forDepartement: (code) => (code === undefined ? undefined : byDepartement.get(code)) ?? defaultId,
    departementsOf: (id) =>
      id === defaultId
        ? []
        : [...byDepartement]
            .filter(([, r]) => r === id)
            .map(([d]) => d)
            .sort(),
    describe: (id) => descriptions.get(id) ?? (byId.has(id) || id === defaultId ? sharedFileDescription(id, id) : undefined),
  };
}
