import { useEffect, useState } from 'preact/hooks';
import { navigate } from '../../../shared/router';
import { api, call, type Problem } from '../../../shared/api/client';
import type { paths } from '../../../shared/api/schema';
import { formatDate, formatEuros, formatSurface, formatTypology, plural } from '../../../shared/format';
import { Button, Loading, Notice, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import { CommuneCombobox, communeByCode } from '../../../shared/ui/form';
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

interface FilterValues {
  type: string;
  rent: number | null;
  /** one commune chosen in the filter (INSEE code) */
  commune: string;
  /** « partout »: no commune filter (by default, the demand's wished communes) */
  everywhere: boolean;
}

const COMMUNE_CODE = /^(?:\d{5}|2[AB]\d{3})$/;

/** The filters read from the address (?commune=69266&type=T2&loyer=800): a value the API would refuse is dropped. */
function filtersOf(query: URLSearchParams): FilterValues {
  const type = query.get('type') ?? '';
  const raw = query.get('loyer') ?? '';
  const rent = raw.length <= 6 && /^\d+$/.test(raw) ? Number(raw) : null;
  const commune = query.get('commune') ?? '';
  return {
    type: (TYPOLOGIES as readonly string[]).includes(type) ? type : '',
    rent: rent !== null && rent >= 1 && rent <= MAX_RENT ? rent : null,
    commune: commune.length === 5 && COMMUNE_CODE.test(commune) ? commune : '',
    everywhere: query.get('partout') === '1',
  };
}

/** The communes the demand wishes (its `wishes.communeCodes`), with their names; null while they load. */
function useWishedCommunes(demandId: string | undefined, loading: boolean): { code: string; label: string }[] | null {
  const [wished, setWished] = useState<{ code: string; label: string }[] | null>(null);
  useEffect(() => {
    if (loading) return;
    if (!demandId) return setWished([]);
    let live = true;
    void call(api.GET('/api/v1/demands/{id}', { params: { path: { id: demandId } } })).then(async (r) => {
      const codes = r.ok ? r.data.data.wishes.communeCodes : [];
      const named = await Promise.all(codes.map(async (code) => ({ code, label: (await communeByCode(code))?.name ?? code })));
      if (live) setWished(named);
    });
    return () => {
      live = false;
    };
  }, [demandId, loading]);
  return wished;
}

export default function OffersPage({ location }: PageProps) {
  useDocumentTitle('Offres');
  const mine = useMyDemand();
  const active = mine.summary?.status === 'active';
  const all = location.query.get('toutes') === '1' || (!mine.loading && !active);
  const page = Math.min(Math.max(Number(location.query.get('page')) || 1, 1), 100_000);
  const filters = filtersOf(location.query);
  const wished = useWishedCommunes(mine.summary?.id, mine.loading);
  const byWishes = !filters.commune && !filters.everywhere && (wished?.length ?? 0) > 0;
  const communes = filters.commune ? [filters.commune] : byWishes ? wished!.map((c) => c.code) : [];
  const [result, setResult] = useState<{ page: OfferPage | null; problem: Problem | null } | null>(null);

  useEffect(() => {
    if (mine.loading || wished === null) return;
    let live = true;
    setResult(null);
    const query = {
      ...(all ? {} : { eligibleFor: 'me' as const }),
      ...(filters.type ? { typology: filters.type } : {}),
      ...(filters.rent ? { maxRent: filters.rent } : {}),
      ...(communes.length ? { communes: communes.join(',') } : {}),
      sort: 'closing' as const,
      page,
      pageSize: PAGE_SIZE,
    };
    void call(api.GET('/api/v1/offers', { params: { query } })).then((r) => {
      if (live) setResult(r.ok ? { page: r.data, problem: null } : { page: null, problem: r.problem });
    });
    return () => {
      live = false;
    };
  }, [mine.loading, wished, all, page, filters.type, filters.rent, communes.join(',')]);

  const path = (patch: Partial<FilterValues & { all: boolean }>) => offersPath({ ...filters, all, ...patch });
  return (
    <>
      <PageTitle>Offres de logement</PageTitle>
      {active ? (
        <nav aria-label="Choix des offres" class="tabs">
          <a href="/offres" aria-current={!all ? 'page' : undefined}>
            Qui me correspondent
          </a>
          <a href="/offres?toutes=1" aria-current={all ? 'page' : undefined}>
            Toutes les offres
          </a>
        </nav>
      ) : !mine.loading ? (
        <Notice kind="info">
          Vous pourrez candidater quand votre demande sera active. <a href="/demande">Voir ma demande</a>
        </Notice>
      ) : null}
      <Filters key={`${all}-${filters.type}-${filters.rent ?? ''}-${filters.commune}`} values={filters} all={all} />
      {byWishes ? (
        <p>
          Dans vos communes souhaitées : {wished!.map((c) => c.label).join(', ')}. <a href={path({ everywhere: true, commune: '' })}>Voir les offres de toutes les communes</a>
        </p>
      ) : filters.everywhere && (wished?.length ?? 0) > 0 ? (
        <p>
          Dans toutes les communes. <a href={path({ everywhere: false, commune: '' })}>Revenir à mes communes souhaitées</a>
        </p>
      ) : null}
      {mine.problem ? <ProblemNotice problem={mine.problem} /> : null}
      {!result ? (
        <Loading label="Chargement des offres…" />
      ) : result.problem ? (
        <ProblemNotice problem={result.problem} />
      ) : (
        <OfferList page={result.page!} all={all} filtered={Boolean(filters.type || filters.rent || communes.length)} base={path({})} />
      )}
    </>
  );
}

/** /offres with the choice of offers and the filters, as the address says them. */
function offersPath(f: FilterValues & { all: boolean }, page?: number): string {
  const q = new URLSearchParams();
  if (f.all) q.set('toutes', '1');
  if (f.commune) q.set('commune', f.commune);
  else if (f.everywhere) q.set('partout', '1');
  if (f.type) q.set('type', f.type);
  if (f.rent) q.set('loyer', String(f.rent));
  if (page && page > 1) q.set('page', String(page));
  const text = q.toString();
  return text ? `/offres?${text}` : '/offres';
}

/** Commune, type of home and highest rent, charges included; errors next to their field. */
function Filters({ values, all }: { values: FilterValues; all: boolean }) {
  const [typeValue, setType] = useState(values.type);
  const [rentValue, setRent] = useState(values.rent ? String(values.rent) : '');
  const [commune, setCommune] = useState(values.commune);
  const [communeLabel, setCommuneLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (values.commune) void communeByCode(values.commune).then((c) => c && setCommuneLabel(c.label));
  }, [values.commune]);
  const submit = (event: Event) => {
    event.preventDefault();
    const raw = rentValue.trim();
    const ok = raw === '' || (raw.length <= 6 && /^\d+$/.test(raw) && Number(raw) >= 1 && Number(raw) <= MAX_RENT);
    if (!ok) {
      setError('Saisissez un montant en euros, sans centimes, par exemple 750.');
      return requestAnimationFrame(() => document.getElementById('filtre-loyer')?.focus());
    }
    setError(null);
    navigate(offersPath({ all, type: typeValue, rent: raw ? Number(raw) : null, commune, everywhere: values.everywhere }));
  };
  return (
    <form class="filters" onSubmit={submit} noValidate aria-label="Filtrer les offres">
      <CommuneCombobox
        name="filtre-commune"
        label="Commune"
        required={false}
        hint="Une commune précise ; sinon vos communes souhaitées."
        initial={communeLabel}
        onSelect={(c) => setCommune(c.code)}
      />
      <div class="field">
        <label for="filtre-type">Type de logement</label>
        <select id="filtre-type" value={typeValue} onChange={(e) => setType((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">Tous</option>
          {TYPOLOGIES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <div class={`field${error ? ' field--error' : ''}`}>
        <label for="filtre-loyer">Loyer charges comprises au plus (€ par mois)</label>
        <input
          id="filtre-loyer"
          inputMode="numeric"
          autoComplete="off"
          value={rentValue}
          maxLength={6}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'filtre-loyer-error' : undefined}
          onInput={(e) => setRent((e.currentTarget as HTMLInputElement).value)}
        />
        {error ? (
          <p id="filtre-loyer-error" class="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <Button variant="secondary">Filtrer</Button>
      {values.commune ? <a href={offersPath({ ...values, all, commune: '' })}>Retirer le filtre de commune</a> : null}
      <a
        href={`/compte/alertes?${new URLSearchParams({ ...(values.commune ? { commune: values.commune } : {}), ...(values.type ? { type: values.type } : {}), ...(values.rent ? { loyer: String(values.rent) } : {}) }).toString()}`}
      >
        Être prévenu·e par e-mail des nouvelles offres de cette recherche
      </a>
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
      <p role="status">
        {plural(page.total, 'offre', 'offres')}
        {pages > 1 ? `, page ${page.page} sur ${pages}` : ''}
      </p>
      <ul class="cards">
        {page.items.map((offer) => (
          <li key={offer.id} class="card offer-card">
            {offer.photos?.[0] ? (
              <img
                class="offer-photo"
                src={offer.photos[0].sizes.small}
                width={offer.photos[0].width}
                height={offer.photos[0].height}
                loading="lazy"
                decoding="async"
                alt={offer.photos[0].alt ?? ''}
              />
            ) : null}
            <h2>
              <a href={`/offres/${offer.id}`}>
                {formatTypology(offer.typology)} de {formatSurface(offer.surface)} à {offer.communeName ?? offer.communeCode}
              </a>
            </h2>
            <p class="price">
              {formatEuros(offer.totalRent)} par mois{' '}
              <span class="muted">
                ({formatEuros(offer.rent)} de loyer + {formatEuros(offer.charges)} de charges)
              </span>
            </p>
            <p>
              Candidatures jusqu’au {formatDate(offer.closingDate)} · {plural(offer.candidacyCount, 'candidature', 'candidatures', 'aucune candidature')}
            </p>
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
  if (!e.decided)
    return <p class="fit fit--unknown">Impossible de dire si votre ménage correspond : {e.reasons.map((r) => r.fr).join(' ; ') || 'votre demande est incomplète'}.</p>;
  return (
    <div class="fit fit--no">
      <p>Votre ménage ne correspond pas à cette offre :</p>
      <ul>
        {e.reasons.map((r) => (
          <li key={r.fr}>{r.fr}</li>
        ))}
      </ul>
    </div>
  );
}
