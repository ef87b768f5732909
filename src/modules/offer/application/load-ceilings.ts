import { createHash } from 'node:crypto';
import type { Principal } from '../../identity/index';
import { parseCeilingCsv } from '../domain/index';
import { offerError } from '../offer.errors';
import { auditActor } from './access';
import type { OfferContext } from './offer.deps';
import { assertAdmin } from './preview-ceilings';

/**
 * An administrator loads a year of income ceilings (the CSV shown by `previewCeilings`), without a
 * deploy: the file is checked again, the year's cells replaced in one transaction, the load
 * audited (year, number of cells, the file's SHA-256), and the next eligibility check uses it.
 */
export async function loadCeilings(ctx: OfferContext, principal: Principal, csv: string): Promise<{ year: number; rows: number }> {
  assertAdmin(principal);
  const parsed = parseCeilingCsv(csv);
  if (!parsed.ok) throw offerError.ceilingFileInvalid(parsed.problems);
  const { year, rows } = parsed;
  await ctx.uow.run(async () => {
    const replaced = (await ctx.ceilings.all()).filter((r) => r.year === year).length;
    await ctx.ceilings.replaceYear(year, rows);
    await ctx.audit.record({
      ...auditActor(principal),
      action: 'offer.ceilings_loaded',
      objectType: 'income_ceilings',
      objectId: String(year),
      detail: { year, cells: rows.length, replaced, sha256: createHash('sha256').update(csv).digest('hex') },
    });
  });
  ctx.tables.invalidate();
  return { year, rows: rows.length };
}
