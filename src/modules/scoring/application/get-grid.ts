import type { Principal } from '../../identity/index';
import { scoringError } from '../scoring.errors';
import { requireStaff } from './access';
import { gridView, type GridView } from './grid-view';
import type { ScoringDeps } from './scoring.deps';

export async function getGrid(deps: ScoringDeps, p: Principal, id: string): Promise<GridView> {
  requireStaff(p);
  const grid = await deps.grids.findById(id);
  if (!grid) throw scoringError.gridNotFound();
  return gridView(grid);
}
