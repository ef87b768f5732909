import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailability, launchBrowser, signInToAdmin } from '../support/browser';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { serve } from '../support/test-server';
import { addDays, toIsoDate } from '../../src/shared/dates';
import { formatEuros } from '../../src/shared/money';
import { ceilingTableFromJson } from '../../src/modules/offer/domain/ceilings';
import incomeCeilings from '../../db/reference/income-ceilings.json';

/** Admin session cookies expire by the real time of the browser: these tests run on the system clock. */
const today = toIsoDate(new Date());
const inDays = (n: number) => addDays(today, n);
const frDate = (iso: string) => iso.split('-').reverse().join('/');

const { available } = browserAvailability();

describe.runIf(available)('an agent instructs and publishes an offer in the back office', () => {
  let p: TestPlatform;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let agentEmail: string;
  let landlordId: string;
  let offerId: string;

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    p = await createTestPlatform();
    const agent = await p.signIn('agent', { email: 'agent.offres@test.alin' });
    agentEmail = agent.email;
    const landlord = await request(p.app)
      .post('/api/v1/landlords')
      .set(bearer(agent.token))
      .send({ siren: '552100554', name: 'Habitat Villeurbannais', kind: 'OPH', regions: ['84'] });
    landlordId = landlord.body.id;
    await request(p.app)
      .post(`/api/v1/landlords/${landlordId}/agreements`)
      .set(bearer(agent.token))
      .send({ departement: '69', year: new Date().getUTCFullYear(), unitsOwed: 4 })
      .expect(201);
    const landlordUser = await p.signIn('landlord_user', { orgId: landlordId });
    const offer = await request(p.app)
      .post('/api/v1/offers')
      .set(bearer(landlordUser.token))
      .send({
        addressLine: '4 avenue Henri Barbusse',
        postalCode: '69100',
        communeCode: '69266',
        typology: 2,
        mainRooms: 2,
        surface: 46,
        floor: 3,
        elevator: true,
        accessible: true,
        energyClass: 'C',
        rent: 520,
        charges: 80,
        financing: 'PLUS',
        availableFrom: inDays(60),
        closingDate: inDays(20),
      });
    expect(offer.status, offer.text).toBe(201);
    offerId = offer.body.id;
    await request(p.app).post(`/api/v1/offers/${offerId}/submit`).set(bearer(landlordUser.token)).expect(200);
    server = await serve(p.app);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await p?.close();
  });

  async function signIn(page: Page) {
    await signInToAdmin(page, server.url, agentEmail, TEST_PASSWORD);
  }

  it('finds the offer to instruct, takes it into instruction, publishes it; the flux gap moves', async () => {
    const page = await browser.newPage();
    await signIn(page);
    await page.getByRole('link', { name: 'Offres', exact: true }).click();
    await page.waitForURL(/\/admin\/offres/);
    const row = page.locator(`tr[data-offer-id="${offerId}"]`);
    expect(await row.locator('td[data-status]').textContent()).toBe('Soumise');
    expect(await row.textContent()).toContain('Villeurbanne');
    await row.getByRole('link').click();
    await page.waitForURL(`${server.url}/admin/offres/${offerId}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('T2 à Villeurbanne');
    expect(await page.locator('body').textContent()).toContain('Métropole de Lyon');
    // the eligibility summary: PLUS ceilings of the year, other regions (category 1 = 23,403 € in 2026)
    const ceiling = ceilingTableFromJson(incomeCeilings).lookup(new Date().getUTCFullYear(), 'PLUS', 'other_regions', 1);
    expect(await page.getByTestId('ceilings').locator('tbody tr').first().textContent()).toContain(ceiling ? formatEuros(ceiling) : 'non connu');

    await page.getByRole('button', { name: 'Prendre en instruction' }).click();
    await page.waitForURL(/\?ok=instruction$/);
    expect(await page.getByTestId('offer-status').getAttribute('data-status')).toBe('in_instruction');

    // a closing date in the past is refused, next to the form
    await page.getByLabel('Date de clôture des candidatures').evaluate((el: HTMLInputElement) => el.removeAttribute('min'));
    await page.getByLabel('Date de clôture des candidatures').fill(inDays(-1));
    await page.getByRole('button', { name: 'Publier l’offre' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('date de clôture est passée');

    await page.getByLabel('Date de clôture des candidatures').fill(inDays(40));
    await page.getByRole('button', { name: 'Publier l’offre' }).click();
    await page.waitForURL(/\?ok=published$/);
    expect(await page.getByTestId('offer-status').getAttribute('data-status')).toBe('published');
    expect(await page.getByRole('status').textContent()).toContain('publiée');
    // the history: newest first
    const history = await page.locator('#historique').locator('..').locator('tbody tr').allTextContents();
    expect(history.map((h) => h.replace(/\s+/g, ' '))).toEqual([
      expect.stringContaining('Publiée'),
      expect.stringContaining('Prise en instruction'),
      expect.stringContaining('Soumise par le bailleur'),
    ]);
    expect(await page.locator('body').textContent()).toContain(frDate(inDays(40)));

    // the landlord's page shows the agreement with one unit published, three still to publish
    await page.getByRole('link', { name: 'Habitat Villeurbannais' }).click();
    await page.waitForURL(`${server.url}/admin/bailleurs/${landlordId}`);
    const agreement = page.getByTestId('agreements').locator('tbody tr').first();
    expect((await agreement.textContent())?.replace(/\s+/g, ' ')).toContain(String(new Date().getUTCFullYear()));
    expect(await agreement.locator('td[data-gap]').getAttribute('data-gap')).toBe('3');
    await page.close();

    const api = await request(p.app)
      .get(`/api/v1/offers/${offerId}`)
      .set(bearer((await p.signIn('applicant')).token));
    expect(api.body).toMatchObject({ status: 'published', closingDate: inDays(40), openForCandidacies: true });
  });

  it('an agent sends an offer back with a message, and adds an agreement; pages fit a phone screen', async () => {
    const landlordUser = await p.signIn('landlord_user', { orgId: landlordId });
    const created = await request(p.app)
      .post('/api/v1/offers')
      .set(bearer(landlordUser.token))
      .send({
        addressLine: '9 rue Francis de Pressensé',
        postalCode: '69100',
        communeCode: '69266',
        typology: 3,
        mainRooms: 3,
        surface: 64,
        floor: 0,
        elevator: false,
        accessible: true,
        energyClass: 'B',
        rent: 610,
        charges: 95,
        financing: 'PLAI',
        availableFrom: inDays(60),
        closingDate: inDays(25),
      });
    await request(p.app).post(`/api/v1/offers/${created.body.id}/submit`).set(bearer(landlordUser.token)).expect(200);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`${server.url}/admin/offres/${created.body.id}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByLabel('Message au bailleur').fill('Merci de joindre le diagnostic de performance énergétique.');
    await page.getByRole('button', { name: 'Renvoyer au bailleur' }).click();
    await page.waitForURL(/\?ok=sent_back$/);
    expect(await page.getByTestId('offer-status').getAttribute('data-status')).toBe('draft');
    expect(await page.locator('body').textContent()).toContain('Merci de joindre le diagnostic');

    await page.goto(`${server.url}/admin/bailleurs/${landlordId}`);
    await page.getByLabel('Département').fill('13');
    await page.getByLabel('Logements dus à ALS').fill('2');
    await page.getByRole('button', { name: 'Enregistrer la convention' }).click();
    await page.waitForURL(/\?ok=agreement$/);
    expect(await page.getByTestId('agreements').locator('tbody tr').count()).toBe(2);
    const overflowLandlord = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflowLandlord).toBeLessThanOrEqual(0);
    await context.close();
  });
});
