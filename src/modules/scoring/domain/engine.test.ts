import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../../shared/errors';
import type { CandidateFacts, TerritoryGrid } from './candidate-facts';
import { plainCriterion, type CriterionResult } from './criterion';
import { createScoringContext, rankCandidates, scoreCandidate, type RankedCandidate } from './engine';
import { AMINA, BRUNO, CHLOE, ETI_BONUS, VILLEURBANNE_T2, WORKED_REFERENCE_DATE, aCandidate, aCompany, generateCandidates } from '../testing/test-fixtures';

const workedOptions = { referenceDate: WORKED_REFERENCE_DATE, bonuses: [ETI_BONUS], grid: undefined };

/** criterion key → points, for one ranked candidate */
const pointsByCriterion = (entry: RankedCandidate): Record<string, number> => Object.fromEntries(entry.criteria.map((c) => [c.criterion, c.points]));

const find = (ranking: RankedCandidate[], id: string): RankedCandidate => {
  const entry = ranking.find((r) => r.candidacyId === id);
  if (!entry) throw new Error(`no ${id}`);
  return entry;
};

const line = (entry: RankedCandidate, criterion: string): CriterionResult => {
  const found = entry.criteria.find((c) => c.criterion === criterion);
  if (!found) throw new Error(`no ${criterion}`);
  return found;
};

describe('worked example (scoring.md §6)', () => {
  const ranking = rankCandidates(VILLEURBANNE_T2, [AMINA, BRUNO, CHLOE], workedOptions);
  const amina = find(ranking, AMINA.candidacyId);
  const bruno = find(ranking, BRUNO.candidacyId);
  const chloe = find(ranking, CHLOE.candidacyId);

  it('ranks Bruno (530), Amina (519), Chloé (360)', () => {
    expect(ranking.map((r) => [r.candidacyId, r.rank, r.total])).toEqual([
      ['cand-bruno', 1, 530],
      ['cand-amina', 2, 519],
      ['cand-chloe', 3, 360],
    ]);
  });

  it('gives each criterion the points of the table', () => {
    expect(pointsByCriterion(amina)).toEqual({
      'als.under_30': 70,
      'als.mobility': 70,
      'als.effort_rate': 40,
      'als.cal_refusal': 0,
      'als.declined_after_cal': 0,
      'als.seniority': 19,
      'company.validated_employee': 240,
      'company.tranche_a': 0,
      'company.tranche_b': 80,
      'company.tranche_c': 0,
      'territory.not_established': 0,
      'balancing.bonus': 0,
    });
    expect(pointsByCriterion(bruno)).toEqual({
      'als.under_30': 0,
      'als.mobility': 0,
      'als.effort_rate': 30,
      'als.cal_refusal': 40,
      'als.declined_after_cal': 0,
      'als.seniority': 20,
      'company.validated_employee': 240,
      'company.tranche_a': 166,
      'company.tranche_b': 0,
      'company.tranche_c': 34,
      'territory.not_established': 0,
      'balancing.bonus': 0,
    });
    expect(pointsByCriterion(chloe)).toEqual({
      'als.under_30': 0,
      'als.mobility': 0,
      'als.effort_rate': 20,
      'als.cal_refusal': 0,
      'als.declined_after_cal': -40,
      'als.seniority': 18,
      'company.validated_employee': 240,
      'company.tranche_a': 0,
      'company.tranche_b': 0,
      'company.tranche_c': 0,
      'territory.not_established': 0,
      'balancing.bonus': 120,
    });
  });

  it('has the components of the table, Chloé’s ALS clamped from −2', () => {
    expect(amina.components).toEqual({
      als: { points: 199 },
      company: { points: 320 },
      territory: { points: 0, established: false },
      balancing: { points: 0 },
    });
    expect(bruno.components).toEqual({
      als: { points: 90 },
      company: { points: 440 },
      territory: { points: 0, established: false },
      balancing: { points: 0 },
    });
    expect(chloe.components).toEqual({
      als: { points: 0, clampedFrom: -2 },
      company: { points: 240 },
      territory: { points: 0, established: false },
      balancing: { points: 120, bonusId: ETI_BONUS.id },
    });
  });

  it('states the facts the criteria were computed from', () => {
    expect(line(amina, 'als.under_30').fact).toBe('né(e) le 02/05/1998, 27 ans au 01/03/2026');
    expect(line(amina, 'als.effort_rate').fact).toBe('(620\u00a0€ + 80\u00a0€ − 0\u00a0€) / 2\u202f300\u00a0€ = 30,43\u00a0%, dans la bande de 26 à 33\u00a0%');
    expect(line(bruno, 'als.effort_rate').fact).toBe(
      '(620\u00a0€ + 80\u00a0€ − 0\u00a0€) / 2\u202f000\u00a0€ = 35,00\u00a0%, à 2 points de la bande de 26 à 33\u00a0% (point entamé compté) : 40 − 2 × 5 = 30 points',
    );
    expect(line(chloe, 'als.effort_rate').fact).toBe(
      '(620\u00a0€ + 80\u00a0€ − 0\u00a0€) / 3\u202f100\u00a0€ = 22,58\u00a0%, à 4 points de la bande de 26 à 33\u00a0% (point entamé compté) : 40 − 4 × 5 = 20 points',
    );
    expect([line(amina, 'als.effort_rate').status, line(bruno, 'als.effort_rate').status, line(chloe, 'als.effort_rate').status]).toEqual(['met', 'partly_met', 'partly_met']);
    expect(line(amina, 'als.seniority').fact).toBe('demande enregistrée le 10/06/2021, rang 2 sur 3 par ancienneté');
    expect(line(bruno, 'als.cal_refusal').fact).toContain('historique des candidatures');
    expect(line(chloe, 'als.declined_after_cal').fact).toBe('logement refusé le 20/08/2025, dans les 12 mois avant le 01/03/2026');
    expect(line(chloe, 'balancing.bonus').fact).toBe('bonus pour les salariés des ETI, du 01/01/2026 au 30/06/2026 : ' + ETI_BONUS.reason);
    expect(line(amina, 'territory.not_established')).toMatchObject({
      met: false,
      points: 0,
      label: { en: 'Intercommunal scoring grid not established', fr: 'Grille de cotation intercommunale non établie' },
    });
  });

  it('lists every criterion, met or not, in a stable order with both labels', () => {
    for (const entry of ranking) {
      expect(entry.criteria.map((c) => c.component)).toEqual(['als', 'als', 'als', 'als', 'als', 'als', 'company', 'company', 'company', 'company', 'territory', 'balancing']);
      for (const c of entry.criteria) {
        expect(c.label.fr.length).toBeGreaterThan(0);
        expect(c.label.en.length).toBeGreaterThan(0);
        expect(typeof c.fact).toBe('string');
        expect(c.met).toBe(c.points !== 0);
      }
    }
  });

  it('serialises to JSON with every fact worded', () => {
    const json = JSON.parse(JSON.stringify(amina)) as { criteria: CriterionResult[] };
    expect(json.criteria).toEqual(amina.criteria.map(plainCriterion));
    expect(json.criteria[0]).toEqual({
      component: 'als',
      criterion: 'als.under_30',
      label: { fr: 'Moins de 30 ans à la date de référence', en: 'Under 30 on the reference date' },
      met: true,
      status: 'met',
      points: 70,
      fact: 'né(e) le 02/05/1998, 27 ans au 01/03/2026',
    });
  });

  it('gives the same ranking whatever the input order', () => {
    const again = rankCandidates(VILLEURBANNE_T2, [CHLOE, AMINA, BRUNO], workedOptions);
    expect(again.map((r) => r.candidacyId)).toEqual(ranking.map((r) => r.candidacyId));
  });

  it('without the ETI bonus Chloé loses 120', () => {
    const noBonus = rankCandidates(VILLEURBANNE_T2, [AMINA, BRUNO, CHLOE], { ...workedOptions, bonuses: [] });
    expect(find(noBonus, CHLOE.candidacyId).total).toBe(240);
  });

  it('after the bonus’s end date (2026-06-30) the bonus no longer applies', () => {
    const later = rankCandidates(VILLEURBANNE_T2, [AMINA, BRUNO, CHLOE], { ...workedOptions, referenceDate: '2026-07-01' });
    expect(find(later, CHLOE.candidacyId).components.balancing).toEqual({ points: 0 });
    expect(rankCandidates(VILLEURBANNE_T2, [CHLOE], { ...workedOptions, referenceDate: '2026-06-30' })[0]?.components.balancing.points).toBe(120);
  });
});

describe('tie-breaks', () => {
  const base = aCandidate({ company: aCompany() });

  it('equal totals: the older registration date first', () => {
    // 20 older, lower-scoring candidates push both past seniority rank 20, so they tie on total
    const fillers = Array.from({ length: 20 }, (_, i) => aCandidate({ candidacyId: `filler-${i}`, registrationDate: `2000-01-${String(i + 1).padStart(2, '0')}` }));
    const older = { ...base, candidacyId: 'z', registrationDate: '2020-01-01', submittedAt: new Date('2026-02-02T00:00:00Z') };
    const newer = { ...base, candidacyId: 'a', registrationDate: '2020-01-02', submittedAt: new Date('2026-01-01T00:00:00Z') };
    const ranking = rankCandidates(VILLEURBANNE_T2, [newer, ...fillers, older], workedOptions);
    expect(find(ranking, 'z').total).toBe(find(ranking, 'a').total);
    expect(ranking.slice(0, 2).map((r) => r.candidacyId)).toEqual(['z', 'a']);
  });

  it('equal totals and registration: the earlier submission, then the smaller id', () => {
    const a = { ...base, candidacyId: 'b', submittedAt: new Date('2026-02-01T10:00:00Z') };
    const b = { ...base, candidacyId: 'a', submittedAt: new Date('2026-02-01T11:00:00Z') };
    const c = { ...base, candidacyId: 'c', submittedAt: new Date('2026-02-01T11:00:00Z') };
    const ranking = rankCandidates(VILLEURBANNE_T2, [c, b, a], workedOptions);
    expect(ranking.map((r) => [r.candidacyId, r.rank, r.total])).toEqual([
      ['b', 1, ranking[0]?.total],
      ['a', 2, ranking[0]?.total],
      ['c', 3, ranking[0]?.total],
    ]);
  });

  it('a higher total beats an older registration', () => {
    const older = { ...base, candidacyId: 'older', registrationDate: '2010-01-01' };
    const richer = { ...base, candidacyId: 'young', registrationDate: '2024-01-01', mobilityDeclaredAndChecked: true };
    expect(rankCandidates(VILLEURBANNE_T2, [older, richer], workedOptions).map((r) => r.candidacyId)).toEqual(['young', 'older']);
  });

  it('non-integer totals (fractional grid points) are ordered exactly too', () => {
    const grid: TerritoryGrid = {
      epciCode: VILLEURBANNE_T2.epciCode as string,
      active: true,
      name: 'g',
      criteria: [{ id: 'h', label: { fr: 'h', en: 'h' }, fact: 'h', operator: 'true', points: 0.5 }],
    };
    const one = { ...base, candidacyId: 'one', facts: { h: true } };
    const two = { ...base, candidacyId: 'two', facts: {} };
    const three = { ...base, candidacyId: 'three', facts: { h: true }, registrationDate: '2019-01-01' };
    const ranking = rankCandidates(VILLEURBANNE_T2, [two, one, three], { ...workedOptions, grid });
    expect(ranking.map((r) => [r.candidacyId, r.components.territory.points])).toEqual([
      ['three', 0.5],
      ['one', 0.5],
      ['two', 0],
    ]);
  });
});

describe('seniority within the ranking', () => {
  it('equal registration dates share a rank: 1, 2, 2, 4 → 20, 19, 19, 17', () => {
    const candidates = [
      aCandidate({ candidacyId: 'c1', registrationDate: '2018-01-01' }),
      aCandidate({ candidacyId: 'c2', registrationDate: '2019-05-05' }),
      aCandidate({ candidacyId: 'c3', registrationDate: '2019-05-05' }),
      aCandidate({ candidacyId: 'c4', registrationDate: '2020-01-01' }),
    ];
    const ranking = rankCandidates(VILLEURBANNE_T2, candidates, workedOptions);
    const seniority = Object.fromEntries(ranking.map((r) => [r.candidacyId, line(r, 'als.seniority')]));
    expect(Object.fromEntries(Object.entries(seniority).map(([id, l]) => [id, l.points]))).toEqual({ c1: 20, c2: 19, c3: 19, c4: 17 });
    expect(seniority.c3?.fact).toBe('demande enregistrée le 05/05/2019, rang 2 sur 4 par ancienneté');
    expect(ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
  });

  it('rank 21 and beyond give 0', () => {
    const candidates = Array.from({ length: 25 }, (_, i) =>
      aCandidate({ candidacyId: `c${String(i).padStart(2, '0')}`, registrationDate: `2001-01-${String(i + 1).padStart(2, '0')}` }),
    );
    const ranking = rankCandidates(VILLEURBANNE_T2, candidates, workedOptions);
    expect(line(find(ranking, 'c19'), 'als.seniority').points).toBe(1);
    expect(line(find(ranking, 'c20'), 'als.seniority')).toMatchObject({ points: 0, met: false });
    expect(line(find(ranking, 'c24'), 'als.seniority').points).toBe(0);
  });
});

describe('territory grid in the ranking', () => {
  const grid: TerritoryGrid = {
    epciCode: '200046977',
    active: true,
    name: 'Grille Métropole de Lyon',
    criteria: [
      { id: 'homeless', label: { fr: 'Sans logement', en: 'Homeless' }, fact: 'homeless', operator: 'true', points: 50 },
      { id: 'large', label: { fr: 'Grande famille', en: 'Large household' }, fact: 'householdSize', operator: 'gte', value: 4, points: 20 },
    ],
  };

  it('adds the points of the criteria met, one line per grid criterion', () => {
    const c = aCandidate({ candidacyId: 'g1', facts: { homeless: true, householdSize: 5 } });
    const d = aCandidate({ candidacyId: 'g2', facts: { homeless: false, householdSize: 5 } });
    const ranking = rankCandidates(VILLEURBANNE_T2, [c, d], { ...workedOptions, grid });
    expect(find(ranking, 'g1').components.territory).toEqual({ points: 70, established: true });
    expect(find(ranking, 'g2').components.territory).toEqual({ points: 20, established: true });
    expect(
      find(ranking, 'g2')
        .criteria.filter((l) => l.component === 'territory')
        .map(plainCriterion),
    ).toEqual([
      { component: 'territory', criterion: 'territory.homeless', label: grid.criteria[0]?.label, met: false, status: 'not_met', points: 0, fact: 'homeless : non' },
      { component: 'territory', criterion: 'territory.large', label: grid.criteria[1]?.label, met: true, status: 'met', points: 20, fact: 'Nombre de personnes du ménage : 5' },
    ]);
  });

  it('an inactive grid, or a grid of another EPCI, is "not established"', () => {
    const c = aCandidate({ candidacyId: 'g1', facts: { homeless: true } });
    for (const g of [
      { ...grid, active: false },
      { ...grid, epciCode: '200000000' },
    ]) {
      const [entry] = rankCandidates(VILLEURBANNE_T2, [c], { ...workedOptions, grid: g });
      expect(entry?.components.territory).toEqual({ points: 0, established: false });
      expect(entry?.criteria.some((l) => l.criterion === 'territory.not_established')).toBe(true);
    }
  });
});

describe('a candidacy’s rank and summary, read from the ranking', () => {
  const candidates = [AMINA, BRUNO, CHLOE];
  const ranking = rankCandidates(VILLEURBANNE_T2, candidates, workedOptions);

  it('gives the rank, or nothing for a stranger', () => {
    expect(ranking.find((r) => r.candidacyId === AMINA.candidacyId)?.rank).toBe(2);
    expect(ranking.find((r) => r.candidacyId === 'nobody')).toBeUndefined();
  });

  it('gives the score, rank and number of candidacies', () => {
    const summary = { ...find(ranking, CHLOE.candidacyId), candidateCount: ranking.length };
    expect(summary).toMatchObject({ candidacyId: 'cand-chloe', demandId: 'demand-chloe', rank: 3, candidateCount: 3, total: 360 });
    expect(summary.criteria).toHaveLength(12);
  });

  it('scoreCandidate scores one candidate against the context’s candidates', () => {
    const context = createScoringContext(VILLEURBANNE_T2, candidates, workedOptions);
    const scored = scoreCandidate(AMINA, context);
    expect(scored.total).toBe(519);
    expect(scored).not.toHaveProperty('rank');
  });
});

describe('input checks', () => {
  it('rejects a malformed reference date', () => {
    try {
      rankCandidates(VILLEURBANNE_T2, [AMINA], { ...workedOptions, referenceDate: '2026-02-30' });
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('SCORING.INVALID_REFERENCE_DATE');
    }
  });

  it('rejects a candidacy listed twice', () => {
    expect(() => rankCandidates(VILLEURBANNE_T2, [AMINA, BRUNO, AMINA], workedOptions)).toThrowError(
      expect.objectContaining({ kind: 'invalid', code: 'SCORING.DUPLICATE_CANDIDACY' }),
    );
  });

  it('ranks no candidates as an empty list', () => {
    expect(rankCandidates(VILLEURBANNE_T2, [], workedOptions)).toEqual([]);
  });
});

describe('10,000 generated candidates (correctness only; timing is in engine.bench.ts)', () => {
  const candidates: CandidateFacts[] = generateCandidates(10_000);
  const ranking = rankCandidates(VILLEURBANNE_T2, candidates, workedOptions);

  it('ranks everyone 1..n, in ranking order', () => {
    expect(ranking).toHaveLength(10_000);
    expect(new Set(ranking.map((r) => r.candidacyId)).size).toBe(10_000);
    ranking.forEach((r, i) => expect(r.rank).toBe(i + 1));
    const byId = new Map(candidates.map((c) => [c.candidacyId, c]));
    for (let i = 1; i < ranking.length; i++) {
      const prev = ranking[i - 1] as RankedCandidate;
      const cur = ranking[i] as RankedCandidate;
      const p = byId.get(prev.candidacyId) as CandidateFacts;
      const c = byId.get(cur.candidacyId) as CandidateFacts;
      const ordered =
        prev.total > cur.total ||
        (prev.total === cur.total &&
          (p.registrationDate < c.registrationDate ||
            (p.registrationDate === c.registrationDate &&
              (p.submittedAt.getTime() < c.submittedAt.getTime() || (p.submittedAt.getTime() === c.submittedAt.getTime() && p.candidacyId < c.candidacyId)))));
      expect(ordered).toBe(true);
    }
  });

  it('agrees with scoring each candidate on its own', () => {
    const context = createScoringContext(VILLEURBANNE_T2, candidates, workedOptions);
    for (const c of candidates.slice(0, 500)) {
      const alone = scoreCandidate(c, context);
      const ranked = find(ranking, c.candidacyId);
      expect(ranked.total).toBe(alone.total);
      expect(ranked.criteria.map(plainCriterion)).toEqual(alone.criteria.map(plainCriterion));
    }
  });
});

describe('declared facts nobody checked (issue 15, item 4): "déclaré, à vérifier", 0 points', () => {
  const daloGrid: TerritoryGrid = {
    epciCode: VILLEURBANNE_T2.epciCode as string,
    active: true,
    name: 'Grille',
    criteria: [{ id: 'dalo', label: { fr: 'Reconnu prioritaire DALO', en: 'DALO' }, fact: 'dalo', operator: 'true', points: 50 }],
  };
  const options = { ...workedOptions, grid: daloGrid };
  const lineOf = (r: RankedCandidate, key: string) => r.criteria.find((l) => l.criterion === key) as CriterionResult;

  it('a mobility, a CAL history and a DALO declared but not checked give 0 and say so; checked, they count', () => {
    const declared = aCandidate({
      candidacyId: 'declared',
      mobilityDeclaredAndChecked: false,
      calRefusedBefore: { refused: false, source: 'declared' },
      facts: { dalo: false },
      uncheckedFacts: { mobility: 'to_check', calRefusal: 'to_check', declinedAfterCal: 'to_check', dalo: 'to_check' },
    });
    const checked = aCandidate({
      candidacyId: 'checked',
      mobilityDeclaredAndChecked: true,
      calRefusedBefore: { refused: true, source: 'declared' },
      facts: { dalo: true },
    });
    const [a, b] = ['declared', 'checked'].map((id) => find(rankCandidates(VILLEURBANNE_T2, [declared, checked], options), id));
    for (const key of ['als.mobility', 'als.cal_refusal', 'als.declined_after_cal', 'territory.dalo']) {
      expect(lineOf(a!, key)).toMatchObject({ points: 0, met: false, status: 'to_check', fact: expect.stringContaining('déclaré, à vérifier') });
    }
    expect(lineOf(a!, 'territory.dalo').fact).toBe('Reconnu prioritaire DALO : déclaré, à vérifier (0 point tant qu’un agent ne l’a pas vérifié)');
    expect(a!.components.territory.points).toBe(0);
    expect(lineOf(b!, 'als.mobility')).toMatchObject({ points: 70, status: 'met', fact: 'mobilité déclarée sur la demande et vérifiée par un agent' });
    expect(lineOf(b!, 'als.cal_refusal')).toMatchObject({ points: 40, fact: 'refus d’une CAL déclaré sur la demande et vérifié par un agent' });
    expect(lineOf(b!, 'territory.dalo')).toMatchObject({ points: 50, status: 'met', fact: 'Reconnu prioritaire DALO : oui' });
    expect(b!.total - a!.total).toBe(70 + 40 + 50);
  });

  it('a fact an agent did not retain gives 0 and is not "to check" any more', () => {
    const c = aCandidate({ candidacyId: 'x', facts: { dalo: false }, uncheckedFacts: { mobility: 'not_retained', dalo: 'not_retained' } });
    const [r] = rankCandidates(VILLEURBANNE_T2, [c], options);
    expect(lineOf(r!, 'als.mobility')).toMatchObject({ points: 0, status: 'not_met', fact: 'mobilité déclarée, non retenue après vérification par un agent' });
    expect(lineOf(r!, 'territory.dalo')).toMatchObject({ points: 0, status: 'not_met', fact: 'Reconnu prioritaire DALO : déclaré, non retenu après vérification par un agent' });
  });
});
