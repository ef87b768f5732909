import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors';
import { canSpace, checkSpaceCanRun, checkSpaceOpenToManagers, spaceTransition } from './space-lifecycle';

const code = (f: () => unknown) => {
  try {
    f();
    return 'no error';
  } catch (e) {
    return (e as DomainError).code;
  }
};

describe('company space lifecycle', () => {
  it('requested → configured → deployed → suspended → deployed', () => {
    expect(spaceTransition(null, 'request')).toBe('requested');
    expect(spaceTransition('requested', 'configure')).toBe('configured');
    expect(spaceTransition('configured', 'deploy')).toBe('deployed');
    expect(spaceTransition('deployed', 'suspend')).toBe('suspended');
    expect(spaceTransition('suspended', 'deploy')).toBe('deployed');
  });

  it('an agent may set up a space nobody requested; configuring a running space keeps its status', () => {
    expect(spaceTransition(null, 'configure')).toBe('configured');
    expect(spaceTransition('deployed', 'configure')).toBe('deployed');
    expect(spaceTransition('suspended', 'configure')).toBe('suspended');
    expect(spaceTransition('deployed', 'request')).toBe('deployed');
  });

  it('refuses the other transitions with a stable code', () => {
    expect(code(() => spaceTransition('requested', 'deploy'))).toBe('COMPANY.INVALID_SPACE_TRANSITION');
    expect(code(() => spaceTransition(null, 'deploy'))).toBe('COMPANY.INVALID_SPACE_TRANSITION');
    expect(code(() => spaceTransition('requested', 'suspend'))).toBe('COMPANY.INVALID_SPACE_TRANSITION');
    expect(code(() => spaceTransition('deployed', 'deploy'))).toBe('COMPANY.INVALID_SPACE_TRANSITION');
    expect(code(() => spaceTransition('suspended', 'suspend'))).toBe('COMPANY.INVALID_SPACE_TRANSITION');
    expect(canSpace('configured', 'deploy')).toBe(true);
    expect(canSpace('requested', 'deploy')).toBe(false);
  });

  it('a space runs with a manager or by delegation to ALS; managers act only in a deployed space', () => {
    expect(code(() => checkSpaceCanRun(0, false))).toBe('COMPANY.SPACE_NEEDS_MANAGER');
    expect(code(() => checkSpaceCanRun(0, true))).toBe('no error');
    expect(code(() => checkSpaceCanRun(1, false))).toBe('no error');
    expect(code(() => checkSpaceOpenToManagers('suspended'))).toBe('COMPANY.SPACE_NOT_DEPLOYED');
    expect(code(() => checkSpaceOpenToManagers('configured'))).toBe('COMPANY.SPACE_NOT_DEPLOYED');
    expect(code(() => checkSpaceOpenToManagers('deployed'))).toBe('no error');
  });
});
