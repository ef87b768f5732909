import {
  ceilingRowsFromJson,
  ileDeFranceDepartementsFromJson,
  parisAndBorderingCodesFromJson,
  type CeilingRow,
  type CommuneDirectory,
  type ReferenceData,
} from '../../modules/offer/index';
import { communeReferential, readReferenceJson, type CommuneReferential } from './communes';

/** The offer module's reference data from the files of `db/reference/` (read once each). */
export class FileReferenceData implements ReferenceData {
  private rows: CeilingRow[] | undefined;
  private paris: ReadonlySet<string> | undefined;
  private idf: ReadonlySet<string> | undefined;

  ceilingRows(): CeilingRow[] {
    return (this.rows ??= ceilingRowsFromJson(readReferenceJson('income-ceilings.json')));
  }

  parisAndBorderingCodes(): ReadonlySet<string> {
    return (this.paris ??= parisAndBorderingCodesFromJson(readReferenceJson('paris-bordering-communes.json')));
  }

  ileDeFranceDepartements(): ReadonlySet<string> {
    return (this.idf ??= ileDeFranceDepartementsFromJson(readReferenceJson('paris-bordering-communes.json')));
  }
}

/** The offer module's CommuneDirectory over the official communes referential. */
export function communeDirectory(referential: CommuneReferential = communeReferential()): CommuneDirectory {
  return {
    isKnownCommune: (code) => referential.isKnownCommune(code),
    communeName: (code) => referential.communeName(code),
    epciOf: (code) => {
      const epci = referential.epciOf(code);
      return epci ? { code: epci.code, name: epci.name } : undefined;
    },
  };
}
