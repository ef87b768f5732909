import { alertError } from '../alert.errors';
import type { AlertDeps } from './alert.deps';
import { validUnsubscribeToken } from './unsubscribe-token';

/** The unsubscribe link of a mail (no sign-in): the signed token of the alert's id deletes it. */
export async function unsubscribe(deps: AlertDeps, id: string, token: string): Promise<void> {
  if (!validUnsubscribeToken(deps.settings.unsubscribeKey, id, token)) throw alertError.unsubscribeInvalid();
  const deleted = await deps.uow.run(() => deps.alerts.delete(id));
  if (!deleted) throw alertError.unsubscribeInvalid();
}
