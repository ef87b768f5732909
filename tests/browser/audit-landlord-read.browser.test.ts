import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Browser } from 'playwright-core';
import { addDays, toIsoDate } from '../../src/shared/dates';
import { browserAvailability, launchBrowser, signInToAdmin } from '../support/browser';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { serve } from '../support/test-server';
import { applicantWithActiveDemand, bearer, createLandlord, publishedOffer } from '../support/candidacy-fixtures';
import { SMALL_PDF as PDF } from '../support/files';

/** Admin session cookies expire by the browser's real time: this test runs on the system clock. */
const today = toIsoDate(new Date());

const { available } = browserAvailability();

describe.runIf(available)('an admin finds a landlord’s read of a candidate’s document in the audit trail', () => {
  let p: TestPlatform;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let adminEmail: string;
  let landlordId: string;
  let readerEmail: string;
  let documentId: string;

  beforeAll(async () => {
    p = await createTestPlatform();
    adminEmail = (await p.signIn('admin', { email: 'admin.audit@test.alin' })).email;
    const agent = (await p.signIn('agent')).token;
    const landlord = await createLandlord(p, agent);
    landlordId = landlord.landlordId;
    const offerId = await publishedOffer(p, agent, landlord.landlordToken, { closingDate: addDays(today, 20), availableFrom: addDays(today, 60) });
    const who = await applicantWithActiveDemand(p, agent, { birthDate: '1985-05-05', monthlyResources: 2300, registrationDate: '2018-04-01' });
    const up = await request(p.app)
      .post(`/api/v1/demands/${who.demandId}/documents`)
      .set(bearer(who.token))
      .field('documentType', 'identity')
      .attach('files', PDF, { filename: 'identite.pdf', contentType: 'application/pdf' });
    expect(up.status, up.text).toBe(201);
    documentId = up.body.documents[0].id;
    expect((await request(p.app).post(`/api/v1/demands/${who.demandId}/documents/${documentId}/decision`).set(bearer(agent)).send({ outcome: 'verified' })).status).toBe(200);
    const applied = await request(p.app).post('/api/v1/candidacies').set(bearer(who.token)).send({ demandId: who.demandId, offerId });
    expect(applied.status, applied.text).toBe(201);
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/close`).set(bearer(agent))).status).toBe(200);
    expect(
      (
        await request(p.app)
          .post(`/api/v1/offers/${offerId}/designation`)
          .set(bearer(agent))
          .send({ candidacyIds: [applied.body.id] })
      ).status,
    ).toBe(200);
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/transmission`).set(bearer(agent))).status).toBe(200);
    const reader = await p.signIn('landlord_user', { orgId: landlordId });
    readerEmail = reader.email;
    const read = await request(p.app).get(`/api/v1/demands/${who.demandId}/documents/${documentId}/content`).set(bearer(reader.token));
    expect(read.status).toBe(200);
    server = await serve(p.app);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await p?.close();
  });

  it('signs in to /admin, searches /admin/audit by action and document, and sees who read it for which landlord', async () => {
    const page = await browser.newPage();
    try {
      await signInToAdmin(page, server.url, adminEmail, TEST_PASSWORD);
      await page.getByRole('link', { name: 'Journal d’audit' }).click();
      await page.waitForURL(`${server.url}/admin/audit`);
      await page.getByLabel('Action', { exact: true }).selectOption('document.read');
      await page.getByLabel('Identifiant de l’objet').fill(documentId);
      await page.getByRole('button', { name: 'Rechercher' }).click();
      await page.waitForURL(/\/admin\/audit\?/);
      const rows = page.locator('table tbody tr');
      expect(await rows.count()).toBe(1);
      const cells = await rows.first().locator('td').allTextContents();
      // who, in words: the reader's e-mail and role, for which landlord
      expect(cells[1]).toContain(readerEmail);
      expect(cells[1]).toContain('bailleur');
      expect(cells[1]).toContain(`pour le bailleur ${landlordId}`);
      expect(cells[2]).toBe('Pièce consultée');
      expect(cells[3]).toBe(`Pièce justificative${documentId}`);
      expect(cells[4]).toContain('via : designated_candidate');
      expect(cells[4]).not.toContain('{');
      expect(cells[5]).not.toBe('—');
      // Paris time with its zone
      expect(cells[0]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2} UTC[+−-]\d$/);
      const at = new Date((await rows.first().locator('time').getAttribute('datetime')) ?? '').getTime();
      expect(Date.now() - at).toBeGreaterThanOrEqual(-5_000);
      expect(Date.now() - at).toBeLessThan(10 * 60_000);

      // another object: no entry
      await page.getByLabel('Identifiant de l’objet').fill('00000000-0000-4000-8000-000000000000');
      await page.getByRole('button', { name: 'Rechercher' }).click();
      await page.waitForLoadState();
      expect(await page.locator('table tbody tr[data-action]').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
