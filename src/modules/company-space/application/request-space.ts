import { newId } from '../../../shared/ids';
import { companySpaceError, type SpaceRequestFault } from '../company-space.errors';
import { checkCompanyName } from '../domain/company';
import { isEmailAddress, isPhoneNumber } from '../domain/contact';
import { normalizeCompanyNumber, sirenOf, siretCheck } from '../domain/siret';
import { spaceTransition } from '../domain/space-lifecycle';
import type { SpaceRequest } from '../ports';
import type { CompanySpaceDeps } from './company-space.deps';
import { matchWaitingRequests } from './match-waiting-requests';

export interface SpaceRequestInput {
  companyName: string;
  siret: string;
  contactName: string;
  contactEmail: string;
  contactPhone?: string | undefined;
}

/** Bounds of the public form's fields, checked before any pattern or normalisation. */
const SIRET_INPUT_MAX = 40;
const CONTACT_NAME_MAX = 120;
const COMPANY_NAME_INPUT_MAX = 1000;

/**
 * A company asks for a space (public): the company is found by its SIRET, else by its SIREN (the
 * SIRET is then added to it), else created; the request is recorded and the space becomes
 * `requested` if it had none. The answer reveals nothing of the company's file. Limited per client
 * address (429 with Retry-After past the limit).
 */
export async function requestSpace(deps: CompanySpaceDeps, input: SpaceRequestInput, ctx: { address: string }): Promise<{ requestId: string; receivedAt: Date }> {
  // every request counts against the per-address limit, refused ones included (counted before any
  // check: a flood of invalid requests is stopped like a flood of valid ones)
  await deps.spaceRequestThrottle.consume(ctx.address);
  const faults: SpaceRequestFault[] = [];
  // lengths first, then the (linear) patterns on bounded text
  const siret = input.siret.length <= SIRET_INPUT_MAX ? normalizeCompanyNumber(input.siret) : '';
  if (!siretCheck(siret)) faults.push({ field: 'siret' });
  const contactName = input.contactName.length <= CONTACT_NAME_MAX * 4 ? input.contactName.trim().replace(/\s+/g, ' ') : '';
  if (!contactName || contactName.length > CONTACT_NAME_MAX) faults.push({ field: 'contactName', max: CONTACT_NAME_MAX });
  const contactEmail = input.contactEmail.trim().toLowerCase();
  if (!isEmailAddress(contactEmail)) faults.push({ field: 'contactEmail' });
  const contactPhone = input.contactPhone?.trim() ? input.contactPhone.trim() : null;
  if (contactPhone && !isPhoneNumber(contactPhone)) faults.push({ field: 'contactPhone' });
  if (input.companyName.length > COMPANY_NAME_INPUT_MAX) faults.push({ field: 'name' });
  if (faults.length) throw companySpaceError.invalidSpaceRequest(faults);
  const companyName = checkCompanyName(input.companyName);

  return deps.uow.run(async () => {
    const now = deps.clock.now();
    let company = await deps.companies.findBySiret(siret);
    if (!company) {
      const bySiren = await deps.companies.findBySiren(sirenOf(siret));
      if (bySiren) {
        await deps.companies.addSirets(bySiren.id, [siret], now);
        company = (await deps.companies.findById(bySiren.id, { forUpdate: true }))!;
        await matchWaitingRequests(deps, company, [siret]);
      } else {
        company = await deps.companies.create(
          {
            id: newId(),
            name: companyName,
            siren: sirenOf(siret),
            sirets: [siret],
            headcount: null,
            contribution: 'none',
            delegatesToAls: false,
            spaceStatus: null,
          },
          now,
        );
        await matchWaitingRequests(deps, company, [siret]);
      }
    } else {
      company = (await deps.companies.findById(company.id, { forUpdate: true }))!;
    }
    const request: SpaceRequest = { id: newId(), companyId: company.id, siret, companyName, contactName, contactEmail, contactPhone, requestedAt: now, handledAt: null };
    await deps.requests.add(request);
    if (company.spaceStatus === null) {
      await deps.companies.recordSpaceEvent(company.id, { at: now, action: 'request', from: null, to: spaceTransition(null, 'request'), actorAccountId: null, reason: null });
    }
    await deps.audit.record({
      actorRole: 'public',
      actingFor: { kind: 'company', id: company.id },
      action: 'company.space_requested',
      objectType: 'company',
      objectId: company.id,
      detail: { requestId: request.id },
    });
    return { requestId: request.id, receivedAt: now };
  });
}
