/**
 * The audit trail in French: what each action, object and role is called, the times in
 * Europe/Paris with the zone shown, and the details as readable lines.
 */
import type { Role } from '../../../modules/identity/index';

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'account.erased': 'Compte effacé (droit à l’effacement)',
  'agreement.created': 'Convention créée',
  'audit.exported': 'Export du journal d’audit (CSV)',
  'audit.searched': 'Recherche dans le journal d’audit par personne',
  'agreement.updated': 'Convention modifiée',
  'candidacy.cal_accepted': 'Décision de CAL : attribution',
  'candidacy.cal_decision': 'Décision de CAL enregistrée',
  'candidacy.cal_postponed': 'Décision de CAL : ajournement',
  'candidacy.cal_refused': 'Décision de CAL : refus',
  'candidacy.closed': 'Candidature close',
  'candidacy.closed_demand_struck_off': 'Candidature close (demande radiée)',
  'candidacy.closed_offer_withdrawn': 'Candidature close (offre retirée)',
  'candidacy.designated': 'Candidat désigné',
  'candidacy.leased': 'Bail signé',
  'candidacy.not_retained': 'Candidature non retenue',
  'candidacy.offer_withdrawn': 'Offre retirée pour ce candidat',
  'candidacy.proposal': 'Proposition faite au candidat',
  'candidacy.transmitted': 'Candidature transmise au bailleur',
  'company.created': 'Entreprise créée',
  'company.employee_rejected': 'Salarié non reconnu par l’entreprise',
  'company.employee_validated': 'Salarié validé par l’entreprise',
  'company.employee_validation_withdrawn': 'Validation de salarié retirée',
  'company.manager_added': 'Gestionnaire ajouté',
  'company.manager_invited': 'Gestionnaire invité',
  'company.policy_updated': 'Règles de l’espace entreprise modifiées',
  'company.quotas_changed': 'Quotas de l’entreprise modifiés',
  'company.space_configured': 'Espace entreprise configuré',
  'company.space_deployed': 'Espace entreprise déployé',
  'company.space_requested': 'Espace entreprise demandé',
  'company.space_suspended': 'Espace entreprise suspendu',
  'company.tranche_granted': 'Tranche accordée',
  'company.tranche_revoked': 'Tranche retirée',
  'company.updated': 'Entreprise modifiée',
  'company.validated_employee': 'Salarié validé',
  'demand.anonymised': 'Demande anonymisée',
  'demand.documents_requested': 'Pièces demandées au demandeur',
  'demand.edited': 'Demande modifiée',
  'demand.expired': 'Demande expirée (non renouvelée)',
  'demand.fact_checked': 'Fait déclaré vérifié',
  'demand.fact_unchecked': 'Fait déclaré non retenu',
  'demand.facts_changed': 'Faits déclarés modifiés',
  'demand.housed_sent': 'Attribution transmise au registre',
  'demand.import_code_sent': 'Code d’import envoyé',
  'demand.import_refused': 'Import de demande refusé',
  'demand.imported': 'Demande importée du registre',
  'demand.instruction_started': 'Instruction commencée',
  'demand.read': 'Dossier de demande consulté',
  'demand.registered': 'Numéro unique attribué',
  'demand.rejected': 'Demande refusée',
  'demand.renewal_sent': 'Renouvellement transmis au registre',
  'demand.satisfied': 'Demande satisfaite',
  'demand.struck_off': 'Demande radiée',
  'demand.validated': 'Demande validée',
  'document.deleted': 'Pièce supprimée',
  'document.expired': 'Pièce expirée',
  'document.list': 'Liste des pièces consultée',
  'document.read': 'Pièce consultée',
  'document.rejected': 'Pièce refusée',
  'document.uploaded': 'Pièce déposée',
  'document.verified': 'Pièce vérifiée',
  'landlord.api_client_registered': 'Accès API du bailleur créé',
  'landlord.created': 'Bailleur créé',
  'landlord.updated': 'Bailleur modifié',
  'landlord.user_invited': 'Utilisateur du bailleur invité',
  'landlord.user_removed': 'Utilisateur du bailleur retiré',
  'offer.ceilings_loaded': 'Plafonds de ressources chargés',
  'offer.created': 'Offre créée',
  'offer.designation': 'Désignation sur l’offre',
  'offer.instruction_started': 'Instruction de l’offre commencée',
  'offer.photo_added': 'Photo ajoutée à l’offre',
  'offer.photo_removed': 'Photo retirée de l’offre',
  'offer.photos_reordered': 'Photos de l’offre réordonnées',
  'offer.published': 'Offre publiée',
  'offer.ranking_recomputed': 'Classement recalculé',
  'offer.republished': 'Offre republiée',
  'offer.submitted': 'Offre soumise',
  'offer.transmission': 'Candidats transmis au bailleur',
  'offer.updated': 'Offre modifiée',
  'offer.withdrawn': 'Offre retirée',
  'retention.run': 'Purge des données (durées de conservation)',
  'scoring.bonus_changed': 'Bonus d’équilibrage modifié',
  'scoring.bonus_created': 'Bonus d’équilibrage créé',
  'scoring.bonus_ended': 'Bonus d’équilibrage terminé',
  'scoring.grid_changed': 'Grille de territoire modifiée',
  'scoring.grid_created': 'Grille de territoire créée',
  'security.access_token_mismatch': 'Jeton d’accès refusé (session ne correspondant pas)',
  'security.account_disabled': 'Connexion à un compte désactivé',
  'security.client_auth_failed': 'Échec d’authentification d’un système de bailleur',
  'security.email_confirmation_refused': 'Confirmation de courriel refusée',
  'security.email_confirmed': 'Courriel confirmé',
  'security.login_failed': 'Échec de connexion',
  'security.password_change_failed': 'Échec du changement de mot de passe',
  'security.password_changed': 'Mot de passe changé',
  'security.password_confirmation_failed': 'Mot de passe de confirmation erroné',
  'security.password_reset': 'Mot de passe réinitialisé par lien',
  'security.password_reset_requested': 'Réinitialisation du mot de passe demandée',
  'security.refresh_token_reused': 'Jeton de renouvellement réutilisé (session révoquée)',
};

/** The action's French label; an action without one is written « Action technique (code) », never left raw. */
export function actionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? `Action technique (${action})`;
}

export const AUDIT_OBJECT_LABELS: Record<string, string> = {
  account: 'Compte',
  agreement: 'Convention',
  audit_trail: 'Journal d’audit',
  balancing_bonus: 'Bonus d’équilibrage',
  candidacy: 'Candidature',
  company: 'Entreprise',
  demand: 'Demande',
  document: 'Pièce justificative',
  income_ceilings: 'Plafonds de ressources',
  landlord: 'Bailleur',
  offer: 'Offre',
  platform: 'Plateforme',
  registry_demand: 'Demande au registre',
  territory_grid: 'Grille de territoire',
};
export const objectLabel = (type: string): string => AUDIT_OBJECT_LABELS[type] ?? type;

/** Who acted, by role ('system': the platform's own runs). */
const ROLE_LABELS: Record<Role | 'system', string> = {
  admin: 'administrateur',
  agent: 'collaborateur',
  applicant: 'demandeur',
  landlord_user: 'bailleur',
  landlord_client: 'système du bailleur',
  company_manager: 'gestionnaire d’entreprise',
  system: 'plateforme',
};
export const roleLabel = (role: string | null | undefined): string => (role ? ((ROLE_LABELS as Record<string, string>)[role] ?? role) : '');

/**
 * Object types an agent may see entries about: the files and decisions the back office shows
 * them. Accounts' security events, erasures, the platform's own runs and the ceilings loaded by
 * the admins stay with the admins (an agent sees those only when they acted themselves).
 */
export const AGENT_VISIBLE_OBJECT_TYPES = [
  'agreement',
  'balancing_bonus',
  'candidacy',
  'company',
  'demand',
  'document',
  'landlord',
  'offer',
  'registry_demand',
  'territory_grid',
] as const;

const PARIS = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
});

/** « 06/12/2026 14:35:02 UTC+1 » (Paris time, the zone shown: UTC+1 in winter, UTC+2 in summer). */
export function parisTime(at: Date): string {
  return PARIS.format(at).replace(',', '');
}

/** The UTC instant of midnight, Paris time, starting this ISO day. */
export function parisMidnight(isoDay: string): Date {
  const utcMidnight = new Date(`${isoDay}T00:00:00Z`);
  // the Paris offset at that moment (+1 or +2 hours); the change happens at 01:00 or later UTC, so midnight's offset is the day's start offset
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' }).format(utcMidnight);
  const offsetHours = Number(parts);
  return new Date(utcMidnight.getTime() - offsetHours * 3_600_000);
}

const DETAIL_KEY_LABELS: Record<string, string> = {
  reason: 'Motif',
  justification: 'Justification',
  decision: 'Décision',
  outcome: 'Résultat',
  fact: 'Fait',
  status: 'État',
  from: 'De',
  to: 'À',
  documentId: 'Pièce',
  demandId: 'Demande',
  offerId: 'Offre',
  candidacyId: 'Candidature',
  companyId: 'Entreprise',
  landlordId: 'Bailleur',
  disposition: 'Affichage',
  type: 'Type',
  rank: 'Rang',
  ranks: 'Rangs',
  count: 'Nombre',
  missing: 'Manquant',
  pieces: 'Pièces',
  piecesMissing: 'Pièces manquantes',
  quotas: 'Quotas',
  previous: 'Avant',
  next: 'Après',
  headcount: 'Effectif',
  registry: 'Registre',
  registrationNumber: 'Numéro unique',
  email: 'Courriel',
  detail: 'Détail',
  changes: 'Changements',
  fields: 'Champs',
  tranche: 'Tranche',
  mobilityChecked: 'Mobilité vérifiée',
  override: 'Dérogation',
  kind: 'Nature',
  source: 'Source',
};
const keyLabel = (key: string) => DETAIL_KEY_LABELS[key] ?? key;

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'number') return value.toLocaleString('fr-FR');
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.every((v) => typeof v !== 'object' || v === null) ? value.map(valueText).join(', ') : value.map((v) => `(${valueText(v)})`).join(' ; ');
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${keyLabel(k)} : ${valueText(v)}`)
    .join(', ');
}

/** The detail as lines « Libellé : valeur » (nested objects and lists written out), never raw JSON. */
export function detailLines(detail: unknown): string[] {
  if (detail === null || detail === undefined) return [];
  if (typeof detail !== 'object' || Array.isArray(detail)) return [valueText(detail)];
  return Object.entries(detail as Record<string, unknown>).map(([k, v]) => `${keyLabel(k)} : ${valueText(v)}`);
}
