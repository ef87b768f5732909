import type { Principal } from '../../identity/index';
import { candidacyErrors } from '../candidacy.errors';
import type { CandidacyStatus } from '../domain/index';
import { requireApplicant } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import { allOwn } from './own-records';
import { withdrawCandidacy } from './withdraw-candidacy';

/** States where the landlord's procedure runs and the applicant cannot simply withdraw. */
const IN_PROGRESS_AT_LANDLORD: readonly CandidacyStatus[] = ['transmitted', 'cal_accepted', 'cal_postponed', 'proposal_accepted'];

const WITHDRAWABLE: readonly CandidacyStatus[] = ['submitted', 'designated'];

export interface ErasurePreparation {
  /** candidacies withdrawn for the erasure */
  withdrawn: string[];
  /** demands with a signed lease (the landlord's legal obligations keep their registration number) */
  leasedDemandIds: string[];
}

/**
 * Before an account is erased: refuses while a candidacy is in the landlord's hands (transmitted,
 * before the CAL or after its acceptance: the applicant declines or waits for the outcome first),
 * then withdraws every open candidacy that may be (submitted, designated), each dated in its
 * timeline as usual (the offer's ranking and count follow).
 */
export async function prepareErasure(deps: CandidacyDeps, p: Principal): Promise<ErasurePreparation> {
  requireApplicant(p);
  const records = await allOwn(deps, p.accountId);
  const blocking = records.filter((r) => IN_PROGRESS_AT_LANDLORD.includes(r.status));
  if (blocking.length > 0) {
    throw candidacyErrors.erasureBlocked(blocking.map((r) => r.id));
  }
  const withdrawn: string[] = [];
  for (const r of records.filter((c) => WITHDRAWABLE.includes(c.status))) {
    await withdrawCandidacy(deps, p, r.id, 'Effacement du compte');
    withdrawn.push(r.id);
  }
  return { withdrawn, leasedDemandIds: [...new Set(records.filter((r) => r.status === 'leased').map((r) => r.demandId))] };
}
