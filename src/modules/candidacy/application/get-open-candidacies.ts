import { toIsoDate } from '../../../shared/dates';
import type { Principal } from '../../identity/index';
import { demandNotFound, requireApplicant } from './access';
import type { CandidacyDeps } from './candidacy.deps';

export interface OpenCandidaciesView {
  demandId: string;
  /** the demand's candidacies that count against the cap (submitted up to an accepted proposal) */
  count: number;
  /** how many open candidacies a demand may have at the same time */
  max: number;
}

/**
 * How many open candidacies the applicant's demand has and the cap (MAX_OPEN_CANDIDACIES), so that a
 * client says the limit before an application hits it. The demand must be the applicant's (404 otherwise).
 */
export async function openCandidaciesOf(deps: CandidacyDeps, p: Principal, demandId: string): Promise<OpenCandidaciesView> {
  requireApplicant(p);
  const facts = (await deps.applicants.factsFor([demandId], toIsoDate(deps.clock.now()))).get(demandId);
  if (!facts || facts.ownerAccountId !== p.accountId) throw demandNotFound();
  return { demandId, count: await deps.candidacies.countOpenForDemand(demandId), max: deps.settings.maxOpenCandidacies };
}
