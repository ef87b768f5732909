import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DomainError } from '../../../shared/errors';
import {
  acceptProposal,
  allDesignatedFellThrough,
  assertCalRankFree,
  assertDemandActive,
  assertEligible,
  assertOfferOpen,
  assertProposalTurn,
  assertUnderCap,
  CANDIDACY_STATUSES,
  declineProposal,
  designate,
  historyFacts,
  newCandidacy,
  notRetain,
  OPEN_STATUSES,
  planDesignation,
  proposalHolder,
  recordCalDecision,
  recordLease,
  referenceDateFor,
  transmit,
  withdraw,
  type Candidacy,
  type CandidacyStatus,
} from './index';

const at = (d: string) => new Date(`${d}T10:00:00Z`);
const ctx = { at: at('2026-03-01'), by: 'agent-1' };

function aCandidacy(overrides: Partial<Candidacy> = {}): Candidacy {
  return { ...newCandidacy({ id: 'c1', demandId: 'd1', offerId: 'o1', applicantAccountId: 'a1' }, ctx).candidacy, ...overrides };
}

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('candidacy lifecycle', () => {
  it('goes submitted → designated → transmitted → cal_accepted → proposal_accepted → leased, every step dated', () => {
    const created = newCandidacy({ id: 'c1', demandId: 'd1', offerId: 'o1', applicantAccountId: 'a1' }, { at: at('2026-02-01'), by: 'a1' });
    expect(created.entry).toEqual({ action: 'submitted', from: null, to: 'submitted', at: at('2026-02-01'), by: 'a1' });
    const d = designate(created.candidacy, { at: at('2026-03-02'), by: 'agent', round: 1, rank: 2, total: 519 });
    expect(d.candidacy).toMatchObject({ status: 'designated', designationRound: 1, rankAtDesignation: 2, totalAtDesignation: 519, statusChangedAt: at('2026-03-02') });
    const t = transmit(d.candidacy, { at: at('2026-03-03') });
    const a = recordCalDecision(t.candidacy, { at: at('2026-03-10'), decision: 'accepted', calRank: 1 });
    expect(a.candidacy).toMatchObject({ status: 'cal_accepted', calRank: 1 });
    const p = acceptProposal(a.candidacy, { at: at('2026-03-11') });
    const l = recordLease(p.candidacy, { at: at('2026-03-20') });
    expect(l.candidacy.status).toBe('leased');
    expect([d, t, a, p, l].map((x) => [x.entry.from, x.entry.to])).toEqual([
      ['submitted', 'designated'],
      ['designated', 'transmitted'],
      ['transmitted', 'cal_accepted'],
      ['cal_accepted', 'proposal_accepted'],
      ['proposal_accepted', 'leased'],
    ]);
  });

  it('a CAL refusal needs a reason (kept for the applicant); an acceptance needs a rank 1–3; a postponed file comes back', () => {
    const t = aCandidacy({ status: 'transmitted' });
    expect(errorOf(() => recordCalDecision(t, { ...ctx, decision: 'refused', reason: '  ' })).code).toBe('CANDIDACY.REASON_REQUIRED');
    const refused = recordCalDecision(t, { ...ctx, decision: 'refused', reason: 'Ressources insuffisantes' });
    expect(refused.candidacy).toMatchObject({ status: 'cal_refused', calReason: 'Ressources insuffisantes' });
    expect(refused.entry.reason).toBe('Ressources insuffisantes');
    for (const calRank of [undefined, 0, 4, 1.5]) {
      expect(errorOf(() => recordCalDecision(t, { ...ctx, decision: 'accepted', calRank })).fields).toEqual([{ field: 'calRank', message: '1 à 3' }]);
    }
    const postponed = recordCalDecision(t, { ...ctx, decision: 'postponed' });
    expect(postponed.candidacy.status).toBe('cal_postponed');
    expect(recordCalDecision(postponed.candidacy, { ...ctx, decision: 'accepted', calRank: 2 }).candidacy.calRank).toBe(2);
  });

  it('the applicant withdraws only before transmission; the system may close any open candidacy', () => {
    expect(withdraw(aCandidacy(), ctx).candidacy.status).toBe('withdrawn');
    expect(withdraw(aCandidacy({ status: 'designated' }), ctx).candidacy.status).toBe('withdrawn');
    expect(errorOf(() => withdraw(aCandidacy({ status: 'transmitted' }), ctx))).toMatchObject({ kind: 'conflict', code: 'CANDIDACY.INVALID_TRANSITION' });
    expect(withdraw(aCandidacy({ status: 'cal_accepted' }), { ...ctx, system: true, reason: 'demande satisfaite' }).entry.reason).toBe('demande satisfaite');
  });

  it('declining is possible after the CAL accepted (before or after accepting the proposal), not before', () => {
    expect(declineProposal(aCandidacy({ status: 'cal_accepted' }), ctx).candidacy.status).toBe('proposal_declined');
    expect(declineProposal(aCandidacy({ status: 'proposal_accepted' }), ctx).candidacy.status).toBe('proposal_declined');
    expect(errorOf(() => declineProposal(aCandidacy({ status: 'transmitted' }), ctx)).code).toBe('CANDIDACY.INVALID_TRANSITION');
  });

  it('only open candidacies become not retained; final states never move again', () => {
    const finals: CandidacyStatus[] = CANDIDACY_STATUSES.filter((s) => !OPEN_STATUSES.includes(s));
    expect(finals.sort()).toEqual(['cal_refused', 'leased', 'not_retained', 'proposal_declined', 'withdrawn']);
    for (const status of OPEN_STATUSES) expect(notRetain(aCandidacy({ status }), ctx).candidacy.status).toBe('not_retained');
    for (const status of finals) {
      const c = aCandidacy({ status });
      for (const fn of [
        () => notRetain(c, ctx),
        () => designate(c, { ...ctx, round: 1, rank: 1, total: 1 }),
        () => transmit(c, ctx),
        () => withdraw(c, { ...ctx, system: true }),
        () => recordLease(c, ctx),
      ]) {
        expect(errorOf(fn).code).toBe('CANDIDACY.INVALID_TRANSITION');
      }
    }
  });
});

describe('applying', () => {
  it('needs an active demand, an open offer, a fitting household and room under the cap', () => {
    expect(() => assertDemandActive('active')).not.toThrow();
    expect(errorOf(() => assertDemandActive('submitted'))).toMatchObject({ kind: 'conflict', code: 'CANDIDACY.DEMAND_NOT_ACTIVE' });
    expect(errorOf(() => assertOfferOpen({ status: 'published', openForCandidacies: false, closingDate: '2026-02-28' }))).toMatchObject({
      code: 'CANDIDACY.OFFER_CLOSED',
      details: { closingDate: '2026-02-28' },
    });
    const reasons = [{ rule: 'income_ceiling', fr: 'revenus au-dessus du plafond', en: 'income above the ceiling' }];
    const notFit = errorOf(() => assertEligible({ decided: true, fits: false, reasons, effortRate: 30 }));
    expect(notFit).toMatchObject({ kind: 'invalid', code: 'CANDIDACY.NOT_ELIGIBLE', details: { reasons } });
    expect(errorOf(() => assertEligible({ decided: false, fits: false, reasons: [], effortRate: null })).details?.reasons).toEqual([
      expect.objectContaining({ rule: 'income_incomplete' }),
    ]);
    expect(() => assertUnderCap(4, 5)).not.toThrow();
    expect(errorOf(() => assertUnderCap(5, 5))).toMatchObject({ kind: 'conflict', code: 'CANDIDACY.TOO_MANY_OPEN', details: { openCandidacies: 5, max: 5 } });
  });

  it('ranks on today while the offer is open, on its closing date once closed', () => {
    expect(referenceDateFor({ openForCandidacies: true, closingDate: '2026-03-31' }, '2026-03-01')).toBe('2026-03-01');
    expect(referenceDateFor({ openForCandidacies: false, closingDate: '2026-03-31' }, '2026-04-10')).toBe('2026-03-31');
    expect(referenceDateFor({ openForCandidacies: false, closingDate: '2026-03-31' }, '2026-03-05')).toBe('2026-03-05');
  });
});

describe('designation', () => {
  const designable = [
    { candidacyId: 'bruno', rank: 1, total: 530 },
    { candidacyId: 'amina', rank: 2, total: 519 },
    { candidacyId: 'chloe', rank: 3, total: 360 },
    { candidacyId: 'dan', rank: 5, total: 100 },
  ];

  it('the top of the ranking needs no justification, in any order given', () => {
    expect(planDesignation(designable, ['amina', 'bruno'])).toMatchObject({ outOfOrder: false, chosen: [{ candidacyId: 'bruno' }, { candidacyId: 'amina' }] });
    expect(planDesignation(designable, ['bruno']).outOfOrder).toBe(false);
  });

  it('out of rank order needs a written justification, named on its field', () => {
    const error = errorOf(() => planDesignation(designable, ['bruno', 'chloe'], 'court'));
    expect(error).toMatchObject({ kind: 'invalid', code: 'CANDIDACY.JUSTIFICATION_REQUIRED', details: { expectedRanks: [1, 2], chosenRanks: [1, 3] } });
    expect(error.fields[0]?.field).toBe('justification');
    const plan = planDesignation(designable, ['bruno', 'chloe'], '  Proximité du lieu de travail de Chloé  ');
    expect(plan).toMatchObject({ outOfOrder: true, justification: 'Proximité du lieu de travail de Chloé', expectedRanks: [1, 2] });
  });

  it('refuses 0 or 4 candidates, duplicates, and candidacies that cannot be designated', () => {
    expect(errorOf(() => planDesignation(designable, [])).code).toBe('CANDIDACY.DESIGNATION_COUNT');
    expect(errorOf(() => planDesignation(designable, ['bruno', 'amina', 'chloe', 'dan'])).code).toBe('CANDIDACY.DESIGNATION_COUNT');
    expect(errorOf(() => planDesignation(designable, ['bruno', 'bruno'])).code).toBe('CANDIDACY.DESIGNATION_DUPLICATE');
    expect(errorOf(() => planDesignation(designable, ['ghost'])).details).toEqual({ candidacyIds: ['ghost'] });
  });

  it('property: a designation needs a justification exactly when it is not the top k of the ranking', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.infiniteStream(fc.nat()), (n, picks) => {
        const ranked = Array.from({ length: n }, (_, i) => ({ candidacyId: `c${i}`, rank: i + 1, total: 1000 - i }));
        const k = 1 + (picks.next().value % Math.min(3, n));
        const ids = new Set<string>();
        while (ids.size < k) ids.add(`c${picks.next().value % n}`);
        const chosen = [...ids];
        const isTop = chosen.every((id) => Number(id.slice(1)) < k);
        if (isTop) expect(planDesignation(ranked, chosen).outOfOrder).toBe(false);
        else {
          expect(errorOf(() => planDesignation(ranked, chosen)).code).toBe('CANDIDACY.JUSTIFICATION_REQUIRED');
          expect(planDesignation(ranked, chosen, 'Justification suffisante').outOfOrder).toBe(true);
        }
      }),
    );
  });
});

describe('after the CAL', () => {
  const peer = (id: string, status: CandidacyStatus, calRank: number | null, designationRound: number | null = 1) => ({ id, status, calRank, designationRound });

  it('the home goes to the best CAL rank still accepted, then to the next when they decline', () => {
    const peers = [peer('a', 'cal_accepted', 2), peer('b', 'cal_accepted', 1), peer('c', 'cal_refused', null)];
    expect(proposalHolder(peers)?.id).toBe('b');
    expect(errorOf(() => assertProposalTurn(peers[0]!, peers)).code).toBe('CANDIDACY.PROPOSAL_NOT_YOUR_TURN');
    const afterDecline = [peers[0]!, peer('b', 'proposal_declined', 1), peers[2]!];
    expect(() => assertProposalTurn(afterDecline[0]!, afterDecline)).not.toThrow();
    expect(proposalHolder([peer('a', 'cal_accepted', 2), peer('b', 'proposal_accepted', 1)])).toBeUndefined();
  });

  it('two candidates of an offer cannot share a CAL rank', () => {
    const peers = [peer('a', 'cal_accepted', 1), peer('b', 'transmitted', null)];
    expect(errorOf(() => assertCalRankFree('b', 1, peers)).code).toBe('CANDIDACY.CAL_RANK_TAKEN');
    expect(() => assertCalRankFree('b', 2, peers)).not.toThrow();
    expect(() => assertCalRankFree('a', 1, peers)).not.toThrow();
  });

  it('the offer may be published again when every candidate designated in the round fell through', () => {
    expect(allDesignatedFellThrough([peer('a', 'cal_refused', null), peer('b', 'proposal_declined', 1), peer('c', 'submitted', null, null)], 1)).toBe(true);
    expect(allDesignatedFellThrough([peer('a', 'cal_refused', null), peer('b', 'cal_postponed', null)], 1)).toBe(false);
    expect(allDesignatedFellThrough([peer('c', 'submitted', null, null)], 1)).toBe(false);
    expect(allDesignatedFellThrough([peer('a', 'withdrawn', null, 1), peer('b', 'cal_accepted', 1, 2)], 1)).toBe(true);
  });
});

describe('history facts for the scoring', () => {
  const ev = (offerId: string, status: 'cal_refused' | 'proposal_declined', d: string) => ({ demandId: 'd1', offerId, status, at: at(d) });

  it('a CAL refusal on another offer gives the refusal from history; a decline gives its last date', () => {
    const facts = historyFacts(
      [ev('o2', 'cal_refused', '2025-05-01'), ev('o3', 'proposal_declined', '2025-08-20'), ev('o4', 'proposal_declined', '2025-06-01')],
      undefined,
      'o1',
      '2026-03-01',
    );
    expect(facts).toEqual({ calRefusedBefore: { refused: true, source: 'history' }, lastProposalDeclinedAfterCalOn: '2025-08-20' });
  });

  it('ignores the offer being ranked and what happened after the reference date; falls back on the declared history', () => {
    const facts = historyFacts(
      [ev('o1', 'cal_refused', '2025-05-01'), ev('o2', 'proposal_declined', '2026-04-01')],
      { refusedByCal: true, declinedAfterCalOn: '2025-01-10' },
      'o1',
      '2026-03-01',
    );
    expect(facts).toEqual({ calRefusedBefore: { refused: true, source: 'declared' }, lastProposalDeclinedAfterCalOn: '2025-01-10' });
    expect(historyFacts([], undefined, 'o1', '2026-03-01')).toEqual({ calRefusedBefore: { refused: false, source: 'declared' }, lastProposalDeclinedAfterCalOn: undefined });
  });
});
