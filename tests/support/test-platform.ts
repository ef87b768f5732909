import type { Container } from 'inversify';
import type { Express } from 'express';
import request from 'supertest';
import { expect } from 'vitest';
import { pino } from 'pino';
import type { AppConfig, Env } from '../../src/bootstrap/config';
import { testConfig } from '../../src/bootstrap/testing/test-config';
import { buildContainer } from '../../src/bootstrap/container';
import { createApp } from '../../src/adapters/http/app';
import type { ApiDefinition, ResponseMismatch } from '../../src/adapters/http/openapi';
import { IDENTITY, type Role } from '../../src/modules/identity/index';
import type { Clock } from '../../src/shared/clock';
import { openTestDatabase, type TestDatabase } from './test-db';

export const TEST_PASSWORD = 'correct-horse-battery';

export interface TestPlatform {
  app: Express;
  api: ApiDefinition;
  container: Container;
  db: TestDatabase;
  config: AppConfig;
  /** closes the database; fails when an answer of the API did not match the OpenAPI document (see createTestPlatform) */
  close(): Promise<void>;
  /** creates an account of the role (with its organisation) and returns a bearer token for it */
  signIn(role: Role, options?: { orgId?: string; email?: string }): Promise<{ token: string; accountId: string; email: string }>;
}

let counter = 0;

/**
 * The real app on a fresh database, as the server builds it, except that every answer of a
 * declared API route is compared with the OpenAPI document (issue 21 item 8): its status must be
 * declared and its JSON body parsed by the schema declared for that status. Mismatches are
 * collected with the name of the test that got them and fail `close()` (the file's afterAll),
 * so that the document cannot drift from the real answers. RESPONSE_CHECK=report prints them
 * instead of failing.
 */
export async function createTestPlatform(options: { env?: Partial<Record<keyof Env, string>>; clock?: Clock } = {}): Promise<TestPlatform> {
  const config = testConfig(options.env);
  const db = await openTestDatabase();
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const container = buildContainer({ config, database: db.database, logger, ...(options.clock ? { clock: options.clock } : {}) });
  const mismatches: string[] = [];
  const checkResponses = (m: ResponseMismatch) => {
    const line = `${m.method} ${m.route} (${m.url}) → ${m.status}: ${m.problem} [${expect.getState().currentTestName ?? 'outside a test'}]`;
    if (!mismatches.includes(line)) mismatches.push(line);
  };
  const { app, api } = createApp(container, { checkResponses });
  const identity = container.get(IDENTITY.Service);
  return {
    app,
    api,
    container,
    db,
    config,
    async close() {
      await db.close();
      if (!mismatches.length) return;
      const text = `${mismatches.length} answer(s) of the API not described by the OpenAPI document:\n  ${mismatches.join('\n  ')}`;
      if (process.env.RESPONSE_CHECK === 'report') process.stderr.write(`${text}\n`);
      else throw new Error(text);
    },
    async signIn(role, opts = {}) {
      const email = opts.email ?? `${role}-${++counter}-${Date.now()}@test.alin`;
      const account = await identity.createAccount({ email, password: TEST_PASSWORD, role, displayName: `${role} ${counter}`, ...(opts.orgId ? { orgId: opts.orgId } : {}) });
      const res = await request(app).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${res.text}`);
      return { token: res.body.accessToken as string, accountId: account.id, email };
    },
  };
}
