import { createHash } from 'node:crypto';
import { toIsoDate } from '../../../shared/dates';
import { assertValidOfferData, departementOf, normalizeInseeCode, type OfferData } from '../domain/index';
import { offerError } from '../offer.errors';
import type { AgreementRef } from '../ports';
import type { OfferContext } from './offer.deps';

/** What a landlord sends to create or change an offer: the home's data, and optionally the agreement it counts against. */
export type OfferInput = Partial<OfferData> & { agreementId?: string | null };

/** Trims texts and normalises the commune code; does not validate. */
export function normalizeOfferData(data: Partial<OfferData>): Partial<OfferData> {
  const out: Partial<OfferData> = { ...data };
  if (typeof out.addressLine === 'string') out.addressLine = out.addressLine.trim();
  if (typeof out.postalCode === 'string') out.postalCode = out.postalCode.trim();
  if (typeof out.communeCode === 'string') out.communeCode = normalizeInseeCode(out.communeCode);
  if (typeof out.description === 'string') {
    const d = out.description.trim();
    if (d) out.description = d;
    else delete out.description;
  }
  return out;
}

/**
 * Checks the data against the domain's rules and the official communes referential (a well-formed
 * but nonexistent code such as 01999 is refused), and gives the commune's département and zone.
 */
export function validatedData(
  ctx: OfferContext,
  data: Partial<OfferData>,
  now: Date,
): { data: OfferData; departement: string; zone: ReturnType<OfferContext['tables']['zoneOf']> } {
  const clean = normalizeOfferData(data);
  assertValidOfferData(clean, toIsoDate(now), { isKnownCommune: (code) => ctx.communes.isKnownCommune(code) });
  return { data: clean, departement: departementOf(clean.communeCode), zone: ctx.tables.zoneOf(clean.communeCode) };
}

/** The agreement a landlord names must be its own and cover the offer's département. */
export async function explicitAgreement(ctx: OfferContext, landlordId: string, agreementId: string, departement: string): Promise<AgreementRef> {
  const agreement = await ctx.landlords.agreementById(agreementId);
  if (!agreement || agreement.landlordId !== landlordId) throw offerError.unknownAgreement();
  if (agreement.departement !== departement) throw offerError.agreementOfAnotherDepartement(agreement.departement, departement);
  return agreement;
}

/** Hash of a request body, independent of the order of its keys (for idempotency keys). */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
