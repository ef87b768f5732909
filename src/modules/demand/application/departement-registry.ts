import { isDepartementCode } from '../../../shared/commune';
import type { DemandRegistries, DemandRegistry, RegistryDescription } from '../ports/registry.port';
import { demandError } from '../demand.errors';
import { SNE_DESCRIPTION } from './registries';

/** Which registry serves a département, as the import form tells it. */
export interface DepartementRegistryView {
  departement: string;
  registry: RegistryDescription;
  /** the platform is connected to it: an import can be made now */
  connected: boolean;
  /** the sentence the form shows, e.g. `Dans ce département, votre demande est enregistrée dans le fichier partagé Imhoweb.` */
  message: string;
}

/**
 * The registry serving a département (issue 20 item 5, decision 0010): its regional shared file
 * where one is configured, the SNE otherwise, with the French sentence the import form shows.
 * Invalid DEMAND.UNKNOWN_DEPARTEMENT for a code that is not a département's.
 */
export function departementRegistry(deps: { registries: DemandRegistries }, departement: string): DepartementRegistryView {
  if (!isDepartementCode(departement)) throw demandError.unknownDepartement();
  const id = deps.registries.forDepartement(departement);
  const registry = deps.registries.describe(id) ?? { ...SNE_DESCRIPTION, id };
  const connected = deps.registries.get(id) !== undefined;
  const where = `Dans ce département, votre demande de logement social est enregistrée dans ${registry.label}.`;
  const message = connected ? where : `${where} La plateforme n’y est pas reliée pour le moment : vous pouvez saisir votre demande.`;
  return { departement, registry, connected, message };
}

/**
 * The département a registration number was issued in, from its first three characters (`035…`
 * → `35`, `02A…` → `2A`, `974…` → `974`); undefined for the Île-de-France regional file (`111`)
 * or anything else (then the default registry, the SNE, holds it).
 */
export function departementOfNumber(number: string): string | undefined {
  const territory = number.slice(0, 3);
  const code = territory.startsWith('0') ? territory.slice(1) : territory;
  return isDepartementCode(code) ? code : undefined;
}

/**
 * The registry an import goes to: the département's (given, else the one the number was issued
 * in); a `registry` named as well must be that one (invalid DEMAND.IMPORT_REGISTRY_MISMATCH).
 * Only a `registry` named: that one (the route checks that the platform knows it).
 */
export function importRegistryId(deps: { registries: DemandRegistries }, input: { registry?: string | undefined; departement?: string | undefined; number: string }): string {
  if (input.departement !== undefined) {
    if (!isDepartementCode(input.departement)) throw demandError.unknownDepartement();
    const id = deps.registries.forDepartement(input.departement);
    if (input.registry !== undefined && input.registry !== id) {
      throw demandError.importRegistryMismatch(input.departement, deps.registries.describe(id)?.label ?? id);
    }
    return id;
  }
  if (input.registry !== undefined) return input.registry;
  return deps.registries.forDepartement(departementOfNumber(input.number));
}

/**
 * The registry by id, or unavailable REGISTRY.NOT_CONFIGURED (503) naming it, when this platform
 * is not connected to it.
 */
export function connectedRegistry(deps: { registries: DemandRegistries }, id: string): DemandRegistry {
  const registry = deps.registries.get(id);
  if (!registry) throw demandError.registryNotConnected(deps.registries.describe(id)?.label ?? `le registre ${id}`);
  return registry;
}
