import { BACK_OFFICE_ROLES, type Role } from '../domain/account';
import type { SessionRecord } from '../ports';

/**
 * The server-rendered portals with a cookie session: who may sign in to each, and the kind of
 * session it opens (a session opened for one portal is not accepted by another).
 */
export const WEB_PORTALS = {
  admin: { roles: BACK_OFFICE_ROLES, kind: 'admin' },
  company: { roles: ['company_manager'] as readonly Role[], kind: 'company_portal' },
} as const satisfies Record<string, { roles: readonly Role[]; kind: SessionRecord['kind'] }>;
export type WebPortal = keyof typeof WEB_PORTALS;
