import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { browserAvailability, launchBrowser, seriousAccessibilityViolations, signInToAdmin } from '../support/browser';
import { applicantWithActiveDemand, bearer, newSiren } from '../support/candidacy-fixtures';
import { rows } from '../support/scenario';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { serve } from '../support/test-server';
import { addDays, toIsoDate } from '../../src/shared/dates';

/**
 * An agent acts for a landlord that sends its offers and decisions by mail or phone (issue 17):
 * from the landlord's page in /admin, creates and submits an offer for it, and records a CAL
 * decision for it — each with a confirmation step; each stored as done by the agent for the
 * landlord (offer history, audit trail). Pages axe-core clean.
 */

/** Admin session cookies expire by the real time of the browser: these tests run on the system clock. */
const today = toIsoDate(new Date());
const inDays = (n: number) => addDays(today, n);

const { available } = browserAvailability();

describe.runIf(available)('an agent acts on a landlord’s behalf in the back office', () => {
  let p: TestPlatform;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let agent: { token: string; accountId: string; email: string };
  let landlordId: string;
  const landlordName = 'Habitat Dauphinois Courrier';
  let transmittedOfferId: string;
  let candidacyId: string;

  beforeAll(async () => {
    p = await createTestPlatform();
    agent = await p.signIn('agent', { email: `agent.pour-bailleur-${process.pid}@test.alin` });
    const landlord = await request(p.app)
      .post('/api/v1/landlords')
      .set(bearer(agent.token))
      .send({ siren: newSiren(), name: landlordName, kind: 'OPH', regions: ['84'] });
    expect(landlord.status, landlord.text).toBe(201);
    landlordId = landlord.body.id;
    await request(p.app)
      .post(`/api/v1/landlords/${landlordId}/agreements`)
      .set(bearer(agent.token))
      .send({ departement: '69', year: new Date().getUTCFullYear(), unitsOwed: 4 })
      .expect(201);

    // an offer of the landlord whose candidate was transmitted to it (through the API, by a user of the landlord and the agent)
    const user = await p.signIn('landlord_user', { orgId: landlordId });
    const offer = await request(p.app)
      .post('/api/v1/offers')
      .set(bearer(user.token))
      .send({
        addressLine: '12 rue Francis de Pressensé',
        postalCode: '69100',
        communeCode: '69266',
        typology: 2,
        mainRooms: 2,
        surface: 46,
        floor: 3,
        elevator: true,
        accessible: false,
        energyClass: 'C',
        rent: 520,
        charges: 80,
        financing: 'PLUS',
        availableFrom: inDays(60),
        closingDate: inDays(20),
      });
    expect(offer.status, offer.text).toBe(201);
    transmittedOfferId = offer.body.id;
    await request(p.app).post(`/api/v1/offers/${transmittedOfferId}/submit`).set(bearer(user.token)).expect(200);
    await request(p.app).post(`/api/v1/offers/${transmittedOfferId}/publish`).set(bearer(agent.token)).send({}).expect(200);
    const who = await applicantWithActiveDemand(p, agent.token, { birthDate: '1990-01-01', monthlyResources: 2200 });
    const applied = await request(p.app).post('/api/v1/candidacies').set(bearer(who.token)).send({ demandId: who.demandId, offerId: transmittedOfferId });
    expect(applied.status, applied.text).toBe(201);
    candidacyId = applied.body.id;
    await request(p.app).post(`/api/v1/offers/${transmittedOfferId}/close`).set(bearer(agent.token)).expect(200);
    await request(p.app)
      .post(`/api/v1/offers/${transmittedOfferId}/designation`)
      .set(bearer(agent.token))
      .send({ candidacyIds: [candidacyId] })
      .expect(200);
    await request(p.app).post(`/api/v1/offers/${transmittedOfferId}/transmission`).set(bearer(agent.token)).expect(200);

    server = await serve(p.app);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await p?.close();
  });

  async function axeClean(page: Page, where: string) {
    expect(await seriousAccessibilityViolations(page), `axe-core on ${where}`).toEqual([]);
  }

  const auditOf = async (action: string, objectId: string) =>
    rows<{ actor_account_id: string; actor_role: string; acting_for_kind: string; acting_for_id: string }>(
      await p.db.database.db.execute(
        sql`select actor_account_id::text, actor_role, acting_for_kind, acting_for_id::text from platform.audit_entries where action = ${action} and object_id = ${objectId}`,
      ),
    );

  it('creates and submits an offer for the landlord, each step confirmed; the history and the audit trail say: the agent, for the landlord', async () => {
    const page = await browser.newPage({ bypassCSP: true }); // axe-core is injected inline
    await signInToAdmin(page, server.url, agent.email, TEST_PASSWORD);
    await page.goto(`${server.url}/admin/bailleurs/${landlordId}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(landlordName);
    await axeClean(page, 'the landlord’s page');

    await page.getByRole('link', { name: 'Saisir une offre pour le bailleur' }).click();
    await page.waitForURL(`${server.url}/admin/bailleurs/${landlordId}/offres/nouvelle`);
    await axeClean(page, 'the offer form');
    // a wrong field is said next to it, in French, what was typed kept
    await page.getByLabel('Adresse', { exact: true }).fill('3 place Lazare Goujon');
    await page.getByLabel('Code postal').fill('69100');
    await page.getByLabel('Code commune INSEE').fill('69999');
    await page.getByLabel('Pièces principales').fill('3');
    await page.getByLabel('Surface habitable (m²)').fill('61,5');
    await page.getByLabel('Étage (0 pour le rez-de-chaussée)').fill('2');
    await page.getByLabel('Typologie').selectOption('3');
    await page.getByLabel('Ascenseur').selectOption('oui');
    await page.getByLabel('Loyer hors charges (€ par mois)').fill('610');
    await page.getByLabel('Charges (€ par mois)', { exact: true }).fill('95');
    await page.getByLabel('Disponible à partir du').fill(inDays(45));
    await page.getByLabel('Date de clôture souhaitée des candidatures').fill(inDays(25));
    await page.getByRole('button', { name: 'Enregistrer le brouillon pour le bailleur' }).click();
    expect(await page.locator('#communeCode-erreur').textContent()).toBe('Commune inconnue');
    expect(await page.getByLabel('Adresse', { exact: true }).inputValue()).toBe('3 place Lazare Goujon');
    await axeClean(page, 'the offer form with an error');

    await page.getByLabel('Code commune INSEE').fill('69266');
    await page.getByRole('button', { name: 'Enregistrer le brouillon pour le bailleur' }).click();
    await page.waitForURL(/\/offres\/[0-9a-f-]{36}\?ok=created$/);
    const offerId = /\/offres\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    expect(await page.getByRole('status').textContent()).toContain('pour le bailleur');
    expect(await page.getByTestId('offer-status').textContent()).toBe('Brouillon');
    await axeClean(page, 'the offer handled for the landlord');

    // the draft corrected for the landlord (the form filled with what is stored)
    await page.getByRole('link', { name: 'Corriger le brouillon pour le bailleur' }).click();
    expect(await page.getByLabel('Surface habitable (m²)').inputValue()).toBe('61,5');
    await page.getByLabel('Loyer hors charges (€ par mois)').fill('615');
    await page.getByRole('button', { name: 'Enregistrer le brouillon pour le bailleur' }).click();
    await page.waitForURL(/\?ok=updated$/);

    await page.getByRole('button', { name: 'Soumettre l’offre à Action Logement pour le bailleur' }).click();
    await page.getByTestId('confirmation').waitFor();
    expect(await page.getByTestId('confirmation').textContent()).toContain(`pour ${landlordName}`);
    await axeClean(page, 'the confirmation of the submission');
    await page.getByRole('button', { name: 'Oui, soumettre pour le bailleur' }).click();
    await page.waitForURL(/\?ok=submitted$/);
    expect(await page.getByTestId('offer-status').textContent()).toBe('Soumise');
    const line = await page.getByTestId('history').locator('li').last().textContent();
    expect(line).toContain('Soumise à Action Logement');
    expect(line).toContain(`pour ${landlordName}`);

    // stored: the landlord's offer, created by the agent; the history and the audit trail name both
    const api = await request(p.app).get(`/api/v1/offers/${offerId}`).set(bearer(agent.token));
    expect(api.body).toMatchObject({ landlordId, status: 'submitted', typology: 3, surface: 61.5, rent: 615 });
    expect(api.body.history.at(-1)).toMatchObject({ action: 'submitted', by: agent.accountId, onBehalfOf: landlordId });
    for (const action of ['offer.created', 'offer.updated', 'offer.submitted']) {
      expect(await auditOf(action, offerId), action).toEqual([{ actor_account_id: agent.accountId, actor_role: 'agent', acting_for_kind: 'landlord', acting_for_id: landlordId }]);
    }
    await page.close();
  }, 90_000);

  it('records the CAL’s decision, the proposal’s outcome and the lease for the landlord, each after a confirmation', async () => {
    const page = await browser.newPage({ bypassCSP: true }); // axe-core is injected inline
    await signInToAdmin(page, server.url, agent.email, TEST_PASSWORD);
    await page.goto(`${server.url}/admin/bailleurs/${landlordId}`);
    await page.getByTestId('waiting-offers').getByRole('link').first().click();
    await page.waitForURL(`${server.url}/admin/bailleurs/${landlordId}/offres/${transmittedOfferId}`);
    const candidate = page.locator(`li[data-candidacy-id="${candidacyId}"]`);
    expect(await candidate.getByTestId('candidacy-status').textContent()).toBe('Transmise au bailleur');
    await axeClean(page, 'the candidates transmitted to the landlord');

    await candidate.getByLabel('Attribué', { exact: true }).check();
    await candidate.getByLabel('Rang d’attribution (1 à 3, si attribué)').selectOption('1');
    await candidate.getByRole('button', { name: 'Enregistrer la décision pour le bailleur' }).click();
    await page.getByTestId('confirmation').waitFor();
    expect(await page.getByTestId('confirmation').textContent()).toContain('attribué, au rang 1');
    await axeClean(page, 'the confirmation of the CAL decision');
    await page.getByRole('button', { name: 'Oui, enregistrer la décision' }).click();
    await page.waitForURL(/\?ok=cal$/);
    expect(await page.locator(`li[data-candidacy-id="${candidacyId}"]`).getByTestId('candidacy-status').textContent()).toBe('Acceptée en CAL');

    expect(await auditOf('candidacy.cal_decision', candidacyId)).toEqual([
      { actor_account_id: agent.accountId, actor_role: 'agent', acting_for_kind: 'landlord', acting_for_id: landlordId },
    ]);
    const stored = await request(p.app).get(`/api/v1/candidacies/${candidacyId}`).set(bearer(agent.token));
    expect(stored.body.status).toBe('cal_accepted');

    // the candidate's answer reported by the landlord, then the signed lease, each confirmed
    await page.locator(`li[data-candidacy-id="${candidacyId}"]`).getByLabel('Le candidat accepte le logement').check();
    await page.getByRole('button', { name: 'Enregistrer l’issue pour le bailleur' }).click();
    await page.getByTestId('confirmation').waitFor();
    await page.getByRole('button', { name: 'Oui, enregistrer l’issue' }).click();
    await page.waitForURL(/\?ok=outcome$/);
    expect(await page.locator(`li[data-candidacy-id="${candidacyId}"]`).getByTestId('candidacy-status').textContent()).toBe('Proposition acceptée');
    await page.getByRole('button', { name: 'Enregistrer le bail signé pour le bailleur' }).click();
    await page.getByTestId('confirmation').waitFor();
    await axeClean(page, 'the confirmation of the lease');
    await page.getByRole('button', { name: 'Oui, enregistrer le bail' }).click();
    await page.waitForURL(/\?ok=lease$/);
    expect(await page.locator(`li[data-candidacy-id="${candidacyId}"]`).getByTestId('candidacy-status').textContent()).toBe('Bail signé');
    const allocated = await request(p.app).get(`/api/v1/offers/${transmittedOfferId}`).set(bearer(agent.token));
    expect(allocated.body.status).toBe('allocated');
    expect(allocated.body.history.at(-1)).toMatchObject({ action: 'allocated', by: agent.accountId, onBehalfOf: landlordId });
    for (const action of ['candidacy.proposal_outcome', 'candidacy.leased']) {
      expect(await auditOf(action, candidacyId), action).toEqual([
        { actor_account_id: agent.accountId, actor_role: 'agent', acting_for_kind: 'landlord', acting_for_id: landlordId },
      ]);
    }
    await page.close();
  }, 90_000);

  it('invites a user of the landlord’s portal from its page, and removes them', async () => {
    const page = await browser.newPage({ bypassCSP: true }); // axe-core is injected inline
    await signInToAdmin(page, server.url, agent.email, TEST_PASSWORD);
    await page.goto(`${server.url}/admin/bailleurs/${landlordId}`);
    await page.getByLabel('Nom', { exact: true }).fill('Mme Courrier');
    await page.getByLabel('E-mail professionnel').fill(`courrier-${process.pid}@bailleur.example`);
    await page.getByLabel('Administrateur : peut inviter et retirer ses collègues').check();
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await page.waitForURL(/\?ok=invited/);
    expect(await page.getByTestId('landlord-users').textContent()).toContain('Mme Courrier');
    expect(await page.getByTestId('landlord-users').textContent()).toContain('Invitation envoyée');
    await axeClean(page, 'the landlord’s page with its users');

    // removed after a confirmation: the user leaves the list, the account can no longer sign in
    await page.getByRole('button', { name: 'Retirer l’accès de Mme Courrier' }).click();
    await page.getByTestId('confirmation').waitFor();
    await axeClean(page, 'the confirmation of a user’s removal');
    await page.getByRole('button', { name: 'Oui, retirer l’accès' }).click();
    await page.waitForURL(/\?ok=removed/);
    expect(await page.locator('#utilisateurs').locator('..').textContent()).not.toContain('Mme Courrier');
    await page.close();
  }, 60_000);
});
