import { candidacyErrors } from '../candidacy.errors';
import type { Candidacy } from './candidacy';
import { FELL_THROUGH_STATUSES } from './candidacy';

/**
 * After the CAL: the home is proposed to the accepted candidates in the CAL's order. The best
 * ranked one still accepted holds the proposal; when they decline, the next one does. Only one
 * candidate of an offer accepts the proposal at a time.
 */

type Peer = Pick<Candidacy, 'id' | 'status' | 'calRank' | 'designationRound'>;

/** The candidacy that holds the proposal now, if any (none while someone accepted it or signed). */
export function proposalHolder(candidacies: readonly Peer[]): Peer | undefined {
  if (candidacies.some((c) => c.status === 'proposal_accepted' || c.status === 'leased')) return undefined;
  return candidacies.filter((c) => c.status === 'cal_accepted' && c.calRank !== null).sort((a, b) => (a.calRank as number) - (b.calRank as number))[0];
}

/** Throws unless the candidacy holds the proposal (CANDIDACY.PROPOSAL_NOT_YOUR_TURN, conflict). */
export function assertProposalTurn(candidacy: Peer, candidacies: readonly Peer[]): void {
  const holder = proposalHolder(candidacies);
  if (holder?.id !== candidacy.id) {
    throw candidacyErrors.notYourTurn(candidacy.calRank);
  }
}

/** Throws when another candidate of the offer already holds this CAL rank. */
export function assertCalRankFree(candidacyId: string, calRank: number, candidacies: readonly Peer[]): void {
  const taken = candidacies.some(
    (c) => c.id !== candidacyId && c.calRank === calRank && (c.status === 'cal_accepted' || c.status === 'proposal_accepted' || c.status === 'leased'),
  );
  if (taken) {
    throw candidacyErrors.calRankTaken(calRank);
  }
}

/**
 * Whether every candidate designated in the round fell through (withdrew, was refused by the CAL,
 * declined the home): the offer may then be published again.
 */
export function allDesignatedFellThrough(candidacies: readonly Peer[], round: number): boolean {
  const designated = candidacies.filter((c) => c.designationRound === round);
  return designated.length > 0 && designated.every((c) => FELL_THROUGH_STATUSES.includes(c.status));
}
