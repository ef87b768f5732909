import { OFFER_STATUSES, OFFER_STATUS_LABELS } from '../../../modules/offer/index';
import type { CsvCell } from '../../../shared/csv';
import type { DashboardSeries } from '../../db/read-models/platform-stats';
import type { ChartPoint } from './charts';
import { deName, plural, pluralWord } from '../../web/kit/french';
import { frDate, frInteger, frOneDecimal } from '../../web/kit/format';

/**
 * The dashboard's four charts: for each, what the SVG draws, the table the page shows under it and
 * the CSV it offers — all from the same rows, so the three never disagree.
 */

export type ChartId = 'candidatures-par-jour' | 'offres-par-etat' | 'delai-publication-attribution' | 'attributions-par-taille';
export const CHART_IDS: readonly ChartId[] = ['candidatures-par-jour', 'offres-par-etat', 'delai-publication-attribution', 'attributions-par-taille'];

export interface ChartData {
  id: ChartId;
  kind: 'columns' | 'bars';
  title: string;
  description: string;
  /** what the figures mean, shown under the chart */
  definition: string;
  points: ChartPoint[];
  /** columns charts: write an x label every n points; values above the columns */
  labelEvery?: number;
  valueLabels?: boolean;
  yLabel?: string;
  unit?: 'days';
  /** the table and the CSV: headers and rows */
  tableHeaders: string[];
  tableRows: CsvCell[][];
  csvHeaders: string[];
  csvRows: CsvCell[][];
}

const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const SHORT_MONTHS = ['jan', 'fév', 'mar', 'avr', 'mai', 'juin', 'juil', 'aoû', 'sep', 'oct', 'nov', 'déc'];
const frMonth = (ym: string) => `${MONTHS[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;
/** « De mars 2026 », « D’avril 2026 »: the elided « de » at the head of a sentence. */
const sentenceFromMonth = (ym: string) => {
  const d = deName(frMonth(ym));
  return d.charAt(0).toUpperCase() + d.slice(1);
};
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

export const SIZE_CLASS_LABELS: Readonly<Record<string, string>> = {
  PME: 'PME',
  ETI: 'ETI',
  GE: 'Grande entreprise (GE)',
  none: 'Sans classe (employeur non référencé ou inconnu)',
};

export function candidaciesPerDayChart(series: DashboardSeries): ChartData {
  const days = series.candidaciesPerDay;
  const total = days.reduce((s, d) => s + d.count, 0);
  const peak = days.reduce<{ day: string; count: number } | undefined>((best, d) => (!best || d.count > best.count ? d : best), undefined);
  const first = days[0]?.day ?? '';
  const last = days[days.length - 1]?.day ?? '';
  return {
    id: 'candidatures-par-jour',
    kind: 'columns',
    title: `Candidatures par jour, ${days.length} derniers jours`,
    description: total
      ? `Du ${frDate(first)} au ${frDate(last)} : ${plural(total, 'candidature')}, au plus ${frInteger(peak!.count)} le ${frDate(peak!.day)}.`
      : `Aucune candidature du ${frDate(first)} au ${frDate(last)}.`,
    definition: 'Candidatures déposées chaque jour (jour UTC du dépôt), quel que soit leur état depuis.',
    points: days.map((d) => ({ label: `${d.day.slice(8, 10)}/${d.day.slice(5, 7)}`, value: d.count })),
    labelEvery: 15,
    yLabel: 'candidatures',
    tableHeaders: ['Jour', 'Candidatures'],
    tableRows: days.map((d) => [frDate(d.day), d.count]),
    csvHeaders: ['jour', 'candidatures'],
    csvRows: days.map((d) => [d.day, d.count]),
  };
}

export function offersByStateChart(offersByStatus: Record<string, number>): ChartData {
  const rows = OFFER_STATUSES.map((s) => ({ status: s, label: OFFER_STATUS_LABELS[s], count: offersByStatus[s] ?? 0 }));
  const total = rows.reduce((s, r) => s + r.count, 0);
  return {
    id: 'offres-par-etat',
    kind: 'bars',
    title: 'Offres par état',
    description: `${plural(total, 'offre')} au total. ${rows.map((r) => `${r.label} : ${frInteger(r.count)}`).join(' ; ')}.`,
    definition: 'Toutes les offres de logement de la plateforme, par état actuel.',
    points: rows.map((r) => ({ label: r.label, value: r.count })),
    tableHeaders: ['État', 'Offres'],
    tableRows: rows.map((r) => [r.label, r.count]),
    csvHeaders: ['etat', 'libelle', 'offres'],
    csvRows: rows.map((r) => [r.status, r.label, r.count]),
  };
}

export function publicationToAllocationChart(series: DashboardSeries): ChartData {
  const months = series.publicationToAllocation;
  const withData = months.filter((m) => m.medianDays !== null);
  const first = months[0]?.month ?? '';
  const last = months[months.length - 1]?.month ?? '';
  return {
    id: 'delai-publication-attribution',
    kind: 'columns',
    title: 'Délai médian de la publication à l’attribution, par mois (jours)',
    description: withData.length
      ? `${sentenceFromMonth(first)} à ${frMonth(last)}. ${withData.map((m) => `${frMonth(m.month)} : ${frOneDecimal(oneDecimal(m.medianDays!))} ${pluralWord(oneDecimal(m.medianDays!), 'jour')} (${plural(m.allocations, 'attribution')})`).join(' ; ')}. Les autres mois n’ont pas d’attribution.`
      : `Aucune attribution ${deName(frMonth(first))} à ${frMonth(last)}.`,
    definition:
      'Pour les baux signés chaque mois, nombre médian de jours entre la première mise en ligne de l’offre et la signature du bail. « — » : aucune attribution ce mois-là.',
    points: months.map((m) => ({ label: SHORT_MONTHS[Number(m.month.slice(5, 7)) - 1]!, value: m.medianDays === null ? null : oneDecimal(m.medianDays) })),
    labelEvery: 1,
    valueLabels: true,
    yLabel: 'jours (médiane)',
    unit: 'days',
    tableHeaders: ['Mois', 'Attributions', 'Délai médian (jours)'],
    tableRows: months.map((m) => [frMonth(m.month), m.allocations, m.medianDays === null ? '—' : frOneDecimal(oneDecimal(m.medianDays))]),
    csvHeaders: ['mois', 'attributions', 'delai_median_jours'],
    csvRows: months.map((m) => [m.month, m.allocations, m.medianDays === null ? null : oneDecimal(m.medianDays)]),
  };
}

export function allocationsBySizeChart(series: DashboardSeries): ChartData {
  const rows = series.allocationsBySizeClass;
  const total = rows.reduce((s, r) => s + r.count, 0);
  const share = (n: number) => (total ? oneDecimal((n / total) * 100) : null);
  const lastMonth = series.publicationToAllocation[series.publicationToAllocation.length - 1]?.month ?? series.monthsFrom.slice(0, 7);
  return {
    id: 'attributions-par-taille',
    kind: 'bars',
    title: 'Attributions par taille d’entreprise, 12 derniers mois',
    description: total
      ? `${sentenceFromMonth(series.monthsFrom.slice(0, 7))} à ${frMonth(lastMonth)} : ${plural(total, 'attribution')}. ${rows.map((r) => `${SIZE_CLASS_LABELS[r.sizeClass] ?? r.sizeClass} : ${frInteger(r.count)} (${frOneDecimal(share(r.count)!)} %)`).join(' ; ')}.`
      : `Aucune attribution ${deName(frMonth(series.monthsFrom.slice(0, 7)))} à ${frMonth(lastMonth)}.`,
    definition:
      'Baux signés sur les 12 derniers mois calendaires (mois en cours compris), selon la taille de l’entreprise qui emploie le demandeur au moment du bail (vue de l’équilibrage).',
    points: rows.map((r) => ({ label: SIZE_CLASS_LABELS[r.sizeClass] ?? r.sizeClass, value: r.count })),
    tableHeaders: ['Taille d’entreprise', 'Attributions', 'Part (%)'],
    tableRows: rows.map((r) => [SIZE_CLASS_LABELS[r.sizeClass] ?? r.sizeClass, r.count, total ? frOneDecimal(share(r.count)!) : '—']),
    csvHeaders: ['taille', 'libelle', 'attributions', 'part_pourcent'],
    csvRows: rows.map((r) => [r.sizeClass, SIZE_CLASS_LABELS[r.sizeClass] ?? r.sizeClass, r.count, share(r.count)]),
  };
}

export function dashboardCharts(series: DashboardSeries, offersByStatus: Record<string, number>): ChartData[] {
  return [candidaciesPerDayChart(series), offersByStateChart(offersByStatus), publicationToAllocationChart(series), allocationsBySizeChart(series)];
}
