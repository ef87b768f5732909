import { isIP } from 'node:net';
import { z } from 'zod';
import { parseRegistriesConfig, type RegistriesConfig } from './registries.config';

/**
 * Every setting of the platform, read from the environment and validated at start-up.
 * The README's settings table mirrors this file. In production a default or short secret
 * refuses to start, naming the setting at fault.
 */
const DEV_JWT_SECRET = 'dev-only-jwt-secret-change-me-0123456789abcdef';
const DEV_COOKIE_SECRET = 'dev-only-cookie-secret-change-me-0123456789abcdef';
const DEV_DOCUMENT_KEY = Buffer.alloc(32, 7).toString('base64');
const DEV_WEBHOOK_SECRET = 'dev-only-webhook-secret-change-me-0123456789';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const csv = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().default('data'),
  JWT_SECRET: z.string().default(DEV_JWT_SECRET),
  JWT_ISSUER: z.string().default('alin'),
  JWT_AUDIENCE: z.string().default('alin-api'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  SESSION_CHECK_CACHE_MS: z.coerce.number().int().min(0).max(10_000).default(1000),
  REFRESH_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(3600)
    .default(30 * 86_400),
  ADMIN_SESSION_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(300)
    .default(8 * 3600),
  COOKIE_SECRET: z.string().default(DEV_COOKIE_SECRET),
  BCRYPT_COST: z.coerce.number().int().min(4).max(15).default(12),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  LOGIN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  DEMAND_IMPORT_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  DEMAND_IMPORT_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  DEMAND_IMPORT_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  DEMAND_IMPORT_MAX_FAILURES_PER_NUMBER: z.coerce.number().int().min(1).max(1000).default(5),
  DEMAND_IMPORT_NUMBER_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(30 * 86_400)
    .default(86_400),
  DEMAND_IMPORT_MAX_CODES_PER_NUMBER: z.coerce.number().int().min(1).max(100).default(3),
  DEMAND_IMPORT_CODE_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  DEMAND_IMPORT_CODE_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  SPACE_REQUESTS_PER_ADDRESS: z.coerce.number().int().min(1).default(10),
  ACCOUNT_REQUESTS_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(10),
  ACCOUNT_REQUEST_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(3600),
  SPACE_REQUEST_WINDOW_SECONDS: z.coerce.number().int().min(1).default(3600),
  CORS_ORIGINS: csv.default([]),
  JSON_BODY_LIMIT: z.string().default('1mb'),
  UPLOAD_MAX_FILE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  UPLOAD_MAX_FILES: z.coerce.number().int().min(1).max(50).default(10),
  UPLOAD_MAX_CONCURRENT_PER_ACCOUNT: z.coerce.number().int().min(1).max(50).default(2),
  UPLOAD_MAX_CONCURRENT: z.coerce.number().int().min(1).max(1000).default(8),
  UPLOAD_DEMAND_MAX_FILES: z.coerce.number().int().min(1).max(10_000).default(60),
  UPLOAD_DEMAND_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024 * 1024)
    .default(200 * 1024 * 1024),
  DOCUMENT_ENCRYPTION_KEY: z.string().default(DEV_DOCUMENT_KEY),
  SNE_ENDPOINT: z.string().url().optional(),
  SNE_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  SNE_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  SNE_CLIENT_CERT: z.string().optional(),
  SNE_CLIENT_KEY: z.string().optional(),
  SNE_CA: z.string().optional(),
  /** the regional shared files and the départements they serve, as a JSON file (see registries.config.ts) */
  REGISTRIES_FILE: z.string().max(1000).optional(),
  /** the same JSON, inline */
  REGISTRIES: z.string().max(100_000).optional(),
  VERIFICATION_URL: z.string().url().optional(),
  VERIFICATION_API_KEY: z.string().default('dev-verification-key'),
  VERIFICATION_WEBHOOK_SECRET: z.string().default(DEV_WEBHOOK_SECRET),
  VERIFICATION_CALLBACK_URL: z.string().url().optional(),
  VERIFICATION_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  VERIFICATION_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  JOBS_LOCK_SECONDS: z.coerce.number().int().min(2).max(3600).default(120),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().default("AL'in <no-reply@alin.localhost>"),
  MAIL_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(20),
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  MAIL_RETRY_BASE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  MAIL_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
  SEED_DEMO: bool.optional(),
  DEMO_PASSWORD: z.string().default('demo-password-2026'),
  TRUST_PROXY: z.string().max(2000).optional(),
  UNDER_OCCUPATION_TOLERANCE: z.coerce.number().int().min(0).max(10).default(1),
  EFFORT_RATE_WARNING: z.coerce.number().min(1).max(100).default(40),
  MAX_OPEN_CANDIDACIES: z.coerce.number().int().min(1).max(100).default(5),
  RANKING_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  STATS_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(15),
  RETENTION_DOCUMENTS_DAYS: z.coerce.number().int().min(1).max(36_500).default(180),
  RETENTION_DEMAND_DAYS: z.coerce.number().int().min(1).max(36_500).default(1095),
  RETENTION_DRY_RUN: bool.default(false),
});

export type Env = z.infer<typeof EnvSchema>;

export interface AppConfig {
  env: Env['NODE_ENV'];
  production: boolean;
  host: string;
  port: number;
  publicUrl: string;
  logLevel: Env['LOG_LEVEL'];
  database: { url: string | undefined; poolSize: number; dataDir: string };
  dataDir: string;
  auth: {
    jwtSecret: string;
    issuer: string;
    audience: string;
    accessTtlSeconds: number;
    sessionCheckCacheMs: number;
    refreshTtlSeconds: number;
    adminSessionTtlSeconds: number;
    cookieSecret: string;
    bcryptCost: number;
    maxFailuresPerAccount: number;
    maxFailuresPerAddress: number;
    failureWindowSeconds: number;
  };
  /**
   * refused demand imports (wrong number, birth date or code) allowed per account and per client address in a window, and per
   * registry number (whatever the caller) in its own window; codes sent per number in that window; a code's life and tries
   */
  demandImports: {
    maxFailuresPerAccount: number;
    maxFailuresPerAddress: number;
    failureWindowSeconds: number;
    maxFailuresPerNumber: number;
    numberWindowSeconds: number;
    maxCodesPerNumber: number;
    codeTtlSeconds: number;
    codeMaxAttempts: number;
  };
  /** unauthenticated account requests (registration, e-mail confirmation, password reset request and reset, invitation acceptance) allowed per client address and per kind in a window */
  accountRequests: { perAddress: number; windowSeconds: number };
  /** public company-space requests (page and API) allowed per client address in a window */
  spaceRequests: { perAddress: number; windowSeconds: number };
  /**
   * `trustProxy`: false (the socket's address is the client's), a number of proxy hops in front
   * (the address that many entries from the right of X-Forwarded-For), or the proxies' addresses
   * and CIDR ranges; never "trust every hop" (the left-most entry is the client's to choose).
   */
  http: { corsOrigins: string[]; jsonBodyLimit: string; trustProxy: TrustProxy };
  /**
   * uploads: file size and count per upload; uploads at once per account and in the process (each streamed to a temporary
   * file); files and bytes a demand keeps
   */
  uploads: { maxFileBytes: number; maxFiles: number; maxConcurrentPerAccount: number; maxConcurrent: number; maxFilesPerDemand: number; maxBytesPerDemand: number };
  documents: { encryptionKey: Buffer };
  sne: { endpoint: string | undefined; timeoutMs: number; retries: number; cert?: string; key?: string; ca?: string };
  /** the regional shared files (Imhoweb, FCR, Habisoft…) and the départements each serves; the SNE serves the others */
  registries: RegistriesConfig;
  verification: { url: string | undefined; apiKey: string; webhookSecret: string; callbackUrl: string | undefined; timeoutMs: number; retries: number };
  /** durable jobs: how long a claimed job stays invisible to other workers (a crashed worker's jobs run again after it) */
  jobs: { lockSeconds: number };
  /** e-mail of the modules' outboxes: off (nothing sent, messages kept) when smtpUrl is unset */
  mail: { smtpUrl: string | undefined; from: string; batchSize: number; maxAttempts: number; retryBaseSeconds: number; timeoutMs: number };
  seedDemo: boolean;
  demoPassword: string;
  /** eligibility settings (eligibility.md §3–4) */
  eligibility: { underOccupationTolerance: number; effortWarningThreshold: number };
  /** candidacy limits and the applicants' live-rank cache */
  candidacy: { maxOpenCandidacies: number; rankingCacheSeconds: number };
  /** how long the platform figures and dashboard charts may be served from memory (0: computed at every request) */
  stats: { cacheSeconds: number };
  /** GDPR retention: days after a demand's closing before its documents are deleted, and before it is anonymised */
  retention: { documentsDays: number; demandDays: number; dryRun: boolean };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** For the command-line entry points: the configuration, or its problems on stderr and exit 78 (EX_CONFIG). */
export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable counts as unset (e.g. `DATABASE_URL=` to force the embedded database).
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const problems: string[] = [];
  const key = decodeKey(e.DOCUMENT_ENCRYPTION_KEY);
  if (!key) problems.push('DOCUMENT_ENCRYPTION_KEY: must be 32 bytes, base64 or hex encoded');
  if (production) {
    const secret = (name: string, value: string, dev: string) => {
      if (value === dev) problems.push(`${name}: the development default cannot be used in production`);
      else if (Buffer.byteLength(value) < 32) problems.push(`${name}: must be at least 32 bytes in production`);
    };
    secret('JWT_SECRET', e.JWT_SECRET, DEV_JWT_SECRET);
    secret('COOKIE_SECRET', e.COOKIE_SECRET, DEV_COOKIE_SECRET);
    secret('VERIFICATION_WEBHOOK_SECRET', e.VERIFICATION_WEBHOOK_SECRET, DEV_WEBHOOK_SECRET);
    if (e.DOCUMENT_ENCRYPTION_KEY === DEV_DOCUMENT_KEY) {
      problems.push('DOCUMENT_ENCRYPTION_KEY: the development default cannot be used in production');
    }
    if (e.BCRYPT_COST < 10) problems.push('BCRYPT_COST: must be at least 10 in production');
  }
  const trustProxy = parseTrustProxy(e.TRUST_PROXY);
  if (typeof trustProxy === 'string') problems.push(`TRUST_PROXY: ${trustProxy}`);
  if (e.RETENTION_DEMAND_DAYS < e.RETENTION_DOCUMENTS_DAYS) {
    problems.push('RETENTION_DEMAND_DAYS: must be at least RETENTION_DOCUMENTS_DAYS (documents go before the demand is anonymised)');
  }
  const registries = parseRegistriesConfig({ file: e.REGISTRIES_FILE, inline: e.REGISTRIES }, { timeoutMs: e.SNE_TIMEOUT_MS, retries: e.SNE_RETRIES }, source);
  if ('problems' in registries) problems.push(...registries.problems);
  if (problems.length) throw new ConfigError(problems);
  return {
    env: e.NODE_ENV,
    production,
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`,
    logLevel: e.LOG_LEVEL,
    database: { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE, dataDir: e.DATA_DIR },
    dataDir: e.DATA_DIR,
    auth: {
      jwtSecret: e.JWT_SECRET,
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
      accessTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
      sessionCheckCacheMs: e.SESSION_CHECK_CACHE_MS,
      refreshTtlSeconds: e.REFRESH_TOKEN_TTL_SECONDS,
      adminSessionTtlSeconds: e.ADMIN_SESSION_TTL_SECONDS,
      cookieSecret: e.COOKIE_SECRET,
      bcryptCost: e.BCRYPT_COST,
      maxFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: e.LOGIN_MAX_FAILURES_PER_ADDRESS,
      failureWindowSeconds: e.LOGIN_FAILURE_WINDOW_SECONDS,
    },
    demandImports: {
      maxFailuresPerAccount: e.DEMAND_IMPORT_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: e.DEMAND_IMPORT_MAX_FAILURES_PER_ADDRESS,
      failureWindowSeconds: e.DEMAND_IMPORT_FAILURE_WINDOW_SECONDS,
      maxFailuresPerNumber: e.DEMAND_IMPORT_MAX_FAILURES_PER_NUMBER,
      numberWindowSeconds: e.DEMAND_IMPORT_NUMBER_WINDOW_SECONDS,
      maxCodesPerNumber: e.DEMAND_IMPORT_MAX_CODES_PER_NUMBER,
      codeTtlSeconds: e.DEMAND_IMPORT_CODE_TTL_SECONDS,
      codeMaxAttempts: e.DEMAND_IMPORT_CODE_MAX_ATTEMPTS,
    },
    spaceRequests: { perAddress: e.SPACE_REQUESTS_PER_ADDRESS, windowSeconds: e.SPACE_REQUEST_WINDOW_SECONDS },
    accountRequests: { perAddress: e.ACCOUNT_REQUESTS_PER_ADDRESS, windowSeconds: e.ACCOUNT_REQUEST_WINDOW_SECONDS },
    http: { corsOrigins: e.CORS_ORIGINS, jsonBodyLimit: e.JSON_BODY_LIMIT, trustProxy: trustProxy as TrustProxy },
    uploads: {
      maxFileBytes: e.UPLOAD_MAX_FILE_BYTES,
      maxFiles: e.UPLOAD_MAX_FILES,
      maxConcurrentPerAccount: e.UPLOAD_MAX_CONCURRENT_PER_ACCOUNT,
      maxConcurrent: e.UPLOAD_MAX_CONCURRENT,
      maxFilesPerDemand: e.UPLOAD_DEMAND_MAX_FILES,
      maxBytesPerDemand: e.UPLOAD_DEMAND_MAX_BYTES,
    },
    documents: { encryptionKey: key ?? Buffer.alloc(32) },
    sne: { endpoint: e.SNE_ENDPOINT, timeoutMs: e.SNE_TIMEOUT_MS, retries: e.SNE_RETRIES, cert: e.SNE_CLIENT_CERT, key: e.SNE_CLIENT_KEY, ca: e.SNE_CA },
    registries: registries as RegistriesConfig,
    verification: {
      url: e.VERIFICATION_URL,
      apiKey: e.VERIFICATION_API_KEY,
      webhookSecret: e.VERIFICATION_WEBHOOK_SECRET,
      callbackUrl: e.VERIFICATION_CALLBACK_URL,
      timeoutMs: e.VERIFICATION_TIMEOUT_MS,
      retries: e.VERIFICATION_RETRIES,
    },
    jobs: { lockSeconds: e.JOBS_LOCK_SECONDS },
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM,
      batchSize: e.MAIL_BATCH_SIZE,
      maxAttempts: e.MAIL_MAX_ATTEMPTS,
      retryBaseSeconds: e.MAIL_RETRY_BASE_SECONDS,
      timeoutMs: e.MAIL_TIMEOUT_MS,
    },
    seedDemo: e.SEED_DEMO ?? !production,
    demoPassword: e.DEMO_PASSWORD,
    eligibility: { underOccupationTolerance: e.UNDER_OCCUPATION_TOLERANCE, effortWarningThreshold: e.EFFORT_RATE_WARNING },
    candidacy: { maxOpenCandidacies: e.MAX_OPEN_CANDIDACIES, rankingCacheSeconds: e.RANKING_CACHE_SECONDS },
    stats: { cacheSeconds: e.STATS_CACHE_SECONDS },
    retention: { documentsDays: e.RETENTION_DOCUMENTS_DAYS, demandDays: e.RETENTION_DEMAND_DAYS, dryRun: e.RETENTION_DRY_RUN },
  };
}

/** Whom to believe about the client's address (express's `trust proxy`, never `true`). */
export type TrustProxy = false | number | string[];

const MAX_PROXY_HOPS = 10;
/** proxy-addr's names for the usual private ranges */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY (issue 19 §4): unset, `false`, `0` or `no` → no proxy; a whole number 1–10 → that
 * many proxies in front (`1`: one load balancer); `true`/`yes` → 1 (the former meaning "trust
 * every hop" let a client choose its address with a forged left-most X-Forwarded-For); otherwise a
 * comma-separated list of the proxies' addresses or CIDR ranges (`10.0.0.0/8, 192.168.1.10`,
 * `loopback`…): the client's address is then the right-most entry not in the list. Returns the
 * setting, or the problem as a sentence.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy | string {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '' || value === 'false' || value === '0' || value === 'no') return false;
  if (value === 'true' || value === 'yes') return 1;
  if (/^\d{1,3}$/.test(value)) {
    const hops = Number(value);
    return hops <= MAX_PROXY_HOPS ? hops : `at most ${MAX_PROXY_HOPS} proxy hops (got ${hops})`;
  }
  const entries = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0 || entries.length > 50) return 'a number of proxy hops (e.g. 1) or a comma-separated list of up to 50 proxy addresses or CIDR ranges';
  const bad = entries.filter((entry) => !PROXY_RANGE_NAMES.has(entry) && !isAddressOrCidr(entry));
  if (bad.length) return `not a proxy address or CIDR range: ${bad.slice(0, 3).join(', ')} (expected a number of hops such as 1, or addresses such as 10.0.0.0/8)`;
  return entries;
}

function isAddressOrCidr(entry: string): boolean {
  const slash = entry.indexOf('/');
  const address = slash < 0 ? entry : entry.slice(0, slash);
  const version = isIP(address);
  if (!version) return false;
  if (slash < 0) return true;
  const bits = entry.slice(slash + 1);
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (version === 4 ? 32 : 128);
}

function decodeKey(value: string): Buffer | undefined {
  const hex = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : undefined;
  const key = hex ?? Buffer.from(value, 'base64');
  return key.length === 32 ? key : undefined;
}
