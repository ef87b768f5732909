import type { Request, Response } from 'express';
import { httpStatusOf } from '../../http/problem';
import { OFFER, type CeilingsPreview } from '../../../modules/offer/index';
import { isDomainError } from '../../../shared/errors';
import { requireAdminRole, type AdminArea } from '../admin-context';
import { sendPage } from '../render';
import { bodyField } from '../../web/kit/form';
import { CeilingsPage } from './ceilings.page';

/**
 * The income ceilings (/admin/plafonds): agents and admins see which year decides and its table;
 * an admin loads a year from a CSV — checked line by line, shown before it is applied, audited.
 */
export const ceilingsArea: AdminArea = (router, ctx) => {
  const offers = () => ctx.container.get(OFFER.Service);

  const render = async (req: Request, res: Response, extra: { preview?: CeilingsPreview; csv?: string; error?: string; status?: number } = {}) => {
    const user = requireAdminRole(req, 'agent', 'admin');
    const status = await offers().ceilingsStatus();
    const rows = status.year === null ? [] : await offers().ceilingRowsOf(status.year);
    sendPage(
      res,
      <CeilingsPage
        user={user}
        csrfToken={ctx.csrfToken(req, res)}
        status={status}
        rows={rows}
        flash={req.query.ok === 'charge' ? 'Les plafonds sont appliqués.' : undefined}
        error={extra.error}
        csv={extra.csv ?? ''}
        {...(extra.preview ? { preview: extra.preview } : {})}
      />,
      extra.status ?? 200,
    );
  };

  router.get('/plafonds', (req, res) => render(req, res));

  router.post('/plafonds/apercu', async (req, res) => {
    const user = requireAdminRole(req, 'admin');
    const csv = bodyField(req.body, 'csv');
    const preview = await offers().previewCeilings(user, csv);
    await render(req, res, { preview, csv, status: preview.ok ? 200 : 422 });
  });

  router.post('/plafonds/appliquer', async (req, res) => {
    const user = requireAdminRole(req, 'admin');
    const csv = bodyField(req.body, 'csv');
    try {
      await offers().loadCeilings(user, csv);
      res.redirect(303, '/admin/plafonds?ok=charge');
    } catch (error) {
      if (!isDomainError(error)) throw error;
      const preview = await offers().previewCeilings(user, csv);
      await render(req, res, { preview, csv, error: error.message, status: httpStatusOf(error.kind) });
    }
  });
};
