/** What agents read after a decision on the company pages (French); the states' labels are the kit's (web/kit/labels.ts). */
export const FLASH: Record<string, string> = {
  created: 'Entreprise ajoutée au référentiel.',
  updated: 'Entreprise mise à jour.',
  configured: 'Espace configuré.',
  deployed: 'Espace déployé : il est ouvert aux gestionnaires et aux salariés.',
  suspended: 'Espace suspendu.',
};
