import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { FixedClock } from '../../src/shared/testing/clock';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { applicantWithActiveDemand, bearer, createLandlord, publishedOffer } from '../support/candidacy-fixtures';

/**
 * Issue 15, item 7: one candidate, several offers. The ranking flags a candidate who is designated
 * or transmitted on another offer with an outcome pending (API field and a French flag in the back
 * office); designating them again needs a written justification (422 problem+json in French
 * without it), kept in the audit trail. A candidacy whose outcome is known (refused by the CAL)
 * flags nothing any more.
 */

const clock = new FixedClock('2026-03-05T10:00:00Z');
let p: TestPlatform;
let agent: string;
let landlord: Awaited<ReturnType<typeof createLandlord>>;
const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;

beforeAll(async () => {
  p = await createTestPlatform({ clock });
  agent = (await p.signIn('agent')).token;
  landlord = await createLandlord(p, agent);
});
afterAll(async () => p?.close());

const apply = async (who: { token: string; demandId: string }, offerId: string): Promise<string> => {
  const res = await request(p.app).post('/api/v1/candidacies').set(bearer(who.token)).send({ demandId: who.demandId, offerId });
  expect(res.status, res.text).toBe(201);
  return res.body.id as string;
};
const close = async (offerId: string) => expect((await request(p.app).post(`/api/v1/offers/${offerId}/close`).set(bearer(agent))).status).toBe(200);
const designate = (offerId: string, body: Record<string, unknown>) => request(p.app).post(`/api/v1/offers/${offerId}/designation`).set(bearer(agent)).send(body);
type Line = { candidacyId: string; designatedElsewhere?: { candidacyId: string; offerId: string; status: string; statusLabel: string }[]; designatedElsewhereNotice?: string };
const lineOf = async (offerId: string, candidacyId: string): Promise<Line> => {
  const res = await request(p.app).get(`/api/v1/offers/${offerId}/ranking`).set(bearer(agent));
  expect(res.status, res.text).toBe(200);
  return (res.body.items as Line[]).find((i) => i.candidacyId === candidacyId)!;
};

describe('one candidate designated on several offers', () => {
  it('flags the candidate elsewhere, asks for a justification (422, French) before designating them again, and audits it', async () => {
    const [o1, o2, o3] = [
      await publishedOffer(p, agent, landlord.landlordToken),
      await publishedOffer(p, agent, landlord.landlordToken, { communeCode: '69123', postalCode: '69003', addressLine: '3 rue Garibaldi' }),
      await publishedOffer(p, agent, landlord.landlordToken),
    ];
    const xavier = await applicantWithActiveDemand(p, agent, { firstName: 'Xavier', birthDate: '1980-01-01', monthlyResources: 2300, registrationDate: '2015-01-01' });
    const yasmine = await applicantWithActiveDemand(p, agent, { firstName: 'Yasmine', birthDate: '1980-01-01', monthlyResources: 2300, registrationDate: '2020-01-01' });
    const x1 = await apply(xavier, o1);
    const x2 = await apply(xavier, o2);
    const x3 = await apply(xavier, o3);
    const y2 = await apply(yasmine, o2);

    // nothing elsewhere yet: no flag, and the designation needs no second justification
    await close(o1);
    expect(await lineOf(o1, x1)).not.toHaveProperty('designatedElsewhere');
    const first = await designate(o1, { candidacyIds: [x1] });
    expect(first.status, first.text).toBe(200);
    expect(first.body.designatedElsewhere).toEqual([]);

    // on the second offer, Xavier is flagged: designated on the first, outcome pending
    await close(o2);
    const flagged = await lineOf(o2, x2);
    expect(flagged.designatedElsewhere).toEqual([expect.objectContaining({ candidacyId: x1, offerId: o1, status: 'designated', statusLabel: 'Désignée' })]);
    expect(flagged.designatedElsewhereNotice).toBe('Déjà désigné(e) sur une autre offre, issue en attente : T2 à Villeurbanne (Désignée)');
    expect(await lineOf(o2, y2)).not.toHaveProperty('designatedElsewhere');

    // designating him again without a justification: 422 problem+json, in French, on the field at fault
    const refused = await designate(o2, { candidacyIds: [x2] });
    expect(refused.status, refused.text).toBe(422);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.code).toBe('CANDIDACY.DESIGNATED_ELSEWHERE');
    expect(refused.body.detail).toBe(
      'Un candidat sélectionné est déjà désigné ou transmis sur une autre offre, dont l’issue est en attente : une justification écrite est obligatoire pour le désigner aussi ici.',
    );
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'elsewhereJustification', message: expect.stringContaining('Obligatoire, 10 caractères au moins') })]);
    expect(refused.body.details.designatedElsewhere).toEqual([{ candidacyId: x2, elsewhere: [{ candidacyId: x1, offerId: o1, status: 'designated', statusLabel: 'Désignée' }] }]);
    expectNothingDesignated(await request(p.app).get(`/api/v1/candidacies/${x2}`).set(bearer(xavier.token)));
    // a justification too short is refused too; the out-of-order justification does not stand for it
    expect((await designate(o2, { candidacyIds: [x2], elsewhereJustification: 'urgent' })).status).toBe(422);
    expect((await designate(o2, { candidacyIds: [x2], justification: 'Mutation professionnelle urgente' })).body.code).toBe('CANDIDACY.DESIGNATED_ELSEWHERE');
    // with the justification: designated, and both candidates in rank order
    const elsewhereJustification = 'Le bailleur de la première offre tarde : deux chances pour ce salarié muté';
    const ok = await designate(o2, { candidacyIds: [x2, y2], elsewhereJustification });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body).toMatchObject({
      designatedElsewhere: [x2],
      designated: [
        { candidacyId: x2, rank: 1 },
        { candidacyId: y2, rank: 2 },
      ],
    });
    const audit = rows<{ detail: Record<string, unknown> }>(
      await p.db.database.db.execute(sql`select detail from platform.audit_entries where action = 'offer.designation' and object_id = ${o2}`),
    );
    expect(audit).toEqual([
      {
        detail: expect.objectContaining({
          elsewhereJustification,
          designatedElsewhere: [{ candidacyId: x2, elsewhere: [{ candidacyId: x1, offerId: o1, status: 'designated' }] }],
        }),
      },
    ]);

    // the first offer's ranking now flags the second one, and the third flags both
    expect((await lineOf(o1, x1)).designatedElsewhere?.map((e) => e.offerId)).toEqual([o2]);
    await close(o3);
    expect((await lineOf(o3, x3)).designatedElsewhere?.map((e) => e.offerId).sort()).toEqual([o1, o2].sort());

    // the first offer's outcome is known (transmitted, then refused by the CAL): it flags nothing any more
    expect((await request(p.app).post(`/api/v1/offers/${o1}/transmission`).set(bearer(agent))).status).toBe(200);
    expect((await lineOf(o3, x3)).designatedElsewhere?.find((e) => e.offerId === o1)?.status).toBe('transmitted');
    const cal = await request(p.app).post(`/api/v1/candidacies/${x1}/cal-decision`).set(bearer(landlord.landlordToken)).send({ decision: 'refused', reason: 'Dossier incomplet' });
    expect(cal.status, cal.text).toBe(200);
    expect((await lineOf(o3, x3)).designatedElsewhere?.map((e) => e.offerId)).toEqual([o2]);

    // the back office shows the French flag and the second justification field
    const browser = await backOffice(p);
    const page = await browser.get(`/admin/offres/${o3}/classement`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Déjà désigné(e) sur une autre offre, issue en attente : T2 à Lyon (Désignée)');
    expect(page.text).toContain('Justification de la désignation d’un candidat déjà désigné ou transmis sur une autre offre');
    const form = await browser.post(`/admin/offres/${o3}/classement/designation`, { _csrf: csrfOf(page.text), candidacyIds: x3 });
    expect(form.status).toBe(422);
    expect(form.text).toContain('une justification écrite est obligatoire pour le désigner aussi ici');
  });
});

function expectNothingDesignated(res: request.Response) {
  expect(res.status, res.text).toBe(200);
  expect(res.body.status).toBe('submitted');
}

/**
 * A back-office session kept by hand: the platform's clock is fixed in the past, so the cookies'
 * expiry dates are past for the test client's cookie jar, which would drop them.
 */
async function backOffice(p: TestPlatform) {
  const { email } = await p.signIn('agent');
  const jar = new Map<string, string>();
  const keep = (res: request.Response) => {
    for (const c of ([] as string[]).concat(res.headers['set-cookie'] ?? [])) {
      const pair = c.split(';')[0]!;
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    return res;
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const get = async (url: string) => keep(await request(p.app).get(url).set('Cookie', cookie()));
  const post = async (url: string, form: Record<string, unknown>) => keep(await request(p.app).post(url).set('Cookie', cookie()).type('form').send(form));
  const login = await get('/admin/login');
  expect((await post('/admin/login', { email, password: TEST_PASSWORD, _csrf: csrfOf(login.text) })).status).toBe(303);
  return { get, post };
}

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
