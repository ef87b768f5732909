import { toIsoDate } from '../../../shared/dates';
import { newId } from '../../../shared/ids';
import type { Principal } from '../../identity/index';
import { assertDemandActive, assertEligible, assertOfferOpen, assertUnderCap, newCandidacy } from '../domain/index';
import type { CandidacyRecord, OfferInfo } from '../ports';
import { demandNotFound, offerNotFound, requireApplicant } from './access';
import type { CandidacyDeps } from './candidacy.deps';

export interface ApplyInput {
  demandId: string;
  offerId: string;
}

export const snapshotOf = (offer: OfferInfo): CandidacyRecord['offer'] => ({
  landlordId: offer.landlordId, communeCode: offer.communeCode, communeName: offer.communeName, typology: offer.typology, rent: offer.rent, charges: offer.charges,
});

/**
 * An applicant applies with their demand to an offer (brief §4): the demand is theirs and active,
 * the offer is published and before its closing date, the household fits the offer (the reasons
 * are in the error's details), and the demand has fewer open candidacies than the cap.
 *
 * Idempotent: the same demand applying again to the same offer gets the same candidacy
 * (`created: false`), also under concurrent retries. Concurrency: the demand is locked (its
 * candidacies are counted under the lock, so the cap holds), then the offer's state row, then the
 * offer module's row (its candidacy count), in the same transaction; the offer is read again after
 * its row is locked, so an offer closed meanwhile refuses the application.
 */
export async function applyToOffer(deps: CandidacyDeps, p: Principal, input: ApplyInput): Promise<{ record: CandidacyRecord; created: boolean }> {
  requireApplicant(p);
  const now = deps.clock.now();
  const facts = (await deps.applicants.factsFor([input.demandId], toIsoDate(now))).get(input.demandId);
  if (!facts || facts.ownerAccountId !== p.accountId) throw demandNotFound();

  const existing = await deps.candidacies.findByDemandAndOffer(input.demandId, input.offerId);
  if (existing) return { record: existing, created: false };

  assertDemandActive(facts.status);
  await deps.offers.assertVisible(p, input.offerId);
  const offer = await deps.offers.find(input.offerId);
  if (!offer) throw offerNotFound();
  assertOfferOpen(offer);
  const eligibility = await deps.offers.eligibility(input.demandId, input.offerId);
  assertEligible(eligibility);

  const result = await deps.uow.run(async () => {
    await deps.candidacies.lockDemand(input.demandId);
    const again = await deps.candidacies.findByDemandAndOffer(input.demandId, input.offerId);
    if (again) return { record: again, created: false };
    assertUnderCap(await deps.candidacies.countOpenForDemand(input.demandId), deps.settings.maxOpenCandidacies);

    await deps.candidacies.lockOffer(input.offerId);
    const t = newCandidacy({ id: newId(), demandId: input.demandId, offerId: input.offerId, applicantAccountId: p.accountId }, { at: now, by: p.accountId });
    const record: CandidacyRecord = { ...t.candidacy, offer: snapshotOf(offer), effortRateAtApplication: eligibility.effortRate };
    if (!(await deps.candidacies.insertIfAbsent(record, t.entry))) {
      const winner = await deps.candidacies.findByDemandAndOffer(input.demandId, input.offerId);
      if (winner) return { record: winner, created: false };
    }
    await deps.offers.adjustCandidacyCount(input.offerId, +1);
    const locked = await deps.offers.find(input.offerId);
    if (!locked) throw offerNotFound();
    assertOfferOpen(locked);
    return { record, created: true };
  });
  return result;
}
