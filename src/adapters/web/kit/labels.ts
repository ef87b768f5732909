/**
 * The French labels of the modules' states and actions, as the back office and the company portal
 * show them. Each map is typed on the module's own union (`Record<Status, string>`): a new state or
 * action fails to compile until it has its label here.
 */
import type { CandidacyStatus } from '../../../modules/candidacy/index';
import type { CompanyView, Contribution, SpaceAction, SpaceStatus, ValidationStatus } from '../../../modules/company-space/index';
import type { DemandHistoryEntry, DocumentDecider } from '../../../modules/demand/index';
import type { OfferAction } from '../../../modules/offer/index';

// ——— company space ———

export const SPACE_STATUS_LABELS: Record<SpaceStatus | 'none', string> = {
  none: 'Aucun espace',
  requested: 'Demandé',
  configured: 'Configuré',
  deployed: 'Déployé',
  suspended: 'Suspendu',
};

export const spaceStatusLabel = (status: SpaceStatus | null): string => SPACE_STATUS_LABELS[status ?? 'none'];

export const SPACE_ACTION_LABELS: Record<SpaceAction, string> = {
  request: 'Demande d’espace',
  configure: 'Configuration',
  deploy: 'Déploiement',
  suspend: 'Suspension',
};

export const CONTRIBUTION_LABELS: Record<Contribution, string> = {
  contributing: 'Cotisante',
  compensated: 'Compensée',
  none: 'Ni cotisante ni compensée',
};

/** A company's size class, with its bounds (the company's file, the balancing bonuses). */
export const SIZE_CLASS_LABELS: Record<NonNullable<CompanyView['sizeClass']>, string> = {
  PME: 'PME (moins de 250 salariés)',
  ETI: 'ETI (250 à 4 999 salariés)',
  GE: 'GE (5 000 salariés et plus)',
};

export const VALIDATION_STATUS_LABELS: Record<ValidationStatus, string> = {
  pending: 'À valider',
  validated: 'Validé',
  rejected: 'Refusé',
  withdrawn: 'Validation retirée',
};

/** An employee's candidacy as the company portal names it (in full words: « commission » rather than « CAL » alone). */
export const EMPLOYEE_CANDIDACY_STATUS_LABELS: Record<CandidacyStatus, string> = {
  submitted: 'Positionnée',
  designated: 'Désignée',
  transmitted: 'Transmise au bailleur',
  cal_accepted: 'Acceptée en commission (CAL)',
  cal_refused: 'Refusée en commission (CAL)',
  cal_postponed: 'Ajournée en commission (CAL)',
  proposal_accepted: 'Proposition acceptée',
  proposal_declined: 'Proposition déclinée',
  leased: 'Bail signé',
  withdrawn: 'Retirée par le salarié',
  not_retained: 'Non retenue',
};

/** The label of a candidacy state read as a string (the company space passes it through untyped); unknown → as it is. */
export const employeeCandidacyStatusLabel = (status: string): string => (EMPLOYEE_CANDIDACY_STATUS_LABELS as Record<string, string>)[status] ?? status;

// ——— demand ———

export const DEMAND_ACTION_LABELS: Record<DemandHistoryEntry['action'], string> = {
  submitted: 'Dépôt',
  instruction_started: 'Prise en charge',
  documents_requested: 'Pièces demandées',
  documents_provided: 'Pièces fournies',
  validated: 'Validation',
  rejected: 'Refus',
  cancelled: 'Annulation',
  satisfied: 'Demande satisfaite',
  renewed: 'Renouvellement',
  expired: 'Expiration',
  edited: 'Modification',
  registered: 'Numéro unique attribué',
  imported: 'Import depuis le SNE',
  struck_off: 'Radiation par le registre national',
};

export const DOCUMENT_DECIDER_LABELS: Record<DocumentDecider, string> = { provider: 'service de vérification', agent: 'collaborateur', system: 'plateforme' };

// ——— offer ———

/** An offer's history as the agents read it (the instruction's point of view). */
export const OFFER_ACTION_LABELS: Record<OfferAction, string> = {
  submitted: 'Soumise par le bailleur',
  instruction_started: 'Prise en instruction',
  sent_back: 'Renvoyée au bailleur',
  published: 'Publiée',
  closed: 'Clôturée',
  designated: 'Candidats désignés',
  transmitted: 'Transmise au bailleur',
  allocated: 'Attribuée',
  republished: 'Republiée',
  withdrawn: 'Retirée',
};

/** The label of an offer's history step read as a string (the offer's history view passes it through untyped); unknown → as it is. */
export const offerActionLabel = (action: string): string => (OFFER_ACTION_LABELS as Record<string, string>)[action] ?? action;

/** An offer's history as the landlord reads it (the pages an agent fills in on a landlord's behalf). */
export const OFFER_ACTION_LABELS_FOR_LANDLORD: Record<OfferAction, string> = {
  submitted: 'Soumise à Action Logement',
  instruction_started: 'Instruction commencée',
  sent_back: 'Renvoyée au bailleur',
  published: 'Publiée',
  closed: 'Clôturée',
  designated: 'Candidats désignés',
  transmitted: 'Dossiers transmis au bailleur',
  allocated: 'Attribuée (bail signé)',
  withdrawn: 'Retirée',
  republished: 'Republiée',
};

/** The same, from a string. */
export const offerActionLabelForLandlord = (action: string): string => (OFFER_ACTION_LABELS_FOR_LANDLORD as Record<string, string>)[action] ?? action;
