import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { demandData, randomSiret, submittedDemand } from '../support/scenario';
import { FixedClock } from '../../src/shared/testing/clock';

/**
 * Sorting and paging of the back-office tables that are not lists of their own: the territory
 * grids, and the tables inside detail pages (a landlord's agreements, a company's employees), read as an admin would
 * through the server-rendered pages.
 */
const METROPOLE_DE_LYON = '200046977';
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** the date the demands' data mean (tax notices of 2024 and 2025 are the current ones then) */
const clock = new FixedClock('2026-06-15T10:00:00Z');
let p: TestPlatform;
let admin: ReturnType<typeof request.agent>;
let agentToken: string;

beforeAll(async () => {
  p = await createTestPlatform({ clock });
  agentToken = (await p.signIn('agent')).token;
  const { email } = await p.signIn('admin');
  admin = request.agent(p.app);
  const form = await admin.get('/admin/login');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)?.[1];
  const signedIn = await admin.post('/admin/login').type('form').send({ email, password: TEST_PASSWORD, _csrf: csrf });
  expect(signedIn.status).toBe(303);
});
afterAll(async () => p?.close());

/** The text of one column of the page's first table body (tags stripped). */
const column = (html: string, testId: string, index: number): string[] => {
  const table = new RegExp(`<table data-testid="${testId}"[\\s\\S]*?</table>`).exec(html)?.[0] ?? '';
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => {
    const cells = [...row[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '').trim());
    return cells[index] ?? '';
  });
};
const ariaSort = (html: string, label: string): string | undefined => new RegExp(`<th scope="col"(?: aria-sort="(\\w+)")?><a href="[^"]*">${label}`).exec(html)?.[1];
const hrefOf = (html: string, label: string): string => {
  const href = new RegExp(`<a href="([^"]*)"[^>]*>${label}`).exec(html)?.[1];
  expect(href, `a link "${label}"`).toBeTruthy();
  return href!.replace(/&amp;/g, '&');
};

describe('the territory grids list', () => {
  beforeAll(async () => {
    // 21 inactive grids of one EPCI (only one may be active), named out of order
    for (const n of [7, 3, 21, 1, 14, 9, 2, 18, 5, 11, 20, 4, 16, 8, 13, 6, 19, 10, 15, 12, 17]) {
      const res = await request(p.app)
        .post('/api/v1/scoring/territory-grids')
        .set(bearer(agentToken))
        .send({
          epciCode: METROPOLE_DE_LYON,
          name: `Grille ${String(n).padStart(2, '0')}`,
          active: false,
          criteria: [{ label: { fr: 'DALO' }, fact: 'dalo', operator: 'true', points: n }],
        });
      expect(res.status, res.text).toBe(201);
    }
  });

  it('is sorted from accessible header links (aria-sort) and paged by 20', async () => {
    const first = await admin.get('/admin/grilles');
    expect(first.status).toBe(200);
    expect(ariaSort(first.text, 'EPCI')).toBe('ascending');
    expect(ariaSort(first.text, 'Nom')).toBeUndefined();
    expect(column(first.text, 'grids', 1)).toHaveLength(20);
    expect(first.text).toContain('Page 1 sur 2 · 21 grilles');

    const byName = await admin.get(hrefOf(first.text, 'Nom'));
    expect(ariaSort(byName.text, 'Nom')).toBe('ascending');
    const names = column(byName.text, 'grids', 1);
    expect(names).toEqual(Array.from({ length: 20 }, (_, i) => `Grille ${String(i + 1).padStart(2, '0')}`));
    // the next page keeps the order
    const next = await admin.get(hrefOf(byName.text, 'Page suivante'));
    expect(column(next.text, 'grids', 1)).toEqual(['Grille 21']);
    expect(next.text).toContain('Page 2 sur 2');

    // the header sorts the other way once sorted by it
    const desc = await admin.get(hrefOf(byName.text, 'Nom'));
    expect(ariaSort(desc.text, 'Nom')).toBe('descending');
    expect(column(desc.text, 'grids', 1).slice(0, 3)).toEqual(['Grille 21', 'Grille 20', 'Grille 19']);
    const byPoints = await admin.get('/admin/grilles?sort=points&dir=desc');
    expect(column(byPoints.text, 'grids', 3).slice(0, 3)).toEqual(['21', '20', '19']);
  });

  it('ignores a column outside the whitelist', async () => {
    const res = await admin.get('/admin/grilles?sort=criteria;drop&dir=sideways&page=abc');
    expect(res.status).toBe(200);
    expect(ariaSort(res.text, 'EPCI')).toBe('ascending');
    expect(res.text).toContain('Page 1 sur 2');
  });
});

describe('a landlord’s agreements', () => {
  let landlordId: string;
  beforeAll(async () => {
    const landlord = await request(p.app)
      .post('/api/v1/landlords')
      .set(bearer(agentToken))
      .send({ siren: '552100554', name: 'Habitat du Rhône', kind: 'OPH', regions: ['84'] });
    expect(landlord.status, landlord.text).toBe(201);
    landlordId = landlord.body.id;
    // 22 agreements: 2018 to 2028 in two départements, owing 1 to 22 units
    let owed = 0;
    for (const departement of ['69', '01']) {
      for (let year = 2018; year <= 2028; year++) {
        owed += 1;
        const res = await request(p.app).post(`/api/v1/landlords/${landlordId}/agreements`).set(bearer(agentToken)).send({ departement, year, unitsOwed: owed });
        expect(res.status, res.text).toBe(201);
      }
    }
  });

  it('shows the newest year first, 20 to a page, the headers sorting them (aria-sort) and landing on the table', async () => {
    const first = await admin.get(`/admin/bailleurs/${landlordId}`);
    expect(first.status).toBe(200);
    expect(ariaSort(first.text, 'Année')).toBe('descending');
    const years = column(first.text, 'agreements', 0);
    expect(years).toHaveLength(20);
    expect(years.slice(0, 2)).toEqual(['2028', '2028']);
    expect(first.text).toContain('Page 1 sur 2 · 22 conventions');
    expect(hrefOf(first.text, 'Dus')).toMatch(/#conventions$/);

    const byOwed = await admin.get(hrefOf(first.text, 'Dus'));
    expect(ariaSort(byOwed.text, 'Dus')).toBe('ascending');
    expect(ariaSort(byOwed.text, 'Année')).toBeUndefined();
    expect(column(byOwed.text, 'agreements', 2)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
    const second = await admin.get(hrefOf(byOwed.text, 'Page suivante'));
    expect(column(second.text, 'agreements', 2)).toEqual(['21', '22']);
    const owedDesc = await admin.get(hrefOf(byOwed.text, 'Dus'));
    expect(column(owedDesc.text, 'agreements', 2).slice(0, 2)).toEqual(['22', '21']);
  });
});

describe('a company’s employees', () => {
  let companyId: string;
  beforeAll(async () => {
    const { siret } = randomSiret();
    const company = await request(p.app)
      .post('/api/v1/companies')
      .set(bearer(agentToken))
      .send({ name: 'Transports Tri', sirets: [siret], headcount: 300, contribution: 'contributing', delegatesToAls: false });
    expect(company.status, company.text).toBe(201);
    companyId = company.body.id;
    // requested in this order: Martin, Bernard, Petit
    for (const lastName of ['Martin', 'Bernard', 'Petit']) {
      clock.set(new Date(clock.now().getTime() + 60_000)); // a minute apart
      await submittedDemand(
        p,
        demandData({}, { lastName, firstName: 'Léa', employment: { contractType: 'CDI', employerName: 'Transports Tri', employerSiret: siret, workplaceCommuneCode: '69386' } }),
      );
    }
  });

  it('lists the latest request first; the name header sorts them both ways (aria-sort), ordered by the database', async () => {
    const first = await admin.get(`/admin/entreprises/${companyId}`);
    expect(first.status).toBe(200);
    expect(ariaSort(first.text, 'Demande reçue le')).toBe('descending');
    expect(column(first.text, 'employees', 0)).toEqual(['Petit Léa', 'Bernard Léa', 'Martin Léa']);
    expect(first.text).toContain('Page 1 sur 1 · 3 salariés');
    const byName = await admin.get(hrefOf(first.text, 'Salarié'));
    expect(ariaSort(byName.text, 'Salarié')).toBe('ascending');
    expect(column(byName.text, 'employees', 0)).toEqual(['Bernard Léa', 'Martin Léa', 'Petit Léa']);
    const byNameDesc = await admin.get(hrefOf(byName.text, 'Salarié'));
    expect(column(byNameDesc.text, 'employees', 0)).toEqual(['Petit Léa', 'Martin Léa', 'Bernard Léa']);
    const oldestFirst = await admin.get(`/admin/entreprises/${companyId}?sort=requested&dir=asc`);
    expect(column(oldestFirst.text, 'employees', 0)).toEqual(['Martin Léa', 'Bernard Léa', 'Petit Léa']);
  });
});
