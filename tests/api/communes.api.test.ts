import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { FixedClock } from '../../src/shared/testing/clock';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';

/** GET /communes?q=: the commune lookup of the forms, by name (accents, case, abbreviations) or by postcode, bounded. */

let p: TestPlatform;
beforeAll(async () => {
  p = await createTestPlatform({ clock: new FixedClock('2026-03-01T10:00:00Z') });
});
afterAll(async () => {
  await p?.close();
});

const lookup = (query: Record<string, string>) => request(p.app).get('/api/v1/communes').query(query);

describe('GET /communes', () => {
  it('finds a commune by the start of its name, without accents or capitals, with its INSEE code and postcodes; no sign-in needed', async () => {
    const res = await lookup({ q: 'VILLEURB' });
    expect(res.status, res.text).toBe(200);
    expect(res.body.items[0]).toEqual({
      code: '69266',
      name: 'Villeurbanne',
      postalCodes: ['69100'],
      departement: '69',
      type: 'commune-actuelle',
      label: 'Villeurbanne (69100)',
    });
  });

  it('« st etienne » finds Saint-Étienne first (accents, hyphens and the abbreviation folded), the most populated first', async () => {
    const res = await lookup({ q: 'st etienne', limit: '5' });
    expect(res.status, res.text).toBe(200);
    expect(res.body.items).toHaveLength(5);
    expect(res.body.items[0]).toMatchObject({ code: '42218', name: 'Saint-Étienne' });
    for (const item of res.body.items) expect(item.name.startsWith('Saint-Étienne')).toBe(true);
  });

  it('finds a word inside a name (« roses » → L’Haÿ-les-Roses) after the names starting with it', async () => {
    const res = await lookup({ q: 'haÿ les roses' });
    expect(res.body.items.map((c: { code: string }) => c.code)).toContain('94038');
  });

  it('by postcode: the communes with that postcode first, then those whose postcode (or INSEE code) starts with the digits', async () => {
    const exact = await lookup({ q: '69100' });
    expect(exact.body.items[0]).toMatchObject({ code: '69266', name: 'Villeurbanne' });
    const prefix = await lookup({ q: '6900', limit: '20' });
    expect(prefix.body.items.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['69123', '69381']));
    for (const item of prefix.body.items) expect(item.postalCodes.some((pc: string) => pc.startsWith('6900')) || item.code.startsWith('6900')).toBe(true);
  });

  it('gives at most 10 communes by default and at most 20 when asked', async () => {
    expect((await lookup({ q: 'saint' })).body.items).toHaveLength(10);
    expect((await lookup({ q: 'saint', limit: '20' })).body.items).toHaveLength(20);
  });

  it('refuses a query under 2 or over 60 characters and a limit over 20, in French', async () => {
    for (const query of [{ q: 'a' }, { q: 'x'.repeat(61) }, { q: 'lyon', limit: '21' }, {}] as Record<string, string>[]) {
      const res = await lookup(query);
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.title).toMatch(/[éè]|requête|invalide/i);
    }
  });

  it('a name matching nothing gives an empty list; a hostile input is only text (answers fast)', async () => {
    expect((await lookup({ q: 'zzzzqqq' })).body.items).toEqual([]);
    const started = Date.now();
    const res = await lookup({ q: `${'a-'.repeat(29)}!` });
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
