import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { addDays, toIsoDate } from '../../src/shared/dates';
import { browserAvailability, launchBrowser, signInToAdmin } from '../support/browser';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { serve } from '../support/test-server';
import { applicantWithActiveDemand, bearer, createLandlord, publishedOffer } from '../support/candidacy-fixtures';

/** Admin session cookies expire by the browser's real time: this test runs on the system clock. */
const today = toIsoDate(new Date());

const { available } = browserAvailability();

describe.runIf(available)('an agent ranks, designates and transmits in the back office', () => {
  let p: TestPlatform;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let agentEmail: string;
  let agent: string;
  let offerId: string;
  const candidacies: string[] = [];

  beforeAll(async () => {
    p = await createTestPlatform();
    const a = await p.signIn('agent', { email: 'agent.classement@test.alin' });
    agentEmail = a.email;
    agent = a.token;
    const landlord = await createLandlord(p, agent);
    offerId = await publishedOffer(p, agent, landlord.landlordToken, { closingDate: addDays(today, 20), availableFrom: addDays(today, 60) });
    // three candidates whose only difference is seniority: ranked 2015, 2018, 2022
    for (const registrationDate of ['2018-04-01', '2015-04-01', '2022-04-01']) {
      const who = await applicantWithActiveDemand(p, agent, { birthDate: '1980-03-03', monthlyResources: 2300, registrationDate });
      const res = await request(p.app).post('/api/v1/candidacies').set(bearer(who.token)).send({ demandId: who.demandId, offerId });
      expect(res.status, res.text).toBe(201);
      candidacies.push(res.body.id);
    }
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/close`).set(bearer(agent))).status).toBe(200);
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

  const row = (page: Page, rank: number) => page.locator(`tr[data-rank="${rank}"]`);

  it('opens the ranking, designates out of order with a justification, and transmits', async () => {
    const page = await browser.newPage();
    await signIn(page);
    await page.getByRole('link', { name: 'Classements', exact: true }).click();
    await page.waitForURL(`${server.url}/admin/classements`);
    await page.getByRole('link', { name: 'Voir le classement' }).click();
    await page.waitForURL(`${server.url}/admin/offres/${offerId}/classement`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Classement — T2 Villeurbanne');
    expect(await page.getByTestId('candidacy-count').textContent()).toBe('3');
    // ranked by seniority: the 2015 demand first, then 2018, then 2022
    expect(await row(page, 1).getAttribute('data-candidacy')).toBe(candidacies[1]);
    expect(await row(page, 2).getAttribute('data-candidacy')).toBe(candidacies[0]);
    expect(await row(page, 3).getAttribute('data-candidacy')).toBe(candidacies[2]);
    const totals = await page.getByTestId('total').allTextContents();
    expect(totals.map(Number)).toEqual([...totals.map(Number)].sort((a, b) => b - a));
    expect(await row(page, 1).getByTestId('eligibility').textContent()).toContain('Éligible');
    await row(page, 1).getByText('Détail').click();
    expect(await row(page, 1).locator('li[data-criterion="als.seniority"]').textContent()).toContain('+20');

    // ranks 1 and 3 without a justification: refused, the error next to the field, the selection kept
    await page.getByLabel(/candidat classé 1$/).check();
    await page.getByLabel(/candidat classé 3$/).check();
    await page.getByRole('button', { name: /Désigner les candidats sélectionnés/ }).click();
    await page.waitForLoadState();
    const fieldError = page.locator('#justification-error');
    expect(await fieldError.textContent()).toContain('justification');
    expect(await page.getByLabel(/Justification/).getAttribute('aria-describedby')).toBe('justification-error');
    expect(await page.getByLabel(/candidat classé 3$/).isChecked()).toBe(true);
    expect(await page.getByLabel(/candidat classé 2$/).isChecked()).toBe(false);

    await page.getByLabel(/Justification/).fill('Le candidat classé 3 travaille à 300 m du logement');
    await page.getByRole('button', { name: /Désigner les candidats sélectionnés/ }).click();
    await page.waitForURL(/\?ok=designated$/);
    expect(await page.getByRole('status').textContent()).toContain('désignés');
    expect(await row(page, 1).getByTestId('status').textContent()).toBe('Désignée');
    expect(await row(page, 2).getByTestId('status').textContent()).toBe('Positionnée');
    expect(await row(page, 3).getByTestId('status').textContent()).toBe('Désignée');

    // transmitting is confirmed first, with what it does written out
    await page.getByRole('button', { name: 'Transmettre au bailleur…' }).click();
    await page.waitForURL(`${server.url}/admin/offres/${offerId}/classement/transmission`);
    expect(await page.getByTestId('confirmation').textContent()).toContain('pourra lire leurs pièces');
    await page.getByRole('button', { name: 'Oui, transmettre au bailleur' }).click();
    await page.waitForURL(/\?ok=transmitted$/);
    expect(await row(page, 1).getByTestId('status').textContent()).toBe('Transmise au bailleur');
    expect(await row(page, 3).getByTestId('status').textContent()).toBe('Transmise au bailleur');
    expect(await page.getByTestId('offer-status').textContent()).toMatch(/ransmise/);
    await page.close();

    const audit = (await p.db.database.db.execute(sql`select detail from platform.audit_entries where action = 'offer.designation' and object_id = ${offerId}`)) as unknown as {
      rows: { detail: Record<string, unknown> }[];
    };
    expect(audit.rows[0]?.detail).toMatchObject({ outOfOrder: true, ranks: [1, 3], justification: 'Le candidat classé 3 travaille à 300 m du logement' });
    const offer = await request(p.app).get(`/api/v1/offers/${offerId}`).set(bearer(agent));
    expect(offer.body.status).toBe('transmitted');
  });

  it('opens a balancing bonus and a territory grid from "Bonus et grilles", then ends the bonus', async () => {
    const page = await browser.newPage();
    await signIn(page);
    await page.getByRole('link', { name: 'Bonus et grilles' }).click();
    await page.waitForURL(`${server.url}/admin/equilibrage`);
    expect(await page.locator('tr[data-size-class="PME"]').textContent()).toContain('0');
    // an invalid bonus: the error is next to its field, the values kept
    await page.getByLabel('Taille d’entreprise').selectOption('ETI');
    await page.getByLabel('Points (0 à 240)').fill('120');
    await page.getByLabel('Début').fill(today);
    await page.getByLabel('Fin').fill(addDays(today, -1));
    await page.getByLabel('Motif public').fill('Les ETI sont en retard');
    await page.getByRole('button', { name: 'Ouvrir le bonus' }).click();
    await page.waitForLoadState();
    expect(await page.locator('#endDate-error').textContent()).toContain('fin');
    await page.getByLabel('Fin').fill(addDays(today, 90));
    await page.getByRole('button', { name: 'Ouvrir le bonus' }).click();
    await page.waitForURL(/\?ok=created$/);
    const bonusRow = page.locator('tr[data-bonus]');
    expect(await bonusRow.textContent()).toContain('Actif');
    const published = await request(p.app).get('/api/v1/scoring/balancing-bonuses');
    expect(published.body.items).toEqual([expect.objectContaining({ sizeClass: 'ETI', points: 120, reason: 'Les ETI sont en retard' })]);
    await bonusRow.getByRole('button', { name: 'Arrêter' }).click();
    await page.waitForURL(/\?ok=ended$/);
    expect(await page.locator('tr[data-bonus]').textContent()).toContain('Arrêté');
    expect((await request(p.app).get('/api/v1/scoring/balancing-bonuses')).body.items).toEqual([]);

    await page.getByRole('link', { name: 'Grilles de cotation intercommunales' }).click();
    await page.waitForURL(`${server.url}/admin/grilles`);
    await page.getByLabel('EPCI (SIREN)').fill('200046977');
    await page.getByLabel('Nom').fill('Grille Métropole de Lyon');
    await page.getByLabel('Libellé du critère 1').fill('Reconnu DALO');
    await page.getByLabel('Fait du critère 1').selectOption('dalo');
    await page.getByLabel('Condition du critère 1').selectOption('true');
    await page.getByLabel('Points du critère 1').fill('50');
    await page.getByRole('button', { name: 'Créer la grille' }).click();
    await page.waitForURL(/\?ok=grid$/);
    expect(await page.locator('tr[data-grid]').getAttribute('data-active')).toBe('true');
    await page.getByRole('button', { name: 'Désactiver' }).click();
    await page.waitForURL(/\?ok=toggled$/);
    expect(await page.locator('tr[data-grid]').getAttribute('data-active')).toBe('false');
    expect(await page.locator('tr[data-grid]').textContent()).toContain('inactive');
    await page.close();
  });

  it('every form carries a CSRF token: a post without it is refused', async () => {
    const page = await browser.newPage();
    await signIn(page);
    const status = await page.evaluate(async (url) => {
      const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'justification=x' });
      return res.status;
    }, `${server.url}/admin/offres/${offerId}/classement/designation`);
    expect(status).toBe(403);
    await page.close();
  });

  it('fits a phone screen without horizontal scrolling of the page', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`${server.url}/admin/offres/${offerId}/classement`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
