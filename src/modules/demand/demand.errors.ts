import { DomainError, type DomainErrorKind, type FieldError } from '../../shared/errors';

/**
 * Every error of the demand module: its stable code, its French message, and the factory that
 * builds it. No other file of the module writes a code or a message of an error. Clients may rely
 * on the codes: they never change once published. The HTTP status comes from the kind
 * (`httpStatusOf` in the problem+json adapter).
 */

/** Codes of the demand's and the documents' lifecycle rules (the domain). */
export const DEMAND_ERRORS = {
  /** a lifecycle action is not allowed in the demand's current state (conflict) */
  INVALID_TRANSITION: 'DEMAND.INVALID_TRANSITION',
  /** the demand data is not complete or not valid for submission (invalid, with fields) */
  INCOMPLETE: 'DEMAND.INCOMPLETE',
  /** a rejection or a documents request needs a written reason (invalid) */
  REASON_REQUIRED: 'DEMAND.REASON_REQUIRED',
  /** validation needs the registration number delivered by the registry (invalid) */
  REGISTRATION_NUMBER_REQUIRED: 'DEMAND.REGISTRATION_NUMBER_REQUIRED',
  /** a registration number is 18 characters, digits and capital letters (invalid) */
  REGISTRATION_NUMBER_INVALID: 'DEMAND.REGISTRATION_NUMBER_INVALID',
  /** an imported demand must keep the registration date it has in the registry (invalid) */
  REGISTRATION_DATE_MISSING: 'DEMAND.REGISTRATION_DATE_MISSING',
  /** renewal asked before the renewal window opens (conflict) */
  RENEWAL_NOT_OPEN: 'DEMAND.RENEWAL_NOT_OPEN',
  /** renewal asked after the renewal due date: the demand has expired (conflict) */
  RENEWAL_TOO_LATE: 'DEMAND.RENEWAL_TOO_LATE',
  /** expiry asked while the demand is still within its renewal due date (conflict) */
  NOT_EXPIRED: 'DEMAND.NOT_EXPIRED',
  /** the applicant says the requested documents are there, but none were requested (conflict) */
  NO_DOCUMENTS_REQUESTED: 'DEMAND.NO_DOCUMENTS_REQUESTED',
  /** the demand data cannot be edited in the demand's current state (conflict) */
  NOT_EDITABLE: 'DEMAND.NOT_EDITABLE',
  /** a document lifecycle action is not allowed in the document's current state (conflict) */
  DOCUMENT_INVALID_TRANSITION: 'DEMAND.DOCUMENT_INVALID_TRANSITION',
  /** only a rejected or expired document can be replaced (conflict) */
  DOCUMENT_NOT_REPLACEABLE: 'DEMAND.DOCUMENT_NOT_REPLACEABLE',
  /** a replacement must be a document of the same type, for the same person and demand (invalid) */
  DOCUMENT_REPLACEMENT_MISMATCH: 'DEMAND.DOCUMENT_REPLACEMENT_MISMATCH',
  /** a document rejection needs a reason (invalid) */
  DOCUMENT_REASON_REQUIRED: 'DEMAND.DOCUMENT_REASON_REQUIRED',
  /** an agent checks a fact the applicant did not declare (conflict) */
  FACT_NOT_DECLARED: 'DEMAND.FACT_NOT_DECLARED',
  /** the check of a fact needs a verified supporting piece of the demand, of the expected type (conflict) */
  SUPPORTING_PIECE_MISSING: 'DEMAND.SUPPORTING_PIECE_MISSING',
  /** validation needs the expected pieces verified, or an override with a reason (conflict, with the pieces missing) */
  PIECES_NOT_VERIFIED: 'DEMAND.PIECES_NOT_VERIFIED',
} as const;

/** Codes of the demand module's use cases. */
export const DEMAND_APP_ERRORS = {
  /** no such demand, or the caller may not know it exists (not_found) */
  NOT_FOUND: 'DEMAND.NOT_FOUND',
  /** the applicant already has a demand that is not final (conflict) */
  ALREADY_EXISTS: 'DEMAND.ALREADY_EXISTS',
  /** someone changed the demand in between: reload and try again (conflict) */
  CONCURRENT_UPDATE: 'DEMAND.CONCURRENT_UPDATE',
  /** the registry delivered a number another demand already holds (conflict) */
  REGISTRATION_NUMBER_TAKEN: 'DEMAND.REGISTRATION_NUMBER_TAKEN',
  /** the data breaks a rule that holds even for a draft, e.g. a birth date in the future (invalid, with fields) */
  INVALID_DATA: 'DEMAND.INVALID_DATA',
  /** too many refused imports from this account or address, or for this registry number: wait (rate_limited, Retry-After) */
  IMPORT_THROTTLED: 'DEMAND.IMPORT_THROTTLED',
  /** too many codes sent for this registry number in the window: wait (rate_limited, Retry-After) */
  IMPORT_CODES_THROTTLED: 'DEMAND.IMPORT_CODES_THROTTLED',
  /** the registry records no e-mail address to send the code to (conflict) */
  IMPORT_NO_CONTACT: 'DEMAND.IMPORT_NO_CONTACT',
  /** no pending import with this id for this account (not_found) */
  IMPORT_NOT_FOUND: 'DEMAND.IMPORT_NOT_FOUND',
  /** the code is not the one sent (invalid, field `code`, with the tries left) */
  IMPORT_CODE_INVALID: 'DEMAND.IMPORT_CODE_INVALID',
  /** the code expired, or its tries are spent: start the import again (conflict) */
  IMPORT_CODE_EXPIRED: 'DEMAND.IMPORT_CODE_EXPIRED',
  /** no registry is configured to register the demand with (unavailable: the job waits) */
  REGISTRY_NOT_CONFIGURED: 'REGISTRY.NOT_CONFIGURED',
  /** the registry named for an import is not the one serving the département named with it (invalid, field `registry`) */
  IMPORT_REGISTRY_MISMATCH: 'DEMAND.IMPORT_REGISTRY_MISMATCH',
  /** not a département code (invalid, field `departement`) */
  UNKNOWN_DEPARTEMENT: 'DEMAND.UNKNOWN_DEPARTEMENT',
  /** the demand has no registration number, or is closed: no registration certificate (conflict) */
  NOT_REGISTERED: 'DEMAND.NOT_REGISTERED',
  /** an action of the back office called by someone else (forbidden) */
  AGENT_ONLY: 'DEMAND.AGENT_ONLY',
  /** a demand created by someone who is not an applicant (forbidden) */
  APPLICANT_ONLY: 'DEMAND.APPLICANT_ONLY',
} as const;

/** Codes of the supporting documents (the document lifecycle's own are DEMAND.DOCUMENT_* above). */
export const DOCUMENT_ERRORS = {
  /** no such document on this demand, or the caller may not know it exists (not_found) */
  NOT_FOUND: 'DOCUMENT.NOT_FOUND',
  /** the document's file is no longer kept (withdrawn, or past its audit period) (not_found) */
  FILE_DELETED: 'DOCUMENT.FILE_DELETED',
  /** a file is not a PDF, JPEG or PNG, judged by its content (invalid) */
  TYPE_NOT_ALLOWED: 'DOCUMENT.TYPE_NOT_ALLOWED',
  /** a file name with a path, `..` or control characters (invalid) */
  UNSAFE_FILE_NAME: 'DOCUMENT.UNSAFE_FILE_NAME',
  /** an upload without any file (invalid) */
  NO_FILE: 'DOCUMENT.NO_FILE',
  /** a file larger than the platform accepts (invalid; the HTTP layer answers 413 first) */
  TOO_LARGE: 'DOCUMENT.TOO_LARGE',
  /** the person named does not exist in the demand, or is not asked for this type of piece (invalid) */
  PERSON_INVALID: 'DOCUMENT.PERSON_INVALID',
  /** a tax notice needs the income year it covers; other pieces take none (invalid) */
  TAX_YEAR_INVALID: 'DOCUMENT.TAX_YEAR_INVALID',
  /** a tax notice older than year N−2 (invalid) */
  OUT_OF_DATE: 'DOCUMENT.OUT_OF_DATE',
  /** the demand is closed (satisfied, cancelled, expired): no more pieces (conflict) */
  DEMAND_CLOSED: 'DOCUMENT.DEMAND_CLOSED',
  /** only a piece not yet decided on can be withdrawn; a rejected one is replaced (conflict) */
  NOT_DELETABLE: 'DOCUMENT.NOT_DELETABLE',
  /** the piece to replace is not a rejected or expired one of this demand (invalid) */
  REPLACEMENT_INVALID: 'DOCUMENT.REPLACEMENT_INVALID',
  /** the demand already keeps as many files or bytes as a demand may (UPLOAD_DEMAND_MAX_FILES, UPLOAD_DEMAND_MAX_BYTES) (conflict) */
  QUOTA_EXCEEDED: 'DOCUMENT.QUOTA_EXCEEDED',
  /** someone changed the document in between (conflict) */
  CONCURRENT_UPDATE: 'DOCUMENT.CONCURRENT_UPDATE',
} as const;

/** Codes of the verification provider's port (its adapters throw the first four). */
export const VERIFICATION_ERRORS = {
  /** the provider cannot be reached, times out, answers 5xx or nonsense, or refuses our request */
  UNAVAILABLE: 'VERIFICATION.UNAVAILABLE',
  /** polling a reference the provider does not know */
  UNKNOWN_REF: 'VERIFICATION.UNKNOWN_REF',
  /** a webhook without a valid signature, or with a timestamp out of the tolerance */
  BAD_SIGNATURE: 'VERIFICATION.BAD_SIGNATURE',
  /** a correctly signed webhook whose body is not a verdict */
  BAD_PAYLOAD: 'VERIFICATION.BAD_PAYLOAD',
  /** the webhook called while no provider is configured (no VERIFICATION_URL): it is off */
  WEBHOOK_OFF: 'VERIFICATION.WEBHOOK_OFF',
} as const;

/** Codes of the document storage's port (its adapter throws them). */
export const DOCUMENT_STORAGE_ERRORS = {
  NOT_FOUND: 'DOCUMENT_STORAGE.NOT_FOUND',
  TOO_LARGE: 'DOCUMENT_STORAGE.TOO_LARGE',
  INTEGRITY: 'DOCUMENT_STORAGE.INTEGRITY',
} as const;

/** Codes of the registries' port that the use cases read (the adapters throw them). */
export const REGISTRY_ERRORS = {
  /** the registry is down, slow, or answers something unreadable (unavailable) */
  UNAVAILABLE: 'REGISTRY.UNAVAILABLE',
  /** the registry does not know the registration number (not_found) */
  UNKNOWN_NUMBER: 'REGISTRY.UNKNOWN_NUMBER',
  /** the registry struck the demand off (conflict) */
  DEMAND_STRUCK_OFF: 'REGISTRY.DEMAND_STRUCK_OFF',
} as const;

type ValueOf<T> = T[keyof T];
export type DemandErrorCode =
  | ValueOf<typeof DEMAND_ERRORS>
  | ValueOf<typeof DEMAND_APP_ERRORS>
  | ValueOf<typeof DOCUMENT_ERRORS>
  | ValueOf<typeof VERIFICATION_ERRORS>
  | ValueOf<typeof DOCUMENT_STORAGE_ERRORS>
  | ValueOf<typeof REGISTRY_ERRORS>;

const D = DEMAND_ERRORS;
const A = DEMAND_APP_ERRORS;
const DOC = DOCUMENT_ERRORS;
const V = VERIFICATION_ERRORS;
const S = DOCUMENT_STORAGE_ERRORS;
const R = REGISTRY_ERRORS;

const capitalised = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
const megabytes = (bytes: number): string => `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} Mo`;

/** `le fichier partagé Imhoweb` → `du fichier partagé Imhoweb`: a registry's label after « inconnu » or « radiée ». */
const ofLabel = (label: string) => (label.startsWith('le ') ? `du ${label.slice(3)}` : `de ${label}`);

/** Why a verification webhook's signature is refused. */
export type SignatureFault = 'signature_missing' | 'timestamp_malformed' | 'timestamp_out_of_tolerance' | 'signature_invalid';
const SIGNATURE_FAULTS: Record<SignatureFault, string> = {
  signature_missing: 'signature manquante ou mal formée',
  timestamp_malformed: 'horodatage manquant ou mal formé',
  timestamp_out_of_tolerance: 'horodatage hors de la tolérance',
  signature_invalid: 'signature invalide',
};
/** Why a correctly signed verification webhook cannot be read. */
export type PayloadFault = 'not_json' | 'not_a_verdict';
const PAYLOAD_FAULTS: Record<PayloadFault, string> = {
  not_json: 'le corps n’est pas du JSON',
  not_a_verdict: 'le corps n’est pas un verdict (providerRef, outcome, reason?, decidedAt)',
};

/** Why a required reason is missing: the request of pieces, a rejection, an unchecked fact, a validation without the pieces. */
type ReasonCase = 'documents_request' | 'rejection' | 'fact_uncheck' | 'pieces_override';
const REASON_MESSAGES: Record<ReasonCase, string> = {
  documents_request: 'Précisez les pièces demandées.',
  rejection: 'Le motif du refus est obligatoire.',
  fact_uncheck: 'Indiquez pourquoi le fait n’est pas retenu.',
  pieces_override: 'Justifiez la validation sans les pièces vérifiées.',
};

/** What is wrong with the income year of an upload. */
type TaxYearCase = { case: 'not_a_tax_notice' } | { case: 'missing' } | { case: 'future'; taxYear: number; year: number };
/** What is wrong with the files of an upload, beside their content. */
type FileCountCase = { case: 'none' } | { case: 'too_many'; max: number };

/** The message of each code (a function when it names figures of the case). */
const MESSAGES = {
  [D.INVALID_TRANSITION]: (p: { statusLabel?: string }) =>
    p.statusLabel === undefined ? 'Les faits déclarés se vérifient sur une demande en instruction ou active.' : `Action impossible sur une demande à l'état « ${p.statusLabel} ».`,
  [D.INCOMPLETE]: 'La demande est incomplète.',
  [D.REASON_REQUIRED]: (p: { case: ReasonCase }) => REASON_MESSAGES[p.case],
  [D.REGISTRATION_NUMBER_REQUIRED]: 'Le numéro unique est nécessaire pour valider la demande.',
  [D.REGISTRATION_NUMBER_INVALID]: 'Numéro unique invalide (18 caractères).',
  [D.REGISTRATION_DATE_MISSING]: "La date d'enregistrement de la demande importée est inconnue.",
  [D.RENEWAL_NOT_OPEN]: (p: { opensOn: string | undefined }) => `Le renouvellement sera possible à partir du ${p.opensOn}.`,
  [D.RENEWAL_TOO_LATE]: 'La date de renouvellement est dépassée : la demande a expiré.',
  [D.NOT_EXPIRED]: "La demande n'a pas dépassé sa date de renouvellement.",
  [D.NO_DOCUMENTS_REQUESTED]: "Aucune pièce n'a été demandée.",
  [D.NOT_EDITABLE]: (p: { statusLabel: string }) => `Une demande à l'état « ${p.statusLabel} » ne peut pas être modifiée.`,
  [D.DOCUMENT_INVALID_TRANSITION]: (p: { fromLabel: string; toLabel: string }) => `Impossible de passer la pièce de l'état « ${p.fromLabel} » à « ${p.toLabel} ».`,
  [D.DOCUMENT_NOT_REPLACEABLE]: 'Seule une pièce refusée ou périmée peut être remplacée.',
  [D.DOCUMENT_REPLACEMENT_MISMATCH]: 'La nouvelle pièce doit être du même type et concerner la même personne.',
  [D.DOCUMENT_REASON_REQUIRED]: 'Le motif du refus de la pièce est obligatoire.',
  [D.FACT_NOT_DECLARED]: (p: { factLabel: string }) => `${p.factLabel} : rien n’est déclaré sur la demande, il n’y a rien à vérifier.`,
  [D.SUPPORTING_PIECE_MISSING]: (p: { factLabel: string; pieceLabel: string }) =>
    `${p.factLabel} : il faut une pièce « ${p.pieceLabel} » vérifiée de cette demande pour le vérifier.`,
  [D.PIECES_NOT_VERIFIED]: (p: { missing: readonly string[] }) => `Pièces attendues non vérifiées : ${p.missing.join(' ; ')}. Vérifiez-les, ou validez en le justifiant.`,

  [A.NOT_FOUND]: 'Demande introuvable.',
  [A.ALREADY_EXISTS]: 'Vous avez déjà une demande en cours : modifiez-la, ou annulez-la avant d’en créer une autre.',
  [A.CONCURRENT_UPDATE]: 'La demande a été modifiée entre-temps : rechargez-la et recommencez.',
  [A.REGISTRATION_NUMBER_TAKEN]: 'Ce numéro unique est déjà celui d’une autre demande.',
  [A.INVALID_DATA]: 'La demande contient des données invalides.',
  [A.IMPORT_THROTTLED]: 'Trop d’essais d’import sans succès : réessayez plus tard, ou saisissez votre demande.',
  [A.IMPORT_CODES_THROTTLED]: 'Plusieurs codes ont déjà été envoyés pour cette demande : utilisez le dernier reçu, ou réessayez plus tard.',
  [A.IMPORT_NO_CONTACT]:
    'Aucune adresse électronique n’est enregistrée au registre pour cette demande : nous ne pouvons pas vérifier qu’elle est la vôtre. Saisissez votre demande sur la plateforme, ou faites ajouter votre adresse électronique auprès d’un guichet enregistreur.',
  [A.IMPORT_NOT_FOUND]: 'Import introuvable : recommencez l’import de votre demande.',
  [A.IMPORT_CODE_INVALID]: 'Le code saisi n’est pas le bon.',
  [A.IMPORT_CODE_EXPIRED]: 'Ce code n’est plus valable (expiré, remplacé par un code plus récent, ou trop d’essais) : recommencez l’import pour en recevoir un nouveau.',
  [A.REGISTRY_NOT_CONFIGURED]: (p: { case: 'import'; label: string } | { case: 'registration'; label: string } | { case: 'job'; registryId: string }) =>
    p.case === 'import'
      ? `${capitalised(p.label)} n’est pas joignable depuis la plateforme pour le moment : réessayez plus tard ou saisissez votre demande. Rien n’a été perdu.`
      : p.case === 'registration'
        ? `${capitalised(p.label)} n’est pas relié à la plateforme : l’enregistrement attend dans la file.`
        : `Le registre ${p.registryId} n’est pas configuré : le travail attend dans la file.`,
  [A.IMPORT_REGISTRY_MISMATCH]: (p: { departement: string; label: string }) =>
    `Dans le département ${p.departement}, les demandes sont enregistrées dans ${p.label} : importez votre demande depuis ce registre.`,
  [A.UNKNOWN_DEPARTEMENT]: 'Département inconnu : indiquez son code (par exemple 35, 2A ou 974).',
  [A.NOT_REGISTERED]: 'L’attestation d’enregistrement n’est délivrée que pour une demande active qui a reçu son numéro unique.',
  [A.AGENT_ONLY]: 'Action réservée aux collaborateurs.',
  [A.APPLICANT_ONLY]: 'Seul un demandeur peut créer une demande.',

  [DOC.NOT_FOUND]: 'Pièce introuvable.',
  [DOC.FILE_DELETED]: "Le fichier de cette pièce n'est plus conservé.",
  [DOC.TYPE_NOT_ALLOWED]: (p: { reasons: readonly string[] }) =>
    p.reasons.length
      ? `Fichier refusé, ${p.reasons.join(' ; ')} : aucun fichier n’a été enregistré.`
      : 'Seuls les fichiers PDF, JPEG et PNG sont acceptés : aucun fichier n’a été enregistré.',
  [DOC.UNSAFE_FILE_NAME]: 'Un fichier est refusé : aucun fichier n’a été enregistré.',
  [DOC.NO_FILE]: (p: FileCountCase) => (p.case === 'none' ? 'Joignez au moins un fichier.' : `Au plus ${p.max} fichiers par envoi.`),
  [DOC.TOO_LARGE]: 'Un fichier est refusé : aucun fichier n’a été enregistré.',
  [DOC.PERSON_INVALID]: (p: { documentLabel?: string }) =>
    p.documentLabel === undefined ? 'Cette personne ne figure pas dans la demande.' : `La pièce « ${p.documentLabel} » concerne tout le foyer : ne précisez pas de personne.`,
  [DOC.TAX_YEAR_INVALID]: (p: TaxYearCase) =>
    p.case === 'not_a_tax_notice'
      ? "L'année des revenus ne concerne que l'avis d'imposition."
      : p.case === 'missing'
        ? "Précisez l'année des revenus de l'avis d'imposition."
        : `Aucun avis d'imposition n'existe encore sur les revenus ${p.taxYear}.`,
  [DOC.OUT_OF_DATE]: (p: { year: number }) => `Cet avis d'imposition est trop ancien : fournissez celui des revenus ${p.year - 2} ou ${p.year - 1}.`,
  [DOC.DEMAND_CLOSED]: 'La demande est close : elle ne reçoit plus de pièces.',
  [DOC.NOT_DELETABLE]: (p: { replaceable: boolean }) =>
    p.replaceable ? 'Une pièce refusée ou périmée ne se supprime pas : envoyez une nouvelle pièce qui la remplace.' : 'Une pièce vérifiée ne se supprime pas.',
  [DOC.REPLACEMENT_INVALID]: (p: { several: boolean }) =>
    p.several ? 'Une pièce se remplace par un seul fichier.' : 'Seule une pièce refusée ou périmée de cette demande peut être remplacée.',
  [DOC.QUOTA_EXCEEDED]: (p: { maxDocuments: number; maxBytes: number; documents: number; bytes: number }) =>
    `Cette demande a atteint la limite de pièces : au plus ${p.maxDocuments} fichiers et ${megabytes(p.maxBytes)} par demande ` +
    `(elle en garde déjà ${p.documents}, soit ${megabytes(p.bytes)}). Retirez une pièce déposée par erreur, ou adressez-vous à votre conseiller.`,
  [DOC.CONCURRENT_UPDATE]: 'La pièce a été modifiée entre-temps : rechargez et recommencez.',

  [V.UNAVAILABLE]: 'Le service de vérification des pièces est indisponible ; la pièce sera vérifiée plus tard.',
  [V.UNKNOWN_REF]: (p: { atProvider: boolean }) => (p.atProvider ? 'Vérification inconnue du prestataire.' : 'Vérification inconnue.'),
  [V.BAD_SIGNATURE]: (p: { why: SignatureFault }) => `Notification de vérification refusée : ${SIGNATURE_FAULTS[p.why]}.`,
  [V.BAD_PAYLOAD]: (p: { why: PayloadFault }) => `Notification de vérification illisible : ${PAYLOAD_FAULTS[p.why]}.`,
  [V.WEBHOOK_OFF]: 'Aucun service de vérification n’est configuré : ce point d’accès est fermé.',
  [S.NOT_FOUND]: 'Fichier introuvable.',
  [S.TOO_LARGE]: 'Le fichier est trop volumineux.',
  [S.INTEGRITY]: 'Le fichier conservé ne peut pas être relu (altéré, tronqué, ou chiffré avec une clé absente).',
  [R.UNAVAILABLE]: (p: { label: string; operation?: string; fault?: string }) =>
    p.fault === undefined
      ? `${capitalised(p.label)} est indisponible pour le moment : réessayez dans quelques minutes. Rien n’a été perdu.`
      : `${capitalised(p.label)} refuse la requête ${p.operation} (${p.fault}).`,
  [R.UNKNOWN_NUMBER]: (p: { label: string; number: string }) => `Le numéro ${p.number} est inconnu ${ofLabel(p.label)}.`,
  [R.DEMAND_STRUCK_OFF]: (p: { label: string; number: string }) => `La demande ${p.number} a été radiée ${ofLabel(p.label)}.`,
} satisfies Record<DemandErrorCode, string | ((p: never) => string)>;

/** What a field at fault says, shown next to the field. */
const FIELD_MESSAGES = {
  reasonRequired: 'Le motif est obligatoire.',
  factUncheckReason: 'Le motif est obligatoire pour ne pas retenir un fait déclaré.',
  overrideReason: (min: number, max: number) => `Un motif de ${min} à ${max} caractères.`,
  supportingPiece: 'Pièce introuvable, non vérifiée, ou d’un autre type.',
  registry: (departement: string, label: string) => `Le registre du département ${departement} est ${label}.`,
  departement: 'code de département : 01 à 95, 2A, 2B, 971 à 978 ou 984 à 989',
  code: (attemptsLeft: number) =>
    attemptsLeft > 0
      ? `Code incorrect : ${attemptsLeft === 1 ? 'il vous reste 1 essai' : `il vous reste ${attemptsLeft} essais`}.`
      : 'Code incorrect : plus aucun essai, recommencez l’import pour recevoir un nouveau code.',
  taxYear: (p: TaxYearCase | { case: 'out_of_date'; year: number }) =>
    p.case === 'not_a_tax_notice'
      ? "Seul l'avis d'imposition a une année de revenus."
      : p.case === 'missing'
        ? "L'année des revenus est obligatoire pour un avis d'imposition."
        : p.case === 'future'
          ? `Au plus ${p.year - 1}.`
          : `Avis sur les revenus ${p.year - 2} ou ${p.year - 1} attendu.`,
  files: (p: FileCountCase | { case: 'replacement' }) =>
    p.case === 'none' ? 'Aucun fichier reçu.' : p.case === 'too_many' ? `Au plus ${p.max} fichiers.` : 'Un seul fichier pour un remplacement.',
  replaces: 'Pièce à remplacer introuvable, ou ni refusée ni périmée.',
  unsafeFileName: 'Nom de fichier refusé (chemin, « .. » ou caractères de contrôle).',
  tooLarge: (name: string) => `« ${name} » dépasse la taille maximale.`,
  refusedFile: (name: string, reason: string | undefined) => (reason ? `« ${name} » est refusé : ${reason}` : `« ${name} » n'est pas un PDF, un JPEG ou un PNG.`),
};

const error = (kind: DomainErrorKind, code: DemandErrorCode, message: string, options: { fields?: FieldError[]; details?: Record<string, unknown> } = {}) =>
  new DomainError(kind, code, message, options);
const withDetails = (details?: Record<string, unknown>) => (details ? { details } : {});

/** A file of an upload refused before anything is stored: its field (`files.<i>`) and why. */
export type RefusedFile =
  { index: number; fault: 'unsafe_name' } | { index: number; fault: 'too_large'; name: string } | { index: number; fault: 'content'; name: string; reason?: string | undefined };

/** The factories of the module's errors, one per situation. */
export const demandError = {
  // ---- the demand's lifecycle (domain) ----
  /** a lifecycle action not allowed in the demand's state */
  invalidTransition: (status: string, statusLabel: string, action: string) =>
    error('conflict', D.INVALID_TRANSITION, MESSAGES[D.INVALID_TRANSITION]({ statusLabel }), { details: { status, action } }),
  /** an agent checks a declared fact on a demand neither in instruction nor active */
  factCheckNotOpen: (status: string) => error('conflict', D.INVALID_TRANSITION, MESSAGES[D.INVALID_TRANSITION]({}), { details: { status, action: 'fact_checked' } }),
  /** a reason required and left blank (the field `reason`, saying the same) */
  reasonRequired: (which: 'documents_request' | 'rejection') => {
    const message = MESSAGES[D.REASON_REQUIRED]({ case: which });
    return error('invalid', D.REASON_REQUIRED, message, { fields: [{ field: 'reason', message }] });
  },
  factUncheckReasonRequired: () =>
    error('invalid', D.REASON_REQUIRED, MESSAGES[D.REASON_REQUIRED]({ case: 'fact_uncheck' }), { fields: [{ field: 'reason', message: FIELD_MESSAGES.factUncheckReason }] }),
  piecesOverrideReasonRequired: (min: number, max: number) =>
    error('invalid', D.REASON_REQUIRED, MESSAGES[D.REASON_REQUIRED]({ case: 'pieces_override' }), {
      fields: [{ field: 'piecesOverride.reason', message: FIELD_MESSAGES.overrideReason(min, max) }],
    }),
  incomplete: (fields: FieldError[]) => error('invalid', D.INCOMPLETE, MESSAGES[D.INCOMPLETE], { fields }),
  registrationNumberRequired: () => error('invalid', D.REGISTRATION_NUMBER_REQUIRED, MESSAGES[D.REGISTRATION_NUMBER_REQUIRED]),
  registrationNumberInvalid: () => error('invalid', D.REGISTRATION_NUMBER_INVALID, MESSAGES[D.REGISTRATION_NUMBER_INVALID]),
  registrationDateMissing: () => error('invalid', D.REGISTRATION_DATE_MISSING, MESSAGES[D.REGISTRATION_DATE_MISSING]),
  renewalNotOpen: (renewalDueDate: string, opensOn: string | undefined) =>
    error('conflict', D.RENEWAL_NOT_OPEN, MESSAGES[D.RENEWAL_NOT_OPEN]({ opensOn }), { details: { renewalDueDate, opensOn } }),
  renewalTooLate: (renewalDueDate: string) => error('conflict', D.RENEWAL_TOO_LATE, MESSAGES[D.RENEWAL_TOO_LATE], { details: { renewalDueDate } }),
  notExpired: (renewalDueDate: string | undefined) => error('conflict', D.NOT_EXPIRED, MESSAGES[D.NOT_EXPIRED], { details: { renewalDueDate } }),
  noDocumentsRequested: () => error('conflict', D.NO_DOCUMENTS_REQUESTED, MESSAGES[D.NO_DOCUMENTS_REQUESTED]),
  notEditable: (status: string, statusLabel: string) => error('conflict', D.NOT_EDITABLE, MESSAGES[D.NOT_EDITABLE]({ statusLabel }), { details: { status } }),
  documentInvalidTransition: (from: string, fromLabel: string, to: string, toLabel: string) =>
    error('conflict', D.DOCUMENT_INVALID_TRANSITION, MESSAGES[D.DOCUMENT_INVALID_TRANSITION]({ fromLabel, toLabel }), { details: { from, to } }),
  documentNotReplaceable: (status: string) => error('conflict', D.DOCUMENT_NOT_REPLACEABLE, MESSAGES[D.DOCUMENT_NOT_REPLACEABLE], { details: { status } }),
  documentReplacementMismatch: () => error('invalid', D.DOCUMENT_REPLACEMENT_MISMATCH, MESSAGES[D.DOCUMENT_REPLACEMENT_MISMATCH]),
  documentReasonRequired: () =>
    error('invalid', D.DOCUMENT_REASON_REQUIRED, MESSAGES[D.DOCUMENT_REASON_REQUIRED], { fields: [{ field: 'reason', message: FIELD_MESSAGES.reasonRequired }] }),
  factNotDeclared: (fact: string, factLabel: string) => error('conflict', D.FACT_NOT_DECLARED, MESSAGES[D.FACT_NOT_DECLARED]({ factLabel }), { details: { fact } }),
  /** `documentId`: the piece the agent named, which is not a verified one of the expected type */
  supportingPieceMissing: (fact: string, factLabel: string, documentType: string, pieceLabel: string, documentId: string | undefined) =>
    error('conflict', D.SUPPORTING_PIECE_MISSING, MESSAGES[D.SUPPORTING_PIECE_MISSING]({ factLabel, pieceLabel }), {
      details: { fact, documentType },
      fields: documentId === undefined ? [] : [{ field: 'documentId', message: FIELD_MESSAGES.supportingPiece }],
    }),
  piecesNotVerified: (missing: readonly { key: string; label: string; state: string }[]) =>
    error('conflict', D.PIECES_NOT_VERIFIED, MESSAGES[D.PIECES_NOT_VERIFIED]({ missing: missing.map((i) => i.label) }), {
      details: { missing: missing.map((i) => ({ key: i.key, label: i.label, state: i.state })) },
    }),

  // ---- the use cases ----
  notFound: () => error('not_found', A.NOT_FOUND, MESSAGES[A.NOT_FOUND]),
  alreadyExists: (existingId?: string) => error('conflict', A.ALREADY_EXISTS, MESSAGES[A.ALREADY_EXISTS], withDetails(existingId ? { demandId: existingId } : undefined)),
  registrationNumberTaken: () => error('conflict', A.REGISTRATION_NUMBER_TAKEN, MESSAGES[A.REGISTRATION_NUMBER_TAKEN]),
  concurrentUpdate: () => error('conflict', A.CONCURRENT_UPDATE, MESSAGES[A.CONCURRENT_UPDATE]),
  notRegistered: () => error('conflict', A.NOT_REGISTERED, MESSAGES[A.NOT_REGISTERED]),
  invalidData: (fields: FieldError[]) => error('invalid', A.INVALID_DATA, MESSAGES[A.INVALID_DATA], { fields }),
  agentOnly: () => error('forbidden', A.AGENT_ONLY, MESSAGES[A.AGENT_ONLY]),
  applicantOnly: () => error('forbidden', A.APPLICANT_ONLY, MESSAGES[A.APPLICANT_ONLY]),
  /** `label`: how the registry is named, e.g. `le fichier partagé Imhoweb` */
  registryNotConnected: (label: string) => error('unavailable', A.REGISTRY_NOT_CONFIGURED, MESSAGES[A.REGISTRY_NOT_CONFIGURED]({ case: 'import', label })),
  /** the registration of a demand waits: its registry (named `label`) is not configured */
  registrationWaits: (label: string) => error('unavailable', A.REGISTRY_NOT_CONFIGURED, MESSAGES[A.REGISTRY_NOT_CONFIGURED]({ case: 'registration', label })),
  /** a job for the registry `registryId` waits: it is not configured */
  registryNotConfigured: (registryId: string) => error('unavailable', A.REGISTRY_NOT_CONFIGURED, MESSAGES[A.REGISTRY_NOT_CONFIGURED]({ case: 'job', registryId })),

  // ---- the import of a registry demand (number + birth date, then a code sent to the registry's contact) ----
  importThrottled: (retryAfterSeconds: number) => error('rate_limited', A.IMPORT_THROTTLED, MESSAGES[A.IMPORT_THROTTLED], { details: { retryAfterSeconds } }),
  importCodesThrottled: (retryAfterSeconds: number) => error('rate_limited', A.IMPORT_CODES_THROTTLED, MESSAGES[A.IMPORT_CODES_THROTTLED], { details: { retryAfterSeconds } }),
  importNoContact: () => error('conflict', A.IMPORT_NO_CONTACT, MESSAGES[A.IMPORT_NO_CONTACT]),
  /** `label`: how the registry is named, e.g. `le fichier partagé Imhoweb` */
  importRegistryMismatch: (departement: string, label: string) =>
    error('invalid', A.IMPORT_REGISTRY_MISMATCH, MESSAGES[A.IMPORT_REGISTRY_MISMATCH]({ departement, label }), {
      fields: [{ field: 'registry', message: FIELD_MESSAGES.registry(departement, label) }],
    }),
  unknownDepartement: () => error('invalid', A.UNKNOWN_DEPARTEMENT, MESSAGES[A.UNKNOWN_DEPARTEMENT], { fields: [{ field: 'departement', message: FIELD_MESSAGES.departement }] }),
  importNotFound: () => error('not_found', A.IMPORT_NOT_FOUND, MESSAGES[A.IMPORT_NOT_FOUND]),
  importCodeInvalid: (attemptsLeft: number) =>
    error('invalid', A.IMPORT_CODE_INVALID, MESSAGES[A.IMPORT_CODE_INVALID], {
      fields: [{ field: 'code', message: FIELD_MESSAGES.code(attemptsLeft) }],
      details: { attemptsLeft },
    }),
  importCodeExpired: () => error('conflict', A.IMPORT_CODE_EXPIRED, MESSAGES[A.IMPORT_CODE_EXPIRED]),

  // ---- the supporting documents ----
  documentNotFound: () => error('not_found', DOC.NOT_FOUND, MESSAGES[DOC.NOT_FOUND]),
  fileDeleted: () => error('not_found', DOC.FILE_DELETED, MESSAGES[DOC.FILE_DELETED]),
  documentConcurrentUpdate: () => error('conflict', DOC.CONCURRENT_UPDATE, MESSAGES[DOC.CONCURRENT_UPDATE]),
  /** `status`: the closed demand's status, when known */
  demandClosed: (status?: string) => error('conflict', DOC.DEMAND_CLOSED, MESSAGES[DOC.DEMAND_CLOSED], withDetails(status === undefined ? undefined : { status })),
  quotaExceeded: (p: { maxDocuments: number; maxBytes: number; documents: number; bytes: number }) =>
    error('conflict', DOC.QUOTA_EXCEEDED, MESSAGES[DOC.QUOTA_EXCEEDED](p), { details: { ...p } }),
  /** the piece covers the whole household: no person is named (`documentLabel`: the type of piece) */
  personNotAsked: (documentLabel: string): FieldError => ({ field: 'person', message: MESSAGES[DOC.PERSON_INVALID]({ documentLabel }) }),
  /** the person named is not in the demand */
  personUnknown: (): FieldError => ({ field: 'person', message: MESSAGES[DOC.PERSON_INVALID]({}) }),
  personInvalid: (fields: FieldError[]) => error('invalid', DOC.PERSON_INVALID, fields[0]!.message, { fields }),
  taxYearInvalid: (p: TaxYearCase) =>
    error('invalid', DOC.TAX_YEAR_INVALID, MESSAGES[DOC.TAX_YEAR_INVALID](p), {
      fields: [{ field: 'taxYear', message: FIELD_MESSAGES.taxYear(p) }],
    }),
  taxNoticeOutOfDate: (year: number) =>
    error('invalid', DOC.OUT_OF_DATE, MESSAGES[DOC.OUT_OF_DATE]({ year }), { fields: [{ field: 'taxYear', message: FIELD_MESSAGES.taxYear({ case: 'out_of_date', year }) }] }),
  noFile: (p: FileCountCase) => error('invalid', DOC.NO_FILE, MESSAGES[DOC.NO_FILE](p), { fields: [{ field: 'files', message: FIELD_MESSAGES.files(p) }] }),
  replacementSeveralFiles: () =>
    error('invalid', DOC.REPLACEMENT_INVALID, MESSAGES[DOC.REPLACEMENT_INVALID]({ several: true }), {
      fields: [{ field: 'files', message: FIELD_MESSAGES.files({ case: 'replacement' }) }],
    }),
  replacementInvalid: () =>
    error('invalid', DOC.REPLACEMENT_INVALID, MESSAGES[DOC.REPLACEMENT_INVALID]({ several: false }), { fields: [{ field: 'replaces', message: FIELD_MESSAGES.replaces }] }),
  /**
   * Files of an upload refused: the code is the last file's fault of name or size, else the type
   * (`reasons`: what the content check said of each refused file).
   */
  filesRefused: (refused: readonly RefusedFile[]) => {
    let code: typeof DOC.TYPE_NOT_ALLOWED | typeof DOC.UNSAFE_FILE_NAME | typeof DOC.TOO_LARGE = DOC.TYPE_NOT_ALLOWED;
    const reasons: string[] = [];
    const fields: FieldError[] = [];
    for (const f of refused) {
      const field = `files.${f.index}`;
      if (f.fault === 'unsafe_name') {
        code = DOC.UNSAFE_FILE_NAME;
        fields.push({ field, message: FIELD_MESSAGES.unsafeFileName });
      } else if (f.fault === 'too_large') {
        code = DOC.TOO_LARGE;
        fields.push({ field, message: FIELD_MESSAGES.tooLarge(f.name) });
      } else {
        if (f.reason) reasons.push(`« ${f.name} » : ${f.reason}`);
        fields.push({ field, message: FIELD_MESSAGES.refusedFile(f.name, f.reason) });
      }
    }
    const message = code === DOC.TYPE_NOT_ALLOWED ? MESSAGES[DOC.TYPE_NOT_ALLOWED]({ reasons }) : MESSAGES[code];
    return error('invalid', code, message, { fields });
  },
  notDeletable: (status: string) =>
    error('conflict', DOC.NOT_DELETABLE, MESSAGES[DOC.NOT_DELETABLE]({ replaceable: status === 'rejected' || status === 'expired' }), { details: { status } }),

  // ---- the verification provider ----
  verificationUnknown: () => error('not_found', V.UNKNOWN_REF, MESSAGES[V.UNKNOWN_REF]({ atProvider: false })),
  webhookOff: () => error('not_found', V.WEBHOOK_OFF, MESSAGES[V.WEBHOOK_OFF]),
  /** the provider adapter: the reference polled is unknown to the provider */
  verificationUnknownAtProvider: (providerRef: string) => error('not_found', V.UNKNOWN_REF, MESSAGES[V.UNKNOWN_REF]({ atProvider: true }), { details: { providerRef } }),
  /** the provider adapter: no sensible answer after its retries (details: the operation, the attempts, the last problem, whether retrying may help) */
  verificationUnavailable: (details: { operation: string; attempts: number; lastProblem: string; retryable: boolean }) =>
    error('unavailable', V.UNAVAILABLE, MESSAGES[V.UNAVAILABLE], { details }),
  /** the webhook adapter: a notification without a valid signature */
  webhookBadSignature: (why: SignatureFault) => error('unauthorized', V.BAD_SIGNATURE, MESSAGES[V.BAD_SIGNATURE]({ why })),
  /** the webhook adapter: a signed notification that is not a verdict */
  webhookBadPayload: (why: PayloadFault) => error('invalid', V.BAD_PAYLOAD, MESSAGES[V.BAD_PAYLOAD]({ why })),

  // ---- the document storage (its adapters) ----
  storedFileNotFound: () => error('not_found', S.NOT_FOUND, MESSAGES[S.NOT_FOUND]),
  storedFileTooLarge: (maxBytes: number) => error('invalid', S.TOO_LARGE, MESSAGES[S.TOO_LARGE], { details: { maxBytes } }),

  // ---- the registries (their adapters; `label`: how the registry is named, e.g. `le registre national (SNE)`) ----
  /** the registry is down, slow or answers garbage after the retries (`cause`: the last technical failure) */
  registryUnavailable: (label: string, details: Record<string, unknown>, cause?: unknown) =>
    new DomainError('unavailable', R.UNAVAILABLE, MESSAGES[R.UNAVAILABLE]({ label }), { details, cause }),
  /** the registry refuses a request with a fault the client does not expect: retrying will not help */
  registryRefused: (label: string, operation: string, fault: string, details: Record<string, unknown>) =>
    error('unavailable', R.UNAVAILABLE, MESSAGES[R.UNAVAILABLE]({ label, operation, fault }), { details }),
  registryUnknownNumber: (label: string, number: string) => error('not_found', R.UNKNOWN_NUMBER, MESSAGES[R.UNKNOWN_NUMBER]({ label, number })),
  registryStruckOff: (label: string, number: string) => error('conflict', R.DEMAND_STRUCK_OFF, MESSAGES[R.DEMAND_STRUCK_OFF]({ label, number })),
};
