import { useEffect, useState } from 'preact/hooks';
import { api, call, type Problem } from '../../../shared/api/client';
import type { paths } from '../../../shared/api/schema';
import { formatDate, formatEuros, formatSurface, formatTypology, plural } from '../../../shared/format';
import { Loading, Notice, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import type { PageProps } from '../app';
import { useMyDemand } from '../state';

/**
 * The published offers: by default those the applicant's active demand fits (eligibleFor=me); all of
 * them with « toutes » (each then says whether the household fits, with the platform's reasons).
 */

type OfferPage = paths['/api/v1/offers']['get']['responses'][200]['content']['application/json'];
export type OfferItem = OfferPage['items'][number];

const PAGE_SIZE = 20;

export default function OffersPage({ location }: PageProps) {
  useDocumentTitle('Offres');
  const mine = useMyDemand();
  const active = mine.summary?.status === 'active';
  const all = location.query.get('toutes') === '1' || (!mine.loading && !active);
  const page = Math.min(Math.max(Number(location.query.get('page')) || 1, 1), 100_000);
  const [result, setResult] = useState<{ page: OfferPage | null; problem: Problem | null } | null>(null);

  useEffect(() => {
    if (mine.loading) return;
    let live = true;
    setResult(null);
    void call(api.GET('/api/v1/offers', { params: { query: { ...(all ? {} : { eligibleFor: 'me' as const }), sort: 'closing', page, pageSize: PAGE_SIZE } } })).then((r) => {
      if (live) setResult(r.ok ? { page: r.data, problem: null } : { page: null, problem: r.problem });
    });
    return () => {
      live = false;
    };
  }, [mine.loading, all, page]);

  return (
    <>
      <PageTitle>Offres de logement</PageTitle>
      {active ? (
        <nav aria-label="Choix des offres" class="tabs">
          <a href="/offres" aria-current={!all ? 'page' : undefined}>Qui me correspondent</a>
          <a href="/offres?toutes=1" aria-current={all ? 'page' : undefined}>Toutes les offres</a>
        </nav>
      ) : !mine.loading ? (
        <Notice kind="info">Vous pourrez candidater quand votre demande sera active. <a href="/demande">Voir ma demande</a></Notice>
      ) : null}
      {mine.problem ? <ProblemNotice problem={mine.problem} /> : null}
      {!result ? (
        <Loading label="Chargement des offres…" />
      ) : result.problem ? (
        <ProblemNotice problem={result.problem} />
      ) : (
        <OfferList page={result.page!} all={all} />
      )}
    </>
  );
}

function OfferList({ page, all }: { page: OfferPage; all: boolean }) {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const link = (n: number) => `/offres?${all ? 'toutes=1&' : ''}page=${n}`;
  if (!page.items.length) {
    return <p>{all ? 'Aucune offre n’est ouverte aux candidatures en ce moment.' : 'Aucune offre ouverte ne correspond à votre ménage en ce moment.'}</p>;
  }
  return (
    <>
      <p role="status">{plural(page.total, 'offre', 'offres')}{pages > 1 ? `, page ${page.page} sur ${pages}` : ''}</p>
      <ul class="cards">
        {page.items.map((offer) => (
          <li key={offer.id} class="card offer-card">
            <h2>
              <a href={`/offres/${offer.id}`}>
                {formatTypology(offer.typology)} de {formatSurface(offer.surface)} à {offer.communeName ?? offer.communeCode}
              </a>
            </h2>
            <p class="price">
              {formatEuros(offer.totalRent)} par mois <span class="muted">({formatEuros(offer.rent)} de loyer + {formatEuros(offer.charges)} de charges)</span>
            </p>
            <p>Candidatures jusqu’au {formatDate(offer.closingDate)} · {plural(offer.candidacyCount, 'candidature', 'candidatures', 'aucune candidature')}</p>
            <Fit offer={offer} />
          </li>
        ))}
      </ul>
      {pages > 1 ? (
        <nav aria-label="Pages" class="pager">
          {page.page > 1 ? <a href={link(page.page - 1)}>Page précédente</a> : null}
          {page.page < pages ? <a href={link(page.page + 1)}>Page suivante</a> : null}
        </nav>
      ) : null}
    </>
  );
}

/** Whether the household fits the offer, with the platform's reasons when it does not. */
export function Fit({ offer }: { offer: Pick<OfferItem, 'eligibility'> }) {
  const e = offer.eligibility;
  if (!e) return null;
  if (e.fits) return <p class="fit fit--yes">Votre ménage correspond à cette offre.</p>;
  if (!e.decided) return <p class="fit fit--unknown">Impossible de dire si votre ménage correspond : {e.reasons.map((r) => r.fr).join(' ; ') || 'votre demande est incomplète'}.</p>;
  return (
    <div class="fit fit--no">
      <p>Votre ménage ne correspond pas à cette offre :</p>
      <ul>{e.reasons.map((r) => <li key={r.fr}>{r.fr}</li>)}</ul>
    </div>
  );
}
