import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { FixedClock } from '../../src/shared/testing/clock';
import { BOOT } from '../../src/bootstrap/tokens';
import { IDENTITY } from '../../src/modules/identity/index';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { applicantWithActiveDemand, bearer, createLandlord, publishedOffer } from '../support/candidacy-fixtures';
import { SMALL_PDF as PDF } from '../support/files';

/**
 * A landlord's access to the files of the candidates transmitted to it (verified documents, demand
 * summary with name and contact), every read audited; and the end of an offer's candidacies when
 * the offer is withdrawn.
 */

const clock = new FixedClock('2026-03-01T10:00:00Z');
let p: TestPlatform;
let agent: string;
let landlord: Awaited<ReturnType<typeof createLandlord>>;
let otherLandlord: Awaited<ReturnType<typeof createLandlord>>;
const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;

beforeAll(async () => {
  p = await createTestPlatform({ clock });
  agent = (await p.signIn('agent')).token;
  landlord = await createLandlord(p, agent);
  otherLandlord = await createLandlord(p, agent);
});
afterAll(async () => p?.close());

const apply = async (token: string, demandId: string, offerId: string): Promise<string> => {
  const res = await request(p.app).post('/api/v1/candidacies').set(bearer(token)).send({ demandId, offerId });
  expect(res.status, res.text).toBe(201);
  return res.body.id as string;
};

/** Uploads a PDF piece; with `verified`, an agent checks it. */
async function piece(a: { token: string; demandId: string }, type: string, verified: boolean): Promise<string> {
  const up = await request(p.app)
    .post(`/api/v1/demands/${a.demandId}/documents`)
    .set(bearer(a.token))
    .field('documentType', type)
    .attach('files', PDF, { filename: `${type}.pdf`, contentType: 'application/pdf' });
  expect(up.status, up.text).toBe(201);
  const id = up.body.documents[0].id as string;
  if (verified) {
    const ok = await request(p.app).post(`/api/v1/demands/${a.demandId}/documents/${id}/decision`).set(bearer(agent)).send({ outcome: 'verified' });
    expect(ok.status, ok.text).toBe(200);
  }
  return id;
}

const readContent = (token: string, demandId: string, docId: string) =>
  request(p.app)
    .get(`/api/v1/demands/${demandId}/documents/${docId}/content`)
    .set(bearer(token))
    .set('X-Forwarded-For', '203.0.113.7')
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

const auditOf = async (objectId: string, action = 'document.read') =>
  rows<{
    actor_account_id: string;
    actor_role: string;
    acting_for_kind: string;
    acting_for_id: string;
    object_type: string;
    object_id: string;
    address: string | null;
    at: Date;
    detail: Record<string, unknown>;
  }>(await p.db.database.db.execute(sql`select * from platform.audit_entries where action = ${action} and object_id = ${objectId} order by id`));

describe('a landlord reads the files of the candidates transmitted to it', () => {
  it('the designated and transmitted candidate’s verified documents only, each read audited; 404 otherwise', async () => {
    const offerId = await publishedOffer(p, agent, landlord.landlordToken);
    const ana = await applicantWithActiveDemand(p, agent, { firstName: 'Ana', birthDate: '1997-02-01', monthlyResources: 2400, registrationDate: '2019-05-01' });
    const ben = await applicantWithActiveDemand(p, agent, { firstName: 'Ben', birthDate: '1975-02-01', monthlyResources: 2300, registrationDate: '2024-05-01' });
    const anaVerified = await piece(ana, 'identity', true);
    const anaPending = await piece(ana, 'payslip', false);
    const benVerified = await piece(ben, 'identity', true);
    const ca = await apply(ana.token, ana.demandId, offerId);
    await apply(ben.token, ben.demandId, offerId);
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/close`).set(bearer(agent))).status).toBe(200);
    const ranking = await request(p.app).get(`/api/v1/offers/${offerId}/ranking`).set(bearer(agent));
    expect(ranking.body.items[0].candidacyId).toBe(ca);
    const designated = await request(p.app)
      .post(`/api/v1/offers/${offerId}/designation`)
      .set(bearer(agent))
      .send({ candidacyIds: [ca] });
    expect(designated.status, designated.text).toBe(200);

    // designated but not transmitted yet: nothing for the landlord
    const early = await readContent(landlord.landlordToken, ana.demandId, anaVerified);
    expect(early.status).toBe(404);
    expect(early.body.toString()).toContain('DEMAND.NOT_FOUND');
    expect(await auditOf(anaVerified)).toEqual([]);

    expect((await request(p.app).post(`/api/v1/offers/${offerId}/transmission`).set(bearer(agent))).status).toBe(200);

    // the landlord of the offer: 200, the file itself, and an audit entry (who, for which landlord, which document, when, from where)
    const reader = await p.signIn('landlord_user', { orgId: landlord.landlordId });
    const read = await readContent(reader.token, ana.demandId, anaVerified);
    expect(read.status).toBe(200);
    expect(Buffer.compare(read.body as Buffer, PDF)).toBe(0);
    const entries = await auditOf(anaVerified);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor_account_id: reader.accountId,
      actor_role: 'landlord_user',
      acting_for_kind: 'landlord',
      acting_for_id: landlord.landlordId,
      object_type: 'document',
      detail: expect.objectContaining({ demandId: ana.demandId, type: 'identity' }),
    });
    expect(entries[0]?.address).toBeTruthy();
    expect(new Date(entries[0]!.at).getTime()).toBeGreaterThan(0);

    // the landlord's connected system (client credentials) may read it too, audited for the same landlord
    const client = await p.container.get(IDENTITY.Service).registerApiClient({ landlordId: landlord.landlordId, name: 'SI du bailleur' });
    const clientToken = await request(p.app).post('/api/v1/auth/token').send({ grantType: 'client_credentials', clientId: client.clientId, clientSecret: client.clientSecret });
    expect(clientToken.status, clientToken.text).toBe(200);
    expect((await readContent(clientToken.body.accessToken, ana.demandId, anaVerified)).status).toBe(200);
    expect((await auditOf(anaVerified)).map((e) => [e.actor_role, e.acting_for_id])).toEqual([
      ['landlord_user', landlord.landlordId],
      ['landlord_client', landlord.landlordId],
    ]);
    const otherClient = await p.container.get(IDENTITY.Service).registerApiClient({ landlordId: otherLandlord.landlordId, name: 'SI d’un autre bailleur' });
    const otherToken = await request(p.app)
      .post('/api/v1/auth/token')
      .send({ grantType: 'client_credentials', clientId: otherClient.clientId, clientSecret: otherClient.clientSecret });
    expect((await readContent(otherToken.body.accessToken, ana.demandId, anaVerified)).status).toBe(404);

    // the list shows the verified pieces only, and is audited too
    const list = await request(p.app).get(`/api/v1/demands/${ana.demandId}/documents`).set(bearer(landlord.landlordToken));
    expect(list.status, list.text).toBe(200);
    expect(list.body.items.map((d: { id: string }) => d.id)).toEqual([anaVerified]);
    expect(await auditOf(ana.demandId, 'document.list')).toHaveLength(1);

    // a piece not verified: 404
    const pending = await readContent(landlord.landlordToken, ana.demandId, anaPending);
    expect(pending.status).toBe(404);
    // another landlord: 404, and no audit entry for it
    expect((await readContent(otherLandlord.landlordToken, ana.demandId, anaVerified)).status).toBe(404);
    expect((await request(p.app).get(`/api/v1/demands/${ana.demandId}/documents`).set(bearer(otherLandlord.landlordToken))).status).toBe(404);
    // a candidate of the same offer who was not designated: 404
    expect((await readContent(landlord.landlordToken, ben.demandId, benVerified)).status).toBe(404);
    expect(await auditOf(benVerified)).toEqual([]);
    expect((await auditOf(anaVerified)).map((e) => e.acting_for_id)).toEqual([landlord.landlordId, landlord.landlordId]);

    // the demand summary carries the candidate's name and contact (the account's address when the demand gives none)
    const files = await request(p.app).get(`/api/v1/offers/${offerId}/designated`).set(bearer(landlord.landlordToken));
    expect(files.status, files.text).toBe(200);
    expect(files.body.items).toHaveLength(1);
    expect(files.body.items[0].demand.candidate).toEqual({ civility: 'Mme', firstName: 'Ana', lastName: 'Martin', email: ana.email, phone: null });
    const summaryRead = await auditOf(ana.demandId, 'demand.read');
    expect(summaryRead.at(-1)).toMatchObject({ acting_for_kind: 'landlord', acting_for_id: landlord.landlordId, detail: expect.objectContaining({ offerId, contact: true }) });
  });
});

describe('withdrawing an offer ends its open candidacies', () => {
  it('each open candidacy becomes withdrawn with a dated reason and a notification; the landlord loses access to the files', async () => {
    const offerId = await publishedOffer(p, agent, landlord.landlordToken);
    const cy = await applicantWithActiveDemand(p, agent, { firstName: 'Cyd', birthDate: '1990-02-01', monthlyResources: 2300 });
    const dee = await applicantWithActiveDemand(p, agent, { firstName: 'Dee', birthDate: '1992-02-01', monthlyResources: 2300 });
    const cyDoc = await piece(cy, 'identity', true);
    const ccy = await apply(cy.token, cy.demandId, offerId);
    const cdee = await apply(dee.token, dee.demandId, offerId);
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/close`).set(bearer(agent))).status).toBe(200);
    const ranking = await request(p.app).get(`/api/v1/offers/${offerId}/ranking`).set(bearer(agent));
    const top = ranking.body.items[0].candidacyId as string;
    expect(
      (
        await request(p.app)
          .post(`/api/v1/offers/${offerId}/designation`)
          .set(bearer(agent))
          .send({ candidacyIds: [top] })
      ).status,
    ).toBe(200);
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/transmission`).set(bearer(agent))).status).toBe(200);
    const [transmittedOne, other] = top === ccy ? [cy, dee] : [dee, cy];
    const transmittedDoc = top === ccy ? cyDoc : await piece(dee, 'identity', true);
    expect((await readContent(landlord.landlordToken, transmittedOne.demandId, transmittedDoc)).status).toBe(200);

    // another landlord may not withdraw it
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/withdraw`).set(bearer(otherLandlord.landlordToken)).send({ reason: 'x' })).status).toBe(404);
    const withdrawn = await request(p.app).post(`/api/v1/offers/${offerId}/withdraw`).set(bearer(landlord.landlordToken)).send({ reason: 'Logement vendu' });
    expect(withdrawn.status, withdrawn.text).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    // the durable job was enqueued in the withdrawal's transaction
    const queued = rows<{ n: number }>(
      await p.db.database.db.execute(sql`select count(*)::int as n from platform.jobs where kind = 'candidacy.offer-withdrawn' and payload->>'offerId' = ${offerId}`),
    );
    expect(Number(queued[0]?.n)).toBe(1);
    await p.container.get(BOOT.JobWorker).drain();

    for (const [who, id] of [
      [cy, ccy],
      [dee, cdee],
    ] as const) {
      const view = await request(p.app).get(`/api/v1/candidacies/${id}`).set(bearer(who.token));
      expect(view.status, view.text).toBe(200);
      expect(view.body.status).toBe('withdrawn');
      expect(view.body.timeline.at(-1)).toMatchObject({ action: 'withdrawn', reason: 'L’offre a été retirée : Logement vendu' });
      expect(new Date(view.body.timeline.at(-1).at).toISOString()).toBe(clock.now().toISOString());
      const notes = await request(p.app).get('/api/v1/candidacies/notifications').set(bearer(who.token));
      expect(notes.body.items.filter((n: { kind: string }) => n.kind === 'candidacy.offer_withdrawn')).toEqual([
        expect.objectContaining({ candidacyId: id, payload: expect.objectContaining({ offerId, status: 'withdrawn', reason: 'Logement vendu' }) }),
      ]);
    }
    const offer = await request(p.app).get(`/api/v1/offers/${offerId}`).set(bearer(agent));
    expect(offer.body.candidacyCount).toBe(0);
    // the files are no longer the landlord's to read
    expect((await readContent(landlord.landlordToken, transmittedOne.demandId, transmittedDoc)).status).toBe(404);
    expect(other.demandId).not.toBe(transmittedOne.demandId);
    // idempotent: running the job again changes nothing
    await p.container.get(BOOT.JobWorker).drain();
    const count = rows<{ n: number }>(
      await p.db.database.db.execute(sql`
      select count(*)::int as n from candidacy.notifications where kind = 'candidacy.offer_withdrawn' and candidacy_id in (${ccy}, ${cdee})`),
    );
    expect(Number(count[0]?.n)).toBe(2);
    const audit = await auditOf(offerId, 'candidacy.closed_offer_withdrawn');
    expect(audit).toHaveLength(1);
    expect((audit[0]!.detail.candidacyIds as string[]).sort()).toEqual([ccy, cdee].sort());
  });

  it('a withdrawn offer with no candidacy: nothing to end', async () => {
    const offerId = await publishedOffer(p, agent, landlord.landlordToken);
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/withdraw`).set(bearer(agent)).send({ reason: 'Erreur de saisie' })).status).toBe(200);
    await p.container.get(BOOT.JobWorker).drain();
    expect(await auditOf(offerId, 'candidacy.closed_offer_withdrawn')).toEqual([]);
  });
});
