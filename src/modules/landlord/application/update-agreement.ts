import type { Principal } from '../../identity/index';
import { validateReservationAgreement } from '../../offer/index';
import type { Agreement } from '../domain/agreement';
import { landlordError } from '../landlord.errors';
import { assertAgent, auditActor } from './access';
import { withGaps, type AgreementView } from './agreement-view';
import type { LandlordDeps } from './landlord.deps';
import { requireAgreement } from './require-landlord';

/** An agent changes the units owed (an amendment of the agreement). */
export async function updateAgreement(deps: LandlordDeps, principal: Principal, landlordId: string, agreementId: string, input: { unitsOwed: number }): Promise<AgreementView> {
  assertAgent(principal);
  return deps.uow.run(async () => {
    const current = await requireAgreement(deps, landlordId, agreementId);
    const next: Agreement = { ...current, unitsOwed: input.unitsOwed, updatedAt: deps.clock.now() };
    const fields = validateReservationAgreement(next);
    if (fields.length) throw landlordError.invalidAgreement(fields);
    await deps.agreements.update(next);
    await deps.audit.record({
      ...auditActor(principal),
      action: 'agreement.updated',
      objectType: 'agreement',
      objectId: agreementId,
      detail: { unitsOwed: { from: current.unitsOwed, to: input.unitsOwed } },
    });
    return (await withGaps(deps, [next]))[0]!;
  });
}
