import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { COMPANY_SPACE } from '../../src/modules/company-space/index';
import { INVITATION_KIND } from '../../src/modules/company-space/application/invitation-link';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { auth, deployedCompany, randomSiret, rows } from '../support/scenario';

/** The company portal (/entreprise): sessions, the invitation link, authorization, CSRF, the space-request limit. */

let p: TestPlatform;
let agentToken: string;
const cookiesOf = (res: request.Response): string[] => ([] as string[]).concat(res.headers['set-cookie'] ?? []);
const csrfOf = (html: string): string => {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  expect(token, 'a CSRF token in the page').toBeTruthy();
  return token!;
};
const managerEmail = (siret: string) => `rh-${siret.slice(0, 9)}@example.fr`;
const service = () => p.container.get(COMPANY_SPACE.Service);

/** A browser-like agent signed in to the portal, with the CSRF token of its session. */
async function portalSignIn(email: string, password = TEST_PASSWORD) {
  const agent = request.agent(p.app);
  const form = await agent.get('/entreprise/connexion');
  expect(form.status).toBe(200);
  const res = await agent
    .post('/entreprise/connexion')
    .type('form')
    .send({ email, password, _csrf: csrfOf(form.text) });
  return { agent, res };
}
async function signedInManager(siret: string) {
  const { agent, res } = await portalSignIn(managerEmail(siret));
  expect(res.status, res.text).toBe(303);
  expect(res.headers.location).toBe('/entreprise');
  const home = await agent.get('/entreprise/demandes');
  expect(home.status).toBe(200);
  return { agent, csrf: csrfOf(home.text) };
}
async function employeeOf(siret: string, firstName = 'Amina', lastName = 'Diallo'): Promise<string> {
  const demandId = randomUUID();
  await service().recordValidationRequest({
    demandId,
    employerSiret: siret,
    applicantFirstName: firstName,
    applicantLastName: lastName,
    applicantAccountId: randomUUID(),
    requestedAt: new Date(),
  });
  return demandId;
}

beforeAll(async () => {
  p = await createTestPlatform();
  agentToken = (await p.signIn('agent')).token;
});
afterAll(async () => p?.close());

describe('signing in', () => {
  it('the invitation message carries the full portal link; the page sets the password once and signs the manager in', async () => {
    const { siren, siret } = randomSiret();
    const created = await request(p.app)
      .post('/api/v1/companies')
      .set(auth(agentToken))
      .send({ name: `Invitée ${siren}`, sirets: [siret], contribution: 'contributing' });
    expect(created.status, created.text).toBe(201);
    const email = `invite-${siren}@example.fr`;
    const configured = await request(p.app)
      .post(`/api/v1/companies/${created.body.id}/space`)
      .set(auth(agentToken))
      .send({ action: 'configure', managers: [{ email, displayName: 'Nina RH' }] });
    expect(configured.status, configured.text).toBe(200);
    const [message] = rows<{ payload: { link: string; invitationToken: string } }>(
      await p.db.database.db.execute(sql`select payload from company_space.outbox where to_email = ${email} and kind = ${INVITATION_KIND}`),
    );
    const link = new URL(message!.payload.link);
    expect(link.origin + link.pathname).toBe(`${p.config.publicUrl}/entreprise/invitation`);
    expect(link.searchParams.get('token')).toBe(message!.payload.invitationToken);

    const agent = request.agent(p.app);
    const page = await agent.get(`${link.pathname}${link.search}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<label for="password">Nouveau mot de passe</label>');
    const token = link.searchParams.get('token')!;
    // the confirmation differs: the error is next to its field
    const mismatch = await agent
      .post('/entreprise/invitation')
      .type('form')
      .send({ token, password: TEST_PASSWORD, confirmation: 'autre-chose-encore', _csrf: csrfOf(page.text) });
    expect(mismatch.status).toBe(422);
    expect(mismatch.text).toMatch(/id="confirmation-error">Les deux mots de passe ne correspondent pas/);
    // too short: the identity module's password policy, next to the password field
    const short = await agent
      .post('/entreprise/invitation')
      .type('form')
      .send({ token, password: 'court', confirmation: 'court', _csrf: csrfOf(mismatch.text) });
    expect(short.status).toBe(422);
    expect(short.text).toContain('id="password-error"');

    const accepted = await agent
      .post('/entreprise/invitation')
      .type('form')
      .send({ token, password: TEST_PASSWORD, confirmation: TEST_PASSWORD, _csrf: csrfOf(short.text) });
    expect(accepted.status, accepted.text).toBe(303);
    expect(accepted.headers.location).toBe('/entreprise');
    const cookie = cookiesOf(accepted).find((c) => c.startsWith('alin_entreprise='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/entreprise/);
    // the space is only configured: the portal says so (and the policy page is open)
    const home = await agent.get('/entreprise');
    expect(home.status).toBe(200);
    expect(home.text).toContain('Espace non ouvert');
    expect((await agent.get('/entreprise/politique')).status).toBe(200);

    // the link works once
    const again = request.agent(p.app);
    const form = await again.get(`${link.pathname}${link.search}`);
    const reused = await again
      .post('/entreprise/invitation')
      .type('form')
      .send({ token, password: TEST_PASSWORD, confirmation: TEST_PASSWORD, _csrf: csrfOf(form.text) });
    expect(reused.status).toBe(401);
    expect(reused.text).toContain('invalide, déjà utilisé ou expiré');
  });

  it('a manager signs in and out; a wrong password is refused with the email kept', async () => {
    const company = await deployedCompany(p, agentToken);
    const wrong = await portalSignIn(managerEmail(company.siret), 'mauvais-mot-de-passe');
    expect(wrong.res.status).toBe(401);
    expect(wrong.res.text).toContain('Identifiant ou mot de passe incorrect.');
    expect(wrong.res.text).toContain(`value="${managerEmail(company.siret)}"`);

    const { agent, csrf } = await signedInManager(company.siret);
    const home = await agent.get('/entreprise');
    expect(home.status).toBe(200);
    expect(home.text).toContain(`Entreprise ${company.siret.slice(0, 9)}`);
    const out = await agent.post('/entreprise/deconnexion').type('form').send({ _csrf: csrf });
    expect(out.status).toBe(303);
    const after = await agent.get('/entreprise/demandes');
    expect(after.status).toBe(303);
    expect(after.headers.location).toBe('/entreprise/connexion');
  });

  it('an applicant or an agent cannot use the portal', async () => {
    for (const role of ['applicant', 'agent'] as const) {
      const { email } = await p.signIn(role);
      const { agent, res } = await portalSignIn(email);
      expect(res.status, role).toBe(401);
      expect(
        cookiesOf(res).some((c) => c.startsWith('alin_entreprise=')),
        role,
      ).toBe(false);
      const page = await agent.get('/entreprise/salaries');
      expect(page.status, role).toBe(303);
      expect(page.headers.location).toBe('/entreprise/connexion');
    }
    // an agent's back-office session is not a portal session, even sent under the portal's cookie name
    const { email } = await p.signIn('agent');
    const admin = request.agent(p.app);
    const form = await admin.get('/admin/login');
    const signedIn = await admin
      .post('/admin/login')
      .type('form')
      .send({ email, password: TEST_PASSWORD, _csrf: csrfOf(form.text) });
    expect(signedIn.status).toBe(303);
    const adminToken = /alin_admin=([^;]+)/.exec(cookiesOf(signedIn).join('\n'))![1]!;
    const forged = await request(p.app).get('/entreprise/salaries').set('Cookie', `alin_entreprise=${adminToken}`);
    expect(forged.status).toBe(303);
    expect(forged.headers.location).toBe('/entreprise/connexion');
    // and a manager cannot enter the back office
    const company = await deployedCompany(p, agentToken);
    const backOffice = request.agent(p.app);
    const adminForm = await backOffice.get('/admin/login');
    expect(
      (
        await backOffice
          .post('/admin/login')
          .type('form')
          .send({ email: managerEmail(company.siret), password: TEST_PASSWORD, _csrf: csrfOf(adminForm.text) })
      ).status,
    ).toBe(401);
  });
});

describe('the manager’s pages', () => {
  it('validate, refuse with a reason, grant and revoke a tranche, withdraw; the quota left follows', async () => {
    const company = await deployedCompany(p, agentToken, { quotas: { A: 2 } });
    const amina = await employeeOf(company.siret, 'Amina', 'Diallo');
    const bruno = await employeeOf(company.siret, 'Bruno', 'Martin');
    const { agent, csrf } = await signedInManager(company.siret);

    const list = await agent.get('/entreprise/demandes');
    expect(list.text).toContain('Amina Diallo');
    expect(list.text).toContain('Bruno Martin');

    // a refusal without its reason: the error is next to that request's field
    const noReason = await agent.post(`/entreprise/salaries/${bruno}/decision`).type('form').send({ decision: 'reject', from: 'demandes', reason: '  ', _csrf: csrf });
    expect(noReason.status).toBe(422);
    expect(noReason.text).toContain(`id="reason-${bruno}-error">Le motif du refus est obligatoire.`);
    const refused = await agent
      .post(`/entreprise/salaries/${bruno}/decision`)
      .type('form')
      .send({ decision: 'reject', from: 'demandes', reason: 'Inconnu du service RH', _csrf: csrf });
    expect(refused.status).toBe(303);
    expect(refused.headers.location).toBe('/entreprise/demandes?ok=rejected');

    const validated = await agent.post(`/entreprise/salaries/${amina}/decision`).type('form').send({ decision: 'validate', from: 'demandes', _csrf: csrf });
    expect(validated.status).toBe(303);
    const employees = await agent.get('/entreprise/salaries');
    expect(employees.text).toContain('Amina Diallo');
    expect(employees.text).not.toContain('Bruno Martin');
    expect(employees.text).toMatch(/data-testid="quota-left-A">2</);

    // a grant without a reason keeps the choice and says why
    const bad = await agent.post(`/entreprise/salaries/${amina}/tranches`).type('form').send({ tranche: 'A', reason: 'x', _csrf: csrf });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('id="reason-error"');
    expect(bad.text).toMatch(/value="A" required="" checked=""|value="A" required checked/);
    const granted = await agent.post(`/entreprise/salaries/${amina}/tranches`).type('form').send({ tranche: 'A', reason: 'Mobilité professionnelle', _csrf: csrf });
    expect(granted.status, granted.text).toBe(303);
    const detail = await agent.get(`/entreprise/salaries/${amina}`);
    expect(detail.text).toMatch(/data-testid="quota-left-A">1</);
    expect(detail.text).toContain('Mobilité professionnelle');
    const api = await request(p.app).get(`/api/v1/companies/${company.id}/employees?status=validated`).set(auth(company.manager));
    expect(api.body.quotas.find((q: { tranche: string }) => q.tranche === 'A')).toMatchObject({ used: 1, left: 1 });

    const revoked = await agent.post(`/entreprise/salaries/${amina}/tranches/A/revocation`).type('form').send({ _csrf: csrf });
    expect(revoked.status).toBe(303);
    expect((await agent.get(`/entreprise/salaries/${amina}`)).text).toMatch(/data-testid="quota-left-A">2</);

    await agent.post(`/entreprise/salaries/${amina}/tranches`).type('form').send({ tranche: 'B', reason: 'Rapprochement domicile-travail', _csrf: csrf });
    const withdrawn = await agent.post(`/entreprise/salaries/${amina}/decision`).type('form').send({ decision: 'withdraw', reason: 'A quitté l’entreprise', _csrf: csrf });
    expect(withdrawn.status).toBe(303);
    const after = await agent.get(`/entreprise/salaries/${amina}`);
    expect(after.text).toContain('data-testid="employee-status">Validation retirée<');
    expect(after.text).toMatch(/data-testid="quota-left-B">5</);
  });

  it('the policy editor sets descriptions and quotas; a quota below the grants is refused next to its field', async () => {
    const company = await deployedCompany(p, agentToken, { quotas: { C: 3 } });
    const demandId = await employeeOf(company.siret);
    await service().decideValidation({ accountId: randomUUID(), role: 'company_manager', sessionId: 's', companyId: company.id }, company.id, demandId, { decision: 'validate' });
    await service().grantTranche({ accountId: randomUUID(), role: 'company_manager', sessionId: 's', companyId: company.id }, company.id, demandId, {
      tranche: 'C',
      reason: 'Moins de 30 ans',
    });
    const { agent, csrf } = await signedInManager(company.siret);
    const saved = await agent
      .post('/entreprise/politique')
      .type('form')
      .send({ descriptionA: 'Recrutement', descriptionB: '', descriptionC: 'Jeunes actifs', quotaA: '4', quotaB: '', quotaC: '2', _csrf: csrf });
    expect(saved.status, saved.text).toBe(303);
    const policy = await request(p.app).get(`/api/v1/companies/${company.id}/policy`).set(auth(company.manager));
    expect(policy.body.tranches.find((t: { tranche: string }) => t.tranche === 'A').description).toBe('Recrutement');
    expect(policy.body.quotas.find((q: { tranche: string }) => q.tranche === 'A').quota).toBe(4);

    const below = await agent
      .post('/entreprise/politique')
      .type('form')
      .send({ descriptionA: 'Recrutement', descriptionB: '', descriptionC: 'Jeunes actifs', quotaA: '4', quotaB: '', quotaC: '0', _csrf: csrf });
    expect(below.status).toBe(409);
    expect(below.text).toContain('id="quotaC-error"');
    expect(below.text).toMatch(/id="quotaC"[^>]*value="0"/);
    const notANumber = await agent.post('/entreprise/politique').type('form').send({ quotaA: 'beaucoup', _csrf: csrf });
    expect(notANumber.status).toBe(422);
    expect(notANumber.text).toContain('id="quotaA-error">Un quota est un nombre entier positif ou nul.');
  });

  it('a manager of company X gets 404 on company Y’s employees, and changes nothing there', async () => {
    const x = await deployedCompany(p, agentToken);
    const y = await deployedCompany(p, agentToken);
    const yEmployee = await employeeOf(y.siret, 'Yasmine', 'Yildiz');
    const { agent, csrf } = await signedInManager(x.siret);

    expect((await agent.get(`/entreprise/salaries/${yEmployee}`)).status).toBe(404);
    expect((await agent.get(`/entreprise/salaries/${randomUUID()}`)).status).toBe(404);
    expect((await agent.get('/entreprise/salaries/pas-un-id')).status).toBe(404);
    const decided = await agent.post(`/entreprise/salaries/${yEmployee}/decision`).type('form').send({ decision: 'validate', _csrf: csrf });
    expect(decided.status).toBe(404);
    expect(decided.text).toContain('ne concerne pas votre entreprise');
    expect((await agent.post(`/entreprise/salaries/${yEmployee}/tranches`).type('form').send({ tranche: 'A', reason: 'Tentative', _csrf: csrf })).status).toBe(404);
    expect((await agent.post(`/entreprise/salaries/${yEmployee}/tranches/A/revocation`).type('form').send({ _csrf: csrf })).status).toBe(404);
    // X's lists do not show Y's employee; Y's request is still pending
    expect((await agent.get('/entreprise/demandes')).text).not.toContain('Yasmine');
    const yList = await request(p.app).get(`/api/v1/companies/${y.id}/employees`).set(auth(y.manager));
    expect(yList.body.items.find((e: { demandId: string }) => e.demandId === yEmployee).status).toBe('pending');
  });

  it('forms without their CSRF token are refused', async () => {
    const company = await deployedCompany(p, agentToken);
    const demandId = await employeeOf(company.siret);
    expect(
      (
        await request(p.app)
          .post('/entreprise/connexion')
          .type('form')
          .send({ email: managerEmail(company.siret), password: TEST_PASSWORD })
      ).status,
    ).toBe(403);
    expect(
      (await request(p.app).post('/entreprise/demande-espace').type('form').send({ companyName: 'X', siret: randomSiret().siret, contactName: 'X', contactEmail: 'x@example.fr' }))
        .status,
    ).toBe(403);
    const { agent } = await signedInManager(company.siret);
    for (const [path, body] of [
      [`/entreprise/salaries/${demandId}/decision`, { decision: 'validate' }],
      [`/entreprise/salaries/${demandId}/tranches`, { tranche: 'A', reason: 'Sans jeton' }],
      ['/entreprise/politique', { quotaA: '1' }],
      ['/entreprise/deconnexion', {}],
    ] as const) {
      const res = await agent.post(path).type('form').send(body);
      expect(res.status, path).toBe(403);
      // an HTML page of the portal (never the API's problem+json), with the stable code in a header
      expect(res.headers['x-alin-error'], path).toBe('REQUEST.CSRF');
      expect(res.type, path).toBe('text/html');
      // a token of another session does not pass either
      expect(
        (
          await agent
            .post(path)
            .type('form')
            .send({ ...body, _csrf: 'x'.repeat(64) })
        ).status,
        path,
      ).toBe(403);
    }
    const still = await request(p.app).get(`/api/v1/companies/${company.id}/employees`).set(auth(company.manager));
    expect(still.body.items[0].status).toBe('pending');
  });
});

describe('asking for a space', () => {
  it('the public page records a request, with errors next to the fields and the input kept', async () => {
    const agent = request.agent(p.app);
    const form = await agent.get('/entreprise/demande-espace');
    expect(form.status).toBe(200);
    const bad = await agent
      .post('/entreprise/demande-espace')
      .type('form')
      .send({
        companyName: 'Scierie du Jura',
        siret: '123',
        contactName: 'Léa Roux',
        contactEmail: 'pas-une-adresse',
        _csrf: csrfOf(form.text),
      });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('id="siret-error"');
    expect(bad.text).toContain('id="contactEmail-error"');
    expect(bad.text).toContain('value="Scierie du Jura"');
    const { siret } = randomSiret();
    const ok = await agent
      .post('/entreprise/demande-espace')
      .type('form')
      .send({
        companyName: 'Scierie du Jura',
        siret,
        contactName: 'Léa Roux',
        contactEmail: 'lea.roux@scierie.example',
        _csrf: csrfOf(bad.text),
      });
    expect(ok.status).toBe(303);
    expect((await agent.get(String(ok.headers.location))).text).toContain('Votre demande est enregistrée');
    const listed = await request(p.app).get('/api/v1/companies/space-requests').set(auth(agentToken));
    expect(listed.body.items.find((r: { siret: string }) => r.siret === siret)).toMatchObject({ companyName: 'Scierie du Jura', contactEmail: 'lea.roux@scierie.example' });
  });

  it('space requests are limited per client address, on the API and on the page (429 with Retry-After)', async () => {
    const limited = await createTestPlatform({ env: { SPACE_REQUESTS_PER_ADDRESS: '3', SPACE_REQUEST_WINDOW_SECONDS: '600' } });
    try {
      const body = () => ({ companyName: 'Limitée', siret: randomSiret().siret, contactName: 'Mme RH', contactEmail: 'rh@example.fr' });
      // invalid requests write nothing but count (issue 19 §1: a flood of refused requests is limited too)
      expect(
        (
          await request(limited.app)
            .post('/api/v1/companies/space-requests')
            .send({ ...body(), siret: '12345678901234' })
        ).status,
      ).toBe(422);
      expect((await request(limited.app).post('/api/v1/companies/space-requests').send(body())).status).toBe(201);
      expect((await request(limited.app).post('/api/v1/companies/space-requests').send(body())).status).toBe(201);
      const third = await request(limited.app).post('/api/v1/companies/space-requests').send(body());
      expect(third.status).toBe(429);
      expect(third.body.code).toBe('COMPANY.TOO_MANY_SPACE_REQUESTS');
      expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(third.headers['retry-after'])).toBeLessThanOrEqual(600);

      const agent = request.agent(limited.app);
      const form = await agent.get('/entreprise/demande-espace');
      const page = await agent
        .post('/entreprise/demande-espace')
        .type('form')
        .send({ ...body(), _csrf: csrfOf(form.text) });
      expect(page.status).toBe(429);
      expect(Number(page.headers['retry-after'])).toBeGreaterThan(0);
      expect(page.text).toContain('Trop de demandes');
      const count = rows<{ n: number }>(await limited.db.database.db.execute(sql`select count(*)::int as n from company_space.space_requests`));
      expect(count[0]!.n).toBe(2);
    } finally {
      await limited.close();
    }
  });
});
