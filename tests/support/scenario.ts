import request from 'supertest';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { INVITATION_KIND } from '../../src/modules/company-space/application/invitation-link';
import { TEST_PASSWORD, type TestPlatform } from './test-platform';

/** Steps that many API tests share: a demand's data, a company with a deployed space and its manager. */

export const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
export const rows = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

const luhn = (digits: string) => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
};
const withKey = (prefix: string) => {
  for (let k = 0; k < 10; k++) if (luhn(`${prefix}${k}`)) return `${prefix}${k}`;
  throw new Error('no key');
};
/** A random valid SIREN and the first valid SIRET of it. */
export function randomSiret(): { siren: string; siret: string } {
  const siren = withKey(String(10_000_000 + Math.floor(Math.random() * 89_999_999)));
  return { siren, siret: withKey(`${siren}0001`) };
}

/** A complete demand's data, ready to submit. */
export function demandData(overrides: Record<string, unknown> = {}, applicant: Record<string, unknown> = {}) {
  return {
    applicant: {
      civility: '2',
      lastName: 'Martin',
      firstName: 'Claire',
      birthDate: '1990-04-12',
      nationality: '1',
      familySituation: 'C',
      employment: { contractType: 'CDI', employerName: 'Acme', workplaceCommuneCode: '69386' },
      resources: [{ code: 'SAL', monthlyAmount: 2100 }],
      taxIncome: { yearMinus1: 2025, amountMinus1: 24000, yearMinus2: 2024, amountMinus2: 23000 },
      address: { line: '1 rue de la République', postalCode: '69001', communeCode: '69381' },
      ...applicant,
    },
    reasons: ['work_closer'],
    wishes: { communeCodes: ['69386', '69123'], typologies: [2, 3] },
    currentHousing: { kind: 'LP', monthlyRent: 650 },
    ...overrides,
  };
}

/**
 * A complete demand of one person in Lyon with a profession (what the SNE simulator registers):
 * each test person has their own name and birth date, since the registry matches people by them.
 */
export function registryDemandData(person: { lastName: string; birthDate: string; firstName?: string; email?: string }) {
  return {
    applicant: {
      civility: '1',
      lastName: person.lastName,
      firstName: person.firstName ?? 'Hugo',
      birthDate: person.birthDate,
      nationality: '1',
      familySituation: 'C',
      phone: '0612345678',
      email: person.email ?? `${person.lastName.toLowerCase()}@example.org`,
      employment: { profession: 'Technicien', contractType: 'CDI', employerName: 'Acme', workplaceCommuneCode: '69386' },
      resources: [{ code: 'SAL', monthlyAmount: 2050 }],
      taxIncome: { yearMinus1: 2025, amountMinus1: 23500, yearMinus2: 2024, amountMinus2: 22800 },
      address: { line: '8 cours Lafayette', postalCode: '69003', communeCode: '69383' },
    },
    reasons: ['work_closer'],
    wishes: { communeCodes: ['69386'], typologies: [2] },
    currentHousing: { kind: 'LP', monthlyRent: 690 },
  };
}

/** An applicant with a submitted demand. */
export async function submittedDemand(p: TestPlatform, data = demandData()): Promise<{ token: string; accountId: string; demandId: string }> {
  const who = await p.signIn('applicant');
  const created = await request(p.app).post('/api/v1/demands').set(auth(who.token)).send(data);
  expect(created.status, created.text).toBe(201);
  const submitted = await request(p.app).post(`/api/v1/demands/${created.body.id}/submit`).set(auth(who.token));
  expect(submitted.status, submitted.text).toBe(200);
  return { token: who.token, accountId: who.accountId, demandId: created.body.id as string };
}

/** A company with a deployed space and a signed-in manager (invited, password set through the one-time link). */
export async function deployedCompany(
  p: TestPlatform,
  agentToken: string,
  options: { headcount?: number; contribution?: 'contributing' | 'compensated' | 'none'; quotas?: { A?: number; B?: number; C?: number }; delegatesToAls?: boolean } = {},
): Promise<{ id: string; siret: string; manager: string }> {
  const { siren, siret } = randomSiret();
  const created = await request(p.app)
    .post('/api/v1/companies')
    .set(auth(agentToken))
    .send({
      name: `Entreprise ${siren}`,
      sirets: [siret],
      headcount: options.headcount ?? 1200,
      contribution: options.contribution ?? 'contributing',
      delegatesToAls: options.delegatesToAls ?? false,
    });
  expect(created.status, created.text).toBe(201);
  const id = created.body.id as string;
  const email = `rh-${siren}@example.fr`;
  const configured = await request(p.app)
    .post(`/api/v1/companies/${id}/space`)
    .set(auth(agentToken))
    .send({
      action: 'configure',
      managers: [{ email, displayName: 'Responsable RH' }],
      quotas: { A: 5, B: 5, C: 5, ...options.quotas },
    });
  expect(configured.status, configured.text).toBe(200);
  expect((await request(p.app).post(`/api/v1/companies/${id}/space`).set(auth(agentToken)).send({ action: 'deploy' })).status).toBe(200);
  const [invitation] = rows<{ payload: { invitationToken: string } }>(
    await p.db.database.db.execute(sql`select payload from company_space.outbox where to_email = ${email} and kind = ${INVITATION_KIND} order by id desc limit 1`),
  );
  expect((await request(p.app).post('/api/v1/auth/invitations/accept').send({ token: invitation!.payload.invitationToken, password: TEST_PASSWORD })).status).toBe(200);
  const login = await request(p.app).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
  return { id, siret, manager: login.body.accessToken as string };
}
