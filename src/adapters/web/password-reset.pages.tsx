import type { Request, Response, Router } from 'express';
import { ErrorLine } from './kit/boxes';
import type { JSX } from 'preact';
import type { IdentityService } from '../../modules/identity/index';
import { isDomainError } from '../../shared/errors';
import { sendPage } from './render';

/**
 * « Mot de passe oublié » for the server-rendered portals (back office, company portal): the
 * identity module's one-time reset link (the same as the applicants'; throttled per address and per
 * mailbox there), mailed through the identity mail template; the link opens the portal of the
 * account's role (identity's resetPathFor). Each portal gives its base path, its CSRF token and its layout.
 */
export interface PasswordResetPortal {
  /** `/admin` or `/entreprise` */
  base: string;
  /** where to sign in */
  signInPath: string;
  identity: IdentityService;
  csrf(req: Request, res: Response): string;
  /** the page in the portal's layout */
  layout(title: string, content: JSX.Element): JSX.Element;
}

const MAX_TOKEN = 200;
const text = (req: Request, name: string): string => {
  const v = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v : '';
};

function ForgotForm({ portal, csrfToken, email, error, sent }: { portal: PasswordResetPortal; csrfToken: string; email?: string; error?: string; sent?: string }) {
  return (
    <div class="login card">
      <h1>Mot de passe oublié</h1>
      {sent && (
        <p class="notice" role="status">
          {sent}
        </p>
      )}
      <ErrorLine message={error} />
      <p>Saisissez l’adresse e-mail de votre compte : si elle peut recevoir un lien, vous recevrez un message pour choisir un nouveau mot de passe. Le lien sert une seule fois.</p>
      <form class="stack" method="post" action={`${portal.base}/mot-de-passe-oublie`}>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <div>
          <label for="email">Adresse e-mail</label>
          <input id="email" name="email" type="email" autocomplete="username" required maxLength={254} value={email ?? ''} />
        </div>
        <button class="primary" type="submit">
          Recevoir un lien
        </button>
      </form>
      <p>
        <a href={portal.signInPath}>Retour à la connexion</a>
      </p>
    </div>
  );
}

function NewPasswordForm({
  portal,
  csrfToken,
  token,
  error,
  errors = {},
}: {
  portal: PasswordResetPortal;
  csrfToken: string;
  token: string;
  error?: string;
  errors?: Record<string, string>;
}) {
  const describedBy = (id: string, hint?: boolean) => [hint ? `${id}-hint` : '', errors[id] ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="login card">
      <h1>Choisir un nouveau mot de passe</h1>
      <ErrorLine message={error} />
      <form class="stack" method="post" action={`${portal.base}/mot-de-passe`}>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <input type="hidden" name="token" value={token} />
        <div>
          <label for="password">Nouveau mot de passe</label>
          <p id="password-hint" class="field-hint">
            Au moins 12 caractères.
          </p>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="new-password"
            required
            aria-invalid={errors.password ? 'true' : undefined}
            aria-describedby={describedBy('password', true)}
          />
          {errors.password && (
            <p class="field-error" id="password-error">
              {errors.password}
            </p>
          )}
        </div>
        <div>
          <label for="confirmation">Confirmation du mot de passe</label>
          <input
            id="confirmation"
            name="confirmation"
            type="password"
            autocomplete="new-password"
            required
            aria-invalid={errors.confirmation ? 'true' : undefined}
            aria-describedby={describedBy('confirmation')}
          />
          {errors.confirmation && (
            <p class="field-error" id="confirmation-error">
              {errors.confirmation}
            </p>
          )}
        </div>
        <button class="primary" type="submit">
          Enregistrer le mot de passe
        </button>
      </form>
      <p>
        <a href={`${portal.base}/mot-de-passe-oublie`}>Demander un nouveau lien</a>
      </p>
    </div>
  );
}

const TOO_MANY = 'Trop de demandes depuis votre connexion : réessayez dans quelques minutes.';

/** Registers GET/POST `{base}/mot-de-passe-oublie` and `{base}/mot-de-passe` (public pages, CSRF-protected forms) on the portal's router. */
export function passwordResetPages(router: Router, portal: PasswordResetPortal): void {
  const forgotTitle = 'Mot de passe oublié';
  const newTitle = 'Choisir un nouveau mot de passe';

  router.get('/mot-de-passe-oublie', (req, res) => {
    const sent = req.query.envoye === '1' ? 'Vérifiez votre boîte mail : si cette adresse peut recevoir un lien, il vient de vous être envoyé.' : undefined;
    sendPage(res, portal.layout(forgotTitle, <ForgotForm portal={portal} csrfToken={portal.csrf(req, res)} {...(sent ? { sent } : {})} />));
  });

  router.post('/mot-de-passe-oublie', async (req, res) => {
    const email = text(req, 'email').trim().slice(0, 254);
    try {
      await portal.identity.requestPasswordReset(email, { address: req.ip ?? 'unknown' });
      res.redirect(303, `${portal.base}/mot-de-passe-oublie?envoye=1`);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      const limited = error.kind === 'rate_limited';
      if (limited) res.setHeader('Retry-After', String(error.details?.retryAfterSeconds ?? 60));
      sendPage(
        res,
        portal.layout(forgotTitle, <ForgotForm portal={portal} csrfToken={portal.csrf(req, res)} email={email} error={limited ? TOO_MANY : error.message} />),
        limited ? 429 : 400,
      );
    }
  });

  router.get('/mot-de-passe', (req, res) => {
    const token = typeof req.query.token === 'string' ? req.query.token.slice(0, MAX_TOKEN) : '';
    if (!token) return res.redirect(303, `${portal.base}/mot-de-passe-oublie`);
    // the token leaves the address bar's history only through this page: no referrer to other sites
    res.setHeader('Referrer-Policy', 'no-referrer');
    sendPage(res, portal.layout(newTitle, <NewPasswordForm portal={portal} csrfToken={portal.csrf(req, res)} token={token} />));
  });

  router.post('/mot-de-passe', async (req, res) => {
    const token = text(req, 'token').slice(0, MAX_TOKEN);
    const password = text(req, 'password');
    const render = (status: number, props: { error?: string; errors?: Record<string, string> }) =>
      sendPage(res, portal.layout(newTitle, <NewPasswordForm portal={portal} csrfToken={portal.csrf(req, res)} token={token} {...props} />), status);
    if (password !== text(req, 'confirmation')) return render(422, { errors: { confirmation: 'Les deux mots de passe ne correspondent pas.' } });
    try {
      await portal.identity.resetPassword(token, password, { address: req.ip ?? 'unknown' });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      if (error.kind === 'invalid') return render(422, { errors: { password: error.message } });
      if (error.kind === 'rate_limited') {
        res.setHeader('Retry-After', String(error.details?.retryAfterSeconds ?? 60));
        return render(429, { error: TOO_MANY });
      }
      return render(error.kind === 'unauthorized' ? 400 : 400, { error: error.message });
    }
    sendPage(
      res,
      portal.layout(
        'Mot de passe changé',
        <div class="login card">
          <h1>Mot de passe changé</h1>
          <p class="notice" role="status">
            Votre nouveau mot de passe est enregistré. Vos sessions ouvertes ailleurs ont été fermées.
          </p>
          <p>
            <a class="button" href={portal.signInPath}>
              Se connecter
            </a>
          </p>
        </div>,
      ),
    );
  });
}
