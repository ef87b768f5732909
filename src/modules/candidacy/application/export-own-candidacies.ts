import type { Principal } from '../../identity/index';
import type { StoredNotification } from '../ports';
import { requireApplicant } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import { allNotifications, allOwn } from './own-records';
import { summaryView, timelineView, type CandidacySummaryView, type TimelineView } from './views';

export interface OwnCandidacyExport extends CandidacySummaryView {
  calRank: number | null;
  calReason: string | null;
  timeline: TimelineView[];
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
