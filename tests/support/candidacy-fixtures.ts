import { expect } from 'vitest';
import request from 'supertest';
import { DEMAND } from '../../src/modules/demand/index';
import { aDemandData, anAdult } from '../../src/modules/demand/testing/test-builders';
import type { DemandData } from '../../src/modules/demand/index';
import { TEST_PASSWORD, type TestPlatform } from './test-platform';
import { sql } from 'drizzle-orm';

/**
 * Builders of the candidacy journeys (API tests, integration and browser tests): landlords and
 * offers, companies with a deployed space, applicants with an active demand, all through the API;
 * only a demand's registration date (its seniority, normally from the registry) is set through
 * the demand module's repository.
 */

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

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
let sirenSeq = 0;
/** A fresh SIREN with a valid key. */
export function newSiren(): string {
  const eight = String(20_000_000 + ((process.pid * 7919 + ++sirenSeq * 104_729 + Math.floor(Math.random() * 1000)) % 70_000_000));
  for (let k = 0; k < 10; k++) if (luhn(`${eight}${k}`)) return `${eight}${k}`;
  throw new Error('no key');
}
export const siretOf = (siren: string, nic4 = '0001'): string => {
  for (let k = 0; k < 10; k++) if (luhn(`${siren}${nic4}${k}`)) return `${siren}${nic4}${k}`;
  throw new Error('no key');
};

export async function createLandlord(p: TestPlatform, agent: string): Promise<{ landlordId: string; landlordToken: string; agreementId: string }> {
  const res = await request(p.app)
    .post('/api/v1/landlords')
    .set(bearer(agent))
    .send({ siren: newSiren(), name: `Bailleur ${sirenSeq}`, kind: 'ESH', regions: ['84'] });
  expect(res.status, res.text).toBe(201);
  const landlordId = res.body.id as string;
  const agreement = await request(p.app).post(`/api/v1/landlords/${landlordId}/agreements`).set(bearer(agent)).send({ departement: '69', year: 2026, unitsOwed: 3 });
  expect(agreement.status, agreement.text).toBe(201);
  const landlordToken = (await p.signIn('landlord_user', { orgId: landlordId })).token;
  return { landlordId, landlordToken, agreementId: agreement.body.id as string };
}

/** The worked example's offer: a T2 in Villeurbanne (69266), PLUS, 620 € + 80 €. */
export function villeurbanneT2(overrides: Record<string, unknown> = {}) {
  return {
    addressLine: '8 cours Émile Zola',
    postalCode: '69100',
    communeCode: '69266',
    typology: 'T2',
    mainRooms: 2,
    surface: 46,
    floor: 3,
    elevator: true,
    accessible: false,
    energyClass: 'C',
    rent: 620,
    charges: 80,
    financing: 'PLUS',
    availableFrom: '2026-05-01',
    closingDate: '2026-03-31',
    description: 'T2 proche métro',
    ...overrides,
  };
}

/** An offer created by the landlord, submitted, and published by an agent. */
export async function publishedOffer(p: TestPlatform, agent: string, landlordToken: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await request(p.app).post('/api/v1/offers').set(bearer(landlordToken)).send(villeurbanneT2(overrides));
  expect(created.status, created.text).toBe(201);
  const id = created.body.id as string;
  const submitted = await request(p.app).post(`/api/v1/offers/${id}/submit`).set(bearer(landlordToken));
  expect(submitted.status, submitted.text).toBe(200);
  const published = await request(p.app).post(`/api/v1/offers/${id}/publish`).set(bearer(agent)).send({});
  expect(published.status, published.text).toBe(200);
  return id;
}

/** A company with a deployed space, a signed-in manager and quotas. */
export async function deployedCompany(
  p: TestPlatform,
  agent: string,
  options: { headcount: number; contribution: 'contributing' | 'compensated' | 'none'; name?: string },
): Promise<{ id: string; siret: string; manager: string }> {
  const siren = newSiren();
  const siret = siretOf(siren);
  const created = await request(p.app)
    .post('/api/v1/companies')
    .set(bearer(agent))
    .send({
      name: options.name ?? `Entreprise ${siren}`,
      sirets: [siret],
      headcount: options.headcount,
      contribution: options.contribution,
      delegatesToAls: false,
    });
  expect(created.status, created.text).toBe(201);
  const id = created.body.id as string;
  const email = `rh-${siren}@example.fr`;
  const configured = await request(p.app)
    .post(`/api/v1/companies/${id}/space`)
    .set(bearer(agent))
    .send({
      action: 'configure',
      managers: [{ email, displayName: 'Responsable RH' }],
      quotas: { A: 5, B: 5, C: 5 },
    });
  expect(configured.status, configured.text).toBe(200);
  expect((await request(p.app).post(`/api/v1/companies/${id}/space`).set(bearer(agent)).send({ action: 'deploy' })).status).toBe(200);
  const found = (await p.db.database.db.execute(sql`select payload from company_space.outbox where to_email = ${email} order by id desc limit 1`)) as unknown as {
    rows: { payload: { invitationToken: string } }[];
  };
  const token = found.rows[0]!.payload.invitationToken;
  expect((await request(p.app).post('/api/v1/auth/invitations/accept').send({ token, password: TEST_PASSWORD })).status).toBe(200);
  const login = await request(p.app).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
  expect(login.status, login.text).toBe(200);
  return { id, siret, manager: login.body.accessToken as string };
}

export interface ApplicantSpec {
  firstName?: string;
  birthDate: string;
  monthlyResources: number;
  registrationDate?: string;
  mobility?: boolean;
  employerSiret?: string;
  calHistory?: { refusedByCal?: boolean; declinedAfterCalOn?: string };
  /** reference income (N−2 and N−1), € per year */
  income?: number;
}

/** An applicant with an active demand: created, submitted and validated through the API (with a pieces override); a declared mobility or CAL history checked by the agent. */
export async function applicantWithActiveDemand(
  p: TestPlatform,
  agent: string,
  spec: ApplicantSpec,
): Promise<{ token: string; accountId: string; email: string; demandId: string }> {
  const who = await p.signIn('applicant');
  const income = spec.income ?? 20_000;
  const data: DemandData = aDemandData({
    applicant: {
      ...anAdult({
        firstName: spec.firstName ?? 'Camille',
        birthDate: spec.birthDate,
        resources: [{ code: 'SAL', monthlyAmount: spec.monthlyResources }],
        taxIncome: { yearMinus2: 2024, amountMinus2: income, yearMinus1: 2025, amountMinus1: income },
        employment: spec.employerSiret ? { contractType: 'CDI', employerName: 'Employeur', employerSiret: spec.employerSiret, workplaceCommuneCode: '69266' } : undefined,
      }),
      address: { line: '1 rue de la République', postalCode: '69001', communeCode: '69381' },
    },
    wishes: { communeCodes: ['69266'], typologies: [2] },
    ...(spec.mobility ? { mobility: { kind: 'new_job', toCommuneCode: '69266', date: '2026-01-15' } } : {}),
    ...(spec.calHistory ? { calHistory: spec.calHistory } : {}),
  } as Partial<DemandData>);
  const created = await request(p.app).post('/api/v1/demands').set(bearer(who.token)).send(data);
  expect(created.status, created.text).toBe(201);
  const demandId = created.body.id as string;
  const submitted = await request(p.app).post(`/api/v1/demands/${demandId}/submit`).set(bearer(who.token));
  expect(submitted.status, submitted.text).toBe(200);
  // the fixtures upload no pieces: the agent validates with an override (issue 15, item 6)
  const validated = await request(p.app)
    .post(`/api/v1/demands/${demandId}/validate`)
    .set(bearer(agent))
    .send({ piecesOverride: { reason: PIECES_OVERRIDE_REASON } });
  expect(validated.status, validated.text).toBe(200);
  expect(validated.body.status).toBe('active');
  // declared facts that give points count only once an agent checked them (issue 15, item 4)
  if (spec.mobility) await checkFact(p, agent, demandId, 'mobility');
  if (spec.calHistory) await checkFact(p, agent, demandId, 'cal_history');
  if (spec.registrationDate) await setRegistrationDate(p, demandId, spec.registrationDate);
  return { ...who, demandId };
}

/** The reason the fixtures give to validate a demand whose pieces they did not upload. */
export const PIECES_OVERRIDE_REASON = 'Jeu d’essai : pièces contrôlées hors plateforme';

/** An agent checks a fact the applicant declared (mobility, dalo, cal_history) on the demand, through the API. */
export async function checkFact(p: TestPlatform, agent: string, demandId: string, fact: 'mobility' | 'dalo' | 'cal_history'): Promise<void> {
  const res = await request(p.app).post(`/api/v1/demands/${demandId}/fact-checks`).set(bearer(agent)).send({ fact, decision: 'check' });
  expect(res.status, res.text).toBe(200);
  expect(res.body.derived.declaredFacts[fact].state).toBe('checked');
}

/**
 * The demand's seniority is its registry registration date (the SNE's, for an imported demand); the
 * platform's registry is not connected in tests, so the date is set through the demand module's
 * repository (its own port, exported by its index).
 */
export async function setRegistrationDate(p: TestPlatform, demandId: string, registrationDate: string): Promise<void> {
  const repository = p.container.get(DEMAND.Repository);
  const record = await repository.findById(demandId);
  if (!record) throw new Error(`no demand ${demandId}`);
  await repository.save({ ...record, demand: { ...record.demand, registrationDate } }, []);
}

/** The manager validates the employee (the validation request came from the demand's submission) and grants tranches. */
export async function validateEmployee(p: TestPlatform, company: { id: string; manager: string }, demandId: string, tranches: ('A' | 'B' | 'C')[] = []): Promise<void> {
  const validated = await request(p.app).post(`/api/v1/companies/${company.id}/employees/${demandId}/validation`).set(bearer(company.manager)).send({ decision: 'validate' });
  expect(validated.status, validated.text).toBe(200);
  for (const tranche of tranches) {
    const granted = await request(p.app)
      .post(`/api/v1/companies/${company.id}/employees/${demandId}/tranches`)
      .set(bearer(company.manager))
      .send({ tranche, reason: `Tranche ${tranche}` });
    expect(granted.status, granted.text).toBe(201);
  }
}
