import type { AdminArea } from './admin-context';

/**
 * The back-office areas, each in its own folder under src/adapters/admin/. Add an area here and
 * its navigation entry in pages/layout.tsx.
 */
export const ADMIN_AREAS: AdminArea[] = [];
