import { beforeEach, describe, expect, it } from 'vitest';
import { InMemoryAuditTrail } from '../../../shared/testing/audit';
import { FixedClock } from '../../../shared/testing/clock';
import { DomainError } from '../../../shared/errors';
import { InProcessEventBus } from '../../../shared/events';
import { immediateUnitOfWork } from '../../../shared/testing/unit-of-work';
import type { Principal } from '../../identity/index';
import { ScoringService, type CompanyFacts } from '../../scoring/index';
import { InMemoryAllocationRepository, InMemoryBonusRepository, InMemoryGridRepository } from '../../scoring/testing/in-memory';
import type { EligibilityOutcome } from '../domain/index';
import type { ApplicantFacts, OfferGateway, OfferInfo } from '../ports';
import { CandidacyService } from './candidacy.service';
import { InMemoryCandidacyOutbox, InMemoryCandidacyRepository } from '../testing/in-memory';
import { RankingCache } from './ranking-cache';

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const AGENT: Principal = { accountId: uuid(900), role: 'agent', sessionId: 's' };
const LANDLORD_ID = uuid(800);
const LANDLORD: Principal = { accountId: uuid(801), role: 'landlord_user', sessionId: 's', landlordId: LANDLORD_ID };
const OTHER_LANDLORD: Principal = { accountId: uuid(802), role: 'landlord_user', sessionId: 's', landlordId: uuid(803) };
const applicant = (n: number): Principal => ({ accountId: uuid(n), role: 'applicant', sessionId: 's' });

class FakeOffers implements OfferGateway {
  readonly offers = new Map<string, OfferInfo>();
  readonly calls: string[] = [];
  notEligible = new Set<string>();
  add(id: string, overrides: Partial<OfferInfo> = {}) {
    this.offers.set(id, {
      id,
      landlordId: LANDLORD_ID,
      status: 'published',
      openForCandidacies: true,
      closingDate: '2026-03-31',
      rent: 620,
      charges: 80,
      communeCode: '69266',
      communeName: 'Villeurbanne',
      epciCode: '200046977',
      typology: 2,
      candidacyCount: 0,
      ...overrides,
    });
  }
  set(id: string, patch: Partial<OfferInfo>) {
    this.offers.set(id, { ...this.offers.get(id)!, ...patch });
  }
  finds = 0;
  async find(id: string) {
    this.finds++;
    const o = this.offers.get(id);
    return o ? { ...o } : null;
  }
  async assertVisible(_p: Principal, id: string) {
    if (!this.offers.has(id)) throw new DomainError('not_found', 'OFFER.NOT_FOUND', 'no');
  }
  async eligibility(demandId: string): Promise<EligibilityOutcome> {
    return this.notEligible.has(demandId)
      ? { decided: true, fits: false, reasons: [{ rule: 'income_ceiling', fr: 'revenus au-dessus du plafond', en: 'income above the ceiling' }], effortRate: 20 }
      : { decided: true, fits: true, reasons: [], effortRate: 30.4 };
  }
  async eligibilityMany(demandIds: readonly string[]) {
    return new Map(await Promise.all(demandIds.map(async (d) => [d, await this.eligibility(d)] as const)));
  }
  async adjustCandidacyCount(id: string, delta: number) {
    const o = this.offers.get(id)!;
    this.set(id, { candidacyCount: o.candidacyCount + delta });
    return { ...this.offers.get(id)! };
  }
  private transition(id: string, from: string[], to: string) {
    const o = this.offers.get(id)!;
    if (!from.includes(o.status)) throw new DomainError('conflict', 'OFFER.INVALID', `${o.status} → ${to}`);
    this.set(id, { status: to, openForCandidacies: to === 'published' });
    this.calls.push(`${to}:${id}`);
  }
  async designate(id: string) {
    this.transition(id, ['closed'], 'designated');
  }
  async transmit(id: string) {
    this.transition(id, ['designated'], 'transmitted');
  }
  async allocate(id: string) {
    this.transition(id, ['transmitted'], 'allocated');
  }
  async republish(id: string, input: { closingDate: string }) {
    this.transition(id, ['designated', 'transmitted'], 'published');
    this.set(id, { closingDate: input.closingDate });
  }
}

function aDemand(n: number, overrides: Partial<ApplicantFacts> = {}): ApplicantFacts {
  return {
    demandId: uuid(100 + n),
    ownerAccountId: uuid(n),
    status: 'active',
    applicantBirthDate: '1980-01-01',
    mobilityChecked: false,
    monthlyResources: 2000,
    expectedHousingBenefit: 0,
    registrationDate: '2020-01-01',
    declaredHistory: { refusedByCal: false, declinedAfterCalOn: undefined },
    gridFacts: {},
    summary: {
      registrationNumber: null,
      registrationDate: '2020-01-01',
      householdSize: 2,
      householdCategory: 2,
      dependants: 0,
      monthlyResources: 2000,
      referenceIncome: 20000,
      expectedHousingBenefit: 0,
      dalo: false,
    },
    ...overrides,
  };
}

function setup() {
  const clock = new FixedClock('2026-03-01T10:00:00Z');
  const candidacies = new InMemoryCandidacyRepository();
  const notifications = new InMemoryCandidacyOutbox();
  const audit = new InMemoryAuditTrail();
  const offers = new FakeOffers();
  const demands = new Map<string, ApplicantFacts>();
  const companies = new Map<string, CompanyFacts>();
  const satisfied: string[] = [];
  const factsCalls: string[][] = [];
  const allocations = new InMemoryAllocationRepository();
  const scoring = new ScoringService({
    bonuses: new InMemoryBonusRepository(),
    grids: new InMemoryGridRepository(),
    allocations,
    audit,
    events: new InProcessEventBus(),
    clock,
    uow: immediateUnitOfWork,
  });
  const cache = new RankingCache(60_000);
  const service = new CandidacyService({
    candidacies,
    notifications,
    audit,
    clock,
    uow: immediateUnitOfWork,
    cache,
    settings: { maxOpenCandidacies: 5, rankingCacheSeconds: 60 },
    applicants: {
      factsFor: async (ids) => {
        factsCalls.push([...ids]);
        return new Map(ids.filter((id) => demands.has(id)).map((id) => [id, demands.get(id)!]));
      },
    },
    companies: { factsFor: async (ids) => new Map(ids.filter((id) => companies.has(id)).map((id) => [id, companies.get(id)!])) },
    demands: {
      markSatisfied: async (demandId) => {
        satisfied.push(demandId);
        demands.set(demandId, { ...demands.get(demandId)!, status: 'satisfied' });
      },
    },
    offers,
    scoring: { rankingOptions: (input) => scoring.rankingOptions(input), recordAllocation: async (input) => void (await scoring.recordAllocation(input)) },
  });
  const addDemand = (n: number, overrides: Partial<ApplicantFacts> = {}) => {
    const d = aDemand(n, overrides);
    demands.set(d.demandId, d);
    return d;
  };
  return { clock, candidacies, notifications, audit, offers, demands, companies, satisfied, allocations, scoring, service, cache, addDemand, factsCalls };
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

const company = (id: string, sizeClass: CompanyFacts['sizeClass'], contribution: CompanyFacts['contribution'], tranches: CompanyFacts['tranches']): CompanyFacts => ({
  companyId: id,
  validated: true,
  contribution,
  sizeClass,
  tranches,
  delegatesToAls: false,
});

describe('the worked example through the use cases (scoring.md §6)', () => {
  it('ranks Bruno 530, Amina 519, Chloé 360; each applicant sees only their own rank, score and the count', async () => {
    const s = setup();
    s.offers.add('offer-1');
    await s.scoring.createBonus(AGENT, { sizeClass: 'ETI', points: 120, startDate: '2026-01-01', endDate: '2026-06-30', reason: 'ETI en retard' });
    const amina = s.addDemand(1, { applicantBirthDate: '1998-05-02', mobilityChecked: true, monthlyResources: 2300, registrationDate: '2021-06-10' });
    const bruno = s.addDemand(2, {
      applicantBirthDate: '1980-07-14',
      monthlyResources: 2000,
      registrationDate: '2019-01-15',
      declaredHistory: { refusedByCal: true, declinedAfterCalOn: undefined },
    });
    const chloe = s.addDemand(3, {
      applicantBirthDate: '1992-11-20',
      monthlyResources: 3100,
      registrationDate: '2022-09-01',
      declaredHistory: { refusedByCal: false, declinedAfterCalOn: '2025-08-20' },
    });
    s.companies.set(amina.demandId, company('ge', 'GE', 'contributing', ['B']));
    s.companies.set(bruno.demandId, company('pme', 'PME', 'compensated', ['A', 'C']));
    s.companies.set(chloe.demandId, company('eti', 'ETI', 'contributing', []));

    const a = await s.service.apply(applicant(1), { demandId: amina.demandId, offerId: 'offer-1' });
    const b = await s.service.apply(applicant(2), { demandId: bruno.demandId, offerId: 'offer-1' });
    const c = await s.service.apply(applicant(3), { demandId: chloe.demandId, offerId: 'offer-1' });
    expect(s.offers.offers.get('offer-1')?.candidacyCount).toBe(3);

    const ranking = await s.service.ranking(AGENT, 'offer-1');
    expect(ranking.items.map((i) => [i.candidacyId, i.rank, i.score.total])).toEqual([
      [b.record.id, 1, 530],
      [a.record.id, 2, 519],
      [c.record.id, 3, 360],
    ]);
    expect(ranking.items[2]?.score.components).toEqual({ als: 0, alsClampedFrom: -2, company: 240, territory: 0, territoryEstablished: false, balancing: 120 });

    const mine = await s.service.get(applicant(1), a.record.id);
    expect(mine).toMatchObject({ rank: 2, candidacyCount: 3, referenceDate: '2026-03-01', score: { total: 519 } });
    expect(mine.score?.criteria.find((x) => x.criterion === 'als.effort_rate')).toMatchObject({
      points: 40,
      status: 'met',
      fact: '(620\u00a0€ + 80\u00a0€ − 0\u00a0€) / 2\u202f300\u00a0€ = 30,43\u00a0%, dans la bande de 26 à 33\u00a0%',
    });
    expect(JSON.stringify(mine)).not.toContain(bruno.demandId);
    expect((await s.service.get(applicant(3), c.record.id)).rank).toBe(3);
  });
});

describe('applying', () => {
  let s: ReturnType<typeof setup>;
  beforeEach(() => {
    s = setup();
    s.offers.add('offer-1');
  });

  it('is idempotent: applying twice gives the same candidacy, counted once', async () => {
    const d = s.addDemand(1);
    const first = await s.service.apply(applicant(1), { demandId: d.demandId, offerId: 'offer-1' });
    const again = await s.service.apply(applicant(1), { demandId: d.demandId, offerId: 'offer-1' });
    expect(first.created).toBe(true);
    expect(again).toEqual({ record: first.record, created: false });
    expect(s.offers.offers.get('offer-1')?.candidacyCount).toBe(1);
    expect(await s.candidacies.timeline(first.record.id)).toEqual([expect.objectContaining({ action: 'submitted', to: 'submitted' })]);
  });

  it('refuses another applicant’s demand (404), an inactive demand, a closed offer, and gives the eligibility reasons', async () => {
    const d = s.addDemand(1);
    expect((await failure(s.service.apply(applicant(2), { demandId: d.demandId, offerId: 'offer-1' }))).kind).toBe('not_found');
    const draft = s.addDemand(3, { status: 'in_instruction' });
    expect((await failure(s.service.apply(applicant(3), { demandId: draft.demandId, offerId: 'offer-1' }))).code).toBe('CANDIDACY.DEMAND_NOT_ACTIVE');
    s.offers.add('closed', { status: 'published', openForCandidacies: false, closingDate: '2026-02-28' });
    expect((await failure(s.service.apply(applicant(1), { demandId: d.demandId, offerId: 'closed' }))).code).toBe('CANDIDACY.OFFER_CLOSED');
    s.offers.notEligible.add(d.demandId);
    const error = await failure(s.service.apply(applicant(1), { demandId: d.demandId, offerId: 'offer-1' }));
    expect(error).toMatchObject({ kind: 'invalid', code: 'CANDIDACY.NOT_ELIGIBLE', details: { reasons: [expect.objectContaining({ rule: 'income_ceiling' })] } });
    expect(s.candidacies.rows.size).toBe(0);
  });

  it('caps open candidacies per demand; a withdrawal makes room again', async () => {
    const d = s.addDemand(1);
    for (let i = 0; i < 6; i++) s.offers.add(`o${i}`);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await s.service.apply(applicant(1), { demandId: d.demandId, offerId: `o${i}` })).record.id);
    const error = await failure(s.service.apply(applicant(1), { demandId: d.demandId, offerId: 'o5' }));
    expect(error).toMatchObject({ kind: 'conflict', code: 'CANDIDACY.TOO_MANY_OPEN', details: { openCandidacies: 5, max: 5 } });
    await s.service.withdraw(applicant(1), ids[0]!, 'J’ai trouvé ailleurs');
    expect(s.offers.offers.get('o0')?.candidacyCount).toBe(0);
    expect((await s.service.apply(applicant(1), { demandId: d.demandId, offerId: 'o5' })).created).toBe(true);
    expect(s.candidacies.lockedDemands.every((id) => id === d.demandId)).toBe(true);
  });

  it('the live rank comes from the cached ranking until the offer’s candidacies change', async () => {
    const d1 = s.addDemand(1, { registrationDate: '2020-01-01' });
    const d2 = s.addDemand(2, { registrationDate: '2019-01-01' });
    const c1 = await s.service.apply(applicant(1), { demandId: d1.demandId, offerId: 'offer-1' });
    expect((await s.service.get(applicant(1), c1.record.id)).rank).toBe(1);
    expect(s.cache.size).toBe(1);
    await s.service.apply(applicant(2), { demandId: d2.demandId, offerId: 'offer-1' });
    s.factsCalls.length = 0;
    const after = await s.service.get(applicant(1), c1.record.id);
    expect(after).toMatchObject({ rank: 2, candidacyCount: 2 });
    // re-ranked with the facts already gathered: only the newcomer's demand was read
    expect(s.factsCalls).toEqual([[d2.demandId]]);
    s.factsCalls.length = 0;
    s.offers.finds = 0;
    expect((await s.service.get(applicant(1), c1.record.id)).rank).toBe(2);
    expect(s.factsCalls).toEqual([]);
    // nor the offer: the cached ranking holds it, and it is still open today
    expect(s.offers.finds).toBe(0);
    // agents always rank on fresh facts
    await s.service.ranking(AGENT, 'offer-1');
    expect(s.factsCalls).toEqual([[d1.demandId, d2.demandId]]);
    // … computed at most AGENT_RANKING_MAX_AGE_MS ago: another agent's read within it reads neither the facts nor the offer
    s.factsCalls.length = 0;
    s.offers.finds = 0;
    await s.service.ranking(AGENT, 'offer-1');
    expect([s.factsCalls, s.offers.finds]).toEqual([[], 0]);
    // the offer changed in this process (a status event): its ranking is dropped, the offer and the facts read again
    s.service.forgetRankingsOfOffer('offer-1');
    await s.service.ranking(AGENT, 'offer-1');
    expect([s.factsCalls, s.offers.finds]).toEqual([[[d1.demandId, d2.demandId]], 1]);
    s.factsCalls.length = 0;
    // a demand's facts changed: the rankings it is in are dropped, not the others
    s.service.forgetRankingsOfDemand(uuid(999));
    expect(s.cache.size).toBe(1);
    s.service.forgetRankingsOfDemand(d2.demandId);
    expect(s.cache.size).toBe(0);
  });
});

describe('ranking many candidates', () => {
  it('reads the demands’ facts by slices of 250 and ranks them all', async () => {
    const s = setup();
    s.offers.add('offer-1');
    for (let n = 1; n <= 260; n++) {
      const d = s.addDemand(n, { registrationDate: `20${String(10 + (n % 10)).padStart(2, '0')}-01-01` });
      await s.service.apply(applicant(n), { demandId: d.demandId, offerId: 'offer-1' });
    }
    s.factsCalls.length = 0;
    const ranking = await s.service.ranking(AGENT, 'offer-1');
    expect(s.factsCalls.map((ids) => ids.length)).toEqual([250, 10]);
    expect(ranking.items.map((i) => i.rank)).toEqual(Array.from({ length: 260 }, (_, i) => i + 1));
  });
});

describe('the live view without reading the offer', () => {
  it('reads the offer again once its closing date has passed (the reference date becomes the closing date)', async () => {
    const s = setup();
    s.offers.add('offer-1');
    const d1 = s.addDemand(1);
    const c1 = await s.service.apply(applicant(1), { demandId: d1.demandId, offerId: 'offer-1' });
    expect((await s.service.get(applicant(1), c1.record.id)).referenceDate).toBe('2026-03-01');
    s.offers.finds = 0;
    await s.service.get(applicant(1), c1.record.id);
    expect(s.offers.finds).toBe(0);
    s.clock.set('2026-04-05T10:00:00Z');
    s.offers.set('offer-1', { status: 'closed', openForCandidacies: false });
    const closed = await s.service.get(applicant(1), c1.record.id);
    // read once to see it closed, once more under the offer's lock to freeze its ranking (issue 15)
    expect(s.offers.finds).toBe(2);
    expect(closed.referenceDate).toBe('2026-03-31');
    expect(closed.frozenRanking).toMatchObject({ finalRank: 1, candidacyCount: 1, referenceDate: '2026-03-31', revision: 1 });
    // frozen: the final rank is read from the snapshot, without the offer
    s.offers.finds = 0;
    expect((await s.service.get(applicant(1), c1.record.id)).frozenRanking?.finalRank).toBe(1);
    expect(s.offers.finds).toBe(0);
  });
});

describe('designation, transmission, CAL, proposal and lease', () => {
  async function threeCandidates() {
    const s = setup();
    s.offers.add('offer-1');
    const ds = [s.addDemand(1, { registrationDate: '2019-01-01' }), s.addDemand(2, { registrationDate: '2020-01-01' }), s.addDemand(3, { registrationDate: '2021-01-01' })];
    const cs = [];
    for (const [i, d] of ds.entries()) cs.push((await s.service.apply(applicant(i + 1), { demandId: d.demandId, offerId: 'offer-1' })).record);
    s.offers.set('offer-1', { status: 'closed', openForCandidacies: false });
    return { s, ds, cs };
  }

  it('designating out of rank order needs a justification, kept in the audit trail; the designated are told', async () => {
    const { s, cs } = await threeCandidates();
    const refused = await failure(s.service.designate(AGENT, 'offer-1', { candidacyIds: [cs[0]!.id, cs[2]!.id] }));
    expect(refused).toMatchObject({ code: 'CANDIDACY.JUSTIFICATION_REQUIRED', fields: [{ field: 'justification' }] });
    const result = await s.service.designate(AGENT, 'offer-1', { candidacyIds: [cs[2]!.id, cs[0]!.id], justification: 'Rapprochement domicile-travail prioritaire' });
    expect(result).toMatchObject({
      round: 1,
      outOfOrder: true,
      designated: [
        { candidacyId: cs[0]!.id, rank: 1 },
        { candidacyId: cs[2]!.id, rank: 3 },
      ],
    });
    const entry = s.audit.entries.find((e) => e.action === 'offer.designation');
    expect(entry).toMatchObject({
      objectId: 'offer-1',
      detail: { outOfOrder: true, ranks: [1, 3], expectedRanks: [1, 2], justification: 'Rapprochement domicile-travail prioritaire' },
    });
    expect(s.notifications.items.map((n) => [n.accountId, n.kind])).toEqual([
      [uuid(1), 'candidacy.designated'],
      [uuid(3), 'candidacy.designated'],
    ]);
    expect(s.offers.offers.get('offer-1')?.status).toBe('designated');
    expect((await failure(s.service.designate(applicant(1), 'offer-1', { candidacyIds: [cs[1]!.id] }))).kind).toBe('forbidden');
  });

  it('goes to the lease: offer allocated, demand satisfied, allocation recorded, others not retained, the refused one gets +40 later', async () => {
    const { s, ds, cs } = await threeCandidates();
    s.companies.set(ds[0]!.demandId, company('c1', 'PME', 'contributing', []));
    await s.service.designate(AGENT, 'offer-1', { candidacyIds: [cs[0]!.id, cs[1]!.id] });
    await s.service.transmit(AGENT, 'offer-1');
    expect((await failure(s.service.calDecision(OTHER_LANDLORD, cs[0]!.id, { decision: 'accepted', calRank: 1 }))).kind).toBe('not_found');
    expect((await failure(s.service.calDecision(LANDLORD, cs[2]!.id, { decision: 'accepted', calRank: 1 }))).kind).toBe('not_found'); // never transmitted

    const designated = await s.service.designated(LANDLORD, 'offer-1');
    expect(designated.items.map((i) => [i.candidacyId, i.rankAtDesignation, i.status])).toEqual([
      [cs[0]!.id, 1, 'transmitted'],
      [cs[1]!.id, 2, 'transmitted'],
    ]);
    expect(s.audit.entries.filter((e) => e.action === 'demand.read')).toHaveLength(2);
    expect(s.audit.entries.find((e) => e.action === 'demand.read')?.actingFor).toEqual({ kind: 'landlord', id: LANDLORD_ID });

    await s.service.calDecision(LANDLORD, cs[0]!.id, { decision: 'accepted', calRank: 1 });
    await s.service.calDecision(LANDLORD, cs[1]!.id, { decision: 'refused', reason: 'Dossier incomplet' });
    expect((await failure(s.service.acceptProposal(applicant(2), cs[1]!.id))).code).toBe('CANDIDACY.INVALID_TRANSITION');
    await s.service.acceptProposal(applicant(1), cs[0]!.id);
    const leased = await s.service.lease(LANDLORD, cs[0]!.id);
    expect(leased.status).toBe('leased');
    expect(s.offers.calls).toEqual(['designated:offer-1', 'transmitted:offer-1', 'allocated:offer-1']);
    expect(s.satisfied).toEqual([ds[0]!.demandId]);
    expect(s.allocations.rows).toEqual([expect.objectContaining({ offerId: 'offer-1', demandId: ds[0]!.demandId, sizeClass: 'PME' })]);
    expect((await s.candidacies.findById(cs[2]!.id))?.status).toBe('not_retained');
    const kinds = s.notifications.items.map((n) => [n.accountId, n.kind]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        [uuid(1), 'candidacy.cal_accepted'],
        [uuid(1), 'candidacy.proposal'],
        [uuid(2), 'candidacy.cal_refused'],
        [uuid(3), 'candidacy.not_retained'],
      ]),
    );
    expect(s.notifications.items.find((n) => n.kind === 'candidacy.cal_refused')?.payload.reason).toBe('Dossier incomplet');

    // the refused candidate applies elsewhere: +40 CAL refusal from history
    s.offers.add('offer-2');
    const next = await s.service.apply(applicant(2), { demandId: ds[1]!.demandId, offerId: 'offer-2' });
    const view = await s.service.get(applicant(2), next.record.id);
    expect(view.score?.criteria.find((c) => c.criterion === 'als.cal_refusal')).toMatchObject({ points: 40, met: true });
    expect(view.timeline.map((t) => t.action)).toEqual(['submitted']);
    const refusedView = await s.service.get(applicant(2), cs[1]!.id);
    expect(refusedView).toMatchObject({ status: 'cal_refused', rank: null, calReason: 'Dossier incomplet' });
    expect(refusedView.timeline.map((t) => t.to)).toEqual(['submitted', 'designated', 'transmitted', 'cal_refused']);
  });

  it('the proposal follows the CAL ranks; a decline passes it on and costs −40 later', async () => {
    const { s, ds, cs } = await threeCandidates();
    await s.service.designate(AGENT, 'offer-1', { candidacyIds: [cs[0]!.id, cs[1]!.id] });
    await s.service.transmit(AGENT, 'offer-1');
    await s.service.calDecision(LANDLORD, cs[0]!.id, { decision: 'accepted', calRank: 2 });
    await s.service.calDecision(LANDLORD, cs[1]!.id, { decision: 'accepted', calRank: 1 });
    expect((await failure(s.service.calDecision(LANDLORD, cs[0]!.id, { decision: 'accepted', calRank: 1 }))).code).toBe('CANDIDACY.INVALID_TRANSITION');
    expect((await failure(s.service.acceptProposal(applicant(1), cs[0]!.id))).code).toBe('CANDIDACY.PROPOSAL_NOT_YOUR_TURN');
    await s.service.declineProposal(applicant(2), cs[1]!.id, 'Trop loin');
    // rank 2 held the proposal until rank 1 was recorded, then rank 1 until they declined
    expect(s.notifications.items.filter((n) => n.kind === 'candidacy.proposal').map((n) => n.accountId)).toEqual([uuid(1), uuid(2), uuid(1)]);
    expect((await s.service.acceptProposal(applicant(1), cs[0]!.id)).status).toBe('proposal_accepted');
    s.offers.add('offer-2');
    const next = await s.service.apply(applicant(2), { demandId: ds[1]!.demandId, offerId: 'offer-2' });
    const view = await s.service.get(applicant(2), next.record.id);
    expect(view.score?.criteria.find((c) => c.criterion === 'als.declined_after_cal')).toMatchObject({ points: -40, met: true });
  });

  it('when every designated candidate falls through, the offer can be published again; not before', async () => {
    const { s, cs } = await threeCandidates();
    await s.service.designate(AGENT, 'offer-1', { candidacyIds: [cs[0]!.id] });
    expect((await failure(s.service.republish(AGENT, 'offer-1', { closingDate: '2026-04-30' }))).code).toBe('CANDIDACY.DESIGNATED_STILL_RUNNING');
    await s.service.withdraw(applicant(1), cs[0]!.id);
    expect(await s.service.republish(AGENT, 'offer-1', { closingDate: '2026-04-30' })).toEqual({ offerId: 'offer-1', closingDate: '2026-04-30' });
    expect(s.offers.offers.get('offer-1')?.status).toBe('published');
    const ranking = await s.service.ranking(AGENT, 'offer-1');
    expect(ranking.items.map((i) => i.candidacyId)).toEqual([cs[1]!.id, cs[2]!.id]);
    expect(ranking.others.map((o) => o.id)).toEqual([cs[0]!.id]);
  });

  it('an applicant cannot withdraw after transmission, nor act on another applicant’s candidacy', async () => {
    const { s, cs } = await threeCandidates();
    await s.service.designate(AGENT, 'offer-1', { candidacyIds: [cs[0]!.id] });
    expect((await failure(s.service.withdraw(applicant(2), cs[0]!.id))).kind).toBe('not_found');
    expect((await failure(s.service.get(applicant(2), cs[0]!.id))).kind).toBe('not_found');
    await s.service.transmit(AGENT, 'offer-1');
    expect((await failure(s.service.withdraw(applicant(1), cs[0]!.id))).code).toBe('CANDIDACY.INVALID_TRANSITION');
    expect((await failure(s.service.ranking(applicant(1), 'offer-1'))).kind).toBe('forbidden');
  });
});

describe('rankings frozen at closing (issue 15, item 5)', () => {
  async function closedWithThree() {
    const s = setup();
    s.offers.add('offer-1');
    const ds = [s.addDemand(1, { registrationDate: '2019-01-01' }), s.addDemand(2, { registrationDate: '2020-01-01' }), s.addDemand(3, { registrationDate: '2021-01-01' })];
    const cs = [];
    for (const [i, d] of ds.entries()) cs.push((await s.service.apply(applicant(i + 1), { demandId: d.demandId, offerId: 'offer-1' })).record);
    s.offers.set('offer-1', { status: 'closed', openForCandidacies: false });
    expect(await s.service.freezeRankingAtClosing('offer-1')).toBe(true);
    return { s, ds, cs };
  }

  it('freezes once: a fact changed after the closing moves nobody until an agent recomputes with a reason', async () => {
    const { s, ds, cs } = await closedWithThree();
    expect(await s.service.freezeRankingAtClosing('offer-1')).toBe(false);
    const before = (await s.service.ranking(AGENT, 'offer-1')).items.map((i) => [i.candidacyId, i.rank, i.score.total]);
    // the third candidate becomes the youngest (+70) after the closing
    s.demands.set(ds[2]!.demandId, { ...s.demands.get(ds[2]!.demandId)!, applicantBirthDate: '2000-01-01' });
    s.service.forgetRankings();
    expect((await s.service.ranking(AGENT, 'offer-1')).items.map((i) => [i.candidacyId, i.rank, i.score.total])).toEqual(before);
    expect((await failure(s.service.recomputeRanking(AGENT, 'offer-1', { reason: 'court' }))).code).toBe('CANDIDACY.RECOMPUTE_REASON_REQUIRED');
    expect((await failure(s.service.recomputeRanking(applicant(1), 'offer-1', { reason: 'Date de naissance corrigée' }))).kind).toBe('forbidden');
    const result = await s.service.recomputeRanking(AGENT, 'offer-1', { reason: 'Date de naissance corrigée' });
    expect(result).toMatchObject({ revision: 2, previousRevision: 1, referenceDate: '2026-03-01' });
    expect(result.changes[0]).toMatchObject({ candidacyId: cs[2]!.id, rankBefore: 3, rankAfter: 1 });
    const after = await s.service.ranking(AGENT, 'offer-1');
    expect(after.items[0]?.candidacyId).toBe(cs[2]!.id);
    expect(after.frozen).toMatchObject({ revision: 2, trigger: 'recomputation', reason: 'Date de naissance corrigée' });
    expect(s.audit.entries.filter((e) => e.action === 'offer.ranking_recomputed')).toEqual([
      expect.objectContaining({ actorAccountId: AGENT.accountId, detail: expect.objectContaining({ reason: 'Date de naissance corrigée', revision: 2 }) }),
    ]);
  });

  it('designates from the snapshot; no recomputation once designated; republished, the offer is ranked live again, and frozen anew at its next closing', async () => {
    const { s, cs } = await closedWithThree();
    await s.service.designate(AGENT, 'offer-1', { candidacyIds: [cs[0]!.id] });
    expect((await failure(s.service.recomputeRanking(AGENT, 'offer-1', { reason: 'Un fait corrigé trop tard' }))).code).toBe('CANDIDACY.RANKING_NOT_RECOMPUTABLE');
    await s.service.withdraw(applicant(1), cs[0]!.id, 'Plus intéressé');
    await s.service.republish(AGENT, 'offer-1', { closingDate: '2026-04-30' });
    const live = await s.service.ranking(AGENT, 'offer-1');
    expect(live.frozen).toBeUndefined();
    expect((await s.service.get(applicant(2), cs[1]!.id)).frozenRanking).toBeUndefined();
    s.offers.set('offer-1', { status: 'closed', openForCandidacies: false });
    expect(await s.service.freezeRankingAtClosing('offer-1')).toBe(true);
    const again = await s.service.ranking(AGENT, 'offer-1');
    expect(again.frozen).toMatchObject({ revision: 2, trigger: 'closing' });
    expect((await s.service.get(applicant(2), cs[1]!.id)).frozenRanking).toMatchObject({ finalRank: 1, candidacyCount: 2, revision: 2 });
  });
});

describe('one candidate, several offers (issue 15, item 7)', () => {
  it('flags the candidate designated elsewhere and asks for a justification, then audits it', async () => {
    const s = setup();
    s.offers.add('offer-1');
    s.offers.add('offer-2');
    const d = s.addDemand(1);
    const c1 = (await s.service.apply(applicant(1), { demandId: d.demandId, offerId: 'offer-1' })).record;
    const c2 = (await s.service.apply(applicant(1), { demandId: d.demandId, offerId: 'offer-2' })).record;
    s.offers.set('offer-1', { status: 'closed', openForCandidacies: false });
    s.offers.set('offer-2', { status: 'closed', openForCandidacies: false });
    await s.service.designate(AGENT, 'offer-1', { candidacyIds: [c1.id] });
    const line = (await s.service.ranking(AGENT, 'offer-2')).items[0]!;
    expect(line.designatedElsewhere).toEqual([expect.objectContaining({ candidacyId: c1.id, offerId: 'offer-1', status: 'designated' })]);
    expect(line.designatedElsewhereNotice).toBe('Déjà désigné(e) sur une autre offre, issue en attente : T2 à Villeurbanne (Désignée)');
    const refused = await failure(s.service.designate(AGENT, 'offer-2', { candidacyIds: [c2.id] }));
    expect([refused.kind, refused.code, refused.fields[0]?.field]).toEqual(['invalid', 'CANDIDACY.DESIGNATED_ELSEWHERE', 'elsewhereJustification']);
    expect(s.candidacies.lockedDemands).toContain(d.demandId);
    const ok = await s.service.designate(AGENT, 'offer-2', { candidacyIds: [c2.id], elsewhereJustification: 'Deux chances pour un salarié muté' });
    expect(ok.designatedElsewhere).toEqual([c2.id]);
    expect(s.audit.entries.filter((e) => e.action === 'offer.designation').at(-1)?.detail).toMatchObject({ elsewhereJustification: 'Deux chances pour un salarié muté' });
  });
});
