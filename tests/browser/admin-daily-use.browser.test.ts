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
 * The back office and the company portal for daily use (issue 18, items 2, 4–8), on the demo data
 * as `npm start` shows it, at desktop width and at 390 pixels: who the agent designates (names,
 * links to the file and the pieces, facts waiting for a check, the form kept on an error), names
 * instead of ids, HTML error pages, a form sent after its session expired coming back after
 * sign-in, confirmations before irreversible actions, tables on a phone, the dashboard's charts
 * agreeing with their tables. Every page visited is axe-core clean.
 */

const DEMO_PASSWORD = 'demo-password-2026';
// the committed docs/screenshots/admin-*.png are refreshed with SCREENSHOT_DIR=docs/screenshots
const SCREENSHOTS = path.resolve(process.env.SCREENSHOT_DIR ?? 'tests/.tmp');
const { available } = browserAvailability();

const rows = <T>(result: unknown): T[] => (result as { rows?: T[] }).rows ?? (result as T[]);

describe.runIf(available)('the back office for daily use (issue 18)', () => {
  let p: TestPlatform;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let lyonOfferId: string;
  let emmaDemandId: string;

  beforeAll(async () => {
    p = await createTestPlatform({ env: { STATS_CACHE_SECONDS: '0' } });
    await seedDemo(p.container, DEMO_PASSWORD, pino({ level: 'silent' }));
    const db = p.db.database.db;
    // Bruno declares a new job (mobility): a fact that gives points only once an agent checks it
    await db.execute(sql`update demand.demands set data = data || '{"mobility":{"kind":"new_job","toCommuneCode":"69123"}}'::jsonb
      where owner_account_id = (select id from identity.accounts where email = 'demandeur2@alin.demo')`);
    lyonOfferId = rows<{ id: string }>(await db.execute(sql`select id from offer.offers where address_line = '25 rue Garibaldi, bât. B'`))[0]!.id;
    emmaDemandId = rows<{ id: string }>(
      await db.execute(sql`select d.id from demand.demands d join identity.accounts a on a.id = d.owner_account_id where a.email = 'demandeur5@alin.demo'`),
    )[0]!.id;
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
  const noPageOverflow = async (page: Page, what: string) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), what).toBeLessThanOrEqual(0);
  const shoot = async (page: Page, name: string, fullPage = false) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, name);
    await page.screenshot({ path: file, fullPage });
    expect(statSync(file).size).toBeGreaterThan(10_000);
  };

  it('closes an offer after a confirmation, names who acted, ranks with names, links and facts to check, keeps the form on an error, confirms the transmission', async () => {
    const context = await desktop();
    const page = await agentIn(context);

    // the offer: who acted, by name; the commune with its code
    await page.goto(`${server.url}/admin/offres/${lyonOfferId}`);
    const actors = (await page.getByTestId('history-actor').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(actors).toContain('Antoine Agent');
    expect(actors).toContain('le bailleur Demo Habitat');
    expect(actors.join(' ')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await page.locator('body').textContent()).toContain('Lyon (69123)');
    expect(await page.locator('body').textContent()).not.toContain('(s)');

    // closing now: a confirmation page says what will happen; nothing is closed before it is confirmed
    await page.getByRole('button', { name: 'Clôturer maintenant…' }).click();
    await page.waitForURL(`${server.url}/admin/offres/${lyonOfferId}/cloturer`);
    expect(await page.getByTestId('confirmation').textContent()).toContain('Les candidatures se ferment maintenant');
    await axeClean(page, 'close confirmation');
    expect(rows<{ status: string }>(await p.db.database.db.execute(sql`select status from offer.offers where id = ${lyonOfferId}`))[0]!.status).toBe('published');
    await page.getByRole('button', { name: 'Oui, clôturer maintenant' }).click();
    await page.waitForURL(/\?ok=closed$/);

    // the ranking: each candidate by name, with links to the file and the pieces, the facts waiting for a check flagged
    await page.goto(`${server.url}/admin/offres/${lyonOfferId}/classement`);
    const names = await page.getByTestId('candidate-name').allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) expect(name).toMatch(/^[A-ZÉ][a-zé]+ [A-Z][a-z]+$/);
    expect(names).toContain('Bruno Martin');
    const bruno = page.locator('tr', { has: page.getByTestId('candidate-name').filter({ hasText: 'Bruno Martin' }) });
    expect(await bruno.getByTestId('facts-to-check').textContent()).toContain('mobilité professionnelle');
    expect(await page.getByTestId('waiting-checks').textContent()).toContain('attendent une vérification');
    const fileHref = await bruno.getByTestId('candidate-name').getAttribute('href');
    expect(fileHref).toMatch(/^\/admin\/demandes\/[0-9a-f-]{36}$/);
    expect(await bruno.getByRole('link', { name: /Pièces/ }).getAttribute('href')).toBe(`${fileHref}#pieces`);
    await axeClean(page, 'ranking');
    await shoot(page, 'admin-ranking.png', true);

    // ranks 1 and 3 with a justification too short: refused, the boxes and the justification kept
    await page.getByLabel(/candidat classé 1$/).check();
    await page.getByLabel(/candidat classé 3$/).check();
    await page.getByLabel(/^Justification \(obligatoire/).fill('Proche');
    await page.getByRole('button', { name: /Désigner les candidats sélectionnés/ }).click();
    await page.waitForLoadState();
    expect(await page.locator('#justification-error').textContent()).toContain('justification');
    expect(await page.getByLabel(/candidat classé 1$/).isChecked()).toBe(true);
    expect(await page.getByLabel(/candidat classé 2$/).isChecked()).toBe(false);
    expect(await page.getByLabel(/candidat classé 3$/).isChecked()).toBe(true);
    expect(await page.getByLabel(/^Justification \(obligatoire/).inputValue()).toBe('Proche');
    await axeClean(page, 'ranking with an error');
    await page.getByLabel(/^Justification \(obligatoire/).fill('Proche de son lieu de travail, à 300 m du logement');
    await page.getByRole('button', { name: /Désigner les candidats sélectionnés/ }).click();
    await page.waitForURL(/\?ok=designated$/);

    // transmitting: what it does, with the candidates' names, before it is done
    await page.getByRole('button', { name: 'Transmettre au bailleur…' }).click();
    await page.waitForURL(/\/classement\/transmission$/);
    const confirmation = (await page.getByTestId('confirmation').textContent()) ?? '';
    expect(confirmation).toContain('au bailleur Demo Habitat');
    expect(confirmation).toMatch(/rang 1/);
    await axeClean(page, 'transmission confirmation');
    expect(rows<{ status: string }>(await p.db.database.db.execute(sql`select status from offer.offers where id = ${lyonOfferId}`))[0]!.status).toBe('designated');
    await page.getByRole('button', { name: 'Oui, transmettre au bailleur' }).click();
    await page.waitForURL(/\?ok=transmitted$/);
    expect(await page.getByTestId('offer-status').textContent()).toMatch(/ransmise/);

    // the candidate's file opens from the ranking, and that read is audited as anywhere else
    await page.goto(`${server.url}${fileHref}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Demande de Bruno Martin');
    const demandId = fileHref!.split('/').pop()!;
    const reads = rows<{ n: number }>(
      await p.db.database.db.execute(sql`select count(*)::int as n from platform.audit_entries where action = 'demand.read' and object_id = ${demandId}`),
    );
    expect(reads[0]!.n).toBeGreaterThan(0);
    await context.close();
  });

  it('a demand in French typography, its history by name; a refusal typed when the session expired comes back after sign-in, then is confirmed', async () => {
    const context = await desktop();
    const page = await agentIn(context);
    await page.goto(`${server.url}/admin/demandes/${emmaDemandId}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Demande d’Emma Leroy');
    const actors = (await page.getByTestId('history-actor').allTextContents()).map((t) => t.trim());
    expect(actors).toContain('Emma Leroy (demandeur)');
    expect(actors.join(' ')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await axeClean(page, 'demand page');

    // the agent types a refusal, the session expires (the browser drops its cookies), the form is sent
    const reason = 'Le justificatif de domicile manque : merci de le joindre.';
    await page.getByLabel('Motif du refus', { exact: true }).fill(reason);
    await context.clearCookies();
    await page.getByRole('button', { name: 'Refuser la demande…' }).click();
    await page.waitForLoadState();
    // the sign-in page (an HTML page, not JSON), with why
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Connexion au back-office');
    expect(await page.getByRole('alert').textContent()).toContain('Votre session a expiré');
    await axeClean(page, 'sign-in after expiry');
    await page.getByLabel('Adresse e-mail').fill('agent@alin.demo');
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    // back on the same page, the URL without any personal data, the refusal form filled in again
    await page.waitForURL(`${server.url}/admin/demandes/${emmaDemandId}`);
    expect(await page.getByLabel('Motif du refus', { exact: true }).inputValue()).toBe(reason);
    expect(await page.getByTestId('form-restored').textContent()).toContain('rétabli');
    await axeClean(page, 'restored form');
    // nothing was refused meanwhile
    expect(rows<{ status: string }>(await p.db.database.db.execute(sql`select status from demand.demands where id = ${emmaDemandId}`))[0]!.status).toBe('submitted');

    // refusing is confirmed first, with what will happen
    await page.getByRole('button', { name: 'Refuser la demande…' }).click();
    await page.waitForURL(`${server.url}/admin/demandes/${emmaDemandId}/refuser`);
    const confirmation = (await page.getByTestId('confirmation').textContent()) ?? '';
    expect(confirmation).toContain('revient au demandeur');
    expect(confirmation).toContain(reason);
    await axeClean(page, 'refusal confirmation');
    await page.getByRole('link', { name: 'Annuler' }).click();
    await page.waitForURL(`${server.url}/admin/demandes/${emmaDemandId}#decisions`);
    expect(rows<{ status: string }>(await p.db.database.db.execute(sql`select status from demand.demands where id = ${emmaDemandId}`))[0]!.status).toBe('submitted');
    await context.close();
  });

  it('validating with the instruction checklist overridden is confirmed first: the pieces passed over and what validating does (desktop, 390 px)', async () => {
    for (const [kind, make] of [
      ['desktop', desktop],
      ['phone', phone],
    ] as const) {
      const context = await make();
      const page = await agentIn(context);
      await page.goto(`${server.url}/admin/demandes/${emmaDemandId}`);
      // the pieces the checklist expects and that are not verified
      const missing = (await page.locator('[data-checklist-state]:not([data-checklist-state="verified"])').allTextContents()).map((t) =>
        t.replace(/^✗\s*/, '').split(' — ')[0]!.trim(),
      );
      expect(missing.length, kind).toBeGreaterThan(0);
      const reason = 'Avis d’imposition vus en original au guichet';
      await page.getByLabel('Motif de la validation sans toutes les pièces vérifiées').fill(reason);
      await page.getByRole('button', { name: 'Valider la demande' }).click();
      await page.waitForURL(`${server.url}/admin/demandes/${emmaDemandId}/valider`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Confirmer la validation sans toutes les pièces vérifiées');
      const confirmation = ((await page.getByTestId('confirmation').textContent()) ?? '').replace(/\s+/g, ' ');
      expect(confirmation).toContain('Demande d’Emma Leroy.');
      expect(confirmation).toContain(
        missing.length > 1 ? `Vous passez outre ${missing.length} pièces attendues non vérifiées` : 'Vous passez outre une pièce attendue non vérifiée',
      );
      for (const label of missing) expect(confirmation).toContain(label);
      expect(confirmation).toContain('La demande devient active');
      expect(confirmation).toContain(`Le motif « ${reason} »`);
      expect(confirmation).toContain('journal d’audit');
      expect(confirmation).not.toMatch(/\(s\)/);
      await axeClean(page, `override confirmation (${kind})`);
      if (kind === 'phone') await noPageOverflow(page, 'override confirmation (phone)');
      // going back validates nothing
      await page.getByRole('link', { name: 'Annuler' }).click();
      await page.waitForURL(`${server.url}/admin/demandes/${emmaDemandId}#decisions`);
      expect(rows<{ status: string }>(await p.db.database.db.execute(sql`select status from demand.demands where id = ${emmaDemandId}`))[0]!.status).toBe('submitted');
      await context.close();
    }
  });

  it("answers an unknown page with an HTML 404 in each portal's layout, a stale form with an HTML 403; never JSON", async () => {
    for (const [kind, make] of [
      ['desktop', desktop],
      ['phone', phone],
    ] as const) {
      const context = await make();
      const page = await agentIn(context);
      const res = await page.goto(`${server.url}/admin/nulle-part`);
      expect(res?.status()).toBe(404);
      expect(res?.headers()['content-type']).toMatch(/^text\/html/);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page introuvable');
      expect(await page.getByRole('navigation', { name: 'Navigation principale' }).count()).toBe(1);
      await axeClean(page, `admin 404 ${kind}`);
      await noPageOverflow(page, `admin 404 ${kind}`);
      if (kind === 'phone') await shoot(page, 'admin-404-390.png');
      else await shoot(page, 'admin-404.png');
      // an id that does not exist: the same page
      const offer = await page.goto(`${server.url}/admin/demandes/00000000-0000-4000-8000-000000000000/pieces/00000000-0000-4000-8000-000000000000/contenu`);
      expect(offer?.status()).toBe(404);
      expect(offer?.headers()['content-type']).toMatch(/^text\/html/);
      // a form posted with a stale token by a signed-in agent: an HTML 403 that says what to do
      const stale = await page.evaluate(async (url) => {
        const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: '_csrf=perime', referrerPolicy: 'no-referrer' });
        return { status: r.status, type: r.headers.get('content-type'), text: await r.text() };
      }, `${server.url}/admin/offres/${lyonOfferId}/cloturer`);
      expect(stale.status).toBe(403);
      expect(stale.type).toMatch(/^text\/html/);
      expect(stale.text).toContain('Formulaire expiré');
      await context.close();

      // the company portal
      const company = await make();
      const manager = await company.newPage();
      manager.setDefaultTimeout(10_000);
      await manager.goto(`${server.url}/entreprise/connexion`);
      await manager.getByLabel('Adresse e-mail').fill('entreprise@alin.demo');
      await manager.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
      await manager.getByRole('button', { name: 'Se connecter' }).click();
      await manager.waitForURL(`${server.url}/entreprise`);
      const missing = await manager.goto(`${server.url}/entreprise/nulle-part`);
      expect(missing?.status()).toBe(404);
      expect(missing?.headers()['content-type']).toMatch(/^text\/html/);
      expect(await manager.getByRole('heading', { level: 1 }).textContent()).toBe('Page introuvable');
      expect(await manager.getByRole('navigation', { name: 'Navigation de l’espace entreprise' }).count()).toBe(1);
      await axeClean(manager, `company 404 ${kind}`);
      await noPageOverflow(manager, `company 404 ${kind}`);
      await company.close();
    }
  });

  it('the company portal too: a form sent after the session expired comes back, filled in, once the manager has signed in again', async () => {
    const context = await phone();
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const signIn = async () => {
      await page.getByLabel('Adresse e-mail').fill('entreprise@alin.demo');
      await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Se connecter' }).click();
    };
    await page.goto(`${server.url}/entreprise/connexion`);
    await signIn();
    await page.waitForURL(`${server.url}/entreprise`);
    await page.goto(`${server.url}/entreprise/politique`);
    const text = 'Salariés en mobilité géographique, prise de poste dans les six mois.';
    await page.getByLabel('Situations de la tranche A').fill(text);
    await context.clearCookies();
    await page.getByRole('button', { name: 'Enregistrer la politique' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('alert').textContent()).toContain('Votre session a expiré');
    await axeClean(page, 'company sign-in after expiry');
    await signIn();
    await page.waitForURL(`${server.url}/entreprise/politique`);
    expect(await page.getByLabel('Situations de la tranche A').inputValue()).toBe(text);
    expect(await page.getByTestId('form-restored').count()).toBe(1);
    await axeClean(page, 'company form restored');
    await noPageOverflow(page, 'company form restored');
    await context.close();
  });

  it('at 390 pixels: the wide tables keep their status and actions in view, the navigation wraps instead of being cut off', async () => {
    const context = await phone();
    const page = await agentIn(context);
    const inView = async (selector: string, what: string) => {
      const boxes = await page.locator(selector).evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, width: r.width })));
      expect(boxes.length, what).toBeGreaterThan(0);
      for (const b of boxes) {
        expect(b.width, what).toBeGreaterThan(0);
        expect(b.left, what).toBeGreaterThanOrEqual(0);
        expect(b.right, what).toBeLessThanOrEqual(390);
      }
    };
    // the navigation: every entry on screen
    await inView('nav.main a', 'navigation');
    for (const [url, status, action, what] of [
      [`/admin/offres/${lyonOfferId}/classement`, '[data-testid="status"]', '[data-testid="candidate-name"]', 'ranking'],
      ['/admin/offres?etat=toutes', 'td[data-status]', 'td[data-label="Logement"] a', 'offers'],
      [`/admin/demandes/${emmaDemandId}`, 'td[data-document-status]', 'td[data-label="Actions"] a', 'documents'],
      ['/admin/demandes', 'td[data-status]', 'tbody td:first-child a', 'demands'],
      ['/admin/classements', 'td[data-label="État"]', 'td[data-label="Classement"] a', 'rankings'],
    ] as const) {
      await page.goto(`${server.url}${url}`);
      await noPageOverflow(page, what);
      await inView(status, `${what}: status`);
      await inView(action, `${what}: action`);
      await axeClean(page, `${what} at 390 px`);
      if (what === 'ranking') {
        await page.locator('#candidats').scrollIntoViewIfNeeded();
        await page.evaluate(() => document.querySelector('#candidats')?.scrollIntoView());
        await shoot(page, 'admin-ranking-390.png');
      }
    }
    await context.close();
  });

  it('dashboard: key figures first, each with a link to its list; every chart agrees with its table', async () => {
    for (const make of [desktop, phone]) {
      const context = await make();
      const page = await agentIn(context);
      // figures before charts
      const order = await page.evaluate(() => {
        const figures = document.querySelector('#chiffres');
        const chart = document.querySelector('svg[role="img"]');
        return figures && chart ? figures.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
      });
      expect(order).toBeTruthy();
      const figures = await page.locator('[data-figure]').count();
      expect(figures).toBeGreaterThan(10);
      expect(await page.locator('[data-figure] a[data-testid^="figure-link-"]').count()).toBe(figures);
      expect(await page.getByTestId('figure-link-offersOnline').getAttribute('href')).toBe('/admin/offres?etat=published');
      // each chart: « no data » exactly when its own table has no value; otherwise its values are the table's
      const charts = await page.locator('section[data-chart-section]').evaluateAll((sections) =>
        sections.map((s) => {
          const values = Array.from(s.querySelectorAll('svg g.bar')).map((g) => g.getAttribute('data-value') ?? '');
          const noData = (s.querySelector('svg text.empty')?.textContent ?? '').includes('Aucune donnée');
          const cells = Array.from(s.querySelectorAll('table tbody tr')).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => (td.textContent ?? '').trim()));
          return { id: s.getAttribute('data-chart-section') ?? '', values, noData, cells };
        }),
      );
      expect(charts).toHaveLength(4);
      for (const c of charts) {
        const valueCells = c.cells.map((r) => r[r.length - (c.id === 'attributions-par-taille' ? 2 : 1)] ?? '');
        const tableHasValue = valueCells.some((v) => v !== '—' && v !== '');
        expect(c.noData, `${c.id}: « Aucune donnée » while its table has a value`).toBe(!tableHasValue);
        expect(c.values.length, c.id).toBe(valueCells.length);
        c.values.forEach((v, i) => {
          const cell = valueCells[i]!;
          if (v === '') expect(cell, `${c.id} row ${i}`).toBe('—');
          else expect(Number(cell.replace(/\s/g, '').replace(',', '.')), `${c.id} row ${i}`).toBe(Number(v));
        });
      }
      // the demo let a home: the median delay has a value, so its chart draws it
      const delay = charts.find((c) => c.id === 'delai-publication-attribution')!;
      expect(delay.values.some((v) => v !== '')).toBe(true);
      expect(delay.noData).toBe(false);
      await axeClean(page, 'dashboard');
      await noPageOverflow(page, 'dashboard');
      await context.close();
    }
  });
});
