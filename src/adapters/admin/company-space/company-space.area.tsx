import { SHARED } from '../../../shared/tokens';
import { httpStatusOf } from '../../http/problem';
import type { Request, Response } from 'express';
import { parseSort } from '../pages/sort';
import { COMPANY_SPACE, EMPLOYEE_SORT_COLUMNS, type SpaceCommand, type SpaceStatus } from '../../../modules/company-space/index';
import { isDomainError, type DomainError } from '../../../shared/errors';
import { isId } from '../../../shared/ids';
import type { AdminArea } from '../admin-context';
import { requireAdminRole } from '../admin-context';
import { sendPage } from '../render';
import { CompaniesPage } from './companies.page';
import { CompanyNewPage } from './company-new.page';
import { CompanyNotFoundPage, CompanyPage, EMPLOYEE_DEFAULT_SORT, EMPLOYEE_PAGE_SIZE } from './company.page';
import { SpaceRequestsPage } from './space-requests.page';

const STATUS_FILTERS = new Set(['none', 'requested', 'configured', 'deployed', 'suspended']);

const field = (req: Request, name: string): string => {
  const v = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v.trim() : '';
};
const optionalInt = (value: string): number | undefined => (value === '' ? undefined : Number(value));
const lines = (value: string): string[] =>
  value
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
const pageParam = (req: Request): number => {
  const n = Number(req.query.page);
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1;
};

/** Back-office pages of the companies referential and company spaces (agents and admins). */
export const companySpaceArea: AdminArea = (router, ctx) => {
  const service = () => ctx.container.get(COMPANY_SPACE.Service);
  const staff = (req: Request) => requireAdminRole(req, 'agent', 'admin');

  router.get('/entreprises', async (req, res) => {
    const user = staff(req);
    const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 100) : '';
    const statut = typeof req.query.statut === 'string' && STATUS_FILTERS.has(req.query.statut) ? (req.query.statut as SpaceStatus | 'none') : '';
    const sort = parseSort(req.query, ['name'] as const, { column: 'name', dir: 'asc' });
    const result = await service().listCompanies(user, { q, ...(statut ? { spaceStatus: statut } : {}), nameOrder: sort.dir, page: pageParam(req), pageSize: 25 });
    const ok = typeof req.query.ok === 'string' ? req.query.ok : undefined;
    sendPage(res, <CompaniesPage user={user} csrfToken={ctx.csrfToken(req, res)} result={result} q={q} status={statut} flash={ok} sort={sort} />);
  });

  router.get('/entreprises/demandes', async (req, res) => {
    const user = staff(req);
    const open = req.query.etat !== 'toutes';
    const sort = parseSort(req.query, ['requested'] as const, { column: 'requested', dir: 'desc' });
    const result = await service().listSpaceRequests(user, { ...(open ? { open: true } : {}), oldestFirst: sort.dir === 'asc', page: pageParam(req), pageSize: 25 });
    sendPage(res, <SpaceRequestsPage user={user} csrfToken={ctx.csrfToken(req, res)} result={result} open={open} sort={sort} />);
  });

  router.get('/entreprises/nouvelle', (req, res) => {
    const user = staff(req);
    sendPage(res, <CompanyNewPage user={user} csrfToken={ctx.csrfToken(req, res)} />);
  });

  router.post('/entreprises', async (req, res) => {
    const user = staff(req);
    const values = {
      name: field(req, 'name'),
      sirets: field(req, 'sirets'),
      headcount: field(req, 'headcount'),
      contribution: field(req, 'contribution'),
      delegatesToAls: field(req, 'delegatesToAls') === '1',
    };
    try {
      const contribution = values.contribution === 'compensated' || values.contribution === 'none' ? values.contribution : 'contributing';
      const created = await service().createCompany(user, {
        name: values.name,
        sirets: lines(values.sirets),
        headcount: optionalInt(values.headcount) ?? null,
        contribution,
        delegatesToAls: values.delegatesToAls,
      });
      res.redirect(303, `/admin/entreprises/${created.id}?ok=created`);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      sendPage(res, <CompanyNewPage user={user} csrfToken={ctx.csrfToken(req, res)} values={values} error={error.message} fieldErrors={error.fields} />, httpStatusOf(error.kind));
    }
  });

  const renderCompany = async (req: Request, res: Response, id: string, problem?: DomainError) => {
    const user = staff(req);
    try {
      const employeeSort = parseSort(req.query, EMPLOYEE_SORT_COLUMNS, EMPLOYEE_DEFAULT_SORT);
      const [company, policy, employees] = await Promise.all([
        service().getCompany(user, id),
        service().getPolicy(user, id),
        service().listEmployees(user, id, { page: pageParam(req), pageSize: EMPLOYEE_PAGE_SIZE, order: employeeSort }),
      ]);
      const ok = typeof req.query.ok === 'string' ? req.query.ok : undefined;
      sendPage(
        res,
        <CompanyPage
          user={user}
          currentYear={ctx.container.get(SHARED.Clock).now().getUTCFullYear()}
          csrfToken={ctx.csrfToken(req, res)}
          company={company}
          policy={policy}
          employees={employees}
          employeeSort={employeeSort}
          flash={problem ? undefined : ok}
          error={problem?.message}
          fieldErrors={problem?.fields ?? []}
        />,
        problem ? httpStatusOf(problem.kind) : 200,
      );
    } catch (error) {
      if (isDomainError(error) && error.kind === 'not_found') return sendPage(res, <CompanyNotFoundPage user={user} csrfToken={ctx.csrfToken(req, res)} />, 404);
      throw error;
    }
  };

  router.get('/entreprises/:id', async (req, res) => {
    const user = staff(req);
    if (!isId(req.params.id)) return sendPage(res, <CompanyNotFoundPage user={user} csrfToken={ctx.csrfToken(req, res)} />, 404);
    await renderCompany(req, res, req.params.id);
  });

  router.post('/entreprises/:id/espace', async (req, res) => {
    const user = staff(req);
    const id = req.params.id;
    if (!isId(id)) return sendPage(res, <CompanyNotFoundPage user={user} csrfToken={ctx.csrfToken(req, res)} />, 404);
    const action = field(req, 'action');
    let command: SpaceCommand;
    if (action === 'configure') {
      const managerEmail = field(req, 'managerEmail');
      const quotas: Record<string, number> = {};
      const descriptions: Record<string, string> = {};
      for (const t of ['A', 'B', 'C']) {
        const q = optionalInt(field(req, `quota${t}`));
        if (q !== undefined) quotas[t] = q;
        const d = (req.body as Record<string, unknown>)?.[`description${t}`];
        if (typeof d === 'string') descriptions[t] = d;
      }
      command = {
        action: 'configure',
        ...(managerEmail ? { managers: [{ email: managerEmail, displayName: field(req, 'managerName') || managerEmail }] } : {}),
        ...(field(req, 'year') ? { year: Number(field(req, 'year')) } : {}),
        quotas,
        descriptions,
      };
    } else if (action === 'deploy' || action === 'suspend') {
      command = { action, ...(field(req, 'reason') ? { reason: field(req, 'reason') } : {}) };
    } else {
      return res.redirect(303, `/admin/entreprises/${id}`);
    }
    try {
      await service().actOnSpace(user, id, command);
      res.redirect(303, `/admin/entreprises/${id}?ok=${action === 'configure' ? 'configured' : action === 'deploy' ? 'deployed' : 'suspended'}`);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await renderCompany(req, res, id, error);
    }
  });

  router.post('/entreprises/:id/modifier', async (req, res) => {
    const user = staff(req);
    const id = req.params.id;
    if (!isId(id)) return sendPage(res, <CompanyNotFoundPage user={user} csrfToken={ctx.csrfToken(req, res)} />, 404);
    const contribution = field(req, 'contribution');
    try {
      await service().updateCompany(user, id, {
        name: field(req, 'name'),
        headcount: optionalInt(field(req, 'headcount')) ?? null,
        ...(contribution === 'contributing' || contribution === 'compensated' || contribution === 'none' ? { contribution } : {}),
        delegatesToAls: field(req, 'delegatesToAls') === '1',
        addSirets: lines(field(req, 'addSirets')),
      });
      res.redirect(303, `/admin/entreprises/${id}?ok=updated`);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await renderCompany(req, res, id, error);
    }
  });
};
