import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { FixedClock } from '../../src/shared/testing/clock';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { SMALL_PDF } from '../support/files';
import { auth, demandData, rows, submittedDemand } from '../support/scenario';

/**
 * Issue 15, item 6: instruction checks the pieces. Validating a demand needs the expected pieces
 * verified — an identity piece per adult, the tax notices of years N−2 and (when the demand gives
 * it) N−1, N from the clock — or an explicit override with a reason, audited; the back office shows
 * the checklist and asks for a confirmation before validating with an override.
 */

const clock = new FixedClock('2026-03-01T10:00:00Z');
let p: TestPlatform;
let agent: string;

const checklist = (demandId: string) => request(p.app).get(`/api/v1/demands/${demandId}/instruction-checklist`).set(auth(agent));
const validate = (demandId: string, body: Record<string, unknown> = {}) => request(p.app).post(`/api/v1/demands/${demandId}/validate`).set(auth(agent)).send(body);
const auditOf = async (demandId: string) =>
  rows<{ detail: { pieces: Record<string, unknown> } }>(
    await p.db.database.db.execute(sql`select detail from platform.audit_entries where action = 'demand.validated' and object_id = ${demandId}`),
  );

/** The applicant uploads a piece and the agent verifies it. */
async function verifiedPiece(a: { token: string; demandId: string }, documentType: string, extra: Record<string, string> = {}) {
  let req = request(p.app).post(`/api/v1/demands/${a.demandId}/documents`).set(auth(a.token)).field('documentType', documentType);
  for (const [k, v] of Object.entries(extra)) req = req.field(k, v);
  const up = await req.attach('files', SMALL_PDF, { filename: `${documentType}.pdf`, contentType: 'application/pdf' });
  expect(up.status, up.text).toBe(201);
  const id = up.body.documents[0].id as string;
  const decided = await request(p.app).post(`/api/v1/demands/${a.demandId}/documents/${id}/decision`).set(auth(agent)).send({ outcome: 'verified' });
  expect(decided.status, decided.text).toBe(200);
  return id;
}

beforeAll(async () => {
  p = await createTestPlatform({ clock });
  agent = (await p.signIn('agent')).token;
});
afterAll(async () => p?.close());

describe('validation checks the pieces', () => {
  it('lists the expected pieces with the years of the clock, and refuses to validate while they are not verified', async () => {
    const a = await submittedDemand(p);
    const list = await checklist(a.demandId);
    expect(list.status, list.text).toBe(200);
    expect(list.body).toMatchObject({ onDate: '2026-03-01', complete: false });
    expect(list.body.items.map((i: { key: string; state: string }) => [i.key, i.state])).toEqual([
      ['identity:applicant', 'missing'],
      ['tax_notice:applicant:2024', 'missing'],
      ['tax_notice:applicant:2025', 'missing'],
    ]);
    expect(list.body.items[1]).toMatchObject({ label: "Avis d'imposition sur les revenus 2024 — Claire Martin (demandeur)", stateLabel: 'Manquante' });

    const refused = await validate(a.demandId);
    expect(refused.status, refused.text).toBe(409);
    expect(refused.body).toMatchObject({ code: 'DEMAND.PIECES_NOT_VERIFIED' });
    expect(refused.body.detail).toContain("Pièce d'identité — Claire Martin (demandeur)");
    expect(refused.body.details.missing.map((m: { key: string }) => m.key)).toEqual(['identity:applicant', 'tax_notice:applicant:2024', 'tax_notice:applicant:2025']);
    expect((await request(p.app).get(`/api/v1/demands/${a.demandId}`).set(auth(a.token))).body.status).toBe('submitted');
    expect((await request(p.app).get(`/api/v1/demands/${a.demandId}/instruction-checklist`).set(auth(a.token))).status).toBe(403);

    // a piece uploaded but not verified does not count
    await verifiedPiece(a, 'identity');
    await verifiedPiece(a, 'tax_notice', { taxYear: '2024' });
    const waiting = await request(p.app)
      .post(`/api/v1/demands/${a.demandId}/documents`)
      .set(auth(a.token))
      .field('documentType', 'tax_notice')
      .field('taxYear', '2025')
      .attach('files', SMALL_PDF, { filename: 'avis-2025.pdf', contentType: 'application/pdf' });
    expect(waiting.status, waiting.text).toBe(201);
    const partial = await checklist(a.demandId);
    expect(partial.body.items.map((i: { state: string }) => i.state)).toEqual(['verified', 'verified', 'pending']);
    expect((await validate(a.demandId)).status).toBe(409);

    const decided = await request(p.app).post(`/api/v1/demands/${a.demandId}/documents/${waiting.body.documents[0].id}/decision`).set(auth(agent)).send({ outcome: 'verified' });
    expect(decided.status, decided.text).toBe(200);
    expect((await checklist(a.demandId)).body.complete).toBe(true);
    const ok = await validate(a.demandId);
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.status).toBe('active');
    expect(await auditOf(a.demandId)).toEqual([expect.objectContaining({ detail: expect.objectContaining({ pieces: { overridden: false } }) })]);
  });

  it('an N−1 income not given: only the N−2 notice is expected; a co-applicant brings their own', async () => {
    const a = await submittedDemand(
      p,
      demandData(
        {
          coApplicant: {
            civility: '1',
            lastName: 'Martin',
            firstName: 'Paul',
            birthDate: '1988-02-01',
            nationality: '1',
            familySituation: 'M',
            link: 'M',
            resources: [{ code: 'SAL', monthlyAmount: 1500 }],
            taxIncome: { yearMinus2: 2024, amountMinus2: 16000 },
          },
        },
        { familySituation: 'M', taxIncome: { yearMinus2: 2024, amountMinus2: 23000 } },
      ),
    );
    const list = await checklist(a.demandId);
    expect(list.body.items.map((i: { key: string }) => i.key)).toEqual(['identity:applicant', 'identity:coApplicant', 'tax_notice:applicant:2024', 'tax_notice:coApplicant:2024']);
  });

  it('an override needs a reason; validated with it, audited with the pieces missing', async () => {
    const a = await submittedDemand(p);
    const short = await validate(a.demandId, { piecesOverride: { reason: 'ok' } });
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([expect.objectContaining({ field: 'body.piecesOverride.reason' })]);
    const ok = await validate(a.demandId, { piecesOverride: { reason: 'Pièces originales vues au guichet, scans à venir' } });
    expect(ok.status, ok.text).toBe(200);
    expect(await auditOf(a.demandId)).toEqual([
      expect.objectContaining({
        detail: expect.objectContaining({
          pieces: {
            overridden: true,
            reason: 'Pièces originales vues au guichet, scans à venir',
            missing: ['identity:applicant', 'tax_notice:applicant:2024', 'tax_notice:applicant:2025'],
          },
        }),
      }),
    ]);
  });
});

describe('the back office shows the checklist and asks for a confirmation before validating with an override', () => {
  // the session cookie expires on the fixed clock's day (in the past of the real one): carried by hand
  let cookies = '';
  let csrf = '';
  const keep = (res: request.Response) => {
    const jar = new Map(cookies ? cookies.split('; ').map((c) => c.split('=') as [string, string]) : []);
    for (const c of (res.headers['set-cookie'] as unknown as string[] | undefined) ?? []) {
      const [pair] = c.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!, value.join('='));
    }
    cookies = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    return res;
  };
  const office = {
    get: async (url: string) => keep(await request(p.app).get(url).set('Cookie', cookies)),
    post: async (url: string, form: Record<string, string>) =>
      keep(
        await request(p.app)
          .post(url)
          .set('Cookie', cookies)
          .type('form')
          .send({ _csrf: csrf, ...form }),
      ),
  };
  beforeAll(async () => {
    const { email } = await p.signIn('agent');
    const form = await office.get('/admin/login');
    csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)?.[1] ?? '';
    expect((await office.post('/admin/login', { email, password: TEST_PASSWORD })).status).toBe(303);
  });

  it('the page lists the pieces and their state; validating needs the reason and a confirmation page', async () => {
    const a = await submittedDemand(p);
    await verifiedPiece(a, 'identity');
    const page = await office.get(`/admin/demandes/${a.demandId}`);
    expect(page.status).toBe(200);
    csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    expect(page.text).toContain('Contrôle des pièces avant validation');
    expect(page.text).toMatch(/data-checklist-item="identity:applicant" data-checklist-state="verified"/);
    expect(page.text).toMatch(/data-checklist-item="tax_notice:applicant:2024" data-checklist-state="missing"/);
    expect(page.text).toContain('2 pièces attendues non vérifiées');

    const noReason = await office.post(`/admin/demandes/${a.demandId}/valider`, {});
    expect(noReason.status).toBe(409);
    expect(noReason.text).toContain('Pièces attendues non vérifiées');
    const unconfirmed = await office.post(`/admin/demandes/${a.demandId}/valider`, { overrideReason: 'Avis vus en original au guichet' });
    expect(unconfirmed.status).toBe(200);
    expect(unconfirmed.text).toContain('Confirmer la validation sans toutes les pièces vérifiées');
    expect((await request(p.app).get(`/api/v1/demands/${a.demandId}`).set(auth(a.token))).body.status).not.toBe('active');
    const done = await office.post(`/admin/demandes/${a.demandId}/valider`, { overrideReason: 'Avis vus en original au guichet', confirm: 'oui' });
    expect(done.status).toBe(303);
    expect((await request(p.app).get(`/api/v1/demands/${a.demandId}`).set(auth(a.token))).body.status).toBe('active');
    expect(await auditOf(a.demandId)).toEqual([
      expect.objectContaining({ detail: expect.objectContaining({ pieces: expect.objectContaining({ overridden: true, reason: 'Avis vus en original au guichet' }) }) }),
    ]);
  });
});
