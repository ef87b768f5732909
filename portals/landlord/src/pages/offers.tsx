import { api, call } from '../../../shared/api/client';
import { formatDate, formatEuros, plural } from '../../../shared/format';
import { Loading, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import type { PageProps } from '../app';
import { offerTitle } from '../labels';
import { useLoad } from '../load';
import { BASE, offerPath } from '../paths';

/** The landlord's offers in every state, most recent first, with their state and the way forward. */

const STATUS_FILTERS = [
  ['', 'Toutes'],
  ['draft', 'Brouillons'],
  ['submitted,in_instruction', 'Chez Action Logement'],
  ['published,closed,designated', 'Publiées'],
  ['transmitted', 'Candidats transmis'],
  ['allocated', 'Attribuées'],
  ['withdrawn', 'Retirées'],
] as const;

type Status = 'draft' | 'submitted' | 'in_instruction' | 'published' | 'closed' | 'designated' | 'transmitted' | 'allocated' | 'withdrawn';

export default function OffersPage({ location }: PageProps) {
  useDocumentTitle('Offres');
  const wanted = location.query.get('etat') ?? '';
  const filter = STATUS_FILTERS.find(([v]) => v === wanted)?.[0] ?? '';
  const page = Math.min(Math.max(Number(location.query.get('page')) || 1, 1), 100_000);
  const offers = useLoad(
    () => call(api.GET('/api/v1/offers', { params: { query: { ...(filter ? { status: filter.split(',') as Status[] } : {}), sort: 'recent', page, pageSize: 20 } } })),
    [filter, page],
  );
  const pages = offers.data ? Math.max(1, Math.ceil(offers.data.total / offers.data.pageSize)) : 1;
  const link = (n: number) => `${BASE}/offres?${new URLSearchParams({ ...(filter ? { etat: filter } : {}), page: String(n) }).toString()}`;
  return (
    <>
      <PageTitle>Vos offres</PageTitle>
      <p>
        <a class="button button--primary" href={`${BASE}/offres/nouvelle`}>
          Proposer un logement
        </a>
      </p>
      <nav aria-label="État des offres" class="tabs">
        {STATUS_FILTERS.map(([v, label]) => (
          <a key={v} href={v ? `${BASE}/offres?etat=${v}` : `${BASE}/offres`} aria-current={filter === v ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
      <ProblemNotice problem={offers.problem} />
      {!offers.data ? (
        offers.loading ? (
          <Loading label="Chargement des offres…" />
        ) : null
      ) : !offers.data.items.length ? (
        <p>Aucune offre {filter ? 'dans cet état' : 'pour le moment'}.</p>
      ) : (
        <>
          <p role="status">
            {plural(offers.data.total, 'offre', 'offres')}
            {pages > 1 ? `, page ${offers.data.page} sur ${pages}` : ''}
          </p>
          <ul class="cards">
            {offers.data.items.map((o) => (
              <li key={o.id} class="card offer-card">
                <h2>
                  <a href={offerPath(o.id)}>{offerTitle(o)}</a>
                </h2>
                <p>
                  <span class={`status status--${o.status}`}>{o.statusLabel}</span>
                </p>
                <p class="price">
                  {formatEuros(o.totalRent)} par mois{' '}
                  <span class="muted">
                    ({formatEuros(o.rent)} de loyer + {formatEuros(o.charges)} de charges)
                  </span>
                </p>
                <p>
                  {o.status === 'draft'
                    ? `Créée le ${formatDate(o.createdAt)}`
                    : o.publishedAt
                      ? `Publiée le ${formatDate(o.publishedAt)} · candidatures jusqu’au ${formatDate(o.closingDate)}`
                      : o.submittedAt
                        ? `Soumise le ${formatDate(o.submittedAt)}`
                        : ''}
                  {o.candidacyCount ? ` · ${plural(o.candidacyCount, 'candidature', 'candidatures')}` : ''}
                </p>
                {o.status === 'transmitted' ? (
                  <p>
                    <a href={offerPath(o.id, 'candidats')}>Voir les candidats désignés</a>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          {pages > 1 ? (
            <nav aria-label="Pages" class="pager">
              {offers.data.page > 1 ? <a href={link(offers.data.page - 1)}>Page précédente</a> : null}
              {offers.data.page < pages ? <a href={link(offers.data.page + 1)}>Page suivante</a> : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
