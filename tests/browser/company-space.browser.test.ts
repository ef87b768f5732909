import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Browser, Page } from 'playwright-core';
import { sql } from 'drizzle-orm';
import { browserAvailability, launchBrowser, signInToAdmin } from '../support/browser';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { serve } from '../support/test-server';

const { available } = browserAvailability();

describe.runIf(available)('company spaces in the back office (real browser)', () => {
  let p: TestPlatform;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let agentEmail: string;

  beforeAll(async () => {
    p = await createTestPlatform();
    agentEmail = (await p.signIn('agent', { email: 'agent.entreprises@test.alin' })).email;
    // a company asks for a space through the public endpoint
    const asked = await request(p.app).post('/api/v1/companies/space-requests').send({
      companyName: 'Biscuiterie Nantaise',
      siret: '55210055400013',
      contactName: 'Lise Durand',
      contactEmail: 'lise.durand@biscuits.example',
    });
    expect(asked.status).toBe(201);
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

  it('an agent finds the request, configures the space (manager, quotas, policy) and deploys it', async () => {
    const page = await browser.newPage();
    await signIn(page);
    await page.getByRole('link', { name: 'Entreprises', exact: true }).click();
    await page.waitForURL(`${server.url}/admin/entreprises`);
    expect(await page.locator('td[data-space-status="requested"]').count()).toBe(1);
    await page.getByRole('link', { name: 'Demandes d’espace entreprise' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Demandes d’espace entreprise');
    await page.getByRole('link', { name: 'Biscuiterie Nantaise' }).click();
    await expect(page.getByTestId('space-status').textContent()).resolves.toBe('Demandé');

    // deploying before configuring is not offered; configuring without a manager is refused with a message
    expect(await page.getByRole('button', { name: 'Déployer l’espace' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Enregistrer la configuration' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Invitez au moins un gestionnaire');

    await page.getByLabel('Adresse e-mail du gestionnaire').fill('rh@biscuits.example');
    await page.getByLabel('Nom du gestionnaire').fill('Paul RH');
    await page.getByLabel('Quota tranche A').fill('3');
    await page.getByLabel('Quota tranche B').fill('2');
    await page.getByLabel('Quota tranche C').fill('1');
    await page.getByLabel('Situations de la tranche A').fill('Recrutement ou mobilité');
    await page.getByRole('button', { name: 'Enregistrer la configuration' }).click();
    await page.waitForURL(/ok=configured$/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('Espace configuré');
    await expect(page.getByTestId('space-status').textContent()).resolves.toBe('Configuré');
    await expect(page.getByTestId('managers').textContent()).resolves.toContain('rh@biscuits.example');
    expect(await page.getByLabel('Quota tranche A (0 utilisé)').inputValue()).toBe('3');

    await page.getByRole('button', { name: 'Déployer l’espace' }).click();
    await page.waitForURL(/ok=deployed$/);
    await expect(page.getByTestId('space-status').textContent()).resolves.toBe('Déployé');

    // the invitation is waiting in the outbox, and the request is handled
    const outbox = (await p.db.database.db.execute(sql`select to_email, kind from company_space.outbox`)) as unknown as { rows: { to_email: string }[] };
    expect(outbox.rows.map((r) => r.to_email)).toEqual(['rh@biscuits.example']);
    await page.goto(`${server.url}/admin/entreprises?statut=deployed`);
    expect(await page.locator('td[data-space-status="deployed"]').count()).toBe(1);
    await page.goto(`${server.url}/admin/entreprises/demandes`);
    await expect(page.locator('tbody').textContent()).resolves.toContain('Aucune demande');
    await page.close();
  });

  it('an agent suspends the space with a reason; the history keeps every step', async () => {
    const page = await browser.newPage();
    await signIn(page);
    await page.goto(`${server.url}/admin/entreprises?q=Biscuiterie`);
    await page.getByRole('link', { name: 'Biscuiterie Nantaise' }).click();
    await page.getByLabel('Motif de la suspension').fill('Fin de convention');
    await page.getByRole('button', { name: 'Suspendre l’espace' }).click();
    await page.waitForURL(/ok=suspended$/);
    await expect(page.getByTestId('space-status').textContent()).resolves.toBe('Suspendu');
    const history = await page.locator('table').first().textContent();
    expect(history).toContain('Fin de convention');
    expect(history).toContain('Déploiement');
    await page.close();
  });

  it('a form without its CSRF token is refused', async () => {
    const page = await browser.newPage();
    await signIn(page);
    const status = await page.evaluate(async () => {
      const res = await fetch('/admin/entreprises', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'name=X&sirets=55210055400013' });
      return res.status;
    });
    expect(status).toBe(403);
    await page.close();
  });

  it('the company pages work on a phone without horizontal scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page);
    for (const path of ['/admin/entreprises', '/admin/entreprises/demandes?etat=toutes', '/admin/entreprises/nouvelle']) {
      await page.goto(`${server.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.goto(`${server.url}/admin/entreprises?q=Biscuiterie`);
    await page.getByRole('link', { name: 'Biscuiterie Nantaise' }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
