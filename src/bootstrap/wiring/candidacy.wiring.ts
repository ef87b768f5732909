import { toIsoDate, type IsoDate } from '../../shared/dates';
import { EmployeeCandidaciesReadModel } from '../../adapters/db/read-models/employee-candidacies.read-model';
import { SHARED } from '../../shared/tokens';
import { roundEffortRate } from '../../shared/effort-rate';
import {
  CANDIDACY, candidacyModule,
  CANDIDACY_JOBS, DEMAND_STRUCK_OFF_JOB, type ApplicantFacts, type ApplicantFactsSource, type CandidateContact, type CompanyFactsSource, type DemandLifecycle, type EligibilityOutcome, type OfferGateway, type OfferInfo, type ScoringInputs,
} from '../../modules/candidacy/index';
import { COMPANY_SPACE, type CompanySpaceService, type EmployeeCandidacyStatusSource, type EmploymentFacts } from '../../modules/company-space/index';
import { DEMAND, DEMAND_EVENTS, type DemandFacts, type DemandService } from '../../modules/demand/index';
import { failedBlockingChecks, OFFER, OFFER_EVENTS, type EligibilityResult, type OfferForCandidacy, type OfferService } from '../../modules/offer/index';
import { IDENTITY, type IdentityService } from '../../modules/identity/index';
import { gridFactsOf, SCORING, SCORING_EVENTS, type CompanyFacts, type ScoringService } from '../../modules/scoring/index';
import { DrizzleCandidacyOutbox, DrizzleCandidacyRepository } from '../../adapters/db/repositories/drizzle-candidacy.repository';
import type { ModuleWiring } from './wiring';
import { BOOT } from '../tokens';
import { OUTBOX_SOURCE } from '../../shared/outbox';
import { candidacyOutboxSource } from '../../adapters/db/repositories/drizzle-outbox.source';

/** The demand module's derived facts, as the candidacy module reads them (scoring, summary for the landlord). */
export function applicantFactsOf(f: DemandFacts, onDate: IsoDate): ApplicantFacts {
  return {
    demandId: f.demandId,
    ownerAccountId: f.ownerAccountId,
    status: f.status,
    applicantBirthDate: f.applicantBirthDate,
    ...(f.applicantContact.civility === '1' || f.applicantContact.civility === '2' ? { applicantCivility: f.applicantContact.civility } : {}),
    mobilityChecked: f.mobility.declared !== undefined && f.mobility.checked,
    monthlyResources: f.monthlyResources,
    expectedHousingBenefit: f.expectedHousingBenefit,
    registrationDate: f.registrationDate,
    // only a declared CAL history an agent checked counts; the rest shows "déclaré, à vérifier" (docs/scoring-facts.md)
    declaredHistory: { refusedByCal: f.calHistoryChecked.refusedByCal, declinedAfterCalOn: f.calHistoryChecked.declinedAfterCalOn },
    uncheckedFacts: f.uncheckedFacts,
    gridFacts: gridFactsOf(
      {
        householdSize: f.householdSize, dependants: f.dependants, householdCategory: f.householdCategory, monthlyResources: f.monthlyResources,
        referenceIncome: f.referenceIncome, applicantBirthDate: f.applicantBirthDate, registrationDate: f.registrationDate, dalo: f.dalo,
        mobilityChecked: f.mobility.declared !== undefined && f.mobility.checked,
      },
      onDate,
    ),
    summary: {
      registrationNumber: f.registrationNumber ?? null,
      registrationDate: f.registrationDate ?? null,
      householdSize: f.householdSize,
      householdCategory: f.householdCategory,
      dependants: f.dependants,
      monthlyResources: f.monthlyResources,
      referenceIncome: f.referenceIncome,
      expectedHousingBenefit: f.expectedHousingBenefit,
      dalo: f.dalo,
    },
  };
}

/** SNE civility codes, as a landlord reads them. */
const CIVILITY: Record<string, string> = { '1': 'M.', '2': 'Mme' };

/** The company space's employment facts, as the scoring engine reads them. */
export const companyFactsOf = (e: EmploymentFacts): CompanyFacts => ({
  companyId: e.companyId, validated: e.validated, contribution: e.contribution, sizeClass: e.sizeClass, tranches: [...e.tranches], delegatesToAls: e.delegatesToAls,
});

const offerInfoOf = (o: OfferForCandidacy): OfferInfo => ({
  id: o.id,
  landlordId: o.landlordId,
  status: o.effectiveStatus,
  openForCandidacies: o.openForCandidacies,
  closingDate: o.closingDate,
  rent: o.rent,
  charges: o.charges,
  communeCode: o.communeCode,
  communeName: o.communeName,
  epciCode: o.epci?.code,
  typology: o.typology,
  candidacyCount: o.candidacyCount,
});

const outcomeOf = (facts: DemandFacts, result: EligibilityResult): EligibilityOutcome => ({
  decided: facts.referenceIncomeMissing.length === 0,
  fits: result.fits,
  reasons: failedBlockingChecks(result).map((c) => ({ rule: c.rule, fr: c.message.fr, en: c.message.en })),
  effortRate: roundEffortRate(result.effortRate),
});

/** The demand facts each ApplicantFacts was made from (applying reuses them instead of reading the demand again). */
const demandFactsOf = new WeakMap<ApplicantFacts, DemandFacts>();

function eligibilityGateway(demands: DemandService, offers: OfferService, today: () => IsoDate) {
  const outcome = async (facts: DemandFacts, offerId: string): Promise<EligibilityOutcome> => outcomeOf(facts, await offers.eligibilityOf(facts, offerId));
  const unknownDemand: EligibilityOutcome = { decided: false, fits: false, reasons: [{ rule: 'demand_unknown', fr: 'demande inconnue', en: 'unknown demand' }], effortRate: null };
  return {
    async forApplication(applicant: ApplicantFacts, offerId: string) {
      const facts = demandFactsOf.get(applicant) ?? (await demands.facts(applicant.demandId, today()));
      if (!facts) return null;
      const found = await offers.offerForApplication(facts, offerId);
      return found ? { offer: offerInfoOf(found.offer), eligibility: outcomeOf(facts, found.eligibility) } : null;
    },
    async eligibility(demandId: string, offerId: string) {
      const facts = await demands.facts(demandId, today());
      return facts ? outcome(facts, offerId) : unknownDemand;
    },
    async eligibilityMany(demandIds: readonly string[], offerId: string) {
      const facts = await demands.factsMany(demandIds, today());
      const out = new Map<string, EligibilityOutcome>();
      for (const id of demandIds) {
        const f = facts.get(id);
        out.set(id, f ? await outcome(f, offerId) : unknownDemand);
      }
      return out;
    },
  };
}

/**
 * The candidacy module: its tables on the database, and the narrow ports it needs of the other
 * modules implemented with their façades (demand facts and lifecycle, offers and their
 * transitions, employers from the company space, the scoring's bonuses, grids and allocations).
 * It also gives the company space its view of employees' candidacies (status only), and clears
 * cached rankings when a demand or the scoring inputs change in this process.
 */
export const candidacyWiring: ModuleWiring = (container, { config, database, clock }) => {
  container.bind(CANDIDACY.Repository).toConstantValue(new DrizzleCandidacyRepository(database));
  container.bind(CANDIDACY.NotificationOutbox).toConstantValue(new DrizzleCandidacyOutbox(database));
  container.bind(OUTBOX_SOURCE).toConstantValue(candidacyOutboxSource(database)); // delivered by the mail dispatcher
  container.bind(CANDIDACY.Settings).toConstantValue({
    maxOpenCandidacies: config.candidacy.maxOpenCandidacies,
    rankingCacheSeconds: config.candidacy.rankingCacheSeconds,
  });
  container.bind(CANDIDACY.ApplicantFacts).toResolvedValue(
    (demands: DemandService, identity: IdentityService): ApplicantFactsSource => ({
      async factsFor(demandIds, onDate) {
        const facts = await demands.factsMany(demandIds, onDate);
        return new Map([...facts].map(([id, f]) => {
          const applicant = applicantFactsOf(f, onDate);
          // one demand: an application (rankings keep many ApplicantFacts; they need not keep the DemandFacts too)
          if (facts.size === 1) demandFactsOf.set(applicant, f);
          return [id, applicant];
        }));
      },
      // for the landlord of a transmitted candidacy only (few at a time): the demand's contact, else the account's address
      async contactsFor(demandIds) {
        const facts = await demands.factsMany(demandIds, toIsoDate(clock.now()));
        const out = new Map<string, CandidateContact>();
        for (const [id, f] of facts) {
          const c = f.applicantContact;
          const email = c.email ?? (await identity.contactOf(f.ownerAccountId))?.email ?? null;
          out.set(id, { civility: CIVILITY[c.civility ?? ''] ?? null, firstName: c.firstName, lastName: c.lastName, email, phone: c.phone ?? null });
        }
        return out;
      },
    }),
    [DEMAND.Service, IDENTITY.Service],
  );
  container.bind(CANDIDACY.DemandLifecycle).toResolvedValue(
    (demands: DemandService): DemandLifecycle => ({
      markSatisfied: async (demandId, input) => {
        await demands.markSatisfied(demandId, { at: input.at, offerId: input.offerId, reason: `bail signé (offre ${input.offerId}, candidature ${input.candidacyId})` });
      },
    }),
    [DEMAND.Service],
  );
  container.bind(CANDIDACY.OfferGateway).toResolvedValue(
    (offers: OfferService, demands: DemandService): OfferGateway => ({
      find: async (offerId) => {
        const o = await offers.offerForCandidacy(offerId);
        return o ? offerInfoOf(o) : null;
      },
      assertVisible: (principal, offerId) => offers.assertVisible(principal, offerId),
      ...eligibilityGateway(demands, offers, () => toIsoDate(clock.now())),
      adjustCandidacyCount: async (offerId, delta) => offerInfoOf(await offers.adjustCandidacyCountAndRead(offerId, delta)),
      designate: async (offerId, input) => void (await offers.designate(offerId, input)),
      transmit: async (offerId, input) => void (await offers.transmit(offerId, input)),
      allocate: async (offerId, input) => void (await offers.allocate(offerId, input)),
      republish: async (offerId, input) => void (await offers.republish(offerId, { closingDate: input.closingDate, by: input.by, ...(input.reason ? { reason: input.reason } : {}) })),
    }),
    [OFFER.Service, DEMAND.Service],
  );
  container.bind(CANDIDACY.CompanyFacts).toResolvedValue(
    (companies: CompanySpaceService): CompanyFactsSource => ({
      async factsFor(demandIds, onDate) {
        const facts = await companies.companyFactsForDemands(demandIds, onDate);
        return new Map([...facts].map(([id, e]) => [id, companyFactsOf(e)]));
      },
    }),
    [COMPANY_SPACE.Service],
  );
  container.bind(CANDIDACY.ScoringInputs).toResolvedValue(
    (scoring: ScoringService): ScoringInputs => ({
      rankingOptions: (input) => scoring.rankingOptions(input),
      recordAllocation: async (input) => void (await scoring.recordAllocation(input)),
    }),
    [SCORING.Service],
  );
  container.loadSync(candidacyModule);

  // The company space reads its employees' candidacies here (status, offer address, closing date and
  // rank at the closing; never the demands' contents): a read model over the candidacy and offer tables.
  const statuses: EmployeeCandidacyStatusSource = new EmployeeCandidaciesReadModel(database);
  if (container.isBound(COMPANY_SPACE.CandidacyStatusSource)) container.unbindSync(COMPANY_SPACE.CandidacyStatusSource);
  container.bind(COMPANY_SPACE.CandidacyStatusSource).toConstantValue(statuses);

  // Facts that change a score, changed in this process: drop the cached rankings concerned once the
  // change has committed (so that no request re-caches the old state meanwhile; changes made
  // elsewhere, e.g. an employment validated, show within RANKING_CACHE_SECONDS).
  const events = container.get(SHARED.EventBus);
  const service = () => container.get(CANDIDACY.Service);
  const forgetDemand = (event: { payload: unknown }) => {
    const demandId = (event.payload as { demandId?: unknown } | null)?.demandId;
    if (typeof demandId === 'string') service().forgetRankingsOfDemand(demandId);
    else service().forgetRankings();
  };
  events.subscribe(DEMAND_EVENTS.statusChanged, forgetDemand);
  events.subscribe(DEMAND_EVENTS.factsChanged, forgetDemand);
  events.subscribe(SCORING_EVENTS.inputsChanged, () => service().forgetRankings());
  // a ranking keeps the offer as it read it (agents' views and applicants' live views reuse it)
  events.subscribe(OFFER_EVENTS.changed, (event) => {
    const { offerId } = event.payload as { offerId: string };
    service().forgetRankingsOfOffer(offerId);
  });
  // an offer that closed (scheduled closing or "close now"): its ranking is frozen once the closing
  // has committed, from the facts as of then (a reader finding it closed and not frozen does it too)
  events.subscribe(OFFER_EVENTS.changed, async (event) => {
    const { offerId, to } = event.payload as { offerId: string; to?: string };
    if (to === 'closed') await service().freezeRankingAtClosing(offerId);
  });
  // GDPR: an anonymised demand's facts are erased from the frozen rankings in the same transaction
  // (from the payload alone), so that both commit or neither
  events.subscribe(DEMAND_EVENTS.anonymised, async (event) => {
    const { demandId } = event.payload as { demandId: string };
    await service().forgetRankingFactsOfDemand(demandId);
  }, { phase: 'in_transaction' });

  // Landlords read the verified documents of the candidates transmitted to them on their own offers
  // (the demand module asks; the platform's deny-all default is replaced here).
  container.rebindSync(DEMAND.DesignationChecker).toConstantValue({
    isDesignatedToLandlord: (demandId, landlordId) => service().isTransmittedToLandlord(demandId, landlordId),
  });

  // A withdrawn offer's open candidacies end: a durable job enqueued in the withdrawal's transaction
  // (from the payload alone, so the job exists if and only if the withdrawal committed), run apart so
  // that the candidacy module takes its locks in its own order (offer state, then offer row).
  const jobs = container.get(SHARED.JobQueue);
  events.subscribe(OFFER_EVENTS.withdrawn, async (event) => {
    const { offerId, reason } = event.payload as { offerId: string; reason?: string };
    await jobs.enqueue(CANDIDACY_JOBS.offerWithdrawn, { offerId, ...(reason ? { reason } : {}) }, { dedupeKey: `${CANDIDACY_JOBS.offerWithdrawn}:${offerId}` });
  }, { phase: 'in_transaction' });
  // A demand the registry struck off (closed by the demand module's struck-off feed): its open
  // candidacies end, by a durable job enqueued in the closing transaction (issue 20)
  events.subscribe(DEMAND_EVENTS.statusChanged, async (event) => {
    const { demandId, action } = event.payload as { demandId: string; action?: string };
    if (action !== 'struck_off') return;
    await jobs.enqueue(DEMAND_STRUCK_OFF_JOB, { demandId }, { dedupeKey: `${DEMAND_STRUCK_OFF_JOB}:${demandId}` });
  }, { phase: 'in_transaction' });
  container.get(BOOT.JobWorker).register(DEMAND_STRUCK_OFF_JOB, async (payload) => {
    await service().closeCandidaciesOfStruckOffDemand(String(payload.demandId));
  });
  container.get(BOOT.JobWorker).register(CANDIDACY_JOBS.offerWithdrawn, async (payload) => {
    const reason = typeof payload.reason === 'string' ? payload.reason : undefined;
    await service().closeCandidaciesOfWithdrawnOffer(String(payload.offerId), { reason });
  });
};
