import { useState } from 'preact/hooks';
import { api, call, fieldErrors, type Problem } from '../../../shared/api/client';
import { formatDateTime } from '../../../shared/format';
import { Button, Loading, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import { ConfirmStep, InputField } from '../../../shared/ui/forms';
import type { paths } from '../../../shared/api/schema';
import type { PageProps } from '../app';
import { useLoad } from '../load';
import { currentLandlordId } from '../state';

/**
 * The landlord's connected systems (their software that calls the API with client credentials):
 * the list (never a secret), a new one (the secret shown once, to copy into the software), and
 * revoking one after a confirmation. Creating and revoking are for the landlord's administrators;
 * the API says so to the others.
 */

export default function SystemsPage(_: PageProps) {
  useDocumentTitle('Systèmes connectés');
  const landlordId = currentLandlordId()!;
  const clients = useLoad(() => call(api.GET('/api/v1/landlords/{id}/api-clients', { params: { path: { id: landlordId } } })), [landlordId]);
  return (
    <>
      <PageTitle>Systèmes connectés</PageTitle>
      <p>
        Votre logiciel de gestion locative peut publier vos offres et enregistrer les décisions de CAL directement par l’API d’AL’in, avec un identifiant et un secret. Chaque
        système connecté agit pour votre organisme ; révoquez-le dès qu’il ne sert plus.
      </p>
      <ProblemNotice problem={clients.problem} />
      {clients.loading && !clients.data ? <Loading /> : null}
      {clients.data ? (
        !clients.data.length ? (
          <p>Aucun système connecté.</p>
        ) : (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Systèmes connectés">
            <table class="data">
              <caption class="visually-hidden">Vos systèmes connectés</caption>
              <thead>
                <tr>
                  <th scope="col">Nom</th>
                  <th scope="col">Identifiant</th>
                  <th scope="col">Créé le</th>
                  <th scope="col">État</th>
                  <th scope="col">
                    <span class="visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {clients.data.map((c) => (
                  <ClientRow key={c.clientId} landlordId={landlordId} client={c} reload={clients.reload} />
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
      <NewClient landlordId={landlordId} reload={clients.reload} />
    </>
  );
}

type Client = paths['/api/v1/landlords/{id}/api-clients']['get']['responses'][200]['content']['application/json'][number];

function ClientRow({ landlordId, client, reload }: { landlordId: string; client: Client; reload: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const revoke = async () => {
    setBusy(true);
    const r = await call(api.DELETE('/api/v1/landlords/{id}/api-clients/{clientId}', { params: { path: { id: landlordId, clientId: client.clientId } } }));
    setBusy(false);
    setConfirming(false);
    if (!r.ok) return setProblem(r.problem);
    reload();
  };
  return (
    <>
      <tr>
        <th scope="row">{client.name}</th>
        <td>
          <code>{client.clientId}</code>
        </td>
        <td>{formatDateTime(client.createdAt)}</td>
        <td>{client.revokedAt ? `Révoqué le ${formatDateTime(client.revokedAt)}` : 'Actif'}</td>
        <td>
          {client.revokedAt || confirming ? null : (
            <Button type="button" variant="secondary" onClick={() => setConfirming(true)} aria-label={`Révoquer ${client.name}`}>
              Révoquer…
            </Button>
          )}
        </td>
      </tr>
      {confirming || problem ? (
        <tr>
          <td colSpan={5}>
            <ProblemNotice problem={problem} />
            {confirming ? (
              <ConfirmStep
                id={`revoquer-${client.clientId}`}
                title={`Révoquer « ${client.name} » ?`}
                confirmLabel="Oui, révoquer ce système"
                danger
                busy={busy}
                onConfirm={() => void revoke()}
                onCancel={() => setConfirming(false)}
              >
                <p>
                  Ce système ne pourra plus appeler l’API : les jetons qu’il détient cessent de fonctionner tout de suite, et son secret ne sert plus. C’est définitif : pour le
                  reconnecter, créez-en un nouveau.
                </p>
              </ConfirmStep>
            ) : null}
          </td>
        </tr>
      ) : null}
    </>
  );
}

function NewClient({ landlordId, reload }: { landlordId: string; reload: () => void }) {
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [created, setCreated] = useState<{ clientId: string; clientSecret: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!name.trim()) {
      setErrors({ name: 'Donnez un nom à ce système, par exemple celui du logiciel.' });
      return requestAnimationFrame(() => document.getElementById('field-name')?.focus());
    }
    setErrors({});
    setProblem(null);
    setBusy(true);
    const r = await call(api.POST('/api/v1/landlords/{id}/api-clients', { params: { path: { id: landlordId } }, body: { name: name.trim() } }));
    setBusy(false);
    if (!r.ok) {
      setErrors(fieldErrors(r.problem));
      return setProblem(r.problem);
    }
    setCreated({ ...r.data, name: name.trim() });
    setName('');
    reload();
    requestAnimationFrame(() => document.getElementById('secret')?.focus());
  };
  return (
    <section aria-labelledby="nouveau" class="card">
      <h2 id="nouveau">Connecter un système</h2>
      {created ? (
        <div id="secret" tabIndex={-1} class="notice notice--warning" role="status">
          <p class="notice-title">« {created.name} » est connecté. Copiez son secret maintenant : il ne sera plus jamais affiché.</p>
          <p>
            Identifiant : <code class="secret">{created.clientId}</code>
          </p>
          <p>
            Secret : <code class="secret">{created.clientSecret}</code>
          </p>
          <p>
            Le logiciel l’échange contre un jeton avec <code>POST /api/v1/auth/token</code> (grant « client_credentials »).
          </p>
          <Button type="button" variant="secondary" onClick={() => setCreated(null)}>
            J’ai copié le secret
          </Button>
        </div>
      ) : (
        <>
          <ProblemNotice problem={problem} />
          <form class="form" onSubmit={submit} noValidate aria-label="Connecter un système">
            <InputField
              name="name"
              label="Nom du système"
              hint="Pour le reconnaître dans la liste, par exemple « Progiciel locatif »."
              maxLength={120}
              value={name}
              onInput={setName}
              error={errors.name}
            />
            <div class="actions">
              <Button busy={busy}>Créer l’identifiant et le secret</Button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
