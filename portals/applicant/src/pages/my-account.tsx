import { useState } from 'preact/hooks';
import { api, call, fieldErrors, type Problem } from '../../../shared/api/client';
import { session } from '../../../shared/api/session';
import { navigate } from '../../../shared/router';
import { Button, Field, Notice, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import { currentMe } from '../state';

/**
 * « Mon compte »: change the password (POST /auth/password), download my data (GET /me/export, the
 * GDPR export) and erase my account (POST /me/erasure, after a confirmation step and the password).
 */

export default function MyAccountPage() {
  useDocumentTitle('Mon compte');
  const me = currentMe();
  return (
    <>
      <PageTitle>Mon compte</PageTitle>
      {me ? (
        <p>
          Connecté·e en tant que <strong>{me.displayName}</strong> ({me.email}).
        </p>
      ) : null}
      <section class="card" aria-labelledby="securite">
        <h2 id="securite">Sécurité</h2>
        <p>
          <a href="/compte/changer-mot-de-passe">Changer mon mot de passe</a>
        </p>
      </section>
      <section class="card" aria-labelledby="alertes">
        <h2 id="alertes">Alertes</h2>
        <p>
          Un e-mail par jour au plus quand de nouvelles offres correspondent à votre recherche. <a href="/compte/alertes">Mes alertes</a>
        </p>
      </section>
      <Export />
      <Erasure />
    </>
  );
}

export function ChangePassword() {
  useDocumentTitle('Changer mon mot de passe');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!current) found.currentPassword = 'Saisissez votre mot de passe actuel.';
    if (next.length < 12) found.newPassword = 'Le nouveau mot de passe doit compter au moins 12 caractères.';
    else if (next !== confirm) found.confirm = 'Les deux saisies du nouveau mot de passe diffèrent.';
    setErrors(found);
    setProblem(null);
    const first = ['currentPassword', 'newPassword', 'confirm'].find((k) => found[k]);
    if (first) return requestAnimationFrame(() => document.getElementById(`field-${first}`)?.focus());
    setBusy(true);
    const r = await call(api.POST('/api/v1/auth/password', { body: { currentPassword: current, newPassword: next } }));
    setBusy(false);
    if (!r.ok) {
      setErrors(fieldErrors(r.problem));
      return setProblem(r.problem);
    }
    session.set(r.data);
    setCurrent('');
    setNext('');
    setConfirm('');
    setDone(true);
  };
  return (
    <>
      <p class="breadcrumb">
        <a href="/compte">Mon compte</a>
      </p>
      <PageTitle>Changer mon mot de passe</PageTitle>
      {done ? (
        <Notice kind="success" title="Votre mot de passe est changé.">
          Vos autres appareils sont déconnectés ; vous restez connecté·e ici.
        </Notice>
      ) : null}
      <form class="form" noValidate onSubmit={submit}>
        <ProblemNotice problem={problem && !problem.errors?.length ? problem : null} />
        <Field
          name="currentPassword"
          label="Mot de passe actuel"
          type="password"
          autoComplete="current-password"
          value={current}
          onInput={setCurrent}
          error={errors.currentPassword}
        />
        <Field
          name="newPassword"
          label="Nouveau mot de passe"
          hint="Au moins 12 caractères."
          type="password"
          autoComplete="new-password"
          value={next}
          onInput={setNext}
          error={errors.newPassword}
        />
        <Field
          name="confirm"
          label="Nouveau mot de passe, une seconde fois"
          type="password"
          autoComplete="new-password"
          value={confirm}
          onInput={setConfirm}
          error={errors.confirm}
        />
        <Button busy={busy}>Changer mon mot de passe</Button>
      </form>
    </>
  );
}

function Export() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const download = async () => {
    setBusy(true);
    setProblem(null);
    const r = await call(api.GET('/api/v1/me/export', { parseAs: 'blob' }));
    setBusy(false);
    if (!r.ok) return setProblem(r.problem);
    const name = /filename="([^"]{1,100})"/.exec(r.response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'alin-mes-donnees.json';
    const url = URL.createObjectURL(r.data as unknown as Blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section class="card" aria-labelledby="donnees">
      <h2 id="donnees">Mes données</h2>
      <p>
        Téléchargez tout ce que la plateforme conserve sur vous : votre compte, vos demandes et leur historique, vos pièces (leur description), vos candidatures et vos
        notifications (fichier JSON).
      </p>
      <ProblemNotice problem={problem} />
      <Button type="button" variant="secondary" busy={busy} onClick={download}>
        Télécharger mes données
      </Button>
    </section>
  );
}

function Erasure() {
  const [step, setStep] = useState<'idle' | 'confirm'>('idle');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const erase = async (e: Event) => {
    e.preventDefault();
    if (!password) return setError('Saisissez votre mot de passe pour confirmer.');
    setBusy(true);
    setProblem(null);
    const r = await call(api.POST('/api/v1/me/erasure', { body: { password } }));
    setBusy(false);
    if (!r.ok) {
      setError(r.problem.status === 403 ? (r.problem.detail ?? 'Mot de passe incorrect.') : undefined);
      return setProblem(r.problem.status === 403 ? null : r.problem);
    }
    session.clear();
    navigate('/connexion?efface=1', { replace: true });
  };
  return (
    <section class="card" aria-labelledby="effacement">
      <h2 id="effacement">Supprimer mon compte</h2>
      <p>Vos candidatures en cours sont retirées, vos demandes anonymisées, vos pièces supprimées et votre compte effacé. C’est définitif.</p>
      {step === 'idle' ? (
        <Button
          type="button"
          variant="danger"
          onClick={() => {
            setStep('confirm');
            requestAnimationFrame(() => document.getElementById('field-erasurePassword')?.focus());
          }}
        >
          Supprimer mon compte…
        </Button>
      ) : (
        <form class="form" noValidate onSubmit={erase}>
          <Notice kind="warning" title="Confirmez la suppression de votre compte.">
            Cette action ne peut pas être annulée.
          </Notice>
          <ProblemNotice problem={problem} />
          <Field name="erasurePassword" label="Votre mot de passe" type="password" autoComplete="current-password" value={password} onInput={setPassword} error={error} />
          <div class="actions">
            <Button variant="danger" busy={busy}>
              Supprimer définitivement mon compte
            </Button>
            <Button type="button" variant="secondary" onClick={() => setStep('idle')}>
              Annuler
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
