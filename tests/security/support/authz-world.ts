import { expect } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { FixedClock } from '../../../src/shared/testing/clock';
import { DEMAND } from '../../../src/modules/demand/index';
import { aDemandData } from '../../../src/modules/demand/testing/test-builders';
import { INVITATION_KIND } from '../../../src/modules/company-space/application/invitation-link';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../../support/test-platform';
import {
  applicantWithActiveDemand,
  bearer,
  createLandlord,
  deployedCompany,
  newSiren,
  publishedOffer,
  siretOf,
  validateEmployee,
  villeurbanneT2,
} from '../../support/candidacy-fixtures';

/**
 * The fixture world of the security tests (authorization matrix, property protection): two
 * applicants with their demands, two companies with deployed spaces and validated employees, two
 * landlords with agreements, users and API clients, offers published with candidacies, a
 * candidacy designated and transmitted, documents. Built through the API, once per test file.
 */

export const CALLERS = ['anon', 'appl', 'appl2', 'mgr', 'mgr2', 'llu', 'llu2', 'llc', 'llc2', 'agent', 'admin'] as const;
export type Caller = (typeof CALLERS)[number];

/** A small valid PDF (more than 100 bytes). */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

export const METROPOLE_DE_LYON = '200046977';

export interface Applicant {
  token: string;
  accountId: string;
  email: string;
  demandId: string;
}
export interface Landlord {
  id: string;
  agreementId: string;
  user: string;
  userEmail: string;
  client: string;
  clientId: string;
  clientSecret: string;
}
export interface Company {
  id: string;
  siret: string;
  manager: string;
}

export interface World {
  p: TestPlatform;
  agent: string;
  admin: string;
  A: Applicant;
  B: Applicant;
  C1: Company;
  C2: Company;
  L1: Landlord;
  L2: Landlord;
  /** L1's published offer: A and B applied */
  O1: string;
  /** L1's draft offer */
  OD: string;
  /** L1's offer where A's candidacy was designated and transmitted */
  OT: string;
  /** A's candidacy on O1, B's candidacy on O1, A's transmitted candidacy on OT */
  KA: string;
  KB: string;
  KT: string;
  /** A's document, B's document */
  DOC: string;
  DOCB: string;
  bonusId: string;
  gridId: string;
  /** the token of each caller */
  tokens: Record<Caller, string | undefined>;
}

export const api = (w: World) => ({
  get: (path: string, token?: string) => (token ? request(w.p.app).get(`/api/v1${path}`).set(bearer(token)) : request(w.p.app).get(`/api/v1${path}`)),
  post: (path: string, token: string | undefined, body?: unknown) => {
    const r = request(w.p.app).post(`/api/v1${path}`);
    if (token) r.set(bearer(token));
    return body === undefined ? r : r.send(body as object);
  },
  patch: (path: string, token: string, body: unknown) =>
    request(w.p.app)
      .patch(`/api/v1${path}`)
      .set(bearer(token))
      .send(body as object),
});

const expectStatus = (res: request.Response, status: number) => {
  const sent = (res as unknown as { req?: { method?: string; path?: string } }).req;
  expect(res.status, `${sent?.method} ${sent?.path}: ${res.text}`).toBe(status);
};

let seq = 0;
export const unique = (prefix: string) => `${prefix}-${process.pid}-${++seq}-${Date.now()}`;

export async function buildWorld(options: { env?: Record<string, string> } = {}): Promise<World> {
  const clock = new FixedClock('2026-03-01T10:00:00Z');
  const p = await createTestPlatform({ clock, env: { MAX_OPEN_CANDIDACIES: '10', ...options.env } });
  const agent = (await p.signIn('agent')).token;
  const admin = (await p.signIn('admin')).token;
  const w = { p, agent, admin } as World;
  const http = api(w);

  const landlord = async (): Promise<Landlord> => {
    const l = await createLandlord(p, agent);
    const email = unique('bailleur') + '@test.alin';
    const user = await p.signIn('landlord_user', { orgId: l.landlordId, email });
    const created = await http.post(`/landlords/${l.landlordId}/api-clients`, agent, { name: 'Système du bailleur' });
    expectStatus(created, 201);
    const { clientId, clientSecret } = created.body as { clientId: string; clientSecret: string };
    const token = await http.post('/auth/token', undefined, { grantType: 'client_credentials', clientId, clientSecret });
    expectStatus(token, 200);
    return { id: l.landlordId, agreementId: l.agreementId, user: user.token, userEmail: email, client: token.body.accessToken, clientId, clientSecret };
  };
  w.L1 = await landlord();
  w.L2 = await landlord();
  w.C1 = await deployedCompany(p, agent, { headcount: 1200, contribution: 'contributing', name: 'Entreprise Employeur C1' });
  w.C2 = await deployedCompany(p, agent, { headcount: 80, contribution: 'contributing', name: 'Entreprise Autre C2' });

  const applicant = async (firstName: string, company: Company, registrationDate: string) => {
    const a = await applicantWithActiveDemand(p, agent, { firstName, birthDate: '1990-01-01', monthlyResources: 2200, employerSiret: company.siret, registrationDate });
    await validateEmployee(p, company, a.demandId, ['A']);
    return a;
  };
  w.A = await applicant('Alicepropre', w.C1, '2020-05-01');
  w.B = await applicant('Bertrandautre', w.C2, '2021-05-01');

  w.O1 = await publishedOffer(p, agent, w.L1.user);
  w.KA = (await apply(w, w.A, w.O1)).id;
  w.KB = (await apply(w, w.B, w.O1)).id;
  const draft = await http.post('/offers', w.L1.user, villeurbanneT2({ description: 'Brouillon du bailleur' }));
  expectStatus(draft, 201);
  w.OD = draft.body.id;

  w.DOC = await uploadDocument(w, w.A.token, w.A.demandId);
  w.DOCB = await uploadDocument(w, w.B.token, w.B.demandId);
  // verified by an agent: a landlord may read only verified pieces
  for (const [demandId, docId] of [
    [w.A.demandId, w.DOC],
    [w.B.demandId, w.DOCB],
  ] as const) {
    expectStatus(await http.post(`/demands/${demandId}/documents/${docId}/decision`, agent, { outcome: 'verified' }), 200);
  }

  w.OT = await publishedOffer(p, agent, w.L1.user);
  w.KT = (await apply(w, w.A, w.OT)).id;
  expectStatus(await http.post(`/offers/${w.OT}/close`, agent), 200);
  expectStatus(await http.post(`/offers/${w.OT}/designation`, agent, { candidacyIds: [w.KT] }), 200);
  expectStatus(await http.post(`/offers/${w.OT}/transmission`, agent), 200);

  const bonus = await http.post('/scoring/balancing-bonuses', agent, {
    sizeClass: 'PME',
    points: 20,
    startDate: '2026-02-01',
    endDate: '2026-06-30',
    reason: 'Les PME sont en retard',
  });
  expectStatus(bonus, 201);
  w.bonusId = bonus.body.id;
  const grid = await http.post('/scoring/territory-grids', agent, { epciCode: METROPOLE_DE_LYON, name: 'Grille de la Métropole', active: false, criteria: [] });
  expectStatus(grid, 201);
  w.gridId = grid.body.id;

  w.tokens = {
    anon: undefined,
    appl: w.A.token,
    appl2: w.B.token,
    mgr: w.C1.manager,
    mgr2: w.C2.manager,
    llu: w.L1.user,
    llu2: w.L2.user,
    llc: w.L1.client,
    llc2: w.L2.client,
    agent,
    admin,
  };
  return w;
}

export async function apply(w: World, who: { token: string; demandId: string }, offerId: string): Promise<{ id: string }> {
  const res = await api(w).post('/candidacies', who.token, { demandId: who.demandId, offerId });
  expect([200, 201], res.text).toContain(res.status);
  return res.body;
}

export async function uploadDocument(w: World, token: string, demandId: string, documentType = 'identity'): Promise<string> {
  const res = await request(w.p.app)
    .post(`/api/v1/demands/${demandId}/documents`)
    .set(bearer(token))
    .field('documentType', documentType)
    .attach('files', PDF, { filename: 'piece-identite.pdf', contentType: 'application/pdf' });
  expectStatus(res, 201);
  return res.body.documents[0].id;
}

// ——— fresh objects in a given state (for the calls that change them) ———

export async function freshApplicant(w: World): Promise<{ token: string; accountId: string; email: string }> {
  return w.p.signIn('applicant');
}

export async function freshDraftDemand(w: World, employerSiret?: string): Promise<Applicant> {
  const who = await freshApplicant(w);
  const data = aDemandData();
  if (employerSiret) (data.applicant as { employment?: unknown }).employment = { contractType: 'CDI', employerName: 'Employeur', employerSiret, workplaceCommuneCode: '69266' };
  const created = await api(w).post('/demands', who.token, data);
  expectStatus(created, 201);
  return { ...who, demandId: created.body.id };
}

export async function freshSubmittedDemand(w: World, employerSiret?: string): Promise<Applicant> {
  const d = await freshDraftDemand(w, employerSiret);
  expectStatus(await api(w).post(`/demands/${d.demandId}/submit`, d.token), 200);
  return d;
}

export async function freshActiveDemand(w: World): Promise<Applicant> {
  return applicantWithActiveDemand(w.p, w.agent, { birthDate: '1990-01-01', monthlyResources: 2200 });
}

/** An active demand whose renewal window is open (due in three weeks). */
export async function freshRenewableDemand(w: World): Promise<Applicant> {
  const d = await freshActiveDemand(w);
  const repository = w.p.container.get(DEMAND.Repository);
  const record = await repository.findById(d.demandId);
  await repository.save({ ...record!, demand: { ...record!.demand, registrationDate: '2025-03-22', renewalDueDate: '2026-03-22' } }, []);
  return d;
}

export async function freshDocumentsRequested(w: World): Promise<Applicant> {
  const d = await freshSubmittedDemand(w);
  expectStatus(await api(w).post(`/demands/${d.demandId}/request-documents`, w.agent, { message: 'Merci de joindre votre avis d’imposition.' }), 200);
  return d;
}

export async function freshDraftOffer(w: World): Promise<string> {
  const res = await api(w).post('/offers', w.L1.user, villeurbanneT2());
  expectStatus(res, 201);
  return res.body.id;
}

export async function freshSubmittedOffer(w: World): Promise<string> {
  const id = await freshDraftOffer(w);
  expectStatus(await api(w).post(`/offers/${id}/submit`, w.L1.user), 200);
  return id;
}

export const freshPublishedOffer = (w: World): Promise<string> => publishedOffer(w.p, w.agent, w.L1.user);

export interface Journey {
  offerId: string;
  candidacyId: string;
  owner: Applicant;
}

export async function freshCandidacy(w: World, offerId?: string): Promise<Journey> {
  const owner = await freshActiveDemand(w);
  const target = offerId ?? (await freshPublishedOffer(w));
  return { offerId: target, candidacyId: (await apply(w, owner, target)).id, owner };
}

export async function freshClosedWithCandidacy(w: World): Promise<Journey> {
  const j = await freshCandidacy(w);
  expectStatus(await api(w).post(`/offers/${j.offerId}/close`, w.agent), 200);
  return j;
}

export async function freshDesignated(w: World): Promise<Journey> {
  const j = await freshClosedWithCandidacy(w);
  expectStatus(await api(w).post(`/offers/${j.offerId}/designation`, w.agent, { candidacyIds: [j.candidacyId] }), 200);
  return j;
}

export async function freshTransmitted(w: World): Promise<Journey> {
  const j = await freshDesignated(w);
  expectStatus(await api(w).post(`/offers/${j.offerId}/transmission`, w.agent), 200);
  return j;
}

export async function freshCalAccepted(w: World): Promise<Journey> {
  const j = await freshTransmitted(w);
  expectStatus(await api(w).post(`/candidacies/${j.candidacyId}/cal-decision`, w.L1.user, { decision: 'accepted', calRank: 1 }), 200);
  return j;
}

export async function freshProposalAccepted(w: World): Promise<Journey> {
  const j = await freshCalAccepted(w);
  expectStatus(await api(w).post(`/candidacies/${j.candidacyId}/accept-proposal`, j.owner.token), 200);
  return j;
}

export async function freshFellThrough(w: World): Promise<Journey> {
  const j = await freshTransmitted(w);
  expectStatus(await api(w).post(`/candidacies/${j.candidacyId}/cal-decision`, w.L1.user, { decision: 'refused', reason: 'Dossier incomplet' }), 200);
  return j;
}

/** A company in the referential without a space. */
export async function freshCompany(w: World): Promise<{ id: string; siret: string }> {
  const siret = siretOf(newSiren());
  const res = await api(w).post('/companies', w.agent, { name: unique('Entreprise'), sirets: [siret], headcount: 300, contribution: 'contributing', delegatesToAls: false });
  expectStatus(res, 201);
  return { id: res.body.id, siret };
}

/** A one-time invitation token (a manager invited when a space is configured). */
export async function freshInvitation(w: World): Promise<string> {
  const company = await freshCompany(w);
  const email = `${unique('rh')}@example.fr`;
  expectStatus(await api(w).post(`/companies/${company.id}/space`, w.agent, { action: 'configure', managers: [{ email, displayName: 'RH' }], quotas: { A: 1 } }), 200);
  const found = (await w.p.db.database.db.execute(
    sql`select payload from company_space.outbox where to_email = ${email} and kind = ${INVITATION_KIND} order by id desc limit 1`,
  )) as unknown as { rows: { payload: { invitationToken: string } }[] };
  return found.rows[0]!.payload.invitationToken;
}

/** A new session of the caller's kind (for the calls that end it). */
export async function freshSession(w: World, caller: Caller): Promise<string | undefined> {
  const login = async (email: string) => {
    const res = await api(w).post('/auth/login', undefined, { email, password: TEST_PASSWORD });
    expectStatus(res, 200);
    return res.body.accessToken as string;
  };
  const client = async (l: Landlord) => {
    const res = await api(w).post('/auth/token', undefined, { grantType: 'client_credentials', clientId: l.clientId, clientSecret: l.clientSecret });
    expectStatus(res, 200);
    return res.body.accessToken as string;
  };
  switch (caller) {
    case 'anon':
      return undefined;
    case 'appl':
      return login(w.A.email);
    case 'appl2':
      return login(w.B.email);
    case 'mgr':
      return (await w.p.signIn('company_manager', { orgId: w.C1.id })).token;
    case 'mgr2':
      return (await w.p.signIn('company_manager', { orgId: w.C2.id })).token;
    case 'llu':
      return login(w.L1.userEmail);
    case 'llu2':
      return login(w.L2.userEmail);
    case 'llc':
      return client(w.L1);
    case 'llc2':
      return client(w.L2);
    case 'agent':
      return (await w.p.signIn('agent')).token;
    case 'admin':
      return (await w.p.signIn('admin')).token;
  }
}

export { TEST_PASSWORD, newSiren, siretOf, villeurbanneT2, bearer };
