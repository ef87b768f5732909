import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { FixedClock } from '../../src/shared/testing/clock';
import { ALERT } from '../../src/modules/alert/index';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { applicantWithActiveDemand, bearer, createLandlord, publishedOffer } from '../support/candidacy-fixtures';

/**
 * Alerts (issue 16 item 8): an applicant saves a search (POST/GET/DELETE /me/alerts); the daily run
 * mails the offers published since the last run that match the search AND the household (never one
 * it does not fit), at most one mail a day per search, with a signed unsubscribe link
 * (POST /alerts/unsubscribe). A fixed clock moved by the test.
 */

const clock = new FixedClock('2026-03-02T08:00:00Z');
let p: TestPlatform;
let agent: string;
let landlord: Awaited<ReturnType<typeof createLandlord>>;
let a: Awaited<ReturnType<typeof applicantWithActiveDemand>>;
const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;

type Mail = { kind: string; payload: { count: number; offers: { id: string; link: string; typology: string; communeName: string }[]; unsubscribeLink: string } };
const mailsOf = async (accountId: string): Promise<Mail[]> =>
  rows<{ kind: string; payload: unknown }>(await p.db.database.db.execute(sql`select kind, payload from alert.outbox where account_id = ${accountId} order by created_at, id`)).map(
    (r) => ({ kind: r.kind, payload: (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as Mail['payload'] }),
  );
const run = () => p.container.get(ALERT.Service).runDaily(clock.now());

beforeAll(async () => {
  p = await createTestPlatform({ clock });
  agent = (await p.signIn('agent')).token;
  landlord = await createLandlord(p, agent);
  a = await applicantWithActiveDemand(p, agent, { firstName: 'Alice', birthDate: '1990-05-05', monthlyResources: 2100, income: 20_000 });
});
afterAll(async () => {
  await p?.close();
});

describe('alerts', () => {
  let alertId: string;

  it('saves, lists and refuses a bad search (French field messages); only applicants', async () => {
    const bad = await request(p.app)
      .post('/api/v1/me/alerts')
      .set(bearer(a.token))
      .send({ communeCodes: ['lyon'], typologies: [9] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['body.communeCodes.0', 'body.typologies.0']));
    const saved = await request(p.app)
      .post('/api/v1/me/alerts')
      .set(bearer(a.token))
      .send({ communeCodes: ['69266'], typologies: [2, 2] });
    expect(saved.status, saved.text).toBe(201);
    expect(saved.body).toMatchObject({ criteria: { communeCodes: ['69266'], typologies: [2] }, lastMailedOn: null });
    alertId = saved.body.id;
    const listed = await request(p.app).get('/api/v1/me/alerts').set(bearer(a.token));
    expect(listed.body.items.map((x: { id: string }) => x.id)).toEqual([alertId]);
    expect((await request(p.app).get('/api/v1/me/alerts').set(bearer(agent))).status).toBe(403);
  });

  it('the daily run mails the new offers matching the search and the household — not an older one, another commune or a home the household does not fit', async () => {
    const before = await publishedOffer(p, agent, landlord.landlordToken, { addressLine: '1 rue avant' });
    // the alert looks at offers published after it was saved: this one was published at the same instant, before the next minute
    clock.set('2026-03-02T09:00:00Z');
    const fits = await publishedOffer(p, agent, landlord.landlordToken, { addressLine: '2 rue Francis de Pressensé' });
    await publishedOffer(p, agent, landlord.landlordToken, { addressLine: '3 place Bellecour', postalCode: '69002', communeCode: '69382' });
    const plai = await publishedOffer(p, agent, landlord.landlordToken, { addressLine: '4 rue PLAI', financing: 'PLAI', rent: 410, charges: 60 });
    const tooPlai = await request(p.app).get(`/api/v1/demands/${a.demandId}/eligibility`).query({ offerId: plai }).set(bearer(a.token));
    expect(tooPlai.body.fits, 'the household does not fit the PLAI home').toBe(false);

    clock.set('2026-03-03T06:30:00Z');
    expect(await run()).toEqual({ checked: 1, mailed: 1 });
    const [mail] = await mailsOf(a.accountId);
    expect(mail!.kind).toBe('alert.new_offers');
    expect(mail!.payload.offers.map((o) => o.id)).toEqual([fits]);
    expect(mail!.payload.offers[0]).toMatchObject({ typology: 'T2', communeName: 'Villeurbanne', link: expect.stringMatching(new RegExp(`/offres/${fits}$`)) });
    expect(mail!.payload.offers.map((o) => o.id)).not.toContain(before);
    expect(mail!.payload.unsubscribeLink).toMatch(new RegExp(`/alertes/desabonnement\\?alerte=${alertId}&jeton=[A-Za-z0-9_-]{43}$`));
    expect((await request(p.app).get('/api/v1/me/alerts').set(bearer(a.token))).body.items[0].lastMailedOn).toBe('2026-03-03');
  });

  it('at most one mail a day: an offer published later the same day waits for the next day’s mail', async () => {
    clock.set('2026-03-03T10:00:00Z');
    const later = await publishedOffer(p, agent, landlord.landlordToken, { addressLine: '5 rue plus tard' });
    clock.set('2026-03-03T18:00:00Z');
    expect(await run()).toEqual({ checked: 1, mailed: 0 });
    expect(await mailsOf(a.accountId)).toHaveLength(1);
    clock.set('2026-03-04T06:30:00Z');
    expect(await run()).toEqual({ checked: 1, mailed: 1 });
    const mails = await mailsOf(a.accountId);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.payload.offers.map((o) => o.id)).toEqual([later]);
    // nothing new the day after: no mail
    clock.set('2026-03-05T06:30:00Z');
    expect(await run()).toEqual({ checked: 1, mailed: 0 });
  });

  it('the mail is in French with the offers and the unsubscribe link; the link’s token deletes the alert, once; a forged one is refused', async () => {
    const { renderMail } = await import('../../src/adapters/mail/templates');
    const [mail] = await mailsOf(a.accountId);
    const rendered = renderMail(mail!.kind, mail!.payload, { publicUrl: 'https://alin.example' });
    expect(rendered.subject).toBe('Une nouvelle offre correspond à votre recherche');
    // French figures carry a narrow no-break space (700 €): compared with plain spaces
    expect(rendered.text.replace(/\s/g, ' ')).toContain('T2 à Villeurbanne, 700 € par mois charges comprises, candidatures jusqu’au 31/03/2026');
    expect(rendered.text).toContain('Ne plus recevoir cette alerte : ');

    const token = new URL(mail!.payload.unsubscribeLink).searchParams.get('jeton')!;
    const forged = await request(p.app)
      .post('/api/v1/alerts/unsubscribe')
      .send({ alertId, token: `${token.slice(0, -2)}AA` });
    expect(forged.status).toBe(404);
    expect(forged.body.code).toBe('ALERT.UNSUBSCRIBE_INVALID');
    const done = await request(p.app).post('/api/v1/alerts/unsubscribe').send({ alertId, token });
    expect(done.status, done.text).toBe(200);
    expect(done.body.message).toContain('vous ne recevrez plus');
    expect((await request(p.app).post('/api/v1/alerts/unsubscribe').send({ alertId, token })).status).toBe(404);
    expect((await request(p.app).get('/api/v1/me/alerts').set(bearer(a.token))).body.items).toEqual([]);
  });

  it('deleting: one’s own alert only (another applicant’s is not found); at most 5 alerts', async () => {
    const b = await p.signIn('applicant');
    const mine = await request(p.app)
      .post('/api/v1/me/alerts')
      .set(bearer(a.token))
      .send({ typologies: [3] });
    expect(mine.status).toBe(201);
    expect((await request(p.app).delete(`/api/v1/me/alerts/${mine.body.id}`).set(bearer(b.token))).status).toBe(404);
    expect((await request(p.app).delete(`/api/v1/me/alerts/${mine.body.id}`).set(bearer(a.token))).status).toBe(204);
    for (let i = 0; i < 5; i++)
      expect(
        (
          await request(p.app)
            .post('/api/v1/me/alerts')
            .set(bearer(b.token))
            .send({ maxRent: 500 + i })
        ).status,
      ).toBe(201);
    const sixth = await request(p.app).post('/api/v1/me/alerts').set(bearer(b.token)).send({ maxRent: 900 });
    expect(sixth.status).toBe(409);
    expect(sixth.body.detail).toContain('5 alertes');
  });

  it('an applicant without an active demand gets no mail (the household cannot be judged)', async () => {
    const c = await p.signIn('applicant');
    expect(
      (
        await request(p.app)
          .post('/api/v1/me/alerts')
          .set(bearer(c.token))
          .send({ communeCodes: ['69266'] })
      ).status,
    ).toBe(201);
    clock.set('2026-03-06T09:00:00Z');
    await publishedOffer(p, agent, landlord.landlordToken, { addressLine: '6 rue sans demande' });
    clock.set('2026-03-07T06:30:00Z');
    await run();
    expect(await mailsOf(c.accountId)).toEqual([]);
  });

  it('GDPR: the export lists the applicant’s alerts; the erasure deletes them with their mails', async () => {
    const d = await applicantWithActiveDemand(p, agent, { firstName: 'Denise', birthDate: '1985-02-02', monthlyResources: 2000 });
    const saved = await request(p.app)
      .post('/api/v1/me/alerts')
      .set(bearer(d.token))
      .send({ communeCodes: ['69266'], typologies: [2] });
    expect(saved.status).toBe(201);
    const exported = await request(p.app).get('/api/v1/me/export').set(bearer(d.token));
    expect(exported.status, exported.text).toBe(200);
    expect(exported.body.alerts).toEqual([expect.objectContaining({ id: saved.body.id, criteria: { communeCodes: ['69266'], typologies: [2] } })]);
    clock.set('2026-03-08T09:00:00Z');
    await publishedOffer(p, agent, landlord.landlordToken, { addressLine: '7 rue avant effacement' });
    clock.set('2026-03-09T06:30:00Z');
    await run();
    expect(await mailsOf(d.accountId)).toHaveLength(1);
    const erased = await request(p.app).post('/api/v1/me/erasure').set(bearer(d.token)).send({ password: TEST_PASSWORD });
    expect(erased.status, erased.text).toBe(200);
    expect(await mailsOf(d.accountId)).toEqual([]);
    const left = rows<{ n: number }>(await p.db.database.db.execute(sql`select count(*)::int as n from alert.saved_searches where account_id = ${d.accountId}`));
    expect(Number(left[0]!.n)).toBe(0);
  });
});
