import { ageOn, type IsoDate } from '../../../shared/dates';
import type { DemandData } from './demand-data';
import type { PersonRef, SupportingDocument } from './documents';
import { ADULT_AGE } from './household';
import { taxHouseholdMembers, taxIncomeOfYear } from './resources';

/**
 * The pieces an agent must see verified before validating a demand (brief §2, "instruct demands:
 * check documents"): for each adult who will live in the home, an identity piece; for each person
 * whose own tax notice counts in the reference income, the tax notice of year N−2, and that of
 * year N−1 when the demand gives an N−1 income (eligibility.md §1). N is the year of the check,
 * from the Clock. Validating with a piece missing or not verified needs an explicit override with
 * a reason (audited).
 */

/** Where an expected piece stands. */
export type ChecklistState = 'verified' | 'pending' | 'rejected' | 'missing';

/** French words of the states. */
export const CHECKLIST_STATE_LABELS: Readonly<Record<ChecklistState, string>> = {
  verified: 'Vérifiée',
  pending: 'Déposée, à vérifier',
  rejected: 'Refusée ou périmée',
  missing: 'Manquante',
};

/** One expected piece. */
export interface ChecklistItem {
  /** stable key: `identity:applicant`, `tax_notice:coApplicant:2024` */
  key: string;
  type: 'identity' | 'tax_notice';
  person: PersonRef;
  /** the income year of a tax notice */
  taxYear?: number;
  /** French, e.g. "Avis d'imposition sur les revenus 2024 — Amina Diallo (demandeur)" */
  label: string;
  state: ChecklistState;
  /** the document that gives the state (the verified one, else the latest) */
  documentId?: string;
}

export interface InstructionChecklist {
  /** the date the checklist was computed for (year N) */
  onDate: IsoDate;
  items: ChecklistItem[];
  /** every expected piece is verified */
  complete: boolean;
  /** the items not verified */
  missing: ChecklistItem[];
}

function personName(data: DemandData, person: PersonRef): string {
  const role = person === 'applicant' ? 'demandeur' : person === 'coApplicant' ? 'codemandeur' : 'occupant';
  let who: { firstName?: string | undefined; lastName?: string | undefined } | undefined;
  if (person === 'applicant') who = data.applicant;
  else if (person === 'coApplicant') who = data.coApplicant;
  else who = data.otherOccupants[Number(person.slice('otherOccupants.'.length))];
  const name = [who?.firstName, who?.lastName].filter(Boolean).join(' ').trim();
  return name ? `${name} (${role})` : role;
}

/** The adults of the home (applicant, co-applicant, other occupants of 18 or more on `onDate`). */
function adults(data: DemandData, onDate: IsoDate): PersonRef[] {
  const refs: PersonRef[] = ['applicant'];
  if (data.coApplicant) refs.push('coApplicant');
  data.otherOccupants.forEach((o, i) => {
    if (ageOn(o.birthDate, onDate) >= ADULT_AGE) refs.push(`otherOccupants.${i}`);
  });
  return refs;
}

/** The state of an expected piece among the demand's documents: verified wins, then waiting, then refused. */
function stateOf(documents: readonly SupportingDocument[], match: (d: SupportingDocument) => boolean): { state: ChecklistState; documentId?: string } {
  const candidates = documents.filter(match);
  const verified = candidates.find((d) => d.status === 'verified');
  if (verified) return { state: 'verified', documentId: verified.id };
  const waiting = candidates.filter((d) => d.status === 'uploaded' || d.status === 'verification_pending').at(-1);
  if (waiting) return { state: 'pending', documentId: waiting.id };
  const refused = candidates.at(-1);
  if (refused) return { state: 'rejected', documentId: refused.id };
  return { state: 'missing' };
}

/** The instruction checklist of a demand on `onDate`, from its data and its documents (withdrawn ones left out by the caller). */
export function instructionChecklist(data: DemandData, documents: readonly SupportingDocument[], onDate: IsoDate): InstructionChecklist {
  const year = Number(onDate.slice(0, 4));
  const items: ChecklistItem[] = [];
  const personOf = (d: SupportingDocument): PersonRef => d.person ?? 'applicant';
  for (const person of adults(data, onDate)) {
    const found = stateOf(documents, (d) => d.type === 'identity' && personOf(d) === person);
    items.push({ key: `identity:${person}`, type: 'identity', person, label: `Pièce d'identité — ${personName(data, person)}`, ...found });
  }
  for (const member of taxHouseholdMembers(data, year)) {
    const person = member.path as PersonRef;
    const years = [year - 2];
    if (taxIncomeOfYear(member.taxIncome, year - 1) !== undefined) years.push(year - 1);
    for (const taxYear of years) {
      const found = stateOf(documents, (d) => d.type === 'tax_notice' && personOf(d) === person && d.taxYear === taxYear);
      items.push({
        key: `tax_notice:${person}:${taxYear}`,
        type: 'tax_notice',
        person,
        taxYear,
        label: `Avis d'imposition sur les revenus ${taxYear} — ${personName(data, person)}`,
        ...found,
      });
    }
  }
  const missing = items.filter((i) => i.state !== 'verified');
  return { onDate, items, complete: missing.length === 0, missing };
}
