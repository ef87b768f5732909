import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { Browser } from 'playwright-core';
import { seedDemo } from '../../src/bootstrap/seed-demo';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { serve } from '../support/test-server';
import { browserAvailability, launchBrowser, seriousAccessibilityViolations, signInToAdmin } from '../support/browser';

/**
 * The dashboard on the demo data, as `npm ci && npm start` shows it: the demo agent signs in and
 * sees non-zero figures and the four charts, on a phone-wide screen too. (The figures' exact
 * values and the charts' contents are checked in dashboard.browser.test.ts on data built for it.)
 */

const DEMO_PASSWORD = 'demo-password-2026';
// the committed docs/screenshots/dashboard-demo-390.png is refreshed with SCREENSHOT_DIR=docs/screenshots
const SCREENSHOT = path.resolve(process.env.SCREENSHOT_DIR ?? 'tests/.tmp', 'dashboard-demo-390.png');
const { available } = browserAvailability();

describe.runIf(available)('the dashboard on the demo data', () => {
  let p: TestPlatform;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;

  beforeAll(async () => {
    p = await createTestPlatform({ env: { STATS_CACHE_SECONDS: '0' } });
    await seedDemo(p.container, DEMO_PASSWORD, pino({ level: 'silent' }));
    server = await serve(p.app);
    browser = await launchBrowser();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await p?.close();
  });

  it('shows the demo figures and four charts to the demo agent, readable at 390 pixels', async () => {
    // bypassCSP: the platform's Content-Security-Policy would refuse the injected axe-core script
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    const page = await context.newPage();
    await signInToAdmin(page, server.url, 'agent@alin.demo', DEMO_PASSWORD);
    const figure = async (key: string) => Number((await page.getByTestId(`figure-${key}`).textContent())?.replace(/\s/g, ''));
    for (const key of ['demands', 'candidacies', 'offersOnline', 'offersTransmitted', 'spacesDeployed', 'landlords', 'landlordsConnected', 'applicants']) {
      expect(await figure(key), key).toBeGreaterThan(0);
    }
    expect(await page.locator('svg[role="img"]').count()).toBe(4);
    // the demo's allocated offer shows in the offers-by-state chart and in the balancing view
    expect(Number(await page.locator('svg[data-chart="offres-par-etat"] g.bar[data-label="Attribuée"]').getAttribute('data-value'))).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    await context.close();
  });
});
