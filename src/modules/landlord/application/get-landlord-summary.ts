import type { LandlordWaitingOffers } from '../../offer/index';
import type { Principal } from '../../identity/index';
import { assertMayRead } from './access';
import { withGaps, type AgreementView } from './agreement-view';
import type { LandlordDeps } from './landlord.deps';
import { requireLandlord } from './require-landlord';

export interface LandlordSummary {
  /** the platform's current year (its clock) */
  year: number;
  /** the agreements of the year by département, each with its gap and the sentence saying it */
  agreements: AgreementView[];
  /** units still to propose over the year's agreements */
  toPublish: number;
  waiting: LandlordWaitingOffers;
}

/** The landlord's home in one read: the agreements of the year and the offers waiting for it. */
export async function landlordSummary(deps: LandlordDeps, principal: Principal, landlordId: string): Promise<LandlordSummary> {
  assertMayRead(principal, landlordId);
  await requireLandlord(deps, landlordId);
  const year = deps.clock.now().getUTCFullYear();
  const ofYear = (await deps.agreements.listByLandlord(landlordId)).filter((a) => a.year === year).sort((a, b) => a.departement.localeCompare(b.departement));
  const [agreements, waiting] = await Promise.all([withGaps(deps, ofYear), deps.agreementOffers.waiting(landlordId)]);
  return { year, agreements, toPublish: agreements.reduce((n, a) => n + a.gap.toPublish, 0), waiting };
}
