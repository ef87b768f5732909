import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { sql } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedDemo } from '../../src/bootstrap/seed-demo';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { serve } from '../support/test-server';
import { browserAvailability, launchBrowser, seriousAccessibilityViolations, signInToAdmin } from '../support/browser';

/**
 * The back office (issue 18, items 1 and 3), on the demo data, at desktop width and at 390 pixels:
 * an agent finds a person by name (typed without accents, in capitals) or e-mail, then reads the
 * audit trail of what concerns them — in French, Paris time with its zone, details as lines, no
 * network address for an agent — and exports it as CSV; an agent who forgot the password sets a
 * new one through a one-time link to /admin (item 9). Every page is axe-core clean.
 */

const DEMO_PASSWORD = 'demo-password-2026';
// the committed docs/screenshots/admin-audit.png is refreshed with SCREENSHOT_DIR=docs/screenshots
const SCREENSHOTS = path.resolve(process.env.SCREENSHOT_DIR ?? 'tests/.tmp');
const { available } = browserAvailability();

const rows = <T>(result: unknown): T[] => (result as { rows?: T[] }).rows ?? (result as T[]);

describe.runIf(available)('find a person, read the audit trail, forgot password (issue 18 items 1, 3, 9)', () => {
  let p: TestPlatform;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let emma: { id: string; lastName: string; firstName: string; email: string };
  let aminaId: string;

  beforeAll(async () => {
    p = await createTestPlatform({ env: { STATS_CACHE_SECONDS: '0' } });
    await seedDemo(p.container, DEMO_PASSWORD, pino({ level: 'silent' }));
    emma = rows<{ id: string; lastName: string; firstName: string; email: string }>(
      await p.db.database.db.execute(sql`
      select d.id, d.data->'applicant'->>'lastName' as "lastName", d.data->'applicant'->>'firstName' as "firstName", coalesce(d.data->'applicant'->>'email', a.email) as email
        from demand.demands d join identity.accounts a on a.id = d.owner_account_id where a.email = 'demandeur5@alin.demo'`),
    )[0]!;
    // Amina's demand carries her e-mail (demandeur@alin.demo)
    aminaId = rows<{ id: string }>(await p.db.database.db.execute(sql`select id from demand.demands where data->'applicant'->>'email' = 'demandeur@alin.demo'`))[0]!.id;
    server = await serve(p.app);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await p?.close();
  });

  // bypassCSP: the platform's Content-Security-Policy would refuse the injected axe-core script
  const desktop = () => browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const phone = () => browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
  const agentIn = async (context: BrowserContext): Promise<Page> => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signInToAdmin(page, server.url, 'agent@alin.demo', DEMO_PASSWORD);
    return page;
  };
  const axeClean = async (page: Page, what: string) => expect(await seriousAccessibilityViolations(page), what).toEqual([]);
  const withoutAccents = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

  it('finds a person by name without accents, in capitals, and by e-mail, on desktop and at 390 px', async () => {
    for (const make of [desktop, phone]) {
      const context = await make();
      const page = await agentIn(context);
      await page.goto(`${server.url}/admin/demandes`);
      await page.getByLabel('Rechercher une personne').fill(withoutAccents(`${emma.firstName} ${emma.lastName.slice(0, 3)}`).toUpperCase());
      await page.getByRole('button', { name: 'Filtrer' }).click();
      await page.waitForURL(/q=/);
      const links = page.locator('tbody a[href^="/admin/demandes/"]');
      expect(await links.count()).toBe(1);
      expect(await links.first().getAttribute('href')).toBe(`/admin/demandes/${emma.id}`);
      await axeClean(page, 'search results');
      await page.getByLabel('Rechercher une personne').fill('Demandeur@Alin');
      await page.getByRole('button', { name: 'Filtrer' }).click();
      await page.waitForURL(/q=Demandeur%40Alin/);
      expect(await page.locator('tbody a[href^="/admin/demandes/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([`/admin/demandes/${aminaId}`]);
      // one character is not a search: said next to the field
      await page.getByLabel('Rechercher une personne').fill('e');
      await page.getByRole('button', { name: 'Filtrer' }).click();
      await page.waitForURL(/q=e&/);
      expect(await page.locator('#q-error').textContent()).toBe('Saisissez au moins 2 caractères.');
      expect(await page.getByLabel('Rechercher une personne').getAttribute('aria-describedby')).toContain('q-error');
      await axeClean(page, 'search too short');
      await context.close();
    }
  });

  it('reads the audit trail of a person in French, Paris time, details as lines, and exports it', async () => {
    const context = await desktop();
    const page = await agentIn(context);
    // opening the file is audited
    await page.goto(`${server.url}/admin/demandes/${emma.id}`);
    await page.getByRole('link', { name: 'Journal d’audit' }).click();
    await page.waitForURL(`${server.url}/admin/audit`);
    await axeClean(page, 'audit trail');
    await page.getByLabel('Personne (nom ou courriel)').fill(withoutAccents(`${emma.firstName} ${emma.lastName}`));
    await page.getByLabel('Action', { exact: true }).selectOption('demand.read');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL(/personne=/);
    const row = page.locator('tbody tr[data-action="demand.read"]').first();
    const cells = await row.locator('td').allTextContents();
    expect(cells[0]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2} UTC\+[12]$/);
    expect(cells[1]).toContain('Antoine Agent');
    expect(cells[1]).toContain('collaborateur');
    expect(cells[2]).toBe('Dossier de demande consulté');
    expect(cells[3]).toContain('Demande');
    expect(cells[3]).toContain(emma.id);
    expect(cells).toHaveLength(5); // no network address for an agent
    expect(await page.locator('tbody').textContent()).not.toContain('{"');
    await axeClean(page, 'audit trail searched');
    mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, 'admin-audit.png');
    await page.screenshot({ path: file, fullPage: false });
    expect(statSync(file).size).toBeGreaterThan(10_000);

    // the export: the same entries, French headers, semicolons, a BOM
    const href = await page.getByRole('link', { name: 'Exporter ces entrées en CSV' }).getAttribute('href');
    const csv = await page.request.get(`${server.url}${href}`);
    expect(csv.status()).toBe(200);
    const body = await csv.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]!.startsWith('Date et heure (Paris);Qui;Rôle;')).toBe(true);
    expect(lines[1]).toContain(';Dossier de demande consulté;demand.read;Demande;');
    await context.close();
  });

  it('an agent who forgot the password gets a one-time link to /admin and sets a new one (desktop and 390 px)', async () => {
    for (const make of [desktop, phone]) {
      const agent = await p.signIn('agent');
      const context = await make();
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      await page.goto(`${server.url}/admin/login`);
      await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
      await page.waitForURL(`${server.url}/admin/mot-de-passe-oublie`);
      await axeClean(page, 'forgot password');
      await page.getByLabel('Adresse e-mail').fill(agent.email);
      await page.getByRole('button', { name: 'Recevoir un lien' }).click();
      await page.waitForURL(/envoye=1/);
      expect(await page.getByRole('status').textContent()).toContain('Vérifiez votre boîte mail');
      const link = rows<{ link: string }>(
        await p.db.database.db.execute(
          sql`select payload->>'link' as link from identity.outbox where to_email = ${agent.email} and kind = 'identity.password_reset' order by id desc limit 1`,
        ),
      )[0]!.link;
      expect(new URL(link).pathname).toBe('/admin/mot-de-passe');
      await page.goto(`${server.url}${new URL(link).pathname}${new URL(link).search}`);
      await axeClean(page, 'new password');
      await page.getByLabel('Nouveau mot de passe').fill('un-nouveau-mot-de-passe-solide');
      await page.getByLabel('Confirmation du mot de passe').fill('un-nouveau-mot-de-passe-solide');
      await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
      await page.getByRole('heading', { name: 'Mot de passe changé' }).waitFor();
      await axeClean(page, 'password changed');
      await page.getByRole('link', { name: 'Se connecter' }).click();
      await signInToAdmin(page, server.url, agent.email, 'un-nouveau-mot-de-passe-solide');
      expect(page.url()).toBe(`${server.url}/admin`);
      // the company portal's page is the same, in its layout
      await page.goto(`${server.url}/entreprise/connexion`);
      await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
      await page.waitForURL(`${server.url}/entreprise/mot-de-passe-oublie`);
      await axeClean(page, 'company forgot password');
      await context.close();
    }
  });

  it('at 390 px: the audit trail is usable and axe-core clean', async () => {
    const context = await phone();
    const page = await agentIn(context);
    await page.goto(`${server.url}/admin/audit?objet=demand`);
    expect(await page.getByLabel('Personne (nom ou courriel)').isVisible()).toBe(true);
    expect(await page.locator('tbody tr[data-action]').count()).toBeGreaterThan(0);
    await axeClean(page, 'audit trail at 390 px');
    await context.close();
  });
});
