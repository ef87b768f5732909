import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailability, launchBrowser } from '../support/browser';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { serve } from '../support/test-server';

const { available } = browserAvailability();

describe.runIf(available)('back office in a real browser', () => {
  let p: TestPlatform;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let agentEmail: string;

  beforeAll(async () => {
    p = await createTestPlatform();
    agentEmail = (await p.signIn('agent', { email: 'agent.browser@test.alin' })).email;
    server = await serve(p.app);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await p?.close();
  });

  it('an agent signs in, sees the dashboard, and signs out', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/admin`);
    expect(page.url()).toMatch(/\/admin\/login$/);
    await page.getByLabel('Adresse e-mail').fill(agentEmail);
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${server.url}/admin`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Tableau de bord');
    expect(await page.locator('td[data-role="agent"]').textContent()).toBe('1');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(/\/admin\/login$/);
    await page.goto(`${server.url}/admin`);
    expect(page.url()).toMatch(/\/admin\/login$/);
    await page.close();
  });

  it('a wrong password shows an error next to the form and keeps the email', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/admin/login`);
    await page.getByLabel('Adresse e-mail').fill(agentEmail);
    await page.getByLabel('Mot de passe').fill('not-the-password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('incorrect');
    expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe(agentEmail);
    await page.close();
  });

  it('an applicant cannot sign in to the back office', async () => {
    const { email } = await p.signIn('applicant');
    const page = await browser.newPage();
    await page.goto(`${server.url}/admin/login`);
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('incorrect');
    await page.close();
  });

  it('renders on a phone-sized viewport without horizontal scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/admin/login`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
