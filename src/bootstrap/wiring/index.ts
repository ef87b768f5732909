import type { ModuleWiring } from './wiring';

/** The business modules' wirings, in dependency order (a module after those it calls). */
export const MODULE_WIRINGS: ModuleWiring[] = [];
