import type { OfferView } from '../../../modules/offer/index';
import { SortableTh, type SortState } from '../pages/sort';
import type { Page } from '../../../shared/pagination';
import { Layout } from '../pages/layout';
import { Flash } from '../../web/kit/boxes';
import { euros, frDate, frDateTime, frNumber } from '../../web/kit/format';
import { Pager } from '../../web/kit/pager';

/** The state filters of the list: "to instruct" (submitted or in instruction) first. */
export const OFFER_FILTERS: { value: string; label: string }[] = [
  { value: 'a_instruire', label: 'À instruire (soumises et en instruction)' },
  { value: 'submitted', label: 'Soumises' },
  { value: 'in_instruction', label: 'En instruction' },
  { value: 'published', label: 'Publiées' },
  { value: 'closed', label: 'Clôturées' },
  { value: 'designated', label: 'Candidats désignés' },
  { value: 'transmitted', label: 'Transmises au bailleur' },
  { value: 'allocated', label: 'Attribuées' },
  { value: 'withdrawn', label: 'Retirées' },
  { value: 'draft', label: 'Brouillons des bailleurs' },
  { value: 'toutes', label: 'Toutes' },
];

/** Columns the offers list may be sorted by (whitelist): last change, submission, closing date. */
export const OFFER_SORT_COLUMNS = ['recent', 'submitted', 'closing'] as const;

export function OffersPage({
  user,
  csrfToken,
  result,
  filter,
  landlordId,
  flash,
  sort = { column: 'recent', dir: 'desc' },
}: {
  sort?: SortState<(typeof OFFER_SORT_COLUMNS)[number]>;
  user: { displayName: string; role: string };
  csrfToken: string;
  result: Page<OfferView>;
  filter: string;
  landlordId?: string | undefined;
  flash?: string | undefined;
}) {
  const label = OFFER_FILTERS.find((f) => f.value === filter)?.label ?? 'Offres';
  return (
    <Layout title="Offres" user={user} csrfToken={csrfToken} current="/admin/offres" breadcrumbs={[{ href: '/admin', label: 'Tableau de bord' }, { label: 'Offres' }]}>
      <h1>Offres de logement</h1>
      <Flash message={flash} />
      <form method="get" action="/admin/offres" class="card" style="display:flex;flex-wrap:wrap;gap:0.75rem;align-items:flex-end">
        <div style="flex:1 1 220px">
          <label for="etat">État</label>
          <select id="etat" name="etat">
            {OFFER_FILTERS.map((f) => (
              <option value={f.value} selected={f.value === filter}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        {landlordId && <input type="hidden" name="bailleur" value={landlordId} />}
        <button class="primary" type="submit">
          Filtrer
        </button>
      </form>
      <section class="card" aria-labelledby="liste">
        <h2 id="liste">{label}</h2>
        {result.items.length === 0 ? (
          <p>Aucune offre dans cet état.</p>
        ) : (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
            <table class="cards-table">
              <thead>
                <tr>
                  <th scope="col">Logement</th>
                  <th scope="col">Commune</th>
                  <th scope="col">Loyer + charges</th>
                  <th scope="col">Bailleur</th>
                  <th scope="col">État</th>
                  <SortableTh label="Soumise le" column="submitted" sort={sort} base="/admin/offres" params={{ etat: filter, bailleur: landlordId }} />
                  <SortableTh label="Clôture" column="closing" sort={sort} base="/admin/offres" params={{ etat: filter, bailleur: landlordId }} />
                  <SortableTh label="Dernier changement" column="recent" sort={sort} base="/admin/offres" params={{ etat: filter, bailleur: landlordId }} />
                </tr>
              </thead>
              <tbody>
                {result.items.map((o) => (
                  <tr data-offer-id={o.id}>
                    <td data-label="Logement">
                      <a href={`/admin/offres/${o.id}`}>
                        T{o.typology} · {frNumber(o.surface)} m² · {o.financing}
                      </a>
                      <br />
                      <small>{o.addressLine}</small>
                    </td>
                    <td data-label="Commune">
                      {o.communeName ? `${o.communeName} (${o.communeCode})` : o.communeCode} · {o.departement}
                    </td>
                    <td data-label="Loyer + charges">{euros(o.totalRent)}</td>
                    <td data-label="Bailleur">{o.landlordName ?? '—'}</td>
                    <td data-label="État" data-status={o.status}>
                      {o.statusLabel}
                    </td>
                    <td data-label="Soumise le">{frDateTime(o.submittedAt)}</td>
                    <td data-label="Clôture">{frDate(o.closingDate)}</td>
                    <td data-label="Dernier changement">{frDateTime(o.publishedAt ?? o.submittedAt ?? o.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager
          base="/admin/offres"
          params={{ etat: filter, bailleur: landlordId, sort: sort.column, dir: sort.dir }}
          page={result.page}
          pageSize={result.pageSize}
          total={result.total}
        />
      </section>
    </Layout>
  );
}
