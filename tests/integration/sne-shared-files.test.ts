import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/bootstrap/config';
import { testConfig } from '../../src/bootstrap/testing/test-config';
import { createLogger } from '../../src/bootstrap/logger';
import { buildContainer } from '../../src/bootstrap/container';
import { SneRegistry, startSneSimulator, type SneSimulator } from '../../src/adapters/sne/index';
import { DEMAND } from '../../src/modules/demand/index';
import { DomainError } from '../../src/shared/errors';
import { FixedClock } from '../../src/shared/testing/clock';
import { FAMILY_FIXTURE, familyDemand, readSneFixture } from '../fixtures/sne/sne-fixtures';
import { openTestDatabase, type TestDatabase } from '../support/test-db';

/**
 * Regional shared files (issue 20 item 5): their settings validated at start-up (REGISTRIES,
 * REGISTRIES_FILE), their credentials never printed nor logged, and the adapter speaking to a
 * simulator that plays a shared file (its name, its credentials, its own numbers).
 */

const PASSWORD = 'tres-secret-habisoft-0123456789';
const file = (over: Record<string, unknown> = {}) => ({ id: 'habisoft', name: 'Habisoft', endpoint: 'https://habisoft.example/ws', departements: ['68', '67'], ...over });
const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('the configuration was accepted');
};

describe('shared files settings', () => {
  it('reads them inline, with the password from the variable passwordEnv names, never printed', () => {
    const config = loadConfig({
      REGISTRIES: JSON.stringify({ sharedFiles: [file({ username: 'guichet', passwordEnv: 'HABISOFT_PASSWORD', retries: 3 })] }),
      HABISOFT_PASSWORD: PASSWORD,
      SNE_TIMEOUT_MS: '4000',
    });
    const [habisoft] = config.registries.sharedFiles;
    expect(habisoft).toMatchObject({ id: 'habisoft', name: 'Habisoft', endpoint: 'https://habisoft.example/ws', departements: ['68', '67'], timeoutMs: 4000, retries: 3 });
    expect(habisoft!.credentials?.username).toBe('guichet');
    expect(habisoft!.credentials?.password.reveal()).toBe(PASSWORD);
    for (const printed of [JSON.stringify(config), inspect(config, { depth: 10 }), String(habisoft!.credentials?.password)]) {
      expect(printed).not.toContain(PASSWORD);
    }
    expect(JSON.stringify(config.registries)).toContain('[secret]');
  });

  it('reads them from REGISTRIES_FILE', () => {
    const dir = mkdtempSync(join(tmpdir(), 'alin-registries-'));
    try {
      const path = join(dir, 'registries.json');
      writeFileSync(path, JSON.stringify({ sharedFiles: [file({ clientCert: '/run/secrets/h.crt', clientKey: '/run/secrets/h.key' })] }));
      const config = loadConfig({ REGISTRIES_FILE: path });
      expect(config.registries.sharedFiles[0]).toMatchObject({ id: 'habisoft', tls: { certPath: '/run/secrets/h.crt', keyPath: '/run/secrets/h.key' } });
      expect(problemsOf({ REGISTRIES_FILE: join(dir, 'missing.json') })).toEqual([`REGISTRIES_FILE: cannot read ${join(dir, 'missing.json')} (ENOENT)`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('none configured: the SNE serves every département', () => {
    expect(loadConfig({}).registries).toEqual({ sharedFiles: [] });
  });

  it('refuses wrong settings at start, naming each, without a credential’s value', () => {
    const problems = problemsOf({
      REGISTRIES: JSON.stringify({
        sharedFiles: [
          file({ username: 'guichet', password: PASSWORD, passwordEnv: 'X_PASSWORD' }),
          file({ id: 'sne', departements: ['67', '20'] }),
          file({ id: 'fcr', name: 'FCR', departements: ['69'], username: 'u', clientCert: '/c.crt' }),
          file({ id: 'fcr', name: 'FCR bis', departements: ['01'], passwordEnv: 'NOT_SET_ANYWHERE', username: 'u' }),
        ],
      }),
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'REGISTRIES: sharedFiles.0 (habisoft): password or passwordEnv, not both',
        "REGISTRIES: sharedFiles.1 (sne): the id sne is the national registry's (SNE_ENDPOINT)",
        'REGISTRIES: sharedFiles.1 (sne): département 67 is served by habisoft already',
        'REGISTRIES: sharedFiles.1 (sne): 20 is not a département code (01–95, 2A, 2B, 971–978, 984–989)',
        'REGISTRIES: sharedFiles.2 (fcr): username and password go together',
        'REGISTRIES: sharedFiles.2 (fcr): clientCert and clientKey go together',
        'REGISTRIES: sharedFiles.3 (fcr): the id is used twice',
        'REGISTRIES: sharedFiles.3 (fcr): passwordEnv names NOT_SET_ANYWHERE, which is not set',
      ]),
    );
    expect(problems.join('\n')).not.toContain(PASSWORD);
    expect(problemsOf({ REGISTRIES: '{"sharedFiles": [' })).toEqual(['REGISTRIES: not valid JSON']);
    const shape = problemsOf({ REGISTRIES: JSON.stringify({ sharedFiles: [file({ endpoint: 'ftp://x', secret: PASSWORD })] }) });
    expect(shape.some((m) => m.startsWith('REGISTRIES: sharedFiles.0.endpoint'))).toBe(true);
    expect(shape.join('\n')).not.toContain(PASSWORD);
    expect(problemsOf({ REGISTRIES: '{"sharedFiles": []}', REGISTRIES_FILE: '/x.json' })).toEqual(['REGISTRIES, REGISTRIES_FILE: set one of them, not both']);
  });
});

describe('the adapter and the simulator playing a shared file', () => {
  let fcr: SneSimulator;
  const clock = new FixedClock('2026-03-15T09:00:00.000Z');
  beforeAll(async () => {
    fcr = await startSneSimulator({ now: () => clock.now(), name: 'FCR', counterCode: '6901', credentials: { username: 'guichet-69', password: PASSWORD } });
    fcr.seed(readSneFixture(FAMILY_FIXTURE));
  });
  afterAll(() => fcr.close());

  it('requires its credentials, answers with its own numbers, and the client names it in French', async () => {
    const label = 'le fichier partagé FCR';
    const good = new SneRegistry({ endpoint: fcr.url, timeoutMs: 2000, retries: 0, registryId: 'fcr', label, credentials: { username: 'guichet-69', password: PASSWORD } });
    const wrong = new SneRegistry({ endpoint: fcr.url, timeoutMs: 2000, retries: 0, registryId: 'fcr', label, credentials: { username: 'guichet-69', password: 'pas-le-bon' } });
    try {
      const fetched = await good.fetch(familyDemand.number);
      expect(fetched).toMatchObject({ registry: 'fcr', number: familyDemand.number });
      const registered = await good.register({
        ...familyDemand.data,
        applicant: { ...familyDemand.data.applicant, lastName: 'Lyonnais', address: { line: '1 quai', postalCode: '69002', communeCode: '69382' } },
      });
      expect(registered.number).toMatch(/^069\d{10}[A-Z]6901$/);
      await expect(good.renew('0691125999999Z6901', '2026-03-15')).rejects.toThrow('Le numéro 0691125999999Z6901 est inconnu du fichier partagé FCR.');
      const refused = await wrong.fetch(familyDemand.number).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(DomainError);
      expect((refused as DomainError).kind).toBe('unavailable');
      expect((refused as DomainError).message).toMatch(/^Le fichier partagé FCR refuse la requête getDemandeLogement/);
      expect(fcr.unauthorized).toBe(1);
      fcr.setMode('failing');
      const down = await good.fetch(familyDemand.number).catch((e: unknown) => e);
      expect((down as DomainError).message).toBe('Le fichier partagé FCR est indisponible pour le moment : réessayez dans quelques minutes. Rien n’a été perdu.');
    } finally {
      fcr.setMode('normal');
      await good.close();
      await wrong.close();
    }
  });
});

describe('the platform wired with a shared file', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('routes the départements listed to it, the others to the SNE, and logs its endpoint without its credentials', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const config = testConfig({
      LOG_LEVEL: 'info',
      SNE_ENDPOINT: 'http://127.0.0.1:9/',
      REGISTRIES: JSON.stringify({ sharedFiles: [file({ endpoint: 'http://127.0.0.1:9/habisoft', username: 'guichet', password: PASSWORD })] }),
    });
    const container = buildContainer({ config, database: db.database, logger: createLogger(config, sink) });
    const registries = container.get(DEMAND.Registries);
    expect(registries.list().sort()).toEqual(['habisoft', 'sne']);
    expect(registries.forDepartement('68')).toBe('habisoft');
    expect(registries.forDepartement('67')).toBe('habisoft');
    expect(registries.forDepartement('69')).toBe('sne');
    expect(registries.forDepartement(undefined)).toBe('sne');
    expect(registries.departementsOf('habisoft')).toEqual(['67', '68']);
    expect(registries.describe('habisoft')).toEqual({ id: 'habisoft', kind: 'shared_file', name: 'Habisoft', label: 'le fichier partagé Habisoft' });
    const logged = lines.join('');
    expect(logged).toContain('regional shared file connected');
    expect(logged).not.toContain(PASSWORD);
    expect(logged).not.toContain(Buffer.from(`guichet:${PASSWORD}`).toString('base64'));
  });
});
