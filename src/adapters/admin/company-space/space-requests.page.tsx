import type { SpaceRequest, SpaceStatus } from '../../../modules/company-space/index';
import type { Page } from '../../../shared/pagination';
import { Layout } from '../pages/layout';
import { frDateTime } from '../../web/kit/format';
import { spaceStatusLabel } from '../../web/kit/labels';
import { Pager } from '../../web/kit/pager';
import { SortableTh, type SortState } from '../pages/sort';

interface Props {
  user: { displayName: string; role: string };
  csrfToken: string;
  result: Page<SpaceRequest & { spaceStatus: SpaceStatus | null }>;
  open: boolean;
  sort?: SortState<'requested'>;
}

/** Companies' requests for a space, newest first; open ones by default. */
export function SpaceRequestsPage({ user, csrfToken, result, open, sort = { column: 'requested', dir: 'desc' } }: Props) {
  const params = { etat: open ? undefined : 'toutes' };
  return (
    <Layout
      title="Demandes d’espace entreprise"
      user={user}
      csrfToken={csrfToken}
      current="/admin/entreprises"
      breadcrumbs={[{ href: '/admin', label: 'Tableau de bord' }, { href: '/admin/entreprises', label: 'Entreprises' }, { label: 'Demandes d’espace' }]}
    >
      <h1>Demandes d’espace entreprise</h1>
      <p>
        {open ? <strong>À traiter</strong> : <a href="/admin/entreprises/demandes">À traiter</a>}
        {' · '}
        {open ? <a href="/admin/entreprises/demandes?etat=toutes">Toutes les demandes</a> : <strong>Toutes les demandes</strong>}
      </p>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
        <table>
          <thead>
            <tr>
              <SortableTh label="Reçue le" column="requested" sort={sort} base="/admin/entreprises/demandes" params={params} />
              <th scope="col">Entreprise</th>
              <th scope="col">SIRET</th>
              <th scope="col">Contact</th>
              <th scope="col">Espace</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((r) => (
              <tr>
                <td>{frDateTime(r.requestedAt)}</td>
                <td>
                  <a href={`/admin/entreprises/${r.companyId}`}>{r.companyName}</a>
                </td>
                <td>{r.siret}</td>
                <td>
                  {r.contactName}
                  <br />
                  <a href={`mailto:${r.contactEmail}`}>{r.contactEmail}</a>
                  {r.contactPhone ? (
                    <>
                      <br />
                      {r.contactPhone}
                    </>
                  ) : null}
                </td>
                <td>
                  {spaceStatusLabel(r.spaceStatus)}
                  {r.handledAt ? ` (traitée le ${frDateTime(r.handledAt)})` : ''}
                </td>
              </tr>
            ))}
            {result.items.length === 0 && (
              <tr>
                <td colSpan={5}>Aucune demande.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pager base="/admin/entreprises/demandes" params={{ ...params, sort: sort.column, dir: sort.dir }} page={result.page} pageSize={result.pageSize} total={result.total} />
    </Layout>
  );
}
