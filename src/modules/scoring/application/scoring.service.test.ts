import { describe, expect, it } from 'vitest';
import { InMemoryAuditTrail } from '../../../shared/testing/audit';
import { FixedClock } from '../../../shared/testing/clock';
import { DomainError } from '../../../shared/errors';
import { InProcessEventBus, type DomainEvent } from '../../../shared/events';
import { immediateUnitOfWork } from '../../../shared/testing/unit-of-work';
import type { Principal } from '../../identity/index';
import { rankCandidates } from '../domain/index';
import { AMINA, BRUNO, CHLOE, VILLEURBANNE_T2 } from '../testing/test-fixtures';
import { InMemoryAllocationRepository, InMemoryBonusRepository, InMemoryGridRepository } from '../testing/in-memory';
import { ScoringService } from './scoring.service';
import { gridFactsOf } from './grid-facts-of';

const AGENT: Principal = { accountId: '00000000-0000-4000-8000-0000000000aa', role: 'agent', sessionId: 's1' };
const APPLICANT: Principal = { accountId: '00000000-0000-4000-8000-000000000001', role: 'applicant', sessionId: 's2' };
const COMPANY = '11111111-1111-4111-8111-111111111111';

function setup(now = '2026-03-01T10:00:00Z') {
  const clock = new FixedClock(now);
  const bonuses = new InMemoryBonusRepository();
  const grids = new InMemoryGridRepository();
  const allocations = new InMemoryAllocationRepository();
  const audit = new InMemoryAuditTrail();
  const events = new InProcessEventBus();
  const published: DomainEvent[] = [];
  events.subscribe('scoring.inputs_changed', (e) => void published.push(e));
  const service = new ScoringService({ bonuses, grids, allocations, audit, events, clock, uow: immediateUnitOfWork });
  return { clock, service, audit, published, allocations };
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

const ETI = { sizeClass: 'ETI' as const, points: 120, startDate: '2026-01-01', endDate: '2026-06-30', reason: 'Les salariés d’ETI sont en retard sur 12 mois' };

describe('balancing bonuses', () => {
  it('an agent opens a bonus: public while active, audited, and used by rankings on the dates it covers', async () => {
    const { service, audit, published } = setup();
    const bonus = await service.createBonus(AGENT, ETI);
    expect(bonus).toMatchObject({ sizeClass: 'ETI', points: 120, status: 'active', endDate: '2026-06-30' });
    expect(await service.activeBonuses()).toEqual([
      { id: bonus.id, sizeClass: 'ETI', companyId: null, epciCode: null, points: 120, startDate: '2026-01-01', endDate: '2026-06-30', reason: ETI.reason },
    ]);
    expect(audit.entries.map((e) => e.action)).toEqual(['scoring.bonus_created']);
    expect(published).toHaveLength(1);

    const options = await service.rankingOptions({ epciCode: '200046977', referenceDate: '2026-03-01' });
    expect(options.bonuses.map((b) => b.id)).toEqual([bonus.id]);
    const ranking = rankCandidates(VILLEURBANNE_T2, [AMINA, BRUNO, CHLOE], options);
    expect(ranking.map((r) => [r.candidacyId, r.total])).toEqual([
      ['cand-bruno', 530],
      ['cand-amina', 519],
      ['cand-chloe', 360],
    ]);
    expect((await service.rankingOptions({ epciCode: undefined, referenceDate: '2026-07-01' })).bonuses).toEqual([]);
  });

  it('refuses a bonus without target, out of bounds, with dates reversed or in the past, naming every field', async () => {
    const { service } = setup();
    const error = await failure(service.createBonus(AGENT, { points: 241, startDate: '2026-05-01', endDate: '2026-04-01', reason: ' ' }));
    expect(error.code).toBe('SCORING.INVALID_BONUS');
    expect(error.fields.map((f) => f.field).sort()).toEqual(['endDate', 'points', 'reason', 'sizeClass']);
    const past = await failure(service.createBonus(AGENT, { ...ETI, startDate: '2025-01-01', endDate: '2025-12-31' }));
    expect(past.fields).toEqual([{ field: 'endDate', message: expect.stringContaining('passée') }]);
    const badEpci = await failure(service.createBonus(AGENT, { epciCode: '123', points: 10, startDate: '2026-03-01', endDate: '2026-03-31', reason: 'x' }));
    expect(badEpci.fields.map((f) => f.field)).toEqual(['epciCode']);
  });

  it('only staff manage bonuses (403), everyone reads the active ones', async () => {
    const { service } = setup();
    expect((await failure(service.createBonus(APPLICANT, ETI))).kind).toBe('forbidden');
    expect((await failure(service.listBonuses(APPLICANT))).kind).toBe('forbidden');
    expect(await service.activeBonuses()).toEqual([]);
  });

  it('a scheduled bonus is not public yet; a company or territory target must all match', async () => {
    const { service } = setup();
    await service.createBonus(AGENT, { ...ETI, startDate: '2026-04-01' });
    const company = await service.createBonus(AGENT, {
      companyId: COMPANY,
      epciCode: '200046977',
      points: 200,
      startDate: '2026-02-01',
      endDate: '2026-03-31',
      reason: 'Objectifs de la société',
    });
    expect((await service.activeBonuses()).map((b) => b.id)).toEqual([company.id]);
    const options = await service.rankingOptions({ epciCode: '200046977', referenceDate: '2026-03-01' });
    const inCompany = { ...AMINA, company: { ...AMINA.company!, companyId: COMPANY } };
    const ranked = rankCandidates(VILLEURBANNE_T2, [inCompany, BRUNO], options);
    expect(ranked.find((r) => r.candidacyId === 'cand-amina')?.components.balancing.points).toBe(200);
    const elsewhere = rankCandidates({ ...VILLEURBANNE_T2, epciCode: '200000000' }, [inCompany], { ...options });
    expect(elsewhere[0]?.components.balancing.points).toBe(0);
  });

  it('changes points and end date; once started, target and start date are kept; ending stops it from today', async () => {
    const { service, clock, audit } = setup();
    const bonus = await service.createBonus(AGENT, ETI);
    const changed = await service.updateBonus(AGENT, bonus.id, { points: 150, endDate: '2026-09-30', reason: 'Retard confirmé' });
    expect(changed).toMatchObject({ points: 150, endDate: '2026-09-30', reason: 'Retard confirmé' });
    expect((await failure(service.updateBonus(AGENT, bonus.id, { sizeClass: 'PME' }))).code).toBe('SCORING.BONUS_STARTED');

    const ended = await service.updateBonus(AGENT, bonus.id, { status: 'ended' });
    expect(ended).toMatchObject({ status: 'ended', endDate: '2026-02-28', plannedEndDate: '2026-09-30' });
    expect(await service.activeBonuses()).toEqual([]);
    // rankings on earlier reference dates (an offer closed before) still had it
    expect((await service.rankingOptions({ epciCode: undefined, referenceDate: '2026-02-15' })).bonuses.map((b) => b.points)).toEqual([150]);
    expect((await service.rankingOptions({ epciCode: undefined, referenceDate: '2026-03-01' })).bonuses).toEqual([]);
    expect((await failure(service.updateBonus(AGENT, bonus.id, { points: 10 }))).code).toBe('SCORING.BONUS_ENDED');
    expect(audit.entries.map((e) => e.action)).toEqual(['scoring.bonus_created', 'scoring.bonus_changed', 'scoring.bonus_ended']);
    clock.advanceDays(1);
  });

  it('a scheduled bonus can be retargeted before it starts; unknown ids are 404', async () => {
    const { service } = setup();
    const bonus = await service.createBonus(AGENT, { ...ETI, startDate: '2026-04-01' });
    expect(await service.updateBonus(AGENT, bonus.id, { sizeClass: 'PME', startDate: '2026-05-01' })).toMatchObject({
      sizeClass: 'PME',
      startDate: '2026-05-01',
      status: 'scheduled',
    });
    expect((await failure(service.updateBonus(AGENT, '00000000-0000-4000-8000-00000000ffff', { points: 1 }))).kind).toBe('not_found');
  });
});

describe('territory grids', () => {
  const grid = {
    epciCode: '200046977',
    name: 'Grille de la Métropole de Lyon',
    active: true,
    criteria: [
      { id: 'dalo', label: { fr: 'Reconnu DALO' }, fact: 'dalo', operator: 'true' as const, points: 50 },
      { label: { fr: 'Famille nombreuse', en: 'Large family' }, fact: 'householdSize', operator: 'gte' as const, value: 4, points: 20 },
      { label: { fr: 'Attente longue' }, fact: 'monthsSinceRegistration', operator: 'gte' as const, value: 36, points: 10 },
    ],
  };

  it('an agent creates a grid; the ranking of an offer of that EPCI adds the criteria met', async () => {
    const { service } = setup();
    const created = await service.createGrid(AGENT, grid);
    expect(created).toMatchObject({ epciCode: '200046977', active: true, maxPoints: 80 });
    expect(created.criteria.map((c) => c.id)).toEqual(['dalo', 'c2', 'c3']);
    expect(created.criteria[1]?.label).toEqual({ fr: 'Famille nombreuse', en: 'Large family' });

    const options = await service.rankingOptions({ epciCode: '200046977', referenceDate: '2026-03-01' });
    const facts = gridFactsOf(
      {
        householdSize: 4,
        dependants: 2,
        householdCategory: 4,
        monthlyResources: 2300,
        referenceIncome: 25_000,
        applicantBirthDate: '1998-05-02',
        registrationDate: '2021-06-10',
        dalo: false,
        mobilityChecked: true,
      },
      '2026-03-01',
    );
    expect(facts).toMatchObject({ applicantAge: 27, monthsSinceRegistration: 56, mobility: true });
    const [ranked] = rankCandidates(VILLEURBANNE_T2, [{ ...AMINA, facts }], options);
    expect(ranked?.components.territory).toEqual({ points: 30, established: true });
    expect(ranked?.criteria.filter((c) => c.component === 'territory').map((c) => [c.criterion, c.points])).toEqual([
      ['territory.dalo', 0],
      ['territory.c2', 20],
      ['territory.c3', 10],
    ]);
  });

  it('refuses unknown facts, operators that do not fit the fact, and a second active grid for the same EPCI', async () => {
    const { service } = setup();
    const error = await failure(
      service.createGrid(AGENT, {
        ...grid,
        criteria: [
          { label: { fr: 'x' }, fact: 'salary', operator: 'eq', value: 1, points: 1 },
          { label: { fr: 'y' }, fact: 'dalo', operator: 'gte', value: 1, points: 1 },
          { label: { fr: 'z' }, fact: 'householdSize', operator: 'in', value: [], points: 1000 },
        ],
      }),
    );
    expect(error.code).toBe('SCORING.INVALID_GRID');
    expect(error.fields.map((f) => f.field)).toEqual(['criteria.0.fact', 'criteria.1.operator', 'criteria.2.points', 'criteria.2.value']);
    await service.createGrid(AGENT, grid);
    expect((await failure(service.createGrid(AGENT, grid))).code).toBe('SCORING.GRID_ALREADY_ACTIVE');
    const inactive = await service.createGrid(AGENT, { ...grid, active: false, name: 'Brouillon 2027' });
    expect((await failure(service.updateGrid(AGENT, inactive.id, { active: true }))).code).toBe('SCORING.GRID_ALREADY_ACTIVE');
  });

  it('deactivating the grid makes the territory component "not established" again', async () => {
    const { service } = setup();
    const created = await service.createGrid(AGENT, grid);
    await service.updateGrid(AGENT, created.id, { active: false });
    const options = await service.rankingOptions({ epciCode: '200046977', referenceDate: '2026-03-01' });
    expect(options.grid).toBeUndefined();
    expect((await service.listGrids(AGENT)).map((g) => g.active)).toEqual([false]);
    expect((await failure(service.listGrids(APPLICANT))).kind).toBe('forbidden');
  });
});

describe('balancing statistics', () => {
  it('counts the last 12 months of allocations by size class and names the lagging class', async () => {
    const { service, allocations } = setup('2026-03-01T10:00:00Z');
    const at = (d: string) => new Date(`${d}T12:00:00Z`);
    expect(await service.recordAllocation({ offerId: 'o1', demandId: 'd1', sizeClass: 'GE', at: at('2026-01-10') })).toEqual({ recorded: true });
    expect(await service.recordAllocation({ offerId: 'o1', demandId: 'd1', sizeClass: 'GE', at: at('2026-01-10') })).toEqual({ recorded: false });
    await service.recordAllocation({ offerId: 'o2', demandId: 'd2', sizeClass: 'GE', at: at('2025-06-10') });
    await service.recordAllocation({ offerId: 'o3', demandId: 'd3', sizeClass: 'PME', at: at('2025-12-01') });
    await service.recordAllocation({ offerId: 'o4', demandId: 'd4', sizeClass: 'ETI', at: at('2025-02-27') }); // more than 12 months ago
    await service.recordAllocation({ offerId: 'o5', demandId: 'd5', sizeClass: null, at: at('2026-02-01') });
    expect(allocations.rows).toHaveLength(5);
    const stats = await service.balancingStats(AGENT);
    expect(stats).toEqual({
      from: '2025-03-01',
      to: '2026-03-01',
      total: 4,
      bySizeClass: [
        { sizeClass: 'PME', allocations: 1, share: 33.3 },
        { sizeClass: 'ETI', allocations: 0, share: 0 },
        { sizeClass: 'GE', allocations: 2, share: 66.7 },
        { sizeClass: 'unknown', allocations: 1, share: null },
      ],
      lagging: 'ETI',
    });
    expect((await failure(service.balancingStats(APPLICANT))).kind).toBe('forbidden');
  });
});
