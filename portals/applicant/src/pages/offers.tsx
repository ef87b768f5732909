import { useEffect, useState } from 'preact/hooks';
import { navigate } from '../../../shared/router';
import { api, call, type Problem } from '../../../shared/api/client';
import type { paths } from '../../../shared/api/schema';
import { formatDate, formatEuros, formatSurface, formatTypology, plural } from '../../../shared/format';
import { Button, Loading, Notice, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import type { PageProps } from '../app';
import { useMyDemand } from '../state';

/**
 * The published offers: by default those the applicant's active demand fits (eligibleFor=me); all of
 * them with « toutes » (each then says whether the household fits, with the platform's reasons).
 */

type OfferPage = paths['/api/v1/offers']['get']['responses'][200]['content']['application/json'];
export type OfferItem = OfferPage['items'][number];

const PAGE_SIZE = 20;
const TYPOLOGIES = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'] as const;
const MAX_RENT = 100_000;

/** The filters read from the address (?type=T2&loyer=800): a value the API would refuse is dropped. */
function filtersOf(query: URLSearchParams): { type: string; rent: number | null } {
  const type = query.get('type') ?? '';
  const raw = query.get('loyer') ?? '';
  const rent = raw.length <= 6 && /^\d+$/.test(raw) ? Number(raw) : null;
  return { type: (TYPOLOGIES as readonly string[]).includes(type) ? type : '', rent: rent !== null && rent >= 1 && rent <= MAX_RENT ? rent : null };
}

export default function OffersPage({ location }: PageProps) {
  useDocumentTitle('Offres');
  const mine = useMyDemand();
  const active = mine.summary?.status === 'active';
  const all = location.query.get('toutes') === '1' || (!mine.loading && !active);
  const page = Math.min(Math.max(Number(location.query.get('page')) || 1, 1), 100_000);
  const filters = filtersOf(location.query);
  const [result, setResult] = useState<{ page: OfferPage | null; problem: Problem | null } | null>(null);

  useEffect(() => {
    if (mine.loading) return;
    let live = true;
    setResult(null);
    const query = {
      ...(all ? {} : { eligibleFor: 'me' as const }), ...(filters.type ? { typology: filters.type } : {}), ...(filters.rent ? { maxRent: filters.rent } : {}),
      sort: 'closing' as const, page, pageSize: PAGE_SIZE,
    };
    void call(api.GET('/api/v1/offers', { params: { query } })).then((r) => {
      if (live) setResult(r.ok ? { page: r.data, problem: null } : { page: null, problem: r.problem });
    });
    return () => {
      live = false;
    };
  }, [mine.loading, all, page, filters.type, filters.rent]);

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
      <Filters key={`${all}-${filters.type}-${filters.rent ?? ''}`} all={all} type={filters.type} rent={filters.rent} />
      {mine.problem ? <ProblemNotice problem={mine.problem} /> : null}
      {!result ? (
        <Loading label="Chargement des offres…" />
      ) : result.problem ? (
        <ProblemNotice problem={result.problem} />
      ) : (
        <OfferList page={result.page!} all={all} filtered={Boolean(filters.type || filters.rent)} base={offersPath(all, filters.type, filters.rent)} />
      )}
    </>
  );
}

/** /offres with the choice of offers and the filters, as the address says them. */
function offersPath(all: boolean, type: string, rent: number | null, page?: number): string {
  const q = new URLSearchParams();
  if (all) q.set('toutes', '1');
  if (type) q.set('type', type);
  if (rent) q.set('loyer', String(rent));
  if (page && page > 1) q.set('page', String(page));
  const text = q.toString();
  return text ? `/offres?${text}` : '/offres';
}

/** Type of home and highest rent, charges included; errors next to their field. */
function Filters({ all, type, rent }: { all: boolean; type: string; rent: number | null }) {
  const [typeValue, setType] = useState(type);
  const [rentValue, setRent] = useState(rent ? String(rent) : '');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const raw = rentValue.trim();
    const ok = raw === '' || (raw.length <= 6 && /^\d+$/.test(raw) && Number(raw) >= 1 && Number(raw) <= MAX_RENT);
    if (!ok) {
      setError('Saisissez un montant en euros, sans centimes, par exemple 750.');
      return requestAnimationFrame(() => document.getElementById('filtre-loyer')?.focus());
    }
    setError(null);
    navigate(offersPath(all, typeValue, raw ? Number(raw) : null));
  };
  return (
    <form class="filters" onSubmit={submit} noValidate aria-label="Filtrer les offres">
      <div class="field">
        <label for="filtre-type">Type de logement</label>
        <select id="filtre-type" value={typeValue} onChange={(e) => setType((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">Tous</option>
          {TYPOLOGIES.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </div>
      <div class={`field${error ? ' field--error' : ''}`}>
        <label for="filtre-loyer">Loyer charges comprises au plus (€ par mois)</label>
        <input
          id="filtre-loyer" inputMode="numeric" autoComplete="off" value={rentValue} maxLength={6}
          aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'filtre-loyer-error' : undefined}
          onInput={(e) => setRent((e.currentTarget as HTMLInputElement).value)}
        />
        {error ? <p id="filtre-loyer-error" class="field-error">{error}</p> : null}
      </div>
      <Button variant="secondary">Filtrer</Button>
    </form>
  );
}

function OfferList({ page, all, filtered, base }: { page: OfferPage; all: boolean; filtered: boolean; base: string }) {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const link = (n: number) => `${base}${base.includes('?') ? '&' : '?'}page=${n}`;
  if (!page.items.length) {
    if (filtered) return <p>Aucune offre ne répond à ces filtres.</p>;
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
