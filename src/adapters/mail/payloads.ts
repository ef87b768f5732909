/**
 * One typed payload per message kind of the modules' outboxes, and the reader of each: what a
 * module wrote in its outbox (JSON, read back as `Record<string, unknown>`) becomes the payload
 * its template is written against. A reader is lenient, as a mail must still go out: a field of
 * the wrong type or an empty text is read as absent, and the template leaves it out.
 */

/** The payload as the outbox stores it. */
export type RawPayload = Readonly<Record<string, unknown>>;

/** The home a candidacy or an alert is about: `T2 à Villeurbanne`. */
export interface HomePayload {
  typology: string | undefined;
  communeName: string | undefined;
}

export interface ReasonPayload {
  reason: string | undefined;
}

/** A link sent once (the outbox forgets it after the mail) and the instant it stops working. */
export interface LinkPayload {
  link: string | undefined;
  expiresAt: string | undefined;
}

export interface AlertOffer extends HomePayload {
  totalRent: number | undefined;
  closingDate: string | undefined;
  link: string | undefined;
}

export interface MailPayloads {
  // candidacy (candidacy.notifications)
  'candidacy.designated': HomePayload;
  'candidacy.transmitted': HomePayload;
  'candidacy.cal_accepted': HomePayload & { calRank: string | undefined };
  'candidacy.cal_refused': HomePayload & ReasonPayload;
  'candidacy.cal_postponed': HomePayload & ReasonPayload;
  'candidacy.proposal': HomePayload;
  'candidacy.not_retained': HomePayload;
  'candidacy.closed': HomePayload & ReasonPayload;
  'candidacy.offer_withdrawn': HomePayload & ReasonPayload;
  // demand (demand.notifications)
  'demand.validated': { registrationPending: boolean; renewalDueDate: string | undefined };
  'demand.registered': { registrationNumber: string | undefined; registrationDate: string | undefined };
  'demand.rejected': ReasonPayload;
  'demand.documents_requested': { message: string | undefined; documentTypes: string[] };
  'document.rejected': ReasonPayload & { type: string | undefined };
  'document.expired': ReasonPayload & { taxYear: number | undefined };
  'demand.renewal_reminder': { registrationNumber: string | undefined; renewalDueDate: string | undefined };
  'demand.expired': { registrationNumber: string | undefined; renewalDueDate: string | undefined };
  'demand.satisfied': Record<string, never>;
  'demand.struck_off': ReasonPayload & { registrationNumber: string | undefined; struckOffOn: string | undefined };
  // the registry contact of a demand being imported (demand.contact_outbox)
  'demand.import_code': { registrationNumber: string | undefined; code: string | undefined; expiresAt: string | undefined };
  // alert (alert.outbox)
  'alert.new_offers': { count: number; offers: AlertOffer[]; unsubscribeLink: string | undefined };
  // company space (company_space.outbox)
  company_manager_invitation: LinkPayload & { companyName: string | undefined; invitationToken: string | undefined };
  // landlord (landlord.outbox)
  landlord_user_invitation: LinkPayload & { landlordName: string | undefined; admin: boolean };
  // identity (identity.outbox)
  'identity.email_confirmation': LinkPayload;
  'identity.account_exists': Record<string, never>;
  'identity.password_reset': LinkPayload;
}

export type MailKind = keyof MailPayloads;

/** A text field: trimmed, a number written out, anything else (or an empty text) absent. */
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);
const home = (p: RawPayload): HomePayload => ({ typology: text(p.typology), communeName: text(p.communeName) });
const reason = (p: RawPayload): ReasonPayload => ({ reason: text(p.reason) });
const link = (p: RawPayload): LinkPayload => ({ link: text(p.link), expiresAt: text(p.expiresAt) });
const none = (): Record<string, never> => ({});
const alertOffer = (o: unknown): AlertOffer => {
  const p: RawPayload = typeof o === 'object' && o !== null ? (o as RawPayload) : {};
  return { ...home(p), totalRent: typeof p.totalRent === 'number' ? p.totalRent : undefined, closingDate: text(p.closingDate), link: text(p.link) };
};

const READERS: { [K in MailKind]: (p: RawPayload) => MailPayloads[K] } = {
  'candidacy.designated': home,
  'candidacy.transmitted': home,
  'candidacy.cal_accepted': (p) => ({ ...home(p), calRank: text(p.calRank) }),
  'candidacy.cal_refused': (p) => ({ ...home(p), ...reason(p) }),
  'candidacy.cal_postponed': (p) => ({ ...home(p), ...reason(p) }),
  'candidacy.proposal': home,
  'candidacy.not_retained': home,
  'candidacy.closed': (p) => ({ ...home(p), ...reason(p) }),
  'candidacy.offer_withdrawn': (p) => ({ ...home(p), ...reason(p) }),
  'demand.validated': (p) => ({ registrationPending: Boolean(p.registrationPending), renewalDueDate: text(p.renewalDueDate) }),
  'demand.registered': (p) => ({ registrationNumber: text(p.registrationNumber), registrationDate: text(p.registrationDate) }),
  'demand.rejected': reason,
  'demand.documents_requested': (p) => ({ message: text(p.message), documentTypes: Array.isArray(p.documentTypes) ? p.documentTypes.map(String) : [] }),
  'document.rejected': (p) => ({ ...reason(p), type: text(p.type) }),
  'document.expired': (p) => ({ ...reason(p), taxYear: typeof p.taxYear === 'number' ? p.taxYear : undefined }),
  'demand.renewal_reminder': (p) => ({ registrationNumber: text(p.registrationNumber), renewalDueDate: text(p.renewalDueDate) }),
  'demand.expired': (p) => ({ registrationNumber: text(p.registrationNumber), renewalDueDate: text(p.renewalDueDate) }),
  'demand.satisfied': none,
  'demand.struck_off': (p) => ({ ...reason(p), registrationNumber: text(p.registrationNumber), struckOffOn: text(p.struckOffOn) }),
  'demand.import_code': (p) => ({ registrationNumber: text(p.registrationNumber), code: text(p.code), expiresAt: text(p.expiresAt) }),
  'alert.new_offers': (p) => ({ count: Number(p.count), offers: Array.isArray(p.offers) ? p.offers.map(alertOffer) : [], unsubscribeLink: text(p.unsubscribeLink) }),
  company_manager_invitation: (p) => ({ ...link(p), companyName: text(p.companyName), invitationToken: text(p.invitationToken) }),
  landlord_user_invitation: (p) => ({ ...link(p), landlordName: text(p.landlordName), admin: p.admin === true }),
  'identity.email_confirmation': link,
  'identity.account_exists': none,
  'identity.password_reset': link,
};

/** Whether the kind is one the mails know (others get a neutral message pointing to the portal). */
export const isMailKind = (kind: string): kind is MailKind => Object.hasOwn(READERS, kind);

/** The typed payload of a message of this kind. */
export const readPayload = <K extends MailKind>(kind: K, payload: RawPayload): MailPayloads[K] => READERS[kind](payload);
