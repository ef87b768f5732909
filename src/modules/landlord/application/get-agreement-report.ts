import type { Principal } from '../../identity/index';
import { FLUX_REPORT_COLUMNS, fluxReportCsv, fluxReportRows, fluxReportTotals, type FluxReportRow } from '../../offer/index';
import type { Landlord } from '../domain/landlord';
import { assertMayRead } from './access';
import { withGaps, type AgreementView } from './agreement-view';
import type { LandlordDeps } from './landlord.deps';
import { requireAgreement, requireLandlord } from './require-landlord';

export interface AgreementReport {
  landlord: Pick<Landlord, 'id' | 'name' | 'siren'>;
  agreement: AgreementView;
  columns: readonly string[];
  rows: FluxReportRow[];
  totals: { unitsProposed: number; unitsAllocated: number };
}

/** The yearly report of an agreement: units proposed and allocated by commune, typology and financing. */
export async function agreementReport(deps: LandlordDeps, principal: Principal, landlordId: string, agreementId: string): Promise<AgreementReport> {
  assertMayRead(principal, landlordId);
  const landlord = await requireLandlord(deps, landlordId);
  const agreement = (await withGaps(deps, [await requireAgreement(deps, landlordId, agreementId)]))[0]!;
  const rows = fluxReportRows(await deps.agreementOffers.offers(agreementId));
  return {
    landlord: { id: landlord.id, name: landlord.name, siren: landlord.siren },
    agreement,
    columns: FLUX_REPORT_COLUMNS,
    rows,
    totals: fluxReportTotals(rows),
  };
}

/** The report as CSV (`;`, CRLF, UTF-8 with BOM, for Excel) and its file name. */
export function agreementReportCsv(report: AgreementReport): { filename: string; csv: string } {
  const { agreement, landlord } = report;
  return {
    filename: `flux-${landlord.siren}-${agreement.departement}-${agreement.year}.csv`,
    csv: fluxReportCsv(report.rows),
  };
}
