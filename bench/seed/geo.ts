import { createRequire } from 'node:module';
import { communeReferential } from '../../src/adapters/reference/communes';
import { FileReferenceData } from '../../src/adapters/reference/reference-data';
import type { CeilingRow, Zone } from '../../src/modules/offer/index';
import { ceilingTableFromRows, type CeilingTable } from '../../src/modules/offer/domain/ceilings';
import { isValidInseeCode, zoneOf } from '../../src/modules/offer/domain/zone';
import { Weighted, type Prng } from '../lib/prng';

/** A commune the generator may place people and homes in. */
export interface Commune {
  code: string;
  name: string;
  departement: string;
  postalCode: string;
  population: number;
  zone: Zone;
  epciCode: string | undefined;
}

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  commune?: string;
  population?: number;
  codesPostaux?: string[];
}

/**
 * The real communes (INSEE codes of the Etalab referential), Paris, Lyon and Marseille split in
 * their municipal arrondissements, weighted by population; zones from the platform's reference
 * files; EPCI from the platform's referential. Everything the platform itself would compute.
 */
export class Geography {
  readonly communes: Commune[];
  readonly byDepartement = new Map<string, Commune[]>();
  private readonly national: Weighted<Commune>;
  private readonly perDepartement = new Map<string, Weighted<Commune>>();
  readonly departementWeights: Weighted<string>;
  readonly ceilingRows: CeilingRow[];
  readonly ceilings: CeilingTable;
  readonly parisCodes: ReadonlySet<string>;
  readonly ileDeFrance: ReadonlySet<string>;

  constructor() {
    const require = createRequire(import.meta.url);
    const raw = require('@etalab/decoupage-administratif/data/communes.json') as RawCommune[];
    const reference = new FileReferenceData();
    this.parisCodes = reference.parisAndBorderingCodes();
    this.ileDeFrance = reference.ileDeFranceDepartements();
    this.ceilingRows = reference.ceilingRows();
    this.ceilings = ceilingTableFromRows(this.ceilingRows);
    const referential = communeReferential();
    const split = new Set(raw.filter((c) => c.type === 'arrondissement-municipal').map((c) => c.commune!));
    const kept = raw.filter(
      (c) =>
        ((c.type === 'commune-actuelle' && !split.has(c.code)) || c.type === 'arrondissement-municipal') &&
        (c.population ?? 0) > 0 &&
        isValidInseeCode(c.code) &&
        referential.isKnownCommune(c.code),
    );
    this.communes = kept.map((c) => ({
      code: c.code,
      name: c.nom,
      departement: c.departement!,
      postalCode: c.codesPostaux?.[0] ?? `${c.code.slice(0, 2).replace(/[AB]/, '0')}000`,
      population: c.population!,
      zone: zoneOf(c.code, this.parisCodes, this.ileDeFrance),
      epciCode: referential.epciOf(c.code)?.code,
    }));
    for (const c of this.communes) {
      const list = this.byDepartement.get(c.departement) ?? [];
      list.push(c);
      this.byDepartement.set(c.departement, list);
    }
    this.national = new Weighted(
      this.communes,
      this.communes.map((c) => c.population),
    );
    const deps = [...this.byDepartement.keys()].sort();
    this.departementWeights = new Weighted(
      deps,
      deps.map((d) => this.byDepartement.get(d)!.reduce((s, c) => s + c.population, 0)),
    );
  }

  /** A commune drawn by population, nationally. Urban communes weigh a little more than their population (social housing is urban). */
  commune(rng: Prng): Commune {
    return this.national.draw(rng);
  }

  communeIn(rng: Prng, departement: string): Commune {
    let w = this.perDepartement.get(departement);
    if (!w) {
      const list = this.byDepartement.get(departement)!;
      w = new Weighted(
        list,
        list.map((c) => c.population),
      );
      this.perDepartement.set(departement, w);
    }
    return w.draw(rng);
  }
}
