/**
 * The API's OpenAPI document built as createApp builds it, without a server: an in-memory database
 * that is never migrated (building the routes reads no table). Used by scripts/openapi-lint.ts
 * (Spectral) and scripts/portals-client.ts (the portals' typed client).
 */
import { pino } from 'pino';
import { testConfig } from '../src/bootstrap/testing/test-config';
import { buildContainer } from '../src/bootstrap/container';
import { openDatabase } from '../src/adapters/db/database';
import { createApp, openApiDocument } from '../src/adapters/http/app';

export async function buildOpenApiDocument(): Promise<ReturnType<typeof openApiDocument>> {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    const container = buildContainer({ config: testConfig(), database, logger: pino({ level: 'silent' }) });
    return openApiDocument(createApp(container).api);
  } finally {
    await database.close();
  }
}
