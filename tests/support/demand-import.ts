import request from 'supertest';
import { sql } from 'drizzle-orm';
import type { TestPlatform } from './test-platform';

/**
 * The two steps of importing a registry demand, as an applicant does them: POST /demands/import
 * (number + birth date → a code sent to the registry's contact), the code read where the platform
 * put it (the `demand.contact_outbox` message, before the mail dispatcher erases it), then
 * POST /demands/import/confirm.
 */

const rows = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** The code and address of the message sent for a challenge (null once the message was mailed: the code is erased). */
export async function sentImportCode(p: Pick<TestPlatform, 'db'>, challengeId: string): Promise<{ code: string | null; toEmail: string } | null> {
  const [row] = rows<{ code: string | null; to_email: string }>(
    await p.db.database.db.execute(sql`select payload->>'code' as code, to_email from demand.contact_outbox where payload->>'challengeId' = ${challengeId}`),
  );
  return row ? { code: row.code, toEmail: row.to_email } : null;
}

export const startImport = (p: Pick<TestPlatform, 'app'>, token: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  request(p.app)
    .post('/api/v1/demands/import')
    .set({ Authorization: `Bearer ${token}`, ...headers })
    .send(body);

export const confirmImport = (p: Pick<TestPlatform, 'app'>, token: string, body: { challengeId: string; code: string }, headers: Record<string, string> = {}) =>
  request(p.app)
    .post('/api/v1/demands/import/confirm')
    .set({ Authorization: `Bearer ${token}`, ...headers })
    .send(body);

/**
 * Both steps. Returns the answer of the last step taken: the confirmation's (201, or 200 when
 * already imported), or the first step's when it did not send a code (404, 409, 429, 503…, or 200
 * `already_imported`).
 */
export async function importRegistryDemand(p: Pick<TestPlatform, 'app' | 'db'>, token: string, body: Record<string, unknown>): Promise<request.Response> {
  const started = await startImport(p, token, body);
  if (started.status !== 202) return started;
  const sent = await sentImportCode(p, started.body.challengeId as string);
  if (!sent?.code) throw new Error(`no code in the outbox for challenge ${String(started.body.challengeId)}`);
  return confirmImport(p, token, { challengeId: started.body.challengeId as string, code: sent.code });
}
