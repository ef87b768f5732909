import { DomainError } from '../../../shared/errors';
import { ALERT_ERRORS } from '../domain/alert';
import type { AlertDeps } from './alert.deps';
import { validUnsubscribeToken } from './unsubscribe-token';

/** The unsubscribe link of a mail (no sign-in): the signed token of the alert's id deletes it. */
export async function unsubscribe(deps: AlertDeps, id: string, token: string): Promise<void> {
  const invalid = () => new DomainError('not_found', ALERT_ERRORS.UNSUBSCRIBE_INVALID.code, ALERT_ERRORS.UNSUBSCRIBE_INVALID.message);
  if (!validUnsubscribeToken(deps.settings.unsubscribeKey, id, token)) throw invalid();
  const deleted = await deps.uow.run(() => deps.alerts.delete(id));
  if (!deleted) throw invalid();
}
