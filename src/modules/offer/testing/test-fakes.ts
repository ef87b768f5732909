/**
 * In-memory fakes of the offer module's ports, for the unit tests of this folder. The search
 * applies the same criteria as the SQL adapter (the eligibility pre-filter included), so that the
 * use cases can be tested without a database.
 */
import { toIsoDate } from '../../../shared/dates';
import { conflict } from '../../../shared/errors';
import { offerError } from '../offer.errors';
import { InMemoryAuditTrail } from '../../../shared/testing/audit';
import { FixedClock } from '../../../shared/testing/clock';
import { InProcessEventBus } from '../../../shared/events';
import { immediateUnitOfWork } from '../../../shared/testing/unit-of-work';
import { pageOffset, type Page, type PageRequest } from '../../../shared/pagination';
import type { Principal } from '../../identity/index';
import { ceilingRowsFromJson, ceilingTableFromRows, parisAndBorderingCodesFromJson, ILE_DE_FRANCE_DEPARTEMENTS, type CeilingRow, type OfferHistoryEntry } from '../domain/index';
import { incomeCeilingsJson, parisBorderingJson } from './test-data';
import type {
  AgreementRef,
  ApplicantFactsSource,
  ApplicantRecord,
  CeilingRepository,
  CommuneDirectory,
  IdempotencyRecord,
  LandlordDirectory,
  Offer,
  OfferPhoto,
  OfferPhotoRepository,
  OfferRepository,
  OfferSearchCriteria,
  PhotoProcessor,
  PhotoStorage,
} from '../ports';
import { OfferService } from '../application/offer.service';

export class InMemoryPhotoRepository implements OfferPhotoRepository {
  readonly photos = new Map<string, OfferPhoto>();
  async insert(photo: OfferPhoto) {
    this.photos.set(photo.id, { ...photo });
  }
  async listForOffer(offerId: string) {
    return [...this.photos.values()].filter((p) => p.offerId === offerId).sort((a, b) => a.position - b.position || a.createdAt.getTime() - b.createdAt.getTime());
  }
  async listForOffers(offerIds: readonly string[]) {
    return new Map(await Promise.all(offerIds.map(async (id) => [id, await this.listForOffer(id)] as const)));
  }
  async delete(photoId: string) {
    this.photos.delete(photoId);
  }
  async setPosition(photoId: string, position: number) {
    const p = this.photos.get(photoId);
    if (p) p.position = position;
  }
}

export class InMemoryPhotoStorage implements PhotoStorage {
  readonly files = new Map<string, Uint8Array>();
  private seq = 0;
  async put(content: Uint8Array) {
    const storageKey = `photo-${++this.seq}`;
    this.files.set(storageKey, content);
    return { storageKey };
  }
  async get(storageKey: string) {
    const content = this.files.get(storageKey);
    if (!content) throw conflict('TEST.NO_FILE', storageKey);
    return (async function* () {
      yield content;
    })();
  }
  async delete(storageKey: string) {
    this.files.delete(storageKey);
  }
}

/** Takes any content starting with "IMG" as a JPEG and answers three fixed sizes. */
export const fakePhotoProcessor: PhotoProcessor = {
  detect: async (content) => (Buffer.from(content.subarray(0, 3)).toString('latin1') === 'IMG' ? 'image/jpeg' : null),
  process: async (content) => ({
    contentType: 'image/webp',
    sizes: { small: { content, width: 320, height: 240 }, medium: { content, width: 800, height: 600 }, large: { content, width: 1600, height: 1200 } },
  }),
};

export class InMemoryOfferRepository implements OfferRepository {
  readonly offers = new Map<string, Offer>();
  readonly histories = new Map<string, OfferHistoryEntry[]>();
  readonly keys = new Map<string, IdempotencyRecord>();
  /** simulates a concurrent request storing the same key between the lookup and the insert */
  raceOnNextKey: IdempotencyRecord | undefined;

  constructor(private readonly ceilings: InMemoryCeilingRepository) {}

  async insert(offer: Offer) {
    this.offers.set(offer.id, structuredClone(offer));
  }
  async findById(id: string) {
    const o = this.offers.get(id);
    return o ? structuredClone(o) : null;
  }
  findByIdForUpdate = this.findById;
  async update(offer: Offer) {
    const current = this.offers.get(offer.id);
    this.offers.set(offer.id, { ...structuredClone(offer), candidacyCount: current?.candidacyCount ?? offer.candidacyCount });
  }
  async appendHistory(offerId: string, entry: OfferHistoryEntry) {
    this.histories.set(offerId, [...(this.histories.get(offerId) ?? []), entry]);
  }
  async history(offerId: string) {
    return [...(this.histories.get(offerId) ?? [])];
  }
  /** the entries were appended in order: the last one with the latest `at` (the database's `order by at desc, id desc`) */
  async lastHistoryEntries(offerIds: readonly string[]) {
    const last = new Map<string, OfferHistoryEntry>();
    for (const id of new Set(offerIds)) {
      const entries = this.histories.get(id) ?? [];
      let best: OfferHistoryEntry | undefined;
      for (const e of entries) if (!best || e.at.getTime() >= best.at.getTime()) best = e;
      if (best) last.set(id, { ...best });
    }
    return last;
  }

  async search(c: OfferSearchCriteria, page: PageRequest): Promise<Page<Offer>> {
    const table = ceilingTableFromRows(this.ceilings.rows);
    const all = [...this.offers.values()].filter((o) => {
      const d = o.data;
      if (c.statuses && !c.statuses.includes(o.status)) return false;
      if (c.landlordId && o.landlordId !== c.landlordId) return false;
      if (c.openOn && d.closingDate < c.openOn) return false;
      if (c.communeCodes && !c.communeCodes.includes(d.communeCode)) return false;
      if (c.departement && o.departement !== c.departement) return false;
      if (c.typologies && !c.typologies.includes(d.typology)) return false;
      if (c.maxTotalRent !== undefined && d.rent + d.charges > c.maxTotalRent) return false;
      if (c.accessible !== undefined && d.accessible !== c.accessible) return false;
      if (c.availableBefore && d.availableFrom > c.availableBefore) return false;
      const e = c.eligibility;
      if (e) {
        if (d.mainRooms > e.maxMainRooms || d.surface < e.minSurface) return false;
        if (d.financing === 'PLI') return false;
        const base = table.lookup(e.year, d.financing, o.zone, e.category as 1);
        const extra = table.extraPerson(e.year, d.financing, o.zone);
        if (base === undefined || (e.extraPersonUnits > 0 && extra === undefined)) return false;
        if (base + (extra ?? 0) * e.extraPersonUnits < e.referenceIncome) return false;
      }
      return true;
    });
    const items = all.slice(pageOffset(page), pageOffset(page) + page.pageSize);
    return { items: structuredClone(items), page: page.page, pageSize: page.pageSize, total: all.length };
  }

  async findIdempotencyKey(landlordId: string, key: string) {
    return this.keys.get(`${landlordId}|${key}`) ?? null;
  }
  async saveIdempotencyKey(r: IdempotencyRecord) {
    if (this.raceOnNextKey) {
      this.keys.set(`${r.landlordId}|${r.key}`, this.raceOnNextKey);
      this.raceOnNextKey = undefined;
      throw offerError.idempotencyRace();
    }
    if (this.keys.has(`${r.landlordId}|${r.key}`)) throw offerError.idempotencyRace();
    this.keys.set(`${r.landlordId}|${r.key}`, r);
  }
  async dueForClosing(today: string, limit: number) {
    return [...this.offers.values()]
      .filter((o) => o.status === 'published' && o.data.closingDate < today)
      .slice(0, limit)
      .map((o) => o.id);
  }
  async countByStatus() {
    const counts: Record<string, number> = {};
    for (const o of this.offers.values()) counts[o.status] = (counts[o.status] ?? 0) + 1;
    return counts;
  }
  async agreementCounts(ids: readonly string[]) {
    const out = new Map<string, { published: number; allocated: number }>();
    for (const o of this.offers.values()) {
      if (!o.agreementId || !ids.includes(o.agreementId)) continue;
      const c = out.get(o.agreementId) ?? { published: 0, allocated: 0 };
      if (o.everPublished) c.published++;
      if (o.status === 'allocated') c.allocated++;
      out.set(o.agreementId, c);
    }
    return out;
  }
  async offersOfAgreement(agreementId: string) {
    return [...this.offers.values()].filter((o) => o.agreementId === agreementId);
  }
  async adjustCandidacyCount(offerId: string, delta: number) {
    const o = this.offers.get(offerId);
    if (!o) return null;
    o.candidacyCount = Math.max(0, o.candidacyCount + delta);
    return structuredClone(o);
  }
}

export class InMemoryCeilingRepository implements CeilingRepository {
  rows: CeilingRow[] = [];
  upserts = 0;
  async insertMissing(rows: readonly CeilingRow[]) {
    this.upserts++;
    const key = (r: CeilingRow) => `${r.year}|${r.financing}|${r.zone}|${r.category}`;
    const byKey = new Map(this.rows.map((r) => [key(r), r]));
    for (const r of rows) if (!byKey.has(key(r))) byKey.set(key(r), r);
    this.rows = [...byKey.values()];
  }
  async replaceYear(year: number, rows: readonly CeilingRow[]) {
    this.rows = [...this.rows.filter((r) => r.year !== year), ...rows];
  }
  async all() {
    return [...this.rows];
  }
}

/** Lyon 6e, Paris, Versailles, Marseille, Lille, Montreuil and an unknown-but-well-formed 01999. */
export const communes: CommuneDirectory = {
  isKnownCommune: (code) => ['69386', '75056', '78646', '13055', '59350', '93048', '69266'].includes(code),
  communeName: (code) => (({ '69386': 'Lyon 6e Arrondissement', '93048': 'Montreuil' }) as Record<string, string>)[code],
  epciOf: (code) => (code.startsWith('69') ? { code: '200046977', name: 'Métropole de Lyon' } : undefined),
};

export function fakeLandlords(known: string[], agreements: AgreementRef[] = []): LandlordDirectory {
  return {
    exists: async (id) => known.includes(id),
    namesOf: async (ids) => new Map(ids.filter((id) => known.includes(id)).map((id) => [id, `Bailleur ${id.slice(0, 4)}`])),
    agreementFor: async (landlordId, departement, year) => agreements.find((a) => a.landlordId === landlordId && a.departement === departement && a.year === year) ?? null,
    agreementById: async (id) => agreements.find((a) => a.id === id) ?? null,
  };
}

export function fakeApplicants(records: ApplicantRecord[]): ApplicantFactsSource {
  return {
    factsForDemand: async (id) => records.find((r) => r.demandId === id) ?? null,
    activeDemandOf: async (accountId) => records.find((r) => r.ownerAccountId === accountId && r.status === 'active') ?? null,
  };
}

export const LANDLORD_A = 'aaaaaaaa-0000-4000-8000-000000000001';
export const LANDLORD_B = 'bbbbbbbb-0000-4000-8000-000000000002';
export const landlordUser = (landlordId = LANDLORD_A): Principal => ({ accountId: `acc-${landlordId}`, role: 'landlord_client', sessionId: 's', landlordId });
export const agent: Principal = { accountId: 'acc-agent', role: 'agent', sessionId: 's' };
export const applicant = (accountId = 'acc-applicant'): Principal => ({ accountId, role: 'applicant', sessionId: 's' });

export function testOffers(options: { agreements?: AgreementRef[]; applicants?: ApplicantRecord[]; now?: string } = {}) {
  const clock = new FixedClock(options.now ?? '2026-03-15T09:00:00Z');
  const ceilings = new InMemoryCeilingRepository();
  const offers = new InMemoryOfferRepository(ceilings);
  const audit = new InMemoryAuditTrail();
  const events = new InProcessEventBus();
  const service = new OfferService({
    offers,
    ceilings,
    events,
    reference: {
      ceilingRows: () => ceilingRowsFromJson(incomeCeilingsJson),
      parisAndBorderingCodes: () => parisAndBorderingCodesFromJson(parisBorderingJson),
      ileDeFranceDepartements: () => ILE_DE_FRANCE_DEPARTEMENTS,
    },
    communes,
    landlords: fakeLandlords([LANDLORD_A, LANDLORD_B], options.agreements ?? []),
    applicants: fakeApplicants(options.applicants ?? []),
    settings: { underOccupationTolerance: 1, effortWarningThreshold: 40 },
    audit,
    clock,
    uow: immediateUnitOfWork,
    photos: new InMemoryPhotoRepository(),
    photoStorage: new InMemoryPhotoStorage(),
    photoProcessor: fakePhotoProcessor,
    photoSettings: { maxPhotosPerOffer: 10, maxBytes: 10_000_000 },
  });
  return { service, offers, ceilings, audit, clock, events, today: () => toIsoDate(clock.now()) };
}

/** A T2 in Lyon 6e, PLUS, 35 m², 450 € + 60 €. */
export const lyonT2 = {
  addressLine: '12 rue Vendôme',
  postalCode: '69006',
  communeCode: '69386',
  typology: 2,
  mainRooms: 2,
  surface: 35,
  floor: 2,
  elevator: true,
  accessible: false,
  energyClass: 'C' as const,
  rent: 450,
  charges: 60,
  financing: 'PLUS' as const,
  availableFrom: '2026-05-01',
  closingDate: '2026-03-31',
};
