import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { IsoDate } from '../../../shared/dates';
import type { DemandData } from '../../../modules/demand/index';
import { formatRegistrationNumber, territoryOfCommune } from '../registration-number';
import type { SneRadiationMotif } from '../soap';

/** The home a demand was housed in, as radierDemande carries it. */
export interface SneAttributedHome {
  communeCode?: string;
  typology?: string;
  financing?: string;
  landlordSiren?: string;
  offerReference?: string;
}

/** A demand as the simulated registry holds it. */
export interface SneStoredDemand {
  number: string;
  registrationDate: IsoDate;
  data: DemandData;
  dalo: boolean;
  /** when the demand was recognised DALO */
  daloSince?: IsoDate;
  /** when the demand was struck off (radiée) */
  struckOffOn?: IsoDate;
  /** why (AUTRE when the control endpoint did not say) */
  struckOffMotif?: SneRadiationMotif;
  /** the home of a radiation pour attribution */
  attributedHome?: SneAttributedHome;
  /** the last renewal the registry was told of */
  renewedOn?: IsoDate;
  /** last registration or update, ISO instant */
  updatedAt: string;
}

interface PersistedState {
  version: 1;
  /** last sequence used per territory and month (`111` + `0318`) */
  sequences: Record<string, number>;
  demands: SneStoredDemand[];
}

/**
 * The simulated registry's demands, in memory, optionally persisted to a JSON file (written
 * whole, through a temporary file and a rename, after each change). Numbers are issued
 * deterministically: territory of the applicant's commune (or the default territory), month
 * of registration, next sequence of that territory and month, control letter, counter code.
 */
export class SneSimulatorStore {
  private readonly demands = new Map<string, SneStoredDemand>();
  private sequences: Record<string, number> = {};

  constructor(private readonly options: { dataFile?: string; counterCode: string; defaultTerritory: string }) {
    if (options.dataFile && existsSync(options.dataFile)) {
      const state = JSON.parse(readFileSync(options.dataFile, 'utf8')) as PersistedState;
      this.sequences = state.sequences ?? {};
      for (const d of state.demands ?? []) this.demands.set(d.number, d);
    }
  }

  get size(): number {
    return this.demands.size;
  }

  get(number: string): SneStoredDemand | undefined {
    const d = this.demands.get(number);
    return d && structuredClone(d);
  }

  list(): SneStoredDemand[] {
    return [...this.demands.values()].map((d) => structuredClone(d));
  }

  /** Registers a new demand: issues its number, dated `on`. */
  register(data: DemandData, on: IsoDate, at: Date): SneStoredDemand {
    const territory = territoryOfCommune(data.applicant.address?.communeCode) ?? this.options.defaultTerritory;
    const [year, month] = on.split('-') as [string, string];
    const key = `${territory}${month}${year.slice(2)}`;
    let number: string;
    do {
      const sequence = (this.sequences[key] ?? 0) + 1;
      this.sequences[key] = sequence;
      number = formatRegistrationNumber({ territory, registrationDate: on, sequence, counterCode: this.options.counterCode });
    } while (this.demands.has(number)); // a seeded number may already hold that place
    const stored: SneStoredDemand = { number, registrationDate: on, data: structuredClone(data), dalo: false, updatedAt: at.toISOString() };
    this.demands.set(number, stored);
    this.save();
    return structuredClone(stored);
  }

  /** Replaces the data of a registered demand; number and registration date are kept. */
  update(number: string, data: DemandData, at: Date): SneStoredDemand | undefined {
    const d = this.demands.get(number);
    if (!d) return undefined;
    d.data = structuredClone(data);
    d.updatedAt = at.toISOString();
    this.save();
    return structuredClone(d);
  }

  /** Puts a demand as given (seeding). */
  put(demand: SneStoredDemand): SneStoredDemand {
    this.demands.set(demand.number, structuredClone(demand));
    this.save();
    return structuredClone(demand);
  }

  strikeOff(number: string, on: IsoDate, motif: SneRadiationMotif = 'AUTRE', home?: SneAttributedHome): boolean {
    const d = this.demands.get(number);
    if (!d) return false;
    d.struckOffOn = on;
    d.struckOffMotif = motif;
    if (home) d.attributedHome = structuredClone(home);
    this.save();
    return true;
  }

  renew(number: string, on: IsoDate, at: Date): boolean {
    const d = this.demands.get(number);
    if (!d) return false;
    d.renewedOn = on;
    d.updatedAt = at.toISOString();
    this.save();
    return true;
  }

  /** The demands struck off on or after this date, with the date and the motif. */
  radiationsSince(date: IsoDate): { number: string; on: IsoDate; motif: SneRadiationMotif }[] {
    return [...this.demands.values()]
      .filter((d) => d.struckOffOn !== undefined && d.struckOffOn >= date)
      .sort((a, b) => (a.number < b.number ? -1 : 1))
      .map((d) => ({ number: d.number, on: d.struckOffOn as IsoDate, motif: d.struckOffMotif ?? 'AUTRE' }));
  }

  markDalo(number: string, on: IsoDate): boolean {
    const d = this.demands.get(number);
    if (!d) return false;
    d.dalo = true;
    d.daloSince = on;
    this.save();
    return true;
  }

  struckOffSince(date: IsoDate): string[] {
    return [...this.demands.values()]
      .filter((d) => d.struckOffOn !== undefined && d.struckOffOn >= date)
      .map((d) => d.number)
      .sort();
  }

  newDaloSince(date: IsoDate): string[] {
    return [...this.demands.values()]
      .filter((d) => d.daloSince !== undefined && d.daloSince >= date)
      .map((d) => d.number)
      .sort();
  }

  clear(): void {
    this.demands.clear();
    this.sequences = {};
    this.save();
  }

  private save(): void {
    const file = this.options.dataFile;
    if (!file) return;
    const state: PersistedState = { version: 1, sequences: this.sequences, demands: [...this.demands.values()] };
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(state, null, 2));
    renameSync(tmp, file);
  }
}
