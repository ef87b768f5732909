import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { ServiceIdentifier } from 'inversify';
import { openDatabase, type Database } from '../../adapters/db/database';
import { MAIL } from '../../adapters/mail/index';
import { PLATFORM_STATS } from '../../adapters/db/read-models/platform-stats';
import { ALERT } from '../../modules/alert/index';
import { CANDIDACY } from '../../modules/candidacy/index';
import { COMPANY_SPACE } from '../../modules/company-space/index';
import { DEMAND } from '../../modules/demand/index';
import { IDENTITY } from '../../modules/identity/index';
import { LANDLORD } from '../../modules/landlord/index';
import { OFFER } from '../../modules/offer/index';
import { PRIVACY } from '../../modules/privacy/index';
import { SCORING } from '../../modules/scoring/index';
import { OUTBOX_SOURCE } from '../../shared/outbox';
import { buildContainer } from '../container';
import { testConfig } from '../testing/test-config';
import { MODULE_WIRINGS } from './index';

/** Every module token, with its module's name. */
const MODULE_TOKENS: [string, ServiceIdentifier<unknown>][] = Object.entries({ ALERT, CANDIDACY, COMPANY_SPACE, DEMAND, IDENTITY, LANDLORD, OFFER, PRIVACY, SCORING }).flatMap(
  ([m, tokens]) => Object.entries(tokens as Record<string, ServiceIdentifier<unknown>>).map(([name, token]): [string, ServiceIdentifier<unknown>] => [`${m}.${name}`, token]),
);

/** A shuffle decided by the seed (so that a failure is reproducible). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('the order of MODULE_WIRINGS', () => {
  let database: Database;
  const original = [...MODULE_WIRINGS];
  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
  });
  afterAll(async () => {
    MODULE_WIRINGS.splice(0, MODULE_WIRINGS.length, ...original);
    await database.close();
  });

  /** Builds the container with the wirings in this order; the tokens bound, each resolved. */
  function build(order: typeof MODULE_WIRINGS) {
    MODULE_WIRINGS.splice(0, MODULE_WIRINGS.length, ...order);
    const container = buildContainer({ config: testConfig(), database, logger: pino({ level: 'silent' }) });
    const bound = MODULE_TOKENS.filter(([, token]) => container.isBound(token));
    for (const [name, token] of bound) {
      // one binding per token, and it resolves (its ports, and theirs, on the other modules' façades)
      expect(container.getAll(token), name).toHaveLength(1);
      expect(container.get(token), name).toBeDefined();
    }
    for (const token of [MAIL.Dispatcher, PLATFORM_STATS]) expect(container.get(token)).toBeDefined();
    return { names: bound.map(([name]) => name), outboxes: container.getAll(OUTBOX_SOURCE).length };
  }

  it('does not matter: in reverse or shuffled, every module token is bound once and resolves, as in the usual order', () => {
    const usual = build(original);
    expect(usual.names).toEqual(
      expect.arrayContaining(['CANDIDACY.Service', 'DEMAND.Service', 'DEMAND.DesignationChecker', 'COMPANY_SPACE.CandidacyStatusSource', 'PRIVACY.Service', 'IDENTITY.Service']),
    );
    for (const order of [[...original].reverse(), shuffled(original, 7), shuffled(original, 2026)]) {
      expect(build(order)).toEqual(usual);
    }
  });
});
