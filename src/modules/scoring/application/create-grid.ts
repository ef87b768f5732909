import { typedEvents } from '../../../shared/events';
import { newId } from '../../../shared/ids';
import type { Principal } from '../../identity/index';
import type { StoredGrid } from '../ports';
import { SCORING_EVENTS, type ScoringEventPayloads } from '../scoring.events';
import { auditActor, requireStaff } from './access';
import { assertGrid } from './grid-checks';
import { gridView, type GridInput, type GridView } from './grid-view';
import type { ScoringDeps } from './scoring.deps';

export async function createGrid(deps: ScoringDeps, p: Principal, input: GridInput): Promise<GridView> {
  requireStaff(p);
  const criteria = assertGrid(input.name, input.epciCode, input.criteria);
  const now = deps.clock.now();
  const grid: StoredGrid = {
    id: newId(),
    epciCode: input.epciCode,
    name: input.name.trim(),
    active: input.active,
    criteria,
    createdAt: now,
    updatedAt: now,
    createdBy: p.accountId,
    version: 1,
  };
  await deps.uow.run(async () => {
    await deps.grids.insert(grid);
    await deps.audit.record({
      ...auditActor(p),
      action: 'scoring.grid_created',
      objectType: 'territory_grid',
      objectId: grid.id,
      detail: { epciCode: grid.epciCode, active: grid.active, criteria: criteria.length },
    });
    await typedEvents<ScoringEventPayloads>(deps.events).publish(SCORING_EVENTS.inputsChanged, { kind: 'grid', id: grid.id }, now);
  });
  return gridView(grid);
}
