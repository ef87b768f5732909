import type { IdentityDeps } from './identity.deps';

/** Ends an API session: its access and refresh tokens stop working at once. */
export async function logout(deps: IdentityDeps, sessionId: string): Promise<void> {
  await deps.sessions.revokeSession(sessionId, 'logout');
}
