import type { ComponentChildren } from 'preact';
import { LANDLORD_KIND_LABELS, REGION_LABELS, type AgreementView, type Landlord } from '../../../modules/landlord/index';
import type { FieldError } from '../../../shared/errors';
import { Layout } from '../pages/layout';
import { ErrorBox, fieldMessage, Flash } from '../../web/kit/boxes';
import { Pager } from '../../web/kit/pager';
import { SortableTh, sortAndPage, type SortState } from '../pages/sort';

type User = { displayName: string; role: string };

export const LANDLORD_FLASH: Record<string, string> = {
  created: 'Le bailleur est ajouté au référentiel.',
  agreement: 'La convention de réservation est enregistrée.',
};

/** Columns the agreements may be sorted by (whitelist); the newest year first by default. */
export const AGREEMENT_SORT_COLUMNS = ['year', 'departement', 'owed', 'published', 'allocated', 'toPublish'] as const;
export type AgreementSortColumn = (typeof AGREEMENT_SORT_COLUMNS)[number];
export const AGREEMENT_DEFAULT_SORT: SortState<AgreementSortColumn> = { column: 'year', dir: 'desc' };
const AGREEMENT_PAGE_SIZE = 20;

const percent = (v: number | null) => (v === null ? '—' : `${String(v).replace('.', ',')} %`);

export function LandlordPage({
  user,
  csrfToken,
  landlord,
  agreements,
  year,
  flash,
  error,
  fieldErrors,
  values = {},
  sort = AGREEMENT_DEFAULT_SORT,
  page = 1,
  children,
}: {
  user: User;
  csrfToken: string;
  landlord: Landlord;
  agreements: AgreementView[];
  year: number;
  /** the sections of the agent acting for the landlord (its portal users, its offers) */
  children?: ComponentChildren;
  flash?: string | undefined;
  error?: string | undefined;
  fieldErrors?: FieldError[];
  values?: Record<string, string>;
  /** the agreements' order and page (loaded whole: one per year and departement) */
  sort?: SortState<AgreementSortColumn>;
  page?: number;
}) {
  const fieldError = (name: string) => fieldMessage(fieldErrors, name);
  const base = `/admin/bailleurs/${landlord.id}`;
  const params = { sort: sort.column, dir: sort.dir };
  const shown = sortAndPage(
    agreements,
    sort,
    {
      year: (a) => a.year,
      departement: (a) => a.departement,
      owed: (a) => a.gap.owed,
      published: (a) => a.gap.published,
      allocated: (a) => a.gap.allocated,
      toPublish: (a) => a.gap.toPublish,
    },
    page,
    AGREEMENT_PAGE_SIZE,
  );
  const th = (label: string, column: AgreementSortColumn) => <SortableTh label={label} column={column} sort={sort} base={base} params={params} anchor="conventions" />;
  return (
    <Layout
      title={landlord.name}
      user={user}
      csrfToken={csrfToken}
      current="/admin/bailleurs"
      breadcrumbs={[{ href: '/admin', label: 'Tableau de bord' }, { href: '/admin/bailleurs', label: 'Bailleurs' }, { label: landlord.name }]}
    >
      <h1>{landlord.name}</h1>
      <Flash message={flash} />
      <ErrorBox message={error} />
      <section class="card" aria-labelledby="identite">
        <h2 id="identite">Identité</h2>
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
          <table>
            <tbody>
              <tr>
                <th scope="row">SIREN</th>
                <td>{landlord.siren}</td>
              </tr>
              <tr>
                <th scope="row">Type</th>
                <td>{LANDLORD_KIND_LABELS[landlord.kind]}</td>
              </tr>
              <tr>
                <th scope="row">Régions</th>
                <td>{landlord.regions.map((r) => REGION_LABELS[r] ?? r).join(', ') || '—'}</td>
              </tr>
              <tr>
                <th scope="row">Système connecté par API</th>
                <td>{landlord.connectedByApi ? 'Oui' : 'Non'}</td>
              </tr>
            </tbody>
          </table>
        </div>
        <p>
          <a href={`/admin/offres?etat=toutes&bailleur=${landlord.id}`}>Voir les offres de ce bailleur</a>
        </p>
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
                  {th('Année', 'year')}
                  {th('Département', 'departement')}
                  {th('Dus', 'owed')}
                  {th('Proposés', 'published')}
                  {th('Attribués', 'allocated')}
                  {th('Reste à proposer', 'toPublish')}
                  <th scope="col">Avancement</th>
                  <th scope="col">Bilan</th>
                </tr>
              </thead>
              <tbody>
                {shown.items.map((a) => (
                  <tr data-agreement-id={a.id}>
                    <td>{a.year}</td>
                    <td>
                      {a.departement} · {a.departementName}
                    </td>
                    <td>{a.gap.owed}</td>
                    <td>{a.gap.published}</td>
                    <td>{a.gap.allocated}</td>
                    <td data-gap={a.gap.toPublish}>
                      {a.gap.toPublish}
                      {a.gap.surplus > 0 ? ` (+${a.gap.surplus} au-delà)` : ''}
                    </td>
                    <td>
                      {percent(a.gap.publishedPercent)} proposés · {percent(a.gap.allocatedPercent)} attribués
                    </td>
                    <td>
                      <a href={`/admin/bailleurs/${landlord.id}/conventions/${a.id}/bilan.csv`} download>
                        CSV
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {agreements.length > 0 && <Pager base={base} params={params} page={shown.page} pageSize={shown.pageSize} total={shown.total} noun="convention" anchor="conventions" />}
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
          <button class="primary" type="submit">
            Enregistrer la convention
          </button>
        </form>
      </section>
      {children}
    </Layout>
  );
}

export function LandlordNotFoundPage({ user, csrfToken }: { user: User; csrfToken: string }) {
  return (
    <Layout
      title="Bailleur introuvable"
      user={user}
      csrfToken={csrfToken}
      current="/admin/bailleurs"
      breadcrumbs={[{ href: '/admin/bailleurs', label: 'Bailleurs' }, { label: 'Introuvable' }]}
    >
      <h1>Bailleur introuvable</h1>
      <p>
        <a href="/admin/bailleurs">Retour au référentiel</a>
      </p>
    </Layout>
  );
}
