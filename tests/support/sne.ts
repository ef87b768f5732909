import type { Env } from '../../src/bootstrap/config';
import { startSneSimulator, type SneSimulator } from '../../src/adapters/sne/index';
import type { Clock } from '../../src/shared/clock';
import { FAMILY_FIXTURE, readSneFixture } from '../fixtures/sne/sne-fixtures';

export interface TestSne {
  sne: SneSimulator;
  /** the platform settings pointing at the simulator */
  env: Partial<Record<keyof Env, string>>;
}

/**
 * The SNE simulator on an ephemeral loopback port, dated by the test's clock, holding the family
 * fixture demand (FAMILY_FIXTURE, number 0590625004217T0001), and the settings that point the
 * platform at it (SNE_ENDPOINT, SNE_RETRIES, SNE_TIMEOUT_MS). Close `sne` in afterAll.
 */
export async function startTestSne(options: { clock: Clock; retries?: number; timeoutMs?: number; seedFamily?: boolean }): Promise<TestSne> {
  const sne = await startSneSimulator({ now: () => options.clock.now() });
  if (options.seedFamily ?? true) sne.seed(readSneFixture(FAMILY_FIXTURE));
  return {
    sne,
    env: { SNE_ENDPOINT: sne.url, SNE_RETRIES: String(options.retries ?? 1), SNE_TIMEOUT_MS: String(options.timeoutMs ?? 2000) },
  };
}
