import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { FixedClock } from '../../src/shared/testing/clock';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';

/** GET /reference/lists and /reference/lists/{list}: every coded list of the demand with its French labels, the codes the demand accepts. */

let p: TestPlatform;
beforeAll(async () => {
  p = await createTestPlatform({ clock: new FixedClock('2026-03-01T10:00:00Z') });
});
afterAll(async () => {
  await p?.close();
});

describe('GET /reference/lists', () => {
  it('gives every coded list the demand uses, each item with a French label', async () => {
    const res = await request(p.app).get('/api/v1/reference/lists');
    expect(res.status, res.text).toBe(200);
    const lists = res.body.lists as Record<string, { label: string; items: { code: string; label: string }[] }>;
    expect(Object.keys(lists).sort()).toEqual([
      'civility',
      'coApplicantLink',
      'contractType',
      'currentHousing',
      'demandReason',
      'documentType',
      'familySituation',
      'kinship',
      'mobilityKind',
      'nationality',
      'resource',
      'typology',
    ]);
    expect(lists.familySituation!.items).toEqual(
      expect.arrayContaining([
        { code: 'C', label: 'Célibataire' },
        { code: 'M', label: 'Marié·e' },
        { code: 'P', label: 'Pacsé·e' },
      ]),
    );
    expect(lists.familySituation!.items).toHaveLength(7);
    expect(lists.currentHousing!.items).toContainEqual({ code: 'HE', label: 'Hébergé·e' });
    expect(lists.resource!.items).toHaveLength(14);
    expect(lists.contractType!.items[0]).toEqual({ code: 'CDI', label: 'Contrat à durée indéterminée (CDI)' });
    for (const list of Object.values(lists)) {
      expect(list.label.length).toBeGreaterThan(3);
      for (const item of list.items) expect(item.label.length, item.code).toBeGreaterThanOrEqual(3);
    }
  });

  it('one list by its name; an unknown name is a 404 in French', async () => {
    const one = await request(p.app).get('/api/v1/reference/lists/currentHousing');
    expect(one.status).toBe(200);
    expect(one.body.label).toBe('Logement actuel');
    const none = await request(p.app).get('/api/v1/reference/lists/nope');
    expect(none.status).toBe(404);
    expect(none.body.detail).toMatch(/^Aucune liste de référence/);
  });

  it('every code of the lists is accepted by the demand: a draft with a code of each list is created', async () => {
    const { token } = await p.signIn('applicant');
    const lists = (await request(p.app).get('/api/v1/reference/lists')).body.lists as Record<string, { items: { code: string }[] }>;
    const first = (name: string) => lists[name]!.items.at(-1)!.code;
    const res = await request(p.app)
      .post('/api/v1/demands')
      .set('Authorization', `Bearer ${token}`)
      .send({
        applicant: {
          civility: first('civility'),
          lastName: 'Martin',
          firstName: 'Inès',
          birthDate: '1990-04-02',
          nationality: first('nationality'),
          familySituation: first('familySituation'),
          employment: { contractType: first('contractType') },
          resources: [{ code: first('resource'), monthlyAmount: 100 }],
        },
        otherOccupants: [{ birthDate: '2015-01-01', kinship: first('kinship'), dependant: true }],
        currentHousing: { kind: first('currentHousing') },
        reasons: [first('demandReason')],
        wishes: { communeCodes: ['69266'], typologies: [Number(first('typology'))] },
      });
    expect(res.status, res.text).toBe(201);
  });
});
