import { CANDIDACY, type CandidacySummaryView } from '../../modules/candidacy/index';
import { OFFER } from '../../modules/offer/index';
import type { DemoContext } from './context';
import { DEMO_AGENT, DEMO_LANDLORD_USER, landlordOffers, type DemoOffer } from './offers';

type OfferKey = DemoOffer['key'];

/**
 * Who applies where (each within the cap of open candidacies and eligible: Amina and Chloé live
 * alone, so T2 at most; Bruno and his son, Farid and Sarah fit a T3).
 */
const APPLICATIONS: { email: string; offers: OfferKey[] }[] = [
  { email: 'demandeur@alin.demo', offers: ['lyonT2', 'villeurbanneT2', 'grenobleT2'] },
  { email: 'demandeur2@alin.demo', offers: ['lyonT2', 'villeurbanneT2', 'grenobleT2', 'lyonT2Transmitted'] },
  { email: 'demandeur3@alin.demo', offers: ['lyonT2', 'villeurbanneT2', 'lyonT2Transmitted'] },
  { email: 'demandeur6@alin.demo', offers: ['villeurbanneT3Allocated'] },
];

/** The housed applicant of the allocated offer. */
const HOUSED = 'demandeur6@alin.demo';

/**
 * The demo applicants apply to the published offers (an application already made is found in
 * their own candidacies; an offer no longer open is left alone), then the agent takes the
 * transmitted and allocated offers through the journey: closing, designation of the top of the
 * ranking, transmission; for the allocated one the landlord records the CAL's acceptance, the
 * applicant accepts the home, and the landlord records the lease (offer allocated, demand satisfied).
 */
export async function seedCandidacies(ctx: DemoContext, demands: Map<string, string>, offerIds: Map<OfferKey, string>): Promise<void> {
  const candidacies = ctx.container.get(CANDIDACY.Service);
  const open = new Map((await landlordOffers(ctx)).map((o) => [o.id, o.openForCandidacies]));
  for (const { email, offers } of APPLICATIONS) {
    const demandId = demands.get(email);
    if (!demandId) continue;
    const applicant = await ctx.as(email);
    const own = await ownCandidacies(ctx, email);
    for (const key of offers) {
      const offerId = offerIds.get(key);
      if (!offerId || own.some((c) => c.offerId === offerId) || !open.get(offerId)) continue;
      const { created } = await candidacies.apply(applicant, { demandId, offerId });
      if (created) ctx.created++;
    }
  }
  const transmitted = offerIds.get('lyonT2Transmitted');
  if (transmitted) await designateAndTransmit(ctx, transmitted);
  const allocated = offerIds.get('villeurbanneT3Allocated');
  if (allocated && (await designateAndTransmit(ctx, allocated))) await houseTheCandidate(ctx, allocated);
}

async function ownCandidacies(ctx: DemoContext, email: string): Promise<CandidacySummaryView[]> {
  const page = await ctx.container.get(CANDIDACY.Service).listOwn(await ctx.as(email), { pageSize: 100 });
  return page.items;
}

async function offerStatus(ctx: DemoContext, offerId: string): Promise<string> {
  return (await ctx.container.get(OFFER.Service).get(await ctx.as(DEMO_AGENT), offerId)).status;
}

/** Closes the offer, designates the first of its ranking and transmits them; true once the offer is transmitted (or later). */
async function designateAndTransmit(ctx: DemoContext, offerId: string): Promise<boolean> {
  const offers = ctx.container.get(OFFER.Service);
  const candidacies = ctx.container.get(CANDIDACY.Service);
  const agent = await ctx.as(DEMO_AGENT);
  let status = await offerStatus(ctx, offerId);
  if (status === 'published') {
    const ranking = await candidacies.ranking(agent, offerId);
    if (ranking.items.length === 0) return false; // nobody applied: leave it online
    status = (await offers.close(agent, offerId)).status;
    ctx.created++;
  }
  if (status === 'closed') {
    const first = (await candidacies.ranking(agent, offerId)).items.find((i) => i.status === 'submitted');
    if (!first) return false;
    await candidacies.designate(agent, offerId, { candidacyIds: [first.candidacyId] });
    status = 'designated';
    ctx.created++;
  }
  if (status === 'designated') {
    await candidacies.transmit(agent, offerId);
    status = 'transmitted';
    ctx.created++;
  }
  return status === 'transmitted' || status === 'allocated';
}

/** CAL accepted (rank 1), proposal accepted by the applicant, lease signed. */
async function houseTheCandidate(ctx: DemoContext, offerId: string): Promise<void> {
  const candidacies = ctx.container.get(CANDIDACY.Service);
  const landlord = await ctx.as(DEMO_LANDLORD_USER);
  const applicant = await ctx.as(HOUSED);
  const mine = (await ownCandidacies(ctx, HOUSED)).find((c) => c.offerId === offerId);
  if (!mine) return;
  let status = mine.status;
  if (status === 'transmitted') {
    status = (await candidacies.calDecision(landlord, mine.id, { decision: 'accepted', calRank: 1 })).status;
    ctx.created++;
  }
  if (status === 'cal_accepted') {
    await candidacies.acceptProposal(applicant, mine.id);
    status = 'proposal_accepted';
    ctx.created++;
  }
  if (status === 'proposal_accepted') {
    await candidacies.lease(landlord, mine.id);
    ctx.created++;
  }
}
