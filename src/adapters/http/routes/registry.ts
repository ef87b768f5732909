import type { Router } from 'express';
import type { Container } from 'inversify';
import type { ApiDefinition } from '../openapi';
import { demandRoutes } from './demand.routes';
import { companySpaceRoutes } from './company-space.routes';
import { landlordRoutes } from './landlord.routes';
import { offerRoutes } from './offer.routes';
import { scoringRoutes } from './scoring.routes';
import { candidacyRoutes } from './candidacy.routes';
import { verificationRoutes } from './verification.routes';
import { privacyRoutes } from './privacy.routes';
import { statsRoutes } from './stats.routes';
import { registrySyncRoutes } from './registry-sync.routes';
import { registrationCertificateRoutes } from './registration-certificate.routes';
import { referenceRoutes } from './reference.routes';
import { alertRoutes } from './alert.routes';

/** A module's API routes, mounted under /api/v1. One file per module in this folder. */
export type ApiRoutes = (api: ApiDefinition, router: Router, container: Container) => void;

export const API_ROUTES: ApiRoutes[] = [
  demandRoutes,
  companySpaceRoutes,
  landlordRoutes,
  offerRoutes,
  scoringRoutes,
  candidacyRoutes,
  verificationRoutes,
  privacyRoutes,
  statsRoutes,
  registrySyncRoutes,
  registrationCertificateRoutes,
  referenceRoutes,
  alertRoutes,
];
