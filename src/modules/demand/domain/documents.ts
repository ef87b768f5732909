import { addMonths, ageOn, compareIsoDates, toIsoDate, type IsoDate } from '../../../shared/dates';
import type { Adult, DemandData } from './demand-data';
import { demandError } from '../demand.errors';
import { ADULT_AGE } from './household';
import { taxHouseholdMembers } from './resources';

/**
 * Supporting documents (pièces justificatives): the official list of types, the document
 * lifecycle uploaded → verification_pending → verified | rejected | expired, and the rules on
 * out-of-date tax notices and on replacing a rejected piece.
 */

/** Types of supporting documents (after the national list attached to the CERFA 14069). */
export const DOCUMENT_TYPES = [
  'identity',
  'residence_permit',
  'tax_notice',
  'payslip',
  'employer_certificate',
  'family_situation',
  'current_housing',
  'disability_card',
  'pregnancy_certificate',
  'resources_other',
  'housing_benefit',
  'eviction',
  'violence',
  'dalo_decision',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** What the platform says about a document type. */
export interface DocumentTypeInfo {
  type: DocumentType;
  /** French label shown to applicants and agents */
  label: string;
  /** accepted pieces, in French */
  examples: string[];
  /** one piece per person concerned (identity of each adult…) rather than one for the household */
  perPerson: boolean;
}

/** The catalogue of document types, in display order. */
export const DOCUMENT_CATALOGUE: readonly DocumentTypeInfo[] = [
  { type: 'identity', label: "Pièce d'identité", examples: ["Carte nationale d'identité", 'Passeport'], perPerson: true },
  { type: 'residence_permit', label: 'Titre de séjour', examples: ['Titre de séjour en cours de validité', 'Récépissé de demande de renouvellement'], perPerson: true },
  { type: 'tax_notice', label: "Avis d'imposition", examples: ["Avis d'imposition ou de non-imposition", 'Avis de situation déclarative'], perPerson: true },
  { type: 'payslip', label: 'Bulletins de salaire', examples: ['Trois derniers bulletins de salaire'], perPerson: true },
  { type: 'employer_certificate', label: 'Attestation employeur', examples: ['Attestation employeur', 'Contrat de travail'], perPerson: true },
  { type: 'family_situation', label: 'Situation familiale', examples: ['Livret de famille', 'Jugement de divorce ou de séparation', 'Attestation de PACS'], perPerson: false },
  { type: 'current_housing', label: 'Logement actuel', examples: ['Quittance de loyer', "Attestation d'hébergement", 'Bail'], perPerson: false },
  { type: 'disability_card', label: 'Carte mobilité inclusion (mention invalidité)', examples: ['Carte mobilité inclusion', 'Décision de la MDPH'], perPerson: true },
  { type: 'pregnancy_certificate', label: 'Certificat de grossesse', examples: ['Certificat de grossesse', 'Déclaration de grossesse'], perPerson: false },
  { type: 'resources_other', label: 'Autres ressources', examples: ['Attestation Pôle emploi / France Travail', 'Avis de pension', 'Attestation de la CAF'], perPerson: true },
  { type: 'housing_benefit', label: 'Aide au logement', examples: ['Attestation de droits CAF ou MSA'], perPerson: false },
  { type: 'eviction', label: "Procédure d'expulsion", examples: ['Jugement ou commandement de quitter les lieux'], perPerson: false },
  { type: 'violence', label: 'Violences', examples: ['Ordonnance de protection', 'Récépissé de dépôt de plainte'], perPerson: false },
  { type: 'dalo_decision', label: 'Décision DALO', examples: ['Décision favorable de la commission de médiation'], perPerson: false },
  { type: 'other', label: 'Autre pièce', examples: [], perPerson: false },
];

/** Whether a string is one of the document types. */
export function isDocumentType(value: string): value is DocumentType {
  return (DOCUMENT_TYPES as readonly string[]).includes(value);
}

/** The catalogue entry of a document type. */
export function documentTypeInfo(type: DocumentType): DocumentTypeInfo {
  return DOCUMENT_CATALOGUE.find((info) => info.type === type)!;
}

/** The person a document is about, as a path in the demand data: `applicant`, `coApplicant`, `otherOccupants.1`. */
export type PersonRef = 'applicant' | 'coApplicant' | `otherOccupants.${number}`;

/** A piece the demand needs, given its data. */
export interface RequiredDocument {
  type: DocumentType;
  /** absent for a household-level piece */
  person?: PersonRef;
}

/** Pieces an adult brings for themselves: identity, residence permit, payslips, employer certificate, other resources, disability card. */
function adultRequirements(person: PersonRef, adult: Adult): RequiredDocument[] {
  const required: RequiredDocument[] = [{ type: 'identity', person }];
  if (adult.nationality === '3') required.push({ type: 'residence_permit', person });
  if (adult.resources.some((r) => r.code === 'SAL')) required.push({ type: 'payslip', person });
  if (adult.employment?.employerSiret || adult.employment?.employerName) required.push({ type: 'employer_certificate', person });
  if (adult.resources.some((r) => r.code !== 'SAL' && r.monthlyAmount > 0)) required.push({ type: 'resources_other', person });
  if (adult.disabilityCard) required.push({ type: 'disability_card', person });
  return required;
}

/**
 * The pieces a demand needs on `onDate`, derived from its data: identity (and residence permit for
 * non-EU nationals) of each applicant and adult occupant, a tax notice per person with their own
 * notice, payslips and employer certificate when employed, other resources, disability cards,
 * family situation when children live there or the applicant is divorced or separated, current
 * housing when renting or hosted, pregnancy certificate for expected births, DALO decision.
 */
export function requiredDocuments(data: DemandData, onDate: IsoDate): RequiredDocument[] {
  const required = adultRequirements('applicant', data.applicant);
  if (data.coApplicant) required.push(...adultRequirements('coApplicant', data.coApplicant));
  data.otherOccupants.forEach((o, i) => {
    const person: PersonRef = `otherOccupants.${i}`;
    if (ageOn(o.birthDate, onDate) >= ADULT_AGE) required.push({ type: 'identity', person });
    if (o.disabilityCard) required.push({ type: 'disability_card', person });
  });
  for (const member of taxHouseholdMembers(data, Number(onDate.slice(0, 4)))) {
    required.push({ type: 'tax_notice', person: member.path as PersonRef });
  }
  const hasChildren = data.otherOccupants.some((o) => o.kinship === 'E');
  const separated = data.applicant.familySituation === 'D' || data.applicant.familySituation === 'S';
  if (hasChildren || separated) required.push({ type: 'family_situation' });
  const housing = data.currentHousing?.kind;
  if (housing === 'LP' || housing === 'LS' || housing === 'HE') required.push({ type: 'current_housing' });
  if (data.expectedBirths && data.expectedBirths.count > 0) required.push({ type: 'pregnancy_certificate' });
  if (data.dalo) required.push({ type: 'dalo_decision' });
  return required;
}

/** Document states. */
export const DOCUMENT_STATUSES = ['uploaded', 'verification_pending', 'verified', 'rejected', 'expired'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** French labels of the document states. */
export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  uploaded: 'Déposée',
  verification_pending: 'En cours de vérification',
  verified: 'Vérifiée',
  rejected: 'Refusée',
  expired: 'Périmée',
};

/** Who decided on a document. */
export type DocumentDecider = 'provider' | 'agent' | 'system';

/** One dated change of a document's state. */
export interface DocumentHistoryEntry {
  from: DocumentStatus;
  to: DocumentStatus;
  at: Date;
  by?: string;
  reason?: string;
}

/** A supporting document's metadata (the file itself lives in the document storage). */
export interface SupportingDocument {
  id: string;
  demandId: string;
  type: DocumentType;
  person?: PersonRef;
  status: DocumentStatus;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  /** key of the encrypted file in the document storage */
  storageKey: string;
  /** for a tax notice: the income year it covers (revenus de l'année…) */
  taxYear?: number;
  uploadedAt: Date;
  /** reference of the verification at the provider */
  verificationRef?: string;
  decidedBy?: DocumentDecider;
  rejectionReason?: string;
  /** the rejected or expired document this one replaces */
  replacesId?: string;
  /** the document that replaced this one */
  replacedById?: string;
  /** once replaced, the file is kept for the audit period and may be deleted after this date */
  deleteAfter?: IsoDate;
  history: DocumentHistoryEntry[];
}

/** Who and when of a document transition. */
export interface DocumentTransitionContext {
  at: Date;
  by?: string;
}

/** Appends the dated entry of a state change to a document. */
function moveTo(
  doc: SupportingDocument,
  allowedFrom: readonly DocumentStatus[],
  to: DocumentStatus,
  ctx: DocumentTransitionContext & { reason?: string },
  changes: Partial<SupportingDocument> = {},
): SupportingDocument {
  if (!allowedFrom.includes(doc.status)) {
    throw demandError.documentInvalidTransition(doc.status, DOCUMENT_STATUS_LABELS[doc.status], to, DOCUMENT_STATUS_LABELS[to]);
  }
  const entry: DocumentHistoryEntry = {
    from: doc.status,
    to,
    at: ctx.at,
    ...(ctx.by === undefined ? {} : { by: ctx.by }),
    ...(ctx.reason === undefined ? {} : { reason: ctx.reason }),
  };
  return { ...doc, ...changes, status: to, history: [...doc.history, entry] };
}

/** A freshly uploaded document (state `uploaded`, empty history). */
export function newUploadedDocument(input: Omit<SupportingDocument, 'status' | 'history'>): SupportingDocument {
  return { ...input, status: 'uploaded', history: [] };
}

/** The states from which a document is verified or rejected (by the provider or an agent): it waits for a decision. */
const DECIDABLE_DOCUMENT_STATUSES: readonly DocumentStatus[] = ['uploaded', 'verification_pending'];

/** Whether the document waits for a decision (verified or rejected, by the provider or an agent). */
export function awaitsDocumentDecision(status: DocumentStatus): boolean {
  return DECIDABLE_DOCUMENT_STATUSES.includes(status);
}

/** Whether the document still stands for its piece (neither rejected nor expired). */
export function isDocumentStanding(status: DocumentStatus): boolean {
  return status !== 'rejected' && status !== 'expired';
}

/** Sends an uploaded document to the verification provider: uploaded → verification_pending. */
export function sendDocumentForVerification(doc: SupportingDocument, ctx: DocumentTransitionContext & { verificationRef?: string }): SupportingDocument {
  return moveTo(doc, ['uploaded'], 'verification_pending', ctx, ctx.verificationRef ? { verificationRef: ctx.verificationRef } : {});
}

/**
 * Marks a document verified, by the provider's answer or by an agent's own check (an agent may
 * verify an uploaded piece directly, so that a provider outage never blocks the applicant).
 */
export function markDocumentVerified(doc: SupportingDocument, ctx: DocumentTransitionContext & { decidedBy: DocumentDecider }): SupportingDocument {
  return moveTo(doc, DECIDABLE_DOCUMENT_STATUSES, 'verified', ctx, { decidedBy: ctx.decidedBy });
}

/** Rejects a document with the provider's or agent's reason: uploaded | verification_pending → rejected. */
export function rejectDocument(doc: SupportingDocument, ctx: DocumentTransitionContext & { decidedBy: DocumentDecider; reason: string }): SupportingDocument {
  if (ctx.reason.trim() === '') {
    throw demandError.documentReasonRequired();
  }
  return moveTo(doc, DECIDABLE_DOCUMENT_STATUSES, 'rejected', ctx, { decidedBy: ctx.decidedBy, rejectionReason: ctx.reason });
}

/** Marks a document out of date (e.g. a tax notice of an older year): any live state → expired. */
export function expireDocument(doc: SupportingDocument, ctx: DocumentTransitionContext & { reason?: string }): SupportingDocument {
  return moveTo(doc, ['uploaded', 'verification_pending', 'verified'], 'expired', ctx);
}

/**
 * Whether a tax notice of income year `taxYear` is out of date on `onDate`: it is when it is older
 * than year N−2, N being the year of `onDate` (in 2026, notices on 2024 and 2025 incomes are
 * current, one on 2023 incomes is expired).
 */
export function isTaxNoticeOutOfDate(taxYear: number, onDate: IsoDate): boolean {
  return taxYear < oldestCurrentTaxYear(onDate);
}

/** The oldest income year whose tax notice is still current on `onDate` (N−2). */
export function oldestCurrentTaxYear(onDate: IsoDate): number {
  return Number(onDate.slice(0, 4)) - 2;
}

/** Whether a live document is out of date on `onDate` (today: tax notices of an older year). */
export function isDocumentOutOfDate(doc: SupportingDocument, onDate: IsoDate): boolean {
  if (!isDocumentStanding(doc.status)) return false;
  return doc.type === 'tax_notice' && doc.taxYear !== undefined && isTaxNoticeOutOfDate(doc.taxYear, onDate);
}

/** Whether a document can be replaced by a new upload: only a rejected or expired one not yet replaced. */
export function canBeReplaced(doc: SupportingDocument): boolean {
  return !isDocumentStanding(doc.status) && doc.replacedById === undefined;
}

/**
 * Replaces a rejected or expired document by a new upload of the same type, person and demand.
 * The old document keeps its state and file for the audit period (`auditRetentionMonths`, a
 * platform setting) and is marked for deletion after it.
 */
export function replaceDocument(
  old: SupportingDocument,
  replacement: SupportingDocument,
  options: { at: Date; auditRetentionMonths: number },
): { replaced: SupportingDocument; replacement: SupportingDocument } {
  if (!canBeReplaced(old)) {
    throw demandError.documentNotReplaceable(old.status);
  }
  if (replacement.type !== old.type || replacement.person !== old.person || replacement.demandId !== old.demandId) {
    throw demandError.documentReplacementMismatch();
  }
  return {
    replaced: { ...old, replacedById: replacement.id, deleteAfter: addMonths(toIsoDate(options.at), options.auditRetentionMonths) },
    replacement: { ...replacement, replacesId: old.id },
  };
}

/** Whether a replaced document's file may now be deleted (its audit period is over). */
export function isDueForDeletion(doc: SupportingDocument, onDate: IsoDate): boolean {
  return doc.deleteAfter !== undefined && compareIsoDates(onDate, doc.deleteAfter) > 0;
}
