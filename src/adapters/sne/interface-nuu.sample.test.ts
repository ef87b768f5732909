import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED_SNE_SAMPLE_PATH, sharedSampleExists } from '../../../tests/fixtures/sne/sne-fixtures';
import { DEMAND_PATH, UNMAPPED_ELEMENTS } from './interface-nuu.format';
import { parseInterfaceNuu, parseRegistryDemand, toInterfaceNuuXml } from './interface-nuu.mapper';
import { allPaths, parseXmlDocument, type RawXml } from './xml';

/**
 * The real-format sample shared with the project (copied to tests/fixtures/sne/): every element it holds is either read into DemandData or known as having no field
 * there (UNMAPPED_ELEMENTS); none is unknown.
 */

const present = sharedSampleExists();
if (!present) console.warn(`[sne] shared sample not found at ${SHARED_SNE_SAMPLE_PATH}: its tests are skipped`);

const P = `${DEMAND_PATH}/personnePhysique`;
const res = (pairs: [string, number][]) => pairs.map(([code, monthlyAmount]) => ({ code, monthlyAmount }));

describe.skipIf(!present)('shared interfaceNuu 02.00 sample', () => {
  const xml = present ? readFileSync(SHARED_SNE_SAMPLE_PATH, 'utf8') : '';

  it('reads every element: none unknown, the unmapped ones are exactly the known list', () => {
    const parsed = parseInterfaceNuu(xml);
    expect(parsed.unknown).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.unmapped.sort()).toEqual(
      [
        `${P}/demandeur/situationProfessionnelle/etranger`,
        `${P}/demandeur/situationProfessionnelle/codePostal`,
        `${P}/demandeur/listeRessourceVerseePersACharge`,
        `${P}/listePersonneACharge/personneACharge/sexe`,
        `${P}/listePersonneEnGarde/personneEnGarde/sexe`,
        `${P}/listePersonneEnGarde/personneEnGarde/coParentalite`,
        `${P}/listeCotitulaire/cotitulaire/nomPatronymique`,
        `${P}/listeCotitulaire/cotitulaire/situationProfessionnelle/etranger`,
        `${P}/listeCotitulaire/cotitulaire/situationProfessionnelle/codePostal`,
        `${P}/logementActuel/categorieLogement`,
        `${P}/logementActuel/proprietaire`,
      ].sort(),
    );
    for (const path of parsed.unmapped) expect(UNMAPPED_ELEMENTS[path]).toBeTruthy();
  });

  it('the sample has the elements the read list accounts for (independent walk of the document)', () => {
    const paths = [...allPaths(parseXmlDocument(xml).interfaceNuu as RawXml, 'interfaceNuu')];
    // 80-odd distinct paths: a sanity check that the walk sees the whole document
    expect(paths.length).toBeGreaterThan(60);
    for (const expected of [
      'interfaceNuu/@versionInterface',
      'interfaceNuu/entete/dateFichier',
      `${DEMAND_PATH}/numUnique`,
      `${P}/demandeur/listeRessourceRecue/detailRessource/ressource/@code`,
      `${P}/listeCotitulaire/cotitulaire/listeRessourceVersee/detailRessource/montant`,
      `${P}/logementActuel/listeModeleLogement/modeleLogement/@code`,
    ]) {
      expect(paths).toContain(expected);
    }
  });

  it('maps the sample to the expected demand', () => {
    const demand = parseRegistryDemand(xml);
    expect(demand).toEqual({
      registry: 'sne',
      number: '1110318016982G1104',
      registrationDate: '2018-03-15',
      data: {
        applicant: {
          civility: '1',
          lastName: 'Dupont',
          firstName: 'Jean',
          birthDate: '1970-01-01',
          nationality: '1',
          familySituation: 'M',
          phone: '0606060606',
          email: 'jean.dupont@yyyy.fr',
          address: { line: '103 avenue de france', postalCode: '75013', communeCode: '75113', abroad: false },
          employment: { profession: 'Agent de sécurité', contractType: 'CDI', employerName: 'AAAA', workplaceCommuneCode: '75056' },
          taxIncome: { yearMinus1: 2017, amountMinus1: 21000, yearMinus2: 2016, amountMinus2: 20000 },
          resources: res([
            ['PAR', 100],
            ['AEEH', 140],
            ['PINV', 100],
            ['AF', 400],
            ['CHO', 150],
            ['PAJE', 400],
            ['BE', 300],
            ['AAH', 100],
            ['RET', 100],
            ['SAL', 1500],
            ['AJPP', 150],
            ['AMV', 150],
            ['RSA', 130],
            ['AUT', 290],
          ]),
          alimonyPaid: 120,
        },
        coApplicant: {
          civility: '2',
          lastName: 'DUPONT',
          firstName: 'MARIE',
          birthDate: '1975-02-01',
          nationality: '2',
          familySituation: 'M',
          link: 'M',
          employment: { profession: 'Assistante maternelle', contractType: 'CDI', employerName: 'Département', workplaceCommuneCode: '75120' },
          taxIncome: { yearMinus1: 2017, yearMinus2: 2016 },
          resources: res([
            ['PAJE', 100],
            ['BE', 140],
            ['AAH', 20],
            ['SAL', 1000],
            ['AJPP', 50],
            ['AMV', 600],
            ['RSA', 75],
            ['RET', 150],
            ['PAR', 200],
            ['AEEH', 120],
            ['PINV', 50],
            ['CHO', 100],
            ['AF', 200],
            ['AUT', 360],
          ]),
          alimonyPaid: 30,
        },
        otherOccupants: [
          { lastName: 'DUPONT', firstName: 'LEA', birthDate: '2010-01-01', kinship: 'E', dependant: true },
          { birthDate: '2012-01-01', kinship: 'E', dependant: false, sharedCustody: true },
          { birthDate: '2014-01-01', kinship: 'E', dependant: false, sharedCustody: true },
        ],
        expectedBirths: { count: 1, expectedDate: '2018-08-01' },
        currentHousing: { kind: 'LP', monthlyRent: 1000, occupants: 5, rooms: 3, surface: 50 },
        reasons: [],
        wishes: { communeCodes: [], typologies: [] },
      },
    });
  });

  it('round trip: what is written back reads the same', () => {
    const first = parseRegistryDemand(xml);
    expect(parseRegistryDemand(toInterfaceNuuXml(first))).toEqual(first);
  });
});
