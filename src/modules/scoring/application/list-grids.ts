import type { Principal } from '../../identity/index';
import { requireStaff } from './access';
import { gridView, type GridView } from './grid-view';
import type { ScoringDeps } from './scoring.deps';

export async function listGrids(deps: ScoringDeps, p: Principal, filter: { epciCode?: string | undefined }, limit = 200): Promise<GridView[]> {
  requireStaff(p);
  return (await deps.grids.list(filter.epciCode ? { epciCode: filter.epciCode } : {}, limit)).map(gridView);
}
