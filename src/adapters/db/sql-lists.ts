import { sql, type Column, type SQL } from 'drizzle-orm';

/**
 * `column = any($1::uuid[])`: a list of ids bound as ONE array parameter. drizzle's
 * `inArray(column, ids)` binds one parameter per id (`in ($1, …, $1000)`): a new statement text
 * for every list length (no reuse of a prepared plan) and a placeholder built per id — 7 % of the
 * CPU of ranking 1,000 candidates. The plans are the same (PostgreSQL turns the list into `= ANY`).
 */
export const anyUuid = (column: Column, ids: readonly string[]): SQL => sql`${column} = any(${sql.param([...ids])}::uuid[])`;
