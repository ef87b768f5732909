/**
 * The French e-mails of each message kind of the modules' outboxes: a subject, a plain-text body
 * and a simple HTML body (the same paragraphs, escaped). Each template is written against its
 * kind's typed payload (payloads.ts), read from what the module wrote in its outbox; a missing
 * field is left out rather than shown empty. Dates and amounts in the kit's French formats.
 */
import { invitationLink } from '../../modules/company-space/index';
import { deName, plural } from '../web/kit/french';
import { euros, frDate, frDateTimeAt } from '../web/kit/format';
import { escapeHtml } from '../web/kit/html';
import { isMailKind, readPayload, type HomePayload, type MailKind, type MailPayloads, type RawPayload, type ReasonPayload } from './payloads';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface TemplateContext {
  /** the platform's public address, for links */
  publicUrl: string;
  /** the recipient's name when known */
  recipientName?: string | undefined;
}

/** a paragraph; a link is written as { link, label } */
type Block = string | { link: string; label: string };
interface Template<P> {
  subject(p: P): string;
  body(p: P, ctx: TemplateContext): Block[];
}

/** « de Bruno » / « d’Action Habitat » after a space, or nothing when the name is missing. */
const ofName = (name: string | undefined): string => (name ? ` ${deName(name)}` : '');
const base = (ctx: TemplateContext) => ctx.publicUrl.replace(/\/$/, '');
const home = (p: HomePayload) => [p.typology, p.communeName ? `à ${p.communeName}` : undefined].filter(Boolean).join(' ') || 'le logement';
const candidacySpace = (): Block => 'Retrouvez le détail et l’historique de votre candidature dans votre espace AL’in.';
const demandSpace = (): Block => 'Retrouvez votre demande dans votre espace AL’in.';
const reasonLine = (p: ReasonPayload, label = 'Motif'): Block[] => (p.reason ? [`${label} : ${p.reason}`] : []);
const registration = (p: { registrationNumber: string | undefined }): Block[] => (p.registrationNumber ? [`Numéro unique d’enregistrement : ${p.registrationNumber}`] : []);
const numberInBrackets = (registrationNumber: string | undefined): string => (registrationNumber ? ` (n° ${registrationNumber})` : '');
const linkBlock = (link: string | undefined, label: string): Block[] => (link ? [{ link, label }] : []);
/** « Ce lien est valable jusqu’au 15/03/2026 à 14:05 (heure de Paris). », or nothing when the instant is missing. */
const validUntil = (expiresAt: string | undefined, sentence: (at: string) => string): Block[] => {
  const at = frDateTimeAt(expiresAt);
  return at ? [sentence(at)] : [];
};

const TEMPLATES: { [K in MailKind]: Template<MailPayloads[K]> } = {
  // ——— candidacy (candidacy.notifications) ———
  'candidacy.designated': {
    subject: (p) => `Votre candidature pour ${home(p)} a été retenue par Action Logement`,
    body: (p) => [
      `Bonne nouvelle : votre candidature pour le logement ${home(p)} fait partie des candidatures désignées par Action Logement.`,
      'Votre dossier va être transmis au bailleur, qui le présentera à sa commission d’attribution (CAL).',
      candidacySpace(),
    ],
  },
  'candidacy.transmitted': {
    subject: (p) => `Votre dossier pour ${home(p)} a été transmis au bailleur`,
    body: (p) => [
      `Votre dossier de candidature pour le logement ${home(p)} a été transmis au bailleur.`,
      'Le bailleur vous informera de la décision de sa commission d’attribution (CAL).',
      candidacySpace(),
    ],
  },
  'candidacy.cal_accepted': {
    subject: (p) => `Décision de la commission d’attribution : candidature acceptée (${home(p)})`,
    body: (p) => [
      `La commission d’attribution du bailleur a accepté votre candidature pour le logement ${home(p)}${p.calRank ? `, au rang ${p.calRank}` : ''}.`,
      p.calRank === '1' ? 'Le logement va vous être proposé.' : 'Le logement vous sera proposé si les candidats classés avant vous ne le prennent pas.',
      candidacySpace(),
    ],
  },
  'candidacy.cal_refused': {
    subject: (p) => `Décision de la commission d’attribution : candidature refusée (${home(p)})`,
    body: (p) => [
      `La commission d’attribution du bailleur a refusé votre candidature pour le logement ${home(p)}.`,
      ...reasonLine(p),
      'Vous pouvez continuer à vous positionner sur d’autres offres.',
      candidacySpace(),
    ],
  },
  'candidacy.cal_postponed': {
    subject: (p) => `Décision de la commission d’attribution : candidature ajournée (${home(p)})`,
    body: (p) => [`La commission d’attribution du bailleur a ajourné sa décision sur votre candidature pour le logement ${home(p)}.`, ...reasonLine(p), candidacySpace()],
  },
  'candidacy.proposal': {
    subject: (p) => `Le logement ${home(p)} vous est proposé`,
    body: (p) => [`Le logement ${home(p)} vous est proposé. Merci d’indiquer dans votre espace AL’in si vous l’acceptez ou si vous le refusez.`, candidacySpace()],
  },
  'candidacy.not_retained': {
    subject: (p) => `Votre candidature pour ${home(p)} n’a pas été retenue`,
    body: (p) => [
      `Le logement ${home(p)} a été attribué à un autre candidat : votre candidature n’a pas été retenue.`,
      'Vous pouvez continuer à vous positionner sur d’autres offres.',
      candidacySpace(),
    ],
  },
  'candidacy.closed': {
    subject: (p) => `Votre candidature pour ${home(p)} est close`,
    body: (p) => [`Votre candidature pour le logement ${home(p)} est close : votre demande de logement est satisfaite.`, ...reasonLine(p), candidacySpace()],
  },
  'candidacy.offer_withdrawn': {
    subject: (p) => `L’offre ${home(p)} a été retirée`,
    body: (p) => [
      `L’offre de logement ${home(p)} a été retirée : votre candidature est close.`,
      ...reasonLine(p),
      'Vous pouvez vous positionner sur d’autres offres.',
      candidacySpace(),
    ],
  },
  // ——— demand (demand.notifications) ———
  'demand.validated': {
    subject: () => 'Votre demande de logement a été validée',
    body: (p) => [
      'Votre demande de logement a été validée par Action Logement.',
      ...(p.registrationPending ? ['Son enregistrement au Système national d’enregistrement (SNE) est en cours ; vous recevrez votre numéro unique.'] : []),
      ...(p.renewalDueDate ? [`Elle devra être renouvelée avant le ${frDate(p.renewalDueDate)}.`] : []),
      demandSpace(),
    ],
  },
  'demand.registered': {
    subject: () => 'Votre numéro unique d’enregistrement',
    body: (p) => [
      'Votre demande de logement est enregistrée au Système national d’enregistrement (SNE).',
      ...registration(p),
      ...(p.registrationDate ? [`Date d’enregistrement : ${frDate(p.registrationDate)}`] : []),
      demandSpace(),
    ],
  },
  'demand.rejected': {
    subject: () => 'Votre demande de logement n’a pas été acceptée',
    body: (p) => ['Votre demande de logement n’a pas été acceptée par Action Logement.', ...reasonLine(p), demandSpace()],
  },
  'demand.documents_requested': {
    subject: () => 'Des pièces justificatives sont attendues pour votre demande',
    body: (p) => [
      'Pour instruire votre demande de logement, Action Logement a besoin de pièces justificatives.',
      ...(p.message ? [`Message du collaborateur : ${p.message}`] : []),
      ...(p.documentTypes.length ? [`Pièces demandées : ${p.documentTypes.join(', ')}`] : []),
      'Déposez-les dans votre espace AL’in.',
    ],
  },
  'document.rejected': {
    subject: () => 'Une pièce justificative a été refusée',
    body: (p) => [
      `La pièce justificative ${p.type ? `« ${p.type} » ` : ''}que vous avez déposée a été refusée.`,
      ...reasonLine(p),
      'Merci de déposer une nouvelle pièce dans votre espace AL’in.',
    ],
  },
  'document.expired': {
    subject: () => 'Une pièce justificative n’est plus à jour',
    body: (p) => [
      `Votre avis d’imposition${p.taxYear !== undefined ? ` sur les revenus ${p.taxYear}` : ''} est trop ancien pour votre demande de logement.`,
      ...reasonLine(p),
      'Merci de déposer votre avis d’imposition le plus récent dans votre espace AL’in.',
    ],
  },
  // ——— alert (alert.outbox): a saved search's new offers, at most one mail a day ———
  'alert.new_offers': {
    subject: (p) => (p.count > 1 ? `${p.count} nouvelles offres correspondent à votre recherche` : 'Une nouvelle offre correspond à votre recherche'),
    body: (p) => {
      const blocks: Block[] = ['Des offres publiées depuis votre dernière alerte correspondent à votre recherche et à votre ménage :'];
      for (const o of p.offers) {
        // whole euros: the rent of a list, not of a lease
        const rent = o.totalRent !== undefined ? `${euros(Math.round(o.totalRent))} par mois charges comprises` : undefined;
        const label = [home(o), rent, o.closingDate ? `candidatures jusqu’au ${frDate(o.closingDate)}` : undefined].filter(Boolean).join(', ');
        blocks.push(o.link ? { link: o.link, label } : label);
      }
      if (p.count > p.offers.length) blocks.push(`Et ${plural(p.count - p.offers.length, 'autre offre', 'autres offres')} dans votre espace AL’in.`);
      blocks.push(...linkBlock(p.unsubscribeLink, 'Ne plus recevoir cette alerte'));
      return blocks;
    },
  },
  'demand.renewal_reminder': {
    subject: () => 'Pensez à renouveler votre demande de logement',
    body: (p) => [
      `Votre demande de logement${numberInBrackets(p.registrationNumber)} doit être renouvelée avant le ${p.renewalDueDate ? frDate(p.renewalDueDate) : 'date indiquée dans votre espace'}.`,
      'Sans renouvellement, elle sera radiée et vous perdrez son ancienneté.',
      demandSpace(),
    ],
  },
  'demand.expired': {
    subject: () => 'Votre demande de logement a expiré',
    body: (p) => [
      `Votre demande de logement${numberInBrackets(p.registrationNumber)} n’a pas été renouvelée${p.renewalDueDate ? ` avant le ${frDate(p.renewalDueDate)}` : ''} : elle a expiré.`,
      'Vous pouvez déposer une nouvelle demande dans votre espace AL’in.',
    ],
  },
  'demand.satisfied': {
    subject: () => 'Votre demande de logement est satisfaite',
    body: () => ['Un bail a été signé : votre demande de logement est satisfaite et close. Nous vous souhaitons une bonne installation.'],
  },
  'demand.struck_off': {
    subject: () => 'Votre demande de logement a été radiée par le registre national',
    body: (p) => [
      `Le registre national des demandes de logement social a radié votre demande${numberInBrackets(p.registrationNumber)}${p.struckOffOn ? ` le ${frDate(p.struckOffOn)}` : ''}.`,
      ...(p.reason ? [`Motif : ${p.reason}.`] : []),
      'Elle est donc close sur AL’in, et vos candidatures en cours sont closes. Si vous pensez qu’il s’agit d’une erreur, contactez votre guichet d’enregistrement.',
    ],
  },
  // ——— the registry contact of a demand being imported (demand.contact_outbox) ———
  'demand.import_code': {
    subject: () => 'Votre code pour retrouver votre demande de logement sur AL’in',
    body: (p) => [
      `Quelqu’un a demandé à retrouver sur AL’in votre demande de logement social${numberInBrackets(p.registrationNumber)}, enregistrée avec cette adresse électronique.`,
      `Si c’est vous, saisissez ce code sur AL’in : ${p.code ?? '(code déjà utilisé)'}`,
      ...validUntil(p.expiresAt, (at) => `Ce code est valable jusqu’au ${at} (heure de Paris).`),
      'Si ce n’est pas vous, ne communiquez ce code à personne et ignorez ce message : votre demande reste où elle est.',
    ],
  },
  // ——— company space (company_space.outbox) ———
  company_manager_invitation: {
    subject: (p) => `Invitation à gérer l’espace entreprise${ofName(p.companyName)} sur AL’in`,
    body: (p, ctx) => {
      const link = p.link ?? (p.invitationToken ? invitationLink(base(ctx), p.invitationToken) : undefined);
      return [
        `Vous avez reçu une invitation à gérer l’espace entreprise${ofName(p.companyName)} sur AL’in, la plateforme du lien emploi-logement d’Action Logement.`,
        ...linkBlock(link, 'Choisir mon mot de passe et activer mon compte'),
        ...(p.expiresAt ? [`Ce lien est valable jusqu’au ${frDate(p.expiresAt)}.`] : []),
        'Si vous n’attendiez pas cette invitation, ignorez ce message.',
      ];
    },
  },
  // ——— landlord (landlord.outbox): the link is removed from the outbox once mailed ———
  landlord_user_invitation: {
    subject: (p) => `Invitation à l’espace bailleur${ofName(p.landlordName)} sur AL’in`,
    body: (p) => [
      `Vous avez reçu une invitation à utiliser l’espace bailleur${ofName(p.landlordName)} sur AL’in, la plateforme du lien emploi-logement d’Action Logement : publier vos logements, consulter les candidats désignés et enregistrer les décisions de votre commission d’attribution.`,
      ...(p.admin ? ['Vous en êtes administrateur ou administratrice : vous pourrez inviter vos collègues et retirer leur accès.'] : []),
      ...linkBlock(p.link, 'Choisir mon mot de passe et activer mon compte'),
      ...(p.expiresAt ? [`Ce lien est valable jusqu’au ${frDate(p.expiresAt)}.`] : []),
      'Si vous n’attendiez pas cette invitation, ignorez ce message.',
    ],
  },
  // ——— identity (identity.outbox): the link is removed from the outbox once mailed ———
  'identity.email_confirmation': {
    subject: () => 'Confirmez votre adresse e-mail pour activer votre compte AL’in',
    body: (p) => [
      'Vous venez de créer un compte sur AL’in, la plateforme du lien emploi-logement d’Action Logement.',
      ...linkBlock(p.link, 'Confirmer mon adresse et activer mon compte'),
      'Le mot de passe choisi à l’inscription vous sera demandé.',
      ...validUntil(p.expiresAt, (at) => `Ce lien est valable jusqu’au ${at} (heure de Paris).`),
      'Si vous n’êtes pas à l’origine de cette inscription, ignorez ce message : aucun compte ne sera activé.',
    ],
  },
  'identity.account_exists': {
    subject: () => 'Tentative de création de compte avec votre adresse sur AL’in',
    body: () => [
      'Quelqu’un vient de demander la création d’un compte AL’in avec cette adresse électronique, qui a déjà un compte : aucun nouveau compte n’a été créé.',
      'Si c’est vous, connectez-vous avec votre compte existant ; en cas d’oubli, utilisez « Mot de passe oublié ».',
      'Si ce n’est pas vous, ignorez ce message : votre compte n’a pas changé.',
    ],
  },
  'identity.password_reset': {
    subject: () => 'Réinitialisation de votre mot de passe AL’in',
    body: (p) => [
      'Une réinitialisation du mot de passe de votre compte AL’in a été demandée.',
      ...linkBlock(p.link, 'Choisir un nouveau mot de passe'),
      ...validUntil(p.expiresAt, (at) => `Ce lien, utilisable une seule fois, est valable jusqu’au ${at} (heure de Paris).`),
      'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.',
    ],
  },
};

const FALLBACK: Template<RawPayload> = {
  subject: () => 'Du nouveau dans votre espace AL’in',
  body: () => ['Une information vous attend dans votre espace AL’in.'],
};

/** Whether the kind has its own template (others get a neutral message pointing to the portal). */
export const hasTemplate = (kind: string): boolean => isMailKind(kind);

/** The subject and paragraphs of a message of a known kind, from its typed payload. */
function contentOf<K extends MailKind>(kind: K, payload: RawPayload, ctx: TemplateContext): { subject: string; blocks: Block[] } {
  const template: Template<MailPayloads[K]> = TEMPLATES[kind];
  const p = readPayload(kind, payload);
  return { subject: template.subject(p), blocks: template.body(p, ctx) };
}

/** The e-mail of one outbox message. */
export function renderMail(kind: string, payload: RawPayload, ctx: TemplateContext): RenderedMail {
  const { subject, blocks: body } = isMailKind(kind) ? contentOf(kind, payload, ctx) : { subject: FALLBACK.subject(payload), blocks: FALLBACK.body(payload, ctx) };
  const greeting = ctx.recipientName?.trim() ? `Bonjour ${ctx.recipientName.trim()},` : 'Bonjour,';
  const blocks: Block[] = [greeting, ...body, { link: base(ctx), label: 'Votre espace AL’in' }];
  const signature = ['L’équipe AL’in — Action Logement', 'Ce message est envoyé automatiquement ; merci de ne pas y répondre.'];
  const text = [...blocks.map((b) => (typeof b === 'string' ? b : `${b.label} : ${b.link}`)), '--', ...signature].join('\n\n') + '\n';
  const html = [
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body style="font-family:sans-serif;line-height:1.5">',
    ...blocks.map((b) => (typeof b === 'string' ? `<p>${escapeHtml(b)}</p>` : `<p><a href="${escapeHtml(b.link)}">${escapeHtml(b.label)}</a></p>`)),
    `<hr><p style="color:#555;font-size:smaller">${signature.map(escapeHtml).join('<br>')}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
