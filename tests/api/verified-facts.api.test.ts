import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { FixedClock } from '../../src/shared/testing/clock';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { applicantWithActiveDemand, bearer, createLandlord, PIECES_OVERRIDE_REASON, publishedOffer } from '../support/candidacy-fixtures';
import { SMALL_PDF } from '../support/files';
import { demandData, rows } from '../support/scenario';

/**
 * Issue 15, item 4: points only for facts someone can stand behind. What the applicant declares
 * (mobility, DALO, CAL history) shows in the breakdown as "déclaré, à vérifier" with 0 points until
 * an agent checks it — on an ACTIVE demand too, through the API and the back office, audited, the
 * DALO check resting on a verified DALO decision; an agent can uncheck with a reason; a fact the
 * applicant changes loses its check.
 */

const clock = new FixedClock('2026-03-01T10:00:00Z');
const METROPOLE_DE_LYON = '200046977';
let p: TestPlatform;
let agent: string;
let offerId: string;
let applicant: { token: string; demandId: string; candidacyId: string };

const line = (score: { criteria: { criterion: string }[] }, key: string) =>
  score.criteria.find((c) => c.criterion === key) as unknown as { points: number; met: boolean; status: string; fact: string };
const myScore = async () => {
  const res = await request(p.app).get(`/api/v1/candidacies/${applicant.candidacyId}`).set(bearer(applicant.token));
  expect(res.status, res.text).toBe(200);
  return res.body.score as { total: number; components: { als: number; territory: number }; criteria: { criterion: string }[] };
};
const check = (body: Record<string, unknown>, token = agent) => request(p.app).post(`/api/v1/demands/${applicant.demandId}/fact-checks`).set(bearer(token)).send(body);
const audit = async (action: string) =>
  rows<{ actor_role: string; detail: Record<string, unknown> }>(
    await p.db.database.db.execute(sql`select actor_role, detail from platform.audit_entries where action = ${action} and object_id = ${applicant.demandId} order by id`),
  );

beforeAll(async () => {
  p = await createTestPlatform({ clock });
  agent = (await p.signIn('agent')).token;
  const grid = await request(p.app)
    .post('/api/v1/scoring/territory-grids')
    .set(bearer(agent))
    .send({
      epciCode: METROPOLE_DE_LYON,
      name: 'Grille de la Métropole',
      active: true,
      criteria: [{ id: 'dalo', label: { fr: 'Reconnu prioritaire DALO' }, fact: 'dalo', operator: 'true', points: 50 }],
    });
  expect(grid.status, grid.text).toBe(201);
  const landlord = await createLandlord(p, agent);
  offerId = await publishedOffer(p, agent, landlord.landlordToken);

  // the applicant declares a mobility, a DALO priority and a CAL refusal on their own demand
  const who = await p.signIn('applicant');
  const data = demandData(
    {
      mobility: { kind: 'new_job', toCommuneCode: '69266', date: '2026-01-15' },
      dalo: true,
      calHistory: { refusedByCal: true },
      wishes: { communeCodes: ['69266'], typologies: [2] },
    },
    { birthDate: '1999-08-06' },
  );
  const created = await request(p.app).post('/api/v1/demands').set(bearer(who.token)).send(data);
  expect(created.status, created.text).toBe(201);
  const demandId = created.body.id as string;
  expect((await request(p.app).post(`/api/v1/demands/${demandId}/submit`).set(bearer(who.token))).status).toBe(200);
  const validated = await request(p.app)
    .post(`/api/v1/demands/${demandId}/validate`)
    .set(bearer(agent))
    .send({ piecesOverride: { reason: PIECES_OVERRIDE_REASON } });
  expect(validated.status, validated.text).toBe(200);
  const applied = await request(p.app).post('/api/v1/candidacies').set(bearer(who.token)).send({ demandId, offerId });
  expect(applied.status, applied.text).toBe(201);
  applicant = { token: who.token, demandId, candidacyId: applied.body.id as string };
});
afterAll(async () => p?.close());

describe('declared facts give no points until an agent checks them', () => {
  it('declared and unchecked: "déclaré, à vérifier", 0 points, in the breakdown and on the demand', async () => {
    const score = await myScore();
    for (const key of ['als.mobility', 'als.cal_refusal', 'territory.dalo']) {
      expect(line(score, key)).toMatchObject({ points: 0, met: false, status: 'to_check', fact: expect.stringContaining('déclaré, à vérifier') });
    }
    expect(line(score, 'territory.dalo').fact).toBe('Reconnu prioritaire DALO : déclaré, à vérifier (0 point tant qu’un agent ne l’a pas vérifié)');
    expect(line(score, 'als.under_30').fact).toBe('née le 06/08/1999, 26 ans au 01/03/2026');
    expect(score.components.territory).toBe(0);
    const demand = await request(p.app).get(`/api/v1/demands/${applicant.demandId}`).set(bearer(applicant.token));
    expect(demand.body.derived.declaredFacts).toEqual({
      mobility: { state: 'to_check', stateLabel: 'Déclaré, à vérifier' },
      dalo: { state: 'to_check', stateLabel: 'Déclaré, à vérifier' },
      cal_history: { state: 'to_check', stateLabel: 'Déclaré, à vérifier' },
    });
  });

  it('the applicant cannot check their own facts', async () => {
    const res = await check({ fact: 'dalo', decision: 'check' }, applicant.token);
    expect(res.status).toBe(403);
  });

  it('an agent checks the mobility of the ACTIVE demand: +70, audited', async () => {
    const before = (await myScore()).total;
    const res = await check({ fact: 'mobility', decision: 'check' });
    expect(res.status, res.text).toBe(200);
    expect(res.body.status).toBe('active');
    expect(res.body.derived.declaredFacts.mobility).toMatchObject({ state: 'checked', source: 'agent', by: expect.any(String) });
    const score = await myScore();
    expect(line(score, 'als.mobility')).toMatchObject({ points: 70, status: 'met', fact: 'mobilité déclarée sur la demande et vérifiée par un agent' });
    expect(score.total - before).toBe(70);
    expect(await audit('demand.fact_checked')).toEqual([expect.objectContaining({ actor_role: 'agent', detail: expect.objectContaining({ fact: 'mobility', source: 'agent' }) })]);
    // the applicant sees that it was checked, not by whom
    const own = await request(p.app).get(`/api/v1/demands/${applicant.demandId}`).set(bearer(applicant.token));
    expect(own.body.derived.declaredFacts.mobility).toMatchObject({ state: 'checked', stateLabel: 'Vérifié' });
    expect(own.body.derived.declaredFacts.mobility).not.toHaveProperty('by');
  });

  it('DALO needs a verified DALO decision: refused without, checked with it (+50 from the grid), the piece recorded', async () => {
    const refused = await check({ fact: 'dalo', decision: 'check' });
    expect(refused.status, refused.text).toBe(409);
    expect(refused.body).toMatchObject({ code: 'DEMAND.SUPPORTING_PIECE_MISSING' });
    expect(refused.body.detail).toContain('Décision DALO');
    const up = await request(p.app)
      .post(`/api/v1/demands/${applicant.demandId}/documents`)
      .set(bearer(applicant.token))
      .field('documentType', 'dalo_decision')
      .attach('files', SMALL_PDF, { filename: 'decision-dalo.pdf', contentType: 'application/pdf' });
    expect(up.status, up.text).toBe(201);
    const documentId = up.body.documents[0].id as string;
    const verified = await request(p.app).post(`/api/v1/demands/${applicant.demandId}/documents/${documentId}/decision`).set(bearer(agent)).send({ outcome: 'verified' });
    expect(verified.status, verified.text).toBe(200);
    const res = await check({ fact: 'dalo', decision: 'check' });
    expect(res.status, res.text).toBe(200);
    expect(res.body.derived.declaredFacts.dalo).toMatchObject({ state: 'checked', source: 'agent', documentId });
    const score = await myScore();
    expect(line(score, 'territory.dalo')).toMatchObject({ points: 50, status: 'met', fact: 'Reconnu prioritaire DALO : oui' });
    expect(score.components.territory).toBe(50);
  });

  it('the declared CAL refusal, checked: +40', async () => {
    expect((await check({ fact: 'cal_history', decision: 'check' })).status).toBe(200);
    expect(line(await myScore(), 'als.cal_refusal')).toMatchObject({ points: 40, status: 'met', fact: 'refus d’une CAL déclaré sur la demande et vérifié par un agent' });
  });

  it('an agent unchecks with a reason (required): 0 points, "non retenu", audited with the reason', async () => {
    const noReason = await check({ fact: 'mobility', decision: 'uncheck' });
    expect(noReason.status).toBe(422);
    expect(noReason.body).toMatchObject({ code: 'DEMAND.REASON_REQUIRED', errors: [expect.objectContaining({ field: 'reason' })] });
    const res = await check({ fact: 'mobility', decision: 'uncheck', reason: 'Le nouvel emploi est dans la même commune' });
    expect(res.status, res.text).toBe(200);
    expect(res.body.derived.declaredFacts.mobility).toMatchObject({ state: 'not_retained', stateLabel: 'Non retenu', reason: 'Le nouvel emploi est dans la même commune' });
    expect(line(await myScore(), 'als.mobility')).toMatchObject({ points: 0, status: 'not_met', fact: 'mobilité déclarée, non retenue après vérification par un agent' });
    expect(await audit('demand.fact_unchecked')).toEqual([
      expect.objectContaining({ detail: expect.objectContaining({ fact: 'mobility', reason: 'Le nouvel emploi est dans la même commune' }) }),
    ]);
  });

  it('a fact the applicant changes loses its check: "déclaré, à vérifier" again', async () => {
    const edited = await request(p.app)
      .patch(`/api/v1/demands/${applicant.demandId}`)
      .set(bearer(applicant.token))
      .send({ calHistory: { refusedByCal: true, declinedAfterCalOn: '2025-12-01' } });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body.derived.declaredFacts.cal_history.state).toBe('to_check');
    expect(edited.body.derived.declaredFacts.dalo.state).toBe('checked');
    const score = await myScore();
    expect(line(score, 'als.cal_refusal')).toMatchObject({ points: 0, status: 'to_check' });
    expect(line(score, 'als.declined_after_cal')).toMatchObject({ points: 0, status: 'to_check', fact: expect.stringContaining('déclaré, à vérifier') });
  });

  it('nothing declared, nothing to check', async () => {
    const other = await applicantWithActiveDemand(p, agent, { birthDate: '1990-01-01', monthlyResources: 2000 });
    const res = await request(p.app).post(`/api/v1/demands/${other.demandId}/fact-checks`).set(bearer(agent)).send({ fact: 'dalo', decision: 'check' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('DEMAND.FACT_NOT_DECLARED');
    const bad = await request(p.app).post(`/api/v1/demands/${other.demandId}/fact-checks`).set(bearer(agent)).send({ fact: 'income', decision: 'check' });
    expect(bad.status).toBe(400);
  });
});

describe('the back office: the declared facts on the demand page, checked with a confirmation', () => {
  // the session cookie expires on the fixed clock's day (in the past of the real one): carried by hand
  let cookies = '';
  let csrf = '';
  const keep = (res: request.Response) => {
    const jar = new Map(cookies ? cookies.split('; ').map((c) => c.split('=') as [string, string]) : []);
    for (const c of (res.headers['set-cookie'] as unknown as string[] | undefined) ?? []) {
      const [pair] = c.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!, value.join('='));
    }
    cookies = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    return res;
  };
  const office = {
    get: async (url: string) => keep(await request(p.app).get(url).set('Cookie', cookies)),
    post: async (url: string, form: Record<string, string>) =>
      keep(
        await request(p.app)
          .post(url)
          .set('Cookie', cookies)
          .type('form')
          .send({ _csrf: csrf, ...form }),
      ),
  };
  beforeAll(async () => {
    const { email } = await p.signIn('agent');
    const form = await office.get('/admin/login');
    csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)?.[1] ?? '';
    expect((await office.post('/admin/login', { email, password: TEST_PASSWORD })).status).toBe(303);
    const page = await office.get(`/admin/demandes/${applicant.demandId}`);
    expect(page.status, page.text.slice(0, 200)).toBe(200);
    csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
  });

  it('shows each fact, where it stands, and the forms', async () => {
    const page = await office.get(`/admin/demandes/${applicant.demandId}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Faits déclarés donnant des points');
    expect(page.text).toMatch(/data-fact="mobility" data-fact-state="not_retained"/);
    expect(page.text).toMatch(/data-fact="cal_history" data-fact-state="to_check"/);
    expect(page.text).toContain('Je confirme avoir vérifié ce fait');
  });

  it('refuses a check without the confirmation box, then checks with it', async () => {
    const unconfirmed = await office.post(`/admin/demandes/${applicant.demandId}/faits`, { fact: 'cal_history', decision: 'check' });
    expect(unconfirmed.status).toBe(422);
    expect(unconfirmed.text).toContain('Cochez la case pour confirmer avoir vérifié ce fait.');
    const done = await office.post(`/admin/demandes/${applicant.demandId}/faits`, { fact: 'cal_history', decision: 'check', confirm: '1' });
    expect(done.status).toBe(303);
    expect(done.headers.location).toBe(`/admin/demandes/${applicant.demandId}?ok=fact-checked`);
    expect(line(await myScore(), 'als.declined_after_cal')).toMatchObject({
      points: -40,
      status: 'met',
      fact: 'logement refusé le 01/12/2025, dans les 12 mois avant le 01/03/2026',
    });
  });

  it('the ranking page words every criterion in French with its status', async () => {
    const page = await office.get(`/admin/offres/${offerId}/classement`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Partiellement atteint');
    expect(page.text).not.toMatch(/born \d|registered \d|rank \d+ of/);
  });
});
