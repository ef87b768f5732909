import type { Principal } from '../../identity/index';
import { DomainError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { importRegisteredDemand, registryFactChecks } from '../domain/index';
import type { DemandRecord } from '../ports/demands.port';
import type { ImportChallenge } from '../ports/import.port';
import { DEMAND_APP_ERRORS, demandError } from '../demand.errors';
import { assertApplicant, auditActor } from './access';
import type { DemandImportDeps } from './demand-import.deps';
import type { CallContext } from './get-demand';
import { importCodeMatches } from './import-code';
import { reserveImportAttempt } from './import-attempts';
import { publishStatusChanged } from './mutate';
import { registryOf } from './start-demand-import';

export interface ConfirmDemandImportInput {
  /** the id `startDemandImport` answered */
  challengeId: string;
  /** the code received at the registry's contact address */
  code: string;
}

export interface ConfirmDemandImportResult {
  record: DemandRecord;
  /** false when this account had already imported this demand (the same one is returned) */
  created: boolean;
}

/**
 * Second step of bringing back a registry demand: the code sent to the registry's contact proves
 * that the importer controls it; only then is the demand read from the registry again and created
 * on the account, prefilled and `active`, keeping the registry's number, registration date (its
 * seniority) and DALO mark.
 *
 * - The try is reserved before the code is compared: one of the challenge's `maxCodeAttempts`
 *   (atomically, so parallel tries never exceed it), and one attempt on the account, address and
 *   registry-number counters (given back when the code is right).
 * - A wrong code: 422 DEMAND.IMPORT_CODE_INVALID (field `code`, tries left), audited. An expired,
 *   replaced or spent code: 409 DEMAND.IMPORT_CODE_EXPIRED. Another account's or an unknown
 *   challenge: 404 DEMAND.IMPORT_NOT_FOUND.
 * - The registry down or slow after a right code: 503, nothing is created and the try is given
 *   back (the same code works again until it expires).
 * - Confirming again (a double click): the demand already imported, `created: false`.
 */
export async function confirmDemandImport(
  deps: DemandImportDeps,
  principal: Principal,
  input: ConfirmDemandImportInput,
  ctx: CallContext = {},
): Promise<ConfirmDemandImportResult> {
  assertApplicant(principal);
  const known = await deps.challenges.findById(input.challengeId);
  if (!known || known.accountId !== principal.accountId) throw demandError.importNotFound();
  if (known.confirmedAt) {
    const imported = await deps.demands.findByRegistrationNumber(known.registrationNumber, known.registry);
    if (imported && imported.demand.ownerAccountId === principal.accountId) return { record: imported, created: false };
    throw demandError.importCodeExpired();
  }
  const release = await reserveImportAttempt(deps, { accountId: principal.accountId, address: ctx.address ?? '', registry: known.registry, number: known.registrationNumber });
  let refused = false;
  try {
    const challenge = await deps.challenges.claimAttempt(known.id, principal.accountId, deps.clock.now());
    if (!challenge) {
      refused = true;
      throw demandError.importCodeExpired();
    }
    if (!importCodeMatches(deps.settings.codeSecret, challenge.id, input.code, challenge.codeHash)) {
      refused = true;
      await deps.audit.record({
        ...auditActor(principal),
        action: 'demand.import_refused',
        objectType: 'registry_demand',
        objectId: `${challenge.registry}:${challenge.registrationNumber}`,
        address: ctx.address,
        detail: { registry: challenge.registry, reason: 'wrong_code', challengeId: challenge.id },
      });
      deps.logger.info({ registry: challenge.registry, challengeId: challenge.id }, 'demand import refused: wrong code');
      throw demandError.importCodeInvalid(challenge.maxAttempts - challenge.attempts);
    }
    try {
      return await importProven(deps, principal, challenge, ctx);
    } catch (error) {
      // the code was right: a registry down (or any failure but a refusal) does not spend the try
      if (!(error instanceof DomainError && error.code === DEMAND_APP_ERRORS.NOT_FOUND)) await deps.challenges.releaseAttempt(challenge.id);
      throw error;
    }
  } finally {
    if (!refused) await release();
  }
}

async function importProven(deps: DemandImportDeps, principal: Principal, challenge: ImportChallenge, ctx: CallContext): Promise<ConfirmDemandImportResult> {
  const number = challenge.registrationNumber;
  const mine = async (): Promise<ConfirmDemandImportResult | null> => {
    const winner = await deps.demands.findByRegistrationNumber(number, challenge.registry);
    return winner && winner.demand.ownerAccountId === principal.accountId ? { record: winner, created: false } : null;
  };
  const already = await deps.demands.findByRegistrationNumber(number, challenge.registry);
  if (already) {
    if (already.demand.ownerAccountId === principal.accountId) return { record: already, created: false };
    throw demandError.notFound(); // imported meanwhile by the account of the registry's contact
  }
  const open = await deps.demands.findOpenByOwner(principal.accountId);
  if (open) throw demandError.alreadyExists(open.demand.id);

  // outside any transaction: no lock is held while the registry answers
  const fetched = await registryOf(deps, challenge.registry).fetch(number);
  if (!fetched) throw demandError.notFound(); // struck off meanwhile
  if (fetched.registry !== challenge.registry) throw demandError.notFound(); // never a demand of another registry under this number

  const at = deps.clock.now();
  const data = fetched.dalo === undefined ? fetched.data : { ...fetched.data, dalo: fetched.dalo };
  const { demand, entry } = importRegisteredDemand({
    id: newId(),
    ownerAccountId: principal.accountId,
    data,
    at,
    registry: fetched.registry,
    registrationNumber: fetched.number,
    registrationDate: fetched.registrationDate,
  });
  // the registry's DALO flag is the registry's word: confirmed by the registry, it counts without an agent's check
  const factChecks = registryFactChecks(data, at);
  const record: DemandRecord = { demand, version: 1, updatedAt: at, pendingDocuments: 0, ...(factChecks ? { factChecks } : {}) };
  try {
    await deps.uow.run(async () => {
      await deps.demands.insert(record);
      await deps.challenges.markConfirmed(challenge.id, at);
      await deps.audit.record({
        ...auditActor(principal),
        action: 'demand.imported',
        objectType: 'demand',
        objectId: demand.id,
        address: ctx.address,
        detail: { registry: fetched.registry, registrationNumber: fetched.number, registrationDate: fetched.registrationDate, challengeId: challenge.id, proof: challenge.channel },
      });
      await publishStatusChanged(deps.events, record, entry);
    });
  } catch (error) {
    // imported meanwhile, by this applicant (a double click) or by someone else
    if (error instanceof DomainError && error.code === DEMAND_APP_ERRORS.REGISTRATION_NUMBER_TAKEN) {
      const winner = await mine();
      if (winner) return winner;
      throw demandError.notFound();
    }
    // a parallel confirmation of the same import may win on the one-open-demand index first
    if (error instanceof DomainError && error.code === DEMAND_APP_ERRORS.ALREADY_EXISTS) {
      const winner = await mine();
      if (winner) return winner;
    }
    throw error;
  }
  deps.logger.info({ demandId: demand.id, registry: fetched.registry }, 'demand imported from the registry');
  return { record, created: true };
}
