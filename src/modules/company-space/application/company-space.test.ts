import { describe, expect, it } from 'vitest';
import { InMemoryAuditTrail } from '../../../shared/testing/audit';
import { FixedClock } from '../../../shared/testing/clock';
import { immediateUnitOfWork } from '../../../shared/testing/unit-of-work';
import type { Company } from '../domain/company';
import type { EmployeeValidation } from '../domain/employee-validation';
import type { CompanyRepository, DeclaredEmployer, EmployeeRepository, EmploymentFactsRow, ValidationEvent } from '../ports';
import type { CompanySpaceDeps } from './company-space.deps';
import { recordValidationRequest } from './record-validation-request';
import { companyFactsForDemands } from './company-facts-for-demands';
import { followEmployerDeclaration } from './follow-employer-declaration';

/** Small in-memory fakes of the ports these use cases touch. */
function fakes(company: Company | null) {
  const validations = new Map<string, EmployeeValidation>();
  const events: ValidationEvent[] = [];
  let factsQueries = 0;
  const facts: EmploymentFactsRow[] = [];
  const companies = { findBySiret: async (siret: string) => (company && company.sirets.includes(siret) ? company : null) } as unknown as CompanyRepository;
  const employees = {
    insertIfAbsent: async (v: EmployeeValidation) => (validations.has(v.demandId) ? false : (validations.set(v.demandId, v), true)),
    find: async (id: string) => validations.get(id) ?? null,
    save: async (v: EmployeeValidation) => void validations.set(v.demandId, v),
    addEvent: async (e: ValidationEvent) => void events.push(e),
    activeGrants: async () => [],
    factsFor: async (ids: string[]) => {
      factsQueries++;
      return facts.filter((f) => ids.includes(f.demandId));
    },
  } as unknown as EmployeeRepository;
  const audit = new InMemoryAuditTrail();
  const deps = { companies, employees, audit, clock: new FixedClock('2026-03-01T10:00:00Z'), uow: immediateUnitOfWork } as unknown as CompanySpaceDeps;
  return { deps, validations, events, audit, facts, factsQueries: () => factsQueries };
}

const company = (delegatesToAls: boolean): Company => ({
  id: 'c1',
  name: 'ACME',
  siren: '552100554',
  sirets: ['55210055400013'],
  headcount: 1200,
  contribution: 'contributing',
  delegatesToAls,
  spaceStatus: 'deployed',
  spaceUpdatedAt: null,
  createdAt: new Date(),
  updatedAt: new Date(),
});
const input = { demandId: 'd1', employerSiret: '552 100 554 00013', applicantFirstName: ' Amina ', applicantLastName: 'Diallo', requestedAt: new Date('2026-02-01T00:00:00Z') };

describe('recordValidationRequest', () => {
  it('is idempotent per demand', async () => {
    const f = fakes(company(false));
    expect(await recordValidationRequest(f.deps, input)).toEqual({ outcome: 'recorded', companyId: 'c1', status: 'pending' });
    expect(await recordValidationRequest(f.deps, input)).toEqual({ outcome: 'unchanged', companyId: 'c1', status: 'pending' });
    expect(f.validations.size).toBe(1);
    expect(f.validations.get('d1')).toMatchObject({ applicantFirstName: 'Amina', employerSiret: '55210055400013' });
    expect(f.events.map((e) => e.action)).toEqual(['requested']);
  });

  it('validates at once, with an audit entry acting for the company, when the company delegates to ALS', async () => {
    const f = fakes(company(true));
    expect(await recordValidationRequest(f.deps, input)).toEqual({ outcome: 'recorded', companyId: 'c1', status: 'validated' });
    expect(f.validations.get('d1')).toMatchObject({ validatedBy: 'delegation', validatedAt: new Date('2026-03-01T10:00:00Z') });
    expect(f.audit.entries).toEqual([expect.objectContaining({ action: 'company.employee_validated', actingFor: { kind: 'company', id: 'c1' }, detail: { by: 'delegation' } })]);
  });

  it('ignores an invalid SIRET and keeps a request for an unknown one', async () => {
    const f = fakes(null);
    expect(await recordValidationRequest(f.deps, { ...input, employerSiret: '12345678901234' })).toEqual({ outcome: 'ignored' });
    expect(await recordValidationRequest(f.deps, input)).toEqual({ outcome: 'recorded', companyId: null, status: 'pending' });
  });
});

describe('followEmployerDeclaration', () => {
  const declared = (over: Partial<DeclaredEmployer> = {}): DeclaredEmployer => ({
    demandId: 'd1',
    ownerAccountId: 'acc-1',
    toValidate: true,
    employerSiret: '55210055400013',
    firstName: 'Amina',
    lastName: 'Diallo',
    ...over,
  });
  const at = new Date('2026-02-01T00:00:00Z');
  const following = (declaration: DeclaredEmployer | null) => {
    const f = fakes(company(false));
    const deps = { ...f.deps, declaredEmployers: { declaredEmployer: async () => declaration } };
    return { ...f, follow: () => followEmployerDeclaration(deps, 'd1', at) };
  };

  it('asks the declared employer of a filed, open demand to validate it, as of the event', async () => {
    const f = following(declared());
    expect(await f.follow()).toEqual({ outcome: 'recorded', companyId: 'c1', status: 'pending' });
    expect(f.validations.get('d1')).toMatchObject({ applicantFirstName: 'Amina', applicantLastName: 'Diallo', applicantAccountId: 'acc-1', requestedAt: at });
  });

  it('leaves alone a demand not at the validating stage, one without a SIRET, and an unknown one', async () => {
    for (const declaration of [declared({ toValidate: false }), declared({ employerSiret: undefined }), null]) {
      const f = following(declaration);
      expect(await f.follow()).toEqual({ outcome: 'ignored' });
      expect(f.validations.size).toBe(0);
    }
  });
});

describe('companyFactsForDemands', () => {
  it('reads many demands in one query and computes the facts on the date', async () => {
    const f = fakes(null);
    f.facts.push({
      demandId: 'd1',
      companyId: 'c1',
      status: 'validated',
      validatedBy: 'manager',
      validatedAt: new Date('2026-02-01T10:00:00Z'),
      withdrawnAt: null,
      contribution: 'compensated',
      headcount: 40,
      delegatesToAls: false,
      grants: [
        { tranche: 'C', grantedAt: new Date('2026-02-02T00:00:00Z'), revokedAt: null },
        { tranche: 'A', grantedAt: new Date('2026-02-02T00:00:00Z'), revokedAt: null },
        { tranche: 'B', grantedAt: new Date('2026-02-02T00:00:00Z'), revokedAt: new Date('2026-02-10T00:00:00Z') },
      ],
    });
    const ids = Array.from({ length: 300 }, (_, i) => (i === 0 ? 'd1' : `other-${i}`));
    const facts = await companyFactsForDemands(f.deps, ids, '2026-03-01');
    expect(f.factsQueries()).toBe(1);
    expect(facts.size).toBe(1);
    expect(facts.get('d1')).toEqual({
      companyId: 'c1',
      validated: true,
      validatedBy: 'manager',
      contribution: 'compensated',
      sizeClass: 'PME',
      tranches: ['A', 'C'],
      delegatesToAls: false,
    });
    expect((await companyFactsForDemands(f.deps, ['d1'], '2026-02-05')).get('d1')?.tranches).toEqual(['A', 'B', 'C']);
    expect((await companyFactsForDemands(f.deps, ['d1'], '2026-01-15')).get('d1')).toMatchObject({ validated: false, validatedBy: null, tranches: [] });
  });
});
