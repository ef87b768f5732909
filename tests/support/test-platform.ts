import type { Container } from 'inversify';
import type { Express } from 'express';
import request from 'supertest';
import { pino } from 'pino';
import type { AppConfig, Env } from '../../src/bootstrap/config';
import { testConfig } from '../../src/bootstrap/testing/test-config';
import { buildContainer } from '../../src/bootstrap/container';
import { createApp } from '../../src/adapters/http/app';
import type { ApiDefinition } from '../../src/adapters/http/openapi';
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
  close(): Promise<void>;
  /** creates an account of the role (with its organisation) and returns a bearer token for it */
  signIn(role: Role, options?: { orgId?: string; email?: string }): Promise<{ token: string; accountId: string; email: string }>;
}

let counter = 0;

/** The real app on a fresh database, as the server builds it. */
export async function createTestPlatform(options: { env?: Partial<Record<keyof Env, string>>; clock?: Clock } = {}): Promise<TestPlatform> {
  const config = testConfig(options.env);
  const db = await openTestDatabase();
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const container = buildContainer({ config, database: db.database, logger, ...(options.clock ? { clock: options.clock } : {}) });
  const { app, api } = createApp(container);
  const identity = container.get(IDENTITY.Service);
  return {
    app, api, container, db, config,
    close: () => db.close(),
    async signIn(role, opts = {}) {
      const email = opts.email ?? `${role}-${++counter}-${Date.now()}@test.alin`;
      const account = await identity.createAccount({ email, password: TEST_PASSWORD, role, displayName: `${role} ${counter}`, ...(opts.orgId ? { orgId: opts.orgId } : {}) });
      const res = await request(app).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${res.text}`);
      return { token: res.body.accessToken as string, accountId: account.id, email };
    },
  };
}
