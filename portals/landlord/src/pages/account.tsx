import { useState } from 'preact/hooks';
import { api, call, fieldErrors, type Problem } from '../../../shared/api/client';
import { session } from '../../../shared/api/session';
import { navigate } from '../../../shared/router';
import { Button, Field, Notice, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import { checkEmail, checkNewPassword, compact, focusFirstError, PASSWORD_HINT, useLinkToken, type Errors } from '../../../shared/ui/account-kit';
import { BadLinkPage, ForgotPasswordPage, ResetPasswordPage, type AccountPaths } from '../../../shared/ui/password-pages';
import type { PageProps } from '../app';
import { BASE, HOME, SIGN_IN } from '../paths';
import { landlordIdOf, setMe } from '../state';

/**
 * The landlord user's account pages: sign in (a landlord user only: other roles are sent to their
 * own space), the invitation link (/bailleur/invitation?token=… : choose the password, then sign in),
 * forgotten password and the reset link (/bailleur/mot-de-passe?token=…).
 */

/** Signs in and checks that the account is a landlord user of a landlord; null when done, else the problem to show. */
async function signIn(email: string, password: string): Promise<{ problem: Problem; fields: Errors } | null> {
  const r = await call(api.POST('/api/v1/auth/login', { body: { email, password } }));
  if (!r.ok) {
    const problem = r.problem.status === 401 ? { ...r.problem, detail: 'Adresse e-mail ou mot de passe incorrect.' } : r.problem;
    return { problem, fields: fieldErrors(r.problem) };
  }
  session.set(r.data);
  const me = await call(api.GET('/api/v1/me'));
  if (!me.ok || me.data.role !== 'landlord_user' || !landlordIdOf(me.data)) {
    await call(api.POST('/api/v1/auth/logout'));
    session.clear();
    return {
      fields: {},
      problem: {
        status: 403,
        code: 'PORTAL.NOT_LANDLORD',
        title: 'Forbidden',
        detail: me.ok
          ? 'Cet espace est celui des bailleurs sociaux. Les demandeurs se connectent à leur espace (/), les entreprises au leur (/entreprise), les agents au back-office (/admin).'
          : (me.problem.detail ?? 'Connexion impossible.'),
      },
    };
  }
  setMe(me.data);
  return null;
}

export function SignIn({ location }: PageProps) {
  useDocumentTitle('Se connecter à l’espace bailleur');
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
    const failed = await signIn(email.trim(), password);
    if (failed) {
      setBusy(false);
      setErrors(failed.fields);
      return setProblem(failed.problem);
    }
    const next = location.query.get('suite');
    navigate(next && next.startsWith(`${BASE}/`) && !next.startsWith('//') ? next : HOME, { replace: true });
  };

  return (
    <div class="narrow">
      <PageTitle>Se connecter</PageTitle>
      <p>L’espace des bailleurs sociaux : vos conventions de réservation, vos offres, les candidats désignés et les décisions de la commission d’attribution.</p>
      {signedOut ? <Notice kind="success">Vous êtes déconnecté.</Notice> : null}
      <ProblemNotice problem={problem} />
      <form onSubmit={submit} noValidate class="form">
        <Field name="email" label="Adresse e-mail" type="email" autoComplete="email" value={email} onInput={setEmail} error={errors.email} />
        <Field name="password" label="Mot de passe" type="password" autoComplete="current-password" value={password} onInput={setPassword} error={errors.password} />
        <Button busy={busy}>Se connecter</Button>
      </form>
      <ul class="links">
        <li>
          <a href={`${BASE}/mot-de-passe-oublie`}>Mot de passe oublié ?</a>
        </li>
      </ul>
      <p class="muted">
        Pas encore de compte ? Votre compte est créé sur invitation : un agent d’Action Logement ou l’administrateur de votre organisme vous envoie un lien par e-mail.
      </p>
    </div>
  );
}

export function AcceptInvitation({ location }: PageProps) {
  useDocumentTitle('Activer mon compte');
  const token = useLinkToken(location);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  if (!token) return <BadLinkPage narrow what="d’invitation" again={SIGN_IN} againLabel="Aller à la connexion" />;
  const submit = async (event: Event) => {
    event.preventDefault();
    const found = compact({ email: checkEmail(email), password: checkNewPassword(password), repeat: repeat !== password ? 'Les deux mots de passe diffèrent.' : undefined });
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length) return focusFirstError(found, ['email', 'password', 'repeat']);
    setBusy(true);
    const r = await call(api.POST('/api/v1/auth/invitations/accept', { body: { token, password } }));
    if (!r.ok) {
      setBusy(false);
      setErrors(fieldErrors(r.problem));
      return setProblem(
        r.problem.status === 401 ? { ...r.problem, detail: 'Ce lien d’invitation n’est plus valable (déjà utilisé ou expiré). Demandez une nouvelle invitation.' } : r.problem,
      );
    }
    const failed = await signIn(email.trim(), password);
    if (failed) {
      setBusy(false);
      // the password is set: only the sign-in failed (another address typed, say)
      return setProblem({ ...failed.problem, detail: `Votre mot de passe est enregistré. ${failed.problem.detail ?? ''} Connectez-vous avec l’adresse qui a reçu l’invitation.` });
    }
    navigate(HOME, { replace: true });
  };
  return (
    <div class="narrow">
      <PageTitle>Activer mon compte</PageTitle>
      <p>Vous avez reçu une invitation à l’espace bailleur d’AL’in. Choisissez votre mot de passe : votre session s’ouvrira ensuite.</p>
      <ProblemNotice problem={problem} />
      <form onSubmit={submit} noValidate class="form">
        <Field name="email" label="Adresse e-mail qui a reçu l’invitation" type="email" autoComplete="username" value={email} onInput={setEmail} error={errors.email} />
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
        <Field name="repeat" label="Le même mot de passe, à nouveau" type="password" autoComplete="new-password" value={repeat} onInput={setRepeat} error={errors.repeat} />
        <Button busy={busy}>Activer mon compte</Button>
      </form>
    </div>
  );
}

const PATHS: AccountPaths = { signIn: SIGN_IN, forgotPassword: `${BASE}/mot-de-passe-oublie`, narrow: true };

export const ForgotPassword = () => <ForgotPasswordPage paths={PATHS} />;

export const ResetPassword = ({ location }: PageProps) => <ResetPasswordPage location={location} paths={PATHS} />;
