import { typedEvents } from '../../../shared/events';
import type { Principal } from '../../identity/index';
import type { StoredGrid } from '../ports';
import { scoringError } from '../scoring.errors';
import { SCORING_EVENTS, type ScoringEventPayloads } from '../scoring.events';
import { auditActor, requireStaff } from './access';
import { assertGrid } from './grid-checks';
import { gridView, type GridPatch, type GridView } from './grid-view';
import type { ScoringDeps } from './scoring.deps';

export async function updateGrid(deps: ScoringDeps, p: Principal, id: string, patch: GridPatch): Promise<GridView> {
  requireStaff(p);
  const now = deps.clock.now();
  return deps.uow.run(async () => {
    const current = await deps.grids.findById(id);
    if (!current) throw scoringError.gridNotFound();
    const name = patch.name ?? current.name;
    const criteria = patch.criteria ? assertGrid(name, current.epciCode, patch.criteria) : (assertGrid(name, current.epciCode, []), current.criteria);
    const next: StoredGrid = { ...current, name: name.trim(), active: patch.active ?? current.active, criteria, updatedAt: now, version: current.version + 1 };
    await deps.grids.update(next);
    await deps.audit.record({
      ...auditActor(p),
      action: 'scoring.grid_changed',
      objectType: 'territory_grid',
      objectId: id,
      detail: { epciCode: next.epciCode, active: next.active, criteria: criteria.length },
    });
    await typedEvents<ScoringEventPayloads>(deps.events).publish(SCORING_EVENTS.inputsChanged, { kind: 'grid', id }, now);
    return gridView(next);
  });
}
