import type {
  Civility,
  CoApplicantLink,
  ContractType,
  CurrentHousingKind,
  DeclaredMobility,
  DemandReason,
  FamilySituation,
  Kinship,
  Nationality,
  ResourceCode,
} from './demand-data';
import { DOCUMENT_CATALOGUE } from './documents';

/**
 * Every coded list of the demand (CERFA 14069, SNE codes) with its French label: the one place
 * these labels are written. The API serves them (GET /reference/lists) so that a portal shows a
 * label, never a code; the back office reads them from here too.
 */

export interface CodedItem {
  code: string;
  label: string;
}

const list = <C extends string>(labels: Record<C, string>): CodedItem[] => Object.entries<string>(labels).map(([code, label]) => ({ code, label }));

export const FAMILY_SITUATION_LABELS: Record<FamilySituation, string> = {
  C: 'Célibataire',
  M: 'Marié·e',
  P: 'Pacsé·e',
  L: 'En concubinage',
  D: 'Divorcé·e',
  S: 'Séparé·e',
  V: 'Veuf ou veuve',
};
export const CIVILITY_LABELS: Record<Civility, string> = { 1: 'Monsieur', 2: 'Madame' };
export const NATIONALITY_LABELS: Record<Nationality, string> = { 1: 'Française', 2: 'Ressortissant·e de l’Union européenne', 3: 'Hors Union européenne' };
export const CONTRACT_TYPE_LABELS: Record<ContractType, string> = {
  CDI: 'Contrat à durée indéterminée (CDI)',
  CDD: 'Contrat à durée déterminée (CDD)',
  INT: 'Intérim',
  APP: 'Apprentissage',
  STA: 'Stage',
  FON: 'Fonctionnaire',
  IND: 'Travailleur ou travailleuse indépendant·e',
  AUT: 'Autre contrat',
};
export const RESOURCE_LABELS: Record<ResourceCode, string> = {
  SAL: 'Salaire',
  CHO: 'Allocation chômage',
  RET: 'Retraite',
  RSA: 'RSA',
  AF: 'Allocations familiales',
  PAJE: 'PAJE',
  AAH: 'AAH',
  AEEH: 'AEEH',
  PINV: 'Pension d’invalidité',
  PAR: 'Pension alimentaire reçue',
  BE: 'Bourse d’études',
  AJPP: 'AJPP',
  AMV: 'Minimum vieillesse',
  AUT: 'Autre ressource',
};
export const KINSHIP_LABELS: Record<Kinship, string> = { E: 'Enfant', A: 'Ascendant', C: 'Collatéral', O: 'Autre' };
export const CO_APPLICANT_LINK_LABELS: Record<CoApplicantLink, string> = { M: 'Conjoint·e', P: 'Partenaire de PACS', L: 'Concubin·e', A: 'Autre' };
export const CURRENT_HOUSING_LABELS: Record<CurrentHousingKind, string> = {
  LP: 'Locataire du parc privé',
  LS: 'Locataire du parc social',
  PO: 'Propriétaire',
  HE: 'Hébergé·e',
  FO: 'Foyer',
  SA: 'Sans abri',
  AU: 'Autre',
};
export const DEMAND_REASON_LABELS: Record<DemandReason, string> = {
  no_housing: 'Sans logement',
  hosted: 'Hébergé·e chez un tiers',
  too_expensive: 'Logement trop cher',
  too_small: 'Logement trop petit',
  too_big: 'Logement trop grand',
  unfit: 'Logement indigne ou insalubre',
  disability: 'Handicap ou raisons de santé',
  eviction: 'Procédure d’expulsion',
  violence: 'Violences familiales',
  divorce: 'Divorce ou séparation',
  family_growth: 'Agrandissement de la famille',
  work_closer: 'Se rapprocher du travail',
  new_job: 'Nouvel emploi',
  transfer: 'Mutation professionnelle',
  retirement: 'Départ à la retraite',
  other: 'Autre motif',
};
export const MOBILITY_KIND_LABELS: Record<DeclaredMobility['kind'], string> = { new_job: 'Nouvel emploi', transfer: 'Mutation' };
/** Typologies wished (`wishes.typologies`): the number of main rooms. */
export const TYPOLOGY_LABELS: Record<'1' | '2' | '3' | '4' | '5' | '6', string> = {
  1: 'T1 (1 pièce)',
  2: 'T2 (2 pièces)',
  3: 'T3 (3 pièces)',
  4: 'T4 (4 pièces)',
  5: 'T5 (5 pièces)',
  6: 'T6 (6 pièces ou plus)',
};

/** The coded lists by name, each with what it codes (French) and its items in the order a form shows them. */
export const CODED_LISTS = {
  familySituation: { label: 'Situation familiale', items: list(FAMILY_SITUATION_LABELS) },
  civility: { label: 'Civilité', items: list(CIVILITY_LABELS) },
  nationality: { label: 'Nationalité', items: list(NATIONALITY_LABELS) },
  contractType: { label: 'Type de contrat de travail', items: list(CONTRACT_TYPE_LABELS) },
  resource: { label: 'Nature des ressources mensuelles', items: list(RESOURCE_LABELS) },
  coApplicantLink: { label: 'Lien avec le demandeur', items: list(CO_APPLICANT_LINK_LABELS) },
  kinship: { label: 'Lien de parenté', items: list(KINSHIP_LABELS) },
  currentHousing: { label: 'Logement actuel', items: list(CURRENT_HOUSING_LABELS) },
  demandReason: { label: 'Motif de la demande', items: list(DEMAND_REASON_LABELS) },
  mobilityKind: { label: 'Mobilité professionnelle', items: list(MOBILITY_KIND_LABELS) },
  typology: { label: 'Type de logement', items: list(TYPOLOGY_LABELS) },
  documentType: { label: 'Type de pièce justificative', items: DOCUMENT_CATALOGUE.map((d) => ({ code: d.type, label: d.label })) },
} as const satisfies Record<string, { label: string; items: CodedItem[] }>;

export type CodedListName = keyof typeof CODED_LISTS;
export const CODED_LIST_NAMES = Object.keys(CODED_LISTS) as CodedListName[];
