import type { Principal } from '../../identity/index';
import { newId } from '../../../shared/ids';
import { isRegistrationNumber } from '../domain/index';
import type { ImportChallenge } from '../ports/import.port';
import type { DemandRegistry, RegistryDemand } from '../ports/registry.port';
import { demandError } from '../demand.errors';
import { assertApplicant, auditActor } from './access';
import type { DemandImportDeps } from './demand-import.deps';
import { connectedRegistry, importRegistryId } from './departement-registry';
import type { CallContext } from './get-demand';
import { contactEmail, hashImportCode, maskEmail, newImportCode } from './import-code';
import { reserveCodeSending, reserveImportAttempt } from './import-attempts';

export interface StartDemandImportInput {
  /**
   * the registry that holds the demand, e.g. `sne`, `imhoweb`; by default the one serving
   * `departement`, else the one serving the département the number was issued in
   */
  registry?: string | undefined;
  /** the département where the demand was filed (INSEE code): its registry is asked */
  departement?: string | undefined;
  /** its registration number (NUR/NUD), 18 characters */
  number: string;
  /** the applicant's birth date, as the registry holds it */
  birthDate: string;
}

export type StartDemandImportResult =
  /** the number and birth date match: a code went to the registry's contact; confirm it to import */
  | { outcome: 'code_sent'; challengeId: string; channel: 'email'; sentTo: string; expiresAt: Date }
  /** this account imported this demand already (and gave the right birth date): nothing to prove again */
  | { outcome: 'already_imported'; demandId: string };

/** The kind of the message carrying the code (`demand.contact_outbox`, template in the mail adapter). */
export const IMPORT_CODE_MESSAGE = 'demand.import_code';

/** Spaces out, capitals in; bounded before anything else looks at it. */
export const normaliseRegistrationNumber = (value: string): string => value.slice(0, 64).replace(/\s+/g, '').toUpperCase();

/**
 * First step of bringing back a demand from a registry (the SNE, or the regional shared file that
 * serves the département: `departement-registry.ts`): the applicant gives its registration
 * number and their birth date. Nothing of the demand is shown and nothing moves yet: when they
 * match, a one-time code is sent to the e-mail address the registry records for the demand, and
 * only its masked form (`n•••@e•••.org`) is answered; `confirmDemandImport` with that code imports it.
 *
 * - The attempt is reserved before it is evaluated, per account, per client address and per
 *   registry number (`import-attempts.ts`); past a limit, 429 DEMAND.IMPORT_THROTTLED even with the
 *   right birth date. A match gives the attempt back; a refusal keeps it.
 * - An unknown number, a birth date that does not match, or a number held by another account:
 *   DEMAND.NOT_FOUND, the same words each time, audited (`demand.import_refused`).
 * - The registry records no e-mail address: 409 DEMAND.IMPORT_NO_CONTACT (no SMS channel yet).
 * - At most `maxCodesPerNumber` codes per number in the number's window (429 DEMAND.IMPORT_CODES_THROTTLED).
 * - Another demand in progress: DEMAND.ALREADY_EXISTS. The registry down or slow: unavailable (503,
 *   Retry-After), nothing is created and nothing is counted.
 */
export async function startDemandImport(deps: DemandImportDeps, principal: Principal, input: StartDemandImportInput, ctx: CallContext = {}): Promise<StartDemandImportResult> {
  assertApplicant(principal);
  const number = normaliseRegistrationNumber(input.number);
  // numbers are unique per registry only (decision 0010): everything below is about (registry, number)
  const registryId = importRegistryId(deps, { registry: input.registry, departement: input.departement, number });
  const release = await reserveImportAttempt(deps, { accountId: principal.accountId, address: ctx.address ?? '', registry: registryId, number });
  let refused = false;
  const refuse = async (reason: string): Promise<never> => {
    refused = true;
    await deps.audit.record({
      ...auditActor(principal),
      action: 'demand.import_refused',
      objectType: 'registry_demand',
      objectId: `${registryId}:${number}`,
      address: ctx.address,
      detail: { registry: registryId, reason },
    });
    deps.logger.info({ registry: registryId, reason }, 'demand import refused');
    throw demandError.notFound();
  };
  try {
    if (!isRegistrationNumber(number)) return await refuse('malformed_number');

    const already = await deps.demands.findByRegistrationNumber(number, registryId);
    if (already) {
      if (already.demand.ownerAccountId !== principal.accountId) return await refuse('number_of_another_account');
      if (already.demand.data.applicant.birthDate !== input.birthDate) return await refuse('birth_date_mismatch');
      return { outcome: 'already_imported', demandId: already.demand.id };
    }
    const open = await deps.demands.findOpenByOwner(principal.accountId);
    if (open) throw demandError.alreadyExists(open.demand.id);

    const registry = registryOf(deps, registryId);
    // outside any transaction: no lock is held while the registry answers
    const fetched: RegistryDemand | null = await registry.fetch(number);
    if (!fetched) return await refuse('unknown_number');
    if (fetched.data.applicant.birthDate !== input.birthDate) return await refuse('birth_date_mismatch');
    await release(); // number and birth date match: this attempt was not a failure

    const email = contactEmail(fetched.data.applicant.email);
    if (!email) {
      deps.logger.info({ registry: registryId }, 'demand import: the registry records no e-mail address');
      throw demandError.importNoContact();
    }
    await reserveCodeSending(deps, registryId, number);
    return await sendCode(deps, principal, registryId, number, email, ctx);
  } finally {
    if (!refused) await release();
  }
}

/** The registry by id, or unavailable REGISTRY.NOT_CONFIGURED (503), naming it, when this platform is not connected to it. */
export function registryOf(deps: Pick<DemandImportDeps, 'registries'>, id: string): DemandRegistry {
  return connectedRegistry(deps, id);
}

async function sendCode(deps: DemandImportDeps, principal: Principal, registry: string, number: string, email: string, ctx: CallContext): Promise<StartDemandImportResult> {
  const { settings } = deps;
  const now = deps.clock.now();
  const code = newImportCode();
  const id = newId();
  const challenge: ImportChallenge = {
    id,
    accountId: principal.accountId,
    registry,
    registrationNumber: number,
    codeHash: hashImportCode(settings.codeSecret, id, code),
    channel: 'email',
    sentTo: maskEmail(email),
    attempts: 0,
    maxAttempts: settings.maxCodeAttempts,
    createdAt: now,
    expiresAt: new Date(now.getTime() + settings.codeTtlSeconds * 1000),
  };
  await deps.uow.run(async () => {
    await deps.challenges.insert(challenge, new Date(now.getTime() - 86_400_000));
    await deps.contactOutbox.add({
      toEmail: email,
      kind: IMPORT_CODE_MESSAGE,
      payload: { code, expiresAt: challenge.expiresAt.toISOString(), registrationNumber: number, challengeId: id },
    });
    await deps.audit.record({
      ...auditActor(principal),
      action: 'demand.import_code_sent',
      objectType: 'registry_demand',
      objectId: `${registry}:${number}`,
      address: ctx.address,
      detail: { registry, challengeId: id, sentTo: challenge.sentTo },
    });
  });
  deps.logger.info({ registry, challengeId: id }, 'demand import: code sent to the registry contact');
  return { outcome: 'code_sent', challengeId: id, channel: 'email', sentTo: challenge.sentTo, expiresAt: challenge.expiresAt };
}
