import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { FixedClock } from '../../src/shared/testing/clock';
import { BOOT } from '../../src/bootstrap/tokens';
import { SCHEDULED_TASKS } from '../../src/bootstrap/scheduler';
import { startSneSimulator, type SneSimulator } from '../../src/adapters/sne/index';
import { aDemandData, anAdult } from '../../src/modules/demand/testing/test-builders';
import type { DemandData } from '../../src/modules/demand/index';
import { familyDemand } from '../fixtures/sne/sne-fixtures';
import { startTestSne } from '../support/sne';
import { bearer, PIECES_OVERRIDE_REASON } from '../support/candidacy-fixtures';
import { confirmImport, importRegistryDemand, sentImportCode, startImport } from '../support/demand-import';
import { rows } from '../support/scenario';
import { inflateSync } from 'node:zlib';

/**
 * Regional shared files (issue 20 item 5, decision 0010), against two simulators: the SNE, and a
 * second one playing the shared file Imhoweb (its own numbers, HTTP Basic credentials), configured
 * for Ille-et-Vilaine (35) and Finistère (29) through REGISTRIES. Imports, registrations and the
 * daily feeds go to the registry of the département; numbers are unique per registry only.
 */

const START = '2026-03-15T09:00:00.000Z';
const IMHOWEB_USER = 'guichet-0350';
const IMHOWEB_PASSWORD = 'mot-de-passe-imhoweb-de-test';

let p: TestPlatform;
let sne: SneSimulator;
let imhoweb: SneSimulator;
let clock: FixedClock;
let agent: string;

const drain = () => p.container.get(BOOT.JobWorker).drain();
const later = (minutes: number) => clock.set(new Date(clock.now().getTime() + minutes * 60_000).toISOString());
const demandOf = async (token: string, id: string) => (await request(p.app).get(`/api/v1/demands/${id}`).set(bearer(token))).body;
const runDailyFeeds = async () => {
  const task = SCHEDULED_TASKS.find((t) => t.name === 'demand.registry-feeds');
  expect(task).toBeDefined();
  await task!.run(p.container, clock.now());
};
const pendingWork = async () => {
  const res = await request(p.app).get('/api/v1/registry/pending-work').set(bearer(agent));
  expect(res.status, res.text).toBe(200);
  return res.body as { jobs: { kind: string; status: string; lastError?: string }[]; feeds: { registry: string; feed: string; lastSuccessOn?: string; lastError?: string }[] };
};

/** The text drawn in a PDF's content streams (pdf-lib's standard fonts: WinAnsi hex strings), one string per Tj. */
function pdfText(pdf: Buffer): string[] {
  const out: string[] = [];
  const source = pdf.toString('latin1');
  let at = 0;
  for (;;) {
    const start = source.indexOf('>>\nstream\n', at);
    if (start < 0) break;
    const end = source.indexOf('\nendstream', start);
    if (end < 0) break;
    const dict = source.slice(Math.max(0, source.lastIndexOf('obj', start)), start);
    const raw = pdf.subarray(start + '>>\nstream\n'.length, end);
    at = end + 1;
    let content: string;
    try {
      content = (dict.includes('/FlateDecode') ? inflateSync(raw) : raw).toString('latin1');
    } catch {
      continue;
    }
    for (const m of content.matchAll(/<([0-9A-Fa-f]*)> Tj/g)) out.push([...Buffer.from(m[1]!, 'hex')].map((b) => (b === 0x92 ? '’' : String.fromCharCode(b))).join(''));
  }
  return out;
}

/** A person living in Rennes (35): their demand is Imhoweb's. */
function rennesDemand(firstName: string, lastName: string, birthDate: string, email: string): DemandData {
  return aDemandData({
    applicant: {
      ...anAdult({
        firstName,
        lastName,
        birthDate,
        resources: [{ code: 'SAL', monthlyAmount: 2100 }],
        taxIncome: { yearMinus2: 2024, amountMinus2: 24_000, yearMinus1: 2025, amountMinus1: 24_000 },
      }),
      email,
      address: { line: '3 place de la Mairie', postalCode: '35000', communeCode: '35238' },
    },
    wishes: { communeCodes: ['35238'], typologies: [2] },
  } as Partial<DemandData>);
}

beforeAll(async () => {
  clock = new FixedClock(START);
  const started = await startTestSne({ clock, retries: 0, timeoutMs: 2000 });
  sne = started.sne;
  imhoweb = await startSneSimulator({ now: () => clock.now(), name: 'Imhoweb', counterCode: '3501', credentials: { username: IMHOWEB_USER, password: IMHOWEB_PASSWORD } });
  const registries = {
    sharedFiles: [
      { id: 'imhoweb', name: 'Imhoweb', endpoint: imhoweb.url, departements: ['35', '29'], retries: 0, timeoutMs: 2000, username: IMHOWEB_USER, password: IMHOWEB_PASSWORD },
    ],
  };
  p = await createTestPlatform({ clock, env: { ...started.env, REGISTRIES: JSON.stringify(registries) } });
  agent = (await p.signIn('agent')).token;
});
afterEach(() => {
  sne.setMode('normal');
  imhoweb.setMode('normal');
});
afterAll(async () => {
  await p?.close();
  await sne?.close();
  await imhoweb?.close();
});

describe('which registry serves a département', () => {
  it('names the shared file where one is configured, the SNE elsewhere, in French; refuses a code that is not a département', async () => {
    const rennes = await request(p.app).get('/api/v1/registry/for-departement/35');
    expect(rennes.status, rennes.text).toBe(200);
    expect(rennes.body).toEqual({
      departement: '35',
      registry: { id: 'imhoweb', kind: 'shared_file', name: 'Imhoweb', label: 'le fichier partagé Imhoweb' },
      connected: true,
      message: 'Dans ce département, votre demande de logement social est enregistrée dans le fichier partagé Imhoweb.',
    });
    const lille = await request(p.app).get('/api/v1/registry/for-departement/59');
    expect(lille.body).toMatchObject({ departement: '59', registry: { id: 'sne', kind: 'national', label: 'le Système national d’enregistrement (SNE)' }, connected: true });
    expect((await request(p.app).get('/api/v1/registry/for-departement/2A')).body.registry.id).toBe('sne');
    const bad = await request(p.app).get('/api/v1/registry/for-departement/20');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].message).toMatch(/code de département/);
  });
});

describe('an import from the shared file of the département', () => {
  it('a demand of Ille-et-Vilaine comes back from Imhoweb (credentials sent), never from the SNE', async () => {
    const held = imhoweb.seed({ data: rennesDemand('Maëlle', 'Le Goff', '1988-09-14', 'maelle.legoff@example.org'), registrationDate: '2024-06-03' });
    expect(held.number.startsWith('035')).toBe(true);
    const sneCalls = sne.requests;
    const applicant = await p.signIn('applicant');
    const res = await importRegistryDemand(p, applicant.token, { departement: '35', number: held.number, birthDate: '1988-09-14' });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ status: 'active', source: 'registry', registry: 'imhoweb', registrationNumber: held.number, registrationDate: '2024-06-03' });
    expect(imhoweb.calls.getDemandeLogement).toBe(2); // the number and birth date, then the code confirmed
    expect(imhoweb.unauthorized).toBe(0);
    expect(sne.requests).toBe(sneCalls);
    // the registration certificate names the shared file
    const pdf = await request(p.app)
      .get(`/api/v1/demands/${res.body.id}/registration-certificate`)
      .set(bearer(applicant.token))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect(pdfText(pdf.body as Buffer)).toContain('Registre : Fichier partagé Imhoweb');

    // its renewal on the platform goes to Imhoweb (durable job), not to the SNE
    expect(res.body.renewalDueDate).toBe('2026-06-03');
    const renewed = await request(p.app).post(`/api/v1/demands/${res.body.id}/renew`).set(bearer(applicant.token));
    expect(renewed.status, renewed.text).toBe(200);
    await drain();
    expect(imhoweb.store.get(held.number)?.renewedOn).toBe('2026-03-15');
    expect(imhoweb.calls.renouvelerDemande).toBe(1);
    expect(sne.calls.renouvelerDemande ?? 0).toBe(0);
  });

  it('without the département, the number’s own département chooses the registry (035… → Imhoweb)', async () => {
    const held = imhoweb.seed({ data: rennesDemand('Yann', 'Kerboul', '1979-02-01', 'yann.kerboul@example.org') });
    const applicant = await p.signIn('applicant');
    const res = await importRegistryDemand(p, applicant.token, { number: held.number, birthDate: '1979-02-01' });
    expect(res.status, res.text).toBe(201);
    expect(res.body.registry).toBe('imhoweb');
  });

  it('the SNE is still used for the other départements', async () => {
    const before = imhoweb.requests;
    const applicant = await p.signIn('applicant');
    const res = await importRegistryDemand(p, applicant.token, { departement: '59', number: familyDemand.number, birthDate: familyDemand.data.applicant.birthDate });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ registry: 'sne', registrationNumber: familyDemand.number });
    expect(imhoweb.requests).toBe(before);
  });

  it('a registry that is not the département’s is refused in French (422); an unknown registry is a bad request (400)', async () => {
    const applicant = await p.signIn('applicant');
    const mismatch = await startImport(p, applicant.token, { departement: '35', registry: 'sne', number: familyDemand.number, birthDate: '1986-04-12' });
    expect(mismatch.status, mismatch.text).toBe(422);
    expect(mismatch.body.code).toBe('DEMAND.IMPORT_REGISTRY_MISMATCH');
    expect(mismatch.body.detail).toBe('Dans le département 35, les demandes sont enregistrées dans le fichier partagé Imhoweb : importez votre demande depuis ce registre.');
    const unknown = await startImport(p, applicant.token, { registry: 'habisoft', number: familyDemand.number, birthDate: '1986-04-12' });
    expect(unknown.status).toBe(400);
  });
});

describe('the shared file down during an import', () => {
  it('answers 503 in French naming Imhoweb and creates nothing; a code already sent works again once it is back', async () => {
    const held = imhoweb.seed({ data: rennesDemand('Gwen', 'Tanguy', '1990-12-24', 'gwen.tanguy@example.org') });
    const applicant = await p.signIn('applicant');

    imhoweb.setMode('failing');
    const down = await startImport(p, applicant.token, { departement: '35', number: held.number, birthDate: '1990-12-24' });
    expect(down.status, down.text).toBe(503);
    expect(down.body.code).toBe('REGISTRY.UNAVAILABLE');
    expect(down.body.detail).toBe('Le fichier partagé Imhoweb est indisponible pour le moment : réessayez dans quelques minutes. Rien n’a été perdu.');
    expect(down.headers['retry-after']).toBeDefined();
    expect((await request(p.app).get('/api/v1/demands').set(bearer(applicant.token))).body.total).toBe(0);

    // back up: the code goes to the registry's contact; the shared file fails again at the confirmation
    imhoweb.setMode('normal');
    const started = await startImport(p, applicant.token, { departement: '35', number: held.number, birthDate: '1990-12-24' });
    expect(started.status, started.text).toBe(202);
    const sent = await sentImportCode(p, started.body.challengeId as string);
    expect(sent?.toEmail).toBe('gwen.tanguy@example.org');
    imhoweb.setMode('failing');
    const confirmDown = await confirmImport(p, applicant.token, { challengeId: started.body.challengeId as string, code: sent!.code! });
    expect(confirmDown.status, confirmDown.text).toBe(503);
    expect(confirmDown.body.detail).toMatch(/^Le fichier partagé Imhoweb est indisponible/);
    expect((await request(p.app).get('/api/v1/demands').set(bearer(applicant.token))).body.total).toBe(0);

    // the import waited: the same code works once the shared file answers again
    imhoweb.setMode('normal');
    const confirmed = await confirmImport(p, applicant.token, { challengeId: started.body.challengeId as string, code: sent!.code! });
    expect(confirmed.status, confirmed.text).toBe(201);
    expect(confirmed.body).toMatchObject({ registry: 'imhoweb', registrationNumber: held.number });
  });
});

describe('a new demand of the département is registered with its shared file', () => {
  it('validated in Ille-et-Vilaine: the registration job gets an Imhoweb number; the shared file down, the job waits', async () => {
    const applicant = await p.signIn('applicant');
    const data = rennesDemand('Nolwenn', 'Riou', '1993-05-30', 'nolwenn.riou@example.org');
    const created = await request(p.app).post('/api/v1/demands').set(bearer(applicant.token)).send(data);
    expect(created.status, created.text).toBe(201);
    expect((await request(p.app).post(`/api/v1/demands/${created.body.id}/submit`).set(bearer(applicant.token))).status).toBe(200);
    imhoweb.setMode('failing');
    const validated = await request(p.app)
      .post(`/api/v1/demands/${created.body.id}/validate`)
      .set(bearer(agent))
      .send({ piecesOverride: { reason: PIECES_OVERRIDE_REASON } });
    expect(validated.status, validated.text).toBe(200);
    const sneRegistrations = sne.calls.getNumUnique ?? 0;
    await drain();
    expect((await demandOf(applicant.token, created.body.id)).registrationNumber).toBeUndefined();
    expect((await pendingWork()).jobs.some((j) => j.kind === 'demand.register-with-registry' && j.lastError?.includes('Imhoweb'))).toBe(true);

    imhoweb.setMode('normal');
    later(60);
    await drain();
    const demand = await demandOf(applicant.token, created.body.id);
    expect(demand).toMatchObject({ registry: 'imhoweb', registrationNumber: expect.stringMatching(/^035\d{10}[A-Z]3501$/) });
    expect(imhoweb.store.get(demand.registrationNumber)?.data.applicant.lastName).toBe('Riou');
    expect(sne.calls.getNumUnique ?? 0).toBe(sneRegistrations);
  });
});

describe('registration numbers are unique per registry', () => {
  const SAME = '0350326000777K0001';
  let fromSne: { token: string; demandId: string };
  let fromImhoweb: { token: string; demandId: string };

  it('the same number in the SNE and in Imhoweb is two demands, each imported from its own registry', async () => {
    sne.seed({ data: rennesDemand('Jean', 'Bodin', '1970-01-10', 'jean.bodin@example.org'), number: SAME, registrationDate: '2026-03-02' });
    imhoweb.seed({ data: rennesDemand('Anne', 'Le Bris', '1984-11-05', 'anne.lebris@example.org'), number: SAME, registrationDate: '2026-03-03' });
    const a = await p.signIn('applicant');
    const b = await p.signIn('applicant');
    const resA = await importRegistryDemand(p, a.token, { registry: 'sne', number: SAME, birthDate: '1970-01-10' });
    expect(resA.status, resA.text).toBe(201);
    const resB = await importRegistryDemand(p, b.token, { departement: '35', number: SAME, birthDate: '1984-11-05' });
    expect(resB.status, resB.text).toBe(201);
    expect(resA.body).toMatchObject({ registry: 'sne', registrationNumber: SAME, registrationDate: '2026-03-02' });
    expect(resB.body).toMatchObject({ registry: 'imhoweb', registrationNumber: SAME, registrationDate: '2026-03-03' });
    fromSne = { token: a.token, demandId: resA.body.id };
    fromImhoweb = { token: b.token, demandId: resB.body.id };
    const held = rows<{ registry: string }>(await p.db.database.db.execute(sql`select registry from demand.demands where registration_number = ${SAME} order by registry`));
    expect(held.map((r) => r.registry)).toEqual(['imhoweb', 'sne']);
    // the SNE's holder cannot take the Imhoweb demand with the SNE's birth date, nor the other way round
    const other = await startImport(p, a.token, { departement: '35', number: SAME, birthDate: '1970-01-10' });
    expect(other.status).toBe(404);
  });

  it('the daily feeds of both registries run; a number struck off in Imhoweb closes only the Imhoweb demand', async () => {
    imhoweb.setMode('failing');
    await runDailyFeeds();
    await drain();
    let work = await pendingWork();
    const feedsOf = (registry: string) => work.feeds.filter((f) => f.registry === registry);
    expect(feedsOf('sne').map((f) => [f.feed, f.lastSuccessOn])).toEqual(
      expect.arrayContaining([
        ['struck_off', '2026-03-15'],
        ['new_dalo', '2026-03-15'],
      ]),
    );
    expect(feedsOf('imhoweb')).toHaveLength(2);
    for (const f of feedsOf('imhoweb')) {
      expect(f.lastSuccessOn).toBeUndefined();
      expect(f.lastError).toMatch(/fichier partagé Imhoweb est indisponible/);
    }

    // Imhoweb strikes its demand off and recognises another one DALO; the SNE says nothing of SAME
    imhoweb.setMode('normal');
    expect(imhoweb.store.strikeOff(SAME, '2026-03-15', 'RENONCIATION')).toBe(true);
    const daloHeld = imhoweb.seed({ data: rennesDemand('Erwan', 'Morvan', '1982-08-08', 'erwan.morvan@example.org') });
    const erwan = await p.signIn('applicant');
    const imported = await importRegistryDemand(p, erwan.token, { departement: '35', number: daloHeld.number, birthDate: '1982-08-08' });
    expect(imported.status, imported.text).toBe(201);
    imhoweb.store.markDalo(daloHeld.number, '2026-03-15');

    later(60);
    await drain();
    work = await pendingWork();
    for (const f of feedsOf('imhoweb')) expect(f).toMatchObject({ lastSuccessOn: '2026-03-15' });
    const struck = await demandOf(fromImhoweb.token, fromImhoweb.demandId);
    expect(struck.status).toBe('cancelled');
    expect(struck.history.at(-1)).toMatchObject({ action: 'struck_off', reason: 'Radiée par le fichier partagé Imhoweb : renonciation du demandeur' });
    expect((await demandOf(fromSne.token, fromSne.demandId)).status).toBe('active');
    const erwanDemand = await demandOf(erwan.token, imported.body.id);
    expect(erwanDemand.data.dalo).toBe(true);
    const [check] = rows<{ reason: string }>(
      await p.db.database.db.execute(sql`select fact_checks->'dalo'->>'reason' as reason from demand.demands where id = ${imported.body.id}`),
    );
    expect(check?.reason).toBe('Nouvelle demande DALO signalée par le fichier partagé Imhoweb');
  });
});
