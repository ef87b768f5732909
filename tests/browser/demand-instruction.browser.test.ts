import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Browser, Page } from 'playwright-core';
import { sql } from 'drizzle-orm';
import { browserAvailability, launchBrowser, signInToAdmin } from '../support/browser';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { serve } from '../support/test-server';
import { SMALL_PDF as PDF } from '../support/files';

const { available } = browserAvailability();

const rows = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

function demandData(lastName: string) {
  return {
    applicant: {
      civility: '2',
      lastName,
      firstName: 'Amina',
      birthDate: '1991-02-14',
      nationality: '1',
      familySituation: 'C',
      employment: { contractType: 'CDI', employerName: 'Acme', workplaceCommuneCode: '69386' },
      resources: [{ code: 'SAL', monthlyAmount: 1950 }],
      taxIncome: { yearMinus1: 2025, amountMinus1: 22000, yearMinus2: 2024, amountMinus2: 21000 },
      address: { line: '3 place Bellecour', postalCode: '69002', communeCode: '69382' },
    },
    otherOccupants: [{ firstName: 'Yanis', birthDate: '2019-06-01', kinship: 'E', dependant: true }],
    reasons: ['too_small'],
    mobility: { kind: 'new_job', toCommuneCode: '69386', date: '2026-02-01' },
    wishes: { communeCodes: ['69386'], typologies: [3] },
    currentHousing: { kind: 'LP', monthlyRent: 640 },
  };
}

describe.runIf(available)('instruction of demands in the back office (real browser)', () => {
  let p: TestPlatform;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let agentEmail: string;
  let demandId: string;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'alin-browser-docs-'));
    p = await createTestPlatform({ env: { DATA_DIR: dataDir } });
    agentEmail = (await p.signIn('agent', { email: 'agent.demandes@test.alin' })).email;
    const applicant = await p.signIn('applicant');
    const created = await request(p.app).post('/api/v1/demands').set(auth(applicant.token)).send(demandData('Benamar'));
    expect(created.status, created.text).toBe(201);
    demandId = created.body.id;
    expect((await request(p.app).post(`/api/v1/demands/${demandId}/submit`).set(auth(applicant.token))).status).toBe(200);
    const up = await request(p.app)
      .post(`/api/v1/demands/${demandId}/documents`)
      .set(auth(applicant.token))
      .field('documentType', 'identity')
      .attach('files', PDF, { filename: 'identite.pdf', contentType: 'application/pdf' });
    expect(up.status, up.text).toBe(201);
    server = await serve(p.app);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await p?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function signIn(page: Page) {
    await signInToAdmin(page, server.url, agentEmail, TEST_PASSWORD);
  }

  it('an agent finds the submitted demand, checks its piece, refuses a rejection without reason, validates it and sees it active', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page);
    await page.getByRole('link', { name: 'Demandes', exact: true }).click();
    await page.waitForURL(`${server.url}/admin/demandes`);
    await page.getByLabel('État').selectOption('a-instruire');
    await page.getByLabel('Pièces').selectOption('a-verifier');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL(/statut=a-instruire/);
    expect(await page.locator(`tr[data-demand-id="${demandId}"] td[data-status]`).getAttribute('data-status')).toBe('submitted');
    await page.getByRole('link', { name: 'Amina Benamar' }).click();
    await page.waitForURL(`${server.url}/admin/demandes/${demandId}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Demande d’Amina Benamar');
    await expect(page.getByTestId('demand-status').textContent()).resolves.toBe('Déposée');
    await expect(page.getByTestId('household-category').textContent()).resolves.toContain('Catégorie de ménage 3');

    // the piece, shown inline in the viewer (same origin), then marked verified
    await page.getByRole('link', { name: 'Voir' }).click();
    await page.waitForURL(/piece=/);
    const frame = page.locator('#visionneuse iframe');
    expect(await frame.getAttribute('src')).toMatch(new RegExp(`/admin/demandes/${demandId}/pieces/[0-9a-f-]+/contenu$`));
    const content = await page.request.get(`${server.url}${await frame.getAttribute('src')}`);
    expect(content.status()).toBe(200);
    expect(content.headers()['content-disposition']).toMatch(/^inline;/);
    // leave the viewer (headless Chromium's PDF plugin can hold the next navigation's load event)
    await page.goto(`${server.url}/admin/demandes/${demandId}`);
    await page.getByRole('button', { name: 'Pièce conforme' }).click();
    await page.waitForURL(/ok=piece-verified/);
    expect(await page.locator('td[data-document-status]').getAttribute('data-document-status')).toBe('verified');

    // a rejection without a reason is refused next to the field, the page keeps what was typed elsewhere
    await page.getByLabel('Message au demandeur').fill('Merci d’ajouter votre bulletin de salaire.');
    await page.getByRole('button', { name: 'Refuser la demande' }).click();
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('motif');
    expect(await page.locator('#reject-reason-error').count()).toBe(1);
    await expect(page.getByTestId('demand-status').textContent()).resolves.toBe('Déposée');

    // validation, with the declared mobility checked; the tax notices are not verified: an override, with its reason and the confirmation
    await page.getByLabel(/Mobilité vérifiée/).check();
    await expect(page.getByTestId('checklist-status').textContent()).resolves.toContain('non vérifiée');
    await page.getByLabel('Motif de la validation sans toutes les pièces vérifiées').fill('Avis d’imposition vus en original au guichet');
    await page.getByRole('button', { name: 'Valider la demande' }).click();
    await page.getByRole('button', { name: 'Oui, valider la demande' }).click();
    await page.waitForURL(/ok=validated/);
    await expect(page.getByTestId('demand-status').textContent()).resolves.toBe('Active');
    await expect(page.getByTestId('registration').textContent()).resolves.toContain('En attente du SNE');
    expect(await page.getByRole('button', { name: 'Valider la demande' }).count()).toBe(0);

    // recorded with the agent and the time; the agent's reads of the file and of the piece are audited
    const audit = rows<{ action: string; actor_account_id: string; detail: { mobilityChecked?: boolean } }>(
      await p.db.database.db.execute(
        sql`select action, actor_account_id, detail from platform.audit_entries where object_id = ${demandId} or detail->>'demandId' = ${demandId} order by id`,
      ),
    );
    const validated = audit.find((a) => a.action === 'demand.validated');
    expect(validated?.detail.mobilityChecked).toBe(true);
    expect(audit.some((a) => a.action === 'document.read')).toBe(true);
    expect(audit.some((a) => a.action === 'document.verified')).toBe(true);
    expect(audit.filter((a) => a.action === 'demand.read').length).toBeGreaterThan(0);

    // the list shows it active, its number pending
    await page.goto(`${server.url}/admin/demandes?enregistrement=en-attente`);
    expect(await page.locator(`tr[data-demand-id="${demandId}"] td[data-status]`).getAttribute('data-status')).toBe('active');
    expect(await page.locator(`tr[data-demand-id="${demandId}"] td[data-registration-pending]`).getAttribute('data-registration-pending')).toBe('true');
    await page.close();
  });

  it('the demand page fits a phone screen', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`${server.url}/admin/demandes/${demandId}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
