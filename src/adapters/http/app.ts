import express, { type Express, type Request, type Response } from 'express';
import helmet from 'helmet';
import cors from 'cors';
import cookieParser from 'cookie-parser';
import { pinoHttp } from 'pino-http';
import swaggerUi from 'swagger-ui-express';
import { randomUUID } from 'node:crypto';
import type { Container } from 'inversify';
import { IDENTITY } from '../../modules/identity/index';
import { HTTP } from './http.tokens';
import { ApiDefinition, type ResponseMismatch } from './openapi';
import { bearerAuthentication } from './auth';
import { errorHandler, sendProblem } from './problem';
import { errorWithoutQueryParameters } from '../db/error-log';
import { identityRoutes } from './routes/identity.routes';
import { API_ROUTES } from './routes/registry';
import { VERIFICATION_WEBHOOK_PATH, verificationWebhookBody } from './routes/verification.routes';
import { adminRouter } from '../admin/admin.router';
import { companyPortalRouter } from '../company-portal/company-portal.router';
import { applicantPortal, landlordPortal } from './applicant-portal';

export interface AppHandle {
  app: Express;
  api: ApiDefinition;
}

export interface AppOptions {
  /**
   * Tests only (tests/support/test-platform.ts): every answer of a declared API route is compared
   * with the OpenAPI document (status declared, JSON body parsed by the schema declared for it) and
   * each mismatch reported here. The server passes nothing: no answer is inspected.
   */
  checkResponses?: (mismatch: ResponseMismatch) => void;
}

/**
 * Builds the express application from a wired container: the server and the tests build the
 * same app, with real or in-memory adapters.
 */
export function createApp(container: Container, options: AppOptions = {}): AppHandle {
  const settings = container.get(HTTP.Settings);
  const logger = container.get(HTTP.Logger);
  const readiness = container.get(HTTP.Readiness);
  const identity = container.get(IDENTITY.Service);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', settings.trustProxy);
  app.set('query parser', 'simple');

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[A-Za-z0-9\-_.]{1,100}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // Method, path and status only: headers and query strings may carry tokens or personal data.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        // pino-http would otherwise put pino's standard error serialiser in its child loggers (req.log),
        // which keeps a failed query's parameters and the database's detail (issue 19 §12)
        err: errorWithoutQueryParameters,
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          // the landlord portal shows a candidate's verified PDF piece in the page: a blob it made (typed application/pdf) from the audited read
          frameSrc: ["'self'", 'blob:'],
          frameAncestors: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: settings.production ? [] : null,
        },
      },
      hsts: settings.production,
    }),
  );

  // Operational endpoints, outside /api/v1.
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });
  app.get('/ready', async (req, res) => {
    const [db, migrations] = await Promise.all([readiness.ping(), readiness.migrationsApplied()]);
    const ready = db && migrations;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready', checks: { database: db, migrations } });
    if (!ready) req.log.warn({ db, migrations }, 'not ready');
  });

  // The API.
  const api = new ApiDefinition('/api/v1', options.checkResponses);
  const v1 = express.Router();
  // Answers of the API carry personal data or tokens (issue 19 §13): never kept by a browser or a shared cache
  v1.use(noStore);
  v1.use(cors({ origin: settings.corsOrigins, credentials: false, maxAge: 600 }));
  // the provider's webhook signature covers the raw bytes: read them before the JSON parser
  v1.use(VERIFICATION_WEBHOOK_PATH, verificationWebhookBody);
  v1.use(express.json({ limit: settings.jsonBodyLimit, strict: true, type: ['application/json', 'application/*+json'] }));
  v1.use(bearerAuthentication(identity));
  identityRoutes(api, v1, identity);
  for (const routes of API_ROUTES) routes(api, v1, container);
  app.use('/api/v1', v1);

  let openapiDoc: ReturnType<ApiDefinition['document']> | undefined;
  const doc = () => (openapiDoc ??= openApiDocument(api));
  app.get('/api/openapi.json', (_req, res) => {
    res.json(doc());
  });
  app.use('/api/docs', swaggerUi.serveFiles(undefined, { swaggerUrl: '/api/openapi.json' }), swaggerUi.setup(undefined, { swaggerUrl: '/api/openapi.json' }));

  // The back office (server-rendered pages).
  app.use(cookieParser(settings.cookieSecret));
  // the portals' pages show personal data: never stored; their static assets (/assets/…) stay cacheable
  app.use(['/admin', '/entreprise'], (req: Request, res: Response, next: () => void) => (req.path.startsWith('/assets/') ? next() : noStore(req, res, next)));
  app.use('/admin', adminRouter(container));
  app.use('/entreprise', companyPortalRouter(container)); // the company managers' portal
  app.use('/bailleur', landlordPortal()); // the landlord portal (portals/dist/landlord, a client of /api/v1)
  app.use(applicantPortal()); // the applicant portal at / (built files of portals/dist/applicant, a client of /api/v1)

  app.use((req: Request, res: Response) => sendProblem(req, res, 404, 'ROUTE.NOT_FOUND', `Aucune ressource ${req.method} ${req.path}.`));
  app.use(errorHandler(logger));
  return { app, api };
}

/** `Cache-Control: no-store` on the answer (errors included), for answers that carry personal data. */
function noStore(_req: Request, res: Response, next: () => void): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}

/** The OpenAPI document served at /api/openapi.json (also built without a server by scripts/openapi-lint.ts). */
export function openApiDocument(api: ApiDefinition): ReturnType<ApiDefinition['document']> {
  return api.document({ title: "AL'in API", version: '1.0.0', description: "Plateforme de location sociale AL'in : API des portails et des bailleurs connectés." }, '/');
}
