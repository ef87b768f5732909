import { PlatformStatsReadModel } from '../../adapters/db/read-models/platform-stats.read-model';
import { PLATFORM_STATS, PlatformStats } from '../../adapters/db/read-models/platform-stats';
import type { ModuleWiring } from './wiring';

/** The platform figures and dashboard series (a cross-module read-model, not a business module): GET /api/v1/stats and the back-office dashboard. */
export const platformStatsWiring: ModuleWiring = (c, { database, clock, config }) => {
  c.bind(PLATFORM_STATS).toConstantValue(new PlatformStats(new PlatformStatsReadModel(database), clock, { cacheSeconds: config.stats.cacheSeconds }));
};
