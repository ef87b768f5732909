import { toIsoDate, type IsoDate } from '../../../shared/dates';
import { newId } from '../../../shared/ids';
import type { Principal } from '../../identity/index';
import { assertDemandActive, assertEligible, assertOfferOpen, assertUnderCap, newCandidacy, type EligibilityOutcome, type TimelineEntry } from '../domain/index';
import type { ApplicantFacts, CandidacyRecord, HouseholdFacts, OfferInfo, OfferCompetition } from '../ports';
import { demandNotFound, offerNotFound, requireApplicant } from './access';
import type { CandidacyDeps } from './candidacy.deps';

export interface ApplyInput {
  demandId: string;
  offerId: string;
}

export const snapshotOf = (offer: OfferInfo): CandidacyRecord['offer'] => ({
  landlordId: offer.landlordId,
  communeCode: offer.communeCode,
  communeName: offer.communeName,
  typology: offer.typology,
  rent: offer.rent,
  charges: offer.charges,
});

/**
 * An applicant applies with their demand to an offer (brief §4): the demand is theirs and active,
 * the offer is published and before its closing date, the household fits the offer (the reasons
 * are in the error's details), and the demand has fewer open candidacies than the cap.
 *
 * Idempotent: the same demand applying again to the same offer gets the same candidacy
 * (`created: false`), also under concurrent retries (the pair is unique: the insert does nothing
 * then, and the existing row is returned; a refused check also looks for it first). Concurrency: the demand is locked (its
 * candidacies are counted under the lock, so the cap holds), then the offer's state row, then the
 * offer module's row (its candidacy count), in the same transaction; the offer is read again as
 * its row is locked (the count's update answers it), so an offer closed meanwhile refuses the application.
 */
export async function applyToOffer(deps: CandidacyDeps, p: Principal, input: ApplyInput): Promise<ApplyResult> {
  requireApplicant(p);
  const now = deps.clock.now();
  const read = await applicantOf(deps, input.demandId, toIsoDate(now));
  if (!read || read.applicant.ownerAccountId !== p.accountId) throw demandNotFound();
  const facts = read.applicant;

  // the checks before the transaction; a refusal first looks for the same application made
  // earlier (idempotent retry of an application whose offer closed meanwhile, say)
  const existingOr = async (refusal: unknown): Promise<ApplyResult> => {
    const existing = await deps.candidacies.findByDemandAndOffer(input.demandId, input.offerId);
    if (existing) return { record: existing, created: false };
    throw refusal;
  };
  let offer: OfferInfo;
  let eligibility: EligibilityOutcome;
  try {
    assertDemandActive(facts.status);
    // the offer and the eligibility in one read of the offer (from the household read above) when the gateways can
    const both = read.household && deps.offers.forApplication ? await deps.offers.forApplication(read.household, input.offerId) : undefined;
    const found = both === undefined ? await deps.offers.find(input.offerId) : (both?.offer ?? null);
    if (!found) throw offerNotFound();
    // an offer open for candidacies is published, hence visible to applicants: the visibility
    // check (404 rather than 409 for an offer never published) is needed only when it is not open
    if (!found.openForCandidacies) await deps.offers.assertVisible(p, input.offerId);
    assertOfferOpen(found);
    offer = found;
    eligibility = both ? both.eligibility : await deps.offers.eligibility(input.demandId, input.offerId);
    assertEligible(eligibility);
  } catch (refusal) {
    return existingOr(refusal);
  }

  const result = await deps.uow.run(async (): Promise<ApplyResult> => {
    await deps.candidacies.lockDemand(input.demandId);
    const open = await deps.candidacies.countOpenForDemand(input.demandId);
    try {
      assertUnderCap(open, deps.settings.maxOpenCandidacies);
    } catch (refusal) {
      return existingOr(refusal);
    }
    const t = newCandidacy({ id: newId(), demandId: input.demandId, offerId: input.offerId, applicantAccountId: p.accountId }, { at: now, by: p.accountId });
    const record: CandidacyRecord = { ...t.candidacy, offer: snapshotOf(offer), effortRateAtApplication: eligibility.effortRate };
    // the offer's state row locked and the candidacy inserted in one statement; the demand is
    // locked: a retry of the same application waits above, then finds the row
    const { inserted, state } = await deps.candidacies.lockOfferAndInsert(record, t.entry);
    if (!inserted) {
      const winner = await deps.candidacies.findByDemandAndOffer(input.demandId, input.offerId);
      if (winner) return { record: winner, created: false };
    }
    // the offer as it is once its row is locked (the count's update locks it)
    const locked = await deps.offers.adjustCandidacyCount(input.offerId, +1);
    assertOfferOpen(locked);
    return { record, created: true, timeline: [t.entry], offer: locked, state };
  });
  return result;
}

/** The demand applying, read once: its facts, and its household for the offer's eligibility when the source gives it. */
async function applicantOf(deps: CandidacyDeps, demandId: string, onDate: IsoDate): Promise<{ applicant: ApplicantFacts; household?: HouseholdFacts } | null> {
  if (deps.applicants.forApplication) return deps.applicants.forApplication(demandId, onDate);
  const applicant = (await deps.applicants.factsFor([demandId], onDate)).get(demandId);
  return applicant ? { applicant } : null;
}

export interface ApplyResult {
  record: CandidacyRecord;
  created: boolean;
  /** when created: what the view of the new candidacy needs without reading it again */
  timeline?: TimelineEntry[];
  offer?: OfferInfo;
  /** the offer's state after the application (its version bumped) */
  state?: OfferCompetition;
}
