import { loadConfig, type AppConfig, type Env } from '../config';

/** A configuration for tests: fast hashing, quiet logs, overridable. */
export function testConfig(overrides: Partial<Record<keyof Env, string>> = {}): AppConfig {
  // tests post many space requests, registrations and invitation acceptances from one loopback address: the limits are raised (a test lowers them to check them)
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    BCRYPT_COST: '4',
    SEED_DEMO: 'false',
    SPACE_REQUESTS_PER_ADDRESS: '100000',
    ACCOUNT_REQUESTS_PER_ADDRESS: '100000',
    ...overrides,
  });
}
