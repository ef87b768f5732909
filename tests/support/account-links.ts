import { sql } from 'drizzle-orm';
import type { Express } from 'express';
import request from 'supertest';
import type { Database } from '../../src/adapters/db/database';

/**
 * The identity mails of tests: the token of the last link mailed to an address (read from
 * `identity.outbox` before the dispatcher purges it), and the applicant's self-registration as
 * the portal does it (register → the mailed link → confirm with the password).
 */
export async function mailedLinkToken(database: Database, email: string, kind: 'identity.email_confirmation' | 'identity.password_reset'): Promise<string> {
  const result = (await database.db.execute(
    sql`select payload from identity.outbox where to_email = ${email.trim().toLowerCase()} and kind = ${kind} order by id desc limit 1`,
  )) as unknown as { rows: { payload: { link?: string } | string }[] };
  const row = result.rows[0];
  if (!row) throw new Error(`no ${kind} mail to ${email}`);
  const payload = typeof row.payload === 'string' ? (JSON.parse(row.payload) as { link?: string }) : row.payload;
  const token = payload.link ? new URL(payload.link).searchParams.get('token') : null;
  if (!token) throw new Error(`the ${kind} mail to ${email} has no link (already mailed?)`);
  return token;
}

/** POST /auth/register then POST /auth/register/confirm with the mailed link: the account may sign in. */
export async function registerConfirmed(app: Express, database: Database, body: { email: string; password: string; displayName: string }): Promise<{ accountId: string }> {
  const registered = await request(app).post('/api/v1/auth/register').send(body);
  if (registered.status !== 202) throw new Error(`register: ${registered.status} ${registered.text}`);
  const token = await mailedLinkToken(database, body.email, 'identity.email_confirmation');
  const confirmed = await request(app).post('/api/v1/auth/register/confirm').send({ token, password: body.password });
  if (confirmed.status !== 200) throw new Error(`confirm: ${confirmed.status} ${confirmed.text}`);
  return { accountId: confirmed.body.accountId as string };
}
