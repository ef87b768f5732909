import type { DemandData, PersonRef } from '../../../modules/demand/index';

/** What agents read on the demand pages (French); the history's and the pieces' labels and the formats are the kit's (src/adapters/web/kit/). */

// the demand's coded lists are labelled once, in the demand module (also served by GET /api/v1/reference/lists)
export { RESOURCE_LABELS, KINSHIP_LABELS, CURRENT_HOUSING_LABELS as HOUSING_LABELS, CO_APPLICANT_LINK_LABELS as LINK_LABELS } from '../../../modules/demand/index';

export const FLASH: Record<string, string> = {
  validated: 'La demande est validée.',
  requested: 'La demande de pièces est envoyée au demandeur.',
  rejected: 'La demande est refusée et renvoyée au demandeur.',
  started: 'Vous avez pris la demande en charge.',
  'piece-verified': 'La pièce est marquée conforme.',
  'piece-rejected': 'La pièce est refusée.',
  'fact-checked': 'Le fait déclaré est vérifié : il compte désormais dans les classements.',
  'fact-unchecked': 'Le fait déclaré n’est pas retenu : il ne donne plus de points.',
};

/** The name of the person a piece or a line is about. */
export function personLabel(data: DemandData, person: PersonRef | undefined): string {
  if (!person) return 'Foyer';
  if (person === 'applicant') return `${data.applicant.firstName} ${data.applicant.lastName} (demandeur)`;
  if (person === 'coApplicant') return data.coApplicant ? `${data.coApplicant.firstName} ${data.coApplicant.lastName} (co-demandeur)` : 'Co-demandeur';
  const index = Number(person.split('.')[1]);
  const o = data.otherOccupants[index];
  const name = o ? [o.firstName, o.lastName].filter(Boolean).join(' ') : '';
  return name ? `${name} (occupant)` : `Occupant n° ${index + 1}`;
}
