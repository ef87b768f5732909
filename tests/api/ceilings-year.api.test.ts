import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { FixedClock } from '../../src/shared/testing/clock';
import { ZONES } from '../../src/modules/offer/index';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { bearer, createLandlord, publishedOffer } from '../support/candidacy-fixtures';
import { rows } from '../support/scenario';

/**
 * A year without published ceilings (issue "rules that hold", item 2): on 5 January 2027, with the
 * reference data covering 2024–2026, the platform decides with 2026's table and says so; an admin
 * loads 2027's table from a CSV in the back office (checked, previewed, audited) without a deploy.
 */
const clock = new FixedClock('2027-01-05T09:00:00Z');
const CATEGORIES = ['1', '2', '3', '4', '5', '6', 'supplementaire'];
const csv2027 = (): string => {
  const lines = ['annee;financement;zone;categorie;montant'];
  for (const [f, base] of [
    ['PLAI', 14_000],
    ['PLUS', 24_000],
  ] as const) {
    for (const [z, zone] of ZONES.entries()) for (const [c, cat] of CATEGORIES.entries()) lines.push(`2027;${f};${zone};${cat};${base + z * 1000 + c * 100}`);
  }
  return lines.join('\n');
};

let p: TestPlatform;
let agent: string;
let offerId: string;

async function signedInForms(role: 'admin' | 'agent') {
  const { email } = await p.signIn(role);
  const browser = request.agent(p.app);
  const form = await browser.get('/admin/login');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)?.[1];
  expect((await browser.post('/admin/login').type('form').send({ email, password: TEST_PASSWORD, _csrf: csrf })).status).toBe(303);
  const csrfOf = async (path: string) => /name="_csrf" value="([^"]+)"/.exec((await browser.get(path)).text)?.[1] ?? '';
  return { browser, csrfOf };
}

beforeAll(async () => {
  p = await createTestPlatform({ clock });
  agent = (await p.signIn('agent')).token;
  const landlord = await createLandlord(p, agent);
  offerId = await publishedOffer(p, agent, landlord.landlordToken, { closingDate: '2027-02-15', availableFrom: '2027-03-01' });
});
afterAll(async () => p?.close());

describe('a year whose ceilings are not published', () => {
  it('decides with the last published year and says so, in the eligibility answers and on the agents’ dashboard', async () => {
    const summary = await request(p.app).get(`/api/v1/offers/${offerId}/eligibility-summary`).set(bearer(agent));
    expect(summary.status, summary.text).toBe(200);
    expect(summary.body).toMatchObject({
      year: 2027,
      ceilingYear: 2026,
      ceilingNotice: { fr: 'Les plafonds de ressources 2027 ne sont pas encore publiés : la plateforme applique ceux de 2026.' },
    });
    // Villeurbanne, PLUS, category 1: 2026's figure
    expect(summary.body.ceilings[0]).toEqual({ category: 1, ceiling: 23_403 });

    const { browser } = await signedInForms('agent');
    const dashboard = await browser.get('/admin');
    expect(dashboard.status).toBe(200);
    expect(dashboard.text).toContain('data-testid="ceilings-notice"');
    expect(dashboard.text).toContain('Les plafonds de ressources 2027 ne sont pas encore publiés : la plateforme applique ceux de 2026.');
    // agents read the ceilings page, but only an admin loads a year
    const page = await browser.get('/admin/plafonds');
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('Charger une année');
  });

  it('an admin’s CSV is checked line by line and nothing is applied when a line is wrong', async () => {
    const { browser, csrfOf } = await signedInForms('admin');
    const bad = csv2027().replace('2027;PLUS;other_regions;1;', '2027;PLUS;other_regions;1;-');
    const csrf = await csrfOf('/admin/plafonds');
    const res = await browser.post('/admin/plafonds/apercu').type('form').send({ _csrf: csrf, csv: bad });
    expect(res.status).toBe(422);
    expect(res.text).toContain(`Ligne 37 : Montant « -26000 » invalide`);
    expect(res.text).not.toContain('Appliquer les plafonds');
    const summary = await request(p.app).get(`/api/v1/offers/${offerId}/eligibility-summary`).set(bearer(agent));
    expect(summary.body.ceilingYear).toBe(2026);
  });

  it('an admin previews 2027’s table, applies it, and the next checks use it; the load is audited', async () => {
    const { browser, csrfOf } = await signedInForms('admin');
    const formCsrf = await csrfOf('/admin/plafonds');
    const preview = await browser.post('/admin/plafonds/apercu').type('form').send({ _csrf: formCsrf, csv: csv2027() });
    expect(preview.status, preview.text).toBe(200);
    expect(preview.text).toContain('Aperçu des plafonds 2027 (rien n’est encore appliqué)');
    expect(preview.text).toContain('63 montants seront ajoutés');
    // still 2026 until applied
    expect((await request(p.app).get(`/api/v1/offers/${offerId}/eligibility-summary`).set(bearer(agent))).body.ceilingYear).toBe(2026);

    const csrf = /name="_csrf" value="([^"]+)"/.exec(preview.text)?.[1];
    const applied = await browser.post('/admin/plafonds/appliquer').type('form').send({ _csrf: csrf, csv: csv2027() });
    expect(applied.status, applied.text).toBe(303);
    expect(applied.headers.location).toBe('/admin/plafonds?ok=charge');

    const summary = await request(p.app).get(`/api/v1/offers/${offerId}/eligibility-summary`).set(bearer(agent));
    expect(summary.body).toMatchObject({ year: 2027, ceilingYear: 2027, ceilingNotice: null });
    expect(summary.body.ceilings[0]).toEqual({ category: 1, ceiling: 26_000 }); // PLUS, other regions (zone index 2), category 1
    expect((await browser.get('/admin')).text).not.toContain('data-testid="ceilings-notice"');

    const audit = rows<{ action: string; object_id: string; detail: { year: number; cells: number; replaced: number } }>(
      await p.db.database.db.execute(sql`select action, object_id, detail from platform.audit_entries where action = 'offer.ceilings_loaded'`),
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ object_id: '2027', detail: { year: 2027, cells: 63, replaced: 0 } });

    // a start-up seed from the reference file never overwrites an administrator's figures
    await p.container.get((await import('../../src/modules/offer/index')).OFFER.Service).seedReferenceData();
    const stored = rows<{ amount: number }>(
      await p.db.database.db.execute(sql`select amount from offer.income_ceilings where year = 2027 and financing = 'PLUS' and zone = 'other_regions' and category = '1'`),
    );
    expect(stored[0]!.amount).toBe(26_000);
  });

  it('an agent cannot load ceilings', async () => {
    const { browser, csrfOf } = await signedInForms('agent');
    const csrf = await csrfOf('/admin/plafonds');
    const res = await browser.post('/admin/plafonds/appliquer').type('form').send({ _csrf: csrf, csv: csv2027() });
    expect(res.status).toBe(403);
  });
});
