import { isCompeting, proposalHolder, STATUS_LABELS, type CandidacyTransition } from '../domain/index';
import type { CandidacyRecord } from '../ports';
import type { CandidacyDeps } from './candidacy.deps';

/** Kinds of notifications the applicant receives (brief: everything they should know). */
export const NOTIFICATION_KINDS = {
  designated: 'candidacy.designated',
  transmitted: 'candidacy.transmitted',
  cal_accepted: 'candidacy.cal_accepted',
  cal_refused: 'candidacy.cal_refused',
  cal_postponed: 'candidacy.cal_postponed',
  proposal: 'candidacy.proposal',
  not_retained: 'candidacy.not_retained',
  withdrawn_by_system: 'candidacy.closed',
  offer_withdrawn: 'candidacy.offer_withdrawn',
} as const;

/** The notification of a change, in the transaction of the change. */
export async function notify(deps: CandidacyDeps, record: CandidacyRecord, kind: string, extra: Record<string, unknown> = {}): Promise<void> {
  await deps.notifications.add({
    accountId: record.applicantAccountId,
    candidacyId: record.id,
    kind,
    payload: {
      candidacyId: record.id,
      offerId: record.offerId,
      status: record.status,
      statusLabel: STATUS_LABELS[record.status],
      communeName: record.offer.communeName ?? record.offer.communeCode,
      typology: `T${record.offer.typology}`,
      ...extra,
    },
  });
}

/**
 * Saves a transition (state and timeline entry). A candidacy that leaves the running lowers the
 * offer's candidacy count through the offer module. The caller holds the offer's lock
 * (`candidacies.lockOffer`), taken before the offer module's row, always in that order.
 */
export async function saveTransition(
  deps: CandidacyDeps,
  record: CandidacyRecord,
  t: CandidacyTransition,
  notification?: { kind: string; extra?: Record<string, unknown> },
): Promise<CandidacyRecord> {
  const next: CandidacyRecord = { ...record, ...t.candidacy };
  await deps.candidacies.save(next, [t.entry]);
  if (isCompeting(record.status) && !isCompeting(next.status)) await deps.offers.adjustCandidacyCount(record.offerId, -1);
  if (notification) await notify(deps, next, notification.kind, notification.extra);
  return next;
}

/**
 * A CAL refusal or a declined home changes the applicant's score on their other offers (+40 / −40):
 * after the change committed, their other offers' versions are bumped one by one (so rankings cached
 * by any instance are recomputed) and this process's cached rankings with the demand are dropped.
 * A failure here is ignored: a cached ranking then stays stale until its TTL at most.
 */
export async function historyChanged(deps: CandidacyDeps, record: CandidacyRecord): Promise<void> {
  const others = new Set((await deps.candidacies.listForDemand(record.demandId)).map((c) => c.offerId));
  others.delete(record.offerId);
  for (const offerId of others) await deps.candidacies.touchOffer(offerId).catch(() => undefined);
  deps.cache.forgetWhere((ranking) => (ranking as { applicantFacts?: Map<string, unknown> }).applicantFacts?.has(record.demandId) === true);
}

/** When the proposal passes to another candidate (the better one declined or was refused), tell them. */
export async function notifyNewProposalHolder(deps: CandidacyDeps, previousHolderId: string | undefined, peers: readonly CandidacyRecord[]): Promise<void> {
  const holder = proposalHolder(peers);
  if (!holder || holder.id === previousHolderId) return;
  const record = peers.find((c) => c.id === holder.id);
  if (record) await notify(deps, record, NOTIFICATION_KINDS.proposal, { calRank: record.calRank });
}
