import type { Principal } from '../../identity/index';
import { DomainError, unavailable } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { importRegisteredDemand, isRegistrationNumber } from '../domain/index';
import type { DemandRecord } from '../ports';
import type { RegistryDemand } from '../ports/registry.port';
import { assertApplicant, auditActor } from './access';
import type { DemandDeps } from './demand.deps';
import { DEMAND_APP_ERRORS, demandAlreadyExists, demandNotFound } from './errors';
import type { CallContext } from './get-demand';
import { statusChangedEvent } from './mutate';

export interface ImportDemandInput {
  /** the registry that holds the demand, e.g. `sne` */
  registry: string;
  /** its registration number (NUR/NUD), 18 characters */
  number: string;
  /** the applicant's birth date, as the registry holds it: the proof that the number is theirs */
  birthDate: string;
}

export interface ImportDemandResult {
  record: DemandRecord;
  /** false when the applicant had already imported this demand (the same one is returned) */
  created: boolean;
}

/**
 * An applicant brings back a demand from a registry (SNE) by its registration number and their
 * birth date, instead of typing it again. The demand comes back prefilled and `active`: it keeps
 * the registry's number and registration date (its seniority) and its DALO mark.
 *
 * - An unknown number, a birth date that does not match the registry's applicant, or a number
 *   already held by another account's demand: DEMAND.NOT_FOUND, with the same words, so that the
 *   answer never tells which part was wrong. The refusals are audited (`demand.import_refused`).
 * - Importing the same number again returns the demand already imported (idempotent).
 * - An applicant who has another demand in progress: DEMAND.ALREADY_EXISTS.
 * - Refused imports count against the import throttle, per account and per client address; past
 *   its limit every import waits (rate_limited DEMAND.IMPORT_THROTTLED, 429 with Retry-After), so
 *   that numbers and birth dates cannot be guessed by trying. Successes and other errors do not count.
 * - The registry down or slow: DomainError unavailable (503, Retry-After); nothing is created.
 *   A registry not connected on this platform: unavailable REGISTRY.NOT_CONFIGURED.
 */
export async function importDemand(deps: DemandDeps, principal: Principal, input: ImportDemandInput, ctx: CallContext = {}): Promise<ImportDemandResult> {
  assertApplicant(principal);
  const address = ctx.address ?? '';
  await deps.importThrottle.check(principal.accountId, address);
  const number = input.number.replace(/\s+/g, '').toUpperCase();
  const refuse = async (reason: string): Promise<never> => {
    await deps.audit.record({
      ...auditActor(principal), action: 'demand.import_refused', objectType: 'registry_demand', objectId: `${input.registry}:${number}`,
      address: ctx.address, detail: { registry: input.registry, reason },
    });
    deps.logger.info({ registry: input.registry, reason }, 'demand import refused');
    await deps.importThrottle.recordFailure(principal.accountId, address);
    throw demandNotFound();
  };
  if (!isRegistrationNumber(number)) return refuse('malformed_number');

  const already = await deps.demands.findByRegistrationNumber(number);
  if (already) {
    if (already.demand.ownerAccountId !== principal.accountId) return refuse('number_of_another_account');
    if (already.demand.data.applicant.birthDate !== input.birthDate) return refuse('birth_date_mismatch');
    return { record: already, created: false };
  }
  const open = await deps.demands.findOpenByOwner(principal.accountId);
  if (open) throw demandAlreadyExists(open.demand.id);

  const registry = deps.registries.get(input.registry);
  if (!registry) {
    throw unavailable(DEMAND_APP_ERRORS.REGISTRY_NOT_CONFIGURED, 'Le registre national n’est pas joignable depuis la plateforme pour le moment : réessayez plus tard ou saisissez votre demande.');
  }
  // outside any transaction: no lock is held while the registry answers
  const fetched: RegistryDemand | null = await registry.fetch(number);
  if (!fetched) return refuse('unknown_number');
  if (fetched.data.applicant.birthDate !== input.birthDate) return refuse('birth_date_mismatch');

  const at = deps.clock.now();
  const data = fetched.dalo === undefined ? fetched.data : { ...fetched.data, dalo: fetched.dalo };
  const { demand, entry } = importRegisteredDemand({
    id: newId(), ownerAccountId: principal.accountId, data, at, registry: fetched.registry, registrationNumber: fetched.number, registrationDate: fetched.registrationDate,
  });
  const record: DemandRecord = { demand, version: 1, updatedAt: at, pendingDocuments: 0 };
  try {
    await deps.uow.run(async () => {
      await deps.demands.insert(record);
      await deps.audit.record({
        ...auditActor(principal), action: 'demand.imported', objectType: 'demand', objectId: demand.id, address: ctx.address,
        detail: { registry: fetched.registry, registrationNumber: fetched.number, registrationDate: fetched.registrationDate },
      });
      await deps.events.publish(statusChangedEvent(record, entry));
    });
  } catch (error) {
    // imported meanwhile, by this applicant (a double click) or by someone else
    if (error instanceof DomainError && error.code === DEMAND_APP_ERRORS.REGISTRATION_NUMBER_TAKEN) {
      const winner = await deps.demands.findByRegistrationNumber(number);
      if (winner && winner.demand.ownerAccountId === principal.accountId) return { record: winner, created: false };
      return refuse('number_of_another_account');
    }
    throw error;
  }
  deps.logger.info({ demandId: demand.id, registry: fetched.registry }, 'demand imported from the registry');
  return { record, created: true };
}

