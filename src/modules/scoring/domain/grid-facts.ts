/**
 * The demand facts an intercommunal scoring grid may test (scoring.md §3), with their French
 * labels: the grid editor lists them, and a breakdown words a grid criterion's fact with them
 * ("Nombre de personnes du ménage : 4"). Where each one comes from: docs/scoring-facts.md.
 */

export type GridFactType = 'number' | 'boolean' | 'string';

export interface GridFactDefinition {
  key: string;
  type: GridFactType;
  label: { fr: string; en: string };
}

/** The demand facts grid criteria can test. */
export const GRID_FACTS: readonly GridFactDefinition[] = [
  { key: 'householdSize', type: 'number', label: { fr: 'Nombre de personnes du ménage', en: 'Household size' } },
  { key: 'dependants', type: 'number', label: { fr: 'Personnes à charge', en: 'Dependants' } },
  { key: 'householdCategory', type: 'number', label: { fr: 'Catégorie de ménage (1 à 6)', en: 'Household category (1 to 6)' } },
  { key: 'monthlyResources', type: 'number', label: { fr: 'Ressources mensuelles (€)', en: 'Monthly resources (€)' } },
  { key: 'referenceIncome', type: 'number', label: { fr: 'Revenu fiscal de référence (€)', en: 'Reference tax income (€)' } },
  { key: 'applicantAge', type: 'number', label: { fr: 'Âge du demandeur', en: 'Applicant’s age' } },
  { key: 'monthsSinceRegistration', type: 'number', label: { fr: 'Ancienneté de la demande (mois)', en: 'Seniority of the demand (months)' } },
  { key: 'dalo', type: 'boolean', label: { fr: 'Reconnu prioritaire DALO', en: 'DALO priority' } },
  { key: 'mobility', type: 'boolean', label: { fr: 'Mobilité professionnelle vérifiée', en: 'Checked professional mobility' } },
];

const LABELS_FR = new Map(GRID_FACTS.map((f) => [f.key, f.label.fr]));

/** The French label of a grid fact; the key itself for a fact no longer listed. */
export function gridFactLabelFr(key: string): string {
  return LABELS_FR.get(key) ?? key;
}
