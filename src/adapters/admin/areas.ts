import type { AdminArea } from './admin-context';
import { auditArea } from './audit/audit.area';
import { dashboardArea } from './dashboard/dashboard.area';
import { companySpaceArea } from './company-space/company-space.area';
import { offersArea } from './offers/offers.area';
import { landlordsArea } from './landlords/landlords.area';
import { rankingArea } from './ranking/ranking.area';
import { scoringArea } from './scoring/scoring.area';
import { demandsArea } from './demands/demands.area';
import { ceilingsArea } from './ceilings/ceilings.area';

/**
 * The back-office areas, each in its own folder under src/adapters/admin/. Add an area here and
 * its navigation entry in pages/layout.tsx.
 */
export const ADMIN_AREAS: AdminArea[] = [
  dashboardArea, // GET /admin: the page the back office lands on
  auditArea,
  companySpaceArea,
  offersArea,
  landlordsArea,
  rankingArea,
  scoringArea,
  demandsArea,
  ceilingsArea,
];
