import { newId } from '../../../shared/ids';
import {
  fluxGap,
  fluxReportCsv,
  fluxReportRows,
  fluxReportTotals,
  validateReservationAgreement,
  FLUX_REPORT_COLUMNS,
  type FluxGap,
  type FluxReportRow,
} from '../../offer/index';
import type { Principal } from '../../identity/index';
import type { Agreement } from '../domain/agreement';
import type { Landlord } from '../domain/landlord';
import { landlordError } from '../landlord.errors';
import { assertAgent, assertMayRead, auditActor } from './access';
import { departementName, gapSentence } from '../domain/departements';
import type { LandlordDeps } from './landlord.deps';

/** An agreement with where it stands: units owed, published and allocated against it. */
export interface AgreementView extends Agreement {
  /** « Rhône » */
  departementName: string;
  gap: FluxGap;
  /** « Il reste 3 logements à proposer dans le Rhône. », or that the agreement is met */
  gapSentence: string;
}

export interface AgreementReport {
  landlord: Pick<Landlord, 'id' | 'name' | 'siren'>;
  agreement: AgreementView;
  columns: readonly string[];
  rows: FluxReportRow[];
  totals: { unitsProposed: number; unitsAllocated: number };
}

async function requireLandlord(deps: LandlordDeps, landlordId: string): Promise<Landlord> {
  const landlord = await deps.landlords.findById(landlordId);
  if (!landlord) throw landlordError.notFound();
  return landlord;
}

async function requireAgreement(deps: LandlordDeps, landlordId: string, agreementId: string): Promise<Agreement> {
  const agreement = await deps.agreements.findById(agreementId);
  if (!agreement || agreement.landlordId !== landlordId) throw landlordError.agreementNotFound();
  return agreement;
}

export async function withGaps(deps: LandlordDeps, agreements: Agreement[]): Promise<AgreementView[]> {
  const counts = await deps.agreementOffers.counts(agreements.map((a) => a.id));
  return agreements.map((a) => {
    const c = counts.get(a.id) ?? { published: 0, allocated: 0 };
    const gap = fluxGap(a.unitsOwed, c.published, Math.min(c.allocated, c.published));
    return { ...a, departementName: departementName(a.departement), gap, gapSentence: gapSentence(a.departement, gap) };
  });
}

/** An agent records a landlord's reservation agreement for a département and a year. */
export async function createAgreement(
  deps: LandlordDeps,
  principal: Principal,
  landlordId: string,
  input: { departement: string; year: number; unitsOwed: number },
): Promise<AgreementView> {
  assertAgent(principal);
  const departement = input.departement.trim().toUpperCase();
  const fields = validateReservationAgreement({ landlordId, departement, year: input.year, unitsOwed: input.unitsOwed });
  if (fields.length) throw landlordError.invalidAgreement(fields);
  return deps.uow.run(async () => {
    await requireLandlord(deps, landlordId);
    if (await deps.agreements.findFor(landlordId, departement, input.year)) throw landlordError.agreementExists(departement, input.year);
    const now = deps.clock.now();
    const agreement: Agreement = { id: newId(), landlordId, departement, year: input.year, unitsOwed: input.unitsOwed, createdAt: now, updatedAt: now };
    await deps.agreements.insert(agreement);
    await deps.audit.record({
      ...auditActor(principal), action: 'agreement.created', objectType: 'agreement', objectId: agreement.id,
      detail: { landlordId, departement, year: input.year, unitsOwed: input.unitsOwed },
    });
    return (await withGaps(deps, [agreement]))[0]!;
  });
}

/** An agent changes the units owed (an amendment of the agreement). */
export async function updateAgreement(
  deps: LandlordDeps,
  principal: Principal,
  landlordId: string,
  agreementId: string,
  input: { unitsOwed: number },
): Promise<AgreementView> {
  assertAgent(principal);
  return deps.uow.run(async () => {
    const current = await requireAgreement(deps, landlordId, agreementId);
    const next: Agreement = { ...current, unitsOwed: input.unitsOwed, updatedAt: deps.clock.now() };
    const fields = validateReservationAgreement(next);
    if (fields.length) throw landlordError.invalidAgreement(fields);
    await deps.agreements.update(next);
    await deps.audit.record({
      ...auditActor(principal), action: 'agreement.updated', objectType: 'agreement', objectId: agreementId,
      detail: { unitsOwed: { from: current.unitsOwed, to: input.unitsOwed } },
    });
    return (await withGaps(deps, [next]))[0]!;
  });
}

export async function listAgreements(deps: LandlordDeps, principal: Principal, landlordId: string): Promise<AgreementView[]> {
  assertMayRead(principal, landlordId);
  await requireLandlord(deps, landlordId);
  return withGaps(deps, await deps.agreements.listByLandlord(landlordId));
}

export async function getAgreement(deps: LandlordDeps, principal: Principal, landlordId: string, agreementId: string): Promise<AgreementView> {
  assertMayRead(principal, landlordId);
  return (await withGaps(deps, [await requireAgreement(deps, landlordId, agreementId)]))[0]!;
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

/** For the offer module: the agreement of a landlord for a département and a year. */
export const agreementFor = (deps: LandlordDeps, landlordId: string, departement: string, year: number) =>
  deps.agreements.findFor(landlordId, departement, year);

export const agreementById = (deps: LandlordDeps, agreementId: string) => deps.agreements.findById(agreementId);
