import { describe, expect, it } from 'vitest';
import { allowedCandidacyActions, CANDIDACY_STATUSES, isDesignable, isTransmittedToLandlord } from './candidacy';
import { rankingActions } from './designation';
import { isRecomputable } from './frozen-ranking';

describe('isDesignable', () => {
  it('lets an agent designate only a candidate still waiting (submitted)', () => {
    expect(CANDIDACY_STATUSES.filter(isDesignable)).toEqual(['submitted']);
  });
});

describe('isRecomputable', () => {
  it('recomputes a frozen ranking only while the offer is closed', () => {
    expect(['published', 'closed', 'designated', 'transmitted', 'allocated'].filter(isRecomputable)).toEqual(['closed']);
  });
});

describe('rankingActions', () => {
  it('designates on a closed offer with a candidate waiting', () => {
    expect(rankingActions({ offerStatus: 'closed', frozen: true, statuses: ['withdrawn', 'submitted'] })).toEqual({ designate: true, recompute: true, transmit: false });
  });

  it('designates nobody when no candidate waits, or while the offer is open', () => {
    expect(rankingActions({ offerStatus: 'closed', frozen: true, statuses: ['designated'] }).designate).toBe(false);
    expect(rankingActions({ offerStatus: 'published', frozen: false, statuses: ['submitted'] }).designate).toBe(false);
    expect(rankingActions({ offerStatus: 'closed', frozen: true, statuses: [] }).designate).toBe(false);
  });

  it('recomputes only a frozen ranking of a closed offer', () => {
    expect(rankingActions({ offerStatus: 'closed', frozen: false, statuses: ['submitted'] }).recompute).toBe(false);
    expect(rankingActions({ offerStatus: 'designated', frozen: true, statuses: ['designated'] }).recompute).toBe(false);
  });

  it('transmits once some candidate is designated', () => {
    expect(rankingActions({ offerStatus: 'designated', frozen: true, statuses: ['submitted', 'designated'] }).transmit).toBe(true);
    expect(rankingActions({ offerStatus: 'transmitted', frozen: true, statuses: ['transmitted'] }).transmit).toBe(false);
  });
});

describe('allowedCandidacyActions and isTransmittedToLandlord', () => {
  it('gives the landlord’s next step of each state', () => {
    const steps = (name: 'recordCalDecision' | 'recordProposalOutcome' | 'recordLease') => CANDIDACY_STATUSES.filter((s) => allowedCandidacyActions(s)[name]);
    expect(steps('recordCalDecision')).toEqual(['transmitted', 'cal_postponed']);
    expect(steps('recordProposalOutcome')).toEqual(['cal_accepted']);
    expect(steps('recordLease')).toEqual(['proposal_accepted']);
  });

  it('says the landlord received the candidacy from its transmission on', () => {
    expect(CANDIDACY_STATUSES.filter(isTransmittedToLandlord)).toEqual([
      'transmitted',
      'cal_accepted',
      'cal_refused',
      'cal_postponed',
      'proposal_accepted',
      'proposal_declined',
      'leased',
    ]);
  });
});
