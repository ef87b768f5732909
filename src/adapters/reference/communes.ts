import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The official communes referential (INSEE code officiel géographique, as published by Etalab in
 * `@etalab/decoupage-administratif`) and the platform's reference files (`db/reference/`).
 * Loaded once, lazily (the communes file is ~9 MB), and kept in memory: it is reference data.
 *
 * Known communes are the current communes (`commune-actuelle`) and the municipal arrondissements
 * of Paris, Lyon and Marseille (`arrondissement-municipal`), whose EPCI is their parent commune's.
 */

export interface CommuneInfo {
  code: string;
  name: string;
  departement: string;
  region: string | undefined;
  type: 'commune-actuelle' | 'arrondissement-municipal';
  /** parent commune of a municipal arrondissement (75056 for 75101) */
  parent: string | undefined;
}

export interface EpciInfo {
  /** SIREN of the EPCI */
  code: string;
  name: string;
  /** CC, CA, CU, METRO, MET69 */
  type: string;
}

/** What the offer, scoring and other modules need of the communes referential. */
export interface CommuneReferential {
  isKnownCommune(code: string): boolean;
  commune(code: string): CommuneInfo | undefined;
  communeName(code: string): string | undefined;
  /** the EPCI a commune belongs to (its parent commune's for an arrondissement) */
  epciOf(code: string): EpciInfo | undefined;
  epci(code: string): EpciInfo | undefined;
  /** every EPCI, by name */
  epcis(): EpciInfo[];
  /** member commune codes of an EPCI */
  epciMembers(code: string): string[];
}

interface RawCommune {
  code: string;
  nom: string;
  departement: string;
  region?: string;
  type: string;
  commune?: string;
}

interface RawEpci {
  code: string;
  nom: string;
  type: string;
  membres: { code: string }[];
}

const require = createRequire(import.meta.url);

class EtalabCommuneReferential implements CommuneReferential {
  private loaded: { communes: Map<string, CommuneInfo>; epciByCode: Map<string, EpciInfo>; epciOfCommune: Map<string, string>; members: Map<string, string[]> } | undefined;

  private data() {
    if (this.loaded) return this.loaded;
    // read and parsed here, not require()d: require's cache would keep the parsed 12.6 MB of JSON
    // (~70 MB of heap) for the life of the process; only the compact maps below are kept
    const load = <T>(file: string): T => JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${file}`), 'utf8')) as T;
    const rawCommunes = load<RawCommune[]>('communes.json');
    const rawEpcis = load<RawEpci[]>('epci.json');
    const communes = new Map<string, CommuneInfo>();
    for (const c of rawCommunes) {
      if (c.type !== 'commune-actuelle' && c.type !== 'arrondissement-municipal') continue;
      communes.set(c.code, {
        code: c.code,
        name: c.nom,
        departement: c.departement,
        region: c.region,
        type: c.type,
        parent: c.type === 'arrondissement-municipal' ? c.commune : undefined,
      });
    }
    const epciByCode = new Map<string, EpciInfo>();
    const epciOfCommune = new Map<string, string>();
    const members = new Map<string, string[]>();
    for (const e of rawEpcis) {
      epciByCode.set(e.code, { code: e.code, name: e.nom, type: e.type });
      members.set(
        e.code,
        e.membres.map((m) => m.code),
      );
      for (const m of e.membres) epciOfCommune.set(m.code, e.code);
    }
    this.loaded = { communes, epciByCode, epciOfCommune, members };
    return this.loaded;
  }

  isKnownCommune(code: string): boolean {
    return this.data().communes.has(code);
  }

  commune(code: string): CommuneInfo | undefined {
    return this.data().communes.get(code);
  }

  communeName(code: string): string | undefined {
    return this.data().communes.get(code)?.name;
  }

  epciOf(code: string): EpciInfo | undefined {
    const { communes, epciOfCommune, epciByCode } = this.data();
    const commune = communes.get(code);
    if (!commune) return undefined;
    const epciCode = epciOfCommune.get(commune.parent ?? commune.code);
    return epciCode ? epciByCode.get(epciCode) : undefined;
  }

  epci(code: string): EpciInfo | undefined {
    return this.data().epciByCode.get(code);
  }

  epcis(): EpciInfo[] {
    return [...this.data().epciByCode.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }

  epciMembers(code: string): string[] {
    return [...(this.data().members.get(code) ?? [])];
  }
}

let shared: CommuneReferential | undefined;

/** The process-wide communes referential (loaded on first use). */
export function communeReferential(): CommuneReferential {
  return (shared ??= new EtalabCommuneReferential());
}

/** Folder of the platform's reference files. */
export const REFERENCE_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../db/reference');

/** Parsed JSON of a file of `db/reference/` (income-ceilings.json, paris-bordering-communes.json). */
export function readReferenceJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(REFERENCE_FOLDER, file), 'utf8')) as unknown;
}
