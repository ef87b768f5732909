import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { COMPANY_SPACE } from '../../src/modules/company-space/index';
import { browserAvailability, launchBrowser, seriousAccessibilityViolations } from '../support/browser';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { deployedCompany } from '../support/scenario';
import { serve } from '../support/test-server';

const { available } = browserAvailability();

describe.runIf(available)('the company portal on a phone (real browser)', () => {
  let p: TestPlatform;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let context: BrowserContext;
  let managerEmail: string;

  beforeAll(async () => {
    p = await createTestPlatform();
    const agent = await p.signIn('agent');
    const company = await deployedCompany(p, agent.token, { quotas: { A: 3, B: 2, C: 1 } });
    managerEmail = `rh-${company.siret.slice(0, 9)}@example.fr`;
    await p.container.get(COMPANY_SPACE.Service).recordValidationRequest({
      demandId: randomUUID(),
      employerSiret: company.siret,
      applicantFirstName: 'Amina',
      applicantLastName: 'Diallo',
      applicantAccountId: randomUUID(),
      requestedAt: new Date(),
    });
    server = await serve(p.app);
    browser = await launchBrowser();
    // bypassCSP: axe-core is injected as a script, which the portal's Content-Security-Policy refuses
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    await p?.close();
  });

  /** No serious or critical axe-core violation, and no horizontal scrolling at 390 px. */
  async function checkPage(page: Page, what: string) {
    expect(await seriousAccessibilityViolations(page), what).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, what).toBeLessThanOrEqual(0);
  }

  it('a manager signs in, validates an employee’s demand and grants a tranche; the quota left decreases', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/entreprise`);
    await page.waitForURL(`${server.url}/entreprise/connexion`);
    await checkPage(page, 'sign-in');
    await page.getByLabel('Adresse e-mail').fill(managerEmail);
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${server.url}/entreprise`);
    await checkPage(page, 'home');
    await expect(page.getByTestId('quota-left-A').textContent()).resolves.toBe('3');
    await expect(page.getByTestId('pending-count').textContent()).resolves.toBe('1');

    await page.getByRole('link', { name: 'Demandes à valider' }).first().click();
    await page.waitForURL(`${server.url}/entreprise/demandes`);
    await checkPage(page, 'requests');
    await page.getByRole('button', { name: 'Valider l’emploi d’Amina Diallo' }).click();
    await page.waitForURL(/\/entreprise\/demandes\?ok=validated$/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('Emploi du salarié validé');
    await expect(page.locator('main').textContent()).resolves.toContain('Aucune demande à traiter');

    await page.getByRole('link', { name: 'Salariés validés' }).click();
    await page.waitForURL(`${server.url}/entreprise/salaries`);
    await checkPage(page, 'employees');
    await page.getByRole('link', { name: 'Amina Diallo' }).click();
    await checkPage(page, 'employee');
    await expect(page.getByTestId('quota-left-A').textContent()).resolves.toBe('3');
    // the reason is required: the error shows next to the field, the choice is kept
    await page.getByLabel(/^Tranche A/).check();
    await page.getByRole('button', { name: 'Accorder la tranche' }).click();
    await expect(page.locator('#reason-error').textContent()).resolves.toContain('Le motif est obligatoire');
    expect(await page.getByLabel(/^Tranche A/).isChecked()).toBe(true);
    await checkPage(page, 'employee with an error');
    await page.getByLabel('Motif de l’attribution').fill('Mobilité professionnelle');
    await page.getByRole('button', { name: 'Accorder la tranche' }).click();
    await page.waitForURL(/ok=granted$/);
    await expect(page.getByTestId('quota-left-A').textContent()).resolves.toBe('2');
    await expect(page.locator('main').textContent()).resolves.toContain('Tranche A (');

    await page.getByRole('navigation', { name: "Fil d'Ariane" }).getByRole('link', { name: 'Salariés validés' }).click();
    await expect(page.getByTestId('tranches').textContent()).resolves.toBe('A');
    await expect(page.getByTestId('quota-left-A').textContent()).resolves.toBe('2');
    await page.close();
  });

  it('the policy editor, the candidacies and the public pages are accessible on a phone', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/entreprise/politique`);
    await checkPage(page, 'policy');
    await page.getByLabel('Situations de la tranche B').fill('Rapprochement domicile-travail');
    await page.getByRole('button', { name: 'Enregistrer la politique' }).click();
    await page.waitForURL(/ok=policy$/);
    expect(await page.getByLabel('Situations de la tranche B').inputValue()).toBe('Rapprochement domicile-travail');
    await page.goto(`${server.url}/entreprise/candidatures`);
    await checkPage(page, 'candidacies');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(`${server.url}/entreprise/connexion`);

    await page.goto(`${server.url}/entreprise/demande-espace`);
    await checkPage(page, 'space request');
    await page.getByLabel('Raison sociale').fill('Menuiserie Vidal');
    await page.getByLabel('SIRET de l’établissement').fill('123');
    await page.getByLabel('Nom du contact').fill('Jean Vidal');
    await page.getByLabel('Adresse e-mail du contact').fill('jean@vidal.example');
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await expect(page.locator('#siret-error').textContent()).resolves.toContain('SIRET invalide');
    expect(await page.getByLabel('Raison sociale').inputValue()).toBe('Menuiserie Vidal');
    await checkPage(page, 'space request with errors');

    await page.goto(`${server.url}/entreprise/invitation?token=${'a'.repeat(43)}`);
    await checkPage(page, 'invitation');
    await page.close();
  });
});
