import { candidacyErrors } from '../candidacy.errors';
import { pageRequest, MAX_PAGE_SIZE } from '../../../shared/pagination';
import type { Principal } from '../../identity/index';
import type { CandidacyStatus } from '../domain/index';
import type { CandidacyRecord, StoredNotification } from '../ports';
import { requireApplicant } from './access';
import { withdrawCandidacy } from './applicant-actions';
import type { CandidacyDeps } from './candidacy.deps';
import { summaryView, timelineView, type CandidacySummaryView, type TimelineView } from './views';

export interface OwnCandidacyExport extends CandidacySummaryView {
  calRank: number | null;
  calReason: string | null;
  timeline: TimelineView[];
}

/** States where the landlord's procedure runs and the applicant cannot simply withdraw. */
const IN_PROGRESS_AT_LANDLORD: readonly CandidacyStatus[] = ['transmitted', 'cal_accepted', 'cal_postponed', 'proposal_accepted'];
const WITHDRAWABLE: readonly CandidacyStatus[] = ['submitted', 'designated'];

async function allOwn(deps: CandidacyDeps, accountId: string): Promise<CandidacyRecord[]> {
  const all: CandidacyRecord[] = [];
  for (let page = 1; ; page++) {
    const batch = await deps.candidacies.listForApplicant(accountId, pageRequest(page, MAX_PAGE_SIZE));
    all.push(...batch.items);
    if (batch.items.length < MAX_PAGE_SIZE || all.length >= batch.total) return all;
  }
}

async function allNotifications(deps: CandidacyDeps, accountId: string): Promise<StoredNotification[]> {
  const all: StoredNotification[] = [];
  for (let page = 1; ; page++) {
    const batch = await deps.notifications.listForAccount(accountId, pageRequest(page, MAX_PAGE_SIZE));
    all.push(...batch.items);
    if (batch.items.length < MAX_PAGE_SIZE || all.length >= batch.total) return all;
  }
}

/** The applicant's own most recent notifications (at most `limit`, newest first), without the export's candidacies. */
export async function recentOwnNotifications(deps: CandidacyDeps, p: Principal, limit: number): Promise<StoredNotification[]> {
  requireApplicant(p);
  return deps.notifications.recentForAccount(p.accountId, limit);
}

/** The applicant's own candidacies with their timelines, and their notifications (GDPR export). */
export async function exportOwnCandidacies(deps: CandidacyDeps, p: Principal): Promise<{ candidacies: OwnCandidacyExport[]; notifications: StoredNotification[] }> {
  requireApplicant(p);
  const records = await allOwn(deps, p.accountId);
  const candidacies: OwnCandidacyExport[] = [];
  for (const r of records) {
    candidacies.push({ ...summaryView(r), calRank: r.calRank, calReason: r.calReason, timeline: timelineView(await deps.candidacies.timeline(r.id)) });
  }
  return { candidacies, notifications: await allNotifications(deps, p.accountId) };
}

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

/** Deletes the account's notifications (erasure), in the caller's transaction. */
export const forgetNotifications = (deps: CandidacyDeps, accountId: string): Promise<number> => deps.notifications.forgetAccount(accountId);
