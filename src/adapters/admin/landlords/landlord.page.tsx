import { LANDLORD_KIND_LABELS, REGION_LABELS, type AgreementView, type Landlord } from '../../../modules/landlord/index';
import type { FieldError } from '../../../shared/errors';
import { Layout } from '../pages/layout';
import { ErrorBox, Flash } from '../offers/ui';

type User = { displayName: string; role: string };

export const LANDLORD_FLASH: Record<string, string> = {
  created: 'Le bailleur est ajouté au référentiel.',
  agreement: 'La convention de réservation est enregistrée.',
};

const percent = (v: number | null) => (v === null ? '—' : `${String(v).replace('.', ',')} %`);

export function LandlordPage({ user, csrfToken, landlord, agreements, year, flash, error, fieldErrors, values = {} }: {
  user: User; csrfToken: string; landlord: Landlord; agreements: AgreementView[]; year: number;
  flash?: string | undefined; error?: string | undefined; fieldErrors?: FieldError[]; values?: Record<string, string>;
}) {
  const fieldError = (name: string) => fieldErrors?.find((f) => f.field === name)?.message;
  return (
    <Layout title={landlord.name} user={user} csrfToken={csrfToken} current="/admin/bailleurs"
      breadcrumbs={[{ href: '/admin', label: 'Tableau de bord' }, { href: '/admin/bailleurs', label: 'Bailleurs' }, { label: landlord.name }]}>
      <h1>{landlord.name}</h1>
      <Flash message={flash} />
      <ErrorBox message={error} />
      <section class="card" aria-labelledby="identite">
        <h2 id="identite">Identité</h2>
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
          <table>
            <tbody>
              <tr><th scope="row">SIREN</th><td>{landlord.siren}</td></tr>
              <tr><th scope="row">Type</th><td>{LANDLORD_KIND_LABELS[landlord.kind]}</td></tr>
              <tr><th scope="row">Régions</th><td>{landlord.regions.map((r) => REGION_LABELS[r] ?? r).join(', ') || '—'}</td></tr>
              <tr><th scope="row">Système connecté par API</th><td>{landlord.connectedByApi ? 'Oui' : 'Non'}</td></tr>
            </tbody>
          </table>
        </div>
        <p><a href={`/admin/offres?etat=toutes&bailleur=${landlord.id}`}>Voir les offres de ce bailleur</a></p>
      </section>

      <section class="card" aria-labelledby="conventions">
        <h2 id="conventions">Conventions de réservation (flux)</h2>
        {agreements.length === 0 ? (
          <p>Aucune convention.</p>
        ) : (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
            <table data-testid="agreements">
              <thead>
                <tr>
                  <th scope="col">Année</th><th scope="col">Département</th><th scope="col">Dus</th><th scope="col">Proposés</th>
                  <th scope="col">Attribués</th><th scope="col">Reste à proposer</th><th scope="col">Avancement</th><th scope="col">Bilan</th>
                </tr>
              </thead>
              <tbody>
                {agreements.map((a) => (
                  <tr data-agreement-id={a.id}>
                    <td>{a.year}</td>
                    <td>{a.departement}</td>
                    <td>{a.gap.owed}</td>
                    <td>{a.gap.published}</td>
                    <td>{a.gap.allocated}</td>
                    <td data-gap={a.gap.toPublish}>{a.gap.toPublish}{a.gap.surplus > 0 ? ` (+${a.gap.surplus} au-delà)` : ''}</td>
                    <td>{percent(a.gap.publishedPercent)} proposés · {percent(a.gap.allocatedPercent)} attribués</td>
                    <td><a href={`/admin/bailleurs/${landlord.id}/conventions/${a.id}/bilan.csv`} download>CSV</a></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3>Nouvelle convention</h3>
        <form method="post" action={`/admin/bailleurs/${landlord.id}/conventions`} class="stack">
          <input type="hidden" name="_csrf" value={csrfToken} />
          <div>
            <label for="departement">Département</label>
            <input id="departement" name="departement" required maxLength={3} value={values.departement ?? ''} />
            {fieldError('departement') && <p class="field-error">{fieldError('departement')}</p>}
          </div>
          <div>
            <label for="year">Année</label>
            <input id="year" name="year" type="number" required min={2018} max={2100} value={values.year ?? String(year)} />
            {fieldError('year') && <p class="field-error">{fieldError('year')}</p>}
          </div>
          <div>
            <label for="unitsOwed">Logements dus à ALS</label>
            <input id="unitsOwed" name="unitsOwed" type="number" required min={0} value={values.unitsOwed ?? ''} />
            {fieldError('unitsOwed') && <p class="field-error">{fieldError('unitsOwed')}</p>}
          </div>
          <button class="primary" type="submit">Enregistrer la convention</button>
        </form>
      </section>
    </Layout>
  );
}

export function LandlordNotFoundPage({ user, csrfToken }: { user: User; csrfToken: string }) {
  return (
    <Layout title="Bailleur introuvable" user={user} csrfToken={csrfToken} current="/admin/bailleurs" breadcrumbs={[{ href: '/admin/bailleurs', label: 'Bailleurs' }, { label: 'Introuvable' }]}>
      <h1>Bailleur introuvable</h1>
      <p><a href="/admin/bailleurs">Retour au référentiel</a></p>
    </Layout>
  );
}
