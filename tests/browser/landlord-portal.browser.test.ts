import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, toIsoDate } from '../../src/shared/dates';
import { browserAvailability, launchBrowser, seriousAccessibilityViolations } from '../support/browser';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { serve } from '../support/test-server';
import { applicantWithActiveDemand, bearer, newSiren } from '../support/candidacy-fixtures';
import { mailedLinkToken } from '../support/account-links';
import { SMALL_PDF } from '../support/files';
import { rows } from '../support/scenario';
import { LANDLORD_INVITATION_KIND } from '../../src/modules/landlord/application/invite-landlord-user';

/**
 * The landlord portal (issue 17) in Chromium against the real API, at /bailleur, on a desk (1280 px)
 * and on a 390-pixel phone: the landlord's administrator, invited by an agent, opens the mailed link,
 * chooses a password (signed in), signs out and in again, sees the agreement of the year and its gap,
 * creates an offer through the form (errors next to the fields first; the commune looked up by name),
 * adds two photos (a file that is not an image refused next to the field), submits it after a
 * confirmation; Action Logement sends it back with a message, which the home page and the form show;
 * the landlord corrects it and submits again; (through the API: an agent publishes it, two applicants
 * apply, the agent closes, designates both and transmits) the landlord opens the candidates in their
 * order, opens a verified piece in the page (the read is audited), records the CAL's decisions (one
 * accepted at rank 1, one refused with a reason — each after a confirmation step), and, once the
 * candidate accepted the proposal (by phone: the landlord records it), the signed lease; the yearly report on screen and as CSV; a
 * connected system created (its secret shown once) and revoked after a confirmation; a colleague
 * invited and removed. Another
 * landlord's user opening the offer's pages gets « Page introuvable », as the API answers 404. A draft
 * is withdrawn with a reason after a confirmation. Also:
 * the forgotten password of a landlord user mails a link to /bailleur/mot-de-passe, which sets it.
 * axe-core (WCAG 2.1 A and AA) finds no serious or critical violation on any page visited; nothing
 * is wider than the phone; screenshots (tests/.tmp, or SCREENSHOT_DIR) named landlord-*.png.
 */

const today = toIsoDate(new Date());
const year = Number(today.slice(0, 4));
const SCREENSHOTS = path.resolve(process.env.SCREENSHOT_DIR ?? 'tests/.tmp');
const DESK = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale: 'fr-FR' };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'fr-FR' };
const { available } = browserAvailability();

describe.runIf(available)('the landlord portal', () => {
  let p: TestPlatform;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let agent: string;
  let landlordId: string;
  let user: { token: string; email: string };
  let otherUser: { token: string; email: string };
  let offerId: string;

  async function landlordWithAgreement(name: string): Promise<string> {
    const res = await request(p.app)
      .post('/api/v1/landlords')
      .set(bearer(agent))
      .send({ siren: newSiren(), name, kind: 'ESH', regions: ['84'] });
    expect(res.status, res.text).toBe(201);
    const agreement = await request(p.app).post(`/api/v1/landlords/${res.body.id}/agreements`).set(bearer(agent)).send({ departement: '69', year, unitsOwed: 3 });
    expect(agreement.status, agreement.text).toBe(201);
    return res.body.id as string;
  }

  beforeAll(async () => {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/portals-build.ts'], { stdio: 'inherit' });
    p = await createTestPlatform();
    agent = (await p.signIn('agent')).token;
    landlordId = await landlordWithAgreement('Habitat du Rhône');
    // the landlord's administrator, invited by an agent: the mailed link is opened in the browser (first test)
    const email = `admin-${process.pid}-${Date.now()}@bailleur.example`;
    const invited = await request(p.app).post(`/api/v1/landlords/${landlordId}/users`).set(bearer(agent)).send({ email, displayName: 'Nadia Bailleur', admin: true });
    expect(invited.status, invited.text).toBe(201);
    user = { email, token: '' };
    otherUser = await p.signIn('landlord_user', { orgId: await landlordWithAgreement('Autre Bailleur') });
    server = await serve(p.app);
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await p?.close();
  });

  /** The page as it stands: no serious or critical axe violation, nothing wider than the window, a screenshot. */
  async function checkPage(page: Page, name: string): Promise<void> {
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, `${name}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    const width = page.viewportSize()!.width;
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    // when it does not fit, say which elements stick out (the first few)
    const wide =
      scrollWidth <= width
        ? []
        : await page.evaluate(
            (w) =>
              Array.from(document.querySelectorAll('body *'))
                .filter((e) => e.getBoundingClientRect().right > w + 1)
                .slice(0, 5)
                .map((e) => `${e.tagName}.${e.className}`),
            width,
          );
    expect(scrollWidth, `${name} fits ${width} px (${wide.join(', ')})`).toBeLessThanOrEqual(width);
    const file = path.join(SCREENSHOTS, `landlord-${name}${width < 500 ? '-390' : ''}.png`);
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(5_000);
  }

  const plain = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ');
  const url = (p2: string) => `${server.url}/bailleur${p2}`;

  /** Goes to a page of the portal as its links do (the router, no reload). */
  async function goInside(page: Page, to: string): Promise<void> {
    await page.evaluate((target) => {
      history.pushState(null, '', target);
      dispatchEvent(new PopStateEvent('popstate'));
    }, to);
  }

  async function signIn(page: Page, email: string, next?: string): Promise<void> {
    await page.goto(url(next ? `/connexion?suite=${encodeURIComponent(`/bailleur${next}`)}` : '/connexion'));
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(url(next ?? '/accueil'));
  }

  it('signs in, creates and submits an offer, answers a send-back; candidates, CAL decisions, lease, report', async () => {
    // bypassCSP: axe-core is injected as a script, which the platform's Content-Security-Policy refuses (another test runs under it)
    const context: BrowserContext = await browser.newContext({ ...DESK, bypassCSP: true, acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);

    // the invitation: the mailed link to /bailleur/invitation, a password chosen, signed in
    const [mail] = rows<{ payload: { link: string } }>(
      await p.db.database.db.execute(sql`select payload from landlord.outbox where to_email = ${user.email} and kind = ${LANDLORD_INVITATION_KIND} order by id desc limit 1`),
    );
    const link = new URL(mail!.payload.link);
    expect(link.pathname).toBe('/bailleur/invitation');
    await page.goto(`${server.url}${link.pathname}${link.search}`);
    await page.getByRole('heading', { level: 1, name: 'Activer mon compte' }).waitFor();
    // the token is taken out of the address bar by an effect after the first paint: wait for it
    await page.waitForFunction(() => window.location.search === '');
    await page.getByLabel('Adresse e-mail qui a reçu l’invitation').fill(user.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(TEST_PASSWORD);
    await page.getByLabel('Le même mot de passe, à nouveau').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Activer mon compte' }).click();
    await page.waitForURL(url('/accueil'));
    const login = await request(p.app).post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD });
    expect(login.status, login.text).toBe(200);
    user.token = login.body.accessToken as string;
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(url('/connexion?deconnecte=1'));

    // sign in: errors next to the fields, then the API's answer, then the home page
    await page.goto(url(''));
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    await page.getByRole('button', { name: 'Se connecter' }).click();
    expect(await page.locator('#field-email-error').textContent()).toContain('adresse e-mail');
    await page.getByLabel('Adresse e-mail').fill(user.email);
    await page.getByLabel('Mot de passe').fill('pas-le-bon-mot-de-passe');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('alert').filter({ hasText: 'mot de passe incorrect' }).waitFor();
    await checkPage(page, 'connexion');
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(url('/accueil'));
    await page.locator('table.data').waitFor();
    const home = plain(await page.locator('main').textContent());
    expect(home).toContain(`Vos conventions ${year}`);
    expect(home).toContain('Il reste 3 logements à proposer dans le Rhône.');
    expect(home).toContain('Aucune offre n’attend d’action de votre part.');
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    await checkPage(page, 'accueil');

    // create an offer: the form's own checks first, then the API's
    await page.getByRole('link', { name: 'Proposer un nouveau logement' }).click();
    await page.waitForURL(url('/offres/nouvelle'));
    await page.getByRole('heading', { level: 1, name: 'Proposer un logement' }).waitFor();
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    expect(await page.locator('#field-addressLine-error').textContent()).toBe('Saisissez l’adresse du logement.');
    // focus moves to the first field at fault once the errors are drawn (an effect after paint): wait for it
    await page.waitForFunction((id) => document.activeElement?.id === id, 'field-addressLine');
    await checkPage(page, 'offre-formulaire');
    await page.getByLabel('Adresse (numéro et voie)').fill('8 cours Émile Zola');
    await page.getByLabel('Code postal').fill('69100');
    // the commune by its name (GET /communes), chosen in the list of matches
    await page.getByLabel('Commune', { exact: true }).fill('villeurb');
    await page.getByRole('button', { name: /^Villeurbanne \(69100\)/ }).click();
    await page.getByText('Commune choisie : Villeurbanne (69100) (code INSEE 69266).').waitFor();
    await page.getByLabel('Typologie').selectOption('T2');
    await page.getByLabel('Pièces principales').fill('2');
    await page.getByLabel('Surface habitable (m²)').fill('46,5');
    await page.getByLabel('Étage', { exact: true }).fill('3');
    await page.getByLabel('Ascenseur').check();
    await page.getByLabel('Loyer hors charges (€ par mois)').fill('620');
    await page.getByLabel('Charges (€ par mois)', { exact: true }).fill('80');
    await page.getByLabel('Financement').selectOption('PLUS');
    await page.getByLabel('Disponible à partir du').fill(addDays(today, 60));
    await page.getByLabel('Fin des candidatures souhaitée').fill(addDays(today, 20));
    await page.getByLabel('Description').fill('T2 lumineux, proche du métro.');
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    await page.waitForURL(new RegExp(`${url('/offres/')}[0-9a-f-]{36}\\?creee=1$`));
    offerId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('heading', { level: 2, name: 'À quels ménages ce logement convient' }).waitFor();
    await page.locator('table.data caption').filter({ hasText: 'Plafonds de ressources' }).waitFor();
    const draft = plain(await page.locator('main').textContent());
    expect(draft).toContain('T2 de 46,5 m², 8 cours Émile Zola, Villeurbanne');
    expect(draft).toContain('620 € + 80 € de charges = 700 € par mois');
    expect(draft).toContain('Brouillon');
    await checkPage(page, 'offre-brouillon');

    // two photos (a JPEG and a PNG) with what they show; a file that is not an image is refused next to the field
    await page.locator('#field-file').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: SMALL_PDF });
    await page.getByRole('button', { name: 'Ajouter la photo' }).click();
    await page.locator('#field-file-error').waitFor();
    for (const [name, mimeType, buffer, alt] of [
      [
        'sejour.jpg',
        'image/jpeg',
        await sharp({ create: { width: 900, height: 600, channels: 3, background: '#8aa4c8' } })
          .jpeg()
          .toBuffer(),
        'Séjour lumineux avec balcon',
      ],
      [
        'cuisine.png',
        'image/png',
        await sharp({ create: { width: 600, height: 600, channels: 3, background: '#c8a48a' } })
          .png()
          .toBuffer(),
        'Cuisine équipée',
      ],
    ] as const) {
      await page.locator('#field-file').setInputFiles({ name, mimeType, buffer });
      await page.getByLabel('Ce que montre la photo').fill(alt);
      await page.getByRole('button', { name: 'Ajouter la photo' }).click();
      await page.getByRole('img', { name: alt }).waitFor();
    }
    expect(await page.locator('ul.photos img').count()).toBe(2);
    // the kitchen first: its « Avant » button, the order saved by the API
    await page.getByRole('button', { name: 'Mettre avant : Cuisine équipée' }).click();
    await page.getByRole('button', { name: 'Mettre après : Cuisine équipée' }).waitFor();
    expect(await page.locator('ul.photos li p').first().textContent()).toBe('Cuisine équipée');
    expect(await page.locator('ul.photos img').first().getAttribute('src')).toMatch(/^data:image\/webp;base64,/);
    await checkPage(page, 'offre-photos');

    // submit, after a confirmation that says what happens
    await page.getByRole('button', { name: 'Soumettre à Action Logement…' }).click();
    await page.getByRole('heading', { name: 'Soumettre cette offre à Action Logement ?' }).waitFor();
    // the confirmation step takes the focus, so that a screen reader reads what will happen
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-labelledby') === 'soumettre-title');
    await checkPage(page, 'offre-soumettre');
    await page.getByRole('button', { name: 'Oui, soumettre l’offre' }).click();
    await page.getByText('L’offre est soumise à Action Logement').waitFor();
    await page.locator('.status', { hasText: 'Soumise' }).waitFor();

    // Action Logement sends it back with a message: the home page and the form show it
    const back = await request(p.app).post(`/api/v1/offers/${offerId}/send-back`).set(bearer(agent)).send({ message: 'Précisez la classe énergie : le DPE dit D.' });
    expect(back.status, back.text).toBe(200);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Accueil' }).click();
    await page.locator('blockquote.message').waitFor();
    expect(await page.locator('blockquote.message').textContent()).toBe('Précisez la classe énergie : le DPE dit D.');
    await page.getByRole('link', { name: 'Modifier l’offre et la soumettre à nouveau' }).click();
    await page.waitForURL(url(`/offres/${offerId}/modifier`));
    expect(await page.locator('blockquote.message').textContent()).toBe('Précisez la classe énergie : le DPE dit D.');
    expect(await page.getByLabel('Surface habitable (m²)').inputValue()).toBe('46,5');
    await page.getByLabel('Classe énergie (DPE)').selectOption('D');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.waitForURL(url(`/offres/${offerId}?modifiee=1`));
    await page.getByRole('button', { name: 'Soumettre à Action Logement…' }).click();
    await page.getByRole('button', { name: 'Oui, soumettre l’offre' }).click();
    await page.getByText('L’offre est soumise à Action Logement').waitFor();
    const history = plain(await page.locator('ol.timeline').textContent());
    expect(history).toContain('Renvoyée au bailleur — « Précisez la classe énergie : le DPE dit D. »');
    expect((await request(p.app).get(`/api/v1/offers/${offerId}`).set(bearer(user.token))).body.energyClass).toBe('D');

    // through the API: published, two applicants apply (the first with a verified piece), closed, both designated and transmitted
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/publish`).set(bearer(agent)).send({})).status).toBe(200);
    const first = await applicantWithActiveDemand(p, agent, { firstName: 'Awa', birthDate: '1985-05-05', monthlyResources: 2300, registrationDate: '2016-04-01' });
    const second = await applicantWithActiveDemand(p, agent, { firstName: 'Bruno', birthDate: '1990-01-01', monthlyResources: 2100, registrationDate: '2023-01-01' });
    const up = await request(p.app)
      .post(`/api/v1/demands/${first.demandId}/documents`)
      .set(bearer(first.token))
      .field('documentType', 'identity')
      .attach('files', SMALL_PDF, { filename: 'identite.pdf', contentType: 'application/pdf' });
    expect(up.status, up.text).toBe(201);
    const documentId = up.body.documents[0].id as string;
    expect((await request(p.app).post(`/api/v1/demands/${first.demandId}/documents/${documentId}/decision`).set(bearer(agent)).send({ outcome: 'verified' })).status).toBe(200);
    const candidacies: string[] = [];
    for (const who of [first, second]) {
      const applied = await request(p.app).post('/api/v1/candidacies').set(bearer(who.token)).send({ demandId: who.demandId, offerId });
      expect(applied.status, applied.text).toBe(201);
      candidacies.push(applied.body.id as string);
    }
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/close`).set(bearer(agent))).status).toBe(200);
    const ranking = await request(p.app).get(`/api/v1/offers/${offerId}/ranking`).set(bearer(agent));
    expect(ranking.status, ranking.text).toBe(200);
    const ordered = (ranking.body.items as { candidacyId: string }[]).map((i) => i.candidacyId);
    const designated = await request(p.app).post(`/api/v1/offers/${offerId}/designation`).set(bearer(agent)).send({ candidacyIds: ordered });
    expect(designated.status, designated.text).toBe(200);
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/transmission`).set(bearer(agent))).status).toBe(200);
    const api = await request(p.app).get(`/api/v1/offers/${offerId}/designated`).set(bearer(user.token));
    const inOrder = (api.body.items as { candidacyId: string; rankAtDesignation: number; demand: { candidate: { firstName: string; lastName: string } } }[]).sort(
      (a, b) => a.rankAtDesignation - b.rankAtDesignation,
    );
    const [top, next] = inOrder as [(typeof inOrder)[number], (typeof inOrder)[number]];

    // the candidates, in the order of designation, with the verified piece opened in the page (audited)
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Accueil' }).click();
    await page.getByRole('link', { name: 'Voir les candidats' }).click();
    await page.waitForURL(url(`/offres/${offerId}/candidats`));
    await page.locator('ol.candidates > li').nth(1).waitFor();
    const names = await page.locator('ol.candidates > li h2').allTextContents();
    expect(names[0]).toContain(`1er : `);
    expect(names[0]).toContain(top.demand.candidate.firstName);
    expect(names[1]).toContain(`2e : `);
    expect(names[1]).toContain(next.demand.candidate.firstName);
    expect(plain(await page.locator('ol.candidates > li').first().textContent())).toMatch(/Score à la désignation\s?[\d,]+ points/);
    const firstCard = page.locator('ol.candidates > li').filter({ hasText: 'identite.pdf' });
    const auditBefore = await auditedReads(documentId);
    await firstCard.getByRole('button', { name: /^Ouvrir / }).click();
    await page.locator('figure.viewer iframe').waitFor();
    expect(await page.locator('figure.viewer iframe').getAttribute('src')).toMatch(/^blob:/);
    expect(await auditedReads(documentId)).toBe(auditBefore + 1);
    await checkPage(page, 'candidats');

    // the CAL's decisions: the first accepted at rank 1, the second refused with a reason (asked for first)
    await page.getByRole('link', { name: 'Enregistrer les décisions de la CAL' }).click();
    await page.waitForURL(url(`/offres/${offerId}/decisions`));
    const cardOf = (c: typeof top) => page.locator('ol.candidates > li').filter({ hasText: c.demand.candidate.firstName });
    await cardOf(top).getByRole('button', { name: 'Enregistrer la décision…' }).waitFor();
    await checkPage(page, 'decisions');
    await cardOf(top).getByLabel('Acceptée').check();
    await cardOf(top).getByLabel('Rang donné par la commission').selectOption('1');
    await cardOf(top).getByRole('button', { name: 'Enregistrer la décision…' }).click();
    expect(plain(await cardOf(top).locator('.confirm').textContent())).toContain('sera retenue au rang 1');
    await checkPage(page, 'decision-confirmer');
    await cardOf(top).getByRole('button', { name: 'Oui, enregistrer la décision' }).click();
    await cardOf(top).getByText('Candidature retenue par la CAL au rang 1.').waitFor();

    await cardOf(next).getByLabel('Refusée').check();
    await cardOf(next).getByRole('button', { name: 'Enregistrer la décision…' }).click();
    await cardOf(next).getByText('Saisissez le motif du refus de la commission.').waitFor();
    await cardOf(next).getByLabel('Motif du refus').fill('Ressources insuffisantes pour le loyer');
    await cardOf(next).getByRole('button', { name: 'Enregistrer la décision…' }).click();
    expect(plain(await cardOf(next).locator('.confirm').textContent())).toContain('« Ressources insuffisantes pour le loyer »');
    await cardOf(next).getByRole('button', { name: 'Oui, enregistrer la décision' }).click();
    await cardOf(next).getByText('La CAL a refusé cette candidature : « Ressources insuffisantes pour le loyer ».').waitFor();
    const states = await request(p.app).get(`/api/v1/offers/${offerId}/designated`).set(bearer(user.token));
    const byId = new Map((states.body.items as { candidacyId: string; status: string; calRank: number | null; calReason: string | null }[]).map((i) => [i.candidacyId, i]));
    expect(byId.get(top.candidacyId)).toMatchObject({ status: 'cal_accepted', calRank: 1 });
    expect(byId.get(next.candidacyId)).toMatchObject({ status: 'cal_refused', calReason: 'Ressources insuffisantes pour le loyer' });

    // the candidate accepts the proposal by phone: the landlord records it, after a confirmation
    await cardOf(top).getByRole('button', { name: 'Le candidat accepte…' }).click();
    expect(plain(await cardOf(top).locator('.confirm').textContent())).toContain('vous pourrez ensuite enregistrer le bail signé');
    await checkPage(page, 'reponse-proposition');
    await cardOf(top).getByRole('button', { name: 'Oui, enregistrer son acceptation' }).click();
    await cardOf(top).getByRole('button', { name: 'Enregistrer le bail signé…' }).waitFor();
    const candidacy = await request(p.app)
      .get(`/api/v1/candidacies/${top.candidacyId}`)
      .set(bearer((top.candidacyId === candidacies[0] ? first : second).token));
    expect(candidacy.body.status).toBe('proposal_accepted');
    // a reload keeps the session (restored from the HttpOnly refresh cookie) and the page
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Décisions de la CAL et bail' }).waitFor();
    expect(page.url()).toBe(url(`/offres/${offerId}/decisions`));
    await cardOf(top).getByRole('button', { name: 'Enregistrer le bail signé…' }).click();
    expect(plain(await cardOf(top).locator('.confirm').textContent())).toContain('les autres candidats de l’offre seront informés qu’ils ne sont pas retenus');
    await cardOf(top).getByRole('button', { name: 'Oui, le bail est signé' }).click();
    await page.getByText('Le bail est signé : le logement est attribué.').waitFor();
    expect((await request(p.app).get(`/api/v1/offers/${offerId}`).set(bearer(user.token))).body.status).toBe('allocated');
    await checkPage(page, 'bail');

    // the yearly report: on screen, and the API's CSV downloaded
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Rapports' }).click();
    await page.waitForURL(url('/rapports'));
    await page.locator('table.data tbody tr').first().waitFor();
    const row = plain(await page.locator('table.data tbody tr').first().textContent());
    expect(row).toContain('Villeurbanne (69266)');
    expect(row).toContain('T2');
    expect(plain(await page.locator('table.data tfoot').textContent())).toContain('Total11');
    await checkPage(page, 'rapport');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le rapport (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(';');
    expect(csv).toContain('69266');

    // connected systems: one created (the secret shown once, and it works), then revoked after a confirmation
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Systèmes connectés' }).click();
    await page.waitForURL(url('/systemes'));
    await page.getByText('Aucun système connecté.').waitFor();
    await page.getByLabel('Nom du système').fill('Progiciel locatif');
    await page.getByRole('button', { name: 'Créer l’identifiant et le secret' }).click();
    await page.locator('#secret').waitFor();
    const [clientId, clientSecret] = await page.locator('#secret code.secret').allTextContents();
    await checkPage(page, 'systemes-secret');
    const issued = await request(p.app).post('/api/v1/auth/token').send({ grantType: 'client_credentials', clientId, clientSecret });
    expect(issued.status, issued.text).toBe(200);
    await page.getByRole('button', { name: 'J’ai copié le secret' }).click();
    await page.getByRole('button', { name: 'Révoquer Progiciel locatif' }).click();
    await page.getByRole('heading', { name: 'Révoquer « Progiciel locatif » ?' }).waitFor();
    await checkPage(page, 'systemes-revoquer');
    await page.getByRole('button', { name: 'Oui, révoquer ce système' }).click();
    await page.getByText(/^Révoqué le /).waitFor();
    expect(
      (
        await request(p.app)
          .get('/api/v1/offers')
          .set(bearer(issued.body.accessToken as string))
      ).status,
    ).toBe(401);

    // users: the administrator invites a colleague (a link by mail), then removes their access after a confirmation
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Utilisateurs' }).click();
    await page.waitForURL(url('/utilisateurs'));
    await page.getByRole('heading', { level: 2, name: 'Nadia Bailleur (vous)' }).waitFor();
    const colleague = `collegue-${process.pid}-${Date.now()}@bailleur.example`;
    await page.getByLabel('Prénom et nom').fill('Paul Collègue');
    await page.getByLabel('Adresse e-mail professionnelle').fill(colleague);
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await page.getByText(`Invitation envoyée à Paul Collègue : un lien pour choisir son mot de passe part à ${colleague}.`).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Paul Collègue' }).waitFor();
    await checkPage(page, 'utilisateurs');
    await page.getByRole('button', { name: 'Retirer l’accès de Paul Collègue' }).click();
    await page.getByRole('button', { name: 'Oui, retirer l’accès' }).click();
    await page.getByRole('heading', { level: 2, name: 'Paul Collègue' }).waitFor({ state: 'detached' });
    await context.close();
  }, 120_000);

  it('on a 390-pixel phone: the same pages fit and pass axe-core', async () => {
    const context = await browser.newContext({ ...PHONE, bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page, user.email);
    await page.locator('table.data').waitFor();
    await checkPage(page, 'accueil');
    for (const [route, name, ready] of [
      ['/offres', 'offres', '.offer-card'],
      ['/offres/nouvelle', 'offre-formulaire', 'form'],
      [`/offres/${offerId}`, 'offre', 'ol.timeline'],
      [`/offres/${offerId}/candidats`, 'candidats', 'ol.candidates'],
      [`/offres/${offerId}/decisions`, 'decisions', 'ol.candidates'],
      ['/rapports', 'rapport', 'table.data tbody'],
      ['/systemes', 'systemes', 'table.data tbody'],
      ['/utilisateurs', 'utilisateurs', 'ul.cards'],
      ['/nulle-part', 'introuvable', 'main h1'],
    ] as const) {
      await goInside(page, `/bailleur${route}`);
      await page.locator(ready).first().waitFor();
      await checkPage(page, name);
    }
    await context.close();
  });

  it('another landlord’s user gets « Page introuvable » for the offer’s pages, as the API answers 404', async () => {
    expect((await request(p.app).get(`/api/v1/offers/${offerId}`).set(bearer(otherUser.token))).status).toBe(404);
    const context = await browser.newContext({ ...DESK, bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page, otherUser.email, `/offres/${offerId}`);
    for (const suffix of ['', '/candidats', '/decisions', '/modifier']) {
      if (suffix) await goInside(page, `/bailleur/offres/${offerId}${suffix}`);
      await page
        .getByRole('heading', { level: 1, name: 'Page introuvable' })
        .waitFor()
        .catch(async (e: unknown) => {
          throw new Error(`${suffix || 'offer'} at ${page.url()}: ${await page.locator('body').textContent()} — ${String(e)}`);
        });
      const text = await page.locator('main').textContent();
      expect(text, suffix).toContain('Cette offre n’existe pas ou n’est pas l’une des vôtres.');
      expect(text, suffix).not.toContain('Villeurbanne');
      if (!suffix) await checkPage(page, 'introuvable-autre-bailleur');
    }
    await context.close();
  });

  it('withdraws an offer with a reason, after a confirmation that says it is final (the reason asked for first)', async () => {
    const created = await request(p.app)
      .post('/api/v1/offers')
      .set(bearer(user.token))
      .send({
        addressLine: '3 rue Francis de Pressensé',
        postalCode: '69100',
        communeCode: '69266',
        typology: 'T3',
        mainRooms: 3,
        surface: 64,
        floor: 1,
        elevator: false,
        accessible: true,
        energyClass: 'B',
        rent: 710,
        charges: 90,
        financing: 'PLUS',
        availableFrom: addDays(today, 45),
        closingDate: addDays(today, 15),
        description: '',
      });
    expect(created.status, created.text).toBe(201);
    const context = await browser.newContext({ ...PHONE, bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page, user.email, `/offres/${created.body.id}`);
    await page.getByRole('button', { name: 'Retirer l’offre…' }).click();
    await page.getByRole('heading', { name: 'Retirer cette offre ?' }).waitFor();
    await page.getByRole('button', { name: 'Oui, retirer l’offre' }).click();
    expect(await page.locator('#field-reason-error').textContent()).toBe('Dites pourquoi vous retirez l’offre.');
    await checkPage(page, 'offre-retirer');
    await page.getByLabel('Motif du retrait').fill('Logement reloué en interne');
    await page.getByRole('button', { name: 'Oui, retirer l’offre' }).click();
    await page.getByText('L’offre est retirée.').waitFor();
    await page.locator('.status', { hasText: 'Retirée' }).waitFor();
    expect(plain(await page.locator('ol.timeline').textContent())).toContain('Retirée — « Logement reloué en interne »');
    expect((await request(p.app).get(`/api/v1/offers/${created.body.id}`).set(bearer(user.token))).body.status).toBe('withdrawn');
    await context.close();
  });

  it('under the platform’s Content-Security-Policy: a forgotten password mails a link to /bailleur/mot-de-passe, which sets it', async () => {
    const context = await browser.newContext(DESK);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const cspErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') cspErrors.push(m.text());
    });
    const who = await p.signIn('landlord_user', { orgId: landlordId });
    await page.goto(url('/connexion'));
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.waitForURL(url('/mot-de-passe-oublie'));
    await page.getByLabel('Adresse e-mail').fill(who.email);
    await page.getByRole('button', { name: 'Recevoir un lien' }).click();
    await page.getByRole('status').filter({ hasText: /./ }).first().waitFor();
    const link = await mailedLink(who.email);
    expect(new URL(link).pathname).toBe('/bailleur/mot-de-passe');
    const token = await mailedLinkToken(p.db.database, who.email, 'identity.password_reset');
    await page.goto(url(`/mot-de-passe?token=${encodeURIComponent(token)}`));
    await page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' }).waitFor();
    const newPassword = 'une-phrase-de-passe-du-bailleur';
    await page.getByLabel('Nouveau mot de passe').fill(newPassword);
    await page.getByLabel('Le même mot de passe, à nouveau').fill(newPassword);
    await page.getByRole('button', { name: 'Changer mon mot de passe' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mot de passe changé' }).waitFor();
    await page.getByRole('link', { name: 'Se connecter' }).click();
    await page.getByLabel('Adresse e-mail').fill(who.email);
    await page.getByLabel('Mot de passe').fill(newPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(url('/accueil'));
    await page.locator('table.data').waitFor();
    // an applicant is sent to their own space
    const applicant = await p.signIn('applicant');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(url('/connexion?deconnecte=1'));
    await page.getByLabel('Adresse e-mail').fill(applicant.email);
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('alert').filter({ hasText: 'Cet espace est celui des bailleurs sociaux.' }).waitFor();
    expect(cspErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    await context.close();

    const checked = await browser.newContext({ ...PHONE, bypassCSP: true });
    const again = await checked.newPage();
    for (const [route, name, title] of [
      ['/connexion', 'connexion', 'Se connecter'],
      ['/invitation?token=0123456789abcdef', 'invitation', 'Activer mon compte'],
      ['/mot-de-passe-oublie', 'mot-de-passe-oublie', 'Mot de passe oublié'],
      ['/mot-de-passe?token=0123456789abcdef', 'nouveau-mot-de-passe', 'Choisir un nouveau mot de passe'],
    ] as const) {
      await again.goto(url(route));
      await again.getByRole('heading', { level: 1, name: title }).waitFor();
      await checkPage(again, name);
    }
    await checked.close();
  }, 60_000);

  async function auditedReads(documentId: string): Promise<number> {
    const r = (await p.db.database.db.execute(
      sql`select count(*)::int as n from platform.audit_entries where action = 'document.read' and object_id = ${documentId} and acting_for_id = ${landlordId}`,
    )) as unknown as { rows: { n: number }[] };
    return Number(r.rows[0]!.n);
  }

  async function mailedLink(email: string): Promise<string> {
    const r = (await p.db.database.db.execute(
      sql`select payload from identity.outbox where to_email = ${email.toLowerCase()} and kind = 'identity.password_reset' order by id desc limit 1`,
    )) as unknown as { rows: { payload: { link: string } | string }[] };
    const payload = r.rows[0]!.payload;
    return (typeof payload === 'string' ? (JSON.parse(payload) as { link: string }) : payload).link;
  }
});
