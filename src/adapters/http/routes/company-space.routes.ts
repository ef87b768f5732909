import type { Router } from 'express';
import type { Container } from 'inversify';
import { COMPANY_SPACE } from '../../../modules/company-space/index';
import type { ApiDefinition } from '../openapi';
import {
  CandidaciesQuery,
  CandidacyPageResponse,
  CompanyDetailResponse,
  CompanyIdParams,
  CompanyListQuery,
  CompanyPageResponse,
  CreateCompanyBody,
  EmployeePageResponse,
  EmployeeParams,
  EmployeeResponse,
  EmployeesQuery,
  GrantBody,
  GrantParams,
  GrantResponse,
  PatchCompanyBody,
  PolicyBody,
  PolicyQuery,
  PolicyResponse,
  RevokeQuery,
  SpaceActionBody,
  SpaceRequestBody,
  SpaceRequestListQuery,
  SpaceRequestPageResponse,
  SpaceRequestReceipt,
  ValidationBody,
} from './company-space.schemas';

const STAFF = ['agent', 'admin'] as const;
const STAFF_OR_MANAGER = ['agent', 'admin', 'company_manager'] as const;
const MANAGER = ['company_manager'] as const;

/**
 * Companies and their spaces. A company manager acts only on their own company: another company
 * answers 404 (its existence is not revealed); roles that have no business here get 403.
 */
export function companySpaceRoutes(api: ApiDefinition, router: Router, container: Container): void {
  const service = () => container.get(COMPANY_SPACE.Service);
  const tags = ['companies'];

  api.route(
    router,
    {
      method: 'get',
      path: '/companies',
      summary: 'Companies referential (agent); a manager sees their own company',
      tags,
      access: STAFF_OR_MANAGER,
      query: CompanyListQuery,
      response: CompanyPageResponse,
    },
    ({ principal, query }) => service().listCompanies(principal, query),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/companies',
      summary: 'Add a company to the referential',
      tags,
      access: STAFF,
      status: 201,
      body: CreateCompanyBody,
      response: CompanyDetailResponse,
      errors: { 409: 'SIREN or SIRET already held by a company', 422: 'invalid SIREN/SIRET' },
    },
    ({ principal, body }) => service().createCompany(principal, body),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/companies/space-requests',
      summary: 'A company asks for a company space (public)',
      tags,
      access: 'public',
      status: 201,
      body: SpaceRequestBody,
      response: SpaceRequestReceipt,
      errors: { 422: 'invalid SIRET (format or check key) or contact', 429: 'too many space requests from this address (Retry-After)' },
    },
    ({ body, req }) => service().requestSpace(body, { address: req.ip ?? 'unknown' }),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/companies/space-requests',
      summary: 'Space requests, newest first',
      tags,
      access: STAFF,
      query: SpaceRequestListQuery,
      response: SpaceRequestPageResponse,
    },
    ({ principal, query }) => service().listSpaceRequests(principal, { ...query, open: query.open === undefined ? undefined : query.open === 'true' }),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/companies/:id',
      summary: 'A company, its managers and its space history',
      tags,
      access: STAFF_OR_MANAGER,
      params: CompanyIdParams,
      response: CompanyDetailResponse,
      errors: { 404: 'unknown, or another company' },
    },
    ({ principal, params }) => service().getCompany(principal, params.id),
  );

  api.route(
    router,
    {
      method: 'patch',
      path: '/companies/:id',
      summary: 'Change a company (a manager may only set delegatesToAls)',
      tags,
      access: STAFF_OR_MANAGER,
      params: CompanyIdParams,
      body: PatchCompanyBody,
      response: CompanyDetailResponse,
      errors: { 403: 'a field only ALS may change', 404: 'unknown, or another company', 409: 'SIRET held by another company', 422: 'invalid values' },
    },
    ({ principal, params, body }) => service().updateCompany(principal, params.id, body),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/companies/:id/space',
      summary: 'Configure (invite managers, policy, quotas), deploy or suspend the company space',
      tags,
      access: STAFF,
      params: CompanyIdParams,
      body: SpaceActionBody,
      response: CompanyDetailResponse,
      errors: { 404: 'unknown company', 409: 'action impossible in the space’s status; manager email already used', 422: 'no manager and no delegation; invalid values' },
    },
    ({ principal, params, body }) => service().actOnSpace(principal, params.id, body),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/companies/:id/policy',
      summary: 'The company’s housing policy: tranche descriptions (any signed-in user, deployed spaces); quotas for staff and its managers',
      tags,
      access: 'authenticated',
      params: CompanyIdParams,
      query: PolicyQuery,
      response: PolicyResponse,
      errors: { 404: 'unknown company, or space not deployed' },
    },
    ({ principal, params, query }) => service().getPolicy(principal, params.id, query),
  );

  api.route(
    router,
    {
      method: 'put',
      path: '/companies/:id/policy',
      summary: 'Set tranche descriptions and yearly quotas',
      tags,
      access: STAFF_OR_MANAGER,
      params: CompanyIdParams,
      body: PolicyBody,
      response: PolicyResponse,
      errors: { 404: 'unknown, or another company', 409: 'quota below the grants already made; space not open', 422: 'invalid year or values' },
    },
    ({ principal, params, body }) => service().setPolicy(principal, params.id, body),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/companies/:id/employees',
      summary: 'Validation requests and employees, with their tranches and this year’s quota left',
      tags,
      access: STAFF_OR_MANAGER,
      params: CompanyIdParams,
      query: EmployeesQuery,
      response: EmployeePageResponse,
      errors: { 404: 'unknown, or another company', 409: 'space not deployed' },
    },
    ({ principal, params, query }) => service().listEmployees(principal, params.id, query),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/companies/:id/employees/:demandId/validation',
      summary: 'Validate, reject (with a reason) or withdraw an employee’s employment',
      tags,
      access: MANAGER,
      params: EmployeeParams,
      body: ValidationBody,
      response: EmployeeResponse,
      errors: { 404: 'unknown employee or company', 409: 'decision impossible in the current status; space not deployed', 422: 'reason required' },
    },
    ({ principal, params, body }) => service().decideValidation(principal, params.id, params.demandId, body),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/companies/:id/employees/:demandId/tranches',
      summary: 'Grant tranche A, B or C to a validated employee (uses one unit of this year’s quota)',
      tags,
      access: MANAGER,
      params: EmployeeParams,
      body: GrantBody,
      status: 201,
      response: GrantResponse,
      errors: { 404: 'unknown employee or company', 409: 'COMPANY.QUOTA_EXHAUSTED, COMPANY.TRANCHE_ALREADY_GRANTED, COMPANY.EMPLOYEE_NOT_VALIDATED', 422: 'reason required' },
    },
    ({ principal, params, body }) => service().grantTranche(principal, params.id, params.demandId, body),
  );

  api.route(
    router,
    {
      method: 'delete',
      path: '/companies/:id/employees/:demandId/tranches/:tranche',
      summary: 'Revoke a tranche (its unit goes back to the quota)',
      tags,
      access: MANAGER,
      params: GrantParams,
      query: RevokeQuery,
      status: 204,
      errors: { 404: 'no such grant, employee or company', 409: 'space not deployed' },
    },
    async ({ principal, params, query }) => {
      await service().revokeTranche(principal, params.id, params.demandId, params.tranche, query.reason);
      return undefined;
    },
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/companies/:id/candidacies',
      summary: 'Status of the company’s validated employees’ candidacies',
      tags,
      access: STAFF_OR_MANAGER,
      params: CompanyIdParams,
      query: CandidaciesQuery,
      response: CandidacyPageResponse,
      errors: { 404: 'unknown, or another company', 409: 'space not deployed' },
    },
    ({ principal, params, query }) => service().listEmployeeCandidacies(principal, params.id, query),
  );
}
