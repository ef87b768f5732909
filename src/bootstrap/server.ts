import http from 'node:http';
import type { Logger } from 'pino';
import type { Container } from 'inversify';
import { createApp } from '../adapters/http/app';
import { openDatabase, type Database } from '../adapters/db/database';
import { buildContainer } from './container';
import { BOOT } from './tokens';
import { startScheduler } from './scheduler';
import type { AppConfig } from './config';
import { createLogger } from './logger';
import { describeDemo, seedDemo } from './seed-demo';

export interface RunningPlatform {
  server: http.Server;
  url: string;
  container: Container;
  database: Database;
  stop(): Promise<void>;
}

/** Opens the database, migrates, seeds the demo when asked, and serves the API and the back office. */
export async function startPlatform(config: AppConfig, logger: Logger = createLogger(config)): Promise<RunningPlatform> {
  const database = await openDatabase({ url: config.database.url, dataDir: config.database.dataDir, poolSize: config.database.poolSize });
  logger.info({ driver: database.driver, dataDir: database.driver === 'pglite' ? config.database.dataDir : undefined }, 'database opened');
  await database.migrate();
  logger.info('migrations applied');
  const container = buildContainer({ config, database, logger });
  if (config.seedDemo) {
    await seedDemo(container, config.demoPassword, logger);
  }
  const worker = container.get(BOOT.JobWorker);
  worker.start();
  const scheduler = startScheduler(container, logger);
  const { app } = createApp(container);
  const server = http.createServer(app);
  // requests still being handled: a stop waits for them before it closes the database pool
  let inFlight = 0;
  const drained: (() => void)[] = [];
  server.on('request', (_req, res) => {
    inFlight++;
    res.once('close', () => {
      if (--inFlight === 0) drained.splice(0).forEach((resolve) => resolve());
    });
  });
  const requestsDone = (timeoutMs: number) =>
    inFlight === 0
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          drained.push(resolve);
          setTimeout(resolve, timeoutMs).unref();
        });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  logger.info({ url }, "AL'in is listening");
  if (config.seedDemo) logger.info(`\n${describeDemo(config.demoPassword)}\n  API docs: ${url}/api/docs  ·  back office: ${url}/admin`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      logger.info('stopping: closing the server, the jobs and the database');
      scheduler.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 10_000).unref();
      });
      // a client that went away does not end its request's work: let the handlers finish with the database
      await requestsDone(10_000);
      await worker.stop();
      await container.get(BOOT.Shutdown).releaseAll((error) => logger.warn({ err: error }, 'a component did not close cleanly'));
      await database.close();
      logger.info('stopped');
    })());
  return { server, url, container, database, stop };
}
