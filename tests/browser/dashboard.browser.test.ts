import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { addDays, toIsoDate } from '../../src/shared/dates';
import { browserAvailability, launchBrowser, seriousAccessibilityViolations, signInToAdmin } from '../support/browser';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { serve } from '../support/test-server';
import { applicantWithActiveDemand, bearer, createLandlord, deployedCompany, publishedOffer, validateEmployee, villeurbanneT2 } from '../support/candidacy-fixtures';

/**
 * The dashboard on demo-like data built through the API: a landlord with offers in several states,
 * applicants with active demands and candidacies, and two leases (one for an employee of a
 * validated company, one without a referenced employer). The API stamps everything "now"; the
 * charts look back 90 days and 12 months, so the test then moves some dates back (candidacies
 * submitted on earlier days, the leases and their offers' publication in earlier months).
 * Admin session cookies expire by the browser's real time: this test runs on the system clock.
 */

const today = toIsoDate(new Date());
// the committed docs/screenshots/dashboard-390.png is refreshed with SCREENSHOT_DIR=docs/screenshots
const SCREENSHOT = path.resolve(process.env.SCREENSHOT_DIR ?? 'tests/.tmp', 'dashboard-390.png');
const { available } = browserAvailability();

describe.runIf(available)('the back-office dashboard', () => {
  let p: TestPlatform;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let agentEmail: string;
  const candidacyIds: string[] = [];

  beforeAll(async () => {
    p = await createTestPlatform({ env: { STATS_CACHE_SECONDS: '0' } });
    const a = await p.signIn('agent', { email: 'agent.tableau@test.alin' });
    agentEmail = a.email;
    const agent = a.token;
    const landlord = await createLandlord(p, agent);
    const company = await deployedCompany(p, agent, { headcount: 120, contribution: 'contributing' });
    const offer = () => publishedOffer(p, agent, landlord.landlordToken, { closingDate: addDays(today, 20), availableFrom: addDays(today, 60) });
    const [leased1, leased2, open1, open2] = [await offer(), await offer(), await offer(), await offer()];
    const inInstruction = await request(p.app)
      .post('/api/v1/offers')
      .set(bearer(landlord.landlordToken))
      .send(villeurbanneT2({ closingDate: addDays(today, 20) }));
    expect((await request(p.app).post(`/api/v1/offers/${inInstruction.body.id}/submit`).set(bearer(landlord.landlordToken))).status).toBe(200);

    const people: Awaited<ReturnType<typeof applicantWithActiveDemand>>[] = [];
    for (const [i, birthDate] of ['1980-03-03', '1985-06-06', '1990-09-09', '1975-01-01'].entries()) {
      people.push(
        await applicantWithActiveDemand(p, agent, { birthDate, monthlyResources: 2300, registrationDate: `201${i}-04-01`, ...(i === 0 ? { employerSiret: company.siret } : {}) }),
      );
    }
    await validateEmployee(p, company, people[0]!.demandId);
    const apply = async (who: (typeof people)[number], offerId: string) => {
      const res = await request(p.app).post('/api/v1/candidacies').set(bearer(who.token)).send({ demandId: who.demandId, offerId });
      expect(res.status, res.text).toBe(201);
      candidacyIds.push(res.body.id);
      return res.body.id as string;
    };
    const lease1 = await apply(people[0]!, leased1);
    await apply(people[1]!, leased1);
    const lease2 = await apply(people[2]!, leased2);
    for (const who of people.slice(1)) await apply(who, open1);
    await apply(people[3]!, open2);

    // two leases, through designation, transmission, the CAL and the proposal
    for (const [offerId, candidacyId, who] of [
      [leased1, lease1, people[0]!],
      [leased2, lease2, people[2]!],
    ] as const) {
      expect((await request(p.app).post(`/api/v1/offers/${offerId}/close`).set(bearer(agent))).status).toBe(200);
      expect(
        (
          await request(p.app)
            .post(`/api/v1/offers/${offerId}/designation`)
            .set(bearer(agent))
            .send({ candidacyIds: [candidacyId] })
        ).status,
      ).toBe(200);
      expect((await request(p.app).post(`/api/v1/offers/${offerId}/transmission`).set(bearer(agent))).status).toBe(200);
      expect(
        (await request(p.app).post(`/api/v1/candidacies/${candidacyId}/cal-decision`).set(bearer(landlord.landlordToken)).send({ decision: 'accepted', calRank: 1 })).status,
      ).toBe(200);
      expect((await request(p.app).post(`/api/v1/candidacies/${candidacyId}/accept-proposal`).set(bearer(who.token))).status).toBe(200);
      const lease = await request(p.app).post(`/api/v1/candidacies/${candidacyId}/lease`).set(bearer(landlord.landlordToken));
      expect(lease.status, lease.text).toBe(200);
    }

    // back in time: candidacies spread over the last 80 days, the leases 1 and 3 months ago, published 30 and 45 days before
    const db = p.db.database.db;
    for (const [i, id] of candidacyIds.entries()) {
      await db.execute(sql`update candidacy.candidacies set submitted_at = now() - make_interval(days => ${i * 10}) where id = ${id}`);
    }
    for (const [offerId, monthsAgo, days] of [
      [leased1, 1, 30],
      [leased2, 3, 45],
    ] as const) {
      await db.execute(sql`update scoring.allocations set at = now() - make_interval(months => ${monthsAgo}) where offer_id = ${offerId}`);
      await db.execute(
        sql`update offer.offer_history set at = now() - make_interval(months => ${monthsAgo}, days => ${days}) where offer_id = ${offerId} and to_status = 'published'`,
      );
    }
    server = await serve(p.app);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await p?.close();
  });

  async function open(page: Page) {
    await signInToAdmin(page, server.url, agentEmail, TEST_PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/admin');
  }

  it('shows the figures with their definitions and the four charts, with their tables', async () => {
    const page = await browser.newPage();
    await open(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tableau de bord');
    const figure = (key: string) => page.getByTestId(`figure-${key}`);
    expect(await figure('candidacies').textContent()).toBe('7');
    expect(await figure('offersOnline').textContent()).toBe('2');
    expect(await figure('offersInInstruction').textContent()).toBe('1');
    expect(await figure('offersTransmitted').textContent()).toBe('2'); // the two allocated ones
    expect(await figure('demands').textContent()).toBe('4');
    expect(await figure('spacesDeployed').textContent()).toBe('1');
    expect(await figure('landlords').textContent()).toBe('1');
    // each figure's definition is on the page, under it
    const definition = page.locator('[data-figure="candidaciesPositioned"] .figure-def');
    expect(await definition.isVisible()).toBe(true);
    expect(await definition.textContent()).toContain('offre actuellement en ligne');

    // four SVG charts, each an image with its title
    const charts = page.locator('svg[role="img"]');
    expect(await charts.count()).toBe(4);
    const titles = await page.locator('svg[role="img"] > title').allTextContents();
    expect(titles).toEqual([
      'Candidatures par jour, 90 derniers jours',
      'Offres par état',
      'Délai médian de la publication à l’attribution, par mois (jours)',
      'Attributions par taille d’entreprise, 12 derniers mois',
    ]);
    // one column per day with candidacies (seven distinct days)
    expect(await page.locator('svg[data-chart="candidatures-par-jour"] rect').count()).toBe(7);
    expect(await page.locator('svg[data-chart="offres-par-etat"] g.bar[data-label="Attribuée"]').getAttribute('data-value')).toBe('2');
    expect(await page.locator('svg[data-chart="delai-publication-attribution"] rect').count()).toBe(2);
    expect(await page.locator('svg[data-chart="attributions-par-taille"] g.bar[data-label="PME"]').getAttribute('data-value')).toBe('1');
    expect(await page.locator('svg[data-chart="attributions-par-taille"] g.bar[data-label^="Sans classe"]').getAttribute('data-value')).toBe('1');

    // the numbers as a table, behind "Voir les données en tableau"
    const section = page.locator('[data-chart-section="delai-publication-attribution"]');
    await section.getByText('Voir les données en tableau').click();
    const table = section.getByRole('table');
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr').count()).toBe(12);
    expect(await table.locator('tbody tr td', { hasText: /^(30|45)$/ }).count()).toBe(2);
    await page.close();
  });

  it('downloads each chart as CSV', async () => {
    const page = await browser.newPage();
    await open(page);
    const section = page.locator('[data-chart-section="candidatures-par-jour"]');
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: 'Télécharger les données (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^candidatures-par-jour-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('jour;candidatures');
    expect(lines).toHaveLength(91);
    expect(lines.at(-1)).toMatch(new RegExp(`^${today};\\d+$`));
    expect(lines.slice(1).reduce((s, l) => s + Number(l.split(';')[1]), 0)).toBe(7);

    for (const [chart, header] of [
      ['offres-par-etat', 'etat;libelle;offres'],
      ['delai-publication-attribution', 'mois;attributions;delai_median_jours'],
      ['attributions-par-taille', 'taille;libelle;attributions;part_pourcent'],
    ]) {
      const res = await page.request.get(`${server.url}/admin/dashboard/${chart}.csv`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toMatch(/^text\/csv/);
      expect((await res.text()).replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(header);
    }
    expect((await page.request.get(`${server.url}/admin/dashboard/inconnu.csv`)).status()).toBe(404);
    await page.close();
  });

  it('has no serious or critical accessibility violation, and fits a 390-pixel-wide phone', async () => {
    // bypassCSP: axe-core is injected as a script, which the back office's Content-Security-Policy refuses
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, bypassCSP: true });
    const page = await context.newPage();
    await open(page);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // nothing wider than the screen: no horizontal scrolling of the page
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const svgWidth = await page.locator('svg[data-chart="candidatures-par-jour"]').evaluate((el) => el.getBoundingClientRect().width);
    expect(svgWidth).toBeGreaterThan(300);
    expect(svgWidth).toBeLessThanOrEqual(390);
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    await context.close();
  });
});
