import { useState } from 'preact/hooks';
import { api, call, fieldErrors, type Problem } from '../../../shared/api/client';
import type { paths } from '../../../shared/api/schema';
import { deName, formatDate } from '../../../shared/format';
import { Button, Loading, Notice, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import { CheckboxField, ConfirmStep, InputField } from '../../../shared/ui/forms';
import type { PageProps } from '../app';
import { useLoad } from '../load';
import { currentLandlordId, currentMe } from '../state';

/**
 * The landlord's users of this portal: who they are, whether they accepted their invitation and who
 * administers; an administrator invites a colleague (a one-time link by mail) and removes one (their
 * access ends at once), after a confirmation. The API refuses the others (and says so).
 */

type User = paths['/api/v1/landlords/{id}/users']['get']['responses'][200]['content']['application/json'][number];

export default function UsersPage(_: PageProps) {
  useDocumentTitle('Utilisateurs');
  const landlordId = currentLandlordId()!;
  const me = currentMe();
  const users = useLoad(() => call(api.GET('/api/v1/landlords/{id}/users', { params: { path: { id: landlordId } } })), [landlordId]);
  const admin = Boolean(users.data?.find((u) => u.accountId === me?.id)?.admin);
  return (
    <>
      <PageTitle>Utilisateurs de l’espace bailleur</PageTitle>
      <ProblemNotice problem={users.problem} />
      {users.loading && !users.data ? <Loading /> : null}
      {users.data ? (
        <ul class="cards">
          {users.data.map((u) => (
            <UserCard key={u.accountId} landlordId={landlordId} user={u} self={u.accountId === me?.id} canManage={admin} reload={users.reload} />
          ))}
        </ul>
      ) : null}
      {users.data && admin ? <Invite landlordId={landlordId} reload={users.reload} /> : null}
      {users.data && !admin ? <p class="muted">Seuls les administrateurs de votre organisme invitent et retirent des utilisateurs.</p> : null}
    </>
  );
}

function UserCard({ landlordId, user, self, canManage, reload }: { landlordId: string; user: User; self: boolean; canManage: boolean; reload: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    const r = await call(api.DELETE('/api/v1/landlords/{id}/users/{userId}', { params: { path: { id: landlordId, userId: user.accountId } } }));
    setBusy(false);
    setConfirming(false);
    if (!r.ok) return setProblem(r.problem);
    reload();
  };
  return (
    <li class="card">
      <h2>
        {user.displayName}
        {self ? ' (vous)' : ''}
      </h2>
      <p>{user.email}</p>
      <p>
        <span class="status">{user.statusLabel}</span>
        {user.admin ? ' · administrateur' : ''} · invité le {formatDate(user.invitedAt)}
      </p>
      <ProblemNotice problem={problem} />
      {canManage && !self ? (
        confirming ? (
          <ConfirmStep
            id={`retirer-${user.accountId.slice(0, 8)}`}
            title={`Retirer l’accès ${deName(user.displayName)} ?`}
            confirmLabel="Oui, retirer l’accès"
            danger
            busy={busy}
            onConfirm={() => void remove()}
            onCancel={() => setConfirming(false)}
          >
            <p>{user.displayName} ne pourra plus se connecter à l’espace bailleur, et ses sessions en cours se ferment tout de suite.</p>
          </ConfirmStep>
        ) : (
          <Button type="button" variant="secondary" onClick={() => setConfirming(true)} aria-label={`Retirer l’accès ${deName(user.displayName)}`}>
            Retirer l’accès…
          </Button>
        )
      ) : null}
    </li>
  );
}

function Invite({ landlordId, reload }: { landlordId: string; reload: () => void }) {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [admin, setAdmin] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!displayName.trim()) found.displayName = 'Saisissez le prénom et le nom.';
    if (!email.trim()) found.email = 'Saisissez l’adresse e-mail professionnelle.';
    setErrors(found);
    setProblem(null);
    setDone(null);
    if (Object.keys(found).length) return requestAnimationFrame(() => document.getElementById(`field-${found.displayName ? 'displayName' : 'email'}`)?.focus());
    setBusy(true);
    const r = await call(api.POST('/api/v1/landlords/{id}/users', { params: { path: { id: landlordId } }, body: { email: email.trim(), displayName: displayName.trim(), admin } }));
    setBusy(false);
    if (!r.ok) {
      setErrors(fieldErrors(r.problem));
      return setProblem(r.problem);
    }
    setDone(`Invitation envoyée à ${r.data.displayName} : un lien pour choisir son mot de passe part à ${r.data.email}.`);
    setEmail('');
    setDisplayName('');
    setAdmin(false);
    reload();
  };
  return (
    <section aria-labelledby="inviter" class="card">
      <h2 id="inviter">Inviter un collègue</h2>
      {done ? <Notice kind="success">{done}</Notice> : null}
      <ProblemNotice problem={problem} />
      <form class="form" onSubmit={submit} noValidate aria-label="Inviter un collègue">
        <InputField name="displayName" label="Prénom et nom" autoComplete="off" maxLength={200} value={displayName} onInput={setDisplayName} error={errors.displayName} />
        <InputField name="email" label="Adresse e-mail professionnelle" autoComplete="off" maxLength={254} value={email} onInput={setEmail} error={errors.email} />
        <CheckboxField name="admin" label="Administrateur : peut inviter et retirer des collègues, connecter des systèmes" checked={admin} onChange={setAdmin} />
        <div class="actions">
          <Button busy={busy}>Envoyer l’invitation</Button>
        </div>
      </form>
    </section>
  );
}
