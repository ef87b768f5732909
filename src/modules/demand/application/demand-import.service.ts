import type { Principal } from '../../identity/index';
import type { CallContext } from './get-demand';
import { confirmDemandImport, type ConfirmDemandImportInput, type ConfirmDemandImportResult } from './confirm-demand-import';
import type { DemandImportDeps } from './demand-import.deps';
import { departementRegistry, type DepartementRegistryView } from './departement-registry';
import { startDemandImport, type StartDemandImportInput, type StartDemandImportResult } from './start-demand-import';

/**
 * The import of a registry demand, in two steps: number + birth date (a code goes to the registry's
 * contact), then the code (the demand moves to the account). One use case per file.
 */
export class DemandImportService {
  constructor(private readonly deps: DemandImportDeps) {}

  /** Number and birth date: when they match, a code is sent to the registry's contact (masked in the answer). */
  start = (principal: Principal, input: StartDemandImportInput, ctx?: CallContext): Promise<StartDemandImportResult> => startDemandImport(this.deps, principal, input, ctx);
  /** The code received: the demand is imported on the account. */
  confirm = (principal: Principal, input: ConfirmDemandImportInput, ctx?: CallContext): Promise<ConfirmDemandImportResult> => confirmDemandImport(this.deps, principal, input, ctx);
  /** The registry serving a département (the SNE, or its regional shared file), as the import form names it. */
  registryForDepartement = (departement: string): DepartementRegistryView => departementRegistry(this.deps, departement);
  /** Whether the platform knows a registry of this id (connected, or serving a département). */
  knowsRegistry = (id: string): boolean => this.deps.registries.describe(id) !== undefined;
}
