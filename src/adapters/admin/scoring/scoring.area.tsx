import type { Request, Response } from 'express';
import { httpStatusOf } from '../../http/problem';
import { GRID_FACTS, SCORING, scoringError, type BonusInput, type CompanySizeClass, type GridCriterionInput, type GridOperator } from '../../../modules/scoring/index';
import { DomainError, isDomainError } from '../../../shared/errors';
import { isId } from '../../../shared/ids';
import { requireAdminRole, type AdminArea } from '../admin-context';
import { sendPage } from '../render';
import { BalancingPage, BONUS_SORT_COLUMNS, GRID_DEFAULT_SORT, GRID_FORM_ROWS, GRID_SORT_COLUMNS, GridsPage } from './scoring.page';
import { parseSort } from '../pages/sort';
import { bodyField, parsePage } from '../../web/kit/form';

const FLASH: Record<string, string> = {
  created: 'Le bonus est ouvert.',
  ended: 'Le bonus est arrêté : il ne s’applique plus à partir d’aujourd’hui.',
  grid: 'La grille est enregistrée.',
  toggled: 'La grille est mise à jour.',
};

const BONUS_FIELDS = ['sizeClass', 'companyId', 'epciCode', 'points', 'startDate', 'endDate', 'reason'];

/** Back-office pages of the scoring: balancing bonuses and statistics, territory grids. */
export const scoringArea: AdminArea = (router, ctx) => {
  const scoring = () => ctx.container.get(SCORING.Service);
  const staff = (req: Request) => requireAdminRole(req, 'agent', 'admin');
  const flash = (req: Request) => (typeof req.query.ok === 'string' ? FLASH[req.query.ok] : undefined);

  const renderBalancing = async (req: Request, res: Response, problem?: DomainError, values?: Record<string, string>) => {
    const user = staff(req);
    const [bonuses, stats] = await Promise.all([scoring().listBonuses(user), scoring().balancingStats(user)]);
    sendPage(
      res,
      <BalancingPage
        user={user}
        csrfToken={ctx.csrfToken(req, res)}
        bonuses={bonuses}
        stats={stats}
        flash={problem ? undefined : flash(req)}
        error={problem?.message}
        fieldErrors={problem?.fields ?? []}
        values={values ?? {}}
        sort={parseSort(req.query, BONUS_SORT_COLUMNS, { column: 'start', dir: 'desc' })}
        page={parsePage(req.query)}
      />,
      problem ? httpStatusOf(problem.kind) : 200,
    );
  };

  router.get('/equilibrage', (req, res) => renderBalancing(req, res));

  router.post('/equilibrage/bonus', async (req, res) => {
    const user = staff(req);
    const values = Object.fromEntries(BONUS_FIELDS.map((k) => [k, bodyField(req.body, k)]));
    const input: BonusInput = {
      ...(values.sizeClass ? { sizeClass: values.sizeClass as CompanySizeClass } : {}),
      ...(values.companyId ? { companyId: values.companyId } : {}),
      ...(values.epciCode ? { epciCode: values.epciCode } : {}),
      points: values.points === '' ? Number.NaN : Number(values.points),
      startDate: values.startDate ?? '',
      endDate: values.endDate ?? '',
      reason: values.reason ?? '',
    };
    try {
      await scoring().createBonus(user, input);
      res.redirect(303, '/admin/equilibrage?ok=created');
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await renderBalancing(req, res, error, values);
    }
  });

  router.post('/equilibrage/bonus/:id/arreter', async (req, res) => {
    const user = staff(req);
    const id = String(req.params.id);
    try {
      if (!isId(id)) throw scoringError.bonusNotFound();
      await scoring().updateBonus(user, id, { status: 'ended' });
      res.redirect(303, '/admin/equilibrage?ok=ended');
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await renderBalancing(req, res, error);
    }
  });

  const renderGrids = async (req: Request, res: Response, problem?: DomainError, values?: Record<string, string>) => {
    const user = staff(req);
    const grids = await scoring().listGrids(user);
    sendPage(
      res,
      <GridsPage
        user={user}
        csrfToken={ctx.csrfToken(req, res)}
        grids={grids}
        facts={GRID_FACTS}
        flash={problem ? undefined : flash(req)}
        error={problem?.message}
        fieldErrors={problem?.fields ?? []}
        values={values ?? {}}
        sort={parseSort(req.query, GRID_SORT_COLUMNS, GRID_DEFAULT_SORT)}
        page={parsePage(req.query)}
      />,
      problem ? httpStatusOf(problem.kind) : 200,
    );
  };

  router.get('/grilles', (req, res) => renderGrids(req, res));

  router.post('/grilles', async (req, res) => {
    const user = staff(req);
    const values: Record<string, string> = {};
    for (const k of ['epciCode', 'name', 'active']) values[k] = bodyField(req.body, k);
    const criteria: GridCriterionInput[] = [];
    for (let i = 0; i < GRID_FORM_ROWS; i++) {
      for (const k of ['label', 'fact', 'operator', 'value', 'points']) values[`${k}${i}`] = bodyField(req.body, `${k}${i}`);
      if (!values[`label${i}`]) continue;
      const fact = GRID_FACTS.find((f) => f.key === values[`fact${i}`]);
      const raw = values[`value${i}`] ?? '';
      const parse = (v: string) => (fact?.type === 'number' ? Number(v) : fact?.type === 'boolean' ? v === 'true' || v === 'oui' : v);
      const operator = values[`operator${i}`] as GridOperator;
      criteria.push({
        label: { fr: values[`label${i}`]! },
        fact: values[`fact${i}`] ?? '',
        operator,
        ...(operator === 'true' ? {} : { value: operator === 'in' ? raw.split(',').map((x) => parse(x.trim())) : parse(raw) }),
        points: Number(values[`points${i}`] || Number.NaN),
      });
    }
    try {
      await scoring().createGrid(user, { epciCode: values.epciCode ?? '', name: values.name ?? '', active: values.active !== 'false', criteria });
      res.redirect(303, '/admin/grilles?ok=grid');
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await renderGrids(req, res, error, values);
    }
  });

  router.post('/grilles/:id/activation', async (req, res) => {
    const user = staff(req);
    const id = String(req.params.id);
    try {
      if (!isId(id)) throw scoringError.gridNotFound();
      await scoring().updateGrid(user, id, { active: bodyField(req.body, 'active') === 'true' });
      res.redirect(303, '/admin/grilles?ok=toggled');
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await renderGrids(req, res, error);
    }
  });
};
