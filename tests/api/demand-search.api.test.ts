import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { auth, demandData, submittedDemand } from '../support/scenario';
import { FixedClock } from '../../src/shared/testing/clock';

/**
 * Find a person (issue 18 item 1): GET /demands?q= for agents and the search field of
 * /admin/demandes, on the normalised columns of migration 0017 (accents, case, phone formats).
 */
const clock = new FixedClock('2026-06-15T10:00:00Z');
let p: TestPlatform;
let agentToken: string;
let admin: ReturnType<typeof request.agent>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  p = await createTestPlatform({ clock });
  agentToken = (await p.signIn('agent')).token;
  ids.eloise = (await submittedDemand(p, demandData({}, { lastName: 'Œuvray-D’Arc', firstName: 'Éloïse', email: 'Eloise.Oeuvray@Exemple.fr', phone: '06 12 34 56 78' }))).demandId;
  ids.emma = (await submittedDemand(p, demandData({}, { lastName: 'Durand', firstName: 'Emma', email: 'emma.durand@exemple.fr', phone: '0798765432' }))).demandId;
  ids.claire = (await submittedDemand(p, demandData({}, { lastName: 'Martin', firstName: 'Claire', email: 'c.martin@exemple.fr' }))).demandId;
  const { email } = await p.signIn('agent');
  admin = request.agent(p.app);
  const form = await admin.get('/admin/login');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)?.[1];
  expect((await admin.post('/admin/login').type('form').send({ email, password: TEST_PASSWORD, _csrf: csrf })).status).toBe(303);
});
afterAll(async () => p?.close());

const search = async (q: string) => {
  const res = await request(p.app).get('/api/v1/demands').query({ q }).set(auth(agentToken));
  expect(res.status, res.text).toBe(200);
  return (res.body.items as { id: string }[]).map((d) => d.id);
};

describe('GET /demands?q=', () => {
  it('finds by the beginning of the name, either order, without accents or case', async () => {
    expect(await search('oeuvray')).toEqual([ids.eloise]);
    expect(await search('ELOISE OEUVR')).toEqual([ids.eloise]);
    expect(await search('Œuvray d’arc éloïse')).toEqual([ids.eloise]);
    expect(await search('emma dur')).toEqual([ids.emma]);
    expect(await search('dur')).toEqual([ids.emma]);
  });

  it('finds by e-mail (beginning, any case) and by phone written any way', async () => {
    expect(await search('eloise.oeuvray@exemple')).toEqual([ids.eloise]);
    expect(await search('+33 6 12 34 56 78')).toEqual([ids.eloise]);
    expect(await search('06.12.34.56.78')).toEqual([ids.eloise]);
    expect(await search('0033798765432')).toEqual([ids.emma]);
  });

  it('treats LIKE wildcards as text, and bounds the input', async () => {
    expect(await search('%%')).toEqual([]);
    expect(await search('__')).toEqual([]);
    const short = await request(p.app).get('/api/v1/demands').query({ q: 'a' }).set(auth(agentToken));
    expect(short.status).toBe(400);
    const long = await request(p.app)
      .get('/api/v1/demands')
      .query({ q: 'a'.repeat(101) })
      .set(auth(agentToken));
    expect(long.status).toBe(400);
  });

  it('combines with the other filters', async () => {
    const res = await request(p.app).get('/api/v1/demands').query({ q: 'martin', status: 'draft' }).set(auth(agentToken));
    expect(res.body.items).toEqual([]);
    expect(await search('martin claire')).toContain(ids.claire);
  });
});

describe('/admin/demandes?q=', () => {
  it('shows the people found, and a French message for a search too short', async () => {
    const found = await admin.get('/admin/demandes').query({ q: 'eloise' });
    expect(found.status).toBe(200);
    expect(found.text).toContain(`/admin/demandes/${ids.eloise}`);
    expect(found.text).not.toContain(`/admin/demandes/${ids.emma}`);
    expect(found.text).toContain('Rechercher une personne');
    const short = await admin.get('/admin/demandes').query({ q: 'e' });
    expect(short.status).toBe(400);
    expect(short.text).toContain('Saisissez au moins 2 caractères.');
  });
});
