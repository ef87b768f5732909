import type { Principal } from '../../identity/index';
import { parseCeilingCsv, type CeilingCsvProblem, type CeilingRow } from '../domain/index';
import type { OfferContext } from './offer.deps';
import { offerError } from '../offer.errors';

/** A year of income ceilings read from an administrator's CSV, as shown before it is applied. */
export type CeilingsPreview =
  | {
      ok: true;
      year: number;
      rows: CeilingRow[];
      /** the figures the year has now (empty for a new year): what the load replaces */
      current: CeilingRow[];
    }
  | { ok: false; problems: CeilingCsvProblem[] };

export function assertAdmin(principal: Principal): void {
  if (principal.role !== 'admin') throw offerError.adminOnly();
}

/** Reads and checks every line of the file; applies nothing. */
export async function previewCeilings(ctx: OfferContext, principal: Principal, csv: string): Promise<CeilingsPreview> {
  assertAdmin(principal);
  const parsed = parseCeilingCsv(csv);
  if (!parsed.ok) return parsed;
  const current = (await ctx.ceilings.all()).filter((r) => r.year === parsed.year);
  return { ok: true, year: parsed.year, rows: parsed.rows, current };
}
