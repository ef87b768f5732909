import { SHARED } from '../../shared/tokens';
import { httpStatusOf } from '../http/problem';
import { portalErrors } from '../web/portal-errors';
import { PortalLayout, PortalMessagePage } from './pages/layout';
import { passwordResetPages } from '../web/password-reset.pages';
import express, { type Request, type Response, type Router } from 'express';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Container } from 'inversify';
import { IDENTITY, IDENTITY_ERRORS } from '../../modules/identity/index';
import { COMPANY_SPACE, COMPANY_SPACE_ERRORS, TRANCHES, type Tranche, type ValidationDecision } from '../../modules/company-space/index';
import { isDomainError, type DomainError } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { HTTP } from '../http/http.tokens';
import { cookieSession } from '../web/cookie-session';
import { sendPage } from '../web/render';
import { managerOf } from './portal-user';
import { FIELD_IDS } from './labels';
import { spaceStatusLabel } from '../web/kit/labels';
import { InvitationPage, SignInPage, SpaceRequestPage, type SpaceRequestValues } from './pages/public.pages';
import { CANDIDACY_FILTERS, CandidaciesPage, EmployeePage, EmployeesPage, HomePage, MessagePage, PolicyPage, RequestsPage, type Frame } from './pages/manager.pages';

export const COMPANY_PORTAL_COOKIE = 'alin_entreprise';
const ANON_COOKIE = 'alin_entreprise_anon';
const PAGE_SIZE = 20;

const field = (req: Request, name: string): string => {
  const v = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v : '';
};
const pageParam = (req: Request): number => {
  const n = Number(req.query.page);
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1;
};
const flashParam = (req: Request): string | undefined => (typeof req.query.ok === 'string' ? req.query.ok : undefined);

/** The space-request form's fields: the use case's field names → French messages. */
const SPACE_REQUEST_MESSAGES: Record<string, { field: keyof SpaceRequestValues; message?: string }> = {
  siret: { field: 'siret' },
  name: { field: 'companyName' },
  contactName: { field: 'contactName', message: 'Indiquez le nom du contact (120 caractères au plus).' },
  contactEmail: { field: 'contactEmail', message: 'Indiquez une adresse e-mail valide.' },
  contactPhone: { field: 'contactPhone', message: 'Indiquez un numéro de téléphone valide, ou laissez le champ vide.' },
};

/**
 * The company portal (/entreprise): server-rendered pages for company managers, on the same
 * cookie session and CSRF protection as the back office (adapters/web/cookie-session.ts), and
 * the same company-space use cases as the API, so that authorization is identical (another
 * company's objects → 404). Public: sign-in, the invitation link, the space-request form.
 */
export function companyPortalRouter(container: Container): Router {
  const settings = container.get(HTTP.Settings);
  const identity = container.get(IDENTITY.Service);
  const service = () => container.get(COMPANY_SPACE.Service);
  const router = express.Router();

  router.use('/assets', express.static(path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets'), { maxAge: '1h', index: false }));
  const session = cookieSession({
    clock: container.get(SHARED.Clock),
    settings,
    path: '/entreprise',
    sessionCookie: COMPANY_PORTAL_COOKIE,
    anonCookie: ANON_COOKIE,
    csrfCookie: 'alin.x-csrf-entreprise',
    resolve: (token) => identity.webSession('company', token),
    attach: (req, user) => {
      req.companyManager = user;
    },
  });
  // every error of the portal is an HTML page; a form sent after the session expired comes back after sign-in
  const errors = portalErrors({
    path: '/entreprise',
    signInPath: '/entreprise/connexion',
    pendingCookie: 'alin_entreprise_reprise',
    production: settings.production,
    renderMessage: async (req, res, page) => {
      const user = req.companyManager;
      const companyName = user?.companyId
        ? await service()
            .getCompany(user, user.companyId)
            .then(
              (c) => c.name,
              () => undefined,
            )
        : undefined;
      sendPage(
        res,
        <PortalMessagePage user={user} companyName={companyName} csrfToken={user ? session.csrfToken(req, res) : undefined} title={page.title} text={page.text} />,
        page.status,
      );
    },
    renderSignIn: (req, res, message, status) => sendPage(res, <SignInPage csrfToken={session.csrfToken(req, res, { overwrite: true })} error={message} />, status),
    hasLiveSession: async (req) => {
      const token = session.token(req);
      return token
        ? identity.webSession('company', token).then(
            () => true,
            () => false,
          )
        : false;
    },
    signedIn: (req) => req.companyManager !== undefined,
  });
  router.use(...session.middleware);
  // text PostgreSQL cannot store (NUL, lone surrogates) is the sender's mistake: a 400, never a failed query
  router.use(errors.refuseUnstorableText);
  const csrf = (req: Request, res: Response) => session.csrfToken(req, res);
  const context = (req: Request) => ({ address: req.ip ?? 'unknown', userAgent: req.get('user-agent') ?? '' });

  // ── public pages ──────────────────────────────────────────────────────────
  router.get('/connexion', (req, res) => {
    if (req.companyManager) return res.redirect(303, '/entreprise');
    sendPage(res, <SignInPage csrfToken={csrf(req, res)} />);
  });

  router.post('/connexion', async (req, res) => {
    const email = field(req, 'email').slice(0, 254);
    try {
      const { sessionToken, expiresAt } = await identity.webLogin('company', email, field(req, 'password'), context(req));
      session.open(res, sessionToken, expiresAt);
      res.redirect(303, errors.afterSignIn(req, '/entreprise'));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      const limited = error.kind === 'rate_limited';
      if (limited) res.setHeader('Retry-After', String(error.details?.retryAfterSeconds ?? 60));
      const message = limited ? 'Trop de tentatives : réessayez dans quelques minutes.' : 'Identifiant ou mot de passe incorrect.';
      sendPage(res, <SignInPage csrfToken={session.csrfToken(req, res, { overwrite: true })} error={message} email={email} />, limited ? 429 : 401);
    }
  });

  router.get('/invitation', (req, res) => {
    const token = typeof req.query.token === 'string' ? req.query.token.slice(0, 200) : '';
    sendPage(res, <InvitationPage csrfToken={csrf(req, res)} token={token} />);
  });

  router.post('/invitation', async (req, res) => {
    const token = field(req, 'token').slice(0, 200);
    const password = field(req, 'password');
    if (password !== field(req, 'confirmation')) {
      return sendPage(res, <InvitationPage csrfToken={csrf(req, res)} token={token} errors={{ confirmation: 'Les deux mots de passe ne correspondent pas.' }} />, 422);
    }
    try {
      const { sessionToken, expiresAt } = await identity.acceptInvitationAndSignIn('company', token, password, context(req));
      session.open(res, sessionToken, expiresAt);
      res.redirect(303, '/entreprise');
    } catch (error) {
      if (!isDomainError(error)) throw error;
      const page =
        error.kind === 'invalid' ? (
          <InvitationPage csrfToken={csrf(req, res)} token={token} errors={{ password: error.message }} />
        ) : (
          <InvitationPage
            csrfToken={csrf(req, res)}
            token={token}
            error={
              error.code === IDENTITY_ERRORS.INVITATION_INVALID
                ? 'Ce lien d’invitation est invalide, déjà utilisé ou expiré : demandez-en un nouveau à votre contact Action Logement.'
                : error.message
            }
          />
        );
      sendPage(res, page, httpStatusOf(error.kind));
    }
  });

  // « Mot de passe oublié »: the identity module's one-time link, opening /entreprise/mot-de-passe for managers
  passwordResetPages(router, {
    base: '/entreprise',
    signInPath: '/entreprise/connexion',
    identity,
    csrf,
    layout: (title, content) => <PortalLayout title={title}>{content}</PortalLayout>,
  });

  router.get('/demande-espace', (req, res) => {
    sendPage(res, <SpaceRequestPage csrfToken={csrf(req, res)} received={req.query.ok === '1'} />);
  });

  router.post('/demande-espace', async (req, res) => {
    const values: SpaceRequestValues = {
      companyName: field(req, 'companyName'),
      siret: field(req, 'siret'),
      contactName: field(req, 'contactName'),
      contactEmail: field(req, 'contactEmail'),
      contactPhone: field(req, 'contactPhone'),
    };
    try {
      await service().requestSpace({ ...values, contactPhone: values.contactPhone || undefined }, { address: req.ip ?? 'unknown' });
      res.redirect(303, '/entreprise/demande-espace?ok=1');
    } catch (error) {
      if (!isDomainError(error)) throw error;
      const errors: Record<string, string> = {};
      for (const f of error.fields) {
        const known = SPACE_REQUEST_MESSAGES[f.field];
        if (known) errors[known.field] = known.message ?? (f.field === 'siret' ? 'SIRET invalide : 14 chiffres avec une clé de contrôle valide.' : error.message);
      }
      if (error.kind === 'rate_limited') res.setHeader('Retry-After', String(error.details?.retryAfterSeconds ?? 60));
      const message =
        error.kind === 'rate_limited'
          ? 'Trop de demandes envoyées depuis votre connexion : réessayez plus tard.'
          : 'Le formulaire contient des erreurs : corrigez les champs indiqués.';
      sendPage(res, <SpaceRequestPage csrfToken={csrf(req, res)} values={values} error={message} errors={errors} />, httpStatusOf(error.kind));
    }
  });

  // ── below: a signed-in company manager ────────────────────────────────────
  router.use((req, res, next) => {
    if (!req.companyManager) return errors.signInGate(req, res);
    if (!req.companyManager.companyId) {
      return sendPage(res, <MessagePage title="Accès refusé" text="Votre compte n’est rattaché à aucune entreprise : contactez Action Logement." />, 403);
    }
    next();
  });
  router.use(errors.restoreMiddleware);

  router.post('/deconnexion', async (req, res) => {
    await identity.webLogout(session.token(req) ?? '');
    session.close(res);
    res.redirect(303, '/entreprise/connexion');
  });

  const frameOf = async (req: Request, res: Response): Promise<Frame> => {
    const user = managerOf(req);
    const company = await service().getCompany(user, user.companyId);
    return { user, csrfToken: csrf(req, res), companyName: company.name };
  };

  /** Runs a page; what the use cases refuse becomes a French page (404 for another company's objects). */
  const page = (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    try {
      await handler(req, res);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      const frame = await frameOf(req, res).catch(() => undefined);
      if (error.kind === 'not_found')
        return sendPage(res, <MessagePage frame={frame} title="Page introuvable" text="Cette page n’existe pas ou ne concerne pas votre entreprise." />, 404);
      if (error.code === COMPANY_SPACE_ERRORS.SPACE_NOT_DEPLOYED) {
        return sendPage(
          res,
          <MessagePage
            frame={frame}
            title="Espace non ouvert"
            text="L’espace de votre entreprise n’est pas encore ouvert (ou il est suspendu) : Action Logement vous préviendra de son ouverture."
          />,
          409,
        );
      }
      if (error.kind === 'forbidden') return sendPage(res, <MessagePage frame={frame} title="Accès refusé" text={error.message} />, 403);
      throw error;
    }
  };
  // (router.param below has answered 404 to anything that is not an id)
  const demandIdOf = (req: Request): string => String(req.params.demandId);
  router.param('demandId', (req, res, next, value) => {
    if (isId(String(value))) return next();
    void frameOf(req, res)
      .catch(() => undefined)
      .then((frame) => sendPage(res, <MessagePage frame={frame} title="Page introuvable" text="Cette page n’existe pas ou ne concerne pas votre entreprise." />, 404));
  });

  router.get(
    '/',
    page(async (req, res) => {
      const user = managerOf(req);
      const frame = await frameOf(req, res);
      const company = await service().getCompany(user, user.companyId);
      if (!company.space.openToManagers) {
        return sendPage(
          res,
          <MessagePage
            frame={frame}
            title="Espace non ouvert"
            text={`Votre espace est à l’état « ${spaceStatusLabel(company.space.status)} ». Vous pouvez déjà préparer votre politique logement ; la validation des salariés ouvrira avec l’espace.`}
          />,
        );
      }
      const [pending, validated] = await Promise.all([
        service().listEmployees(user, user.companyId, { status: 'pending', pageSize: 1 }),
        service().listEmployees(user, user.companyId, { status: 'validated', pageSize: 1 }),
      ]);
      sendPage(
        res,
        <HomePage
          frame={frame}
          spaceStatus={spaceStatusLabel(company.space.status)}
          year={pending.year}
          quotas={pending.quotas}
          pending={pending.total}
          validated={validated.total}
        />,
      );
    }),
  );

  const renderRequests = async (req: Request, res: Response, failed?: { demandId: string; message: string; reason: string }, status = 200) => {
    const user = managerOf(req);
    const result = await service().listEmployees(user, user.companyId, { status: 'pending', page: pageParam(req), pageSize: PAGE_SIZE, withDeclarations: true });
    sendPage(res, <RequestsPage frame={await frameOf(req, res)} result={result} flash={failed ? undefined : flashParam(req)} failed={failed} />, status);
  };
  router.get(
    '/demandes',
    page((req, res) => renderRequests(req, res)),
  );

  router.get(
    '/salaries',
    page(async (req, res) => {
      const user = managerOf(req);
      const status = req.query.statut === 'rejected' || req.query.statut === 'withdrawn' ? req.query.statut : 'validated';
      const result = await service().listEmployees(user, user.companyId, { status, page: pageParam(req), pageSize: PAGE_SIZE });
      sendPage(res, <EmployeesPage frame={await frameOf(req, res)} result={result} year={result.year} quotas={result.quotas} status={status} />);
    }),
  );

  const renderEmployee = async (req: Request, res: Response, problem?: { errors: Record<string, string>; values: Record<string, string> }, status = 200) => {
    const user = managerOf(req);
    const demandId = demandIdOf(req);
    const [employee, policy] = await Promise.all([service().getEmployee(user, user.companyId, demandId), service().getPolicy(user, user.companyId)]);
    sendPage(
      res,
      <EmployeePage
        frame={await frameOf(req, res)}
        employee={employee}
        year={employee.year}
        quotas={employee.quotas}
        policy={policy}
        flash={problem ? undefined : flashParam(req)}
        errors={problem?.errors ?? {}}
        values={problem?.values ?? {}}
      />,
      status,
    );
  };
  router.get(
    '/salaries/:demandId',
    page((req, res) => renderEmployee(req, res)),
  );

  const DECISIONS: Record<string, { decision: ValidationDecision; ok: string }> = {
    validate: { decision: 'validate', ok: 'validated' },
    reject: { decision: 'reject', ok: 'rejected' },
    withdraw: { decision: 'withdraw', ok: 'withdrawn' },
  };
  router.post(
    '/salaries/:demandId/decision',
    page(async (req, res) => {
      const user = managerOf(req);
      const demandId = demandIdOf(req);
      const chosen = DECISIONS[field(req, 'decision')];
      const fromList = field(req, 'from') === 'demandes';
      if (!chosen) return res.redirect(303, `/entreprise/salaries/${demandId}`);
      const reason = field(req, 'reason');
      try {
        await service().decideValidation(user, user.companyId, demandId, { decision: chosen.decision, ...(reason.trim() ? { reason } : {}) });
        res.redirect(303, fromList ? `/entreprise/demandes?ok=${chosen.ok}` : `/entreprise/salaries/${demandId}?ok=${chosen.ok}`);
      } catch (error) {
        if (!isDomainError(error) || error.kind === 'not_found' || error.code === COMPANY_SPACE_ERRORS.SPACE_NOT_DEPLOYED) throw error;
        const status = httpStatusOf(error.kind);
        if (fromList) return renderRequests(req, res, { demandId, message: error.message, reason }, status);
        await renderEmployee(
          req,
          res,
          { errors: error.kind === 'invalid' ? { withdrawReason: error.message } : { form: error.message }, values: { withdrawReason: reason } },
          status,
        );
      }
    }),
  );

  router.post(
    '/salaries/:demandId/tranches',
    page(async (req, res) => {
      const user = managerOf(req);
      const demandId = demandIdOf(req);
      const tranche = field(req, 'tranche');
      const reason = field(req, 'reason');
      const values = { tranche, reason };
      if (!TRANCHES.includes(tranche as Tranche)) return renderEmployee(req, res, { errors: { tranche: 'Choisissez la tranche à accorder.' }, values }, 422);
      try {
        await service().grantTranche(user, user.companyId, demandId, { tranche: tranche as Tranche, reason });
        res.redirect(303, `/entreprise/salaries/${demandId}?ok=granted`);
      } catch (error) {
        if (!isDomainError(error) || error.kind === 'not_found' || error.code === COMPANY_SPACE_ERRORS.SPACE_NOT_DEPLOYED) throw error;
        const errors: Record<string, string> =
          error.kind === 'invalid'
            ? { reason: error.message }
            : error.code === COMPANY_SPACE_ERRORS.QUOTA_EXHAUSTED || error.code === COMPANY_SPACE_ERRORS.TRANCHE_ALREADY_GRANTED
              ? { tranche: error.message }
              : { form: error.message };
        await renderEmployee(req, res, { errors, values }, httpStatusOf(error.kind));
      }
    }),
  );

  router.post(
    '/salaries/:demandId/tranches/:tranche/revocation',
    page(async (req, res) => {
      const user = managerOf(req);
      const demandId = demandIdOf(req);
      const tranche = String(req.params.tranche);
      if (!TRANCHES.includes(tranche as Tranche)) return renderEmployee(req, res, { errors: { form: 'Tranche inconnue.' }, values: {} }, 404);
      await service().revokeTranche(user, user.companyId, demandId, tranche as Tranche);
      res.redirect(303, `/entreprise/salaries/${demandId}?ok=revoked`);
    }),
  );

  const renderPolicy = async (
    req: Request,
    res: Response,
    problem?: { error: DomainError | string; values: { descriptions: Record<string, string>; quotas: Record<string, string> }; errors: Record<string, string> },
    status = 200,
  ) => {
    const user = managerOf(req);
    const policy = await service().getPolicy(user, user.companyId);
    const error = problem ? (typeof problem.error === 'string' ? problem.error : problem.error.message) : undefined;
    sendPage(
      res,
      <PolicyPage
        frame={await frameOf(req, res)}
        policy={policy}
        flash={problem ? undefined : flashParam(req)}
        error={error}
        errors={problem?.errors ?? {}}
        values={problem?.values}
      />,
      status,
    );
  };
  router.get(
    '/politique',
    page((req, res) => renderPolicy(req, res)),
  );

  router.post(
    '/politique',
    page(async (req, res) => {
      const user = managerOf(req);
      const values = { descriptions: {} as Record<string, string>, quotas: {} as Record<string, string> };
      const descriptions: Partial<Record<Tranche, string>> = {};
      const quotas: Partial<Record<Tranche, number>> = {};
      const errors: Record<string, string> = {};
      for (const t of TRANCHES) {
        values.descriptions[t] = field(req, `description${t}`);
        values.quotas[t] = field(req, `quota${t}`).trim();
        descriptions[t] = values.descriptions[t];
        if (values.quotas[t] !== '') {
          const n = Number(values.quotas[t]);
          if (!/^\d+$/.test(values.quotas[t]) || !Number.isSafeInteger(n)) errors[`quota${t}`] = 'Un quota est un nombre entier positif ou nul.';
          else quotas[t] = n;
        }
      }
      if (Object.keys(errors).length) return renderPolicy(req, res, { error: 'Le formulaire contient des erreurs : corrigez les champs indiqués.', values, errors }, 422);
      try {
        await service().setPolicy(user, user.companyId, { descriptions, quotas });
        res.redirect(303, '/entreprise/politique?ok=policy');
      } catch (error) {
        if (!isDomainError(error) || error.kind === 'not_found' || error.code === COMPANY_SPACE_ERRORS.SPACE_NOT_DEPLOYED) throw error;
        for (const f of error.fields) errors[FIELD_IDS[f.field] ?? f.field] = error.message;
        await renderPolicy(req, res, { error, values, errors }, httpStatusOf(error.kind));
      }
    }),
  );

  router.get(
    '/candidatures',
    page(async (req, res) => {
      const user = managerOf(req);
      const filter = typeof req.query.statut === 'string' && req.query.statut in CANDIDACY_FILTERS ? req.query.statut : '';
      const statuses = filter ? CANDIDACY_FILTERS[filter]!.statuses : undefined;
      const result = await service().listEmployeeCandidacies(user, user.companyId, { page: pageParam(req), pageSize: PAGE_SIZE, statuses });
      sendPage(res, <CandidaciesPage frame={await frameOf(req, res)} result={result} filter={filter} />);
    }),
  );

  router.use(errors.notFound);
  router.use(errors.errorHandler);
  return router;
}
