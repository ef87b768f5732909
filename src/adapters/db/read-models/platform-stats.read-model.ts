import { sql } from 'drizzle-orm';
import type { Database } from '../database';

/**
 * Read side of the platform figures (GET /api/v1/stats) and of the back-office dashboard's charts.
 *
 * A reporting read-model that reads several modules' tables on purpose (demand, candidacy, offer,
 * company_space, landlord, identity, scoring): counting through each module's façade would load
 * whole tables into memory. It writes nothing. Every count runs on an index (see
 * docs/performance.md, "S5 platform figures"): partial indexes for DALO and platform-registered
 * demands, the candidacies' submission date, the offers' status, the companies' space status.
 */

/** Raw counts; the labels and definitions are in platform-stats.ts. */
export interface PlatformCounts {
  demands: number;
  demandsDalo: number;
  registrationNumbersDelivered: number;
  candidacies: number;
  candidaciesPositioned: number;
  candidaciesToday: number;
  /** every offer state with its count (states without an offer are absent) */
  offersByStatus: Record<string, number>;
  spaceRequests: number;
  /** every space status with its count; companies without a space under `none` */
  spacesByStatus: Record<string, number>;
  landlords: number;
  landlordsConnected: number;
  applicants: number;
}

export interface DayCount {
  /** ISO date (UTC) */
  day: string;
  count: number;
}

export interface MonthMedian {
  /** YYYY-MM (UTC) */
  month: string;
  /** median of the days from first publication to the lease; null when the month had no allocation */
  medianDays: number | null;
  allocations: number;
}

export interface SizeClassCount {
  /** PME | ETI | GE, or `none` (employer unknown or not a referenced company) */
  sizeClass: string;
  count: number;
}

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

export class PlatformStatsReadModel {
  constructor(private readonly database: Database) {}

  /** Every figure in one statement (one round trip; each sub-select on its own index). */
  async counts(todayStart: Date): Promise<PlatformCounts> {
    const since = todayStart.toISOString();
    const [row] = rowsOf<Record<string, unknown>>(
      await this.database.db.execute(sql`
        select
          (select count(*) from demand.demands)::int as demands,
          (select count(*) from demand.demands where dalo)::int as demands_dalo,
          (select count(*) from demand.demands where source = 'platform' and registration_number is not null)::int as registered,
          (select count(*) from candidacy.candidacies)::int as candidacies,
          (select count(*) from offer.offers o join candidacy.candidacies c on c.offer_id = o.id and c.status = 'submitted'
             where o.status = 'published')::int as positioned,
          (select count(*) from candidacy.candidacies where submitted_at >= ${since}::timestamptz)::int as today,
          (select coalesce(json_object_agg(status, n), '{}'::json) from (select status, count(*)::int as n from offer.offers group by status) x) as offers,
          (select count(*) from company_space.space_requests)::int as space_requests,
          (select coalesce(json_object_agg(coalesce(space_status, 'none'), n), '{}'::json)
             from (select space_status, count(*)::int as n from company_space.companies group by space_status) x) as spaces,
          (select count(*) from landlord.landlords)::int as landlords,
          (select count(*) from landlord.landlords where connected_by_api)::int as connected,
          (select count(*) from identity.accounts where role = 'applicant')::int as applicants
      `),
    );
    const n = (k: string) => Number(row?.[k] ?? 0);
    const json = (k: string): Record<string, number> => {
      const v = row?.[k];
      const o = (typeof v === 'string' ? JSON.parse(v) : (v ?? {})) as Record<string, unknown>;
      return Object.fromEntries(Object.entries(o).map(([key, value]) => [key, Number(value)]));
    };
    return {
      demands: n('demands'),
      demandsDalo: n('demands_dalo'),
      registrationNumbersDelivered: n('registered'),
      candidacies: n('candidacies'),
      candidaciesPositioned: n('positioned'),
      candidaciesToday: n('today'),
      offersByStatus: json('offers'),
      spaceRequests: n('space_requests'),
      spacesByStatus: json('spaces'),
      landlords: n('landlords'),
      landlordsConnected: n('connected'),
      applicants: n('applicants'),
    };
  }

  /** Candidacies submitted per UTC day from `from` (inclusive); days without any are absent. */
  async candidaciesPerDay(from: Date): Promise<DayCount[]> {
    const rows = rowsOf<{ day: string; n: number }>(
      await this.database.db.execute(sql`
        select to_char(day, 'YYYY-MM-DD') as day, n from (
          select (submitted_at at time zone 'UTC')::date as day, count(*)::int as n
            from candidacy.candidacies where submitted_at >= ${from.toISOString()}::timestamptz
           group by 1) x
         order by 1`),
    );
    return rows.map((r) => ({ day: String(r.day), count: Number(r.n) }));
  }

  /**
   * Per UTC month of the lease, from `from`: the median number of days between the offer's first
   * publication (offer history) and the lease (scoring.allocations). Months without any are absent.
   */
  async publicationToAllocation(from: Date): Promise<MonthMedian[]> {
    const rows = rowsOf<{ month: string; median: number | string | null; n: number }>(
      await this.database.db.execute(sql`
        select to_char(a.at at time zone 'UTC', 'YYYY-MM') as month,
               percentile_cont(0.5) within group (order by extract(epoch from (a.at - p.at)) / 86400.0) as median,
               count(*)::int as n
          from scoring.allocations a
          cross join lateral (
            select h.at from offer.offer_history h
             where h.offer_id = a.offer_id and h.to_status = 'published'
             order by h.at limit 1) p
         where a.at >= ${from.toISOString()}::timestamptz
         group by 1 order by 1`),
    );
    return rows.map((r) => ({ month: String(r.month), medianDays: r.median === null ? null : Number(r.median), allocations: Number(r.n) }));
  }

  /** Leases signed from `from`, by the employer's size class at lease time. */
  async allocationsBySizeClass(from: Date): Promise<SizeClassCount[]> {
    const rows = rowsOf<{ size_class: string; n: number }>(
      await this.database.db.execute(sql`
        select coalesce(size_class, 'none') as size_class, count(*)::int as n
          from scoring.allocations where at >= ${from.toISOString()}::timestamptz
         group by 1`),
    );
    return rows.map((r) => ({ sizeClass: String(r.size_class), count: Number(r.n) }));
  }
}
