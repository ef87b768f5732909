import { DEMAND_SEARCH_CAP, DEMAND_SEARCH_MAX, DEMAND_STATUS_LABELS, DEMAND_STATUSES, type DemandListSort, type DemandSummary } from '../../../modules/demand/index';
import type { Page } from '../../../shared/pagination';
import { Layout } from '../pages/layout';
import { frDate, frDateTime } from '../../web/kit/format';
import { Pager } from '../../web/kit/pager';
import { SortableTh, type SortDirection } from '../pages/sort';

/** The list's filters as they come in the query string (French names, agents bookmark them). */
export interface DemandListParams {
  /** find a person: name, e-mail, registration number or phone */
  q: string;
  statut: string;
  pieces: string;
  departement: string;
  du: string;
  au: string;
  enregistrement: string;
  tri: string;
  /** a column header's sort (overrides `tri`) */
  sort?: string;
  dir?: string;
}

/** Columns the list may be sorted by from its headers (whitelist; each with both directions). */
export const DEMAND_SORT_COLUMNS = ['created', 'registration', 'submitted'] as const;

export const SORT_OPTIONS: { value: string; sort: DemandListSort; label: string }[] = [
  { value: 'recentes', sort: 'created_desc', label: 'Plus récentes d’abord' },
  { value: 'anciennes', sort: 'created_asc', label: 'Plus anciennes d’abord' },
  { value: 'depot', sort: 'submitted_asc', label: 'Date de dépôt (la plus ancienne d’abord)' },
  { value: 'anciennete', sort: 'registration_asc', label: 'Ancienneté (date d’enregistrement)' },
  { value: 'enregistrement-recent', sort: 'registration_desc', label: 'Enregistrement le plus récent' },
];

interface Props {
  user: { displayName: string; role: string };
  csrfToken: string;
  result: Page<DemandSummary>;
  params: DemandListParams;
  errors: Record<string, string>;
}

/** The agents' queue of demands: filters, sorting, paging; one line per demand with what instruction needs. */
export function DemandsListPage({ user, csrfToken, result, params, errors }: Props) {
  const fromTri = SORT_OPTIONS.find((o) => o.value === (params.tri || 'recentes'))?.sort ?? 'created_desc';
  const [column, dir] = params.sort && params.dir ? [params.sort, params.dir] : [fromTri.split('_')[0]!, fromTri.split('_')[1]!];
  const headerSort = { column: column as (typeof DEMAND_SORT_COLUMNS)[number], dir: dir as SortDirection };
  return (
    <Layout title="Demandes" user={user} csrfToken={csrfToken} current="/admin/demandes" breadcrumbs={[{ href: '/admin', label: 'Tableau de bord' }, { label: 'Demandes' }]}>
      <h1>Demandes de logement</h1>
      {/* A search form (GET): it changes nothing, so it carries no CSRF token (which would end up in the URL). */}
      <form class="card grid" method="get" action="/admin/demandes" role="search" aria-label="Rechercher et filtrer les demandes">
        <div style="grid-column:1 / -1">
          <label for="q">Rechercher une personne</label>
          <input
            id="q"
            name="q"
            type="search"
            value={params.q}
            maxLength={DEMAND_SEARCH_MAX}
            autoComplete="off"
            spellcheck={false}
            aria-describedby={errors.q ? 'q-hint q-error' : 'q-hint'}
          />
          <p id="q-hint" style="margin:0.25rem 0 0;font-size:0.9rem">
            Nom, prénom, courriel, numéro unique ou téléphone
          </p>
          {errors.q && (
            <p class="field-error" id="q-error">
              {errors.q}
            </p>
          )}
        </div>
        <div>
          <label for="statut">État</label>
          <select id="statut" name="statut">
            <option value="" selected={params.statut === ''}>
              Tous
            </option>
            <option value="a-instruire" selected={params.statut === 'a-instruire'}>
              À instruire (déposées et en instruction)
            </option>
            {DEMAND_STATUSES.map((s) => (
              <option value={s} selected={params.statut === s}>
                {DEMAND_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="pieces">Pièces</label>
          <select id="pieces" name="pieces">
            <option value="" selected={params.pieces === ''}>
              Toutes
            </option>
            <option value="a-verifier" selected={params.pieces === 'a-verifier'}>
              Pièces à vérifier
            </option>
            <option value="aucune" selected={params.pieces === 'aucune'}>
              Aucune pièce en attente
            </option>
            <option value="demandees" selected={params.pieces === 'demandees'}>
              Pièces demandées au demandeur
            </option>
          </select>
        </div>
        <div>
          <label for="departement">Département</label>
          <input
            id="departement"
            name="departement"
            value={params.departement}
            maxLength={3}
            inputMode="text"
            placeholder="69, 2A, 971…"
            aria-describedby={errors.departement ? 'departement-error' : undefined}
          />
          {errors.departement && (
            <p class="field-error" id="departement-error">
              {errors.departement}
            </p>
          )}
        </div>
        <div>
          <label for="du">Enregistrée du</label>
          <input id="du" name="du" type="date" value={params.du} aria-describedby={errors.du ? 'du-error' : undefined} />
          {errors.du && (
            <p class="field-error" id="du-error">
              {errors.du}
            </p>
          )}
        </div>
        <div>
          <label for="au">au</label>
          <input id="au" name="au" type="date" value={params.au} aria-describedby={errors.au ? 'au-error' : undefined} />
          {errors.au && (
            <p class="field-error" id="au-error">
              {errors.au}
            </p>
          )}
        </div>
        <div>
          <label for="enregistrement">Numéro unique</label>
          <select id="enregistrement" name="enregistrement">
            <option value="" selected={params.enregistrement === ''}>
              Indifférent
            </option>
            <option value="en-attente" selected={params.enregistrement === 'en-attente'}>
              En attente du SNE
            </option>
          </select>
        </div>
        <div>
          <label for="tri">Trier par</label>
          <select id="tri" name="tri">
            {SORT_OPTIONS.map((o) => (
              <option value={o.value} selected={(params.tri || 'recentes') === o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div style="align-self:end">
          <button class="primary" type="submit">
            Filtrer
          </button>
        </div>
      </form>
      {params.q && result.total > DEMAND_SEARCH_CAP && (
        <p class="notice" role="status">
          Plus de {DEMAND_SEARCH_CAP} demandes commencent par « {params.q} » : seules les {DEMAND_SEARCH_CAP} premières par ordre alphabétique sont parcourues. Précisez la
          recherche (prénom et nom, courriel, numéro unique ou téléphone).
        </p>
      )}
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
        <table>
          <caption class="visually-hidden">{params.q ? `Demandes trouvées pour « ${params.q} »` : 'Demandes correspondant aux filtres'}</caption>
          <thead>
            <tr>
              <th scope="col">Demandeur</th>
              <th scope="col">État</th>
              <th scope="col">Dépt</th>
              <th scope="col">Numéro unique</th>
              <SortableTh label="Enregistrée le" column="registration" sort={headerSort} base="/admin/demandes" params={{ ...params }} />
              <th scope="col">Pièces à vérifier</th>
              <SortableTh label="Déposée le" column="submitted" sort={headerSort} base="/admin/demandes" params={{ ...params }} />
              <SortableTh label="Créée le" column="created" sort={headerSort} base="/admin/demandes" params={{ ...params }} />
            </tr>
          </thead>
          <tbody>
            {result.items.map((d) => (
              <tr data-demand-id={d.id}>
                <td>
                  <a href={`/admin/demandes/${d.id}`}>{d.applicantName || 'Sans nom'}</a>
                  {d.dalo ? ' · DALO' : ''}
                  {d.documentsRequested ? ' · pièces demandées' : ''}
                </td>
                <td data-status={d.status}>{DEMAND_STATUS_LABELS[d.status]}</td>
                <td>{d.departement ?? '—'}</td>
                <td data-registration-pending={d.registrationPending ? 'true' : 'false'}>
                  {d.registrationNumber ?? (d.registrationPending ? <strong>En attente du SNE</strong> : '—')}
                </td>
                <td>{frDate(d.registrationDate)}</td>
                <td>{d.pendingDocuments > 0 ? <strong>{d.pendingDocuments}</strong> : '0'}</td>
                <td>{frDateTime(d.submittedAt)}</td>
                <td>{frDateTime(d.createdAt)}</td>
              </tr>
            ))}
            {result.items.length === 0 && (
              <tr>
                <td colSpan={8}>{params.q ? `Aucune demande ne correspond à « ${params.q} ».` : 'Aucune demande ne correspond.'}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pager base="/admin/demandes" params={{ ...params }} page={result.page} pageSize={result.pageSize} total={result.total} noun="demande" />
    </Layout>
  );
}
