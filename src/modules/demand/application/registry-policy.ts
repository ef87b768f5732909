import type { DemandSettings } from '../ports/settings.port';

/** New demands are registered with the SNE, unless a regional shared file serves their département (decision 0010). */
export const DEMAND_SETTINGS: DemandSettings = { defaultRegistry: 'sne' };

/** The registry's daily feeds: their first read goes back 7 days (issue 20). */
export const REGISTRY_SYNC_SETTINGS = { firstFeedDays: 7 } as const;
