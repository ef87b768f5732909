import { openDatabase } from '../adapters/db/database';
import { DEMAND } from '../modules/demand/index';
import { loadConfigOrExit } from './config';
import { buildContainer } from './container';
import { createLogger } from './logger';
import { SHARED } from '../shared/tokens';
import { BOOT } from './tokens';

/**
 * `npm run retention [-- --dry-run]`: one GDPR retention run now, outside the server (the server
 * runs it daily, see scheduler.ts). `--dry-run` (or RETENTION_DRY_RUN=true) counts what a real run
 * would delete and anonymise, and changes nothing. Prints the counts as JSON; exits 1 if some
 * item failed (the next run tries it again).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--dry-run');
  if (unknown.length > 0) {
    console.error(`unknown argument(s): ${unknown.join(' ')}\nusage: npm run retention [-- --dry-run]`);
    process.exit(64); // EX_USAGE
  }
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  const database = await openDatabase({ url: config.database.url, dataDir: config.database.dataDir, poolSize: config.database.poolSize });
  try {
    await database.migrate();
    const container = buildContainer({ config, database, logger });
    const dryRun = args.includes('--dry-run') || config.retention.dryRun;
    const result = await container.get(DEMAND.Retention).run(container.get(SHARED.Clock).now(), { dryRun });
    await container.get(BOOT.Shutdown).releaseAll((error) => logger.warn({ err: error }, 'a component did not close cleanly'));
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (result.failed > 0) process.exitCode = 1;
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
