import type { Principal } from '../../identity/index';
import { alertError } from '../alert.errors';
import type { AlertDeps } from './alert.deps';

/** The applicant deletes one of their saved searches (someone else's is not found). */
export async function deleteAlert(deps: AlertDeps, p: Principal, id: string): Promise<void> {
  await deps.uow.run(async () => {
    const found = await deps.alerts.find(id);
    if (!found || found.accountId !== p.accountId) throw alertError.notFound();
    await deps.alerts.delete(id);
  });
}
