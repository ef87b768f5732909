import type { TerritoryGrid } from '../domain/index';
import type { ScoringDeps } from './scoring.deps';

/** The active grid of an EPCI in the engine's form, if any. */
export async function activeGridFor(deps: ScoringDeps, epciCode: string | undefined): Promise<TerritoryGrid | undefined> {
  if (!epciCode) return undefined;
  const grid = await deps.grids.activeForEpci(epciCode);
  return grid ? { epciCode: grid.epciCode, active: true, name: grid.name, criteria: grid.criteria } : undefined;
}
