import type { ServiceIdentifier } from 'inversify';
import type { Logger } from 'pino';

/** What the HTTP adapter needs from the configuration (bound by src/bootstrap). */
export interface HttpSettings {
  production: boolean;
  publicUrl: string;
  corsOrigins: string[];
  jsonBodyLimit: string;
  /** express `trust proxy`: false, a number of hops, or the proxies' addresses and CIDR ranges (never `true`) */
  trustProxy: false | number | string[];
  cookieSecret: string;
  adminSessionTtlSeconds: number;
}

/**
 * Uploads as the HTTP adapter receives them (src/adapters/http/upload-intake.ts): streamed to
 * temporary files in `tempDir` (a private folder, emptied of leftovers at start), at most
 * `maxConcurrentPerAccount` uploads at once per account and `maxConcurrent` in the process.
 */
export interface UploadSettings {
  tempDir: string;
  maxConcurrentPerAccount: number;
  maxConcurrent: number;
}

export interface Readiness {
  ping(): Promise<boolean>;
  migrationsApplied(): Promise<boolean>;
}

export const HTTP = {
  Settings: Symbol.for('http.Settings') as ServiceIdentifier<HttpSettings>,
  Logger: Symbol.for('http.Logger') as ServiceIdentifier<Logger>,
  Readiness: Symbol.for('http.Readiness') as ServiceIdentifier<Readiness>,
  UploadSettings: Symbol.for('http.UploadSettings') as ServiceIdentifier<UploadSettings>,
};
