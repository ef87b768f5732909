import type { Contribution, SpaceStatus, ValidationStatus } from '../../../modules/company-space/index';

/** What agents read on screen (French). */
export const SPACE_STATUS_LABELS: Record<SpaceStatus | 'none', string> = {
  none: 'Aucun espace',
  requested: 'Demandé',
  configured: 'Configuré',
  deployed: 'Déployé',
  suspended: 'Suspendu',
};

export const spaceStatusLabel = (status: SpaceStatus | null): string => SPACE_STATUS_LABELS[status ?? 'none'];

export const CONTRIBUTION_LABELS: Record<Contribution, string> = {
  contributing: 'Cotisante',
  compensated: 'Compensée',
  none: 'Ni cotisante ni compensée',
};

export const SIZE_CLASS_LABELS: Record<string, string> = {
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

export const ACTION_LABELS: Record<string, string> = {
  request: 'Demande d’espace',
  configure: 'Configuration',
  deploy: 'Déploiement',
  suspend: 'Suspension',
};

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });
const dateOnly = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'Europe/Paris' });
export const formatDateTime = (d: Date | null | undefined): string => (d ? dateTime.format(d) : '—');
export const formatDate = (d: Date | null | undefined): string => (d ? dateOnly.format(d) : '—');
export const formatCount = (n: number | null | undefined): string => (n === null || n === undefined ? 'Non renseigné' : new Intl.NumberFormat('fr-FR').format(n).replace(/\u202f|\u00a0/g, ' '));

export const FLASH: Record<string, string> = {
  created: 'Entreprise ajoutée au référentiel.',
  updated: 'Entreprise mise à jour.',
  configured: 'Espace configuré.',
  deployed: 'Espace déployé : il est ouvert aux gestionnaires et aux salariés.',
  suspended: 'Espace suspendu.',
};
