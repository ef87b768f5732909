/** What managers read on screen (French); shared labels come from the back office's company pages. */
export { VALIDATION_STATUS_LABELS, formatDate, formatDateTime, spaceStatusLabel } from '../admin/company-space/labels';

export const CANDIDACY_STATUS_LABELS: Record<string, string> = {
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

export const typologyLabel = (t: string): string => (/^\d+$/.test(t) ? `T${t}` : t);

export const FLASH: Record<string, string> = {
  validated: 'Emploi du salarié validé.',
  rejected: 'Demande de validation refusée.',
  withdrawn: 'Validation retirée : les tranches du salarié sont révoquées et leurs unités rendues au quota.',
  granted: 'Tranche accordée.',
  revoked: 'Tranche révoquée : son unité est rendue au quota.',
  policy: 'Politique logement enregistrée.',
};

/** Field names of the use cases → the form's field ids. */
export const FIELD_IDS: Record<string, string> = {
  'descriptions.A': 'descriptionA', 'descriptions.B': 'descriptionB', 'descriptions.C': 'descriptionC',
  'quotas.A': 'quotaA', 'quotas.B': 'quotaB', 'quotas.C': 'quotaC',
};
