import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FAMILY_FIXTURE, familyDemand, platformDemand, readSneFixture, YOUNG_SINGLE_FIXTURE, youngSingleDemand } from '../../../tests/fixtures/sne/sne-fixtures';
import {
  InterfaceNuuError,
  interfaceNuuLosses,
  parseInterfaceNuu,
  parseInterfaceNuuDemand,
  parseRegistryDemand,
  splitAddressLine,
  toInterfaceNuuXml,
} from './interface-nuu.mapper';
import { DEMAND_PATH } from './interface-nuu.format';

const P = `${DEMAND_PATH}/personnePhysique`;

/** A minimal demand document around the given personnePhysique content. */
function doc(personnePhysique: string, head = '<n:numUnique>0590625004217T0001</n:numUnique><n:dateCreationDemande>2025-06-02</n:dateCreationDemande>'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<n:interfaceNuu versionInterface="02.00" xmlns:n="http://nuu.application.i2/">
  <n:entete><n:dateFichier>2025-06-02T10:00:00Z</n:dateFichier></n:entete>
  <n:demande><n:demandeLogement>${head}<n:personnePhysique>${personnePhysique}</n:personnePhysique></n:demandeLogement></n:demande>
</n:interfaceNuu>`;
}
const applicant = (inner = '') => `<n:demandeur><n:nom>Roux</n:nom><n:prenom>Alix</n:prenom><n:dateNaissance>1990-03-04</n:dateNaissance>${inner}</n:demandeur>`;

function issuesOf(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InterfaceNuuError);
    return (e as InterfaceNuuError).issues;
  }
  throw new Error('expected an InterfaceNuuError');
}

describe('interfaceNuu 02.00 → DemandData', () => {
  it('reads the family fixture: household, co-applicant, resources, tax income, custody, expected birth, current home', () => {
    const parsed = parseInterfaceNuu(readSneFixture(FAMILY_FIXTURE));
    expect(parsed.version).toBe('02.00');
    expect(parsed.fileDate).toBe('2025-06-02T10:12:45.120+02:00');
    expect(parsed.demands).toHaveLength(1);
    expect(parseRegistryDemand(readSneFixture(FAMILY_FIXTURE))).toEqual(familyDemand);
    expect(parsed.unknown).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.unmapped).toEqual(
      expect.arrayContaining([
        `${P}/listePersonneACharge/personneACharge/sexe`,
        `${P}/listePersonneEnGarde/personneEnGarde/coParentalite`,
        `${P}/logementActuel/categorieLogement`,
        `${P}/logementActuel/proprietaire`,
      ]),
    );
  });

  it('reads the young single applicant written with another prefix', () => {
    const demand = parseRegistryDemand(readSneFixture(YOUNG_SINGLE_FIXTURE));
    expect(demand).toEqual(youngSingleDemand);
    expect(demand.data.coApplicant).toBeUndefined();
    expect(demand.data.applicant.alimonyPaid).toBeUndefined();
  });

  it('accepts the namespace as the default namespace, without prefix', () => {
    const xml = `<interfaceNuu xmlns="http://nuu.application.i2/" versionInterface="02.00"><demande><demandeLogement>
      <personnePhysique><demandeur><nom>Roux</nom><prenom>Alix</prenom><dateNaissance>1990-03-04</dateNaissance></demandeur></personnePhysique>
    </demandeLogement></demande></interfaceNuu>`;
    const demand = parseInterfaceNuuDemand(xml);
    expect(demand.number).toBeUndefined();
    expect(demand.data.applicant).toEqual({ lastName: 'Roux', firstName: 'Alix', birthDate: '1990-03-04', resources: [] });
    expect(demand.data.otherOccupants).toEqual([]);
  });

  it('keeps codes as text: leading zeros of commune and postal codes survive', () => {
    const demand = parseInterfaceNuuDemand(
      doc(applicant('<n:adressePostale><n:numero>5</n:numero><n:voie>place Carnot</n:voie><n:codePostal>01000</n:codePostal><n:commune code="01053"/></n:adressePostale>')),
    );
    expect(demand.data.applicant.address).toEqual({ line: '5 place Carnot', postalCode: '01000', communeCode: '01053' });
  });

  it('ignores unknown elements and lists them', () => {
    const parsed = parseInterfaceNuu(doc(applicant('<n:telFixe>0320000000</n:telFixe><n:autre><n:x>1</n:x></n:autre>')));
    expect(parsed.demands[0]?.data.applicant.lastName).toBe('Roux');
    expect(parsed.unknown).toEqual([`${P}/demandeur/autre`, `${P}/demandeur/telFixe`]);
  });

  it('reports every missing mandatory element at once', () => {
    const issues = issuesOf(() => parseInterfaceNuu(doc('<n:demandeur><n:prenom>Alix</n:prenom></n:demandeur>')));
    expect(issues).toEqual([
      { path: `${P}/demandeur/nom`, message: 'is required' },
      { path: `${P}/demandeur/dateNaissance`, message: 'is required' },
    ]);
    expect(() => parseInterfaceNuu(doc('<n:demandeur><n:prenom>Alix</n:prenom></n:demandeur>'))).toThrow(/demandeur\/nom: is required/);
  });

  it('requires numUnique and dateCreationDemande for a registered demand', () => {
    const xml = doc(applicant(), '');
    expect(parseInterfaceNuuDemand(xml).number).toBeUndefined();
    expect(issuesOf(() => parseRegistryDemand(xml))).toEqual([
      { path: `${DEMAND_PATH}/numUnique`, message: 'is required' },
      { path: `${DEMAND_PATH}/dateCreationDemande`, message: 'is required' },
    ]);
  });

  it('refuses a wrong number, date, amount, the birth date of a co-applicant', () => {
    const issues = issuesOf(() =>
      parseInterfaceNuu(
        doc(
          applicant('<n:listeRessourceRecue><n:detailRessource><n:ressource code="SAL"/><n:montant>12O0</n:montant></n:detailRessource></n:listeRessourceRecue>') +
            '<n:listeCotitulaire><n:cotitulaire><n:nom>Roux</n:nom><n:prenom>Sam</n:prenom><n:dateNaissance>1990-02-30</n:dateNaissance></n:cotitulaire></n:listeCotitulaire>',
          '<n:numUnique>123</n:numUnique><n:dateCreationDemande>02/06/2025</n:dateCreationDemande>',
        ),
      ),
    );
    expect(issues.map((i) => i.path)).toEqual([
      `${DEMAND_PATH}/numUnique`,
      `${DEMAND_PATH}/dateCreationDemande`,
      `${P}/demandeur/listeRessourceRecue/detailRessource/montant`,
      `${P}/listeCotitulaire/cotitulaire/dateNaissance`,
    ]);
  });

  it('refuses what is not an interfaceNuu 02.00 document', () => {
    expect(() => parseInterfaceNuu('')).toThrow(InterfaceNuuError);
    expect(() => parseInterfaceNuu('<a><b></a>')).toThrow(/malformed XML/);
    expect(() => parseInterfaceNuu('<!DOCTYPE x [<!ENTITY e "x">]><x/>')).toThrow(/DTD/);
    expect(() => parseInterfaceNuu('<other xmlns="http://nuu.application.i2/"/>')).toThrow(/root element must be interfaceNuu/);
    expect(() => parseInterfaceNuu(doc(applicant()).replace('http://nuu.application.i2/', 'http://example.org/'))).toThrow(/namespace must be/);
    expect(() => parseInterfaceNuu(doc(applicant()).replace('02.00', '03.00'))).toThrow(/version 03.00 is not supported/);
    expect(() => parseInterfaceNuu(doc(applicant()).replace(' versionInterface="02.00"', ''))).toThrow(/versionInterface: missing/);
  });

  it('reads unknown codes with a fallback and a warning', () => {
    const parsed = parseInterfaceNuu(
      doc(
        applicant(
          '<n:civilite code="9"/><n:situationProfessionnelle><n:typeContratTravail code="ZZZ"/></n:situationProfessionnelle>' +
            '<n:listeRessourceRecue><n:detailRessource><n:ressource code="APL"/><n:montant>80</n:montant></n:detailRessource></n:listeRessourceRecue>',
        ) + '<n:logementActuel><n:listeModeleLogement><n:modeleLogement code="XX"/></n:listeModeleLogement><n:typeLogementActuel code="CH"/></n:logementActuel>',
      ),
    );
    const data = parsed.demands[0]?.data;
    expect(data?.applicant.civility).toBeUndefined();
    expect(data?.applicant.employment).toBeUndefined();
    expect(data?.applicant.resources).toEqual([{ code: 'AUT', monthlyAmount: 80 }]);
    expect(data?.currentHousing).toEqual({ kind: 'AU' });
    expect(parsed.warnings).toHaveLength(5);
    expect(parsed.warnings.join('\n')).toMatch(/civilite: unknown code 9/);
  });

  it("gives the dependants' resources to the first dependant, reads D custody as shared custody, keeps extra co-applicants as adults", () => {
    const parsed = parseInterfaceNuu(
      doc(
        applicant(
          '<n:listeRessourceRecuePersACharge><n:detailRessource><n:ressource code="AAH"/><n:montant>600</n:montant></n:detailRessource></n:listeRessourceRecuePersACharge>',
        ) +
          '<n:listePersonneACharge><n:personneACharge><n:prenom>Léo</n:prenom><n:dateNaissance>1950-01-01</n:dateNaissance><n:lienParente code="A"/></n:personneACharge>' +
          '<n:personneACharge><n:dateNaissance>2015-01-01</n:dateNaissance><n:lienParente code="E"/></n:personneACharge></n:listePersonneACharge>' +
          '<n:listePersonneEnGarde><n:personneEnGarde><n:dateNaissance>2018-01-01</n:dateNaissance><n:coParentalite code="D"/></n:personneEnGarde></n:listePersonneEnGarde>' +
          '<n:listeCotitulaire><n:cotitulaire><n:nom>A</n:nom><n:prenom>B</n:prenom><n:dateNaissance>1991-01-01</n:dateNaissance><n:lienDemandeur code="L"/></n:cotitulaire>' +
          '<n:cotitulaire><n:nom>C</n:nom><n:prenom>D</n:prenom><n:dateNaissance>1992-01-01</n:dateNaissance>' +
          '<n:revenuFiscal><n:anneeMoins1>2024</n:anneeMoins1><n:montantMoins1>1000</n:montantMoins1></n:revenuFiscal></n:cotitulaire></n:listeCotitulaire>',
      ),
    );
    const data = parsed.demands[0]?.data;
    expect(data?.coApplicant).toMatchObject({ lastName: 'A', link: 'L' });
    expect(data?.otherOccupants).toEqual([
      { firstName: 'Léo', birthDate: '1950-01-01', kinship: 'A', dependant: true, resources: [{ code: 'AAH', monthlyAmount: 600 }] },
      { birthDate: '2015-01-01', kinship: 'E', dependant: true },
      { birthDate: '2018-01-01', kinship: 'E', dependant: false, sharedCustody: true },
      { lastName: 'C', firstName: 'D', birthDate: '1992-01-01', kinship: 'O', dependant: false, resources: [], taxIncome: { yearMinus1: 2024, amountMinus1: 1000 } },
    ]);
    expect(parsed.warnings).toEqual([`${P}/listeCotitulaire/cotitulaire: only one co-applicant fits the demand; co-applicant #2 is read as another adult occupant`]);
  });

  it('sums several PAV lines into alimony paid', () => {
    const pav = (m: string) => `<n:detailRessource><n:ressource code="PAV"/><n:montant>${m}</n:montant></n:detailRessource>`;
    const data = parseInterfaceNuuDemand(doc(applicant(`<n:listeRessourceVersee>${pav('100')}${pav('50,5')}</n:listeRessourceVersee>`))).data;
    expect(data.applicant.alimonyPaid).toBe(150.5);
  });
});

describe('DemandData → interfaceNuu 02.00', () => {
  it.each([
    ['family', FAMILY_FIXTURE],
    ['young single', YOUNG_SINGLE_FIXTURE],
  ])('round trip of the %s fixture: parse → build → parse gives the same demand', (_name, file) => {
    const first = parseRegistryDemand(readSneFixture(file));
    const xml = toInterfaceNuuXml(first);
    expect(XMLValidator.validate(xml)).toBe(true);
    const again = parseInterfaceNuu(xml);
    expect(parseRegistryDemand(xml)).toEqual(first);
    expect(again.unknown).toEqual([]);
    expect(again.warnings).toEqual([]);
  });

  it('writes prefix ns1, versionInterface 02.00, entete/dateFichier, the format order, escaped text', () => {
    const xml = toInterfaceNuuXml(familyDemand, { fileDate: '2025-06-03T08:00:00Z' });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8" standalone="yes"\?>\n<ns1:interfaceNuu versionInterface="02.00" xmlns:ns1="http:\/\/nuu.application.i2\/">/);
    expect(xml).toContain('<ns1:entete>\n        <ns1:dateFichier>2025-06-03T08:00:00Z</ns1:dateFichier>');
    expect(xml).toContain('<ns1:nomEmployeurPrincipal>Dupré &amp; Fils &lt;Transports du Nord&gt;</ns1:nomEmployeurPrincipal>');
    expect(xml).toContain('<ns1:numero>27</ns1:numero>');
    expect(xml).toContain('<ns1:modeleLogement code="LP"/>');
    expect(xml).toContain('<ns1:typeLogementActuel code="T3"/>');
    expect(xml).toContain('<ns1:coParentalite code="G"/>');
    const order = ['numUnique', 'dateCreationDemande', 'demandeur', 'listePersonneACharge', 'personneANaitre', 'listePersonneEnGarde', 'listeCotitulaire', 'logementActuel'];
    const positions = order.map((name) => xml.indexOf(`<ns1:${name}>`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('escapes markup in every text so that the document stays well-formed', () => {
    const data = structuredClone(youngSingleDemand.data);
    data.applicant.lastName = `O'Neil <script>&amp;"`;
    data.applicant.address = { line: '12 bis rue "des" <Lilas> & Co', postalCode: '75018', communeCode: '75118', abroad: false };
    const xml = toInterfaceNuuXml({ data });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
    const back = parseInterfaceNuuDemand(xml).data;
    expect(back.applicant.lastName).toBe(`O'Neil <script>&amp;"`);
    expect(back.applicant.address?.line).toBe('12 bis rue "des" <Lilas> & Co');
  });

  it('writes a demand without number for registration', () => {
    const xml = toInterfaceNuuXml({ data: familyDemand.data });
    expect(xml).not.toContain('numUnique');
    expect(xml).not.toContain('dateCreationDemande');
    expect(parseInterfaceNuuDemand(xml).data).toEqual(familyDemand.data);
  });

  it('refuses to write a demand missing what the registry requires', () => {
    const data = structuredClone(youngSingleDemand.data);
    data.applicant.lastName = ' ';
    data.applicant.birthDate = '2003-13-01';
    expect(issuesOf(() => toInterfaceNuuXml({ data }))).toEqual([
      { path: 'applicant.lastName', message: 'is required' },
      { path: 'applicant.birthDate', message: 'must be a date YYYY-MM-DD' },
    ]);
  });

  it('lists the DemandData fields the format does not carry', () => {
    expect(interfaceNuuLosses(familyDemand.data)).toEqual([]);
    expect(interfaceNuuLosses(platformDemand())).toEqual(['reasons', 'wishes', 'expectedHousingBenefit']);
    const data = platformDemand();
    data.applicant.disabilityCard = true;
    data.applicant.employment = { ...data.applicant.employment, employerSiret: '12345678900012' };
    data.otherOccupants.push({ birthDate: '1960-01-01', kinship: 'A', dependant: false, taxIncome: { yearMinus1: 2024, amountMinus1: 9000 } });
    expect(interfaceNuuLosses(data)).toEqual([
      'applicant.disabilityCard',
      'applicant.employment.employerSiret',
      'otherOccupants.3.taxIncome',
      'otherOccupants.3.dependant',
      'reasons',
      'wishes',
      'expectedHousingBenefit',
    ]);
  });

  it('splits an address line into number and street', () => {
    expect(splitAddressLine('103 avenue de france')).toEqual({ numero: '103', voie: 'avenue de france' });
    expect(splitAddressLine('12 bis rue des Lilas')).toEqual({ numero: '12 bis', voie: 'rue des Lilas' });
    expect(splitAddressLine('7B impasse Vert')).toEqual({ numero: '7B', voie: 'impasse Vert' });
    expect(splitAddressLine('Lieu-dit Les Prés')).toEqual({ voie: 'Lieu-dit Les Prés' });
    expect(splitAddressLine('12-14 rue Haute')).toEqual({ voie: '12-14 rue Haute' });
    expect(splitAddressLine('  ')).toEqual({});
  });
});
