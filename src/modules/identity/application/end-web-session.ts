import type { IdentityDeps } from './identity.deps';
import { hashSecret } from './secrets';

/** Ends a portal's cookie session (whichever portal opened it). */
export async function endWebSession(deps: IdentityDeps, sessionToken: string): Promise<void> {
  const session = await deps.sessions.findSessionBySecretHash(hashSecret(sessionToken));
  if (session) await deps.sessions.revokeSession(session.id, 'logout');
}
