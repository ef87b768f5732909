import { useEffect, useState } from 'preact/hooks';
import { api, call, type Problem } from '../../../shared/api/client';
import type { paths } from '../../../shared/api/schema';
import { formatDateTime, formatEuros, formatTypology, plural } from '../../../shared/format';
import { Loading, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import type { PageProps } from '../app';
import { useMyDemand } from '../state';

/** The applicant's candidacies, newest first (GET /candidacies), with the open ones and the cap. */

type Own = paths['/api/v1/candidacies']['get']['responses'][200]['content']['application/json'];

const PAGE_SIZE = 20;

export default function CandidaciesPage({ location }: PageProps) {
  useDocumentTitle('Mes candidatures');
  const mine = useMyDemand();
  const page = Math.min(Math.max(Number(location.query.get('page')) || 1, 1), 100_000);
  const [result, setResult] = useState<{ own: Own | null; problem: Problem | null } | null>(null);

  useEffect(() => {
    if (mine.loading) return;
    let live = true;
    const demandId = mine.summary?.id;
    void call(api.GET('/api/v1/candidacies', { params: { query: { page, pageSize: PAGE_SIZE, ...(demandId ? { demandId } : {}) } } })).then((r) => {
      if (live) setResult(r.ok ? { own: r.data, problem: null } : { own: null, problem: r.problem });
    });
    return () => {
      live = false;
    };
  }, [mine.loading, page]);

  if (!result)
    return (
      <>
        <PageTitle>Mes candidatures</PageTitle>
        <Loading />
      </>
    );
  if (result.problem)
    return (
      <>
        <PageTitle>Mes candidatures</PageTitle>
        <ProblemNotice problem={result.problem} />
      </>
    );
  const own = result.own!;
  const pages = Math.max(1, Math.ceil(own.total / own.pageSize));
  return (
    <>
      <PageTitle>Mes candidatures</PageTitle>
      {own.openCandidacies ? (
        <p>
          {plural(own.openCandidacies.count, 'candidature en cours', 'candidatures en cours', 'Aucune candidature en cours')}, {own.openCandidacies.max} au plus en même temps.
        </p>
      ) : null}
      {own.items.length ? (
        <ul class="cards">
          {own.items.map((c) => (
            <li key={c.id} class="card">
              <h2>
                <a href={`/candidatures/${c.id}`}>
                  {formatTypology(c.offer.typology)} à {c.offer.communeName ?? c.offer.communeCode}
                </a>
              </h2>
              <p class="price">{formatEuros(c.offer.rent + c.offer.charges)} par mois, charges comprises</p>
              <p>
                <span class={`status status--${c.status}`}>{c.statusLabel}</span> · envoyée le {formatDateTime(c.submittedAt)}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          Vous n’avez pas encore candidaté. <a href="/offres">Voir les offres</a>
        </p>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages" class="pager">
          {own.page > 1 ? <a href={`/candidatures?page=${own.page - 1}`}>Page précédente</a> : null}
          {own.page < pages ? <a href={`/candidatures?page=${own.page + 1}`}>Page suivante</a> : null}
        </nav>
      ) : null}
    </>
  );
}
