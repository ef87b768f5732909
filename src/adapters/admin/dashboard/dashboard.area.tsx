import { IDENTITY } from '../../../modules/identity/index';
import { OFFER } from '../../../modules/offer/index';
import { SHARED } from '../../../shared/tokens';
import { toCsv } from '../../../shared/csv';
import { PLATFORM_STATS } from '../../db/read-models/platform-stats';
import { adminUser, type AdminArea } from '../admin-context';
import { sendPage } from '../render';
import { CHART_IDS, dashboardCharts, type ChartId } from './dashboard-charts';
import { DashboardPage } from './dashboard.page';

const BOOT_CONFIG = Symbol.for('boot.Config');

/**
 * The dashboard, the page /admin lands on (agents and admins): the platform figures with their
 * definitions, four SVG charts with their tables, and each chart's numbers as CSV
 * (/admin/dashboard/<chart>.csv).
 */
export const dashboardArea: AdminArea = (router, ctx) => {
  const stats = ctx.container.get(PLATFORM_STATS);
  const identity = ctx.container.get(IDENTITY.Service);
  const offers = ctx.container.get(OFFER.Service);
  const cacheSeconds = ctx.container.get<{ stats: { cacheSeconds: number } }>(BOOT_CONFIG).stats.cacheSeconds;

  const charts = async () => {
    const [figures, series] = [await stats.figures(), await stats.series()];
    return { figures, charts: dashboardCharts(series, figures.offersByStatus) };
  };

  router.get('/', async (req, res) => {
    const user = adminUser(req);
    const [{ figures, charts: list }, accountsByRole, ceilings] = [await charts(), await identity.countByRole(), await offers.ceilingsStatus()];
    sendPage(
      res,
      <DashboardPage
        user={user}
        csrfToken={ctx.csrfToken(req, res)}
        computedAt={figures.computedAt}
        cacheSeconds={cacheSeconds}
        figures={figures.figures}
        charts={list}
        accountsByRole={accountsByRole}
        ceilings={ceilings}
      />,
    );
  });

  router.get('/dashboard/:file', async (req, res, next) => {
    adminUser(req);
    const match = /^(.+)\.csv$/.exec(String(req.params.file));
    const id = match?.[1] as ChartId | undefined;
    if (!id || !CHART_IDS.includes(id)) return next();
    const chart = (await charts()).charts.find((c) => c.id === id)!;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${id}-${ctx.container.get(SHARED.Clock).now().toISOString().slice(0, 10)}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(toCsv([chart.csvHeaders, ...chart.csvRows], { bom: true }));
  });
};
