import { isIsoDate, type IsoDate } from '../../shared/dates';
import type { Euros } from '../../shared/money';
import type { Address, Adult, CoApplicant, CurrentHousing, DemandData, Employment, ExpectedBirths, MonthlyResource, OtherOccupant, TaxIncome } from '../../modules/demand/index';
import type { RegistryDemand } from '../../modules/demand/index';
import {
  ALIMONY_PAID_CODE,
  CIVILITIES,
  CO_APPLICANT_LINKS,
  CONTRACT_TYPES,
  CURRENT_HOUSING_KINDS,
  DEMAND_PATH,
  FAMILY_SITUATIONS,
  INTERFACE_NUU_LIST_TAGS,
  INTERFACE_NUU_NAMESPACE,
  INTERFACE_NUU_PREFIX,
  INTERFACE_NUU_VERSION,
  KINSHIPS,
  NATIONALITIES,
  RESOURCE_CODE_SET,
  SHARED_CUSTODY_CODE,
  UNMAPPED_ELEMENTS,
} from './interface-nuu.format';
import { isRegistrationNumber } from './registration-number';
import { allPaths, buildXml, parseXmlDocument, rootElementNamespace, XmlElement, XmlFormatError } from './xml';

/**
 * interfaceNuu 02.00 ⇄ DemandData.
 *
 * Reading: any namespace prefix, values kept as text and converted here (codes keep their
 * leading zeros), unknown elements ignored but listed, mandatory elements missing (names and
 * birth dates of the persons, the number and registration date when a registered demand is
 * expected) reported together in one InterfaceNuuError. Writing: prefix `ns1`, elements in the
 * order of the format, text escaped by the XML builder.
 *
 * What the format carries is what the real-format sample shows; DemandData fields it has no
 * element for (wishes, reasons, mobility, …) do not travel: see `interfaceNuuLosses`.
 */

export interface InterfaceNuuIssue {
  /** path of the element at fault, e.g. `interfaceNuu/demande/demandeLogement/personnePhysique/demandeur/nom` */
  path: string;
  message: string;
}

/** The document cannot be read as an interfaceNuu 02.00 demand (or a demand cannot be written as one). */
export class InterfaceNuuError extends Error {
  readonly issues: InterfaceNuuIssue[];
  constructor(issues: InterfaceNuuIssue[], cause?: unknown) {
    super(`invalid interfaceNuu ${INTERFACE_NUU_VERSION} demand: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, cause === undefined ? undefined : { cause });
    this.name = 'InterfaceNuuError';
    this.issues = issues;
  }
}

export interface InterfaceNuuDemand {
  /** numUnique, when the demand is registered */
  number?: string;
  /** dateCreationDemande, when the demand is registered */
  registrationDate?: IsoDate;
  data: DemandData;
}

export interface ParsedInterfaceNuu {
  /** versionInterface, `02.00` */
  version: string;
  /** entete/dateFichier, as written (an xs:dateTime) */
  fileDate?: string;
  demands: InterfaceNuuDemand[];
  /** elements present that the format defines but DemandData has no field for (see UNMAPPED_ELEMENTS) */
  unmapped: string[];
  /** elements present that this reader does not know: ignored */
  unknown: string[];
  /** what was read with a fallback (unknown code, extra co-applicant, …); never holds personal values */
  warnings: string[];
}

/** Reads an interfaceNuu 02.00 document holding one or more demands (numUnique optional). */
export function parseInterfaceNuu(xml: string): ParsedInterfaceNuu {
  const issues: InterfaceNuuIssue[] = [];
  const warnings: string[] = [];
  let tree;
  try {
    tree = parseXmlDocument(xml, INTERFACE_NUU_LIST_TAGS);
  } catch (e) {
    throw new InterfaceNuuError([{ path: '/', message: e instanceof XmlFormatError ? e.message : String(e) }], e);
  }
  const root = rootElementNamespace(xml);
  const rootRaw = tree.interfaceNuu;
  if (!root || root.localName !== 'interfaceNuu' || rootRaw === undefined || Array.isArray(rootRaw)) {
    throw new InterfaceNuuError([{ path: '/', message: `the root element must be interfaceNuu, found ${root?.localName ?? 'nothing'}` }]);
  }
  if (root.namespace !== INTERFACE_NUU_NAMESPACE) {
    throw new InterfaceNuuError([{ path: 'interfaceNuu', message: `namespace must be ${INTERFACE_NUU_NAMESPACE}, found ${root.namespace ?? 'none'}` }]);
  }
  const read = new Set<string>();
  const doc = XmlElement.root(rootRaw, 'interfaceNuu', read);
  const version = doc.attr('versionInterface');
  if (!version) {
    throw new InterfaceNuuError([{ path: 'interfaceNuu/@versionInterface', message: `missing (expected ${INTERFACE_NUU_VERSION})` }]);
  }
  if (!version.startsWith('02.')) {
    throw new InterfaceNuuError([{ path: 'interfaceNuu/@versionInterface', message: `version ${version} is not supported (expected ${INTERFACE_NUU_VERSION})` }]);
  }
  if (version !== INTERFACE_NUU_VERSION) warnings.push(`interfaceNuu/@versionInterface: ${version} read as ${INTERFACE_NUU_VERSION}`);
  const fileDate = doc.child('entete')?.childText('dateFichier');

  const reader = new DemandReader(issues, warnings);
  const demands: InterfaceNuuDemand[] = [];
  for (const demande of doc.children('demande')) {
    const demandeLogement = demande.child('demandeLogement');
    if (!demandeLogement) {
      issues.push({ path: demande.path, message: 'demandeLogement is missing' });
      continue;
    }
    const demand = reader.demand(demandeLogement);
    if (demand) demands.push(demand);
  }
  if (demands.length === 0 && issues.length === 0) issues.push({ path: 'interfaceNuu/demande', message: 'the document holds no demand' });
  if (issues.length) throw new InterfaceNuuError(issues);

  const { unmapped, unknown } = classifyUnread(allPaths(rootRaw, 'interfaceNuu'), read);
  return { version, ...(fileDate !== undefined && { fileDate }), demands, unmapped, unknown, warnings };
}

/** Reads a document that must hold exactly one demand; with `requireNumber`, numUnique and dateCreationDemande are mandatory. */
export function parseInterfaceNuuDemand(xml: string, options: { requireNumber?: boolean } = {}): InterfaceNuuDemand & Omit<ParsedInterfaceNuu, 'demands'> {
  const { demands, ...rest } = parseInterfaceNuu(xml);
  if (demands.length !== 1) {
    throw new InterfaceNuuError([{ path: 'interfaceNuu/demande', message: `exactly one demand expected, found ${demands.length}` }]);
  }
  const demand = demands[0] as InterfaceNuuDemand;
  if (options.requireNumber) {
    const missing: InterfaceNuuIssue[] = [];
    if (!demand.number) missing.push({ path: `${DEMAND_PATH}/numUnique`, message: 'is required' });
    if (!demand.registrationDate) missing.push({ path: `${DEMAND_PATH}/dateCreationDemande`, message: 'is required' });
    if (missing.length) throw new InterfaceNuuError(missing);
  }
  return { ...demand, ...rest };
}

/** Reads a registered demand (numUnique and dateCreationDemande mandatory) as the registry port returns it. */
export function parseRegistryDemand(xml: string, registry = 'sne'): RegistryDemand {
  const demand = parseInterfaceNuuDemand(xml, { requireNumber: true });
  return { registry, number: demand.number as string, registrationDate: demand.registrationDate as IsoDate, data: demand.data };
}

// ---------------------------------------------------------------------------------------------
// Reading

class DemandReader {
  constructor(
    private readonly issues: InterfaceNuuIssue[],
    private readonly warnings: string[],
  ) {}

  demand(el: XmlElement): InterfaceNuuDemand | undefined {
    const number = el.childText('numUnique');
    if (number !== undefined && !isRegistrationNumber(number)) {
      this.issue(`${el.path}/numUnique`, 'must be 18 characters, digits and capital letters');
    }
    const registrationDate = this.date(el, 'dateCreationDemande', false);
    const person = el.child('personnePhysique');
    if (!person) {
      this.issue(`${el.path}/personnePhysique`, 'is required');
      return undefined;
    }
    const demandeur = person.child('demandeur');
    if (!demandeur) {
      this.issue(`${person.path}/demandeur`, 'is required');
      return undefined;
    }
    const applicant: DemandData['applicant'] = this.adult(demandeur);
    const address = this.address(demandeur.child('adressePostale'));
    if (address) applicant.address = address;

    const dependants =
      person
        .child('listePersonneACharge')
        ?.children('personneACharge')
        .map((p) => this.dependant(p)) ?? [];
    const dependantsResources = this.resources(demandeur.child('listeRessourceRecuePersACharge'));
    if (dependantsResources.length) {
      const first = dependants[0];
      if (first) first.resources = dependantsResources;
      else this.warnings.push(`${demandeur.path}/listeRessourceRecuePersACharge: resources of dependants without any personneACharge are ignored`);
    }
    const custody =
      person
        .child('listePersonneEnGarde')
        ?.children('personneEnGarde')
        .map((p) => this.childInCustody(p)) ?? [];

    const cotitulaires = person.child('listeCotitulaire')?.children('cotitulaire') ?? [];
    let coApplicant: CoApplicant | undefined;
    const extraAdults: OtherOccupant[] = [];
    cotitulaires.forEach((c, index) => {
      const adult = this.adult(c);
      if (index === 0) {
        coApplicant = { ...adult, link: this.coApplicantLink(c) };
        return;
      }
      this.warnings.push(`${c.path}: only one co-applicant fits the demand; co-applicant #${index + 1} is read as another adult occupant`);
      extraAdults.push({
        firstName: adult.firstName,
        lastName: adult.lastName,
        birthDate: adult.birthDate,
        kinship: 'O',
        dependant: false,
        resources: adult.resources,
        ...(adult.taxIncome && { taxIncome: adult.taxIncome }),
      });
    });

    const expectedBirths = this.expectedBirths(person.child('personneANaitre'));
    const currentHousing = this.currentHousing(person.child('logementActuel'));

    const data: DemandData = {
      applicant,
      ...(coApplicant && { coApplicant }),
      otherOccupants: [...dependants, ...custody, ...extraAdults],
      ...(expectedBirths && { expectedBirths }),
      ...(currentHousing && { currentHousing }),
      reasons: [],
      wishes: { communeCodes: [], typologies: [] },
    };
    return {
      ...(number !== undefined && { number }),
      ...(registrationDate !== undefined && { registrationDate }),
      data,
    };
  }

  private adult(el: XmlElement): Adult {
    const civility = this.code(el, 'civilite', CIVILITIES);
    const lastName = this.requiredText(el, 'nom');
    const firstName = this.requiredText(el, 'prenom');
    const birthDate = this.date(el, 'dateNaissance', true) ?? '';
    const nationality = this.code(el, 'nationalite', NATIONALITIES);
    const familySituation = this.code(el, 'situationFamiliale', FAMILY_SITUATIONS);
    const phone = el.childText('telPortable');
    const email = el.childText('mel');
    const employment = this.employment(el.child('situationProfessionnelle'));
    const taxIncome = this.taxIncome(el.child('revenuFiscal'));
    const resources = this.resources(el.child('listeRessourceRecue'));
    const alimonyPaid = this.alimonyPaid(el.child('listeRessourceVersee'));
    return {
      ...(civility && { civility }),
      lastName,
      firstName,
      birthDate,
      ...(nationality && { nationality }),
      ...(familySituation && { familySituation }),
      ...(email !== undefined && { email }),
      ...(phone !== undefined && { phone }),
      ...(employment && { employment }),
      resources,
      ...(alimonyPaid !== undefined && { alimonyPaid }),
      ...(taxIncome && { taxIncome }),
    };
  }

  private address(el: XmlElement | undefined): Address | undefined {
    if (!el) return undefined;
    const abroad = this.bool(el, 'etranger');
    const line = [el.childText('numero'), el.childText('voie')].filter((s) => s !== undefined).join(' ');
    return {
      line,
      postalCode: el.childText('codePostal') ?? '',
      communeCode: el.childCode('commune') ?? '',
      ...(abroad !== undefined && { abroad }),
    };
  }

  private employment(el: XmlElement | undefined): Employment | undefined {
    if (!el) return undefined;
    const profession = el.childText('profession');
    const contract = el.childCode('typeContratTravail');
    const employerName = el.childText('nomEmployeurPrincipal');
    const workplaceCommuneCode = el.childCode('commune');
    let contractType: Employment['contractType'];
    if (contract !== undefined) {
      if (CONTRACT_TYPES.has(contract as never)) contractType = contract as Employment['contractType'];
      else this.warnings.push(`${el.path}/typeContratTravail: unknown code ${contract} ignored`);
    }
    const employment: Employment = {
      ...(profession !== undefined && { profession }),
      ...(contractType && { contractType }),
      ...(employerName !== undefined && { employerName }),
      ...(workplaceCommuneCode !== undefined && { workplaceCommuneCode }),
    };
    return Object.keys(employment).length ? employment : undefined;
  }

  private taxIncome(el: XmlElement | undefined): TaxIncome | undefined {
    if (!el) return undefined;
    const yearMinus1 = this.year(el, 'anneeMoins1');
    const amountMinus1 = this.amount(el, 'montantMoins1');
    const yearMinus2 = this.year(el, 'anneeMoins2');
    const amountMinus2 = this.amount(el, 'montantMoins2');
    const tax: TaxIncome = {
      ...(yearMinus1 !== undefined && { yearMinus1 }),
      ...(amountMinus1 !== undefined && { amountMinus1 }),
      ...(yearMinus2 !== undefined && { yearMinus2 }),
      ...(amountMinus2 !== undefined && { amountMinus2 }),
    };
    return Object.keys(tax).length ? tax : undefined;
  }

  private resources(list: XmlElement | undefined): MonthlyResource[] {
    if (!list) return [];
    const resources: MonthlyResource[] = [];
    for (const detail of list.children('detailRessource')) {
      const code = detail.childCode('ressource');
      const amount = this.amount(detail, 'montant');
      if (code === undefined || amount === undefined) {
        this.warnings.push(`${detail.path}: a resource without code or amount is ignored`);
        continue;
      }
      if (RESOURCE_CODE_SET.has(code as never)) {
        resources.push({ code: code as MonthlyResource['code'], monthlyAmount: amount });
      } else {
        this.warnings.push(`${detail.path}/ressource: unknown code ${code} read as AUT`);
        resources.push({ code: 'AUT', monthlyAmount: amount });
      }
    }
    return resources;
  }

  private alimonyPaid(list: XmlElement | undefined): Euros | undefined {
    if (!list) return undefined;
    let total: Euros | undefined;
    for (const detail of list.children('detailRessource')) {
      const code = detail.childCode('ressource');
      const amount = this.amount(detail, 'montant');
      if (code !== ALIMONY_PAID_CODE || amount === undefined) {
        this.warnings.push(`${detail.path}: only ${ALIMONY_PAID_CODE} with an amount is read among resources paid out`);
        continue;
      }
      total = (total ?? 0) + amount;
    }
    return total;
  }

  private dependant(el: XmlElement): OtherOccupant & { resources?: MonthlyResource[] } {
    const lastName = el.childText('nom');
    const firstName = el.childText('prenom');
    const birthDate = this.date(el, 'dateNaissance', true) ?? '';
    const code = el.childCode('lienParente');
    let kinship: OtherOccupant['kinship'] = 'O';
    if (code !== undefined && KINSHIPS.has(code as never)) kinship = code as OtherOccupant['kinship'];
    else this.warnings.push(`${el.path}/lienParente: ${code === undefined ? 'missing' : `unknown code ${code}`}, read as O (other)`);
    return {
      ...(firstName !== undefined && { firstName }),
      ...(lastName !== undefined && { lastName }),
      birthDate,
      kinship,
      dependant: true,
    };
  }

  private childInCustody(el: XmlElement): OtherOccupant {
    const lastName = el.childText('nom');
    const firstName = el.childText('prenom');
    const birthDate = this.date(el, 'dateNaissance', true) ?? '';
    return {
      ...(firstName !== undefined && { firstName }),
      ...(lastName !== undefined && { lastName }),
      birthDate,
      kinship: 'E',
      dependant: false,
      sharedCustody: true,
    };
  }

  private coApplicantLink(el: XmlElement): CoApplicant['link'] {
    const code = el.childCode('lienDemandeur');
    if (code !== undefined && CO_APPLICANT_LINKS.has(code as never)) return code as CoApplicant['link'];
    this.warnings.push(`${el.path}/lienDemandeur: ${code === undefined ? 'missing' : `unknown code ${code}`}, read as A (other)`);
    return 'A';
  }

  private expectedBirths(el: XmlElement | undefined): ExpectedBirths | undefined {
    if (!el) return undefined;
    const count = this.integer(el, 'nombre');
    const expectedDate = this.date(el, 'dateNaissancePrevue', false);
    if (count === undefined && expectedDate === undefined) return undefined;
    if (count === undefined || count < 1) {
      this.issue(`${el.path}/nombre`, 'must be a whole number of at least 1');
      return undefined;
    }
    if (expectedDate === undefined) {
      this.issue(`${el.path}/dateNaissancePrevue`, 'is required with nombre');
      return undefined;
    }
    return { count, expectedDate };
  }

  private currentHousing(el: XmlElement | undefined): CurrentHousing | undefined {
    if (!el) return undefined;
    const models = el.child('listeModeleLogement')?.children('modeleLogement') ?? [];
    const codes = models.map((m) => m.attr('code')).filter((c): c is string => c !== undefined);
    if (codes.length > 1) this.warnings.push(`${el.path}/listeModeleLogement: ${codes.length} kinds of home, the first is kept`);
    let kind: CurrentHousing['kind'] = 'AU';
    const code = codes[0];
    if (code !== undefined && CURRENT_HOUSING_KINDS.has(code as never)) kind = code as CurrentHousing['kind'];
    else this.warnings.push(`${el.path}/listeModeleLogement: ${code === undefined ? 'missing' : `unknown code ${code}`}, read as AU (other)`);
    const monthlyRent = this.amount(el, 'montantMensuelLoyer');
    const occupants = this.integer(el, 'nombreHabitant');
    const typology = el.childCode('typeLogementActuel');
    let rooms: number | undefined;
    if (typology !== undefined) {
      const m = /^T(\d{1,2})/i.exec(typology);
      if (m) rooms = Number(m[1]);
      else this.warnings.push(`${el.path}/typeLogementActuel: unknown code ${typology} ignored`);
    }
    const surface = this.amount(el, 'surface');
    return {
      kind,
      ...(monthlyRent !== undefined && { monthlyRent }),
      ...(occupants !== undefined && { occupants }),
      ...(rooms !== undefined && { rooms }),
      ...(surface !== undefined && { surface }),
    };
  }

  // -- values

  private issue(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  private requiredText(el: XmlElement, name: string): string {
    const value = el.childText(name);
    if (value === undefined) {
      this.issue(`${el.path}/${name}`, 'is required');
      return '';
    }
    return value;
  }

  private code<T extends string>(el: XmlElement, name: string, allowed: ReadonlySet<T>): T | undefined {
    const code = el.childCode(name);
    if (code === undefined) return undefined;
    if (allowed.has(code as T)) return code as T;
    this.warnings.push(`${el.path}/${name}: unknown code ${code} ignored`);
    return undefined;
  }

  /** xs:date, with or without a time zone (`2018-03-15`, `2018-03-15+01:00`). */
  private date(el: XmlElement, name: string, required: boolean): IsoDate | undefined {
    const value = el.childText(name);
    if (value === undefined) {
      if (required) this.issue(`${el.path}/${name}`, 'is required');
      return undefined;
    }
    const m = /^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$/.exec(value);
    if (!m || !isIsoDate(m[1] as string)) {
      this.issue(`${el.path}/${name}`, 'must be a date YYYY-MM-DD');
      return undefined;
    }
    return m[1];
  }

  private amount(el: XmlElement, name: string): number | undefined {
    const value = el.childText(name);
    if (value === undefined) return undefined;
    if (!/^\d+(?:[.,]\d+)?$/.test(value)) {
      this.issue(`${el.path}/${name}`, 'must be a positive amount');
      return undefined;
    }
    return Number(value.replace(',', '.'));
  }

  private integer(el: XmlElement, name: string): number | undefined {
    const value = el.childText(name);
    if (value === undefined) return undefined;
    if (!/^\d{1,9}$/.test(value)) {
      this.issue(`${el.path}/${name}`, 'must be a whole number');
      return undefined;
    }
    return Number(value);
  }

  private year(el: XmlElement, name: string): number | undefined {
    const value = el.childText(name);
    if (value === undefined) return undefined;
    if (!/^\d{4}$/.test(value)) {
      this.issue(`${el.path}/${name}`, 'must be a year YYYY');
      return undefined;
    }
    return Number(value);
  }

  private bool(el: XmlElement, name: string): boolean | undefined {
    const value = el.childText(name);
    if (value === undefined) return undefined;
    if (value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0') return false;
    this.issue(`${el.path}/${name}`, 'must be true or false');
    return undefined;
  }
}

/** Splits what was present but not read into known-but-unmapped elements and unknown ones (top-most only). */
function classifyUnread(present: Set<string>, read: Set<string>): { unmapped: string[]; unknown: string[] } {
  const unmapped = new Set<string>();
  const unknown: string[] = [];
  const knownUnmapped = Object.keys(UNMAPPED_ELEMENTS);
  for (const path of [...present].filter((p) => !read.has(p)).sort()) {
    const known = knownUnmapped.find((u) => path === u || path.startsWith(`${u}/`));
    if (known) unmapped.add(known);
    else if (!unknown.some((u) => path.startsWith(`${u}/`))) unknown.push(path);
  }
  return { unmapped: [...unmapped], unknown };
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface InterfaceNuuInput {
  data: DemandData;
  number?: string;
  registrationDate?: IsoDate;
}

const q = (name: string) => `${INTERFACE_NUU_PREFIX}:${name}`;
const coded = (code: string) => ({ '@_code': code });
const amountText = (amount: number) => String(amount);

/** Writes one demand as an interfaceNuu 02.00 document (prefix ns1). */
export function toInterfaceNuuXml(input: RegistryDemand | InterfaceNuuInput, options: { fileDate?: Date | string; pretty?: boolean } = {}): string {
  const { data } = input;
  const issues: InterfaceNuuIssue[] = [];
  const checkPerson = (path: string, p: { lastName?: string; firstName?: string; birthDate?: string }, names: boolean) => {
    if (names && !p.lastName?.trim()) issues.push({ path: `${path}.lastName`, message: 'is required' });
    if (names && !p.firstName?.trim()) issues.push({ path: `${path}.firstName`, message: 'is required' });
    if (!p.birthDate || !isIsoDate(p.birthDate)) issues.push({ path: `${path}.birthDate`, message: 'must be a date YYYY-MM-DD' });
  };
  checkPerson('applicant', data.applicant, true);
  if (data.coApplicant) checkPerson('coApplicant', data.coApplicant, true);
  data.otherOccupants.forEach((o, i) => checkPerson(`otherOccupants.${i}`, o, false));
  if (input.number !== undefined && !isRegistrationNumber(input.number)) issues.push({ path: 'number', message: 'must be 18 characters' });
  if (input.registrationDate !== undefined && !isIsoDate(input.registrationDate)) {
    issues.push({ path: 'registrationDate', message: 'must be a date YYYY-MM-DD' });
  }
  if (issues.length) throw new InterfaceNuuError(issues);

  const fileDate = options.fileDate === undefined ? new Date().toISOString() : typeof options.fileDate === 'string' ? options.fileDate : options.fileDate.toISOString();
  const inCustody = data.otherOccupants.filter((o) => o.sharedCustody);
  const others = data.otherOccupants.filter((o) => !o.sharedCustody);
  const othersResources = others.flatMap((o) => o.resources ?? []);

  const demandeur = {
    ...adultElements(data.applicant, undefined),
    ...(data.applicant.address && { [q('adressePostale')]: addressElement(data.applicant.address) }),
    ...adultIncomeElements(data.applicant),
    ...(othersResources.length && { [q('listeRessourceRecuePersACharge')]: resourceList(othersResources) }),
  };
  // keep the format's order: identity, contact, address, employment, then incomes
  const orderedDemandeur = reorder(demandeur, [
    'civilite',
    'nom',
    'prenom',
    'dateNaissance',
    'nationalite',
    'situationFamiliale',
    'telPortable',
    'mel',
    'adressePostale',
    'situationProfessionnelle',
    'revenuFiscal',
    'listeRessourceRecue',
    'listeRessourceVersee',
    'listeRessourceRecuePersACharge',
    'listeRessourceVerseePersACharge',
  ]);

  const personnePhysique: Record<string, unknown> = { [q('demandeur')]: orderedDemandeur };
  if (others.length) {
    personnePhysique[q('listePersonneACharge')] = {
      [q('personneACharge')]: others.map((o) => ({
        ...(o.lastName !== undefined && { [q('nom')]: o.lastName }),
        ...(o.firstName !== undefined && { [q('prenom')]: o.firstName }),
        [q('dateNaissance')]: o.birthDate,
        [q('lienParente')]: coded(o.kinship),
      })),
    };
  }
  if (data.expectedBirths && data.expectedBirths.count > 0) {
    personnePhysique[q('personneANaitre')] = {
      [q('nombre')]: String(Math.trunc(data.expectedBirths.count)),
      [q('dateNaissancePrevue')]: data.expectedBirths.expectedDate,
    };
  }
  if (inCustody.length) {
    personnePhysique[q('listePersonneEnGarde')] = {
      [q('personneEnGarde')]: inCustody.map((o) => ({
        ...(o.lastName !== undefined && { [q('nom')]: o.lastName }),
        ...(o.firstName !== undefined && { [q('prenom')]: o.firstName }),
        [q('dateNaissance')]: o.birthDate,
        [q('coParentalite')]: coded(SHARED_CUSTODY_CODE),
      })),
    };
  }
  if (data.coApplicant) {
    const c = data.coApplicant;
    personnePhysique[q('listeCotitulaire')] = {
      [q('cotitulaire')]: [
        {
          ...adultElements(c, c.link),
          ...adultIncomeElements(c),
        },
      ],
    };
  }
  if (data.currentHousing) {
    const h = data.currentHousing;
    personnePhysique[q('logementActuel')] = {
      [q('listeModeleLogement')]: { [q('modeleLogement')]: [coded(h.kind)] },
      ...(h.monthlyRent !== undefined && { [q('montantMensuelLoyer')]: amountText(h.monthlyRent) }),
      ...(h.occupants !== undefined && { [q('nombreHabitant')]: String(h.occupants) }),
      ...(h.rooms !== undefined && { [q('typeLogementActuel')]: coded(`T${h.rooms}`) }),
      ...(h.surface !== undefined && { [q('surface')]: amountText(h.surface) }),
      [q('proprietaire')]: String(h.kind === 'PO'),
    };
  }

  const tree = {
    [q('interfaceNuu')]: {
      '@_versionInterface': INTERFACE_NUU_VERSION,
      [`@_xmlns:${INTERFACE_NUU_PREFIX}`]: INTERFACE_NUU_NAMESPACE,
      [q('entete')]: { [q('dateFichier')]: fileDate },
      [q('demande')]: {
        [q('demandeLogement')]: {
          ...(input.number !== undefined && { [q('numUnique')]: input.number }),
          ...(input.registrationDate !== undefined && { [q('dateCreationDemande')]: input.registrationDate }),
          [q('personnePhysique')]: personnePhysique,
        },
      },
    },
  };
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${buildXml(tree, { pretty: options.pretty ?? true })}`;
}

function adultElements(a: Adult, link: CoApplicant['link'] | undefined): Record<string, unknown> {
  return {
    ...(a.civility && { [q('civilite')]: coded(a.civility) }),
    [q('nom')]: a.lastName,
    [q('prenom')]: a.firstName,
    [q('dateNaissance')]: a.birthDate,
    ...(a.nationality && { [q('nationalite')]: coded(a.nationality) }),
    ...(a.familySituation && { [q('situationFamiliale')]: coded(a.familySituation) }),
    ...(a.phone !== undefined && { [q('telPortable')]: a.phone }),
    ...(a.email !== undefined && { [q('mel')]: a.email }),
    ...(link && { [q('lienDemandeur')]: coded(link) }),
    ...(a.employment && hasEmployment(a.employment) && { [q('situationProfessionnelle')]: employmentElement(a.employment) }),
  };
}

function adultIncomeElements(a: Adult): Record<string, unknown> {
  const tax = a.taxIncome;
  return {
    ...(tax &&
      hasTaxIncome(tax) && {
        [q('revenuFiscal')]: {
          ...(tax.yearMinus1 !== undefined && { [q('anneeMoins1')]: String(tax.yearMinus1) }),
          ...(tax.amountMinus1 !== undefined && { [q('montantMoins1')]: amountText(tax.amountMinus1) }),
          ...(tax.yearMinus2 !== undefined && { [q('anneeMoins2')]: String(tax.yearMinus2) }),
          ...(tax.amountMinus2 !== undefined && { [q('montantMoins2')]: amountText(tax.amountMinus2) }),
        },
      }),
    [q('listeRessourceRecue')]: resourceList(a.resources),
    ...(a.alimonyPaid !== undefined && {
      [q('listeRessourceVersee')]: resourceList([{ code: ALIMONY_PAID_CODE, monthlyAmount: a.alimonyPaid }]),
    }),
  };
}

function resourceList(resources: ReadonlyArray<{ code: string; monthlyAmount: number }>): unknown {
  if (!resources.length) return '';
  return {
    [q('detailRessource')]: resources.map((r) => ({
      [q('ressource')]: coded(r.code),
      [q('montant')]: amountText(r.monthlyAmount),
    })),
  };
}

function hasEmployment(e: Employment): boolean {
  return e.profession !== undefined || e.contractType !== undefined || e.employerName !== undefined || e.workplaceCommuneCode !== undefined;
}

function hasTaxIncome(t: TaxIncome): boolean {
  return t.yearMinus1 !== undefined || t.amountMinus1 !== undefined || t.yearMinus2 !== undefined || t.amountMinus2 !== undefined;
}

function employmentElement(e: Employment): Record<string, unknown> {
  return {
    ...(e.profession !== undefined && { [q('profession')]: e.profession }),
    ...(e.contractType && { [q('typeContratTravail')]: coded(e.contractType) }),
    ...(e.employerName !== undefined && { [q('nomEmployeurPrincipal')]: e.employerName }),
    ...(e.workplaceCommuneCode !== undefined && { [q('commune')]: coded(e.workplaceCommuneCode) }),
  };
}

/** Number and street of an address line: `103 avenue de France` → `103` + `avenue de France`. */
export function splitAddressLine(line: string): { numero?: string; voie?: string } {
  const trimmed = line.trim();
  if (!trimmed) return {};
  const m = /^(\d+(?:\s?(?:bis|ter|quater|[A-Za-z]))?)\s+(\S.*)$/i.exec(trimmed);
  return m ? { numero: m[1] as string, voie: m[2] as string } : { voie: trimmed };
}

function addressElement(a: Address): Record<string, unknown> {
  const { numero, voie } = splitAddressLine(a.line);
  return {
    [q('etranger')]: String(a.abroad ?? false),
    ...(numero !== undefined && { [q('numero')]: numero }),
    ...(voie !== undefined && { [q('voie')]: voie }),
    ...(a.postalCode && { [q('codePostal')]: a.postalCode }),
    ...(a.communeCode && { [q('commune')]: coded(a.communeCode) }),
  };
}

function reorder(element: Record<string, unknown>, order: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of order) if (element[q(name)] !== undefined) out[q(name)] = element[q(name)];
  for (const [k, v] of Object.entries(element)) if (!(k in out)) out[k] = v;
  return out;
}

/**
 * The DemandData fields holding a value that the interfaceNuu 02.00 format has no element for:
 * they do not reach the registry and do not come back from it. Paths only, never values.
 */
export function interfaceNuuLosses(data: DemandData): string[] {
  const losses: string[] = [];
  const adult = (path: string, a: Adult) => {
    if (a.disabilityCard !== undefined) losses.push(`${path}.disabilityCard`);
    if (a.employment?.employerSiret !== undefined) losses.push(`${path}.employment.employerSiret`);
    if (a.employment?.startDate !== undefined) losses.push(`${path}.employment.startDate`);
  };
  adult('applicant', data.applicant);
  if (data.coApplicant) adult('coApplicant', data.coApplicant);
  let occupantsWithResources = 0;
  data.otherOccupants.forEach((o, i) => {
    if (o.disabilityCard !== undefined) losses.push(`otherOccupants.${i}.disabilityCard`);
    if (o.taxIncome !== undefined) losses.push(`otherOccupants.${i}.taxIncome`);
    if (!o.sharedCustody && !o.dependant) losses.push(`otherOccupants.${i}.dependant`);
    if (o.sharedCustody && o.kinship !== 'E') losses.push(`otherOccupants.${i}.kinship`);
    if (o.sharedCustody && o.resources?.length) losses.push(`otherOccupants.${i}.resources`);
    if (!o.sharedCustody && o.resources?.length) occupantsWithResources += 1;
  });
  if (occupantsWithResources > 1) losses.push('otherOccupants.*.resources (sent as one list for the household: come back on the first occupant)');
  if (data.reasons.length) losses.push('reasons');
  const w = data.wishes;
  if (w.communeCodes.length || w.typologies.length || w.maxRent !== undefined || w.accessibilityRequired !== undefined || w.elevatorRequired !== undefined) {
    losses.push('wishes');
  }
  if (data.mobility) losses.push('mobility');
  if (data.expectedHousingBenefit !== undefined) losses.push('expectedHousingBenefit');
  if (data.calHistory) losses.push('calHistory');
  if (data.dalo !== undefined) losses.push('dalo');
  return losses;
}
