import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { auth, demandData, submittedDemand } from '../support/scenario';
import { FixedClock } from '../../src/shared/testing/clock';

/**
 * The audit trail in the back office (issue 18 item 3): agents read it with need-to-know (entries
 * about the objects of their work, and their own actions); admins read all; search by person by
 * name or e-mail; CSV export in French.
 */
let p: TestPlatform;
let admin: ReturnType<typeof request.agent>;
let agent: ReturnType<typeof request.agent>;
let agentToken: string;
let demandId: string;
let victimId: string;

const webSession = async (role: 'agent' | 'admin') => {
  const { email } = await p.signIn(role);
  const session = request.agent(p.app);
  const form = await session.get('/admin/login');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)?.[1];
  expect((await session.post('/admin/login').type('form').send({ email, password: TEST_PASSWORD, _csrf: csrf })).status).toBe(303);
  return session;
};

beforeAll(async () => {
  // the date the scenario's demand means (its tax notices are of 2024 and 2025): the test passes on any day
  p = await createTestPlatform({ clock: new FixedClock('2026-06-15T10:00:00Z') });
  agentToken = (await p.signIn('agent')).token;
  demandId = (await submittedDemand(p, demandData({}, { lastName: 'Benali', firstName: 'Inès', email: 'ines.benali@exemple.fr' }))).demandId;
  // an agent reads the file: audited demand.read about the demand
  expect((await request(p.app).get(`/api/v1/demands/${demandId}`).set(auth(agentToken))).status).toBe(200);
  // a failed sign-in: a security entry about an account, for admins only
  const victim = await p.signIn('applicant', { email: 'victime@test.alin' });
  victimId = victim.accountId;
  expect((await request(p.app).post('/api/v1/auth/login').send({ email: 'victime@test.alin', password: 'mauvais-mot-de-passe' })).status).toBe(401);
  admin = await webSession('admin');
  agent = await webSession('agent');
});
afterAll(async () => p?.close());

describe('need-to-know', () => {
  it('an admin sees every entry, with the network address', async () => {
    const res = await admin.get('/admin/audit').query({ objet: 'account', id: victimId });
    expect(res.status).toBe(200);
    expect(res.text).toContain('<td>Échec de connexion</td>');
    expect(res.text).toContain('Adresse réseau');
  });

  it('an agent sees entries about demands, not accounts’ security events, and no addresses', async () => {
    const demands = await agent.get('/admin/audit').query({ id: demandId });
    expect(demands.status).toBe(200);
    expect(demands.text).toContain('<td>Dossier de demande consulté</td>');
    expect(demands.text).not.toContain('Adresse réseau');
    const accounts = await agent.get('/admin/audit').query({ id: victimId });
    expect(accounts.status).toBe(200);
    expect(accounts.text).not.toContain('<td>Échec de connexion</td>');
    expect(accounts.text).toContain('Aucune entrée ne correspond.');
    // asking for the object type outside their scope does not widen it
    const forced = await agent.get('/admin/audit').query({ objet: 'account' });
    expect(forced.text).not.toContain('<td>Échec de connexion</td>');
    const csv = await agent.get('/admin/audit.csv');
    expect(csv.status).toBe(200);
    expect(csv.text).not.toContain('Échec de connexion');
    expect(csv.text).toContain('Dossier de demande consulté');
  });

  it('an applicant or a landlord has no access to the back office', async () => {
    const applicant = await p.signIn('applicant');
    const res = await request(p.app).get('/admin/audit').set(auth(applicant.token));
    expect([302, 303]).toContain(res.status);
  });
});

describe('search', () => {
  it('by person: the applicant’s name without accents finds the entries about their demand', async () => {
    const res = await agent.get('/admin/audit').query({ personne: 'ines benali' });
    expect(res.status).toBe(200);
    expect(res.text).toContain(`/admin/demandes/${demandId}`);
  });

  it('by person: who acted, by the beginning of the e-mail', async () => {
    const res = await admin.get('/admin/audit').query({ personne: 'victime@' });
    expect(res.text).toContain('<td>Échec de connexion</td>');
  });

  it('by action, and refuses a search too short or a date that is not one', async () => {
    const read = await admin.get('/admin/audit').query({ action: 'demand.read' });
    expect(read.text).toContain('<td>Dossier de demande consulté</td>');
    expect(read.text).not.toContain('<td>Échec de connexion</td>');
    const short = await admin.get('/admin/audit').query({ personne: 'x' });
    expect(short.status).toBe(400);
    expect(short.text).toContain('Saisissez au moins 2 caractères');
    const bad = await admin.get('/admin/audit').query({ du: '2026-13-45' });
    expect(bad.status).toBe(400);
  });
});

describe('CSV export', () => {
  it('UTF-8 with a BOM, French headers, semicolons, Paris times', async () => {
    const res = await admin
      .get('/admin/audit.csv')
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Date et heure (Paris);Qui;Rôle;Pour le compte de;Action;Code de l’action;Objet;Identifiant de l’objet;Détails;Adresse réseau');
    expect(lines[1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2} UTC\+[12];/);
  });
});

describe('reading the trail is itself audited', () => {
  it('a search by person and an export leave entries saying which filters, never the name typed', async () => {
    expect((await agent.get('/admin/audit').query({ personne: 'ines benali' })).status).toBe(200);
    expect((await agent.get('/admin/audit.csv')).status).toBe(200);
    const res = await admin.get('/admin/audit').query({ objet: 'audit_trail' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('Recherche dans le journal d’audit par personne');
    expect(res.text).toContain('Export du journal d’audit (CSV)');
    expect(res.text).toContain('person');
    expect(res.text).not.toContain('ines benali');
  });
});
