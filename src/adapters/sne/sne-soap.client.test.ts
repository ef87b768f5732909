import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors';
import { familyDemand, platformDemand, readSneFixture, YOUNG_SINGLE_FIXTURE, youngSingleDemand } from '../../../tests/fixtures/sne/sne-fixtures';
import { SneRegistry, type SneLogger, type SneRegistryConfig } from './sne-soap.client';
import { startSneSimulator, type SneSimulator } from './simulator/sne-simulator';

const SIMULATOR_NOW = new Date('2026-03-10T09:00:00Z');

/** A logger that keeps what it is told, to check what the client logs. */
function memoryLogger(): SneLogger & { lines: { level: string; obj: Record<string, unknown>; msg?: string }[] } {
  const lines: { level: string; obj: Record<string, unknown>; msg?: string }[] = [];
  const at = (level: string) => (obj: Record<string, unknown>, msg?: string) => void lines.push({ level, obj, ...(msg !== undefined && { msg }) });
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

async function expectUnavailable(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ kind: 'unavailable', code: 'REGISTRY.UNAVAILABLE' });
  return error as DomainError;
}

describe('SneRegistry against the SNE simulator', () => {
  let simulator: SneSimulator;
  let registry: SneRegistry;
  let logger: ReturnType<typeof memoryLogger>;
  const clients: SneRegistry[] = [];

  const client = (overrides: Partial<SneRegistryConfig> = {}, log: SneLogger = logger) => {
    const c = new SneRegistry(
      { endpoint: simulator.url, timeoutMs: 1_000, retries: 2, retryBaseDelayMs: 5, retryMaxDelayMs: 20, ...overrides },
      log,
      { now: () => SIMULATOR_NOW }, // the platform's clock agrees with the registry's
    );
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    simulator = await startSneSimulator({ port: 0, host: '127.0.0.1', now: () => SIMULATOR_NOW });
    logger = memoryLogger();
    registry = client();
  });
  afterEach(() => simulator.setMode('normal'));
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await simulator.close();
  });

  it('registers a demand: an 18-character number and the registry’s date', async () => {
    const { number, registrationDate } = await registry.register(platformDemand());
    expect(number).toHaveLength(18);
    expect(number).toMatch(/^0590326\d{6}[A-Z]0001$/); // Lille (059), March 2026, counter 0001
    expect(registrationDate).toBe('2026-03-10');
    expect(registry.id).toBe('sne');
    expect(logger.lines.some((l) => l.level === 'info' && Array.isArray(l.obj.notSent) && l.obj.notSent.includes('wishes'))).toBe(true);
  });

  it('fetches what it registered: same household, resources, tax income and registration date', async () => {
    const sent = platformDemand();
    const { number, registrationDate } = await registry.register(sent);
    const fetched = await registry.fetch(number);
    expect(fetched).not.toBeNull();
    expect(fetched?.number).toBe(number);
    expect(fetched?.registry).toBe('sne');
    expect(fetched?.registrationDate).toBe(registrationDate);
    expect(fetched?.dalo).toBe(false);
    const data = fetched?.data;
    expect(data?.applicant).toEqual(sent.applicant);
    expect(data?.coApplicant).toEqual(sent.coApplicant);
    expect(data?.otherOccupants).toEqual(sent.otherOccupants);
    expect(data?.expectedBirths).toEqual(sent.expectedBirths);
    expect(data?.currentHousing).toEqual(sent.currentHousing);
    expect(data?.applicant.resources).toEqual(familyDemand.data.applicant.resources);
    expect(data?.applicant.taxIncome).toEqual({ yearMinus1: 2024, amountMinus1: 31250, yearMinus2: 2023, amountMinus2: 29800 });
    expect(data?.coApplicant?.taxIncome).toEqual({ yearMinus1: 2024, amountMinus1: 15400, yearMinus2: 2023 });
    // what the format does not carry does not come back
    expect(data).toEqual({ ...familyDemand.data });
  });

  it('fetches a demand seeded from an interfaceNuu document, with its DALO flag', async () => {
    simulator.seed(readSneFixture(YOUNG_SINGLE_FIXTURE));
    expect(await registry.fetch(youngSingleDemand.number)).toEqual({ ...youngSingleDemand, dalo: false });
    simulator.store.markDalo(youngSingleDemand.number, '2026-03-01');
    expect((await registry.fetch(youngSingleDemand.number))?.dalo).toBe(true);
    expect(await registry.newDaloSince('2026-03-01')).toEqual([youngSingleDemand.number]);
    expect(await registry.newDaloSince('2026-03-02')).toEqual([]);
  });

  it('accepts a number typed with spaces and lower case, refuses one that is not 18 characters', async () => {
    const { number } = await registry.register(familyDemand.data);
    const typed = `${number.slice(0, 7)} ${number.slice(7).toLowerCase()}`;
    expect((await registry.fetch(typed))?.number).toBe(number);
    await expect(registry.fetch('12345')).rejects.toMatchObject({ kind: 'invalid', code: 'REGISTRY.INVALID_NUMBER' });
  });

  it('answers null for an unknown number, without retrying the business fault', async () => {
    const before = simulator.requests;
    expect(await registry.fetch('0590326999999Z0001')).toBeNull();
    expect(simulator.requests - before).toBe(1);
  });

  it('updates a registered demand when given its number: number and date kept', async () => {
    const first = await registry.register(familyDemand.data);
    const changed = structuredClone(familyDemand.data);
    changed.applicant.resources = [{ code: 'SAL', monthlyAmount: 2400 }];
    const again = await registry.register(changed, { existingNumber: first.number });
    expect(again).toEqual(first);
    expect((await registry.fetch(first.number))?.data.applicant.resources).toEqual([{ code: 'SAL', monthlyAmount: 2400 }]);
    await expect(registry.register(changed, { existingNumber: '0590326999998Z0001' })).rejects.toMatchObject({
      kind: 'not_found',
      code: 'REGISTRY.UNKNOWN_NUMBER',
    });
  });

  it('refuses locally a demand missing what the registry requires, without calling it', async () => {
    const before = simulator.requests;
    const data = structuredClone(familyDemand.data);
    data.applicant.lastName = '';
    await expect(registry.register(data)).rejects.toMatchObject({ kind: 'invalid', code: 'REGISTRY.DEMAND_INCOMPLETE' });
    expect(simulator.requests).toBe(before);
  });

  it('lists the demands struck off since a date; a struck-off demand is no longer fetched', async () => {
    const a = await registry.register(familyDemand.data);
    const b = await registry.register(youngSingleDemand.data);
    simulator.store.strikeOff(a.number, '2026-03-05');
    simulator.store.strikeOff(b.number, '2026-03-08');
    expect(await registry.struckOffSince('2026-03-06')).toEqual([b.number]);
    expect(await registry.struckOffSince('2026-03-05')).toEqual([a.number, b.number].sort());
    expect(await registry.struckOffSince('2026-03-09')).toEqual([]);
    expect(await registry.fetch(a.number)).toBeNull();
    await expect(registry.struckOffSince('05/03/2026')).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('sends a renewal (renouvelerDemande), refused once the demand is struck off', async () => {
    const a = await registry.register(familyDemand.data);
    await registry.renew(a.number, '2026-03-10');
    await registry.renew(a.number, '2026-03-10'); // a retried job: same answer
    expect(simulator.store.get(a.number)?.renewedOn).toBe('2026-03-10');
    simulator.store.strikeOff(a.number, '2026-03-10', 'NON_RENOUVELLEMENT');
    await expect(registry.renew(a.number, '2026-03-10')).rejects.toMatchObject({ kind: 'conflict', code: 'REGISTRY.DEMAND_STRUCK_OFF' });
    await expect(registry.renew('0590625999999Z0001', '2026-03-10')).rejects.toMatchObject({ kind: 'not_found', code: 'REGISTRY.UNKNOWN_NUMBER' });
  });

  it('strikes a housed demand off (radierDemande ATTRIBUTION) with its home; the feed gives the motif of each radiation', async () => {
    const a = await registry.register(familyDemand.data);
    const b = await registry.register(youngSingleDemand.data);
    const home = { communeCode: '69266', typology: 'T2', financing: 'PLUS', landlordSiren: '552100554', offerReference: 'offre-1' };
    await registry.reportHoused(a.number, { on: '2026-03-10', home });
    await registry.reportHoused(a.number, { on: '2026-03-10', home }); // a retried job: answered as the first time
    expect(simulator.store.get(a.number)).toMatchObject({ struckOffOn: '2026-03-10', struckOffMotif: 'ATTRIBUTION', attributedHome: home });
    simulator.store.strikeOff(b.number, '2026-03-10', 'RENONCIATION');
    const feed = await registry.radiationsSince('2026-03-10');
    expect(feed).toEqual(
      expect.arrayContaining([
        { number: a.number, on: '2026-03-10', reason: 'attribution' },
        { number: b.number, on: '2026-03-10', reason: 'renounced' },
      ]),
    );
    expect(await registry.struckOffSince('2026-03-10')).toEqual(expect.arrayContaining([a.number, b.number]));
  });

  it('renewal and radiation: registry down → unavailable once the retries are spent', async () => {
    simulator.setMode('failing');
    await expectUnavailable(registry.renew(familyDemand.number, '2026-03-10'));
    await expectUnavailable(registry.reportHoused(familyDemand.number, { on: '2026-03-10', home: {} }));
    await expectUnavailable(registry.radiationsSince('2026-03-01'));
  });

  it('finds possible duplicates of a demand', async () => {
    const { number } = await registry.register(youngSingleDemand.data);
    const duplicates = await registry.findDuplicates(youngSingleDemand.data);
    expect(duplicates.map((d) => d.number)).toContain(number);
  });

  it("'failing' mode: REGISTRY.UNAVAILABLE once the retries are spent (3 tries), nothing registered", async () => {
    simulator.setMode('failing');
    const held = simulator.store.size;
    const before = simulator.requests;
    const error = await expectUnavailable(registry.register(familyDemand.data));
    expect(simulator.requests - before).toBe(3);
    expect(simulator.store.size).toBe(held);
    expect(error.details).toMatchObject({ registry: 'sne', operation: 'getNumUnique' });
    await expectUnavailable(registry.fetch(familyDemand.number));
    expect(simulator.requests - before).toBe(6);
    expect(logger.lines.filter((l) => l.level === 'warn' && l.msg === 'SNE call failed').length).toBeGreaterThanOrEqual(6);
  });

  it("'slow' mode beyond the timeout: REGISTRY.UNAVAILABLE, bounded in time", async () => {
    simulator.setMode('slow', { delayMs: 1_500 });
    const impatient = client({ timeoutMs: 150, retries: 1 });
    const started = Date.now();
    await expectUnavailable(impatient.fetch(familyDemand.number));
    expect(Date.now() - started).toBeLessThan(1_200);
  });

  it("'garbage' mode: REGISTRY.UNAVAILABLE (truncated XML, an HTML page, a wrong SOAP body)", async () => {
    simulator.setMode('garbage');
    const before = simulator.requests;
    await expectUnavailable(registry.fetch(familyDemand.number));
    expect(simulator.requests - before).toBe(3);
    await expectUnavailable(registry.struckOffSince('2026-01-01'));
    await expectUnavailable(registry.register(familyDemand.data));
  });

  it('back to normal: works again', async () => {
    simulator.setMode('failing');
    await expectUnavailable(registry.struckOffSince('2026-01-01'));
    simulator.setMode('normal');
    const { number } = await registry.register(youngSingleDemand.data);
    expect((await registry.fetch(number))?.data.applicant.lastName).toBe('Martin-Kouassi');
  });

  it('after an ambiguous timeout of getNumUnique, finds the registration instead of registering twice', async () => {
    simulator.setMode('slow', { delayMs: 400 });
    const data = structuredClone(youngSingleDemand.data);
    data.applicant.firstName = 'Timéo';
    const patient = client({ timeoutMs: 150, retries: 2, retryBaseDelayMs: 1_000, retryMaxDelayMs: 1_000 });
    const before = simulator.calls.getNumUnique ?? 0;
    const pending = patient.register(data);
    // the first try times out at 150 ms, is registered at 400 ms; the registry recovers at 250 ms; the next try comes at ≥ 650 ms
    setTimeout(() => simulator.setMode('normal'), 250);
    const { number } = await pending;
    expect((simulator.calls.getNumUnique ?? 0) - before).toBe(1);
    const mine = simulator.store.list().filter((d) => d.data.applicant.firstName === 'Timéo');
    expect(mine.map((d) => d.number)).toEqual([number]);
  });

  it('refuses an unreachable registry quickly and retries only a bounded number of times', async () => {
    const closed = await startSneSimulator({ port: 0 });
    const url = closed.url;
    await closed.close();
    const nowhere = new SneRegistry({ endpoint: url, timeoutMs: 300, retries: 2, retryBaseDelayMs: 5, retryMaxDelayMs: 10 });
    clients.push(nowhere);
    const error = await expectUnavailable(nowhere.fetch(familyDemand.number));
    // the person reads plain French; the technical reason stays in the cause (and the log)
    expect(error.message).toBe('Le registre national (SNE) est indisponible pour le moment : réessayez dans quelques minutes. Rien n’a été perdu.');
    expect(String((error.cause as Error | undefined)?.message)).toMatch(/ECONNREFUSED/);
  });

  it('takes a pino logger', async () => {
    const withPino = client({}, pino({ level: 'silent' }));
    expect(await withPino.struckOffSince('2030-01-01')).toEqual([]);
  });
});

function opensslAvailable(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!opensslAvailable())('SneRegistry over TLS with a client certificate', () => {
  let dir: string;
  let simulator: SneSimulator;
  const clients: SneRegistry[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sne-tls-'));
    const ssl = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
    ssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=AL-in test CA']);
    for (const [name, cn, ext] of [
      ['server', 'localhost', 'subjectAltName=IP:127.0.0.1,DNS:localhost'],
      ['client', 'registration-counter', 'extendedKeyUsage=clientAuth'],
    ] as const) {
      ssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`]);
      writeFileSync(join(dir, `${name}.ext`), `${ext}\n`);
      ssl(['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.pem`, '-days', '2', '-extfile', `${name}.ext`]);
    }
    simulator = await startSneSimulator({
      port: 0,
      tls: { certPath: join(dir, 'server.pem'), keyPath: join(dir, 'server.key'), caPath: join(dir, 'ca.pem'), requireClientCert: true },
    });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await simulator?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('registers and fetches with the certificate; without it the registry is unavailable', async () => {
    expect(simulator.url).toMatch(/^https:/);
    const withCert = new SneRegistry({
      endpoint: simulator.url,
      timeoutMs: 2_000,
      retries: 0,
      tls: { certPath: join(dir, 'client.pem'), keyPath: join(dir, 'client.key'), caPath: join(dir, 'ca.pem') },
    });
    clients.push(withCert);
    const { number } = await withCert.register(youngSingleDemand.data);
    expect((await withCert.fetch(number))?.data.applicant).toEqual(youngSingleDemand.data.applicant);

    const withoutCert = new SneRegistry({ endpoint: simulator.url, timeoutMs: 2_000, retries: 1, retryBaseDelayMs: 5, tls: { caPath: join(dir, 'ca.pem') } });
    clients.push(withoutCert);
    const error = await expectUnavailable(withoutCert.fetch(number));
    expect(String((error.cause as Error | undefined)?.message)).toMatch(/CERTIFICATE_REQUIRED|ECONNRESET|socket/i);

    const untrustedServer = new SneRegistry({ endpoint: simulator.url, timeoutMs: 2_000, retries: 2, retryBaseDelayMs: 5 });
    clients.push(untrustedServer);
    await expectUnavailable(untrustedServer.fetch(number));
  });
});
