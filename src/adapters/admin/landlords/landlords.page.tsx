import { LANDLORD_KIND_LABELS, LANDLORD_KINDS, REGION_CODES, REGION_LABELS, type Landlord } from '../../../modules/landlord/index';
import { SortableTh, type SortState } from '../pages/sort';
import type { FieldError } from '../../../shared/errors';
import type { Page } from '../../../shared/pagination';
import { Layout } from '../pages/layout';
import { ErrorBox, fieldMessage, Flash } from '../../web/kit/boxes';
import { Pager } from '../../web/kit/pager';

type User = { displayName: string; role: string };

export function LandlordsPage({
  user,
  csrfToken,
  result,
  q,
  flash,
  sort = { column: 'name', dir: 'asc' },
}: {
  user: User;
  csrfToken: string;
  result: Page<Landlord>;
  q: string;
  flash?: string | undefined;
  sort?: SortState<'name'>;
}) {
  return (
    <Layout title="Bailleurs" user={user} csrfToken={csrfToken} current="/admin/bailleurs" breadcrumbs={[{ href: '/admin', label: 'Tableau de bord' }, { label: 'Bailleurs' }]}>
      <h1>Bailleurs</h1>
      <Flash message={flash} />
      <p>
        <a class="button" href="/admin/bailleurs/nouveau">
          Ajouter un bailleur
        </a>
      </p>
      <form method="get" action="/admin/bailleurs" class="card" style="display:flex;flex-wrap:wrap;gap:0.75rem;align-items:flex-end">
        <div style="flex:1 1 220px">
          <label for="q">Nom ou SIREN</label>
          <input id="q" name="q" type="search" value={q} maxLength={100} />
        </div>
        <button class="primary" type="submit">
          Rechercher
        </button>
      </form>
      <section class="card" aria-labelledby="liste">
        <h2 id="liste">Référentiel</h2>
        {result.items.length === 0 ? (
          <p>Aucun bailleur.</p>
        ) : (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
            <table>
              <thead>
                <tr>
                  <SortableTh label="Bailleur" column="name" sort={sort} base="/admin/bailleurs" params={{ q }} />
                  <th scope="col">SIREN</th>
                  <th scope="col">Type</th>
                  <th scope="col">Régions</th>
                  <th scope="col">Connecté par API</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((l) => (
                  <tr>
                    <td>
                      <a href={`/admin/bailleurs/${l.id}`}>{l.name}</a>
                    </td>
                    <td>{l.siren}</td>
                    <td>{l.kind}</td>
                    <td>{l.regions.map((r) => REGION_LABELS[r] ?? r).join(', ') || '—'}</td>
                    <td>{l.connectedByApi ? 'Oui' : 'Non'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager base="/admin/bailleurs" params={{ q, sort: sort.column, dir: sort.dir }} page={result.page} pageSize={result.pageSize} total={result.total} />
      </section>
    </Layout>
  );
}

export function LandlordNewPage({
  user,
  csrfToken,
  values = {},
  error,
  fieldErrors,
}: {
  user: User;
  csrfToken: string;
  values?: Record<string, string | string[]>;
  error?: string | undefined;
  fieldErrors?: FieldError[];
}) {
  const regions = Array.isArray(values.regions) ? values.regions : [];
  const fieldError = (name: string) => fieldMessage(fieldErrors, name);
  return (
    <Layout
      title="Nouveau bailleur"
      user={user}
      csrfToken={csrfToken}
      current="/admin/bailleurs"
      breadcrumbs={[{ href: '/admin/bailleurs', label: 'Bailleurs' }, { label: 'Nouveau' }]}
    >
      <h1>Nouveau bailleur</h1>
      <ErrorBox message={error} />
      <form method="post" action="/admin/bailleurs" class="stack card">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <div>
          <label for="name">Raison sociale</label>
          <input id="name" name="name" required maxLength={200} value={String(values.name ?? '')} />
          {fieldError('name') && <p class="field-error">{fieldError('name')}</p>}
        </div>
        <div>
          <label for="siren">SIREN</label>
          <input id="siren" name="siren" required inputMode="numeric" maxLength={11} value={String(values.siren ?? '')} />
          {fieldError('siren') && <p class="field-error">{fieldError('siren')}</p>}
        </div>
        <div>
          <label for="kind">Type</label>
          <select id="kind" name="kind">
            {LANDLORD_KINDS.map((k) => (
              <option value={k} selected={values.kind === k}>
                {LANDLORD_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>Régions</legend>
          {REGION_CODES.map((r) => (
            <label style="font-weight:normal;display:flex;gap:0.5rem;align-items:center">
              <input type="checkbox" name="regions" value={r} checked={regions.includes(r)} style="width:auto" /> {REGION_LABELS[r]}
            </label>
          ))}
          {fieldError('regions') && <p class="field-error">{fieldError('regions')}</p>}
        </fieldset>
        <button class="primary" type="submit">
          Enregistrer
        </button>
      </form>
    </Layout>
  );
}
