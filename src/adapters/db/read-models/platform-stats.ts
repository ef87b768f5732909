import type { ServiceIdentifier } from 'inversify';
import type { Clock } from '../../../shared/clock';
import { addMonths, toIsoDate } from '../../../shared/dates';
import type { DayCount, MonthMedian, PlatformCounts, PlatformStatsReadModel, SizeClassCount } from './platform-stats.read-model';

/**
 * The platform figures (brief §1) with their French labels and definitions, and the dashboard's
 * chart series, computed from the data by PlatformStatsReadModel and kept in memory for a short
 * while (STATS_CACHE_SECONDS; 0 computes at every call). Served by GET /api/v1/stats and the
 * back-office dashboard.
 */

export type FigureKey =
  | 'demands'
  | 'demandsDalo'
  | 'registrationNumbersDelivered'
  | 'candidacies'
  | 'candidaciesPositioned'
  | 'candidaciesToday'
  | 'offersOnline'
  | 'offersInInstruction'
  | 'offersTransmitted'
  | 'spaceRequests'
  | 'spacesConfigured'
  | 'spacesDeployed'
  | 'landlords'
  | 'landlordsConnected'
  | 'applicants';

export type FigureSection = 'demands' | 'candidacies' | 'offers' | 'companies' | 'landlords' | 'accounts';

export interface FigureDefinition {
  key: FigureKey;
  section: FigureSection;
  label: string;
  definition: string;
}

export interface Figure extends FigureDefinition {
  value: number;
}

export const SECTION_LABELS: Readonly<Record<FigureSection, string>> = {
  demands: 'Demandes',
  candidacies: 'Candidatures',
  offers: 'Offres',
  companies: 'Espaces entreprise',
  landlords: 'Bailleurs',
  accounts: 'Comptes',
};

/** Offer states counted as "in instruction" and as "transmitted to the landlord". */
export const OFFERS_IN_INSTRUCTION = ['submitted', 'in_instruction'] as const;
export const OFFERS_TRANSMITTED = ['transmitted', 'allocated'] as const;

export const FIGURE_DEFINITIONS: readonly FigureDefinition[] = [
  {
    key: 'demands',
    section: 'demands',
    label: 'Demandes créées',
    definition:
      'Toutes les demandes de logement enregistrées sur la plateforme depuis son ouverture, quel que soit leur état (brouillons, demandes importées du SNE et demandes closes comprises).',
  },
  {
    key: 'demandsDalo',
    section: 'demands',
    label: 'dont DALO',
    definition: 'Demandes créées dont le ménage est reconnu prioritaire au titre du droit au logement opposable (DALO).',
  },
  {
    key: 'registrationNumbersDelivered',
    section: 'demands',
    label: 'Numéros uniques délivrés par la plateforme',
    definition: 'Demandes saisies sur la plateforme (non importées du SNE) qui ont obtenu leur numéro d’enregistrement (NUR/NUD).',
  },
  {
    key: 'candidacies',
    section: 'candidacies',
    label: 'Candidatures depuis l’ouverture',
    definition: 'Toutes les candidatures déposées sur une offre depuis l’ouverture, quel que soit leur état.',
  },
  {
    key: 'candidaciesPositioned',
    section: 'candidacies',
    label: 'Candidatures positionnées',
    definition: 'Candidatures à l’état « Positionnée » (ni désignées, ni retirées, ni clôturées) sur une offre actuellement en ligne.',
  },
  { key: 'candidaciesToday', section: 'candidacies', label: 'Candidatures du jour', definition: 'Candidatures déposées depuis minuit (heure UTC) aujourd’hui.' },
  { key: 'offersOnline', section: 'offers', label: 'Offres en ligne', definition: 'Offres publiées, visibles des demandeurs et ouvertes aux candidatures.' },
  {
    key: 'offersInInstruction',
    section: 'offers',
    label: 'Offres en instruction',
    definition: 'Offres soumises par un bailleur et pas encore publiées : en attente ou en cours d’examen par un collaborateur.',
  },
  {
    key: 'offersTransmitted',
    section: 'offers',
    label: 'Offres transmises au bailleur',
    definition: 'Offres dont les candidats désignés ont été transmis au bailleur, y compris celles attribuées depuis (bail signé).',
  },
  {
    key: 'spaceRequests',
    section: 'companies',
    label: 'Espaces entreprise demandés',
    definition: 'Demandes d’ouverture d’un espace entreprise reçues depuis l’ouverture (formulaire public), traitées ou non.',
  },
  { key: 'spacesConfigured', section: 'companies', label: 'Espaces configurés', definition: 'Espaces entreprise paramétrés (gestionnaires, quotas) et en attente de déploiement.' },
  {
    key: 'spacesDeployed',
    section: 'companies',
    label: 'Espaces déployés',
    definition: 'Espaces entreprise ouverts : leurs gestionnaires valident les salariés et attribuent les tranches.',
  },
  { key: 'landlords', section: 'landlords', label: 'Bailleurs référencés', definition: 'Bailleurs sociaux inscrits au référentiel de la plateforme.' },
  {
    key: 'landlordsConnected',
    section: 'landlords',
    label: 'Bailleurs connectés',
    definition: 'Bailleurs référencés dont le système d’information échange avec la plateforme par l’API.',
  },
  {
    key: 'applicants',
    section: 'accounts',
    label: 'Demandeurs',
    definition: 'Comptes demandeur ouverts sur la plateforme (un compte peut porter plusieurs demandes successives).',
  },
];

/** The figures, in the order of FIGURE_DEFINITIONS, from the raw counts. */
export function figuresFrom(c: PlatformCounts): Figure[] {
  const offers = (states: readonly string[]) => states.reduce((sum, s) => sum + (c.offersByStatus[s] ?? 0), 0);
  const values: Record<FigureKey, number> = {
    demands: c.demands,
    demandsDalo: c.demandsDalo,
    registrationNumbersDelivered: c.registrationNumbersDelivered,
    candidacies: c.candidacies,
    candidaciesPositioned: c.candidaciesPositioned,
    candidaciesToday: c.candidaciesToday,
    offersOnline: c.offersByStatus.published ?? 0,
    offersInInstruction: offers(OFFERS_IN_INSTRUCTION),
    offersTransmitted: offers(OFFERS_TRANSMITTED),
    spaceRequests: c.spaceRequests,
    spacesConfigured: c.spacesByStatus.configured ?? 0,
    spacesDeployed: c.spacesByStatus.deployed ?? 0,
    landlords: c.landlords,
    landlordsConnected: c.landlordsConnected,
    applicants: c.applicants,
  };
  return FIGURE_DEFINITIONS.map((d) => ({ ...d, value: values[d.key] }));
}

export interface PlatformFigures {
  computedAt: Date;
  figures: Figure[];
  offersByStatus: Record<string, number>;
}

export interface DashboardSeries {
  computedAt: Date;
  /** 90 days ending today (UTC), every day present (0 when none) */
  candidaciesPerDay: DayCount[];
  /** 12 calendar months ending with the current one, every month present */
  publicationToAllocation: MonthMedian[];
  /** the same 12 months; PME, ETI, GE, none always present */
  allocationsBySizeClass: SizeClassCount[];
  /** first day (ISO) of the 12-month window */
  monthsFrom: string;
}

export const DAYS_OF_CANDIDACY_CHART = 90;
export const MONTHS_OF_ALLOCATION_CHARTS = 12;
export const SIZE_CLASS_ORDER = ['PME', 'ETI', 'GE', 'none'] as const;

/**
 * A value computed on demand and kept for `ttlMs`. Once stale, the next call starts one refresh
 * and gets the stale value meanwhile (stale-while-revalidate, one refresh at a time); a failed
 * refresh is forgotten so that the following call computes and reports the error itself.
 */
export class CachedValue<T> {
  private value: { v: T; at: number } | undefined;
  private inFlight: Promise<T> | undefined;

  constructor(
    private readonly compute: () => Promise<T>,
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  async get(): Promise<T> {
    if (this.ttlMs <= 0) return this.compute();
    const cached = this.value;
    if (cached && this.now() - cached.at < this.ttlMs) return cached.v;
    const refresh = this.refresh();
    if (cached) {
      refresh.catch(() => undefined); // the failure is reported by the next call, which computes again
      return cached.v;
    }
    return refresh;
  }

  private refresh(): Promise<T> {
    if (!this.inFlight) {
      const startedAt = this.now();
      this.inFlight = this.compute()
        .then((v) => {
          this.value = { v, at: startedAt };
          return v;
        })
        .catch((error: unknown) => {
          this.value = undefined;
          throw error;
        })
        .finally(() => {
          this.inFlight = undefined;
        });
    }
    return this.inFlight;
  }
}

export const PLATFORM_STATS = Symbol.for('readModels.PlatformStats') as ServiceIdentifier<PlatformStats>;

export class PlatformStats {
  private readonly figuresCache: CachedValue<PlatformFigures>;
  private readonly seriesCache: CachedValue<DashboardSeries>;

  constructor(
    private readonly readModel: PlatformStatsReadModel,
    private readonly clock: Clock,
    settings: { cacheSeconds: number },
  ) {
    const now = () => clock.now().getTime();
    this.figuresCache = new CachedValue(() => this.computeFigures(), settings.cacheSeconds * 1000, now);
    this.seriesCache = new CachedValue(() => this.computeSeries(), settings.cacheSeconds * 1000, now);
  }

  figures(): Promise<PlatformFigures> {
    return this.figuresCache.get();
  }

  series(): Promise<DashboardSeries> {
    return this.seriesCache.get();
  }

  private async computeFigures(): Promise<PlatformFigures> {
    const computedAt = this.clock.now();
    const counts = await this.readModel.counts(new Date(`${toIsoDate(computedAt)}T00:00:00Z`));
    return { computedAt, figures: figuresFrom(counts), offersByStatus: counts.offersByStatus };
  }

  private async computeSeries(): Promise<DashboardSeries> {
    const computedAt = this.clock.now();
    const today = toIsoDate(computedAt);
    const days = lastDays(today, DAYS_OF_CANDIDACY_CHART);
    const months = lastMonths(today, MONTHS_OF_ALLOCATION_CHARTS);
    const monthsFrom = `${months[0]}-01`;
    const [perDay, medians, bySize] = [
      await this.readModel.candidaciesPerDay(new Date(`${days[0]}T00:00:00Z`)),
      await this.readModel.publicationToAllocation(new Date(`${monthsFrom}T00:00:00Z`)),
      await this.readModel.allocationsBySizeClass(new Date(`${monthsFrom}T00:00:00Z`)),
    ];
    const dayCounts = new Map(perDay.map((d) => [d.day, d.count]));
    const monthMedians = new Map(medians.map((m) => [m.month, m]));
    const sizeCounts = new Map(bySize.map((s) => [s.sizeClass, s.count]));
    return {
      computedAt,
      candidaciesPerDay: days.map((day) => ({ day, count: dayCounts.get(day) ?? 0 })),
      publicationToAllocation: months.map((month) => monthMedians.get(month) ?? { month, medianDays: null, allocations: 0 }),
      allocationsBySizeClass: SIZE_CLASS_ORDER.map((sizeClass) => ({ sizeClass, count: sizeCounts.get(sizeClass) ?? 0 })),
      monthsFrom,
    };
  }
}

/** The `n` ISO dates ending with `today`, oldest first. */
export function lastDays(today: string, n: number): string[] {
  const end = new Date(`${today}T00:00:00Z`).getTime();
  return Array.from({ length: n }, (_, i) => toIsoDate(new Date(end - (n - 1 - i) * 86_400_000)));
}

/** The `n` calendar months (YYYY-MM) ending with the month of `today`, oldest first. */
export function lastMonths(today: string, n: number): string[] {
  const first = `${today.slice(0, 7)}-01`;
  return Array.from({ length: n }, (_, i) => addMonths(first, i - (n - 1)).slice(0, 7));
}
