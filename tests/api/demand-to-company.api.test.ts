import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { auth, deployedCompany, demandData, submittedDemand } from '../support/scenario';
import { FixedClock } from '../../src/shared/testing/clock';

/** The date the test means: the platform and the facts read below agree on it, whatever today is. */
const TODAY = '2026-12-01';
const clock = new FixedClock(`${TODAY}T09:00:00Z`);

let p: TestPlatform;
let agent: string;
beforeAll(async () => {
  p = await createTestPlatform({ clock });
  agent = (await p.signIn('agent')).token;
});
afterAll(async () => p?.close());

describe('a demand reaches its employer through the demand events', () => {
  it('a submitted demand declaring the SIRET of a deployed company appears in its validation requests, nowhere else', async () => {
    const company = await deployedCompany(p, agent);
    const other = await deployedCompany(p, agent);
    const { demandId } = await submittedDemand(
      p,
      demandData(
        {},
        {
          firstName: 'Inès',
          lastName: 'Bernard',
          employment: { contractType: 'CDI', employerName: 'Acme', employerSiret: company.siret, workplaceCommuneCode: '69386' },
        },
      ),
    );
    const employees = await request(p.app).get(`/api/v1/companies/${company.id}/employees`).set(auth(company.manager));
    expect(employees.status, employees.text).toBe(200);
    const found = JSON.stringify(employees.body);
    expect(found).toContain(demandId);
    expect(found).toContain('Bernard');
    // the manager sees names and dates, never resources or household
    expect(found).not.toMatch(/monthlyAmount|taxIncome|resources|household/);
    const otherList = await request(p.app).get(`/api/v1/companies/${other.id}/employees`).set(auth(other.manager));
    expect(JSON.stringify(otherList.body)).not.toContain(demandId);
    // and the other company's manager cannot reach the first company's employees
    expect((await request(p.app).get(`/api/v1/companies/${company.id}/employees`).set(auth(other.manager))).status).toBe(404);
  });

  it('a company that delegates to ALS has its employee validated at once', async () => {
    const company = await deployedCompany(p, agent, { delegatesToAls: true });
    const { demandId } = await submittedDemand(
      p,
      demandData(
        {},
        {
          employment: { contractType: 'CDI', employerName: 'Délégante', employerSiret: company.siret, workplaceCommuneCode: '69386' },
        },
      ),
    );
    const { COMPANY_SPACE } = await import('../../src/modules/company-space/index');
    const facts = await p.container.get(COMPANY_SPACE.Service).companyFactsForDemand(demandId, TODAY);
    expect(facts).toMatchObject({ companyId: company.id, validated: true, validatedBy: 'delegation', sizeClass: 'ETI' });
  });
});
