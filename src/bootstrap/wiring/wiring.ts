import type { Container } from 'inversify';
import type { Logger } from 'pino';
import type { Clock } from '../../shared/clock';
import type { Database } from '../../adapters/db/database';
import type { AppConfig } from '../config';

export interface WiringContext {
  config: AppConfig;
  database: Database;
  logger: Logger;
  clock: Clock;
  /** registers what must be released when the platform stops (HTTP agents, transports), after the jobs stop and before the database closes */
  onShutdown(release: () => Promise<void> | void): void;
}

/** Binds one module's ports to their adapters and loads the module. One file per module in this folder. */
export type ModuleWiring = (container: Container, ctx: WiringContext) => void;
