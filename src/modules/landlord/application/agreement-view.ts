import { fluxGap, type FluxGap } from '../../offer/index';
import type { Agreement } from '../domain/agreement';
import { departementName, gapSentence } from '../domain/departements';
import type { LandlordDeps } from './landlord.deps';

/** An agreement with where it stands: units owed, published and allocated against it. */
export interface AgreementView extends Agreement {
  /** « Rhône » */
  departementName: string;
  gap: FluxGap;
  /** « Il reste 3 logements à proposer dans le Rhône. », or that the agreement is met */
  gapSentence: string;
}

/** The agreements with their gaps (one read of the offers' counts). */
export async function withGaps(deps: LandlordDeps, agreements: Agreement[]): Promise<AgreementView[]> {
  const counts = await deps.agreementOffers.counts(agreements.map((a) => a.id));
  return agreements.map((a) => {
    const c = counts.get(a.id) ?? { published: 0, allocated: 0 };
    const gap = fluxGap(a.unitsOwed, c.published, Math.min(c.allocated, c.published));
    return { ...a, departementName: departementName(a.departement), gap, gapSentence: gapSentence(a.departement, gap) };
  });
}
