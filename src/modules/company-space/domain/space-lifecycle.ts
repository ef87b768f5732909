import { companySpaceError } from '../company-space.errors';
import type { SpaceStatus } from './company';

/**
 * The company space's lifecycle (brief §3): requested → configured → deployed | suspended.
 *
 * - `configure` (agent: invite managers, enter policy and quotas): a requested space, or a
 *   company without a space (set up by an agent on their own initiative), becomes configured;
 *   configuring a configured, deployed or suspended space edits it and keeps its status.
 * - `deploy`: a configured space, or a suspended one being reopened, becomes deployed; it needs a
 *   company manager, unless the company delegates its housing policy to ALS.
 * - `suspend`: a configured or deployed space is closed to managers (their actions answer 409).
 */
export type SpaceAction = 'request' | 'configure' | 'deploy' | 'suspend';

const TRANSITIONS: Record<SpaceAction, Partial<Record<SpaceStatus | 'none', SpaceStatus>>> = {
  request: { none: 'requested', requested: 'requested', configured: 'configured', deployed: 'deployed', suspended: 'suspended' },
  configure: { none: 'configured', requested: 'configured', configured: 'configured', deployed: 'deployed', suspended: 'suspended' },
  deploy: { configured: 'deployed', suspended: 'deployed' },
  suspend: { configured: 'suspended', deployed: 'suspended' },
};

/** The status after an action, or a conflict COMPANY.INVALID_SPACE_TRANSITION. */
export function spaceTransition(from: SpaceStatus | null, action: SpaceAction): SpaceStatus {
  const to = TRANSITIONS[action][from ?? 'none'];
  if (!to) {
    throw companySpaceError.invalidSpaceTransition(from, action, Object.keys(TRANSITIONS[action]));
  }
  return to;
}

export const canSpace = (from: SpaceStatus | null, action: SpaceAction): boolean => TRANSITIONS[action][from ?? 'none'] !== undefined;

/** A deployed space needs someone to run it: a manager, or the company's delegation to ALS. */
export function checkSpaceCanRun(managerCount: number, delegatesToAls: boolean): void {
  if (managerCount < 1 && !delegatesToAls) {
    throw companySpaceError.spaceNeedsManager();
  }
}

/** Whether the space is open to its managers: only deployed. */
export function isSpaceOpenToManagers(status: SpaceStatus | null): boolean {
  return status === 'deployed';
}

/** Managers act only in a deployed space. */
export function checkSpaceOpenToManagers(status: SpaceStatus | null): void {
  if (!isSpaceOpenToManagers(status)) {
    throw companySpaceError.spaceNotDeployed(status);
  }
}

/** A dated entry of the space's history. */
export interface SpaceEvent {
  at: Date;
  action: SpaceAction;
  from: SpaceStatus | null;
  to: SpaceStatus;
  actorAccountId: string | null;
  reason: string | null;
}
