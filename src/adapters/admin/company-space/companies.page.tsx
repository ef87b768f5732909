import type { CompanyView, SpaceStatus } from '../../../modules/company-space/index';
import { SortableTh, type SortState } from '../pages/sort';
import type { Page } from '../../../shared/pagination';
import { Layout } from '../pages/layout';
import { FLASH } from './labels';
import { Flash } from '../../web/kit/boxes';
import { CONTRIBUTION_LABELS, SPACE_STATUS_LABELS, spaceStatusLabel } from '../../web/kit/labels';
import { Pager } from '../../web/kit/pager';

interface Props {
  user: { displayName: string; role: string };
  csrfToken: string;
  result: Page<CompanyView>;
  q: string;
  status: SpaceStatus | 'none' | '';
  sort?: SortState<'name'>;
  flash?: string | undefined;
}

/** The companies referential: search, filter by space status, paging. */
export function CompaniesPage({ user, csrfToken, result, q, status, flash, sort = { column: 'name', dir: 'asc' } }: Props) {
  return (
    <Layout
      title="Entreprises"
      user={user}
      csrfToken={csrfToken}
      current="/admin/entreprises"
      breadcrumbs={[{ href: '/admin', label: 'Tableau de bord' }, { label: 'Entreprises' }]}
    >
      <h1>Entreprises</h1>
      <Flash message={flash ? FLASH[flash] : undefined} />
      <p style="display:flex;gap:0.75rem;flex-wrap:wrap">
        <a class="button" href="/admin/entreprises/nouvelle">
          Ajouter une entreprise
        </a>
        <a href="/admin/entreprises/demandes">Demandes d’espace entreprise</a>
      </p>
      {/* A search form (GET): it changes nothing, so it carries no CSRF token (which would end up in the URL). */}
      <form class="card grid" method="get" action="/admin/entreprises" role="search">
        <div>
          <label for="q">Raison sociale, SIREN ou SIRET</label>
          <input id="q" name="q" type="search" value={q} maxLength={100} />
        </div>
        <div>
          <label for="statut">Espace entreprise</label>
          <select id="statut" name="statut">
            <option value="" selected={status === ''}>
              Tous
            </option>
            {(['none', 'requested', 'configured', 'deployed', 'suspended'] as const).map((s) => (
              <option value={s} selected={status === s}>
                {SPACE_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div style="align-self:end">
          <button class="primary" type="submit">
            Rechercher
          </button>
        </div>
      </form>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
        <table>
          <caption class="skip">Entreprises du référentiel</caption>
          <thead>
            <tr>
              <SortableTh label="Raison sociale" column="name" sort={sort} base="/admin/entreprises" params={{ q, statut: status }} />
              <th scope="col">SIREN</th>
              <th scope="col">Taille</th>
              <th scope="col">Cotisation</th>
              <th scope="col">Espace</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((c) => (
              <tr>
                <td>
                  <a href={`/admin/entreprises/${c.id}`}>{c.name}</a>
                  {c.delegatesToAls ? ' (délègue à ALS)' : ''}
                </td>
                <td>{c.siren}</td>
                <td>{c.sizeClass ?? '—'}</td>
                <td>{CONTRIBUTION_LABELS[c.contribution]}</td>
                <td data-space-status={c.space.status ?? 'none'}>{spaceStatusLabel(c.space.status)}</td>
              </tr>
            ))}
            {result.items.length === 0 && (
              <tr>
                <td colSpan={5}>Aucune entreprise ne correspond.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pager base="/admin/entreprises" params={{ q, statut: status, sort: sort.column, dir: sort.dir }} page={result.page} pageSize={result.pageSize} total={result.total} />
    </Layout>
  );
}
