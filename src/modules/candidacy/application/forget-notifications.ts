import type { CandidacyDeps } from './candidacy.deps';

/** Deletes the account's notifications (erasure), in the caller's transaction. */
export const forgetNotifications = (deps: CandidacyDeps, accountId: string): Promise<number> => deps.notifications.forgetAccount(accountId);
