import { describe, expect, it } from 'vitest';
import { DEMAND_ERRORS } from '../demand.errors';
import { allowedDemandActions, DEMAND_STATUSES, reject, requestDocuments, startInstruction, validate, type DemandStatus } from './demand-lifecycle';
import { awaitsDocumentDecision, DOCUMENT_STATUSES, isDocumentStanding, markDocumentVerified, rejectDocument, type DocumentStatus } from './documents';
import { aDemand, aDocument } from '../testing/test-builders';

const at = new Date('2026-03-02T10:00:00Z');

/** Whether the call passes the state's guard (another refusal, e.g. a missing number, still means the state allows it). */
function stateAllows(fn: () => unknown, code: string): boolean {
  try {
    fn();
    return true;
  } catch (error) {
    return (error as { code?: string }).code !== code;
  }
}

describe('allowedDemandActions', () => {
  const tries = (status: DemandStatus) => {
    const demand = aDemand({ status });
    const allows = (fn: () => unknown) => stateAllows(fn, DEMAND_ERRORS.INVALID_TRANSITION);
    return {
      startInstruction: allows(() => startInstruction(demand, { at })),
      validate: allows(() => validate(demand, { at, registrationNumber: 'A'.repeat(18) })),
      reject: allows(() => reject(demand, { at, reason: 'incomplet' })),
      requestDocuments: allows(() => requestDocuments(demand, { at, message: 'merci' })),
    };
  };

  it.each(DEMAND_STATUSES)('in %s, agrees with the transitions’ guards', (status) => {
    const actions = allowedDemandActions(status);
    const t = tries(status);
    expect(actions.startInstruction).toBe(t.startInstruction);
    expect([actions.decide, actions.decide, actions.decide]).toEqual([t.validate, t.reject, t.requestDocuments]);
  });

  it('opens the declared facts to checks from submission while the demand is active', () => {
    expect(DEMAND_STATUSES.filter((s) => allowedDemandActions(s).checkFacts)).toEqual(['submitted', 'in_instruction', 'active']);
  });
});

describe('document decisions', () => {
  it.each(DOCUMENT_STATUSES)('in %s, awaitsDocumentDecision agrees with verifying and rejecting', (status: DocumentStatus) => {
    const doc = aDocument({ status });
    const allows = (fn: () => unknown) => stateAllows(fn, DEMAND_ERRORS.DOCUMENT_INVALID_TRANSITION);
    const verify = allows(() => markDocumentVerified(doc, { at, decidedBy: 'agent' }));
    const rejectIt = allows(() => rejectDocument(doc, { at, decidedBy: 'agent', reason: 'illisible' }));
    expect([awaitsDocumentDecision(status), awaitsDocumentDecision(status)]).toEqual([verify, rejectIt]);
  });

  it('counts a document for its piece unless rejected or expired', () => {
    expect(DOCUMENT_STATUSES.filter(isDocumentStanding)).toEqual(['uploaded', 'verification_pending', 'verified']);
  });
});
