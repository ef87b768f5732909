import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import sharp from 'sharp';
import { aDemandData } from '../../src/modules/demand/testing/test-builders';
import { mailedLinkToken } from '../support/account-links';
import { applicantWithActiveDemand } from '../support/candidacy-fixtures';
import {
  CALLERS,
  METROPOLE_DE_LYON,
  PDF,
  TEST_PASSWORD,
  bearer,
  buildWorld,
  freshActiveDemand,
  freshCalAccepted,
  freshCandidacy,
  freshClosedWithCandidacy,
  freshCompany,
  freshDesignated,
  freshDocumentsRequested,
  freshDraftDemand,
  freshDraftOffer,
  freshFellThrough,
  freshInvitation,
  freshProposalAccepted,
  freshPublishedOffer,
  freshRenewableDemand,
  freshSession,
  freshSubmittedDemand,
  freshSubmittedOffer,
  freshTransmitted,
  newSiren,
  siretOf,
  unique,
  uploadDocument,
  villeurbanneT2,
  type Caller,
  type World,
} from './support/authz-world';

/**
 * The authorization matrix: every route of the API (api.routes) × every caller, compared with the
 * table in authorization-matrix.md. See that file for the callers, the objects and the cells.
 */

const TABLE = fileURLToPath(new URL('./authorization-matrix.md', import.meta.url));

interface Row {
  route: string;
  cells: Record<Caller, string>;
  notes: string;
}

/** Reads the table: the header row names the columns, one row per `METHOD /path`. */
function readMatrix(): Map<string, Row> {
  const lines = readFileSync(TABLE, 'utf8').split('\n');
  const start = lines.findIndex((l) => /^\|\s*route\s*\|/.test(l));
  if (start < 0) throw new Error('authorization-matrix.md: no table with a "route" column');
  const split = (l: string) =>
    l
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
  const header = split(lines[start]!);
  expect(header.slice(1, 1 + CALLERS.length), 'columns of the table').toEqual([...CALLERS]);
  const rows = new Map<string, Row>();
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cols = split(line);
    const route = cols[0]!;
    if (rows.has(route)) throw new Error(`authorization-matrix.md: ${route} listed twice`);
    const cells = Object.fromEntries(CALLERS.map((c, i) => [c, cols[i + 1] ?? ''])) as Record<Caller, string>;
    for (const [c, v] of Object.entries(cells)) if (!/^(2xx|401|403|404|\d{3}\*)$/.test(v)) throw new Error(`authorization-matrix.md: ${route} / ${c}: "${v}" is not a cell`);
    rows.set(route, { route, cells, notes: cols[1 + CALLERS.length] ?? '' });
  }
  return rows;
}

const matches = (cell: string, status: number) => (cell === '2xx' ? status >= 200 && status < 300 : status === Number(cell.replace('*', '')));

// ——— how each route is called ———

interface Target {
  path: string;
  body?: unknown;
  query?: Record<string, string>;
  /** multipart upload of a PDF */
  upload?: boolean;
  /** multipart upload of a photo (an offer's) */
  photo?: boolean;
  /** raw body without a signature (the provider's webhook) */
  raw?: string;
  /** tokens of some callers for this call (e.g. the owner of a fresh object) */
  as?: Partial<Record<Caller, string | undefined>>;
}

interface Case {
  /**
   * `allowed`: the call changes its object, so each cell expected to pass the access check (2xx or
   * marked) gets a fresh object (target called with the caller), the other cells share one (target
   * called with null);
   * `every`: a fresh target for every cell.
   */
  fresh?: 'allowed' | 'every';
  /**
   * With `allowed`: the first caller allowed acts on the object the refused callers were sent,
   * which shows that the refusals changed nothing (default); false where that object is not one
   * the allowed callers can act on.
   */
  reuse?: false;
  target: (caller: Caller | null) => Promise<Target> | Target;
}

let w: World;
let departementSeq = 0;
/** a small PNG, for the offers' photos */
const PHOTO = sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 90, g: 120, b: 150 } } })
  .png()
  .toBuffer();
/** adds a photo to the offer as L1's user; its id */
async function photoOn(offerId: string): Promise<string> {
  const res = await request(w.p.app)
    .post(`/api/v1/offers/${offerId}/photos`)
    .set(bearer(w.L1.user))
    .attach('file', await PHOTO, { filename: 'photo.png', contentType: 'image/png' });
  expect(res.status, res.text).toBe(201);
  return res.body.id as string;
}
const DEPARTEMENTS = ['01', '07', '26', '38', '42', '43', '63', '71', '73', '74', '03', '15'];

/** the fresh object's owner answers in the applicant's column */
const owner = (_caller: Caller | null, token: string) => ({ as: { appl: token } });

const CASES: Record<string, Case> = {
  // identity
  'POST /auth/register': {
    fresh: 'every',
    target: () => ({ path: '/auth/register', body: { email: `${unique('inscrit')}@test.alin`, password: TEST_PASSWORD, displayName: 'Nouvel inscrit' } }),
  },
  'POST /auth/register/confirm': {
    fresh: 'every',
    target: async () => {
      const email = `${unique('inscrit')}@test.alin`;
      await request(w.p.app).post('/api/v1/auth/register').send({ email, password: TEST_PASSWORD, displayName: 'Nouvel inscrit' });
      return { path: '/auth/register/confirm', body: { token: await mailedLinkToken(w.p.db.database, email, 'identity.email_confirmation'), password: TEST_PASSWORD } };
    },
  },
  'POST /auth/password-reset': { target: () => ({ path: '/auth/password-reset', body: { email: w.A.email } }) },
  'POST /auth/password-reset/confirm': {
    fresh: 'every',
    target: async () => {
      const { email } = await w.p.signIn('applicant');
      await request(w.p.app).post('/api/v1/auth/password-reset').send({ email });
      return { path: '/auth/password-reset/confirm', body: { token: await mailedLinkToken(w.p.db.database, email, 'identity.password_reset'), password: `${TEST_PASSWORD}-2` } };
    },
  },
  'POST /auth/login': { target: () => ({ path: '/auth/login', body: { email: w.A.email, password: TEST_PASSWORD } }) },
  'POST /auth/refresh': {
    fresh: 'every',
    target: async () => {
      const login = await request(w.p.app).post('/api/v1/auth/login').send({ email: w.A.email, password: TEST_PASSWORD });
      return { path: '/auth/refresh', body: { refreshToken: login.body.refreshToken } };
    },
  },
  'POST /auth/logout': { fresh: 'every', target: async (c) => ({ path: '/auth/logout', as: c ? { [c]: await freshSession(w, c) } : {} }) },
  'POST /auth/token': { target: () => ({ path: '/auth/token', body: { grantType: 'client_credentials', clientId: w.L1.clientId, clientSecret: w.L1.clientSecret } }) },
  'POST /auth/invitations/accept': {
    fresh: 'every',
    target: async () => ({ path: '/auth/invitations/accept', body: { token: await freshInvitation(w), password: TEST_PASSWORD } }),
  },
  'GET /me': { target: () => ({ path: '/me' }) },
  'POST /auth/password': {
    // a fresh account of the caller's role each call (its sessions all end): the world's accounts keep their password and sessions
    fresh: 'every',
    target: async (c) => {
      const role = {
        appl: 'applicant',
        appl2: 'applicant',
        mgr: 'company_manager',
        mgr2: 'company_manager',
        llu: 'landlord_user',
        llu2: 'landlord_user',
        agent: 'agent',
        admin: 'admin',
      } as const;
      const org = { mgr: w.C1.id, mgr2: w.C2.id, llu: w.L1.id, llu2: w.L2.id } as Partial<Record<Caller, string>>;
      const own = c && c in role ? (await w.p.signIn(role[c as keyof typeof role], org[c] ? { orgId: org[c] } : {})).token : undefined;
      return { path: '/auth/password', body: { currentPassword: TEST_PASSWORD, newPassword: `${TEST_PASSWORD}-nouveau` }, ...(own ? { as: { [c!]: own } } : {}) };
    },
  },
  'GET /communes': { target: () => ({ path: '/communes', query: { q: 'villeurb' } }) },
  'POST /me/alerts': {
    fresh: 'every',
    target: async (c) => ({
      path: '/me/alerts',
      body: { communeCodes: ['69266'], typologies: [2] },
      ...(c === 'appl' || c === 'appl2' ? { as: { [c]: (await w.p.signIn('applicant')).token } } : {}),
    }),
  },
  'GET /me/alerts': { target: () => ({ path: '/me/alerts' }) },
  'DELETE /me/alerts/:id': {
    fresh: 'allowed',
    target: async (c) => {
      // A's alert; appl2's own call gets an alert of its own (its 404 on A's is the cell)
      const owner = c === 'appl2' ? w.tokens.appl2 : w.tokens.appl;
      const made = await request(w.p.app)
        .post('/api/v1/me/alerts')
        .set('Authorization', `Bearer ${owner}`)
        .send({ typologies: [2] });
      const id = made.body.id as string;
      return { path: `/me/alerts/${id}` };
    },
  },
  'POST /alerts/unsubscribe': {
    fresh: 'every',
    target: async () => {
      const made = await request(w.p.app)
        .post('/api/v1/me/alerts')
        .set('Authorization', `Bearer ${w.tokens.appl}`)
        .send({ typologies: [4] });
      const id = made.body.id as string;
      const { ALERT } = await import('../../src/modules/alert/index');
      const { unsubscribeToken } = await import('../../src/modules/alert/application/unsubscribe-token');
      return { path: '/alerts/unsubscribe', body: { alertId: id, token: unsubscribeToken(w.p.container.get(ALERT.Settings).unsubscribeKey, id) } };
    },
  },
  'GET /reference/lists': { target: () => ({ path: '/reference/lists' }) },
  'GET /reference/lists/:list': { target: () => ({ path: '/reference/lists/familySituation' }) },
  'GET /me/export': { target: () => ({ path: '/me/export' }) },
  'GET /me/notifications': { target: () => ({ path: '/me/notifications' }) },
  'POST /me/erasure': {
    fresh: 'allowed',
    reuse: false,
    target: async (c) => ({ path: '/me/erasure', body: { password: TEST_PASSWORD }, ...(c ? { as: { [c]: (await w.p.signIn('applicant')).token } } : {}) }),
  },

  // demands
  'POST /demands': {
    fresh: 'allowed',
    reuse: false,
    target: async (c) => ({ path: '/demands', body: aDemandData(), ...(c ? { as: { [c]: (await w.p.signIn('applicant')).token } } : {}) }),
  },
  'POST /demands/import': {
    fresh: 'allowed',
    reuse: false,
    target: async (c) => ({
      path: '/demands/import',
      body: { registry: 'sne', number: '0590625004217T0001', birthDate: '1990-01-01' },
      ...(c ? { as: { [c]: (await w.p.signIn('applicant')).token } } : {}),
    }),
  },
  'POST /demands/import/confirm': { target: () => ({ path: '/demands/import/confirm', body: { challengeId: '00000000-0000-4000-8000-000000000000', code: '000000' } }) },
  'GET /demands': { target: () => ({ path: '/demands' }) },
  'GET /demands/:id': { target: () => ({ path: `/demands/${w.A.demandId}` }) },
  'PATCH /demands/:id': { target: () => ({ path: `/demands/${w.A.demandId}`, body: { wishes: { communeCodes: ['69266'], typologies: [2] } } }) },
  'POST /demands/:id/submit': {
    fresh: 'allowed',
    target: async (c) => {
      const d = await freshDraftDemand(w);
      return { path: `/demands/${d.demandId}/submit`, ...owner(c, d.token) };
    },
  },
  'POST /demands/:id/renew': {
    fresh: 'allowed',
    target: async (c) => {
      const d = await freshRenewableDemand(w);
      return { path: `/demands/${d.demandId}/renew`, ...owner(c, d.token) };
    },
  },
  'POST /demands/:id/cancel': {
    fresh: 'allowed',
    target: async (c) => {
      const d = await freshActiveDemand(w);
      return { path: `/demands/${d.demandId}/cancel`, body: { reason: 'Relogée' }, ...owner(c, d.token) };
    },
  },
  'POST /demands/:id/documents-provided': {
    fresh: 'allowed',
    target: async (c) => {
      const d = await freshDocumentsRequested(w);
      return { path: `/demands/${d.demandId}/documents-provided`, ...owner(c, d.token) };
    },
  },
  'POST /demands/:id/start-instruction': {
    fresh: 'allowed',
    target: async (c) => {
      const d = await freshSubmittedDemand(w);
      return { path: `/demands/${d.demandId}/start-instruction`, ...owner(c, d.token) };
    },
  },
  'POST /demands/:id/validate': {
    fresh: 'allowed',
    target: async (c) => {
      const d = await freshSubmittedDemand(w);
      return { path: `/demands/${d.demandId}/validate`, body: { piecesOverride: { reason: 'Pièces vues au guichet (test)' } }, ...owner(c, d.token) };
    },
  },
  'GET /demands/:id/instruction-checklist': { target: () => ({ path: `/demands/${w.A.demandId}/instruction-checklist` }) },
  'POST /demands/:id/fact-checks': {
    fresh: 'allowed',
    target: async (c) => {
      const d = await applicantWithActiveDemand(w.p, w.agent, { birthDate: '1990-01-01', monthlyResources: 2200, calHistory: { refusedByCal: true } });
      return { path: `/demands/${d.demandId}/fact-checks`, body: { fact: 'cal_history', decision: 'uncheck', reason: 'Refus non attesté' }, ...owner(c, d.token) };
    },
  },
  'POST /demands/:id/request-documents': {
    fresh: 'allowed',
    target: async (c) => {
      const d = await freshSubmittedDemand(w);
      return { path: `/demands/${d.demandId}/request-documents`, body: { message: 'Merci de joindre un justificatif.' }, ...owner(c, d.token) };
    },
  },
  'POST /demands/:id/reject': {
    fresh: 'allowed',
    target: async (c) => {
      const d = await freshSubmittedDemand(w);
      return { path: `/demands/${d.demandId}/reject`, body: { reason: 'Données incohérentes' }, ...owner(c, d.token) };
    },
  },
  'POST /demands/:id/documents': { target: () => ({ path: `/demands/${w.A.demandId}/documents`, upload: true }) },
  'GET /demands/:id/documents': { target: () => ({ path: `/demands/${w.A.demandId}/documents` }) },
  'GET /demands/:id/documents/:docId': { target: () => ({ path: `/demands/${w.A.demandId}/documents/${w.DOC}` }) },
  'GET /demands/:id/documents/:docId/content': { target: () => ({ path: `/demands/${w.A.demandId}/documents/${w.DOC}/content` }) },
  'DELETE /demands/:id/documents/:docId': {
    fresh: 'allowed',
    target: async () => ({ path: `/demands/${w.A.demandId}/documents/${await uploadDocument(w, w.A.token, w.A.demandId, 'payslip')}` }),
  },
  'POST /demands/:id/documents/:docId/decision': {
    fresh: 'allowed',
    target: async () => ({ path: `/demands/${w.A.demandId}/documents/${await uploadDocument(w, w.A.token, w.A.demandId, 'payslip')}/decision`, body: { outcome: 'verified' } }),
  },
  'GET /demands/:id/eligibility': { target: () => ({ path: `/demands/${w.A.demandId}/eligibility`, query: { offerId: w.O1 } }) },
  'POST /verification/webhook': { target: () => ({ path: '/verification/webhook', raw: JSON.stringify({ providerRef: 'ref-inconnue', status: 'verified' }) }) },

  // offers
  'GET /offers': { target: () => ({ path: '/offers' }) },
  'POST /offers': { target: () => ({ path: '/offers', body: villeurbanneT2() }) },
  'GET /offers/:id': { target: () => ({ path: `/offers/${w.O1}` }) },
  'PATCH /offers/:id': { target: () => ({ path: `/offers/${w.OD}`, body: { description: 'T2 lumineux, proche du métro' } }) },
  'POST /offers/:id/submit': { fresh: 'allowed', target: async () => ({ path: `/offers/${await freshDraftOffer(w)}/submit` }) },
  'POST /offers/:id/start-instruction': { fresh: 'allowed', target: async () => ({ path: `/offers/${await freshSubmittedOffer(w)}/start-instruction` }) },
  'POST /offers/:id/send-back': {
    fresh: 'allowed',
    target: async () => ({ path: `/offers/${await freshSubmittedOffer(w)}/send-back`, body: { message: 'Précisez la surface.' } }),
  },
  'POST /offers/:id/publish': { fresh: 'allowed', target: async () => ({ path: `/offers/${await freshSubmittedOffer(w)}/publish`, body: {} }) },
  'POST /offers/:id/close': { fresh: 'allowed', target: async () => ({ path: `/offers/${await freshPublishedOffer(w)}/close` }) },
  'POST /offers/:id/withdraw': { fresh: 'allowed', target: async () => ({ path: `/offers/${await freshPublishedOffer(w)}/withdraw`, body: { reason: 'Logement vendu' } }) },
  'GET /offers/:id/history': { target: () => ({ path: `/offers/${w.O1}/history` }) },
  'GET /offers/:id/eligibility-summary': { target: () => ({ path: `/offers/${w.O1}/eligibility-summary` }) },
  'POST /offers/:id/photos': { fresh: 'allowed', target: async () => ({ path: `/offers/${await freshDraftOffer(w)}/photos`, photo: true }) },
  'PUT /offers/:id/photos/order': {
    fresh: 'allowed',
    target: async () => {
      const o = await freshDraftOffer(w);
      return { path: `/offers/${o}/photos/order`, body: { photoIds: [await photoOn(o)] } };
    },
  },
  'DELETE /offers/:id/photos/:photoId': {
    fresh: 'allowed',
    target: async () => {
      const o = await freshDraftOffer(w);
      return { path: `/offers/${o}/photos/${await photoOn(o)}` };
    },
  },
  'GET /offers/:id/photos/:photoId/:size': { target: async () => ({ path: `/offers/${w.O1}/photos/${await photoOn(w.O1)}/small` }) },

  // candidacies
  'POST /candidacies': { target: () => ({ path: '/candidacies', body: { demandId: w.A.demandId, offerId: w.O1 } }) },
  'GET /candidacies': { target: () => ({ path: '/candidacies' }) },
  'GET /candidacies/notifications': { target: () => ({ path: '/candidacies/notifications' }) },
  'GET /candidacies/:id': { target: () => ({ path: `/candidacies/${w.KA}` }) },
  'POST /candidacies/:id/withdraw': {
    fresh: 'allowed',
    target: async (c) => {
      const j = await freshCandidacy(w, w.O1);
      return { path: `/candidacies/${j.candidacyId}/withdraw`, body: { reason: 'Trop loin' }, ...owner(c, j.owner.token) };
    },
  },
  'POST /candidacies/:id/accept-proposal': {
    fresh: 'allowed',
    target: async (c) => {
      const j = await freshCalAccepted(w);
      return { path: `/candidacies/${j.candidacyId}/accept-proposal`, ...owner(c, j.owner.token) };
    },
  },
  'POST /candidacies/:id/decline-proposal': {
    fresh: 'allowed',
    target: async (c) => {
      const j = await freshCalAccepted(w);
      return { path: `/candidacies/${j.candidacyId}/decline-proposal`, body: { reason: 'Trop cher' }, ...owner(c, j.owner.token) };
    },
  },
  'POST /candidacies/:id/cal-decision': {
    fresh: 'allowed',
    target: async () => ({ path: `/candidacies/${(await freshTransmitted(w)).candidacyId}/cal-decision`, body: { decision: 'accepted', calRank: 1 } }),
  },
  'POST /candidacies/:id/lease': { fresh: 'allowed', target: async () => ({ path: `/candidacies/${(await freshProposalAccepted(w)).candidacyId}/lease` }) },
  'POST /candidacies/:id/proposal-outcome': {
    fresh: 'allowed',
    target: async () => ({ path: `/candidacies/${(await freshCalAccepted(w)).candidacyId}/proposal-outcome`, body: { outcome: 'accepted' } }),
  },
  'GET /offers/:id/candidacies': { target: () => ({ path: `/offers/${w.O1}/candidacies` }) },
  'GET /offers/:id/ranking': { target: () => ({ path: `/offers/${w.O1}/ranking` }) },
  'POST /offers/:id/designation': {
    fresh: 'allowed',
    target: async () => {
      const j = await freshClosedWithCandidacy(w);
      return { path: `/offers/${j.offerId}/designation`, body: { candidacyIds: [j.candidacyId] } };
    },
  },
  'POST /offers/:id/ranking/recomputation': {
    fresh: 'allowed',
    target: async () => {
      const j = await freshClosedWithCandidacy(w);
      return { path: `/offers/${j.offerId}/ranking/recomputation`, body: { reason: 'Un fait corrigé après la clôture' } };
    },
  },
  'POST /offers/:id/transmission': { fresh: 'allowed', target: async () => ({ path: `/offers/${(await freshDesignated(w)).offerId}/transmission` }) },
  'POST /offers/:id/republish': {
    fresh: 'allowed',
    target: async () => ({ path: `/offers/${(await freshFellThrough(w)).offerId}/republish`, body: { closingDate: '2026-04-30', reason: 'Candidat refusé en CAL' } }),
  },
  'GET /offers/:id/designated': { target: () => ({ path: `/offers/${w.OT}/designated` }) },

  // companies
  'GET /companies': { target: () => ({ path: '/companies' }) },
  'POST /companies': {
    fresh: 'every',
    target: () => ({ path: '/companies', body: { name: unique('Entreprise'), sirets: [siretOf(newSiren())], headcount: 40, contribution: 'none' } }),
  },
  'POST /companies/space-requests': {
    fresh: 'every',
    target: () => ({
      path: '/companies/space-requests',
      body: { companyName: unique('Demandeuse'), siret: siretOf(newSiren()), contactName: 'Mme RH', contactEmail: 'rh@example.fr' },
    }),
  },
  'GET /companies/space-requests': { target: () => ({ path: '/companies/space-requests' }) },
  'GET /companies/:id': { target: () => ({ path: `/companies/${w.C1.id}` }) },
  'PATCH /companies/:id': { target: () => ({ path: `/companies/${w.C1.id}`, body: { delegatesToAls: false } }) },
  'POST /companies/:id/space': {
    fresh: 'allowed',
    target: async () => ({
      path: `/companies/${(await freshCompany(w)).id}/space`,
      body: { action: 'configure', managers: [{ email: `${unique('rh')}@example.fr`, displayName: 'RH' }], quotas: { A: 2 } },
    }),
  },
  'GET /companies/:id/policy': { target: () => ({ path: `/companies/${w.C1.id}/policy` }) },
  'PUT /companies/:id/policy': {
    target: () => ({ path: `/companies/${w.C1.id}/policy`, body: { descriptions: { A: 'Mutation professionnelle' }, quotas: { A: 5, B: 5, C: 5 } } }),
  },
  'GET /companies/:id/employees': { target: () => ({ path: `/companies/${w.C1.id}/employees` }) },
  'POST /companies/:id/employees/:demandId/validation': {
    fresh: 'allowed',
    target: async () => ({ path: `/companies/${w.C1.id}/employees/${(await freshSubmittedDemand(w, w.C1.siret)).demandId}/validation`, body: { decision: 'validate' } }),
  },
  'POST /companies/:id/employees/:demandId/tranches': {
    target: () => ({ path: `/companies/${w.C1.id}/employees/${w.A.demandId}/tranches`, body: { tranche: 'B', reason: 'Mobilité professionnelle' } }),
  },
  'DELETE /companies/:id/employees/:demandId/tranches/:tranche': {
    fresh: 'allowed',
    reuse: false,
    target: async (c) => {
      if (!c) return { path: `/companies/${w.C1.id}/employees/${w.A.demandId}/tranches/A`, query: { reason: 'Erreur' } };
      const granted = await request(w.p.app)
        .post(`/api/v1/companies/${w.C1.id}/employees/${w.A.demandId}/tranches`)
        .set(bearer(w.C1.manager))
        .send({ tranche: 'C', reason: 'Situation urgente' });
      expect(granted.status, granted.text).toBe(201);
      return { path: `/companies/${w.C1.id}/employees/${w.A.demandId}/tranches/C`, query: { reason: 'Erreur' } };
    },
  },
  'GET /companies/:id/candidacies': { target: () => ({ path: `/companies/${w.C1.id}/candidacies` }) },

  // landlords
  'GET /landlords': { target: () => ({ path: '/landlords' }) },
  'POST /landlords': { fresh: 'every', target: () => ({ path: '/landlords', body: { siren: newSiren(), name: unique('Bailleur'), kind: 'OPH', regions: ['84'] } }) },
  'GET /landlords/:id': { target: () => ({ path: `/landlords/${w.L1.id}` }) },
  'PATCH /landlords/:id': { target: () => ({ path: `/landlords/${w.L1.id}`, body: { regions: ['84'] } }) },
  'POST /landlords/:id/api-clients': { target: () => ({ path: `/landlords/${w.L1.id}/api-clients`, body: { name: 'Second système' } }) },
  'GET /landlords/:id/api-clients': { target: () => ({ path: `/landlords/${w.L1.id}/api-clients` }) },
  'DELETE /landlords/:id/api-clients/:clientId': {
    fresh: 'allowed',
    target: async () => {
      const registered = await request(w.p.app)
        .post(`/api/v1/landlords/${w.L1.id}/api-clients`)
        .set(bearer(w.agent))
        .send({ name: unique('Système') });
      expect(registered.status, registered.text).toBe(201);
      return { path: `/landlords/${w.L1.id}/api-clients/${registered.body.clientId}` };
    },
  },
  'GET /landlords/:id/summary': { target: () => ({ path: `/landlords/${w.L1.id}/summary` }) },
  'GET /landlords/:id/users': { target: () => ({ path: `/landlords/${w.L1.id}/users` }) },
  'POST /landlords/:id/users': {
    fresh: 'every',
    target: () => ({ path: `/landlords/${w.L1.id}/users`, body: { email: `${unique('collegue')}@bailleur.example`, displayName: 'Collègue' } }),
  },
  'DELETE /landlords/:id/users/:userId': {
    fresh: 'allowed',
    target: async () => {
      const invited = await request(w.p.app)
        .post(`/api/v1/landlords/${w.L1.id}/users`)
        .set(bearer(w.agent))
        .send({ email: `${unique('retire')}@bailleur.example`, displayName: 'À retirer' });
      expect(invited.status, invited.text).toBe(201);
      return { path: `/landlords/${w.L1.id}/users/${invited.body.accountId}` };
    },
  },
  'GET /landlords/:id/agreements': { target: () => ({ path: `/landlords/${w.L1.id}/agreements` }) },
  'POST /landlords/:id/agreements': {
    fresh: 'every',
    target: () => ({ path: `/landlords/${w.L1.id}/agreements`, body: { departement: DEPARTEMENTS[departementSeq++ % DEPARTEMENTS.length], year: 2026, unitsOwed: 2 } }),
  },
  'GET /landlords/:id/agreements/:agreementId': { target: () => ({ path: `/landlords/${w.L1.id}/agreements/${w.L1.agreementId}` }) },
  'PATCH /landlords/:id/agreements/:agreementId': { target: () => ({ path: `/landlords/${w.L1.id}/agreements/${w.L1.agreementId}`, body: { unitsOwed: 3 } }) },
  'GET /landlords/:id/agreements/:agreementId/report': { target: () => ({ path: `/landlords/${w.L1.id}/agreements/${w.L1.agreementId}/report` }) },

  // scoring
  'GET /scoring/balancing-bonuses': { target: () => ({ path: '/scoring/balancing-bonuses' }) },
  'GET /scoring/balancing-bonuses/:id': { target: () => ({ path: `/scoring/balancing-bonuses/${w.bonusId}` }) },
  'POST /scoring/balancing-bonuses': {
    target: () => ({ path: '/scoring/balancing-bonuses', body: { sizeClass: 'ETI', points: 10, startDate: '2026-03-01', endDate: '2026-06-30', reason: 'Rattrapage des ETI' } }),
  },
  'PATCH /scoring/balancing-bonuses/:id': { target: () => ({ path: `/scoring/balancing-bonuses/${w.bonusId}`, body: { reason: 'Les PME restent en retard' } }) },
  'GET /scoring/balancing-stats': { target: () => ({ path: '/scoring/balancing-stats' }) },
  'GET /scoring/grid-facts': { target: () => ({ path: '/scoring/grid-facts' }) },
  'GET /scoring/territory-grids': { target: () => ({ path: '/scoring/territory-grids' }) },
  'GET /scoring/territory-grids/:id': { target: () => ({ path: `/scoring/territory-grids/${w.gridId}` }) },
  'POST /scoring/territory-grids': { target: () => ({ path: '/scoring/territory-grids', body: { epciCode: METROPOLE_DE_LYON, name: 'Brouillon', active: false, criteria: [] } }) },
  'PATCH /scoring/territory-grids/:id': { target: () => ({ path: `/scoring/territory-grids/${w.gridId}`, body: { name: 'Grille de la Métropole de Lyon' } }) },

  // platform
  'GET /stats': { target: () => ({ path: '/stats' }) },
  'GET /registry/pending-work': { target: () => ({ path: '/registry/pending-work' }) },
  'GET /registry/for-departement/:code': { target: () => ({ path: '/registry/for-departement/35' }) },
  'GET /demands/:id/registration-certificate': { target: () => ({ path: `/demands/${w.A.demandId}/registration-certificate` }) },
};

async function send(method: string, target: Target, token: string | undefined): Promise<request.Response> {
  const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  let req = request(w.p.app)[verb](`/api/v1${target.path}`);
  if (token) req = req.set(bearer(token));
  if (target.query) req = req.query(target.query);
  if (target.upload) return req.field('documentType', 'identity').attach('files', PDF, { filename: 'piece.pdf', contentType: 'application/pdf' });
  if (target.photo) return req.attach('file', await PHOTO, { filename: 'photo.png', contentType: 'image/png' });
  if (target.raw !== undefined) return req.set('Content-Type', 'application/json').send(target.raw);
  return target.body === undefined ? req : req.send(target.body as object);
}

const matrix = readMatrix();
const routeKey = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`;
let cellsChecked = 0;
let routesChecked = 0;
let extraChecked = 0;

beforeAll(async () => {
  w = await buildWorld();
}, 240_000);
afterAll(async () => {
  // eslint-disable-next-line no-console
  console.log(
    `authorization matrix: ${cellsChecked} cells checked (${routesChecked} routes × ${CALLERS.length} callers); ${extraChecked} mixed-identifier, filter and existence checks`,
  );
  await w?.p.close();
});

describe('the table covers the API', () => {
  it('every route of api.routes has a row, and every row is a route of the API', () => {
    const declared = new Set(w.p.api.routes.map(routeKey));
    const missing = [...declared].filter((r) => !matrix.has(r));
    const unknown = [...matrix.keys()].filter((r) => !declared.has(r));
    expect(missing, 'routes of the API missing from authorization-matrix.md').toEqual([]);
    expect(unknown, 'rows of authorization-matrix.md that are not routes of the API').toEqual([]);
  });

  it('api.routes is every route the API serves: none is mounted on /api/v1 around ApiDefinition.route', () => {
    type Layer = { route?: { path: string; methods: Record<string, boolean> }; handle?: { stack?: Layer[] } };
    const stack = (w.p.app as unknown as { router: { stack: Layer[] } }).router.stack;
    const v1 = stack.map((l) => l.handle?.stack).find((s) => s?.some((l) => l.route?.path === '/auth/login'));
    expect(v1, 'the /api/v1 router').toBeDefined();
    const served = v1!.flatMap((l) =>
      l.route
        ? Object.keys(l.route.methods)
            .filter((m) => m !== '_all')
            .map((m) => `${m.toUpperCase()} ${l.route!.path}`)
        : [],
    );
    expect(served.sort()).toEqual(w.p.api.routes.map(routeKey).sort());
  });

  it('every row says how its route is called', () => {
    expect(
      [...matrix.keys()].filter((r) => !CASES[r]),
      'rows without a case in authorization-matrix.api.test.ts',
    ).toEqual([]);
  });
});

describe('every route × every caller answers as the table says', () => {
  for (const row of matrix.values()) {
    const c = CASES[row.route];
    it.skipIf(!c)(
      `${row.route}`,
      async () => {
        const [method] = row.route.split(' ') as [string];
        const mismatches: string[] = [];
        // the refusals first (they must change nothing), then the successes
        const denied = CALLERS.filter((k) => !/^2xx$|\*$/.test(row.cells[k]));
        const allowed = CALLERS.filter((k) => /^2xx$|\*$/.test(row.cells[k]));
        let shared: Target | undefined;
        let reused = false;
        for (const caller of [...denied, ...allowed]) {
          const passes = row.cells[caller] === '2xx' || row.cells[caller]!.endsWith('*');
          let fresh = c!.fresh === 'every' || (c!.fresh === 'allowed' && passes);
          if (fresh && c!.fresh === 'allowed' && c!.reuse !== false && shared && !reused) {
            fresh = false;
            reused = true;
          }
          const target = fresh ? await c!.target(caller) : (shared ??= await c!.target(null));
          const token = target.as && caller in target.as ? target.as[caller] : w.tokens[caller];
          const res = await send(method, target, token);
          cellsChecked++;
          const cell = row.cells[caller];
          if (!matches(cell, res.status)) {
            mismatches.push(`${caller}: expected ${cell}, got ${res.status} ${res.text.slice(0, 200)}`);
          } else if (res.status >= 400 && !String(res.headers['content-type']).startsWith('application/problem+json')) {
            mismatches.push(`${caller}: ${res.status} without application/problem+json`);
          }
        }
        routesChecked++;
        expect(mismatches, `${row.route} (${row.notes})`).toEqual([]);
      },
      120_000,
    );
  }
});

/**
 * Beyond the grid: identifiers that do not belong together in one path (an object of one tenant
 * under the parent of another), and query filters that would widen what a caller sees.
 */
describe('mixed identifiers and widening filters', () => {
  const ids = (res: request.Response) => ((res.body.items ?? []) as { id: string }[]).map((i) => i.id);
  const checks: { caller: Caller; method: string; path: () => string; body?: () => unknown; status: number; then?: (res: request.Response) => void | Promise<void> }[] = [
    // documents under another's demand
    { caller: 'appl', method: 'GET', path: () => `/demands/${w.A.demandId}/documents/${w.DOCB}`, status: 404 },
    { caller: 'appl', method: 'GET', path: () => `/demands/${w.A.demandId}/documents/${w.DOCB}/content`, status: 404 },
    { caller: 'agent', method: 'GET', path: () => `/demands/${w.A.demandId}/documents/${w.DOCB}`, status: 404 },
    { caller: 'llu', method: 'GET', path: () => `/demands/${w.A.demandId}/documents/${w.DOCB}/content`, status: 404 },
    { caller: 'llu', method: 'GET', path: () => `/demands/${w.B.demandId}/documents/${w.DOCB}/content`, status: 404 },
    { caller: 'llu', method: 'GET', path: () => `/demands/${w.B.demandId}/documents`, status: 404 },
    {
      caller: 'appl',
      method: 'DELETE',
      path: () => `/demands/${w.A.demandId}/documents/${w.DOCB}`,
      status: 404,
      then: async () => expect((await request(w.p.app).get(`/api/v1/demands/${w.B.demandId}/documents/${w.DOCB}`).set(bearer(w.B.token))).status).toBe(200),
    },
    {
      caller: 'agent',
      method: 'POST',
      path: () => `/demands/${w.A.demandId}/documents/${w.DOCB}/decision`,
      body: () => ({ outcome: 'rejected', reason: 'Illisible' }),
      status: 404,
    },
    // a draft offer does not exist for applicants and other landlords
    { caller: 'appl', method: 'GET', path: () => `/offers/${w.OD}`, status: 404 },
    { caller: 'appl', method: 'GET', path: () => `/offers/${w.OD}/candidacies`, status: 404 },
    { caller: 'mgr', method: 'GET', path: () => `/offers/${w.OD}`, status: 404 },
    { caller: 'llu2', method: 'GET', path: () => `/offers/${w.OD}`, status: 404 },
    { caller: 'appl', method: 'GET', path: () => `/demands/${w.A.demandId}/eligibility?offerId=${w.OD}`, status: 404 },
    { caller: 'appl', method: 'POST', path: () => '/candidacies', body: () => ({ demandId: w.A.demandId, offerId: w.OD }), status: 404 },
    // a company acts only on its own employees
    {
      caller: 'mgr',
      method: 'POST',
      path: () => `/companies/${w.C1.id}/employees/${w.B.demandId}/validation`,
      body: () => ({ decision: 'reject', reason: 'Inconnu' }),
      status: 404,
    },
    {
      caller: 'mgr',
      method: 'POST',
      path: () => `/companies/${w.C1.id}/employees/${w.B.demandId}/tranches`,
      body: () => ({ tranche: 'C', reason: 'Situation urgente' }),
      status: 404,
    },
    { caller: 'mgr', method: 'DELETE', path: () => `/companies/${w.C1.id}/employees/${w.B.demandId}/tranches/A`, status: 404 },
    { caller: 'mgr', method: 'POST', path: () => `/companies/${w.C2.id}/employees/${w.B.demandId}/validation`, body: () => ({ decision: 'withdraw' }), status: 404 },
    // an agreement under another landlord
    { caller: 'llu', method: 'GET', path: () => `/landlords/${w.L1.id}/agreements/${w.L2.agreementId}`, status: 404 },
    { caller: 'llc', method: 'GET', path: () => `/landlords/${w.L1.id}/agreements/${w.L2.agreementId}/report`, status: 404 },
    { caller: 'agent', method: 'GET', path: () => `/landlords/${w.L1.id}/agreements/${w.L2.agreementId}`, status: 404 },
    { caller: 'agent', method: 'PATCH', path: () => `/landlords/${w.L1.id}/agreements/${w.L2.agreementId}`, body: () => ({ unitsOwed: 9 }), status: 404 },
    // a landlord decides only on candidacies transmitted to it
    { caller: 'llu', method: 'POST', path: () => `/candidacies/${w.KA}/cal-decision`, body: () => ({ decision: 'accepted', calRank: 1 }), status: 404 },
    { caller: 'llu2', method: 'POST', path: () => `/candidacies/${w.KT}/lease`, status: 404 },
    // filters that would widen the view
    { caller: 'appl', method: 'GET', path: () => '/offers?status=draft,submitted,published', status: 200, then: (res) => expect(ids(res)).not.toContain(w.OD) },
    { caller: 'appl', method: 'GET', path: () => `/offers?landlordId=${w.L1.id}&status=draft`, status: 200, then: (res) => expect(ids(res)).not.toContain(w.OD) },
    {
      caller: 'llu2',
      method: 'GET',
      path: () => `/offers?landlordId=${w.L1.id}&status=draft,published,transmitted`,
      status: 200,
      then: (res) => expect(ids(res).filter((i) => [w.OD, w.O1, w.OT].includes(i))).toEqual([]),
    },
    { caller: 'appl', method: 'GET', path: () => '/demands?status=active,submitted,draft', status: 200, then: (res) => expect(ids(res)).toEqual([w.A.demandId]) },
    { caller: 'mgr', method: 'GET', path: () => `/companies?q=${w.C2.siret}`, status: 200, then: (res) => expect(ids(res)).not.toContain(w.C2.id) },
    { caller: 'llu2', method: 'GET', path: () => '/landlords?pageSize=100', status: 200, then: (res) => expect(ids(res)).toEqual([w.L2.id]) },
    { caller: 'appl', method: 'GET', path: () => '/scoring/balancing-bonuses?scope=all', status: 403 },
    { caller: 'anon', method: 'GET', path: () => '/scoring/balancing-bonuses?scope=all', status: 401 },
    { caller: 'mgr', method: 'GET', path: () => '/offers?eligibleFor=me', status: 403 },
  ];

  it('answer as another tenant’s object would: 404 (and change nothing); filters never show more', async () => {
    const mismatches: string[] = [];
    for (const check of checks) {
      const target: Target = { path: check.path(), ...(check.body ? { body: check.body() } : {}) };
      const res = await send(check.method, target, w.tokens[check.caller]);
      extraChecked++;
      if (res.status !== check.status) mismatches.push(`${check.caller} ${check.method} ${target.path}: expected ${check.status}, got ${res.status} ${res.text.slice(0, 200)}`);
      else await check.then?.(res);
    }
    expect(mismatches).toEqual([]);
  }, 60_000);
});

describe('another tenant’s object is indistinguishable from one that does not exist', () => {
  const NOBODY = '00000000-0000-4000-8000-00000000abcd';
  const pairs: { caller: Caller; method: string; path: (id: string) => string; id: () => string; body?: unknown }[] = [
    { caller: 'appl2', method: 'GET', path: (id) => `/demands/${id}`, id: () => w.A.demandId },
    { caller: 'appl2', method: 'PATCH', path: (id) => `/demands/${id}`, id: () => w.A.demandId, body: { wishes: { communeCodes: ['69266'], typologies: [2] } } },
    { caller: 'appl2', method: 'GET', path: (id) => `/demands/${id}/documents`, id: () => w.A.demandId },
    { caller: 'appl2', method: 'GET', path: (id) => `/candidacies/${id}`, id: () => w.KA },
    { caller: 'appl2', method: 'POST', path: (id) => `/candidacies/${id}/withdraw`, id: () => w.KA, body: {} },
    { caller: 'llu2', method: 'GET', path: (id) => `/demands/${id}/documents/${w.DOC}/content`, id: () => w.A.demandId },
    { caller: 'llu2', method: 'GET', path: (id) => `/offers/${id}`, id: () => w.O1 },
    { caller: 'llc2', method: 'GET', path: (id) => `/offers/${id}/designated`, id: () => w.OT },
    { caller: 'llu2', method: 'POST', path: (id) => `/candidacies/${id}/cal-decision`, id: () => w.KT, body: { decision: 'postponed' } },
    { caller: 'llc2', method: 'GET', path: (id) => `/landlords/${id}`, id: () => w.L1.id },
    { caller: 'llu2', method: 'GET', path: (id) => `/landlords/${id}/agreements`, id: () => w.L1.id },
    { caller: 'llu2', method: 'GET', path: (id) => `/landlords/${id}/users`, id: () => w.L1.id },
    { caller: 'llc2', method: 'GET', path: (id) => `/landlords/${id}/summary`, id: () => w.L1.id },
    { caller: 'mgr2', method: 'GET', path: (id) => `/companies/${id}`, id: () => w.C1.id },
    { caller: 'mgr2', method: 'GET', path: (id) => `/companies/${id}/employees`, id: () => w.C1.id },
    { caller: 'mgr2', method: 'POST', path: (id) => `/companies/${w.C1.id}/employees/${id}/validation`, id: () => w.A.demandId, body: { decision: 'validate' } },
  ];

  it('same status, code, title and detail for another’s object and for an unknown id', async () => {
    const differences: string[] = [];
    const problem = (res: request.Response) => ({ status: res.status, code: res.body.code, title: res.body.title, detail: res.body.detail });
    for (const pair of pairs) {
      const other = await send(pair.method, { path: pair.path(pair.id()), ...(pair.body ? { body: pair.body } : {}) }, w.tokens[pair.caller]);
      const unknown = await send(pair.method, { path: pair.path(NOBODY), ...(pair.body ? { body: pair.body } : {}) }, w.tokens[pair.caller]);
      extraChecked++;
      expect(other.status, `${pair.caller} ${pair.method} ${pair.path(pair.id())}`).toBe(404);
      if (JSON.stringify(problem(other)) !== JSON.stringify(problem(unknown))) {
        differences.push(`${pair.caller} ${pair.method} ${pair.path(':id')}: ${JSON.stringify(problem(other))} ≠ ${JSON.stringify(problem(unknown))}`);
      }
    }
    expect(differences).toEqual([]);
  }, 60_000);
});
