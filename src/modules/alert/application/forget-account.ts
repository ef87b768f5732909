import type { AlertDeps } from './alert.deps';

/** The account is erased (GDPR): its saved searches and their mails go (in the caller's transaction). */
export const forgetAccount = (deps: AlertDeps, accountId: string): Promise<number> => deps.alerts.deleteByAccount(accountId);
