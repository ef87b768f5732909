import { loadConfigOrExit } from './config';
import { createLogger } from './logger';
import { startPlatform } from './server';

/** `npm start`: the whole platform in one process. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  const platform = await startPlatform(config, logger);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'signal received');
      platform.stop().then(
        () => process.exit(0),
        (error) => {
          logger.error({ err: error }, 'error while stopping');
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
