import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { api, call, fieldErrors, type Problem } from '../api/client';
import type { Location } from '../router';
import { checkEmail, checkNewPassword, compact, focusFirstError, PASSWORD_HINT, useLinkToken, type Errors } from './account-kit';
import { Button, Field, Notice, PageTitle, ProblemNotice, useDocumentTitle } from './index';

/**
 * The forgotten-password pages of both portals (the mailed link's request, then the new password),
 * and the page of an incomplete mailed link. The portals differ only in their addresses and in
 * the page's frame (the landlord portal keeps these pages narrow).
 */
export interface AccountPaths {
  /** the portal's sign-in page */
  signIn: string;
  /** the portal's forgotten-password page */
  forgotPassword: string;
  /** true: the page in a narrow column (`div.narrow`) */
  narrow?: boolean;
}

function Frame({ narrow, children }: { narrow?: boolean | undefined; children: ComponentChildren }) {
  return narrow ? <div class="narrow">{children}</div> : <>{children}</>;
}

export function ForgotPasswordPage({ paths }: { paths: AccountPaths }) {
  useDocumentTitle('Mot de passe oublié');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = compact({ email: checkEmail(email) });
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length) return focusFirstError(found, ['email']);
    setBusy(true);
    const r = await call(api.POST('/api/v1/auth/password-reset', { body: { email: email.trim() } }));
    setBusy(false);
    if (!r.ok) {
      setErrors(fieldErrors(r.problem));
      return setProblem(r.problem);
    }
    setDone(r.data.message);
  };
  return (
    <Frame narrow={paths.narrow}>
      <PageTitle>Mot de passe oublié</PageTitle>
      {done ? (
        <>
          <Notice kind="success">{done}</Notice>
          <p>Le lien reçu par e-mail sert une fois et pour peu de temps : ouvrez-le sans tarder.</p>
        </>
      ) : (
        <>
          <p>Saisissez l’adresse de votre compte : nous vous envoyons un lien pour choisir un nouveau mot de passe.</p>
          <ProblemNotice problem={problem} />
          <form onSubmit={submit} noValidate class="form">
            <Field name="email" label="Adresse e-mail" type="email" autoComplete="email" value={email} onInput={setEmail} error={errors.email} />
            <Button busy={busy}>Recevoir un lien</Button>
          </form>
        </>
      )}
      <p class="links">
        <a href={paths.signIn}>Retour à la connexion</a>
      </p>
    </Frame>
  );
}

export function ResetPasswordPage({ location, paths }: { location: Location; paths: AccountPaths }) {
  useDocumentTitle('Nouveau mot de passe');
  const token = useLinkToken(location);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!token) return <BadLinkPage narrow={paths.narrow} what="de réinitialisation" again={paths.forgotPassword} againLabel="Demander un nouveau lien" />;
  if (done) {
    return (
      <Frame narrow={paths.narrow}>
        <PageTitle>Mot de passe changé</PageTitle>
        <Notice kind="success">Votre mot de passe est changé ; vos autres sessions sont fermées.</Notice>
        <p>
          <a href={paths.signIn}>Se connecter</a>
        </p>
      </Frame>
    );
  }
  const submit = async (event: Event) => {
    event.preventDefault();
    const found = compact({ password: checkNewPassword(password), repeat: repeat !== password ? 'Les deux mots de passe diffèrent.' : undefined });
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length) return focusFirstError(found, ['password', 'repeat']);
    setBusy(true);
    const r = await call(api.POST('/api/v1/auth/password-reset/confirm', { body: { token, password } }));
    setBusy(false);
    if (r.ok) return setDone(true);
    setErrors(fieldErrors(r.problem));
    setProblem(r.problem.status === 401 ? { ...r.problem, detail: 'Ce lien n’est plus valable (déjà utilisé ou expiré). Demandez-en un nouveau.' } : r.problem);
  };
  return (
    <Frame narrow={paths.narrow}>
      <PageTitle>Choisir un nouveau mot de passe</PageTitle>
      <ProblemNotice problem={problem} />
      <form onSubmit={submit} noValidate class="form">
        <Field
          name="password"
          label="Nouveau mot de passe"
          type="password"
          autoComplete="new-password"
          hint={PASSWORD_HINT}
          value={password}
          onInput={setPassword}
          error={errors.password}
        />
        <Field name="repeat" label="Le même mot de passe, à nouveau" type="password" autoComplete="new-password" value={repeat} onInput={setRepeat} error={errors.repeat} />
        <Button busy={busy}>Changer mon mot de passe</Button>
      </form>
    </Frame>
  );
}

/** A mailed link opened without its token (cut by a mail reader, say). */
export function BadLinkPage({ narrow, what, again, againLabel }: { narrow?: boolean | undefined; what: string; again: string; againLabel: string }) {
  return (
    <Frame narrow={narrow}>
      <PageTitle>Lien incomplet</PageTitle>
      <Notice kind="error">Ce lien {what} est incomplet. Ouvrez le lien reçu par e-mail tel quel, sans le modifier.</Notice>
      <p>
        <a href={again}>{againLabel}</a>
      </p>
    </Frame>
  );
}
