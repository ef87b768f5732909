import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Browser, Page } from 'playwright-core';
import { addDays, toIsoDate } from '../../src/shared/dates';
import { browserAvailability, launchBrowser, seriousAccessibilityViolations, signInToAdmin } from '../support/browser';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { serve } from '../support/test-server';
import { applicantWithActiveDemand, bearer, createLandlord, publishedOffer } from '../support/candidacy-fixtures';
import { randomSiret } from '../support/scenario';
import { SMALL_PDF as PDF } from '../support/files';

/**
 * axe-core (WCAG 2.1 A and AA) on the back office's demand page, ranking page and audit page, with
 * real content (a demand with a document, three ranked candidates, audit entries), at desktop and
 * phone widths: no serious or critical violation. Also: breadcrumbs and sortable headers present,
 * and the sort links reachable by keyboard.
 */

/** Admin session cookies expire by the browser's real time: this test runs on the system clock. */
const today = toIsoDate(new Date());
const { available } = browserAvailability();

describe.runIf(available)('back-office accessibility (axe-core, serious and critical)', () => {
  let p: TestPlatform;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let adminEmail: string;
  let offerId: string;
  let demandId: string;
  let landlordId: string;
  let companyId: string;

  beforeAll(async () => {
    p = await createTestPlatform();
    const admin = await p.signIn('admin', { email: 'admin.a11y@test.alin' });
    adminEmail = admin.email;
    const agent = (await p.signIn('agent')).token;
    const landlord = await createLandlord(p, agent);
    landlordId = landlord.landlordId;
    const grid = await request(p.app)
      .post('/api/v1/scoring/territory-grids')
      .set(bearer(agent))
      .send({
        epciCode: '200046977',
        name: 'Grille accessible',
        active: false,
        criteria: [{ label: { fr: 'DALO' }, fact: 'dalo', operator: 'true', points: 50 }],
      });
    expect(grid.status, grid.text).toBe(201);
    offerId = await publishedOffer(p, agent, landlord.landlordToken, { closingDate: addDays(today, 20), availableFrom: addDays(today, 60) });
    for (const registrationDate of ['2018-04-01', '2015-04-01', '2022-04-01']) {
      const who = await applicantWithActiveDemand(p, agent, { birthDate: '1980-03-03', monthlyResources: 2300, registrationDate });
      const res = await request(p.app).post('/api/v1/candidacies').set(bearer(who.token)).send({ demandId: who.demandId, offerId });
      expect(res.status, res.text).toBe(201);
      demandId = who.demandId;
      const up = await request(p.app)
        .post(`/api/v1/demands/${who.demandId}/documents`)
        .set(bearer(who.token))
        .field('documentType', 'identity')
        .attach('files', PDF, { filename: 'identite.pdf', contentType: 'application/pdf' });
      expect(up.status, up.text).toBe(201);
    }
    // an agent's read of the file: an audit entry to list
    expect((await request(p.app).get(`/api/v1/demands/${demandId}`).set(bearer(agent))).status).toBe(200);
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/close`).set(bearer(agent))).status).toBe(200);
    for (const name of ['Biscuiterie Accessible', 'Atelier Contrasté']) {
      const company = await request(p.app)
        .post('/api/v1/companies')
        .set(bearer(agent))
        .send({ name, sirets: [randomSiret().siret], headcount: 300, contribution: 'contributing', delegatesToAls: false });
      expect(company.status, company.text).toBe(201);
      companyId = company.body.id;
    }
    // an employee of the last company: its page lists them
    const employeeToken = (await p.signIn('applicant')).token;
    const employee = await request(p.app)
      .post('/api/v1/demands')
      .set(bearer(employeeToken))
      .send({
        applicant: {
          civility: '2',
          lastName: 'Ndiaye',
          firstName: 'Awa',
          birthDate: '1990-04-12',
          nationality: '1',
          familySituation: 'C',
          employment: {
            contractType: 'CDI',
            employerName: 'Atelier',
            employerSiret: (await request(p.app).get(`/api/v1/companies/${companyId}`).set(bearer(agent))).body.sirets[0],
            workplaceCommuneCode: '69386',
          },
          resources: [{ code: 'SAL', monthlyAmount: 2100 }],
          taxIncome: { yearMinus1: 2025, amountMinus1: 24000, yearMinus2: 2024, amountMinus2: 23000 },
          address: { line: '1 rue de la République', postalCode: '69001', communeCode: '69381' },
        },
        reasons: ['work_closer'],
        wishes: { communeCodes: ['69386'], typologies: [2] },
        currentHousing: { kind: 'LP', monthlyRent: 650 },
      });
    expect(employee.status, employee.text).toBe(201);
    expect((await request(p.app).post(`/api/v1/demands/${employee.body.id}/submit`).set(bearer(employeeToken))).status).toBe(200);
    server = await serve(p.app);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await p?.close();
  });

  async function check(page: Page, path: string) {
    await page.goto(`${server.url}${path}`);
    expect(await page.locator('nav[aria-label="Fil d\'Ariane"] li').count(), `breadcrumbs on ${path}`).toBeGreaterThanOrEqual(2);
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, `${path}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  }

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`has no serious or critical violation on a demand, a ranking and the audit trail (${viewport.width}px)`, async () => {
      const page = await browser.newPage({ viewport, bypassCSP: true });
      await signInToAdmin(page, server.url, adminEmail, TEST_PASSWORD);
      await check(page, `/admin/demandes/${demandId}`);
      await check(page, `/admin/offres/${offerId}/classement`);
      await check(page, '/admin/audit');
      await check(page, '/admin/audit?sort=action&dir=asc');
      await check(page, '/admin/demandes');
      await page.close();
    });
  }

  it('has breadcrumbs, sortable headers and no serious violation on every other list', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await signInToAdmin(page, server.url, adminEmail, TEST_PASSWORD);
    for (const path of [
      '/admin/demandes?sort=submitted&dir=desc',
      '/admin/offres?etat=toutes&sort=closing&dir=asc',
      '/admin/classements',
      '/admin/bailleurs?sort=name&dir=desc',
      '/admin/entreprises?sort=name&dir=desc',
      '/admin/entreprises/demandes?etat=toutes',
    ]) {
      await check(page, path);
      expect(await page.locator('th[aria-sort]').count(), `a sorted column on ${path}`).toBeGreaterThanOrEqual(1);
      expect(await page.locator('nav[aria-label="Pagination"]').count(), `paging on ${path}`).toBe(1);
    }
    await check(page, '/admin/equilibrage');
    await check(page, '/admin/grilles');
    const names = await page.goto(`${server.url}/admin/entreprises?sort=name&dir=desc`).then(() => page.locator('tbody tr td:first-child').allTextContents());
    expect(names.map((n) => n.trim())).toEqual(['Biscuiterie Accessible', 'Atelier Contrasté'].sort().reverse());
    await page.close();
  });

  it('keeps the input of a refused form and shows the error next to its field', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await signInToAdmin(page, server.url, adminEmail, TEST_PASSWORD);
    await page.goto(`${server.url}/admin/entreprises/nouvelle`);
    await page.getByLabel('Raison sociale').fill('Biscuiterie du Test');
    await page.getByLabel('SIRET des établissements (un par ligne)').fill('12345');
    await page.getByRole('button', { name: 'Ajouter l’entreprise' }).click();
    await page.waitForLoadState();
    expect(await page.getByLabel('Raison sociale').inputValue()).toBe('Biscuiterie du Test');
    expect(await page.getByLabel('SIRET des établissements (un par ligne)').inputValue()).toBe('12345');
    const describedBy = await page.getByLabel('SIRET des établissements (un par ligne)').getAttribute('aria-describedby');
    expect(describedBy).toBe('sirets-error');
    expect((await page.locator('#sirets-error').textContent())?.length).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('sorts the audit trail from an accessible header link, and says so with aria-sort', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await signInToAdmin(page, server.url, adminEmail, TEST_PASSWORD);
    await page.goto(`${server.url}/admin/audit`);
    const header = page.locator('th[aria-sort]').first();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    await page.getByRole('link', { name: /^Action/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/sort=action/);
    expect(await page.locator('th:has(a:text-matches("^Action"))').getAttribute('aria-sort')).toBe('ascending');
    const actions = await page.locator('tbody tr[data-action]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action') ?? ''));
    expect(actions.length).toBeGreaterThan(1);
    expect([...actions].sort((x, y) => x.localeCompare(y, 'en'))).toEqual(actions);
    await page.close();
  });

  it('sorts and pages the grids and the tables inside detail pages from accessible header links, landing on the table', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await signInToAdmin(page, server.url, adminEmail, TEST_PASSWORD);
    for (const path of [
      '/admin/grilles?sort=name&dir=desc',
      `/admin/bailleurs/${landlordId}?sort=owed&dir=asc`,
      `/admin/offres/${offerId}?sort=action&dir=asc`,
      `/admin/demandes/${demandId}?sort=at&dir=asc`,
      `/admin/entreprises/${companyId}?sort=name&dir=asc`,
    ]) {
      await check(page, path);
      expect(await page.locator('th[aria-sort]').count(), `a sorted column on ${path}`).toBe(1);
      expect(await page.locator('nav[aria-label="Pagination"]').count(), `paging on ${path}`).toBe(1);
    }
    // the demand's history: newest first by default; the date header, reached by keyboard, sorts it the other way
    await page.goto(`${server.url}/admin/demandes/${demandId}`);
    const history = page.getByTestId('demand-history');
    expect(await history.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    const newestFirst = await history.locator('tbody tr td:first-child').allTextContents();
    await history.getByRole('link', { name: /^Date/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/sort=at&dir=asc#historique$/);
    expect(await page.getByTestId('demand-history').locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    expect(await page.getByTestId('demand-history').locator('tbody tr td:first-child').allTextContents()).toEqual([...newestFirst].reverse());
    await page.close();
  });
});
