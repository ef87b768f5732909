import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];

export const chromiumPath = (): string | undefined => CANDIDATES.find((p) => existsSync(p));

/**
 * Browser tests run on the system Chromium (never a downloaded browser). Without one they are
 * skipped with a visible message, unless REQUIRE_BROWSER=1, which makes them fail instead.
 */
export function browserAvailability(): { available: boolean; reason?: string } {
  const path = chromiumPath();
  if (path) return { available: true };
  const reason = `no Chromium found (looked at ${CANDIDATES.join(', ')}); install the Debian package "chromium"`;
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 but ${reason}`);
  console.warn(`[browser tests] SKIPPED: ${reason}`);
  return { available: false, reason };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath()!,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Signs in to the back office through its login form and waits for the dashboard. */
export async function signInToAdmin(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  page.setDefaultTimeout(8000);
  await page.goto(`${baseUrl}/admin/login`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(`${baseUrl}/admin`);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules) on the page as it is and returns the serious and
 * critical violations. axe-core is loaded from node_modules, never from the network.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  const { createRequire } = await import('node:module');
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
