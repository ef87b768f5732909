import type { Request, Response } from 'express';
import { httpStatusOf } from '../../http/problem';
import { parseSort } from '../pages/sort';
import { LANDLORD, LANDLORD_KINDS, type LandlordKind } from '../../../modules/landlord/index';
import { isDomainError, type DomainError } from '../../../shared/errors';
import { isId } from '../../../shared/ids';
import { SHARED } from '../../../shared/tokens';
import { requireAdminRole, type AdminArea } from '../admin-context';
import { sendPage } from '../render';
import { bodyField, pageParam } from '../../web/kit/form';
import { AGREEMENT_DEFAULT_SORT, AGREEMENT_SORT_COLUMNS, LANDLORD_FLASH, LandlordNotFoundPage, LandlordPage } from './landlord.page';
import { LandlordNewPage, LandlordsPage } from './landlords.page';
import { ON_BEHALF_FLASH, OnBehalfSections } from './on-behalf.pages';
import { onBehalfRoutes } from './on-behalf.routes';

const list = (value: unknown): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is string => typeof v === 'string');

/** Back-office pages of the landlords referential and their reservation agreements (flux). */
export const landlordsArea: AdminArea = (router, ctx) => {
  const service = () => ctx.container.get(LANDLORD.Service);
  const staff = (req: Request) => requireAdminRole(req, 'agent', 'admin');
  const notFound = (req: Request, res: Response) => sendPage(res, <LandlordNotFoundPage user={staff(req)} csrfToken={ctx.csrfToken(req, res)} />, 404);

  router.get('/bailleurs', async (req, res) => {
    const user = staff(req);
    const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 100) : '';
    const sort = parseSort(req.query, ['name'] as const, { column: 'name', dir: 'asc' });
    const result = await service().list(user, { q, nameOrder: sort.dir, page: pageParam(req.query.page), pageSize: 25 });
    sendPage(res, <LandlordsPage user={user} csrfToken={ctx.csrfToken(req, res)} result={result} q={q} sort={sort} />);
  });

  router.get('/bailleurs/nouveau', (req, res) => {
    sendPage(res, <LandlordNewPage user={staff(req)} csrfToken={ctx.csrfToken(req, res)} />);
  });

  router.post('/bailleurs', async (req, res) => {
    const user = staff(req);
    const kind = bodyField(req.body, 'kind');
    const values = { name: bodyField(req.body, 'name'), siren: bodyField(req.body, 'siren'), kind, regions: list((req.body as Record<string, unknown>)?.regions) };
    try {
      const created = await service().create(user, {
        name: values.name,
        siren: values.siren,
        regions: values.regions,
        kind: (LANDLORD_KINDS as readonly string[]).includes(kind) ? (kind as LandlordKind) : ('?' as LandlordKind),
      });
      res.redirect(303, `/admin/bailleurs/${created.id}?ok=created`);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      sendPage(res, <LandlordNewPage user={user} csrfToken={ctx.csrfToken(req, res)} values={values} error={error.message} fieldErrors={error.fields} />, httpStatusOf(error.kind));
    }
  });

  const renderLandlord = async (req: Request, res: Response, id: string, problem?: DomainError, values?: Record<string, string>) => {
    const user = staff(req);
    try {
      const [landlord, agreements, users, summary] = await Promise.all([
        service().get(user, id),
        service().agreements(user, id),
        service().users(user, id),
        service().summary(user, id),
      ]);
      const ok = typeof req.query.ok === 'string' ? (LANDLORD_FLASH[req.query.ok] ?? ON_BEHALF_FLASH[req.query.ok]) : undefined;
      sendPage(
        res,
        <LandlordPage
          user={user}
          csrfToken={ctx.csrfToken(req, res)}
          landlord={landlord}
          agreements={agreements}
          year={ctx.container.get(SHARED.Clock).now().getUTCFullYear()}
          flash={problem ? undefined : ok}
          error={problem?.message}
          fieldErrors={problem?.fields ?? []}
          values={values ?? {}}
          sort={parseSort(req.query, AGREEMENT_SORT_COLUMNS, AGREEMENT_DEFAULT_SORT)}
          page={pageParam(req.query.page)}
        >
          <OnBehalfSections
            landlord={landlord}
            csrfToken={ctx.csrfToken(req, res)}
            users={users}
            waiting={summary.waiting}
            values={values ?? {}}
            fieldErrors={problem?.fields ?? []}
          />
        </LandlordPage>,
        problem ? httpStatusOf(problem.kind) : 200,
      );
    } catch (error) {
      if (isDomainError(error) && error.kind === 'not_found') return notFound(req, res);
      throw error;
    }
  };

  router.get('/bailleurs/:id', async (req, res) => {
    if (!isId(req.params.id)) return notFound(req, res);
    await renderLandlord(req, res, req.params.id);
  });

  router.post('/bailleurs/:id/conventions', async (req, res) => {
    const user = staff(req);
    const id = String(req.params.id);
    if (!isId(id)) return notFound(req, res);
    const values = { departement: bodyField(req.body, 'departement'), year: bodyField(req.body, 'year'), unitsOwed: bodyField(req.body, 'unitsOwed') };
    const int = (v: string) => (/^-?\d{1,6}$/.test(v) ? Number(v) : Number.NaN);
    try {
      await service().createAgreement(user, id, { departement: values.departement, year: int(values.year), unitsOwed: int(values.unitsOwed) });
      res.redirect(303, `/admin/bailleurs/${id}?ok=agreement`);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await renderLandlord(req, res, id, error, values);
    }
  });

  // an agent acting for the landlord (issue 17): offers, CAL decisions, proposal outcomes, leases; the landlord's portal users
  onBehalfRoutes(router, ctx, { notFound, landlord: renderLandlord });

  router.get('/bailleurs/:id/conventions/:agreementId/bilan.csv', async (req, res) => {
    const user = staff(req);
    const { id, agreementId } = req.params;
    if (!isId(id) || !isId(agreementId)) return notFound(req, res);
    try {
      const file = service().reportCsv(await service().report(user, id, agreementId));
      res.status(200).type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="${file.filename}"`).send(file.csv);
    } catch (error) {
      if (isDomainError(error) && error.kind === 'not_found') return notFound(req, res);
      throw error;
    }
  });
};
