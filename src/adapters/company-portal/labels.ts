/** What managers read on screen after a decision (French); the states' labels and the formats are the kit's (src/adapters/web/kit/). */
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
  'descriptions.A': 'descriptionA',
  'descriptions.B': 'descriptionB',
  'descriptions.C': 'descriptionC',
  'quotas.A': 'quotaA',
  'quotas.B': 'quotaB',
  'quotas.C': 'quotaC',
};
