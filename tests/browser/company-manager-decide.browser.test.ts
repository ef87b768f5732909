import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, toIsoDate } from '../../src/shared/dates';
import { browserAvailability, launchBrowser, seriousAccessibilityViolations } from '../support/browser';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { deployedCompany } from '../support/scenario';
import { serve } from '../support/test-server';
import { applicantWithActiveDemand, bearer, createLandlord, publishedOffer } from '../support/candidacy-fixtures';

/**
 * A company manager decides knowing what they confirm (issue 18 items 10–12), at desktop width and
 * at 390 px: the job, workplace commune (name and code), contract, start date and SIRET the
 * applicant declared, next to the validation; a quota above the headcount refused with the reason;
 * the candidacies told apart (address, closing date, rank at the closing) and filtered by state.
 * Every page is axe-core clean.
 */

/** Portal session cookies expire by the browser's real time: this test runs on the system clock. */
const today = toIsoDate(new Date());
const { available } = browserAvailability();

describe.runIf(available)('a company manager decides knowing what they confirm (issue 18 items 10–12)', () => {
  let p: TestPlatform;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let agent: string;
  let managerEmail: string;
  let applicant: { token: string; demandId: string };
  let closedOffer: string;
  let openOffer: string;

  beforeAll(async () => {
    p = await createTestPlatform();
    agent = (await p.signIn('agent')).token;
    const company = await deployedCompany(p, agent, { headcount: 40 });
    managerEmail = `rh-${company.siret.slice(0, 9)}@example.fr`;
    applicant = await applicantWithActiveDemand(p, agent, { firstName: 'Inès', birthDate: '1990-03-03', monthlyResources: 2100, employerSiret: company.siret });
    // the job as she declared it (read when the manager opens the request)
    await p.db.database.db.execute(sql`update demand.demands
      set data = jsonb_set(data, '{applicant,employment}', (data->'applicant'->'employment') || '{"profession":"Aide-soignante","startDate":"2024-09-02"}'::jsonb)
      where id = ${applicant.demandId}`);
    const landlord = await createLandlord(p, agent);
    closedOffer = await publishedOffer(p, agent, landlord.landlordToken, { addressLine: '8 cours Émile Zola', closingDate: addDays(today, 20), availableFrom: addDays(today, 60) });
    openOffer = await publishedOffer(p, agent, landlord.landlordToken, {
      addressLine: '3 rue Francis de Pressensé',
      closingDate: addDays(today, 30),
      availableFrom: addDays(today, 60),
    });
    for (const offerId of [closedOffer, openOffer]) {
      const applied = await request(p.app).post('/api/v1/candidacies').set(bearer(applicant.token)).send({ demandId: applicant.demandId, offerId });
      expect(applied.status, applied.text).toBe(201);
    }
    // the first offer closes now: its ranking is frozen, Inès first
    expect((await request(p.app).post(`/api/v1/offers/${closedOffer}/close`).set(bearer(agent))).status).toBe(200);
    server = await serve(p.app);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await p?.close();
  });

  // bypassCSP: axe-core is injected as a script, which the portal's Content-Security-Policy refuses
  const contexts = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
  const signIn = async (context: BrowserContext): Promise<Page> => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/entreprise/connexion`);
    await page.getByLabel('Adresse e-mail').fill(managerEmail);
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${server.url}/entreprise`);
    return page;
  };
  const check = async (page: Page, what: string, phone: boolean) => {
    expect(await seriousAccessibilityViolations(page), what).toEqual([]);
    if (phone) expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), what).toBeLessThanOrEqual(0);
  };
  /** A wide table is a table on a desktop; at 390 px each row is a card, each cell led by its column's name, within the screen. */
  const tableLayout = async (page: Page, selector: string, phone: boolean, what: string) => {
    const layout = await page.evaluate((sel) => {
      const table = document.querySelector(sel)!;
      const row = table.querySelector('tbody tr')!;
      const cells = Array.from(row.querySelectorAll('td'));
      return {
        row: getComputedStyle(row).display,
        labels: cells.map((c) => getComputedStyle(c, '::before').content),
        unlabelled: cells.filter((c) => !c.dataset.label).length,
        headHeight: table.querySelector('thead')!.getBoundingClientRect().height,
        right: Math.max(...cells.map((c) => c.getBoundingClientRect().right)),
        width: document.documentElement.clientWidth,
      };
    }, selector);
    expect(layout.unlabelled, what).toBe(0);
    if (phone) {
      expect(layout.row, what).toBe('block');
      for (const label of layout.labels) expect(label, what).toMatch(/^".+ : "$/);
      expect(layout.headHeight, what).toBeLessThanOrEqual(1);
      expect(layout.right, what).toBeLessThanOrEqual(layout.width);
    } else {
      expect(layout.row, what).toBe('table-row');
      expect(layout.headHeight, what).toBeGreaterThan(1);
    }
  };

  it('sees the declared job before validating (desktop, then 390 px), and validates', async () => {
    for (const [name, viewport] of Object.entries(contexts)) {
      const phone = name === 'phone';
      const context = await browser.newContext({ viewport, bypassCSP: true });
      const page = await signIn(context);
      await page.goto(`${server.url}/entreprise/demandes`);
      const item = page.locator(`li[data-demand="${applicant.demandId}"]`);
      const declared = (await item.getByTestId('declaration').textContent())!.replace(/\s+/g, ' ');
      expect(declared).toContain('Aide-soignante');
      expect(declared).toContain('Contrat à durée indéterminée (CDI)');
      expect(declared).toContain('02/09/2024');
      expect(declared).toContain('Villeurbanne (69266)');
      expect(declared).toMatch(/Établissement \(SIRET\)\d{3} \d{3} \d{3} \d{5}/);
      // her name with the elision (« d’Inès », never « de Inès »), no « (s) » plurals
      expect(await item.getByRole('button', { name: /^Valider l’emploi d’Inès / }).count()).toBe(1);
      expect(await item.getByRole('button', { name: /^Refuser la validation d’Inès /, includeHidden: true }).count()).toBe(1);
      const body = (await page.locator('body').innerHTML()).replace(/\s+/g, ' ');
      expect(body).not.toContain('de Inès');
      expect(body).not.toMatch(/\w\(s\)/);
      await check(page, `requests (${name})`, phone);
      // the employee's own page says the same before the decision
      await page.goto(`${server.url}/entreprise/salaries/${applicant.demandId}`);
      expect(await page.getByTestId('declaration').textContent()).toContain('Aide-soignante');
      await check(page, `employee (${name})`, phone);
      if (phone) {
        await page.getByRole('button', { name: 'Valider l’emploi' }).click();
        await page.waitForURL(/\/entreprise\//);
        await page.goto(`${server.url}/entreprise/salaries/${applicant.demandId}`);
        expect(await page.getByTestId('employee-status').textContent()).toBe('Validé');
      }
      await context.close();
    }
  });

  it('is refused a quota above the headcount, with the reason next to the field', async () => {
    for (const [name, viewport] of Object.entries(contexts)) {
      const context = await browser.newContext({ viewport, bypassCSP: true });
      const page = await signIn(context);
      await page.goto(`${server.url}/entreprise/politique`);
      expect(await page.locator('#quotaA-hint').textContent()).toContain('Au plus 40, l’effectif de l’entreprise.');
      await page.getByLabel(/^Quota \d{4} de la tranche A$/).fill('41');
      await page.getByRole('button', { name: 'Enregistrer la politique' }).click();
      await page.waitForLoadState();
      const error = await page.locator('#quotaA-error').textContent();
      expect(error).toContain('ne peut pas dépasser l’effectif de l’entreprise (40 salariés)');
      expect(await page.getByLabel(/^Quota \d{4} de la tranche A$/).inputValue()).toBe('41');
      await check(page, `policy refused (${name})`, name === 'phone');
      await context.close();
    }
  });

  it('tells the candidacies apart and filters them by state', async () => {
    for (const [name, viewport] of Object.entries(contexts)) {
      const context = await browser.newContext({ viewport, bypassCSP: true });
      const page = await signIn(context);
      await page.goto(`${server.url}/entreprise/candidatures`);
      const closed = (await page.locator(`tr[data-offer="${closedOffer}"] td`).allTextContents()).join(' | ');
      const open = (await page.locator(`tr[data-offer="${openOffer}"] td`).allTextContents()).join(' | ');
      expect(closed).toContain('8 cours Émile Zola');
      expect(closed).toContain(addDays(today, 20).split('-').reverse().join('/'));
      expect(closed).toContain('1er');
      expect(open).toContain('3 rue Francis de Pressensé');
      expect(open).toContain(addDays(today, 30).split('-').reverse().join('/'));
      expect(open).not.toContain('1er');
      await check(page, `candidacies (${name})`, name === 'phone');
      await tableLayout(page, 'table[data-testid="candidacies"]', name === 'phone', `candidacies (${name})`);
      await page.getByLabel('État').selectOption('bail');
      await page.getByRole('button', { name: 'Filtrer' }).click();
      await page.waitForURL(/statut=bail/);
      expect(await page.locator('tr[data-offer]').count()).toBe(0);
      expect(await page.getByText('Aucune candidature dans cet état.').count()).toBe(1);
      await page.getByLabel('État').selectOption('en-cours');
      await page.getByRole('button', { name: 'Filtrer' }).click();
      await page.waitForURL(/statut=en-cours/);
      expect(await page.locator('tr[data-offer]').count()).toBe(2);
      await check(page, `candidacies filtered (${name})`, name === 'phone');
      // the employees validated: a table too, cards on a phone, the quotas in real plurals
      await page.goto(`${server.url}/entreprise/salaries`);
      await tableLayout(page, 'table.cards-table', name === 'phone', `employees (${name})`);
      expect((await page.getByTestId('quotas').textContent())!.replace(/\s+/g, ' ')).not.toMatch(/\(s\)|\b1 accordées|\b0 accordées/);
      await check(page, `employees (${name})`, name === 'phone');
      await context.close();
    }
  });
});
