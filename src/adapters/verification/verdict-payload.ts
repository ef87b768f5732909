import type { VerificationVerdict } from '../../modules/demand/index';

/** Reason given when the provider rejects a document without saying why. */
export const DEFAULT_REJECTION_REASON = 'Pièce refusée par le service de vérification (motif non communiqué).';

const MAX_REF = 200;
const MAX_REASON = 1000;

const isNonEmptyString = (v: unknown, max: number): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= max;

/**
 * Reads a verdict as the provider sends it (webhook body, or a decided poll answer):
 * `{ providerRef, documentId?, outcome: 'verified' | 'rejected', reason?, decidedAt }`.
 * Returns null when the value does not have that shape.
 */
export function parseVerdict(value: unknown): VerificationVerdict | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (!isNonEmptyString(v.providerRef, MAX_REF)) return null;
  if (v.outcome !== 'verified' && v.outcome !== 'rejected') return null;
  if (v.documentId !== undefined && v.documentId !== null && !isNonEmptyString(v.documentId, MAX_REF)) return null;
  if (v.reason !== undefined && v.reason !== null && (typeof v.reason !== 'string' || v.reason.length > MAX_REASON)) return null;
  if (typeof v.decidedAt !== 'string' || Number.isNaN(Date.parse(v.decidedAt))) return null;
  const verdict: VerificationVerdict = {
    providerRef: v.providerRef,
    outcome: v.outcome,
    decidedAt: new Date(v.decidedAt).toISOString(),
  };
  if (typeof v.documentId === 'string') verdict.documentId = v.documentId;
  const reason = typeof v.reason === 'string' ? v.reason.trim() : '';
  if (reason !== '') verdict.reason = reason;
  else if (v.outcome === 'rejected') verdict.reason = DEFAULT_REJECTION_REASON;
  return verdict;
}
