import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { addDays, toIsoDate } from '../../src/shared/dates';
import { systemClock } from '../../src/shared/clock';
import { aDemandData, anAdult } from '../../src/modules/demand/testing/test-builders';
import { browserAvailability, launchBrowser, seriousAccessibilityViolations } from '../support/browser';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { serve } from '../support/test-server';
import { startTestSne, type TestSne } from '../support/sne';
import { sentImportCode } from '../support/demand-import';
import { bearer } from '../support/candidacy-fixtures';

/**
 * The applicant portal's « J'ai déjà un numéro unique » (issue 16, journey step 3) in Chromium on a
 * 390-pixel phone, against the real API and the SNE simulator the API tests use: an applicant without
 * a demand opens the page from « Ma demande », types the département (the API names its registry),
 * the number (with spaces, in lower case) and the birth date; the SNE is down first (the page says the
 * registry does not answer, nothing is lost, and nothing is created), then back: the code goes to the
 * registry's contact address (read here from the platform's contact outbox), a wrong code is said next
 * to its field, the right one brings the demand to the account, shown on the demand page. axe-core
 * finds no serious or critical violation on any state of the page; nothing is wider than the phone.
 */

const today = toIsoDate(new Date());
const SCREENSHOTS = path.resolve(process.env.SCREENSHOT_DIR ?? 'tests/.tmp');
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'fr-FR' };
const BIRTH_DATE = '1988-02-14';
const CONTACT = 'claire.martin@example.org';
const { available } = browserAvailability();

describe.runIf(available)('bringing back a registry demand in the applicant portal', () => {
  let p: TestPlatform;
  let sne: TestSne;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let applicant: { token: string; email: string };
  let number: string;
  const registrationDate = addDays(today, -200);

  beforeAll(async () => {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/portals-build.ts'], { stdio: 'inherit' });
    sne = await startTestSne({ clock: systemClock, retries: 0, timeoutMs: 2000, seedFamily: false });
    p = await createTestPlatform({ env: sne.env });
    // a demand the SNE holds (Lyon, so département 69), with the contact address the code goes to
    const data = aDemandData({
      applicant: { ...anAdult({ birthDate: BIRTH_DATE, email: CONTACT }), address: { line: '1 rue de la République', postalCode: '69001', communeCode: '69381' } },
    });
    number = sne.sne.seed({ data, registrationDate }).number;
    applicant = await p.signIn('applicant');
    server = await serve(p.app);
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await p?.close();
    await sne?.sne.close();
  });

  async function checkPage(page: Page, name: string): Promise<void> {
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, `${name}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} fits 390 px`).toBeLessThanOrEqual(390);
    const file = path.join(SCREENSHOTS, `portal-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(5_000);
  }

  const plain = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ');

  it('imports the demand with its number, birth date and the code sent to the registry’s contact; says plainly when the registry is down', async () => {
    // bypassCSP: axe-core is injected as a script, which the platform's Content-Security-Policy refuses
    const context = await browser.newContext({ ...PHONE, bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);

    await page.goto(`${server.url}/connexion`);
    await page.getByLabel('Adresse e-mail').fill(applicant.email);
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${server.url}/demande`);
    await page.getByText('Vous n’avez pas encore de demande de logement social sur AL’in.').waitFor();
    await page.getByRole('link', { name: 'J’ai déjà un numéro unique' }).click();
    await page.waitForURL(`${server.url}/demande/numero-unique`);
    await page.getByRole('heading', { level: 1, name: 'Retrouver ma demande' }).waitFor();

    // the département: the API says which registry holds its demands, in French
    const said = await request(p.app).get('/api/v1/registry/for-departement/69');
    expect(said.status, said.text).toBe(200);
    await page.getByLabel('Département où la demande a été déposée').fill('69');
    await page.getByText(said.body.message as string).waitFor();

    // the form's own checks first, next to their fields
    await page.getByLabel('Numéro unique').fill('12345');
    await page.getByRole('button', { name: 'Recevoir le code' }).click();
    expect(await page.locator('#field-number-error').textContent()).toContain('18 chiffres ou lettres');
    expect(await page.locator('#field-birthDate-error').textContent()).toContain('date de naissance');
    await checkPage(page, 'numero-unique');

    // as typed on a phone: spaces, lower case
    await page.getByLabel('Numéro unique').fill(`${number.slice(0, 7)} ${number.slice(7).toLowerCase()}`);
    await page.getByLabel('Votre date de naissance').fill(BIRTH_DATE);

    // the registry down: a clear answer, nothing created
    sne.sne.setMode('failing');
    try {
      await page.getByRole('button', { name: 'Recevoir le code' }).click();
      await page.getByText('Le registre ne répond pas pour le moment : votre demande vous y attend, rien n’est perdu.').waitFor();
      expect(plain(await page.locator('.notice--warning').textContent())).toMatch(/réessayez/i);
      await checkPage(page, 'numero-unique-registre-indisponible');
      const none = await request(p.app).get('/api/v1/demands').set(bearer(applicant.token));
      expect(none.body.total).toBe(0);
    } finally {
      sne.sne.setMode('normal');
    }

    // back: a code to the registry's contact address, shown masked
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/demands/import') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Recevoir le code' }).click();
    const started = (await (await answered).json()) as { outcome: string; challengeId: string; sentTo: string };
    expect(started.outcome).toBe('code_sent');
    await page.getByRole('heading', { level: 2, name: 'Étape 2 sur 2 : le code reçu' }).waitFor();
    expect(await page.locator('main').textContent()).toContain(started.sentTo);
    expect(started.sentTo).not.toContain(CONTACT);
    const sent = await sentImportCode(p, started.challengeId);
    expect(sent?.toEmail).toBe(CONTACT);
    const code = sent!.code!;

    // a wrong code: said next to the field
    await page.getByLabel('Code reçu par e-mail').fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Valider le code' }).click();
    await page.locator('#field-code-error').waitFor();
    expect(await page.getByLabel('Code reçu par e-mail').getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'numero-unique-code');

    // the right code: the demand is on the account, shown on the demand page
    await page.getByLabel('Code reçu par e-mail').fill(code);
    await page.getByRole('button', { name: 'Valider le code' }).click();
    await page.waitForURL(`${server.url}/demande?importee=1`);
    await page.getByRole('heading', { level: 2, name: /^État : / }).waitFor();
    const text = plain(await page.locator('main').textContent());
    expect(text).toContain('Votre demande est retrouvée');
    expect(text).toContain('Votre demande est active');
    expect(text).toContain(number);
    await checkPage(page, 'demande-importee');

    const mine = await request(p.app).get('/api/v1/demands').set(bearer(applicant.token));
    expect(mine.body.total).toBe(1);
    const demand = await request(p.app)
      .get(`/api/v1/demands/${mine.body.items[0].id as string}`)
      .set(bearer(applicant.token));
    expect(demand.body).toMatchObject({ status: 'active', source: 'registry', registrationNumber: number, registrationDate });
    await context.close();
  });
});
