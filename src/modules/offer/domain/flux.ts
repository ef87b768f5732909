import type { FieldError } from '../../../shared/errors';
import type { Financing } from './ceilings';
import { offerError } from '../offer.errors';
import type { OfferStatus } from './offer-lifecycle';
import { departementOf, isValidInseeCode } from './zone';
import { isDepartementCode } from '../../../shared/commune';
import { CSV_SEPARATOR, toCsv, type CsvCell } from '../../../shared/csv';

/**
 * Flux (loi ELAN, brief §4): one reservation agreement per landlord, département and year,
 * stating how many units of its yearly flow the landlord owes ALS. The platform counts the
 * offers published against it and produces the landlord's yearly report: units proposed and
 * allocated, by typology, financing and commune, exported as CSV.
 */

/** A landlord's reservation agreement for one département and year. */
export interface ReservationAgreement {
  landlordId: string;
  /** two characters (`2A`/`2B` in Corsica), three overseas (`971`) */
  departement: string;
  year: number;
  /** units of the yearly flow owed to ALS */
  unitsOwed: number;
}

/** Where an agreement stands. */
export interface FluxGap {
  owed: number;
  /** offers published (proposed) against the agreement */
  published: number;
  allocated: number;
  /** units still to publish: owed − published, never below 0 */
  toPublish: number;
  /** units published beyond what is owed */
  surplus: number;
  /** owed units not allocated yet: owed − allocated, never below 0 */
  notYetAllocated: number;
  /** published ÷ owed × 100, rounded to one decimal; null when nothing is owed */
  publishedPercent: number | null;
  /** allocated ÷ owed × 100, rounded to one decimal; null when nothing is owed */
  allocatedPercent: number | null;
  /** every owed unit has been published */
  fulfilled: boolean;
}

/** Statuses of an offer that has been proposed to ALS's applicants (published, and what follows). */
export const PROPOSED_STATUSES: readonly OfferStatus[] = ['published', 'closed', 'designated', 'transmitted', 'allocated'];

/** What the flux counting and the report need of an offer (of one landlord and year, selected by the caller). */
export interface FluxOffer {
  typology: number;
  financing: Financing;
  communeCode: string;
  /** for the report's readability; optional */
  communeName?: string;
  status: OfferStatus;
  /**
   * Whether the offer was ever published, when the caller knows it from the history: a withdrawn
   * offer counts as proposed only if it had been published. Without it, the status decides.
   */
  everPublished?: boolean;
}

/** Field errors of a reservation agreement (empty when valid). */
export function validateReservationAgreement(agreement: Partial<ReservationAgreement>): FieldError[] {
  const errors: FieldError[] = [];
  if (typeof agreement.landlordId !== 'string' || agreement.landlordId.trim() === '') {
    errors.push({ field: 'landlordId', message: 'Bailleur obligatoire' });
  }
  if (typeof agreement.departement !== 'string' || !isDepartementCode(agreement.departement)) {
    errors.push({ field: 'departement', message: 'Code département invalide' });
  }
  if (typeof agreement.year !== 'number' || !Number.isInteger(agreement.year) || agreement.year < 2018 || agreement.year > 2100) {
    errors.push({ field: 'year', message: 'Année invalide' });
  }
  if (!isCount(agreement.unitsOwed)) errors.push({ field: 'unitsOwed', message: 'Nombre de logements dus : entier positif ou nul' });
  return errors;
}

/** Whether a string is a département code: 01–95 except 20, 2A, 2B, or 971–978 / 984–989 (the shared rule, `shared/commune.ts`). */
export { isDepartementCode };

/**
 * Where an agreement stands from its three counts. Throws `OFFER.INVALID_AGREEMENT` when a count
 * is not a whole number ≥ 0 or more units are allocated than published.
 */
export function fluxGap(owed: number, published: number, allocated: number): FluxGap {
  for (const [name, value] of [
    ['owed', owed],
    ['published', published],
    ['allocated', allocated],
  ] as const) {
    if (!isCount(value)) throw offerError.invalidAgreementCounts({ count: name, value });
  }
  if (allocated > published) throw offerError.invalidAgreementCounts({ allocated, published });
  const percent = (n: number) => (owed === 0 ? null : Math.round((n * 1000) / owed) / 10);
  return {
    owed,
    published,
    allocated,
    toPublish: Math.max(0, owed - published),
    surplus: Math.max(0, published - owed),
    notYetAllocated: Math.max(0, owed - allocated),
    publishedPercent: percent(published),
    allocatedPercent: percent(allocated),
    fulfilled: published >= owed,
  };
}

/** Whether an offer counts as proposed against the flux: published at some point. */
export function countsAsProposed(offer: Pick<FluxOffer, 'status' | 'everPublished'>): boolean {
  return offer.everPublished ?? PROPOSED_STATUSES.includes(offer.status);
}

/** Whether an offer counts as allocated. */
export function countsAsAllocated(offer: Pick<FluxOffer, 'status'>): boolean {
  return offer.status === 'allocated';
}

/**
 * Where an agreement stands, from the landlord's offers of the agreement's year (selected by the
 * caller): only offers in the agreement's département count.
 */
export function agreementProgress(agreement: ReservationAgreement, offers: readonly FluxOffer[]): FluxGap {
  const mine = offers.filter((o) => isValidInseeCode(o.communeCode) && departementOf(o.communeCode) === agreement.departement);
  return fluxGap(agreement.unitsOwed, mine.filter(countsAsProposed).length, mine.filter(countsAsAllocated).length);
}

/** One row of the yearly report. */
export interface FluxReportRow {
  departement: string;
  communeCode: string;
  communeName: string;
  typology: number;
  financing: Financing;
  unitsProposed: number;
  unitsAllocated: number;
}

/**
 * The yearly report's rows: units proposed and allocated, grouped by commune, typology and
 * financing, sorted by commune code, typology, then financing. Offers never proposed (draft,
 * under review, withdrawn before publication) do not appear. Offers with a malformed commune
 * code are grouped under département `?` rather than dropped, so that totals stay right.
 */
export function fluxReportRows(offers: readonly FluxOffer[]): FluxReportRow[] {
  const groups = new Map<string, FluxReportRow>();
  for (const offer of offers) {
    if (!countsAsProposed(offer)) continue;
    const key = `${offer.communeCode}|${offer.typology}|${offer.financing}`;
    let row = groups.get(key);
    if (!row) {
      row = {
        departement: isValidInseeCode(offer.communeCode) ? departementOf(offer.communeCode) : '?',
        communeCode: offer.communeCode,
        communeName: offer.communeName ?? '',
        typology: offer.typology,
        financing: offer.financing,
        unitsProposed: 0,
        unitsAllocated: 0,
      };
      groups.set(key, row);
    }
    if (!row.communeName && offer.communeName) row.communeName = offer.communeName;
    row.unitsProposed += 1;
    if (countsAsAllocated(offer)) row.unitsAllocated += 1;
  }
  return [...groups.values()].sort(
    (a, b) => compareText(a.communeCode, b.communeCode) || a.typology - b.typology || FINANCING_ORDER.indexOf(a.financing) - FINANCING_ORDER.indexOf(b.financing),
  );
}

/** Totals of the report's rows. */
export function fluxReportTotals(rows: readonly FluxReportRow[]): { unitsProposed: number; unitsAllocated: number } {
  return rows.reduce((t, r) => ({ unitsProposed: t.unitsProposed + r.unitsProposed, unitsAllocated: t.unitsAllocated + r.unitsAllocated }), {
    unitsProposed: 0,
    unitsAllocated: 0,
  });
}

// ——— CSV (the shared kernel's writer) ———
export { csvField, toCsv } from '../../../shared/csv';

/** Header row of the yearly report, in this order. */
export const FLUX_REPORT_COLUMNS = ['departement', 'code_commune', 'commune', 'typologie', 'financement', 'logements_proposes', 'logements_attribues'] as const;

/**
 * The yearly report as CSV: the header row `FLUX_REPORT_COLUMNS`, then one record per row
 * (typology written `T3`). With a UTF-8 byte-order mark by default, for Excel.
 */
export function fluxReportCsv(rows: readonly FluxReportRow[], options: { separator?: string; bom?: boolean } = {}): string {
  const records: CsvCell[][] = [
    [...FLUX_REPORT_COLUMNS],
    ...rows.map((r) => [r.departement, r.communeCode, r.communeName, `T${r.typology}`, r.financing, r.unitsProposed, r.unitsAllocated]),
  ];
  return toCsv(records, { separator: options.separator ?? CSV_SEPARATOR, bom: options.bom ?? true });
}

const FINANCING_ORDER: readonly Financing[] = ['PLAI', 'PLUS', 'PLS', 'PLI'];

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
