import { describe, expect, it } from 'vitest';
import { checksAfterEdit, declaredFactState, declaredFactStates, recordFactCheck, registryFactChecks } from './declared-facts';
import { aDemandData, thrownBy } from '../testing/test-builders';

const AT = new Date('2026-03-15T10:00:00Z');
const AGENT = 'agent-1';

describe('declared facts that give points count only once someone stands behind them', () => {
  const declared = aDemandData({ mobility: { kind: 'new_job', toCommuneCode: '69266' }, dalo: true, calHistory: { refusedByCal: true } });

  it('declared and not checked: to check; not declared: none', () => {
    expect(declaredFactStates(declared, undefined)).toEqual({ mobility: 'to_check', dalo: 'to_check', cal_history: 'to_check' });
    expect(declaredFactStates(aDemandData(), undefined)).toEqual({ mobility: 'none', dalo: 'none', cal_history: 'none' });
    expect(declaredFactState(aDemandData({ calHistory: { declinedAfterCalOn: '2025-08-20' } }), undefined, 'cal_history')).toBe('to_check');
    expect(declaredFactState(aDemandData({ dalo: false }), undefined, 'dalo')).toBe('none');
  });

  it('an agent checks (it counts) or unchecks with a reason (not retained); both keep who and when', () => {
    const checked = recordFactCheck(declared, undefined, { fact: 'mobility', decision: 'check', at: AT, by: AGENT, documentId: 'doc-1' });
    expect(checked.mobility).toEqual({ status: 'checked', source: 'agent', at: AT, by: AGENT, documentId: 'doc-1' });
    expect(declaredFactState(declared, checked, 'mobility')).toBe('checked');
    const unchecked = recordFactCheck(declared, checked, { fact: 'mobility', decision: 'uncheck', at: AT, by: AGENT, reason: 'Mutation dans la même commune' });
    expect(unchecked.mobility).toEqual({ status: 'unchecked', source: 'agent', at: AT, by: AGENT, reason: 'Mutation dans la même commune' });
    expect(declaredFactState(declared, unchecked, 'mobility')).toBe('not_retained');
  });

  it('refuses to uncheck without a reason, and to check what is not declared', () => {
    expect(thrownBy(() => recordFactCheck(declared, undefined, { fact: 'dalo', decision: 'uncheck', at: AT, by: AGENT, reason: '  ' }))).toMatchObject({
      code: 'DEMAND.REASON_REQUIRED',
      fields: [{ field: 'reason' }],
    });
    expect(thrownBy(() => recordFactCheck(aDemandData(), undefined, { fact: 'dalo', decision: 'check', at: AT, by: AGENT }))).toMatchObject({
      kind: 'conflict',
      code: 'DEMAND.FACT_NOT_DECLARED',
    });
  });

  it('a fact the applicant changes loses its check; the others keep theirs', () => {
    const checks = {
      mobility: { status: 'checked' as const, source: 'agent' as const, at: AT, by: AGENT },
      dalo: { status: 'checked' as const, source: 'registry' as const, at: AT },
    };
    expect(checksAfterEdit(checks, ['mobility', 'resources'])).toEqual({ dalo: checks.dalo });
    expect(checksAfterEdit(checks, ['mobility', 'dalo'])).toBeUndefined();
    expect(checksAfterEdit(undefined, ['dalo'])).toBeUndefined();
  });

  it('the registry confirms the DALO flag it gives with a demand it holds', () => {
    expect(registryFactChecks(aDemandData({ dalo: true }), AT)).toEqual({ dalo: { status: 'checked', source: 'registry', at: AT } });
    expect(registryFactChecks(aDemandData(), AT)).toBeUndefined();
  });
});
