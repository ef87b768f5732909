import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { FixedClock } from '../../src/shared/testing/clock';
import { BOOT } from '../../src/bootstrap/tokens';
import { SCHEDULED_TASKS } from '../../src/bootstrap/scheduler';
import { DEMAND } from '../../src/modules/demand/index';
import type { SneSimulator } from '../../src/adapters/sne/index';
import { startTestSne } from '../support/sne';
import { applicantWithActiveDemand, bearer, createLandlord, publishedOffer } from '../support/candidacy-fixtures';
import { rows } from '../support/scenario';
import { inflateSync } from 'node:zlib';

/**
 * The registry kept in step (issue 20), against the SNE simulator: renewals and radiations pour
 * attribution sent by durable jobs, the struck-off and new-DALO feeds read back daily — each with
 * the registry down first (nothing lost, the job waits and runs again, an agent sees what waits).
 */

const START = '2026-03-15T09:00:00.000Z';

let p: TestPlatform;
let sne: SneSimulator;
let clock: FixedClock;
let agent: string;
let landlord: { landlordId: string; landlordToken: string };
/** the applicant whose demand the renewal test renewed (for the certificate) */
let renewedApplicant: { demandId: string; token: string; number: string; registrationDate: string; renewedOn: string; nextDue: string; lastName: string } | undefined;

const drain = () => p.container.get(BOOT.JobWorker).drain();
/** later by this many minutes: past the worker's backoff */
const later = (minutes: number) => clock.set(new Date(clock.now().getTime() + minutes * 60_000).toISOString());
const apply = (token: string, demandId: string, offerId: string) => request(p.app).post('/api/v1/candidacies').set(bearer(token)).send({ demandId, offerId });
const pendingWork = async () => {
  const res = await request(p.app).get('/api/v1/registry/pending-work').set(bearer(agent));
  expect(res.status, res.text).toBe(200);
  return res.body as {
    jobs: { kind: string; label: string; status: string; demandId?: string; attempts: number; lastError?: string }[];
    feeds: { feed: string; lastSuccessOn?: string; lastError?: string }[];
  };
};
const runDailyFeeds = async () => {
  const task = SCHEDULED_TASKS.find((t) => t.name === 'demand.registry-feeds');
  expect(task).toBeDefined();
  await task!.run(p.container, clock.now());
};
/** After the clock jumped past the sessions' lifetime: a new agent session, and the applicant's own again. */
const signInAgain = async (email: string): Promise<string> => {
  agent = (await p.signIn('agent')).token;
  const res = await request(p.app).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
  expect(res.status, res.text).toBe(200);
  return res.body.accessToken as string;
};
/** The text drawn in a PDF's page content streams (pdf-lib's standard fonts: WinAnsi hex strings), one string per Tj. */
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
    for (const m of content.matchAll(/<([0-9A-Fa-f]*)> Tj/g)) {
      const bytes = Buffer.from(m[1]!, 'hex');
      out.push([...bytes].map((b) => (b === 0x92 ? '’' : b === 0x97 ? '—' : String.fromCharCode(b))).join(''));
    }
  }
  return out;
}
const demandOf = async (token: string, id: string) => (await request(p.app).get(`/api/v1/demands/${id}`).set(bearer(token))).body;

/** An applicant with an active demand registered with the simulator (its number from the registration job). */
async function registeredApplicant(firstName: string, birthDate: string) {
  const a = await applicantWithActiveDemand(p, agent, { firstName, birthDate, monthlyResources: 2200 });
  await drain();
  const demand = await demandOf(a.token, a.demandId);
  expect(demand.registrationNumber, JSON.stringify(demand)).toMatch(/^[0-9A-Z]{18}$/);
  expect(sne.store.get(demand.registrationNumber)).toBeDefined();
  return { ...a, number: demand.registrationNumber as string };
}

beforeAll(async () => {
  clock = new FixedClock(START);
  const started = await startTestSne({ clock, retries: 0, timeoutMs: 2000 });
  sne = started.sne;
  p = await createTestPlatform({ clock, env: started.env });
  agent = (await p.signIn('agent')).token;
  landlord = await createLandlord(p, agent);
});
afterEach(() => sne.setMode('normal'));
afterAll(async () => {
  await p?.close();
  await sne?.close();
});

describe('a lease signed: the registry learns the demand is satisfied (radiation pour attribution)', () => {
  it('registry down at the lease: the job waits, an agent sees it; back up, the radiation carries the home', async () => {
    const offerId = await publishedOffer(p, agent, landlord.landlordToken);
    const ana = await registeredApplicant('Ana', '1991-04-02');
    const c = await apply(ana.token, ana.demandId, offerId);
    expect(c.status, c.text).toBe(201);
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/close`).set(bearer(agent))).status).toBe(200);
    expect(
      (
        await request(p.app)
          .post(`/api/v1/offers/${offerId}/designation`)
          .set(bearer(agent))
          .send({ candidacyIds: [c.body.id] })
      ).status,
    ).toBe(200);
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/transmission`).set(bearer(agent))).status).toBe(200);
    expect((await request(p.app).post(`/api/v1/candidacies/${c.body.id}/cal-decision`).set(bearer(landlord.landlordToken)).send({ decision: 'accepted', calRank: 1 })).status).toBe(
      200,
    );
    expect((await request(p.app).post(`/api/v1/candidacies/${c.body.id}/accept-proposal`).set(bearer(ana.token))).status).toBe(200);

    sne.setMode('failing');
    const lease = await request(p.app).post(`/api/v1/candidacies/${c.body.id}/lease`).set(bearer(landlord.landlordToken));
    expect(lease.status, lease.text).toBe(200);
    expect((await demandOf(ana.token, ana.demandId)).status).toBe('satisfied');
    await drain();
    expect(sne.store.get(ana.number)?.struckOffOn).toBeUndefined();
    const waiting = (await pendingWork()).jobs.filter((j) => j.demandId === ana.demandId);
    expect(waiting).toEqual([
      expect.objectContaining({ kind: 'demand.registry-housed', status: 'pending', attempts: 1, label: 'Radiation pour attribution transmise au registre' }),
    ]);
    expect(waiting[0]!.lastError).toMatch(/indisponible/);

    sne.setMode('normal');
    later(60);
    await drain();
    expect(sne.store.get(ana.number)).toMatchObject({
      struckOffOn: '2026-03-15',
      struckOffMotif: 'ATTRIBUTION',
      attributedHome: { communeCode: '69266', typology: 'T2', financing: 'PLUS', offerReference: offerId, landlordSiren: expect.stringMatching(/^\d{9}$/) },
    });
    expect((await pendingWork()).jobs.filter((j) => j.demandId === ana.demandId)).toEqual([]);
    // the platform's own radiation read back by the feed changes nothing (already satisfied)
    await runDailyFeeds();
    await drain();
    expect((await demandOf(ana.token, ana.demandId)).status).toBe('satisfied');
  });
});

describe('the struck-off feed, read daily', () => {
  it('registry down: the feed waits and keeps its day; back up, demands struck off elsewhere close with the reason, candidacies end, the applicant is told; designation refused', async () => {
    const offerId = await publishedOffer(p, agent, landlord.landlordToken);
    const ben = await registeredApplicant('Ben', '1984-06-10');
    const cyd = await registeredApplicant('Cyd', '1979-01-20');
    const dan = await registeredApplicant('Dan', '1988-11-11');
    const cb = (await apply(ben.token, ben.demandId, offerId)).body;
    const cc = (await apply(cyd.token, cyd.demandId, offerId)).body;
    expect(cb.status).toBe('submitted');
    sne.store.strikeOff(ben.number, '2026-03-15', 'RENONCIATION');
    sne.store.strikeOff(dan.number, '2026-03-15', 'NON_RENOUVELLEMENT');

    const dayBefore = (await pendingWork()).feeds.find((f) => f.feed === 'struck_off')?.lastSuccessOn;
    sne.setMode('failing');
    await runDailyFeeds();
    await drain();
    const waiting = await pendingWork();
    expect(waiting.jobs.filter((j) => j.kind === 'demand.registry-struck-off-feed')).toEqual([
      expect.objectContaining({ status: 'pending', attempts: 1, label: 'Lecture des demandes radiées par le registre', lastError: expect.stringMatching(/indisponible/) }),
    ]);
    // the failure is kept with the feed; its day does not move, so the next read covers what was missed
    expect(waiting.feeds.find((f) => f.feed === 'struck_off')).toMatchObject({ lastError: expect.stringMatching(/indisponible/) });
    expect(waiting.feeds.find((f) => f.feed === 'struck_off')?.lastSuccessOn).toBe(dayBefore);
    expect((await demandOf(ben.token, ben.demandId)).status).toBe('active');
    await runDailyFeeds(); // the same day again: no second job
    expect((await pendingWork()).jobs.filter((j) => j.kind === 'demand.registry-struck-off-feed')).toHaveLength(1);

    sne.setMode('normal');
    later(60);
    await drain();
    const benDemand = await demandOf(ben.token, ben.demandId);
    expect(benDemand.status).toBe('cancelled');
    expect(benDemand.history.at(-1)).toMatchObject({ action: 'struck_off', to: 'cancelled', reason: 'Radiée par le registre national : renonciation du demandeur' });
    const danDemand = await demandOf(dan.token, dan.demandId);
    expect(danDemand.status).toBe('expired');
    expect((await demandOf(cyd.token, cyd.demandId)).status).toBe('active');
    const feeds = await pendingWork();
    expect(feeds.jobs.filter((j) => j.kind === 'demand.registry-struck-off-feed')).toEqual([]);
    expect(feeds.feeds.find((f) => f.feed === 'struck_off')).toMatchObject({ lastSuccessOn: '2026-03-15' });
    expect(feeds.feeds.find((f) => f.feed === 'struck_off')?.lastError).toBeUndefined();

    // the applicant is told, in French, through the demand module's outbox
    const told = rows<{ kind: string; payload: { reason: string; registrationNumber: string } }>(
      await p.db.database.db.execute(sql`select kind, payload from demand.notifications where account_id = ${ben.accountId} and kind = 'demand.struck_off'`),
    );
    expect(told).toEqual([
      { kind: 'demand.struck_off', payload: expect.objectContaining({ registrationNumber: ben.number, reason: 'Radiée par le registre national : renonciation du demandeur' }) },
    ]);

    // the open candidacy ended (the candidacy module's job), and cannot be designated
    const mine = await request(p.app).get(`/api/v1/candidacies/${cb.id}`).set(bearer(ben.token));
    expect(mine.body.status).toBe('withdrawn');
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/close`).set(bearer(agent))).status).toBe(200);
    const refused = await request(p.app)
      .post(`/api/v1/offers/${offerId}/designation`)
      .set(bearer(agent))
      .send({ candidacyIds: [cb.id] });
    expect(refused.status, refused.text).toBe(422);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({
      code: 'CANDIDACY.NOT_DESIGNABLE',
      errors: [{ field: 'candidacyIds', message: 'Ces candidatures ne peuvent pas être désignées (retirées, déjà désignées ou d’une autre offre).' }],
    });
    const designated = await request(p.app)
      .post(`/api/v1/offers/${offerId}/designation`)
      .set(bearer(agent))
      .send({ candidacyIds: [cc.id] });
    expect(designated.status, designated.text).toBe(200);
  });
});

describe('the new-DALO feed, read daily', () => {
  it('registry down: waits; back up, the matching demand is DALO confirmed by the registry (fact check of source registry)', async () => {
    const eve = await registeredApplicant('Eve', '1993-08-08');
    clock.set('2026-03-16T09:00:00.000Z');
    sne.store.markDalo(eve.number, '2026-03-16');
    sne.setMode('failing');
    await runDailyFeeds();
    await drain();
    expect((await pendingWork()).jobs.filter((j) => j.kind === 'demand.registry-new-dalo-feed')).toEqual([expect.objectContaining({ status: 'pending', attempts: 1 })]);
    const before = await request(p.app).get(`/api/v1/demands/${eve.demandId}`).set(bearer(agent));
    expect(before.body.derived.declaredFacts.dalo.state).toBe('none');

    sne.setMode('normal');
    later(60);
    await drain();
    const after = await request(p.app).get(`/api/v1/demands/${eve.demandId}`).set(bearer(agent));
    expect(after.body.derived.declaredFacts.dalo).toMatchObject({ state: 'checked', source: 'registry' });
    expect(after.body.data.dalo).toBe(true);
    const stored = await p.container.get(DEMAND.Repository).findById(eve.demandId);
    expect(stored?.factChecks?.dalo).toMatchObject({ status: 'checked', source: 'registry' });
    expect((await pendingWork()).feeds.find((f) => f.feed === 'new_dalo')).toMatchObject({ lastSuccessOn: '2026-03-16' });
  });
});

describe('a renewal on the platform: sent to the registry', () => {
  it('registry down at the renewal: the job waits, an agent sees it; back up, the registry records the renewal', async () => {
    const fay = await registeredApplicant('Fay', '1986-02-14');
    const registered = await demandOf(fay.token, fay.demandId);
    clock.set(`${registered.renewalDueDate}T08:00:00.000Z`); // the last day of the renewal window
    const token = await signInAgain(fay.email);
    sne.setMode('failing');
    const renewed = await request(p.app).post(`/api/v1/demands/${fay.demandId}/renew`).set(bearer(token));
    expect(renewed.status, renewed.text).toBe(200);
    await drain();
    const waiting = (await pendingWork()).jobs.filter((j) => j.demandId === fay.demandId);
    expect(waiting).toEqual([
      expect.objectContaining({
        kind: 'demand.registry-renewal',
        status: 'pending',
        attempts: 1,
        label: 'Renouvellement transmis au registre',
        lastError: expect.stringMatching(/indisponible/),
      }),
    ]);
    expect(sne.store.get(fay.number)?.renewedOn).toBeUndefined();

    sne.setMode('normal');
    later(60);
    await drain();
    expect(sne.store.get(fay.number)?.renewedOn).toBe(registered.renewalDueDate);
    expect((await pendingWork()).jobs.filter((j) => j.demandId === fay.demandId)).toEqual([]);
    const after = await demandOf(token, fay.demandId);
    renewedApplicant = {
      demandId: fay.demandId,
      token,
      number: fay.number,
      registrationDate: registered.registrationDate,
      renewedOn: registered.renewalDueDate,
      nextDue: after.renewalDueDate,
      lastName: registered.data.applicant.lastName,
    };
  });

  it('the applicant downloads the registration certificate as a PDF: number, first filing date, last renewal (read back from the PDF)', async () => {
    const fay = renewedApplicant!;
    const res = await request(p.app)
      .get(`/api/v1/demands/${fay.demandId}/registration-certificate`)
      .set(bearer(fay.token))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status, String(res.body)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="attestation-enregistrement-${fay.number}.pdf"`);
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    const fr = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
    expect(text).toContain('Attestation d’enregistrement d’une demande de logement social');
    expect(text).toContain(`Numéro unique d’enregistrement : ${fay.number}`);
    expect(text).toContain(`Date de dépôt initial (ancienneté de la demande) : ${fr(fay.registrationDate)}`);
    expect(text).toContain(`Dernier renouvellement : ${fr(fay.renewedOn)}`);
    expect(text).toContain(`À renouveler au plus tard le : ${fr(fay.nextDue)}`);
    expect(text).toContain(`Demandeur : Fay ${fay.lastName.toUpperCase()}, né(e) le 14/02/1986`);

    // another applicant: not theirs (404); a demand without a number yet: 409 in French
    const other = await p.signIn('applicant');
    const stranger = await request(p.app).get(`/api/v1/demands/${fay.demandId}/registration-certificate`).set(bearer(other.token));
    expect(stranger.status).toBe(404);
    const draft = await request(p.app)
      .post('/api/v1/demands')
      .set(bearer(other.token))
      .send((await demandOf(fay.token, fay.demandId)).data);
    expect(draft.status, draft.text).toBe(201);
    const none = await request(p.app).get(`/api/v1/demands/${draft.body.id}/registration-certificate`).set(bearer(other.token));
    expect(none.status).toBe(409);
    expect(none.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(none.body).toMatchObject({
      code: 'DEMAND.NOT_REGISTERED',
      detail: 'L’attestation d’enregistrement n’est délivrée que pour une demande active qui a reçu son numéro unique.',
    });
  });

  it('a renewal the registry refuses (demand struck off there) shows as failed to agents, in French', async () => {
    const gil = await registeredApplicant('Gil', '1982-09-09');
    const registered = await demandOf(gil.token, gil.demandId);
    clock.set(`${registered.renewalDueDate}T08:00:00.000Z`);
    const token = await signInAgain(gil.email);
    sne.store.strikeOff(gil.number, registered.renewalDueDate, 'AUTRE');
    expect((await request(p.app).post(`/api/v1/demands/${gil.demandId}/renew`).set(bearer(token))).status).toBe(200);
    await drain();
    expect((await pendingWork()).jobs.filter((j) => j.demandId === gil.demandId)).toEqual([
      expect.objectContaining({
        kind: 'demand.registry-renewal',
        status: 'failed',
        lastError: expect.stringMatching(/Renouvellement refusé par le registre : La demande .* a été radiée du registre national/),
      }),
    ]);
  });

  it('the pending work is for agents only', async () => {
    const applicant = await p.signIn('applicant');
    const res = await request(p.app).get('/api/v1/registry/pending-work').set(bearer(applicant.token));
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
