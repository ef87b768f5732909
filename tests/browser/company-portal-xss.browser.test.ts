import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Browser, Page } from 'playwright-core';
import { addDays, toIsoDate } from '../../src/shared/dates';
import { browserAvailability, launchBrowser } from '../support/browser';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { serve } from '../support/test-server';
import { deployedCompany, demandData } from '../support/scenario';
import { bearer, newSiren, villeurbanneT2 } from '../support/candidacy-fixtures';
import { INJECTIONS } from '../security/support/hostile';
import { expectPayloadsShownAsText } from '../support/xss';

/**
 * Stored XSS on the company portal (/entreprise): payloads stored through the API in every text
 * the manager's pages show — the company's name, the employees' names (from their demands), the
 * policy's tranche descriptions, the reasons of a refusal, a withdrawal and a tranche grant — then
 * every page opened in Chromium as the company's manager: no dialog, no injected element or
 * handler, and each payload shown as text. (The candidacies page shows the offer's commune and
 * typology, which come from the reference and the T1–T6 list, not free text.)
 */

const today = toIsoDate(new Date());
const { available } = browserAvailability();

/** The markup payloads of the shared hostile list (script, img onerror, javascript: URL, svg onload), and its template ones. */
const MARKUP = INJECTIONS.filter((s) => /<(script|img|svg)|^javascript:/.test(s));
const TEMPLATES = INJECTIONS.filter((s) => /\{\{|\$\{|<%/.test(s));
let n = 0;
/** A markup payload then a template one, tagged with a marker so that the page can be checked to show it as text. */
const xss = (max = 200) => {
  n += 1;
  return `X${n}${MARKUP[n % MARKUP.length]}${TEMPLATES[n % TEMPLATES.length]}`.slice(0, max);
};

describe.runIf(available)('stored XSS payloads are rendered escaped in the company portal', () => {
  let p: TestPlatform;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let managerEmail: string;
  const stored: string[] = [];
  const keep = (v: string) => (stored.push(v), v);
  const pages: string[] = [];

  beforeAll(async () => {
    expect(MARKUP.length).toBeGreaterThanOrEqual(4);
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(3);
    p = await createTestPlatform();
    const agent = (await p.signIn('agent')).token;
    const post = async (path: string, token: string, body?: unknown, expected = [200, 201]) => {
      const res = await request(p.app)
        .post(path)
        .set(bearer(token))
        .send(body as object);
      expect(expected, `${path}: ${res.text}`).toContain(res.status);
      return res.body;
    };

    // the company: a hostile name, hostile policy descriptions (set by its manager)
    const company = await deployedCompany(p, agent, { quotas: { A: 5, B: 5, C: 5 } });
    managerEmail = `rh-${company.siret.slice(0, 9)}@example.fr`;
    const renamed = await request(p.app)
      .patch(`/api/v1/companies/${company.id}`)
      .set(bearer(agent))
      .send({ name: keep(xss()) });
    expect(renamed.status, renamed.text).toBe(200);
    const policy = await request(p.app)
      .put(`/api/v1/companies/${company.id}/policy`)
      .set(bearer(company.manager))
      .send({ descriptions: { A: keep(xss(4000)), B: keep(xss(4000)), C: keep(xss(4000)) } });
    expect(policy.status, policy.text).toBe(200);

    // an offer the employees may apply to
    const landlord = await post('/api/v1/landlords', agent, { siren: newSiren(), name: 'Bailleur', kind: 'ESH', regions: ['84'] });
    await post(`/api/v1/landlords/${landlord.id}/agreements`, agent, { departement: '69', year: Number(today.slice(0, 4)), unitsOwed: 3 });
    const landlordToken = (await p.signIn('landlord_user', { orgId: landlord.id })).token;
    const offer = await post('/api/v1/offers', landlordToken, villeurbanneT2({ closingDate: addDays(today, 20), availableFrom: addDays(today, 60) }));
    await post(`/api/v1/offers/${offer.id}/submit`, landlordToken);
    await post(`/api/v1/offers/${offer.id}/publish`, agent, {});

    // five employees with hostile names, declaring the company's SIRET on their demands
    const employees: { token: string; demandId: string }[] = [];
    for (let i = 0; i < 5; i++) {
      const who = await p.signIn('applicant');
      const data = demandData(
        { wishes: { communeCodes: ['69266'], typologies: [2] } },
        {
          lastName: keep(xss(100)),
          firstName: keep(xss(100)),
          employment: { contractType: 'CDI', employerName: 'Employeur', employerSiret: company.siret, workplaceCommuneCode: '69266' },
        },
      );
      const created = await post('/api/v1/demands', who.token, data);
      await post(`/api/v1/demands/${created.id}/submit`, who.token);
      employees.push({ token: who.token, demandId: created.id });
    }
    const [pending, granted, applying, rejected, withdrawn] = employees as [
      (typeof employees)[0],
      (typeof employees)[0],
      (typeof employees)[0],
      (typeof employees)[0],
      (typeof employees)[0],
    ];
    void pending; // stays to validate
    const decide = (e: { demandId: string }, body: Record<string, unknown>) => post(`/api/v1/companies/${company.id}/employees/${e.demandId}/validation`, company.manager, body);
    for (const e of [granted, applying, withdrawn]) await decide(e, { decision: 'validate' });
    await decide(rejected, { decision: 'reject', reason: keep(xss(500)) });
    await decide(withdrawn, { decision: 'withdraw', reason: keep(xss(500)) });
    await post(`/api/v1/companies/${company.id}/employees/${granted.demandId}/tranches`, company.manager, { tranche: 'A', reason: keep(xss(500)) });
    // one validated employee applies to the offer (the candidacies page lists them)
    await post(`/api/v1/demands/${applying.demandId}/validate`, agent, { piecesOverride: { reason: 'Pièces vues au guichet (test)' } });
    await post('/api/v1/candidacies', applying.token, { demandId: applying.demandId, offerId: offer.id });

    pages.push(
      '/entreprise',
      '/entreprise/demandes',
      '/entreprise/salaries',
      '/entreprise/salaries?statut=rejected',
      '/entreprise/salaries?statut=withdrawn',
      ...employees.map((e) => `/entreprise/salaries/${e.demandId}`),
      '/entreprise/politique',
      '/entreprise/candidatures',
    );
    server = await serve(p.app);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await p?.close();
  });

  it('opens every manager page showing them: no dialog, no injected element, the payloads shown as text', async () => {
    const page: Page = await browser.newPage();
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/entreprise/connexion`);
    await page.getByLabel('Adresse e-mail').fill(managerEmail);
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${server.url}/entreprise`);
    const report = await expectPayloadsShownAsText(page, server.url, pages, stored);
    console.log(`company portal stored XSS: ${stored.length} payloads stored, ${pages.length} pages opened, every one shown as text (${report.join(', ')})`);
    await page.close();
  });
});
