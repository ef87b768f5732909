import type { Principal } from '../../identity/index';
import { applicantOnly } from './access';
import type { PrivacyDeps } from './privacy.deps';

/** One thing that changed for the applicant: a message of the demand's or the candidacies' outbox. */
export interface MyNotification {
  /** `demand` or `candidacy` and the message's kind, e.g. `candidacy.designated` */
  source: 'demand' | 'candidacy';
  kind: string;
  payload: Record<string, unknown>;
  candidacyId?: string;
  createdAt: Date;
  /** when the e-mail left (null while it waits in the outbox) */
  mailedAt: Date | null;
}

export const MY_NOTIFICATIONS_MAX = 100;

/**
 * What changed in the applicant's demand and candidacies, newest first (at most 100): the messages
 * the modules wrote to their outboxes for this account (the same that go out by e-mail). Built from
 * the caller's own account only: each side reads only its 100 most recent messages (one query each).
 */
export async function listMyNotifications(deps: PrivacyDeps, p: Principal): Promise<MyNotification[]> {
  applicantOnly(p);
  const [demands, candidacies] = await Promise.all([deps.demands.recentNotifications(p, MY_NOTIFICATIONS_MAX), deps.candidacies.recentNotifications(p, MY_NOTIFICATIONS_MAX)]);
  const all: MyNotification[] = [
    ...demands.map((n) => ({ source: 'demand' as const, kind: n.kind, payload: n.payload, createdAt: n.createdAt, mailedAt: n.sentAt })),
    ...candidacies.map((n) => ({
      source: 'candidacy' as const,
      kind: n.kind,
      payload: n.payload,
      candidacyId: n.candidacyId,
      createdAt: n.createdAt,
      mailedAt: n.sentAt,
    })),
  ];
  return all.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).slice(0, MY_NOTIFICATIONS_MAX);
}
