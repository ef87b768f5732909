import { useState } from 'preact/hooks';
import { api, call, fieldErrors, type Problem } from '../../../shared/api/client';
import { session } from '../../../shared/api/session';
import { navigate } from '../../../shared/router';
import { Button, Field, Notice, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import { checkEmail, checkNewPassword, compact, focusFirstError, PASSWORD_HINT, useLinkToken, type Errors } from '../../../shared/ui/account-kit';
import { BadLinkPage, ForgotPasswordPage, ResetPasswordPage, type AccountPaths } from '../../../shared/ui/password-pages';
import type { PageProps } from '../app';
import { setMe } from '../state';

/**
 * The account pages: sign in, sign up (the API answers the same 202 for a new or a known address),
 * the e-mail confirmation link (/compte/confirmation?token=…), forgotten password and the reset
 * link (/compte/mot-de-passe?token=…). Every field's error is said next to it, in French.
 */

export function SignIn({ location }: PageProps) {
  useDocumentTitle('Se connecter');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const signedOut = location.query.has('deconnecte');

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = compact({ email: checkEmail(email), password: password ? undefined : 'Saisissez votre mot de passe.' });
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length) return focusFirstError(found, ['email', 'password']);
    setBusy(true);
    const r = await call(api.POST('/api/v1/auth/login', { body: { email: email.trim(), password } }));
    if (!r.ok) {
      setBusy(false);
      setErrors(fieldErrors(r.problem));
      return setProblem(
        r.problem.status === 401
          ? { ...r.problem, detail: 'Adresse e-mail ou mot de passe incorrect, ou adresse pas encore confirmée (voyez le lien reçu par e-mail).' }
          : r.problem,
      );
    }
    session.set(r.data);
    const me = await call(api.GET('/api/v1/me'));
    if (!me.ok || me.data.role !== 'applicant') {
      await call(api.POST('/api/v1/auth/logout'));
      session.clear();
      setBusy(false);
      return setProblem({
        status: 403,
        code: 'PORTAL.NOT_APPLICANT',
        title: 'Forbidden',
        detail: me.ok
          ? 'Cet espace est celui des demandeurs de logement. Les agents et administrateurs se connectent au back-office (/admin), les entreprises à leur espace (/entreprise).'
          : (me.problem.detail ?? 'Connexion impossible.'),
      });
    }
    setMe(me.data);
    const next = location.query.get('suite');
    navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/demande', { replace: true });
  };

  return (
    <>
      <PageTitle>Se connecter</PageTitle>
      {signedOut ? <Notice kind="success">Vous êtes déconnecté.</Notice> : null}
      {location.query.has('efface') ? <Notice kind="success">Votre compte est supprimé, et vos données avec lui. Merci d’avoir utilisé AL’in.</Notice> : null}
      <ProblemNotice problem={problem} />
      <form onSubmit={submit} noValidate class="form">
        <Field name="email" label="Adresse e-mail" type="email" autoComplete="email" value={email} onInput={setEmail} error={errors.email} />
        <Field name="password" label="Mot de passe" type="password" autoComplete="current-password" value={password} onInput={setPassword} error={errors.password} />
        <Button busy={busy}>Se connecter</Button>
      </form>
      <ul class="links">
        <li>
          <a href="/compte/mot-de-passe-oublie">Mot de passe oublié ?</a>
        </li>
        <li>
          <a href="/inscription">Créer un compte</a>
        </li>
      </ul>
    </>
  );
}

export function SignUp() {
  useDocumentTitle('Créer un compte');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = compact({
      displayName: !displayName.trim() ? 'Saisissez votre nom.' : displayName.trim().length > 120 ? 'Ce nom est trop long (120 caractères au plus).' : undefined,
      email: checkEmail(email),
      password: checkNewPassword(password),
    });
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length) return focusFirstError(found, ['displayName', 'email', 'password']);
    setBusy(true);
    const r = await call(api.POST('/api/v1/auth/register', { body: { displayName: displayName.trim(), email: email.trim(), password } }));
    setBusy(false);
    if (!r.ok) {
      setErrors(fieldErrors(r.problem));
      return setProblem(r.problem);
    }
    setDone(r.data.message);
  };

  if (done) {
    return (
      <>
        <PageTitle>Vérifiez votre boîte mail</PageTitle>
        <Notice kind="success">{done}</Notice>
        <p>Ouvrez le lien reçu par e-mail pour confirmer votre adresse : vous pourrez ensuite vous connecter. Le lien sert une fois.</p>
        <p>
          <a href="/connexion">Aller à la connexion</a>
        </p>
      </>
    );
  }
  return (
    <>
      <PageTitle>Créer un compte</PageTitle>
      <p>Votre compte vous sert à déposer votre demande de logement social, à voir les offres qui vous correspondent et à suivre vos candidatures.</p>
      <ProblemNotice problem={problem} />
      <form onSubmit={submit} noValidate class="form">
        <Field name="displayName" label="Prénom et nom" autoComplete="name" value={displayName} onInput={setDisplayName} error={errors.displayName} />
        <Field name="email" label="Adresse e-mail" type="email" autoComplete="email" value={email} onInput={setEmail} error={errors.email} />
        <Field
          name="password"
          label="Mot de passe"
          type="password"
          autoComplete="new-password"
          hint={PASSWORD_HINT}
          value={password}
          onInput={setPassword}
          error={errors.password}
        />
        <Button busy={busy}>Créer mon compte</Button>
      </form>
      <p class="links">
        <a href="/connexion">J’ai déjà un compte</a>
      </p>
    </>
  );
}

export function ConfirmEmail({ location }: PageProps) {
  useDocumentTitle('Confirmer mon adresse');
  const token = useLinkToken(location);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!token) return <BadLinkPage what="de confirmation" again="/inscription" againLabel="Créer un compte à nouveau" />;
  if (done) {
    return (
      <>
        <PageTitle>Adresse confirmée</PageTitle>
        <Notice kind="success">Votre adresse e-mail est confirmée : vous pouvez vous connecter.</Notice>
        <p>
          <a href="/connexion">Se connecter</a>
        </p>
      </>
    );
  }
  const submit = async (event: Event) => {
    event.preventDefault();
    const found = compact({ password: password ? undefined : 'Saisissez le mot de passe choisi à l’inscription.' });
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length) return focusFirstError(found, ['password']);
    setBusy(true);
    const r = await call(api.POST('/api/v1/auth/register/confirm', { body: { token, password } }));
    setBusy(false);
    if (r.ok) return setDone(true);
    setErrors(fieldErrors(r.problem));
    setProblem(
      r.problem.status === 401
        ? { ...r.problem, detail: 'Ce lien n’est plus valable (déjà utilisé ou expiré), ou ce n’est pas le mot de passe choisi à l’inscription.' }
        : r.problem,
    );
  };
  return (
    <>
      <PageTitle>Confirmer mon adresse</PageTitle>
      <p>Pour confirmer votre adresse e-mail, saisissez le mot de passe choisi à l’inscription.</p>
      <ProblemNotice problem={problem} />
      <form onSubmit={submit} noValidate class="form">
        <Field name="password" label="Mot de passe" type="password" autoComplete="current-password" value={password} onInput={setPassword} error={errors.password} />
        <Button busy={busy}>Confirmer mon adresse</Button>
      </form>
    </>
  );
}

const PATHS: AccountPaths = { signIn: '/connexion', forgotPassword: '/compte/mot-de-passe-oublie' };

export const ForgotPassword = () => <ForgotPasswordPage paths={PATHS} />;

export const ResetPassword = ({ location }: PageProps) => <ResetPasswordPage location={location} paths={PATHS} />;
