import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, toIsoDate } from '../../src/shared/dates';
import { browserAvailability, launchBrowser, seriousAccessibilityViolations } from '../support/browser';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { serve } from '../support/test-server';
import { applicantWithActiveDemand, bearer, createLandlord, publishedOffer } from '../support/candidacy-fixtures';
import { mailedLinkToken } from '../support/account-links';
import { SMALL_PDF } from '../support/files';
import { aDemandData } from '../../src/modules/demand/testing/test-builders';
import type { DemandData } from '../../src/modules/demand/index';

/**
 * The applicant portal (issue 16) in Chromium on a 390-pixel phone, against the real API:
 * an applicant with an active demand (created through the API) signs in, sees their demand, the
 * offers their household fits (and, among all offers, one it does not fit with the platform's
 * reason), opens one, applies (the open candidacies and the cap said first), sees their rank and
 * the number of candidacies, the score criterion by criterion and the timeline, withdraws after a
 * confirmation and signs out. Also: sign-up → the mailed confirmation link → sign-in, and the
 * forgotten password → the mailed reset link → sign-in with the new password, under the platform's
 * Content-Security-Policy. axe-core (WCAG 2.1 A and AA) finds no serious or critical violation on any
 * page visited; nothing is wider than the screen; screenshots of each page (docs/screenshots/portal-*.png,
 * refreshed with SCREENSHOT_DIR=docs/screenshots).
 *
 * The portal is built first when missing or stale (scripts/portals-build.ts; npm test has just built it).
 */

const today = toIsoDate(new Date());
const SCREENSHOTS = path.resolve(process.env.SCREENSHOT_DIR ?? 'tests/.tmp');
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'fr-FR' };
const { available } = browserAvailability();

describe.runIf(available)('the applicant portal on a phone', () => {
  let p: TestPlatform;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let applicant: Awaited<ReturnType<typeof applicantWithActiveDemand>>;
  let offerId: string;
  let plaiOfferId: string;
  let agent: string;
  let landlord: Awaited<ReturnType<typeof createLandlord>>;

  beforeAll(async () => {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/portals-build.ts'], { stdio: 'inherit' });
    p = await createTestPlatform();
    agent = (await p.signIn('agent')).token;
    landlord = await createLandlord(p, agent);
    offerId = await publishedOffer(p, agent, landlord.landlordToken, { closingDate: addDays(today, 20), availableFrom: addDays(today, 60) });
    // a very-low-income (PLAI) home: above its income ceiling, the household does not fit it
    plaiOfferId = await publishedOffer(p, agent, landlord.landlordToken, {
      closingDate: addDays(today, 25),
      availableFrom: addDays(today, 60),
      financing: 'PLAI',
      addressLine: '3 rue Francis de Pressensé',
      rent: 410,
      charges: 60,
    });
    applicant = await applicantWithActiveDemand(p, agent, { birthDate: '1990-05-05', monthlyResources: 2100, income: 20_000 });
    const fits = await request(p.app).get(`/api/v1/demands/${applicant.demandId}/eligibility`).query({ offerId }).set(bearer(applicant.token));
    expect(fits.body.fits, fits.text).toBe(true);
    const plai = await request(p.app).get(`/api/v1/demands/${applicant.demandId}/eligibility`).query({ offerId: plaiOfferId }).set(bearer(applicant.token));
    expect(plai.status, plai.text).toBe(200);
    expect(plai.body.fits, 'the PLAI offer is the one the household does not fit').toBe(false);
    // someone applied before: the offer has a candidacy already
    const earlier = await applicantWithActiveDemand(p, agent, { birthDate: '1975-01-01', monthlyResources: 2000, registrationDate: '2016-01-01' });
    const applied = await request(p.app).post('/api/v1/candidacies').set(bearer(earlier.token)).send({ demandId: earlier.demandId, offerId });
    expect(applied.status, applied.text).toBe(201);
    server = await serve(p.app);
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await p?.close();
  });

  /** The page as it stands: no serious or critical axe violation, nothing wider than the phone, a screenshot. */
  async function checkPage(page: Page, name: string): Promise<void> {
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, `${name}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} fits 390 px`).toBeLessThanOrEqual(390);
    const file = path.join(SCREENSHOTS, `portal-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(5_000);
  }

  /** French formats put narrow no-break spaces in figures (700 €, 30,4 %): compared with plain spaces */
  const plain = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ');

  async function heading(page: Page): Promise<string> {
    return ((await page.locator('h1').textContent()) ?? '').trim();
  }

  it('signs in, shows the demand, lists the offers, applies, and shows rank and count on the candidacy page', async () => {
    // bypassCSP: axe-core is injected as a script, which the platform's Content-Security-Policy refuses (the next test runs under it)
    const context: BrowserContext = await browser.newContext({ ...PHONE, bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);

    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    // a refused sign-in: the errors next to their fields, then the API's answer
    await page.getByRole('button', { name: 'Se connecter' }).click();
    expect(await page.locator('#field-email-error').textContent()).toContain('adresse e-mail');
    expect(await page.getByLabel('Adresse e-mail').getAttribute('aria-describedby')).toBe('field-email-error');
    await page.getByLabel('Adresse e-mail').fill(applicant.email);
    await page.getByLabel('Mot de passe').fill('not-the-password-at-all');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('alert').filter({ hasText: 'mot de passe incorrect' }).waitFor();
    await checkPage(page, 'connexion');

    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${server.url}/demande`);
    await page.getByRole('heading', { level: 2, name: /^État : / }).waitFor();
    expect(await heading(page)).toBe('Ma demande');
    expect(await page.locator('main').textContent()).toContain('Votre demande est active');
    // the access token is kept in memory only; the refresh token is in an HttpOnly cookie of the auth path (decision 0009)
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
    expect((await context.cookies()).map((c) => ({ name: c.name, path: c.path, httpOnly: c.httpOnly, sameSite: c.sameSite }))).toEqual([
      { name: 'alin_refresh', path: '/api/v1/auth', httpOnly: true, sameSite: 'Strict' },
    ]);
    await checkPage(page, 'demande');

    // offers: by default those the household fits
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Offres' }).click();
    await page.waitForURL(`${server.url}/offres`);
    await page.locator('.offer-card').first().waitFor();
    const fitting = page.locator('.offer-card');
    expect(await fitting.count()).toBe(1);
    const card = plain(await fitting.first().textContent());
    expect(card).toContain('T2 de 46 m² à Villeurbanne');
    expect(card).toContain('700 € par mois (620 € de loyer + 80 € de charges)');
    expect(card).toContain('1 candidature');
    expect(card).toContain('Votre ménage correspond à cette offre.');
    await checkPage(page, 'offres');

    // all offers: the PLAI one says why the household does not fit it
    await page.getByRole('link', { name: 'Toutes les offres' }).click();
    await page.waitForURL(`${server.url}/offres?toutes=1`);
    await page.locator('.fit--no').first().waitFor();
    expect(await page.locator('.offer-card').count()).toBe(2);
    const reasons = (await page.locator('.fit--no li').allTextContents()).join(' ');
    const api = await request(p.app).get(`/api/v1/demands/${applicant.demandId}/eligibility`).query({ offerId: plaiOfferId }).set(bearer(applicant.token));
    expect(reasons).toContain((api.body.reasons as { fr: string }[])[0]!.fr);
    await checkPage(page, 'offres-toutes');

    // filters: the highest rent, charges included (an amount that is not one is said next to its field)
    await page.getByLabel('Loyer charges comprises au plus (€ par mois)').fill('cinq cents');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    expect(await page.locator('#filtre-loyer-error').textContent()).toContain('montant en euros');
    await page.getByLabel('Loyer charges comprises au plus (€ par mois)').fill('500');
    await page.getByLabel('Type de logement').selectOption('T2');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL(`${server.url}/offres?toutes=1&type=T2&loyer=500`);
    await page.getByText('1 offre', { exact: true }).waitFor();
    expect(plain(await page.locator('.offer-card').textContent())).toContain('470 € par mois');
    await page.getByLabel('Type de logement').selectOption('T4');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByText('Aucune offre ne répond à ces filtres.').waitFor();

    // the offer, then apply
    await page.getByRole('link', { name: 'Qui me correspondent' }).click();
    await page.getByRole('link', { name: 'T2 de 46 m² à Villeurbanne' }).click();
    await page.waitForURL(`${server.url}/offres/${offerId}`);
    await page.getByRole('heading', { level: 2, name: 'Candidater' }).waitFor();
    const offerText = plain(await page.locator('main').textContent());
    expect(offerText).toContain('Vous n’avez aucune candidature en cours : 5 au plus en même temps.');
    expect(offerText).toContain('Votre ménage correspond à cette offre.');
    expect(offerText).toMatch(/Taux d’effort : \d+(,\d)? %/);
    await checkPage(page, 'offre');

    await page.getByRole('button', { name: 'Candidater à cette offre' }).click();
    await page.waitForURL(new RegExp(`${server.url}/candidatures/[0-9a-f-]{36}$`));
    const candidacyId = page.url().slice(page.url().lastIndexOf('/') + 1);
    await page.locator('.rank-figure').waitFor();
    const view = await request(p.app).get(`/api/v1/candidacies/${candidacyId}`).set(bearer(applicant.token));
    expect(view.status, view.text).toBe(200);
    expect(view.body.candidacyCount).toBe(2);
    const rank = view.body.rank as number;
    expect(plain(await page.locator('.rank-figure').textContent())).toBe(`Vous êtes ${rank === 1 ? '1er' : `${rank}e`} sur 2 candidatures.`);
    // the score criterion by criterion, in the platform's words, and the dated timeline
    const criteria = view.body.score.criteria as { label: { fr: string }; fact: string }[];
    expect(await page.locator('table.criteria tbody tr').count()).toBe(criteria.length);
    expect(await page.locator('table.criteria').textContent()).toContain(criteria[0]!.label.fr);
    expect(await page.getByRole('heading', { level: 2, name: /^Mon score : / }).textContent()).toContain('points');
    expect(await page.locator('ol.timeline li').count()).toBeGreaterThanOrEqual(1);
    await checkPage(page, 'candidature');

    // my candidacies
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mes candidatures' }).click();
    await page.waitForURL(`${server.url}/candidatures`);
    await page.locator('.cards .card').first().waitFor();
    expect(await page.locator('main').textContent()).toContain('1 candidature en cours, 5 au plus en même temps.');
    await checkPage(page, 'candidatures');

    // withdraw, after a confirmation
    await page.getByRole('link', { name: 'T2 à Villeurbanne' }).click();
    await page.waitForURL(`${server.url}/candidatures/${candidacyId}`);
    await page.getByRole('button', { name: 'Retirer ma candidature…' }).click();
    await page.getByRole('button', { name: 'Oui, retirer ma candidature' }).waitFor();
    await checkPage(page, 'retrait');
    await page.getByRole('button', { name: 'Oui, retirer ma candidature' }).click();
    await page.getByText('Vous avez retiré cette candidature.').waitFor();
    expect((await request(p.app).get(`/api/v1/candidacies/${candidacyId}`).set(bearer(applicant.token))).body.status).toBe('withdrawn');

    // sign out: the private pages ask to sign in again
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(`${server.url}/connexion?deconnecte=1`);
    await page.getByText('Vous êtes déconnecté.').waitFor();
    await page.goto(`${server.url}/candidatures`);
    await page.waitForURL(`${server.url}/connexion?suite=%2Fcandidatures`);
    await context.close();
  });

  it('rotates the refresh token once on a 401 and retries; signs out when the refresh is refused', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${server.url}/connexion`);
    await page.getByLabel('Adresse e-mail').fill(applicant.email);
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${server.url}/demande`);

    // the access token "expires": the next list of candidacies answers 401 once
    const refreshes: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/api/v1/auth/refresh')) refreshes.push(r.status());
    });
    let refusedOnce = false;
    await page.route('**/api/v1/candidacies?*', async (route) => {
      if (refusedOnce) return route.continue();
      refusedOnce = true;
      await route.fulfill({
        status: 401,
        contentType: 'application/problem+json',
        body: JSON.stringify({ status: 401, code: 'IDENTITY.TOKEN_EXPIRED', title: 'Unauthorized', detail: 'Jeton expiré.' }),
      });
    });
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mes candidatures' }).click();
    await page.getByText(/en cours, 5 au plus en même temps\./).waitFor();
    expect(refusedOnce).toBe(true);
    expect(refreshes).toEqual([200]);

    // a refused refresh (revoked session): the portal forgets the session and asks to sign in again
    await page.unroute('**/api/v1/candidacies?*');
    await page.route('**/api/v1/offers?*', (route) =>
      route.fulfill({ status: 401, contentType: 'application/problem+json', body: '{"status":401,"code":"IDENTITY.TOKEN_EXPIRED","title":"Unauthorized"}' }),
    );
    await page.route('**/api/v1/auth/refresh', (route) =>
      route.fulfill({ status: 401, contentType: 'application/problem+json', body: '{"status":401,"code":"IDENTITY.REFRESH_INVALID","title":"Unauthorized"}' }),
    );
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Offres' }).click();
    await page.waitForURL(/\/connexion\?suite=/);
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    await context.close();
  });

  it('after the CAL accepted the candidacy: the proposal, declining said with its consequence, then accepted', async () => {
    // through the API: another offer, an applicant who applies, the offer closed, the candidacy designated, transmitted, accepted by the CAL
    const proposed = await publishedOffer(p, agent, landlord.landlordToken, {
      closingDate: addDays(today, 20),
      availableFrom: addDays(today, 60),
      addressLine: '12 rue Léon Blum',
    });
    const who = await applicantWithActiveDemand(p, agent, { birthDate: '1988-08-08', monthlyResources: 2100 });
    const applied = await request(p.app).post('/api/v1/candidacies').set(bearer(who.token)).send({ demandId: who.demandId, offerId: proposed });
    expect(applied.status, applied.text).toBe(201);
    const candidacyId = applied.body.id as string;
    expect((await request(p.app).post(`/api/v1/offers/${proposed}/close`).set(bearer(agent))).status).toBe(200);
    const designated = await request(p.app)
      .post(`/api/v1/offers/${proposed}/designation`)
      .set(bearer(agent))
      .send({ candidacyIds: [candidacyId] });
    expect(designated.status, designated.text).toBe(200);
    expect((await request(p.app).post(`/api/v1/offers/${proposed}/transmission`).set(bearer(agent))).status).toBe(200);
    const cal = await request(p.app).post(`/api/v1/candidacies/${candidacyId}/cal-decision`).set(bearer(landlord.landlordToken)).send({ decision: 'accepted', calRank: 1 });
    expect(cal.status, cal.text).toBe(200);

    const context = await browser.newContext({ ...PHONE, bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${server.url}/connexion?suite=${encodeURIComponent(`/candidatures/${candidacyId}`)}`);
    await page.getByLabel('Adresse e-mail').fill(who.email);
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${server.url}/candidatures/${candidacyId}`);
    await page.getByRole('heading', { level: 2, name: 'Le logement vous est proposé' }).waitFor();
    expect(plain(await page.locator('main').textContent())).toContain('La commission d’attribution a retenu votre candidature au rang 1.');
    await page.getByRole('button', { name: 'Refuser ce logement…' }).click();
    const question = plain(await page.locator('#refus-question').textContent());
    expect(question).toContain('compte contre vous dans le score de vos autres candidatures');
    expect(question).toContain('Logement refusé après accord de la CAL');
    await checkPage(page, 'proposition');
    await page.getByRole('button', { name: 'Non, revenir' }).click();
    await page.getByRole('button', { name: 'Accepter ce logement' }).click();
    await page.getByText('Vous avez accepté ce logement.').waitFor();
    expect((await request(p.app).get(`/api/v1/candidacies/${candidacyId}`).set(bearer(who.token))).body.status).toBe('proposal_accepted');
    await context.close();
  });

  it('a draft demand: submitting it says what the API finds missing, in its words', async () => {
    const who = await p.signIn('applicant');
    const draft = await request(p.app)
      .post('/api/v1/demands')
      .set(bearer(who.token))
      .send(aDemandData({ reasons: [], wishes: { communeCodes: [], typologies: [] } } as Partial<DemandData>));
    expect(draft.status, draft.text).toBe(201);
    const piece = await request(p.app)
      .post(`/api/v1/demands/${draft.body.id}/documents`)
      .set(bearer(who.token))
      .field('documentType', 'identity')
      .attach('files', SMALL_PDF, { filename: 'identite.pdf', contentType: 'application/pdf' });
    expect(piece.status, piece.text).toBe(201);
    const listed = await request(p.app).get(`/api/v1/demands/${draft.body.id}/documents`).set(bearer(who.token));
    const doc = (listed.body.items as { typeLabel: string; statusLabel: string }[])[0]!;
    const refused = await request(p.app).post(`/api/v1/demands/${draft.body.id}/submit`).set(bearer(who.token));
    expect(refused.status, refused.text).toBe(422);
    const messages = (refused.body.errors as { message: string }[]).map((e) => e.message);
    expect(messages.length).toBeGreaterThan(0);

    const context = await browser.newContext({ ...PHONE, bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${server.url}/connexion`);
    await page.getByLabel('Adresse e-mail').fill(who.email);
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${server.url}/demande`);
    await page.getByRole('heading', { level: 2, name: 'Déposer ma demande' }).waitFor();
    await page.getByRole('button', { name: 'Déposer ma demande' }).click();
    await page.locator('#depot-manque').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'depot-manque');
    expect((await page.locator('[role="alert"] li').allTextContents()).sort()).toEqual([...messages].sort());
    // the pieces, with their type and state as the API words them
    const pieces = plain(await page.locator('ul.pieces').textContent());
    expect(pieces).toContain(`${doc.typeLabel} : ${doc.statusLabel}`);
    expect(pieces).toContain('identite.pdf');
    await checkPage(page, 'demande-brouillon');
    await context.close();
  });

  it('signs up, confirms the address from the mailed link, resets a forgotten password, under the platform’s Content-Security-Policy', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const cspErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') cspErrors.push(m.text());
    });
    const email = `portail-${Date.now()}@test.alin`;

    await page.goto(`${server.url}/inscription`);
    await page.getByRole('heading', { level: 1, name: 'Créer un compte' }).waitFor();
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    expect(await page.locator('#field-displayName-error').textContent()).toBe('Saisissez votre nom.');
    // focus moves to the first field at fault once the errors are drawn (an effect after paint): wait for it
    await page.waitForFunction((id) => document.activeElement?.id === id, 'field-displayName');
    await page.getByLabel('Prénom et nom').fill('Awa Ndiaye');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vérifiez votre boîte mail' }).waitFor();

    const confirmation = await mailedLinkToken(p.db.database, email, 'identity.email_confirmation');
    await page.goto(`${server.url}/compte/confirmation?token=${encodeURIComponent(confirmation)}`);
    await page.getByRole('heading', { level: 1, name: 'Confirmer mon adresse' }).waitFor();
    // the token is taken out of the address bar by an effect after the first paint: wait for it
    await page.waitForFunction(() => window.location.search === '');
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Confirmer mon adresse' }).click();
    await page.getByRole('heading', { level: 1, name: 'Adresse confirmée' }).waitFor();

    await page.goto(`${server.url}/compte/mot-de-passe-oublie`);
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByRole('button', { name: 'Recevoir un lien' }).click();
    await page.getByRole('status').filter({ hasText: /./ }).first().waitFor();
    const reset = await mailedLinkToken(p.db.database, email, 'identity.password_reset');
    await page.goto(`${server.url}/compte/mot-de-passe?token=${encodeURIComponent(reset)}`);
    await page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' }).waitFor();
    const newPassword = 'une-autre-phrase-de-passe';
    await page.getByLabel('Nouveau mot de passe').fill(newPassword);
    await page.getByLabel('Le même mot de passe, à nouveau').fill('pas-la-meme-phrase');
    await page.getByRole('button', { name: 'Changer mon mot de passe' }).click();
    expect(await page.locator('#field-repeat-error').textContent()).toBe('Les deux mots de passe diffèrent.');
    await page.getByLabel('Le même mot de passe, à nouveau').fill(newPassword);
    await page.getByRole('button', { name: 'Changer mon mot de passe' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mot de passe changé' }).waitFor();

    await page.getByRole('link', { name: 'Se connecter' }).click();
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(newPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${server.url}/demande`);
    await page
      .getByText('Vous n’avez pas encore de demande de logement social sur AL’in.')
      .waitFor()
      .catch(async (error: unknown) => {
        throw new Error(`${String(error)}\nconsole: ${cspErrors.join(' | ')}\nmain: ${await page.locator('main').textContent()}`);
      });
    expect(cspErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    await context.close();

    // the same pages, checked by axe-core (with the policy bypassed to inject it), with screenshots
    const checked = await browser.newContext({ ...PHONE, bypassCSP: true });
    const again = await checked.newPage();
    for (const [route, name, title] of [
      ['/inscription', 'inscription', 'Créer un compte'],
      ['/compte/confirmation?token=0123456789abcdef', 'confirmation', 'Confirmer mon adresse'],
      ['/compte/mot-de-passe-oublie', 'mot-de-passe-oublie', 'Mot de passe oublié'],
      ['/compte/mot-de-passe?token=0123456789abcdef', 'nouveau-mot-de-passe', 'Choisir un nouveau mot de passe'],
      ['/nulle-part', 'introuvable', 'Page introuvable'],
    ] as const) {
      await again.goto(`${server.url}${route}`);
      await again.getByRole('heading', { level: 1, name: title }).waitFor();
      await checkPage(again, name);
    }
    await checked.close();
  });
  it('the whole journey of a new applicant: sign-up, the demand step by step, pieces (one refused then replaced), validation, offers of the wished communes, apply, CAL, proposal accepted, lease; notifications, password, my data', async () => {
    const journeyOffer = await publishedOffer(p, agent, landlord.landlordToken, {
      closingDate: addDays(today, 15),
      availableFrom: addDays(today, 60),
      addressLine: '8 avenue Henri Barbusse',
    });
    const context = await browser.newContext({ ...PHONE, bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const email = `parcours-${Date.now()}@test.alin`;

    // sign up, confirm from the mailed link, sign in
    await page.goto(`${server.url}/inscription`);
    await page.getByLabel('Prénom et nom').fill('Inès Martin');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vérifiez votre boîte mail' }).waitFor();
    await page.goto(`${server.url}/compte/confirmation?token=${encodeURIComponent(await mailedLinkToken(p.db.database, email, 'identity.email_confirmation'))}`);
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Confirmer mon adresse' }).click();
    await page.getByRole('heading', { level: 1, name: 'Adresse confirmée' }).waitFor();
    await page.goto(`${server.url}/connexion`);
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${server.url}/demande`);

    // 1. household (the coded lists with their labels, from the API)
    await page.getByRole('link', { name: 'Commencer ma demande' }).click();
    await page.waitForURL(`${server.url}/demande/etapes/menage`);
    await page.getByRole('heading', { level: 1, name: 'Étape 1 sur 6 : Votre ménage' }).waitFor();
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    // the API's errors, next to their field
    await page.locator('#field-applicant-lastName-error').waitFor();
    await page.getByLabel('Nom', { exact: true }).fill('Martin');
    await page.getByLabel('Prénom', { exact: true }).fill('Inès');
    await page.getByLabel('Date de naissance', { exact: true }).fill('1992-03-04');
    await page.getByLabel('Situation familiale').selectOption({ label: 'Célibataire' });
    await checkPage(page, 'etape-menage');
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    await page.waitForURL(`${server.url}/demande/etapes/ressources?enregistre=1`);

    // 2. resources: an amount that is not one is said next to its field
    await page.getByLabel('Nature').selectOption({ label: 'Salaire' });
    await page.getByLabel('Montant par mois (€)').fill('deux mille');
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    expect(await page.locator('#field-applicant-resources-0-monthlyAmount-error').textContent()).toContain('montant en euros');
    await page.getByLabel('Montant par mois (€)').fill('2 100');
    await page.getByLabel('Année des revenus (avis de l’an dernier)').fill('2024');
    await page.getByLabel('Revenu fiscal de référence de cette année (€)').first().fill('20000');
    await page.getByLabel('Année des revenus (avis le plus récent)').fill('2025');
    await page.getByLabel('Revenu fiscal de référence de cette année (€)').last().fill('20000');
    await checkPage(page, 'etape-ressources');
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    await page.waitForURL(`${server.url}/demande/etapes/logement?enregistre=1`);

    // 3. current home: the commune by the combobox (name typed, option chosen with the keyboard), the postcode filled from it
    await page.getByLabel('Numéro et rue').fill('10 rue Anatole France');
    const commune = page.getByRole('combobox', { name: 'Commune' });
    await commune.fill('villeurb');
    await page.getByRole('option', { name: 'Villeurbanne (69100)' }).waitFor();
    await commune.press('ArrowDown');
    expect(await commune.getAttribute('aria-activedescendant')).toBeTruthy();
    await commune.press('Enter');
    expect(await page.getByLabel('Code postal').inputValue()).toBe('69100');
    await page.getByLabel('Vous êtes').selectOption({ label: 'Locataire du parc privé' });
    await page.getByLabel('Logement trop cher').check();
    await checkPage(page, 'etape-logement');
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    await page.waitForURL(`${server.url}/demande/etapes/souhaits?enregistre=1`);

    // 4. wishes: a commune by its postcode, a typology
    const wish = page.getByRole('combobox', { name: 'Ajouter une commune souhaitée' });
    await wish.fill('69100');
    await page.getByRole('option', { name: 'Villeurbanne (69100)' }).click();
    await page.getByRole('list', { name: 'Communes souhaitées' }).getByText('Villeurbanne (69100)').waitFor();
    await page.getByLabel('T2 (2 pièces)').check();
    await checkPage(page, 'etape-souhaits');
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    await page.waitForURL(`${server.url}/demande/etapes/employeur?enregistre=1`);

    // 5. employer
    await page.getByLabel('Contrat de travail').selectOption({ label: 'Contrat à durée indéterminée (CDI)' });
    await page.getByLabel('Nom de l’employeur').fill('Hôpital Nord');
    await checkPage(page, 'etape-employeur');
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    await page.waitForURL(`${server.url}/demande/etapes/depot?enregistre=1`);

    // 6. the checklist, then submit
    await page.getByRole('heading', { level: 2, name: 'Ce que vous avez rempli' }).waitFor();
    expect((await page.locator('.checklist li').allTextContents()).every((t) => t.includes('rempli'))).toBe(true);
    await checkPage(page, 'etape-depot');
    await page.getByRole('button', { name: 'Déposer ma demande' }).click();
    await page.getByText('Votre demande est déposée.').waitFor();
    const mine = await request(p.app).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
    const token = mine.body.accessToken as string;
    const demandId = ((await request(p.app).get('/api/v1/demands').set(bearer(token))).body.items as { id: string }[])[0]!.id;
    const stored = await request(p.app).get(`/api/v1/demands/${demandId}`).set(bearer(token));
    expect(stored.body.status).toBe('submitted');
    expect(stored.body.data.wishes).toMatchObject({ communeCodes: ['69266'], typologies: [2] });
    expect(stored.body.data.applicant.address).toEqual({ line: '10 rue Anatole France', postalCode: '69100', communeCode: '69266' });
    expect(stored.body.data.applicant.resources).toEqual([{ code: 'SAL', monthlyAmount: 2100 }]);

    // pieces: a file sent from the phone
    await page.goto(`${server.url}/demande/pieces`);
    await page.getByLabel('Type de pièce').selectOption({ label: "Pièce d'identité" });
    await page.locator('#field-files').setInputFiles({ name: 'identite.pdf', mimeType: 'application/pdf', buffer: SMALL_PDF });
    expect(await page.locator('#field-camera').getAttribute('capture')).toBe('environment');
    await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await page.getByText(/^Pièce envoyée\./).waitFor();
    await page.locator('ul.pieces li').first().waitFor();
    await checkPage(page, 'pieces');

    // the agent refuses it with a reason; the applicant (after a reload: the session comes back from the cookie) replaces it
    const docs = await request(p.app).get(`/api/v1/demands/${demandId}/documents`).set(bearer(agent));
    const docId = (docs.body.items as { id: string }[])[0]!.id;
    const refused = await request(p.app)
      .post(`/api/v1/demands/${demandId}/documents/${docId}/decision`)
      .set(bearer(agent))
      .send({ outcome: 'rejected', reason: 'La pièce est illisible.' });
    expect(refused.status, refused.text).toBe(200);
    await page.reload();
    await page.getByText('Motif du refus : La pièce est illisible.').waitFor();
    await page.getByRole('button', { name: "Remplacer « Pièce d'identité »" }).click();
    await page.locator('#field-files').setInputFiles({ name: 'identite-lisible.pdf', mimeType: 'application/pdf', buffer: SMALL_PDF });
    await checkPage(page, 'piece-remplacer');
    await page.getByRole('button', { name: 'Envoyer la nouvelle pièce' }).click();
    await page.getByText(/^Pièce envoyée\./).waitFor();
    // the list of pieces is read again after the notice: wait for the new piece in it
    await page.locator('ul.pieces').getByText('identite-lisible.pdf').first().waitFor();
    expect(plain(await page.locator('ul.pieces').textContent())).toContain('identite-lisible.pdf');

    // the agent validates the demand through the API
    const validated = await request(p.app)
      .post(`/api/v1/demands/${demandId}/validate`)
      .set(bearer(agent))
      .send({ piecesOverride: { reason: 'Jeu d’essai : pièces contrôlées hors plateforme' } });
    expect(validated.status, validated.text).toBe(200);

    // offers: by default those of the wished communes; the journey's offer; apply; rank and count
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Offres' }).click();
    await page.getByText(/^Dans vos communes souhaitées : Villeurbanne\./).waitFor();
    await page.locator('.offer-card').first().waitFor();
    await checkPage(page, 'offres-communes');
    await page.goto(`${server.url}/offres/${journeyOffer}`);
    await page.getByRole('button', { name: 'Candidater à cette offre' }).click();
    await page.waitForURL(new RegExp(`${server.url}/candidatures/[0-9a-f-]{36}$`));
    const candidacyId = page.url().slice(page.url().lastIndexOf('/') + 1);
    await page.locator('.rank-figure').waitFor();
    expect(plain(await page.locator('.rank-figure').textContent())).toBe('Vous êtes 1er sur 1 candidature.');

    // designation, transmission, CAL (agent and landlord through the API); the proposal accepted in the portal; the lease
    expect((await request(p.app).post(`/api/v1/offers/${journeyOffer}/close`).set(bearer(agent))).status).toBe(200);
    expect(
      (
        await request(p.app)
          .post(`/api/v1/offers/${journeyOffer}/designation`)
          .set(bearer(agent))
          .send({ candidacyIds: [candidacyId] })
      ).status,
    ).toBe(200);
    expect((await request(p.app).post(`/api/v1/offers/${journeyOffer}/transmission`).set(bearer(agent))).status).toBe(200);
    const cal = await request(p.app).post(`/api/v1/candidacies/${candidacyId}/cal-decision`).set(bearer(landlord.landlordToken)).send({ decision: 'accepted', calRank: 1 });
    expect(cal.status, cal.text).toBe(200);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Le logement vous est proposé' }).waitFor();
    await page.getByRole('button', { name: 'Accepter ce logement' }).click();
    await page.getByText('Vous avez accepté ce logement.').waitFor();
    const lease = await request(p.app).post(`/api/v1/candidacies/${candidacyId}/lease`).set(bearer(landlord.landlordToken));
    expect(lease.status, lease.text).toBe(200);
    await page.reload();
    await page.locator('.rank-figure, ol.timeline').first().waitFor();
    await checkPage(page, 'candidature-bail');

    // notifications: what changed, in the platform's words
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Notifications' }).click();
    await page.getByText('Votre demande de logement a été validée').waitFor();
    await page
      .getByText(/Le logement .* vous est proposé/)
      .first()
      .waitFor();
    await checkPage(page, 'notifications');

    // my account: change the password (the session stays), the export, the erasure's confirmation step
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mon compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger mes données' }).click();
    expect((await download).suggestedFilename()).toMatch(/^alin-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
    await page.getByRole('button', { name: 'Supprimer mon compte…' }).click();
    await page.getByLabel('Votre mot de passe').waitFor();
    await checkPage(page, 'compte-suppression');
    await page.getByRole('button', { name: 'Annuler' }).click();
    await page.getByRole('link', { name: 'Changer mon mot de passe' }).click();
    await page.getByLabel('Mot de passe actuel').fill('pas-le-bon-mot-de-passe');
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('une-nouvelle-phrase-de-passe');
    await page.getByLabel('Nouveau mot de passe, une seconde fois').fill('une-nouvelle-phrase-de-passe');
    await page.getByRole('button', { name: 'Changer mon mot de passe' }).click();
    expect(await page.locator('#field-currentPassword-error').textContent()).toBe('Le mot de passe actuel est incorrect.');
    await page.getByLabel('Mot de passe actuel').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Changer mon mot de passe' }).click();
    await page.getByText('Votre mot de passe est changé.').waitFor();
    await checkPage(page, 'mot-de-passe-change');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Ma demande' }).click();
    await page.getByRole('heading', { level: 2, name: /^État : / }).waitFor();
    expect((await request(p.app).post('/api/v1/auth/login').send({ email, password: 'une-nouvelle-phrase-de-passe' })).status).toBe(200);

    // alerts: a saved search from the offers' filters, then the page of a mail's unsubscribe link
    await page.goto(`${server.url}/compte/alertes?commune=69266&type=T2&loyer=800`);
    await page.getByRole('list', { name: 'Communes de l’alerte' }).getByText('Villeurbanne (69100)').waitFor();
    expect(await page.getByLabel('T2 (2 pièces)').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Enregistrer l’alerte' }).click();
    await page.getByText('L’alerte est enregistrée.').waitFor();
    // the communes' names come from GET /communes after the list
    await page.locator('ul.pieces .criterion').filter({ hasText: 'Villeurbanne' }).waitFor();
    expect(plain(await page.locator('ul.pieces').textContent())).toContain('T2 · Villeurbanne · 800 € par mois au plus');
    await checkPage(page, 'alertes');
    const saved = await request(p.app)
      .get('/api/v1/me/alerts')
      .set(bearer((await request(p.app).post('/api/v1/auth/login').send({ email, password: 'une-nouvelle-phrase-de-passe' })).body.accessToken));
    const alertId = saved.body.items[0].id as string;
    const { ALERT } = await import('../../src/modules/alert/index');
    const { unsubscribeToken } = await import('../../src/modules/alert/application/unsubscribe-token');
    const jeton = unsubscribeToken(p.container.get(ALERT.Settings).unsubscribeKey, alertId);
    await page.goto(`${server.url}/alertes/desabonnement?alerte=${alertId}&jeton=${jeton}`);
    await page.getByRole('button', { name: 'Ne plus recevoir cette alerte' }).click();
    await page.getByText('Cette alerte est supprimée : vous ne recevrez plus ses e-mails.').waitFor();
    await checkPage(page, 'alerte-desabonnement');
    await context.close();
  }, 180_000);

  it('erases the account from « Mon compte » after a confirmation and the password (a wrong one said next to its field)', async () => {
    const who = await p.signIn('applicant');
    const context = await browser.newContext({ ...PHONE, bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${server.url}/connexion?suite=%2Fcompte`);
    await page.getByLabel('Adresse e-mail').fill(who.email);
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${server.url}/compte`);
    await page.getByRole('button', { name: 'Supprimer mon compte…' }).click();
    await page.getByLabel('Votre mot de passe').fill('pas-le-bon-mot-de-passe');
    await page.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
    await page.locator('#field-erasurePassword-error').waitFor();
    expect(await page.locator('#field-erasurePassword-error').textContent()).toBe('Mot de passe incorrect.');
    await page.getByLabel('Votre mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
    await page.waitForURL(`${server.url}/connexion?efface=1`);
    await page.getByText('Votre compte est supprimé, et vos données avec lui.').waitFor();
    await checkPage(page, 'compte-supprime');
    expect((await request(p.app).post('/api/v1/auth/login').send({ email: who.email, password: TEST_PASSWORD })).status).toBe(401);
    await context.close();
  });
});
