import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { addDays, toIsoDate } from '../../src/shared/dates';
import { browserAvailability, launchBrowser, seriousAccessibilityViolations } from '../support/browser';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { serve } from '../support/test-server';
import { bearer } from '../support/candidacy-fixtures';

/**
 * The demand form's fields beyond the applicant's own (issue 16, journey step 2), in Chromium on a
 * 390-pixel phone against the real API: a household of three (a co-applicant, a child) fills the
 * expected birth (household step), the co-applicant's and the child's monthly resources and the
 * expected housing benefit (resources step), the DALO recognition (current home step) and a
 * professional mobility (employer step); the form's errors are said next to their field; the API
 * then holds each of them. axe-core finds no serious or critical violation; nothing is wider than
 * the phone.
 */

const today = toIsoDate(new Date());
const SCREENSHOTS = path.resolve(process.env.SCREENSHOT_DIR ?? 'tests/.tmp');
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'fr-FR' };
const { available } = browserAvailability();

/** A draft demand of three people in Lyon: Claire, Paul (co-applicant, her husband), Léa (their daughter). */
const household = {
  applicant: {
    civility: '2',
    lastName: 'Martin',
    firstName: 'Claire',
    birthDate: '1988-02-14',
    nationality: '1',
    familySituation: 'M',
    resources: [{ code: 'SAL', monthlyAmount: 2000 }],
    taxIncome: { yearMinus1: 2025, amountMinus1: 24000, yearMinus2: 2024, amountMinus2: 23000 },
    address: { line: '1 rue de la République', postalCode: '69001', communeCode: '69381' },
  },
  coApplicant: { civility: '1', lastName: 'Martin', firstName: 'Paul', birthDate: '1987-05-01', link: 'M', resources: [{ code: 'SAL', monthlyAmount: 1900 }] },
  otherOccupants: [{ firstName: 'Léa', birthDate: '2018-09-01', kinship: 'E', dependant: true }],
  reasons: ['work_closer'],
  wishes: { communeCodes: ['69386'], typologies: [3] },
  currentHousing: { kind: 'LP', monthlyRent: 650 },
};

describe.runIf(available)('the demand form: co-applicant’s and occupants’ resources, expected birth, housing benefit, DALO, mobility', () => {
  let p: TestPlatform;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let applicant: { token: string; email: string };
  let demandId: string;

  beforeAll(async () => {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/portals-build.ts'], { stdio: 'inherit' });
    p = await createTestPlatform();
    applicant = await p.signIn('applicant');
    const created = await request(p.app).post('/api/v1/demands').set(bearer(applicant.token)).send(household);
    expect(created.status, created.text).toBe(201);
    demandId = created.body.id as string;
    server = await serve(p.app);
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await p?.close();
  });

  async function checkPage(page: Page, name: string): Promise<void> {
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, `${name}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} fits 390 px`).toBeLessThanOrEqual(390);
    const file = path.join(SCREENSHOTS, `portal-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(5_000);
  }

  it('fills them step by step; the API holds each', async () => {
    // bypassCSP: axe-core is injected as a script, which the platform's Content-Security-Policy refuses
    const context = await browser.newContext({ ...PHONE, bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const save = () => page.getByRole('button', { name: 'Enregistrer et continuer' }).click();

    await page.goto(`${server.url}/connexion`);
    await page.getByLabel('Adresse e-mail').fill(applicant.email);
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${server.url}/demande`);
    await page.getByRole('link', { name: 'Compléter ma demande, étape par étape' }).click();
    await page.waitForURL(`${server.url}/demande/etapes/menage`);

    // 1. household: an expected birth (a count that is not one is said next to its field)
    const birthDate = addDays(today, 90);
    await page.getByLabel('Une naissance est attendue dans mon ménage').check();
    await page.getByLabel('Nombre d’enfants attendus').fill('0');
    await save();
    expect(await page.locator('#field-expectedBirths-count-error').textContent()).toContain('de 1 à 9');
    expect(await page.locator('#field-expectedBirths-expectedDate-error').textContent()).toContain('date prévue');
    await page.getByLabel('Nombre d’enfants attendus').fill('1');
    await page.getByLabel('Date prévue de la naissance').fill(birthDate);
    await checkPage(page, 'etape-menage-naissance');
    await save();
    await page.waitForURL(`${server.url}/demande/etapes/ressources?enregistre=1`);

    // 2. resources: Paul's (as saved), Léa's (a new one), the expected housing benefit
    await page.getByRole('heading', { level: 2, name: 'Les ressources mensuelles de Paul (co-demandeur)' }).waitFor();
    expect(await page.getByLabel('Montant par mois en euros (ressource 1 de Paul)').inputValue()).toBe('1900');
    await page.getByLabel('Montant par mois en euros (ressource 1 de Paul)').fill('1 850,50');
    await page.getByRole('button', { name: 'Ajouter une ressource de Léa' }).click();
    await page.getByLabel('Nature (ressource 1 de Léa)').selectOption('PAR');
    await page.getByLabel('Montant par mois en euros (ressource 1 de Léa)').fill('cent');
    await page.getByLabel('Aide au logement attendue (€ par mois)').fill('150');
    await save();
    expect(await page.locator('#field-otherOccupants-0-resources-0-monthlyAmount-error').textContent()).toContain('montant en euros');
    await page.getByLabel('Montant par mois en euros (ressource 1 de Léa)').fill('100');
    await checkPage(page, 'etape-ressources-menage');
    await save();
    await page.waitForURL(`${server.url}/demande/etapes/logement?enregistre=1`);

    // 3. current home: the DALO recognition
    await page.getByLabel('La commission de médiation DALO a reconnu ma demande prioritaire et urgente').check();
    await save();
    await page.waitForURL(`${server.url}/demande/etapes/souhaits?enregistre=1`);

    // 5. employer: a professional mobility (its kind from the API's coded list)
    await page.getByRole('navigation', { name: 'Étapes de la demande' }).getByRole('link', { name: 'Votre employeur' }).click();
    await page.waitForURL(`${server.url}/demande/etapes/employeur`);
    await page.getByLabel('Je change de lieu de travail (nouvel emploi ou mutation)').check();
    await save();
    expect(await page.locator('#field-mobility-kind-error').textContent()).toContain('nouvel emploi ou mutation');
    await page.getByLabel('Motif').selectOption('transfer');
    await page.getByLabel('Date de la prise de poste').fill(addDays(today, 30));
    await checkPage(page, 'etape-employeur-mobilite');
    await save();
    await page.waitForURL(`${server.url}/demande/etapes/depot?enregistre=1`);

    const saved = await request(p.app).get(`/api/v1/demands/${demandId}`).set(bearer(applicant.token));
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.data).toMatchObject({
      expectedBirths: { count: 1, expectedDate: birthDate },
      coApplicant: { firstName: 'Paul', resources: [{ code: 'SAL', monthlyAmount: 1850.5 }] },
      otherOccupants: [{ firstName: 'Léa', resources: [{ code: 'PAR', monthlyAmount: 100 }] }],
      expectedHousingBenefit: 150,
      dalo: true,
      mobility: { kind: 'transfer', date: addDays(today, 30) },
    });
    expect(saved.body.data.applicant.resources).toEqual([{ code: 'SAL', monthlyAmount: 2000 }]);
    await context.close();
  });
});
