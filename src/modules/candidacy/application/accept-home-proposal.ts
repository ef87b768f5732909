import type { Principal } from '../../identity/index';
import { acceptProposal, assertProposalTurn } from '../domain/index';
import type { CandidacyDeps } from './candidacy.deps';
import { onOwnCandidacy } from './own-candidacy';
import { saveTransition } from './transitions';

/** The applicant accepts the home after the CAL accepted them, when the proposal is theirs (the better ranked declined or were refused). */
export const acceptHomeProposal = (deps: CandidacyDeps, p: Principal, candidacyId: string) =>
  onOwnCandidacy(deps, p, candidacyId, async (record, peers, at) => {
    const t = acceptProposal(record, { at, by: p.accountId });
    assertProposalTurn(record, peers);
    return saveTransition(deps, record, t);
  });
