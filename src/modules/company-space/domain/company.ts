import { companySpaceError, type CompanyNumberFault } from '../company-space.errors';
import { normalizeCompanyNumber, sirenCheck, sirenOf, siretCheck } from './siret';

/** Company size classes (scoring.md §4): PME < 250 staff, ETI 250–4,999, GE 5,000+. */
export type SizeClass = 'PME' | 'ETI' | 'GE';

/** Whether the company pays the employers' housing contribution (PEEC), is compensated, or neither. */
export type Contribution = 'contributing' | 'compensated' | 'none';
export const CONTRIBUTIONS: readonly Contribution[] = ['contributing', 'compensated', 'none'];

export const ETI_MIN_HEADCOUNT = 250;
export const GE_MIN_HEADCOUNT = 5000;

/** The size class of a headcount; undefined when the headcount is not known. */
export function sizeClassOf(headcount: number | null | undefined): SizeClass | undefined {
  if (headcount === null || headcount === undefined || !Number.isFinite(headcount) || headcount < 0) return undefined;
  if (headcount >= GE_MIN_HEADCOUNT) return 'GE';
  if (headcount >= ETI_MIN_HEADCOUNT) return 'ETI';
  return 'PME';
}

export type SpaceStatus = 'requested' | 'configured' | 'deployed' | 'suspended';

export interface Company {
  id: string;
  name: string;
  siren: string;
  /** establishment SIRETs (at least one); the employer SIRET of a demand matches any of them */
  sirets: string[];
  /** null when not known */
  headcount: number | null;
  contribution: Contribution;
  /** the company delegates its housing policy to ALS: its employees are validated automatically */
  delegatesToAls: boolean;
  /** null: the company has no space (never requested, not set up by an agent) */
  spaceStatus: SpaceStatus | null;
  spaceUpdatedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const MAX_SIRETS_PER_COMPANY = 500;

/**
 * Checks a company's identifiers: a valid SIREN, valid SIRETs that all belong to that SIREN.
 * Returns the normalised SIREN and SIRETs (deduplicated).
 */
export function checkCompanyNumbers(input: { siren?: string | undefined; sirets: string[] }, field = 'sirets'): { siren: string; sirets: string[] } {
  const faults: CompanyNumberFault[] = [];
  const sirets = [...new Set(input.sirets.map(normalizeCompanyNumber))];
  sirets.forEach((siret, i) => {
    if (!siretCheck(siret)) faults.push({ kind: 'siret', field: `${field}.${i}` });
  });
  const siren = input.siren !== undefined ? normalizeCompanyNumber(input.siren) : sirets[0] ? sirenOf(sirets[0]) : '';
  if (!sirenCheck(siren)) faults.push({ kind: 'siren' });
  sirets.forEach((siret, i) => {
    if (siretCheck(siret) && sirenOf(siret) !== siren) faults.push({ kind: 'other_siren', field: `${field}.${i}`, siren });
  });
  if (faults.length) throw companySpaceError.invalidNumbers(faults);
  return { siren, sirets };
}

export function checkHeadcount(headcount: number | null | undefined): void {
  if (headcount === null || headcount === undefined) return;
  if (!Number.isInteger(headcount) || headcount < 0) {
    throw companySpaceError.invalidHeadcount();
  }
}

/** The longest company name (raison sociale). */
export const NAME_MAX = 200;

/** A company's name, spaces squeezed: 1 to NAME_MAX characters. */
export function checkCompanyName(name: string): string {
  const n = name.trim().replace(/\s+/g, ' ');
  if (!n || n.length > NAME_MAX) throw companySpaceError.invalidName(NAME_MAX);
  return n;
}
