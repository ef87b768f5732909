import {
  RESOURCE_CODES,
  type Civility,
  type CoApplicantLink,
  type ContractType,
  type CurrentHousingKind,
  type FamilySituation,
  type Kinship,
  type Nationality,
  type ResourceCode,
} from '../../modules/demand/index';

/**
 * The SNE's `interfaceNuu` format, version 02.00: namespace, codes, and what the platform's
 * DemandData has no field for. The reference is the real-format sample published with an open
 * tool of the French administration (shared/fixtures/sne/), whose element names and codes
 * this adapter follows.
 */

export const INTERFACE_NUU_NAMESPACE = 'http://nuu.application.i2/';
export const INTERFACE_NUU_VERSION = '02.00';
/** The prefix used when writing; any prefix (or none) is accepted when reading. */
export const INTERFACE_NUU_PREFIX = 'ns1';

/** Elements that may repeat: always read as lists. */
export const INTERFACE_NUU_LIST_TAGS: ReadonlySet<string> = new Set(['demande', 'detailRessource', 'personneACharge', 'personneEnGarde', 'cotitulaire', 'modeleLogement']);

export const CIVILITIES: ReadonlySet<Civility> = new Set<Civility>(['1', '2']);
export const NATIONALITIES: ReadonlySet<Nationality> = new Set<Nationality>(['1', '2', '3']);
export const FAMILY_SITUATIONS: ReadonlySet<FamilySituation> = new Set<FamilySituation>(['M', 'C', 'D', 'V', 'P', 'L', 'S']);
export const CONTRACT_TYPES: ReadonlySet<ContractType> = new Set<ContractType>(['CDI', 'CDD', 'INT', 'APP', 'STA', 'FON', 'IND', 'AUT']);
export const RESOURCE_CODE_SET: ReadonlySet<ResourceCode> = new Set<ResourceCode>(RESOURCE_CODES);
export const KINSHIPS: ReadonlySet<Kinship> = new Set<Kinship>(['E', 'A', 'C', 'O']);
export const CO_APPLICANT_LINKS: ReadonlySet<CoApplicantLink> = new Set<CoApplicantLink>(['M', 'P', 'L', 'A']);
export const CURRENT_HOUSING_KINDS: ReadonlySet<CurrentHousingKind> = new Set<CurrentHousingKind>(['LP', 'LS', 'PO', 'HE', 'FO', 'SA', 'AU']);

/** SNE `listeRessourceVersee` code of alimony paid out. */
export const ALIMONY_PAID_CODE = 'PAV';
/** SNE `coParentalite` written for a child in shared custody (G garde alternée; D is droit de visite). */
export const SHARED_CUSTODY_CODE = 'G';

/** Path of the demand element inside a document (list indexes left out). */
export const DEMAND_PATH = 'interfaceNuu/demande/demandeLogement';
const P = `${DEMAND_PATH}/personnePhysique`;

/**
 * Elements of the 02.00 format that the reader knows but that DemandData has no field for.
 * They are not errors: a document holding them is read, and they are listed in the result's
 * `unmapped` so that nobody mistakes them for unknown elements. When the demand type gains a
 * field, the mapper reads the element and it leaves this list.
 */
export const UNMAPPED_ELEMENTS: Readonly<Record<string, string>> = {
  [`${P}/demandeur/situationProfessionnelle/etranger`]: 'workplace abroad: Employment has only the workplace commune code',
  [`${P}/demandeur/situationProfessionnelle/codePostal`]: 'workplace postal code: Employment has only the workplace commune code',
  [`${P}/demandeur/listeRessourceVerseePersACharge`]: 'alimony paid by the dependants: OtherOccupant has no alimonyPaid',
  [`${P}/listePersonneACharge/personneACharge/sexe`]: 'sex of a dependant (M/F): OtherOccupant has none',
  [`${P}/listePersonneEnGarde/personneEnGarde/sexe`]: 'sex of a child in custody (M/F): OtherOccupant has none',
  [`${P}/listePersonneEnGarde/personneEnGarde/coParentalite`]:
    'G shared custody (garde alternée) or D visiting rights (droit de visite): OtherOccupant has only sharedCustody, both are read as sharedCustody',
  [`${P}/listeCotitulaire/cotitulaire/nomPatronymique`]: "co-applicant's birth name: Adult has only lastName",
  [`${P}/listeCotitulaire/cotitulaire/situationProfessionnelle/etranger`]: 'workplace abroad: Employment has only the workplace commune code',
  [`${P}/listeCotitulaire/cotitulaire/situationProfessionnelle/codePostal`]: 'workplace postal code: Employment has only the workplace commune code',
  [`${P}/logementActuel/categorieLogement`]: 'category of the current home (A flat, …): CurrentHousing has none',
  [`${P}/logementActuel/proprietaire`]: 'owner of the current home: CurrentHousing has only kind (PO owner); written from kind',
};
