import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Browser, Page } from 'playwright-core';
import { addDays, toIsoDate } from '../../src/shared/dates';
import { browserAvailability, launchBrowser, signInToAdmin } from '../support/browser';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { serve } from '../support/test-server';
import { demandData } from '../support/scenario';
import { bearer, newSiren, siretOf, villeurbanneT2 } from '../support/candidacy-fixtures';
import { multipart, PDF } from '../security/support/world';
import { expectPayloadsShownAsText } from '../support/xss';

/**
 * Stored XSS (issue 9 §3): payloads stored through the API in every text field the back office
 * shows (applicants' names and addresses, employer, agents' free text, refusal reasons, company,
 * landlord and offer texts, the designation's justification, scoring reasons, file names, audit
 * details), then every page opened in Chromium: no dialog, no injected element or handler in the
 * DOM, and the payloads shown as text.
 */

const today = toIsoDate(new Date());
const { available } = browserAvailability();

const PAYLOADS = [
  '<script>window.__xss=1;alert(1)</script>',
  '"><img src=x onerror="window.__xss=2;alert(2)">',
  'javascript:alert(3)',
  '<svg onload="window.__xss=4;alert(4)">',
  '\'><iframe src="javascript:alert(5)"></iframe>',
  '<a href="javascript:alert(6)">lien</a><b onmouseover=alert(7)>x</b>',
];
let n = 0;
/** A payload tagged with a marker, so that the page can be checked to show it as text. */
const xss = (max = 200) => `X${++n}${PAYLOADS[n % PAYLOADS.length]}`.slice(0, max);

describe.runIf(available)('stored XSS payloads are rendered escaped in the back office', () => {
  let p: TestPlatform;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let adminEmail: string;
  const stored: string[] = [];
  const pages: string[] = [];
  const keep = (v: string) => (stored.push(v), v);
  const notShown: string[] = [];
  const hidden = (v: string) => (notShown.push(v), v);

  beforeAll(async () => {
    p = await createTestPlatform();
    const agent = await p.signIn('agent');
    adminEmail = (await p.signIn('admin')).email; // an admin sees every page an agent sees, and the audit trail
    const t = agent.token;
    const post = async (path: string, token: string, body?: unknown, expected = [200, 201]) => {
      const res = await request(p.app)
        .post(path)
        .set(bearer(token))
        .send(body as object);
      expect(expected, `${path}: ${res.text}`).toContain(res.status);
      return res.body;
    };

    // a landlord, its agreement, its user; an offer with hostile texts
    const landlord = await post('/api/v1/landlords', t, { siren: newSiren(), name: keep(xss()), kind: 'ESH', regions: ['84'] });
    await post(`/api/v1/landlords/${landlord.id}/agreements`, t, { departement: '69', year: Number(today.slice(0, 4)), unitsOwed: 3 });
    const landlordToken = (await p.signIn('landlord_user', { orgId: landlord.id })).token;
    const offer = await post(
      '/api/v1/offers',
      landlordToken,
      villeurbanneT2({ description: keep(xss(2000)), addressLine: keep(xss(150)), closingDate: addDays(today, 20), availableFrom: addDays(today, 60) }),
    );
    await post(`/api/v1/offers/${offer.id}/submit`, landlordToken);
    await post(`/api/v1/offers/${offer.id}/publish`, t, {});
    // a second offer sent back with a hostile reason
    const offer2 = await post('/api/v1/offers', landlordToken, villeurbanneT2({ description: keep(xss()), closingDate: addDays(today, 20), availableFrom: addDays(today, 60) }));
    await post(`/api/v1/offers/${offer2.id}/submit`, landlordToken);
    await post(`/api/v1/offers/${offer2.id}/send-back`, t, { message: keep(xss(500)) });

    // a company and a space request with hostile names
    const siret = siretOf(newSiren());
    const company = await post('/api/v1/companies', t, { name: keep(xss()), sirets: [siret], headcount: 300, contribution: 'contributing', delegatesToAls: false });
    const anonymous = await request(p.app)
      .post('/api/v1/companies/space-requests')
      .send({ companyName: keep(xss()), siret: siretOf(newSiren()), contactName: keep(xss(120)), contactEmail: 'rh@example.fr', contactPhone: '0102030405' });
    expect(anonymous.status, anonymous.text).toBe(201);
    await post('/api/v1/scoring/balancing-bonuses', t, { companyId: company.id, points: 10, startDate: today, endDate: addDays(today, 90), reason: keep(xss(500)) });

    // applicants with hostile names, addresses and employers; two apply, one is asked for pieces, one refused
    const applicants: { token: string; demandId: string }[] = [];
    for (let i = 0; i < 4; i++) {
      const who = await p.signIn('applicant');
      const data = demandData(
        {},
        {
          lastName: keep(xss(100)),
          firstName: keep(xss(100)),
          // stored, though the back office does not show them today: checked should a page start to
          address: { line: hidden(xss(200)), postalCode: '69001', communeCode: '69381' },
          employment: { contractType: 'CDI', employerName: hidden(xss(200)), workplaceCommuneCode: '69266' },
        },
      );
      const created = await post('/api/v1/demands', who.token, { ...data, wishes: { communeCodes: ['69266'], typologies: [2] } });
      const { body, contentType } = multipart([['documentType', 'identity']], [{ name: `X${++n}<img src=x onerror=alert(${n})><svg onload=alert(1)>.pdf`, content: PDF }]);
      const up = await request(p.app).post(`/api/v1/demands/${created.id}/documents`).set(bearer(who.token)).set('Content-Type', contentType).send(body);
      expect(up.status, up.text).toBe(201);
      stored.push(up.body.documents[0].fileName);
      await post(`/api/v1/demands/${created.id}/submit`, who.token);
      applicants.push({ token: who.token, demandId: created.id });
    }
    await post(`/api/v1/demands/${applicants[2]!.demandId}/request-documents`, t, { message: keep(xss(2000)), documentTypes: ['identity'] });
    await post(`/api/v1/demands/${applicants[3]!.demandId}/reject`, t, { reason: keep(xss(2000)) });
    const candidacies: string[] = [];
    for (const a of applicants.slice(0, 2)) {
      await post(`/api/v1/demands/${a.demandId}/validate`, t, { piecesOverride: { reason: 'Pièces vues au guichet (test)' } });
      candidacies.push((await post('/api/v1/candidacies', a.token, { demandId: a.demandId, offerId: offer.id })).id);
    }
    await post(`/api/v1/offers/${offer.id}/close`, t);
    const ranking = await request(p.app).get(`/api/v1/offers/${offer.id}/ranking`).set(bearer(t));
    expect(ranking.status, ranking.text).toBe(200);
    await post(`/api/v1/offers/${offer.id}/designation`, t, { candidacyIds: [...candidacies].reverse(), justification: keep(xss(2000)) });

    pages.push(
      '/admin',
      '/admin/demandes',
      '/admin/demandes?statut=a-instruire',
      ...applicants.map((a) => `/admin/demandes/${a.demandId}`),
      '/admin/entreprises',
      `/admin/entreprises/${company.id}`,
      '/admin/entreprises/demandes',
      '/admin/bailleurs',
      `/admin/bailleurs/${landlord.id}`,
      '/admin/offres',
      `/admin/offres/${offer.id}`,
      `/admin/offres/${offer2.id}`,
      '/admin/classements',
      `/admin/offres/${offer.id}/classement`,
      '/admin/equilibrage',
      '/admin/grilles',
      '/admin/audit',
    );
    server = await serve(p.app);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await p?.close();
  });

  it('opens every page showing them: no dialog, no injected element, the payloads shown as text', async () => {
    const page: Page = await browser.newPage();
    await signInToAdmin(page, server.url, adminEmail, TEST_PASSWORD);
    const report = await expectPayloadsShownAsText(page, server.url, pages, stored);
    console.log(
      `stored XSS: ${stored.length + notShown.length} payloads stored (${stored.length} in fields the pages show), ${pages.length} pages opened, every one shown as text (${report.join(', ')})`,
    );
  });
});
