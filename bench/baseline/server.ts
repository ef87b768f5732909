/**
 * The BASELINE of `npm run bench`: a minimal node:http + pg server answering the bench's
 * questions with the best hand-written SQL we could write, to measure what the platform's
 * layers (express, zod, inversify, drizzle, repositories, one query per port) cost.
 *
 * Same questions, same rules, same answers (tests/integration/bench-baseline.test.ts checks it):
 * - it authenticates the same bearer tokens (HS256 JWT, then the session and account state,
 *   folded into the request's first SQL statement);
 * - S1 GET /api/v1/offers?eligibleFor=me&departement=…: the household facts come from the
 *   demand module's pure rules, the ceiling and occupancy filters run in one SQL statement that
 *   also returns the total (count(*) over ()) and the landlord's name;
 * - S2 GET /api/v1/candidacies/:id and S3 GET /api/v1/offers/:id/ranking (all, or one page with page/pageSize): every fact of the
 *   offer's candidates in ONE statement (demand, employer, grants, CAL history, as json), the
 *   scoring engine's pure functions rank them (the same rank rule by construction);
 * - S5 GET /api/v1/stats: the platform figures in one statement.
 * Pure domain functions are shared on purpose: the baseline measures data access and plumbing,
 * not a second implementation of the rules. It keeps no cache.
 *
 * Run as a child of bench/run.ts (env BASELINE_DATABASE_URL, JWT_SECRET, JWT_ISSUER, JWT_AUDIENCE,
 * PORT) or in-process with createBaselineServer().
 */
import { createSecretKey } from 'node:crypto';
import http from 'node:http';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { communeReferential } from '../../src/adapters/reference/communes';
import type { DemandData, DemandRecord } from '../../src/modules/demand/index';
import { factsOf } from '../../src/modules/demand/application/demand-facts';
import { OFFER_STATUS_LABELS, ZONE_LABELS, type Zone } from '../../src/modules/offer/index';
import { minimumSurface } from '../../src/modules/offer/domain/eligibility';
import { STATUS_LABELS, type CandidacyStatus, type ElsewhereCandidacy, type HistoryEvent } from '../../src/modules/candidacy/index';
import { designatedElsewhereNotice } from '../../src/modules/candidacy/domain/frozen-ranking';
import { historyFacts } from '../../src/modules/candidacy/domain/history-facts';
import { isCompeting, COMPETING_STATUSES } from '../../src/modules/candidacy/domain/candidacy';
import { referenceDateFor } from '../../src/modules/candidacy/domain/application-rules';
import { candidateFactsOf } from '../../src/modules/candidacy/application/ranking';
import { scoreView, timelineView } from '../../src/modules/candidacy/application/views';
import { applicantFactsOf } from '../../src/modules/candidacy/application/gateways/applicant-facts.gateway';
import type { Contribution } from '../../src/modules/company-space/index';
import { sizeClassOf } from '../../src/modules/company-space/domain/company';
import { validatedOn } from '../../src/modules/company-space/domain/employee-validation';
import { grantInForceOn, TRANCHES, type Tranche } from '../../src/modules/company-space/domain/tranche';
import { createScoringContext, rankCandidates, scoreCandidate, type CompanyFacts, type GridCriterion, type RankingOptions } from '../../src/modules/scoring/index';
import { effectiveBonus } from '../../src/modules/scoring/application/bonus-view';
import { isBonusActive } from '../../src/modules/scoring/domain/balancing-criteria';

export interface BaselineOptions {
  databaseUrl: string;
  jwt: { secret: string; issuer: string; audience: string };
  poolSize?: number;
  underOccupationTolerance?: number;
  effortWarningThreshold?: number;
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

const today = () => new Date().toISOString().slice(0, 10);
const EN = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const FR = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** Session and account state, the same deny-list check as the platform's (folded into each request's first statement). */
const SESSION_OK = `s.id = $1 and s.revoked_at is null and s.expires_at > now() and a.status = 'active'`;

export function createBaselineServer(options: BaselineOptions): { server: http.Server; pool: pg.Pool; close(): Promise<void> } {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10, application_name: 'alin-bench-baseline' });
  pool.on('error', () => undefined);
  const communes = communeReferential();
  // the key as a KeyObject, made once: given a string, jsonwebtoken tries to parse it as a public key on every verification
  const key = createSecretKey(Buffer.from(options.jwt.secret, 'utf8'));
  const tolerance = options.underOccupationTolerance ?? 1;
  const threshold = options.effortWarningThreshold ?? 40;

  function principal(req: http.IncomingMessage): { sub: string; sid: string; role: string } {
    const header = req.headers.authorization ?? '';
    if (!header.startsWith('Bearer ')) throw new HttpError(401, 'IDENTITY.UNAUTHENTICATED');
    try {
      const claims = jwt.verify(header.slice(7), key, { algorithms: ['HS256'], issuer: options.jwt.issuer, audience: options.jwt.audience }) as jwt.JwtPayload;
      if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string' || typeof claims.role !== 'string') throw new Error('claims');
      return { sub: claims.sub, sid: claims.sid, role: claims.role };
    } catch {
      throw new HttpError(401, 'IDENTITY.TOKEN_INVALID');
    }
  }

  // ——— S1: eligible offers of a département ———
  async function eligibleOffers(req: http.IncomingMessage, url: URL): Promise<unknown> {
    const p = principal(req);
    if (p.role !== 'applicant') throw new HttpError(403, 'OFFER.ELIGIBLE_FOR_APPLICANTS');
    const day = today();
    const me = await pool.query(
      `select d.id, d.owner_account_id, d.status, d.source, d.data, d.registration_date::text as registration_date, d.registration_number, d.renewal_due_date::text as renewal_due_date
         from identity.sessions s join identity.accounts a on a.id = s.account_id
         left join demand.demands d on d.owner_account_id = s.account_id and d.status = 'active'
        where ${SESSION_OK}`,
      [p.sid],
    );
    if (me.rowCount === 0) throw new HttpError(401, 'IDENTITY.SESSION_ENDED');
    const row = me.rows[0] as {
      id: string | null;
      owner_account_id: string;
      status: string;
      source: string;
      data: DemandData;
      registration_date: string | null;
      registration_number: string | null;
      renewal_due_date: string | null;
    };
    if (!row.id) throw new HttpError(409, 'OFFER.NO_ACTIVE_DEMAND');
    const facts = factsOf(demandRecord({ ...row, id: row.id }), day);
    if (facts.referenceIncomeMissing.length) throw new HttpError(409, 'OFFER.INCOME_INCOMPLETE');
    const departement = url.searchParams.get('departement')?.trim().toUpperCase() ?? null;
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const pageSize = Math.min(100, Math.max(1, Number(url.searchParams.get('pageSize') ?? 20) || 20));
    const year = Number(day.slice(0, 4));
    const offers = await pool.query(
      `select o.id, o.landlord_id, l.name as landlord_name, o.agreement_id, o.address_line, o.postal_code, o.commune_code, o.departement, o.zone,
              o.typology, o.main_rooms, o.surface::float8 as surface, o.floor, o.elevator, o.accessible, o.energy_class, o.rent::float8 as rent,
              o.charges::float8 as charges, o.financing, o.available_from::text as available_from, o.closing_date::text as closing_date, o.description,
              o.candidacy_count, o.created_at, o.updated_at, o.submitted_at, o.published_at,
              (c.amount + coalesce(x.amount, 0) * $8)::int as ceiling, count(*) over ()::int as total
         from offer.offers o
         join offer.income_ceilings c on c.year = $3 and c.financing = o.financing and c.zone = o.zone and c.category = $4
         left join offer.income_ceilings x on x.year = $3 and x.financing = o.financing and x.zone = o.zone and x.category = 'extraPerson'
         left join landlord.landlords l on l.id = o.landlord_id
        where o.status = 'published' and o.closing_date >= $1::date and ($2::text is null or o.departement = $2)
          and o.main_rooms <= $5 and o.surface >= $6
          and c.amount + coalesce(x.amount, 0) * $8 >= $7 and ($8 = 0 or x.amount is not null)
        order by coalesce(o.published_at, o.submitted_at, o.created_at) desc, o.id
        limit $9 offset $10`,
      [
        day,
        departement,
        year,
        String(facts.householdCategory),
        facts.householdSize + tolerance,
        minimumSurface(facts.householdSize),
        facts.referenceIncome,
        facts.extraPersonUnits,
        pageSize,
        (page - 1) * pageSize,
      ],
    );
    let total = (offers.rows[0] as { total?: number } | undefined)?.total;
    if (total === undefined) total = 0; // past the last page: the platform counts separately; the bench never asks for it
    const items = offers.rows.map((o: Record<string, any>) => {
      const cost = o.rent + o.charges - facts.expectedHousingBenefit;
      const rate = facts.monthlyResources > 0 ? (cost / facts.monthlyResources) * 100 : null;
      const warning = rate === null || rate > threshold;
      const epci = communes.epciOf(o.commune_code);
      return {
        id: o.id,
        landlordId: o.landlord_id,
        landlordName: o.landlord_name ?? null,
        agreementId: o.agreement_id,
        status: 'published',
        statusLabel: OFFER_STATUS_LABELS.published,
        openForCandidacies: true,
        addressLine: o.address_line,
        postalCode: o.postal_code,
        communeCode: o.commune_code,
        communeName: communes.communeName(o.commune_code) ?? null,
        departement: o.departement,
        zone: o.zone,
        zoneLabel: ZONE_LABELS[o.zone as Zone].fr,
        epci: epci ? { code: epci.code, name: epci.name } : null,
        typology: o.typology,
        mainRooms: o.main_rooms,
        surface: o.surface,
        floor: o.floor,
        elevator: o.elevator,
        accessible: o.accessible,
        energyClass: o.energy_class,
        rent: o.rent,
        charges: o.charges,
        totalRent: Math.round((o.rent + o.charges) * 100) / 100,
        financing: o.financing,
        availableFrom: o.available_from,
        closingDate: o.closing_date,
        description: o.description,
        candidacyCount: o.candidacy_count,
        createdAt: o.created_at,
        updatedAt: o.updated_at,
        submittedAt: o.submitted_at,
        publishedAt: o.published_at,
        eligibility: {
          demandId: facts.demandId,
          decided: true,
          fits: true,
          ceiling: o.ceiling,
          effortRate: rate === null ? null : Math.round(rate * 10) / 10,
          effortWarning: warning,
          reasons: warning
            ? [
                rate === null
                  ? { fr: `votre taux d'effort ne peut pas être calculé`, en: 'your effort rate cannot be computed' }
                  : {
                      fr: `votre taux d'effort serait de ${FR.format(rate)} %, au-dessus du seuil d'alerte de ${threshold} %`,
                      en: `your effort rate would be ${EN.format(rate)} %, above the ${threshold} % warning threshold`,
                    },
              ]
            : [],
        },
      };
    });
    return { items, page, pageSize, total };
  }

  // ——— S2, S3: the ranking of an offer ———
  interface OfferRow {
    id: string;
    landlord_id: string;
    status: string;
    closing_date: string;
    rent: number;
    charges: number;
    commune_code: string;
    typology: number;
    candidacy_count: number;
    round: number;
    bonuses: {
      id: string;
      size_class: string | null;
      company_id: string | null;
      epci_code: string | null;
      points: number;
      start_date: string;
      end_date: string;
      reason: string;
      ended_at: string | null;
    }[];
  }

  /** Scores the competing candidacies of the offer (and computes the facts of `alsoId`, or of every candidacy when `all`). */
  async function rank(offer: OfferRow, all: boolean, alsoId?: string) {
    const day = today();
    const open = offer.status === 'published' && offer.closing_date >= day;
    const referenceDate = referenceDateFor({ openForCandidacies: open, closingDate: offer.closing_date }, day);
    const epci = communes.epciOf(offer.commune_code);
    const competing = all ? null : [...COMPETING_STATUSES];
    const [rows, grid] = await Promise.all([
      pool.query(
        `select c.id, c.demand_id, c.applicant_account_id, c.status, c.submitted_at, c.status_changed_at, c.cal_rank, c.cal_reason,
                c.offer_commune_code, c.offer_commune_name, c.offer_typology, c.offer_rent::float8 as offer_rent, c.offer_charges::float8 as offer_charges,
                d.id as d_id, d.owner_account_id, d.status as d_status, d.source, d.data - 'currentHousing' - 'reasons' as data,
                d.registration_date::text as registration_date, d.registration_number, d.renewal_due_date::text as renewal_due_date,
                d.mobility_checked_at, d.mobility_checked_by,
                v.company_id, v.status as v_status, v.validated_by, v.validated_at, v.withdrawn_at, co.contribution, co.headcount, co.delegates_to_als,
                (select json_agg(json_build_array(g.tranche, g.granted_at, g.revoked_at)) from company_space.tranche_grants g
                  where g.demand_id = c.demand_id and g.company_id = v.company_id) as grants,
                (select json_agg(json_build_array(h.offer_id, h.status, h.status_changed_at)) from candidacy.candidacies h
                  where h.demand_id = c.demand_id and h.status in ('cal_refused', 'proposal_declined')) as history
           from candidacy.candidacies c
           left join demand.demands d on d.id = c.demand_id
           left join company_space.employee_validations v on v.demand_id = c.demand_id
           left join company_space.companies co on co.id = v.company_id
          where c.offer_id = $1 and ($2::text[] is null or c.status = any($2) or c.id = $3)`,
        [offer.id, competing, alsoId ?? null],
      ),
      epci
        ? pool.query(`select epci_code, name, criteria from scoring.territory_grids where epci_code = $1 and active limit 1`, [epci.code])
        : Promise.resolve({ rows: [] as unknown[] }),
    ]);
    const g = grid.rows[0] as { epci_code: string; name: string; criteria: GridCriterion[] } | undefined;
    const options: RankingOptions = {
      referenceDate,
      bonuses: offer.bonuses
        .map((b) =>
          effectiveBonus({
            id: b.id,
            ...(b.size_class ? { sizeClass: b.size_class as 'PME' } : {}),
            ...(b.company_id ? { companyId: b.company_id } : {}),
            ...(b.epci_code ? { epciCode: b.epci_code } : {}),
            points: b.points,
            startDate: b.start_date,
            endDate: b.end_date,
            reason: b.reason,
            createdAt: new Date(0),
            createdBy: null,
            updatedAt: new Date(0),
            endedAt: b.ended_at ? new Date(b.ended_at) : null,
            endedBy: null,
          }),
        )
        .filter((b) => isBonusActive(b, referenceDate)),
      grid: g ? { epciCode: g.epci_code, active: true, name: g.name, criteria: g.criteria } : undefined,
    };
    const facts = [];
    const records = new Map<string, Record<string, any>>();
    for (const r of rows.rows as Record<string, any>[]) {
      records.set(r.id, r);
      if (!r.d_id) continue;
      const applicant = applicantFactsOf(factsOf(demandRecord({ ...r, id: r.d_id, status: r.d_status } as DemandRow), referenceDate), referenceDate);
      const events: HistoryEvent[] = ((r.history ?? []) as [string, HistoryEvent['status'], string][]).map(([offerId, status, at]) => ({
        demandId: r.demand_id,
        offerId,
        status,
        at: new Date(at),
      }));
      let company: CompanyFacts | undefined;
      if (r.company_id) {
        const validated = validatedOn({ status: r.v_status, validatedAt: r.validated_at, withdrawnAt: r.withdrawn_at }, referenceDate);
        const inForce = new Set(
          ((r.grants ?? []) as [Tranche, string, string | null][])
            .filter(([, grantedAt, revokedAt]) => grantInForceOn({ grantedAt: new Date(grantedAt), revokedAt: revokedAt ? new Date(revokedAt) : null }, referenceDate))
            .map(([t]) => t),
        );
        company = {
          companyId: r.company_id,
          validated,
          contribution: r.contribution as Contribution,
          sizeClass: sizeClassOf(r.headcount),
          tranches: TRANCHES.filter((t) => inForce.has(t)),
          delegatesToAls: r.delegates_to_als,
        };
      }
      facts.push(candidateFactsOf({ id: r.id, demandId: r.demand_id, offerId: offer.id, submittedAt: r.submitted_at } as never, applicant, events, company, referenceDate));
    }
    const offerFacts = { offerId: offer.id, rent: offer.rent, charges: offer.charges, communeCode: offer.commune_code, ...(epci ? { epciCode: epci.code } : {}) };
    const competingFacts = facts.filter((f) => isCompeting(records.get(f.candidacyId)!.status));
    return { referenceDate, options, offerFacts, facts, competingFacts, records, ranked: rankCandidates(offerFacts, competingFacts, options) };
  }

  const OFFER_SQL = `o.id, o.landlord_id, o.status, o.closing_date::text as closing_date, o.rent::float8 as rent, o.charges::float8 as charges, o.commune_code, o.typology,
      o.candidacy_count, coalesce(st.round, 0) as round,
      (select coalesce(json_agg(b), '[]') from scoring.balancing_bonuses b) as bonuses`;

  async function candidacy(req: http.IncomingMessage, id: string): Promise<unknown> {
    const p = principal(req);
    const found = await pool.query(
      `select c.applicant_account_id, c.offer_id, ${OFFER_SQL},
              (select json_agg(json_build_array(e.action, e.from_status, e.to_status, e.at, e.reason) order by e.id) from candidacy.candidacy_events e where e.candidacy_id = c.id) as timeline
         from identity.sessions s join identity.accounts a on a.id = s.account_id
         join candidacy.candidacies c on c.id = $2
         join offer.offers o on o.id = c.offer_id
         left join candidacy.offer_states st on st.offer_id = o.id
        where ${SESSION_OK}`,
      [p.sid, id],
    );
    if (found.rowCount === 0) throw new HttpError(404, 'CANDIDACY.NOT_FOUND');
    const row = found.rows[0] as OfferRow & { applicant_account_id: string; timeline: [string, string | null, string, string, string | null][] | null };
    if (row.applicant_account_id !== p.sub && p.role !== 'agent' && p.role !== 'admin') throw new HttpError(404, 'CANDIDACY.NOT_FOUND');
    const ranking = await rank(row, false, id);
    const current = ranking.records.get(id);
    const ranked = ranking.ranked.find((r) => r.candidacyId === id);
    let score = ranked;
    if (!score) {
      const mine = ranking.facts.find((f) => f.candidacyId === id);
      if (mine) score = { ...scoreCandidate(mine, createScoringContext(ranking.offerFacts, [...ranking.competingFacts, mine], ranking.options)), rank: 0 };
    }
    const r = current ?? (await pool.query(`select * from candidacy.candidacies where id = $1`, [id])).rows[0];
    return {
      id,
      demandId: r.demand_id,
      offerId: row.id,
      status: r.status,
      statusLabel: STATUS_LABELS[r.status as CandidacyStatus],
      submittedAt: r.submitted_at,
      statusChangedAt: r.status_changed_at,
      offer: { communeCode: r.offer_commune_code, communeName: r.offer_commune_name, typology: r.offer_typology, rent: Number(r.offer_rent), charges: Number(r.offer_charges) },
      rank: ranked && isCompeting(r.status) ? ranked.rank : null,
      candidacyCount: ranking.ranked.length,
      referenceDate: ranking.referenceDate,
      score: score ? scoreView(score) : null,
      calRank: r.cal_rank,
      calReason: r.cal_reason,
      timeline: timelineView(
        (row.timeline ?? []).map(([action, from, to, at, reason]) => ({
          action: action as never,
          from: from as CandidacyStatus | null,
          to: to as CandidacyStatus,
          at: new Date(at),
          ...(reason ? { reason } : {}),
        })),
      ),
    };
  }

  async function ranking(req: http.IncomingMessage, offerId: string, url: URL): Promise<unknown> {
    const p = principal(req);
    if (p.role !== 'agent' && p.role !== 'admin') throw new HttpError(403, 'IDENTITY.FORBIDDEN');
    const found = await pool.query(
      `select ${OFFER_SQL} from identity.sessions s join identity.accounts a on a.id = s.account_id
         join offer.offers o on o.id = $2 left join candidacy.offer_states st on st.offer_id = o.id where ${SESSION_OK}`,
      [p.sid, offerId],
    );
    if (found.rowCount === 0) throw new HttpError(404, 'OFFER.NOT_FOUND');
    const offer = found.rows[0] as OfferRow;
    const r = await rank(offer, true);
    const factsById = new Map(r.facts.map((f) => [f.candidacyId, f]));
    const rankedIds = new Set(r.ranked.map((x) => x.candidacyId));
    const summary = (c: Record<string, any>) => ({
      id: c.id,
      demandId: c.demand_id,
      offerId,
      status: c.status,
      statusLabel: STATUS_LABELS[c.status as CandidacyStatus],
      submittedAt: c.submitted_at,
      statusChangedAt: c.status_changed_at,
      offer: { communeCode: c.offer_commune_code, communeName: c.offer_commune_name, typology: c.offer_typology, rent: c.offer_rent, charges: c.offer_charges },
    });
    const open = offer.status === 'published' && offer.closing_date >= today();
    // as the platform's API: every line, or one page with page/pageSize (50 lines by default, at most 100)
    const paged = url.searchParams.has('page') || url.searchParams.has('pageSize');
    const page = Math.max(1, Math.trunc(Number(url.searchParams.get('page') ?? 1) || 1));
    const pageSize = Math.min(100, Math.max(1, Math.trunc(Number(url.searchParams.get('pageSize') ?? 50) || 50)));
    const lines = paged ? r.ranked.slice((page - 1) * pageSize, page * pageSize) : r.ranked;
    // as the platform: a candidate designated or transmitted on another offer, its outcome pending, is flagged
    const pending = await pool.query(
      `select id, demand_id, offer_id, status, status_changed_at, offer_commune_code, offer_commune_name, offer_typology from candidacy.candidacies
        where demand_id = any($1::uuid[]) and status in ('designated', 'transmitted', 'cal_accepted', 'cal_postponed', 'proposal_accepted') and offer_id <> $2
        order by status_changed_at, id`,
      [[...new Set(lines.map((x) => x.demandId))], offerId],
    );
    const elsewhere = new Map<string, ElsewhereCandidacy[]>();
    for (const e of pending.rows as Record<string, any>[]) {
      elsewhere.set(e.demand_id, [
        ...(elsewhere.get(e.demand_id) ?? []),
        {
          candidacyId: e.id,
          demandId: e.demand_id,
          offerId: e.offer_id,
          status: e.status,
          statusChangedAt: e.status_changed_at,
          offer: { communeCode: e.offer_commune_code, communeName: e.offer_commune_name, typology: e.offer_typology },
        },
      ]);
    }
    const flag = (demandId: string) => {
      const list = elsewhere.get(demandId);
      if (!list) return {};
      return {
        designatedElsewhere: list.map((e) => ({
          candidacyId: e.candidacyId,
          offerId: e.offerId,
          status: e.status,
          statusLabel: STATUS_LABELS[e.status],
          statusChangedAt: e.statusChangedAt,
          offer: e.offer,
        })),
        designatedElsewhereNotice: designatedElsewhereNotice(list),
      };
    };
    return {
      offerId,
      offerStatus: offer.status === 'published' && !open ? 'closed' : offer.status,
      referenceDate: r.referenceDate,
      candidacyCount: r.ranked.length,
      round: offer.round,
      ...(paged ? { page, pageSize } : {}),
      items: lines.map((x) => {
        const c = r.records.get(x.candidacyId)!;
        return {
          rank: x.rank,
          candidacyId: x.candidacyId,
          demandId: x.demandId,
          status: c.status,
          statusLabel: STATUS_LABELS[c.status as CandidacyStatus],
          submittedAt: c.submitted_at,
          registrationDate: factsById.get(x.candidacyId)!.registrationDate,
          score: scoreView(x),
          ...flag(x.demandId),
        };
      }),
      others: [...r.records.values()].filter((c) => !rankedIds.has(c.id)).map(summary),
    };
  }

  // ——— S5: platform figures ———
  async function stats(req: http.IncomingMessage): Promise<unknown> {
    const p = principal(req);
    const result = await pool.query(
      // the platform's fifteen figures (GET /stats, FIGURE_DEFINITIONS), computed at every request
      `select
        (select count(*) from demand.demands)::int as "demands",
        (select count(*) from demand.demands where dalo)::int as "demandsDalo",
        (select count(*) from demand.demands where source = 'platform' and registration_number is not null)::int as "registrationNumbersDelivered",
        (select count(*) from candidacy.candidacies)::int as "candidacies",
        (select count(*) from candidacy.candidacies c join offer.offers o on o.id = c.offer_id where c.status = 'submitted' and o.status = 'published')::int as "candidaciesPositioned",
        (select count(*) from candidacy.candidacies where submitted_at >= date_trunc('day', now() at time zone 'UTC') at time zone 'UTC')::int as "candidaciesToday",
        (select count(*) from offer.offers where status = 'published')::int as "offersOnline",
        (select count(*) from offer.offers where status in ('submitted', 'in_instruction'))::int as "offersInInstruction",
        (select count(*) from offer.offers where status in ('transmitted', 'allocated'))::int as "offersTransmitted",
        (select count(*) from company_space.space_requests)::int as "spaceRequests",
        (select count(*) from company_space.companies where space_status = 'configured')::int as "spacesConfigured",
        (select count(*) from company_space.companies where space_status = 'deployed')::int as "spacesDeployed",
        (select count(*) from landlord.landlords)::int as "landlords",
        (select count(*) from landlord.landlords where connected_by_api)::int as "landlordsConnected",
        (select count(*) from identity.accounts where role = 'applicant')::int as "applicants"
       from identity.sessions s join identity.accounts a on a.id = s.account_id where ${SESSION_OK}`,
      [p.sid],
    );
    if (result.rowCount === 0) throw new HttpError(401, 'IDENTITY.SESSION_ENDED');
    return result.rows[0];
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://baseline');
    const send = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { ...JSON_HEADERS, 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    const route = async (): Promise<unknown> => {
      const path = url.pathname;
      let m: RegExpExecArray | null;
      if (req.method === 'GET' && path === '/api/v1/offers') return eligibleOffers(req, url);
      if (req.method === 'GET' && (m = /^\/api\/v1\/candidacies\/([0-9a-f-]{36})$/.exec(path))) return candidacy(req, m[1]!);
      if (req.method === 'GET' && (m = /^\/api\/v1\/offers\/([0-9a-f-]{36})\/ranking$/.exec(path))) return ranking(req, m[1]!, url);
      if (req.method === 'GET' && path === '/api/v1/stats') return stats(req);
      if (req.method === 'GET' && path === '/health') return { ok: true };
      throw new HttpError(404, 'NOT_FOUND');
    };
    route().then(
      (body) => send(200, body),
      (error: unknown) => {
        if (error instanceof HttpError) send(error.status, { status: error.status, code: error.code });
        else send(500, { status: 500, code: 'INTERNAL', detail: error instanceof Error ? error.message : String(error) });
      },
    );
  });
  server.keepAliveTimeout = 65_000;
  return {
    server,
    pool,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await pool.end();
    },
  };
}

interface DemandRow {
  id: string;
  owner_account_id: string;
  status: string;
  source: string;
  data: DemandData;
  registration_date: string | null;
  registration_number: string | null;
  renewal_due_date: string | null;
  mobility_checked_at?: Date | null;
  mobility_checked_by?: string | null;
}

function demandRecord(r: DemandRow): DemandRecord {
  return {
    demand: {
      id: r.id,
      ownerAccountId: r.owner_account_id,
      status: r.status as never,
      source: r.source as never,
      data: r.data,
      createdAt: new Date(0),
      history: [],
      ...(r.registration_date ? { registrationDate: r.registration_date } : {}),
      ...(r.registration_number ? { registrationNumber: r.registration_number } : {}),
      ...(r.renewal_due_date ? { renewalDueDate: r.renewal_due_date } : {}),
    },
    version: 1,
    updatedAt: new Date(0),
    ...(r.mobility_checked_at && r.mobility_checked_by ? { mobilityCheck: { at: r.mobility_checked_at, by: r.mobility_checked_by } } : {}),
    pendingDocuments: 0,
  } as DemandRecord;
}

// as a child process of bench/run.ts
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const env = process.env;
  const b = createBaselineServer({
    databaseUrl: env.BASELINE_DATABASE_URL!,
    jwt: { secret: env.JWT_SECRET!, issuer: env.JWT_ISSUER ?? 'alin', audience: env.JWT_AUDIENCE ?? 'alin-api' },
    poolSize: Number(env.DATABASE_POOL_SIZE ?? 10),
  });
  b.server.listen(Number(env.PORT ?? 0), '127.0.0.1', () => {
    const address = b.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    process.send?.({ type: 'ready', url: `http://127.0.0.1:${port}`, pid: process.pid });
  });
  setInterval(() => process.send?.({ type: 'rss', rss: process.memoryUsage().rss }), 250).unref();
  process.on('message', (m: { type?: string }) => {
    if (m?.type === 'stop') void b.close().then(() => process.exit(0));
  });
  process.on('disconnect', () => process.exit(0));
}
