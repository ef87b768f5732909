/** A message to send to an account (mail, SMS, push), written in the transaction of the change. */
export interface DemandNotification {
  accountId: string;
  /** e.g. `demand.renewal_reminder`, `demand.expired`, `demand.documents_requested` */
  kind: string;
  payload: Record<string, unknown>;
  /** at most one notification with this key: adding it again does nothing */
  dedupeKey?: string;
}

/** The notification outbox (`demand.notifications`); a sender delivers and marks them later. */
export interface DemandNotificationOutbox {
  add(notification: DemandNotification): Promise<void>;
}
