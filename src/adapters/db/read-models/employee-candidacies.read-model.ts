import { and, count, desc, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { candidacies, rankingSnapshotEntries, rankingSnapshots } from '../schema/candidacy.schema';
import { offers } from '../schema/offer.schema';
import { pageOffset, type Page, type PageRequest } from '../../../shared/pagination';
import type { EmployeeCandidacyStatus, EmployeeCandidacyStatusSource } from '../../../modules/company-space/index';

/**
 * The company space's view of its employees' candidacies (issue 18 item 12): each line told apart
 * by the offer's address and closing date, with the candidate's rank in the ranking frozen when the
 * offer closed (the last closing snapshot), filtered by status. Read across the candidacy and offer
 * schemas in one query; nothing of the demand's contents.
 */
export class EmployeeCandidaciesReadModel implements EmployeeCandidacyStatusSource {
  constructor(private readonly database: Database) {}

  async listForDemands(demandIds: string[], page: PageRequest, statuses?: readonly string[]): Promise<Page<EmployeeCandidacyStatus>> {
    if (demandIds.length === 0) return { items: [], page: page.page, pageSize: page.pageSize, total: 0 };
    const db = this.database.db;
    const where = and(inArray(candidacies.demandId, demandIds), statuses?.length ? inArray(candidacies.status, [...statuses]) : undefined);
    // the rank in the last ranking frozen at a closing of the offer
    const rankAtClose = sql<number | null>`(
      select e.rank from ${rankingSnapshotEntries} e join ${rankingSnapshots} s on s.offer_id = e.offer_id and s.revision = e.revision
       where e.offer_id = ${candidacies.offerId} and e.candidacy_id = ${candidacies.id} and s.trigger = 'closing'
       order by e.revision desc limit 1)`;
    const [rows, [total]] = await Promise.all([
      db
        .select({
          demandId: candidacies.demandId,
          offerId: candidacies.offerId,
          communeCode: candidacies.offerCommuneCode,
          communeName: candidacies.offerCommuneName,
          typology: candidacies.offerTypology,
          status: candidacies.status,
          updatedAt: candidacies.statusChangedAt,
          addressLine: offers.addressLine,
          postalCode: offers.postalCode,
          closingDate: offers.closingDate,
          rankAtClose,
        })
        .from(candidacies)
        .leftJoin(offers, eq(offers.id, candidacies.offerId))
        .where(where)
        .orderBy(desc(candidacies.statusChangedAt), asc(candidacies.id))
        .limit(page.pageSize)
        .offset(pageOffset(page)),
      db.select({ n: count() }).from(candidacies).where(where),
    ]);
    return {
      items: rows.map((r) => ({
        demandId: r.demandId,
        offerCommune: r.communeName ?? r.communeCode,
        offerTypology: `T${r.typology}`,
        status: r.status,
        updatedAt: r.updatedAt,
        offerId: r.offerId,
        offerAddress: r.addressLine ? `${r.addressLine}, ${r.postalCode ?? ''} ${r.communeName ?? ''}`.trim() : null,
        closingDate: r.closingDate ?? null,
        rankAtClose: r.rankAtClose === null || r.rankAtClose === undefined ? null : Number(r.rankAtClose),
      })),
      page: page.page,
      pageSize: page.pageSize,
      total: Number(total?.n ?? 0),
    };
  }
}
