import { newId } from '../../../shared/ids';
import type { Principal } from '../../identity/index';
import { validateReservationAgreement } from '../../offer/index';
import type { Agreement } from '../domain/agreement';
import { landlordError } from '../landlord.errors';
import { assertAgent, auditActor } from './access';
import { withGaps, type AgreementView } from './agreement-view';
import type { LandlordDeps } from './landlord.deps';
import { requireLandlord } from './require-landlord';

/** An agent records a landlord's reservation agreement for a département and a year. */
export async function createAgreement(
  deps: LandlordDeps,
  principal: Principal,
  landlordId: string,
  input: { departement: string; year: number; unitsOwed: number },
): Promise<AgreementView> {
  assertAgent(principal);
  const departement = input.departement.trim().toUpperCase();
  const fields = validateReservationAgreement({ landlordId, departement, year: input.year, unitsOwed: input.unitsOwed });
  if (fields.length) throw landlordError.invalidAgreement(fields);
  return deps.uow.run(async () => {
    await requireLandlord(deps, landlordId);
    if (await deps.agreements.findFor(landlordId, departement, input.year)) throw landlordError.agreementExists(departement, input.year);
    const now = deps.clock.now();
    const agreement: Agreement = { id: newId(), landlordId, departement, year: input.year, unitsOwed: input.unitsOwed, createdAt: now, updatedAt: now };
    await deps.agreements.insert(agreement);
    await deps.audit.record({
      ...auditActor(principal),
      action: 'agreement.created',
      objectType: 'agreement',
      objectId: agreement.id,
      detail: { landlordId, departement, year: input.year, unitsOwed: input.unitsOwed },
    });
    return (await withGaps(deps, [agreement]))[0]!;
  });
}
