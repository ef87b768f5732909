import type { IsoDate } from '../../../shared/dates';
import type { Euros } from '../../../shared/money';

/**
 * The content of a social-housing demand: the data of the national form CERFA 14069, in the
 * platform's own words. The SNE's interfaceNuu 02.00 format maps to and from this type
 * (src/adapters/sne), and the API's zod schemas mirror it.
 *
 * Codes follow the SNE where the SNE has one, so that a demand travels both ways unchanged.
 */

/** SNE `situationFamiliale`: M married, C single, D divorced, V widowed, P PACS, L cohabiting, S separated. */
export type FamilySituation = 'M' | 'C' | 'D' | 'V' | 'P' | 'L' | 'S';
/** SNE `civilite`: 1 Mr, 2 Mrs. */
export type Civility = '1' | '2';
/** SNE `nationalite`: 1 French, 2 EU, 3 other. */
export type Nationality = '1' | '2' | '3';
/** SNE `typeContratTravail`, plus what a CERFA allows. */
export type ContractType = 'CDI' | 'CDD' | 'INT' | 'APP' | 'STA' | 'FON' | 'IND' | 'AUT';
/**
 * Monthly resources received, SNE codes: SAL salary, CHO unemployment, RET pension, RSA, AF family
 * allowance, PAJE, AAH disability allowance, AEEH, PINV invalidity pension, PAR alimony received,
 * BE student grant, AJPP, AMV old-age minimum, AUT other.
 */
export const RESOURCE_CODES = ['SAL', 'CHO', 'RET', 'RSA', 'AF', 'PAJE', 'AAH', 'AEEH', 'PINV', 'PAR', 'BE', 'AJPP', 'AMV', 'AUT'] as const;
export type ResourceCode = (typeof RESOURCE_CODES)[number];

export interface Address {
  line: string; // number and street
  postalCode: string;
  /** INSEE commune code (5 characters, 2A/2B for Corsica) */
  communeCode: string;
  abroad?: boolean;
}

export interface Employment {
  profession?: string;
  contractType?: ContractType;
  employerName?: string;
  /** 14-digit SIRET of the establishment that employs the person */
  employerSiret?: string;
  startDate?: IsoDate;
  /** INSEE code of the workplace commune */
  workplaceCommuneCode?: string;
}

export interface MonthlyResource {
  code: ResourceCode;
  monthlyAmount: Euros;
}

/** Reference tax income (revenu fiscal de référence) of one adult, for years N−1 and N−2. */
export interface TaxIncome {
  /** year N−1 of the demand's last update, and its amount (may be unknown yet) */
  yearMinus1?: number;
  amountMinus1?: Euros;
  yearMinus2?: number;
  amountMinus2?: Euros;
}

export interface Adult {
  civility?: Civility;
  lastName: string;
  firstName: string;
  birthDate: IsoDate;
  nationality?: Nationality;
  familySituation?: FamilySituation;
  email?: string;
  phone?: string;
  /** holds the invalidity mention of the mobility-inclusion card (carte mobilité inclusion) */
  disabilityCard?: boolean;
  employment?: Employment;
  resources: MonthlyResource[];
  /** alimony paid out (SNE PAV), monthly */
  alimonyPaid?: Euros;
  taxIncome?: TaxIncome;
}

/** SNE `lienDemandeur` for a co-applicant: M spouse, P PACS partner, L cohabiting partner, A other. */
export type CoApplicantLink = 'M' | 'P' | 'L' | 'A';

export interface CoApplicant extends Adult {
  link: CoApplicantLink;
}

/** SNE `lienParente`: E child, A ascendant, C collateral, O other. */
export type Kinship = 'E' | 'A' | 'C' | 'O';

/** Any other person who will live in the home: a dependant (child, relative) or another adult. */
export interface OtherOccupant {
  firstName?: string;
  lastName?: string;
  birthDate: IsoDate;
  kinship: Kinship;
  /** supported by the household (personne à charge) */
  dependant: boolean;
  /** a child in shared custody (garde alternée) */
  sharedCustody?: boolean;
  disabilityCard?: boolean;
  /** an adult occupant with their own tax notice: counts in the reference income */
  taxIncome?: TaxIncome;
  resources?: MonthlyResource[];
}

export interface ExpectedBirths {
  count: number;
  expectedDate: IsoDate;
}

/** SNE `modeleLogement` of the current home: LP private rental, LS social rental, PO owner, HE hosted, FO hostel, SA homeless, AU other. */
export type CurrentHousingKind = 'LP' | 'LS' | 'PO' | 'HE' | 'FO' | 'SA' | 'AU';

export interface CurrentHousing {
  kind: CurrentHousingKind;
  monthlyRent?: Euros;
  occupants?: number;
  /** number of main rooms: 1 for a T1 … */
  rooms?: number;
  surface?: number; // m²
}

/** Reasons for the demand, CERFA codes (a short list of the national form's reasons). */
export const DEMAND_REASONS = [
  'no_housing',
  'hosted',
  'too_expensive',
  'too_small',
  'too_big',
  'unfit',
  'disability',
  'eviction',
  'violence',
  'divorce',
  'family_growth',
  'work_closer',
  'new_job',
  'transfer',
  'retirement',
  'other',
] as const;
export type DemandReason = (typeof DEMAND_REASONS)[number];

export interface Wishes {
  /** INSEE codes of the communes the applicant searches in */
  communeCodes: string[];
  /** typologies wished, 1..6 (T1..T6) */
  typologies: number[];
  maxRent?: Euros;
  accessibilityRequired?: boolean;
  elevatorRequired?: boolean;
}

/** A mobility declared on the demand (new job or transfer in another area); the agent checks it. */
export interface DeclaredMobility {
  kind: 'new_job' | 'transfer';
  fromCommuneCode?: string;
  toCommuneCode?: string;
  date?: IsoDate;
}

/** Facts of candidacy history declared on an imported demand (the platform's own history comes from candidacies). */
export interface DeclaredCalHistory {
  refusedByCal?: boolean;
  declinedAfterCalOn?: IsoDate;
}

export interface DemandData {
  applicant: Adult & { address?: Address };
  coApplicant?: CoApplicant;
  otherOccupants: OtherOccupant[];
  expectedBirths?: ExpectedBirths;
  currentHousing?: CurrentHousing;
  reasons: DemandReason[];
  mobility?: DeclaredMobility;
  /** housing benefit (APL) the household expects, monthly; 0 when not given */
  expectedHousingBenefit?: Euros;
  wishes: Wishes;
  calHistory?: DeclaredCalHistory;
  /** DALO: legally recognised priority */
  dalo?: boolean;
}
