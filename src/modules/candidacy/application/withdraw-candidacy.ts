import type { Principal } from '../../identity/index';
import { withdraw } from '../domain/index';
import type { CandidacyDeps } from './candidacy.deps';
import { onOwnCandidacy } from './own-candidacy';
import { saveTransition } from './transitions';

/** The applicant withdraws their candidacy (before its transmission to the landlord). */
export const withdrawCandidacy = (deps: CandidacyDeps, p: Principal, candidacyId: string, reason?: string) =>
  onOwnCandidacy(deps, p, candidacyId, (record, _peers, at) => saveTransition(deps, record, withdraw(record, { at, by: p.accountId, reason })));
