import { useEffect, useState } from 'preact/hooks';
import { api, call, type Outcome, type Problem } from '../../../shared/api/client';
import type { paths } from '../../../shared/api/schema';
import { formatDate, formatEuros, formatPercent, formatSurface, formatTypology, plural } from '../../../shared/format';
import { navigate } from '../../../shared/router';
import { Button, Facts, Loading, Notice, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import type { PageProps } from '../app';
import { useMyDemand } from '../state';

/**
 * An offer: its facts, whether the household fits (GET /demands/{id}/eligibility, the platform's
 * reasons in French), how many candidacies it has, and « Candidater » — with the applicant's open
 * candidacies and the cap said before the cap is hit (GET /candidacies?demandId=…).
 */

type Offer = paths['/api/v1/offers/{id}']['get']['responses'][200]['content']['application/json'];
type Eligibility = paths['/api/v1/demands/{id}/eligibility']['get']['responses'][200]['content']['application/json'];
type Own = paths['/api/v1/candidacies']['get']['responses'][200]['content']['application/json'];

interface Loaded {
  offer: Offer;
  eligibility: Eligibility | null;
  own: Own | null;
}

export default function OfferPage({ params }: PageProps) {
  const mine = useMyDemand();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  useDocumentTitle(loaded ? `${formatTypology(loaded.offer.typology)} à ${loaded.offer.communeName ?? loaded.offer.communeCode}` : 'Offre');

  useEffect(() => {
    if (mine.loading) return;
    let live = true;
    const demandId = mine.summary?.status === 'active' ? mine.summary.id : null;
    const offerId = params.id!;
    void Promise.all([
      call(api.GET('/api/v1/offers/{id}', { params: { path: { id: offerId } } })),
      demandId ? call(api.GET('/api/v1/demands/{id}/eligibility', { params: { path: { id: demandId }, query: { offerId } } })) : null,
      demandId ? call(api.GET('/api/v1/candidacies', { params: { query: { demandId, pageSize: 100 } } })) : null,
    ]).then(([offer, eligibility, own]) => {
      if (!live) return;
      if (!offer.ok) return setProblem(offer.problem);
      const data = <T,>(r: Outcome<T> | null): T | null => (r && r.ok ? r.data : null);
      setLoaded({ offer: offer.data, eligibility: data(eligibility), own: data(own) });
    });
    return () => {
      live = false;
    };
  }, [mine.loading, params.id]);

  if (problem)
    return (
      <>
        <PageTitle>Offre</PageTitle>
        <ProblemNotice problem={problem} />
        <p>
          <a href="/offres">Retour aux offres</a>
        </p>
      </>
    );
  if (!loaded)
    return (
      <>
        <PageTitle>Offre</PageTitle>
        <Loading />
      </>
    );
  const { offer, eligibility, own } = loaded;
  const demandId = mine.summary?.status === 'active' ? mine.summary.id : null;
  return (
    <>
      <p class="breadcrumb">
        <a href="/offres">Offres</a>
      </p>
      <PageTitle>
        {formatTypology(offer.typology)} de {formatSurface(offer.surface)} à {offer.communeName ?? offer.communeCode}
      </PageTitle>
      <p class="price">
        {formatEuros(offer.totalRent)} par mois{' '}
        <span class="muted">
          ({formatEuros(offer.rent)} de loyer + {formatEuros(offer.charges)} de charges)
        </span>
      </p>
      <Photos offer={offer} />
      <Facts
        items={[
          ['Adresse', `${offer.addressLine}, ${offer.postalCode} ${offer.communeName ?? ''}`.trim()],
          ['Surface', formatSurface(offer.surface)],
          ['Pièces principales', String(offer.mainRooms)],
          ['Étage', offer.floor === 0 ? 'rez-de-chaussée' : `${offer.floor}${offer.floor === 1 ? 'er' : 'e'} étage${offer.elevator ? ', avec ascenseur' : ', sans ascenseur'}`],
          ['Accessible en fauteuil', offer.accessible ? 'oui' : 'non'],
          ['Classe énergie', offer.energyClass],
          ['Disponible à partir du', formatDate(offer.availableFrom)],
          ['Bailleur', offer.landlordName ?? 'non précisé'],
          ['Candidatures jusqu’au', formatDate(offer.closingDate)],
          ['Candidatures reçues', plural(offer.candidacyCount, 'candidature', 'candidatures', 'aucune pour l’instant')],
        ]}
      />
      {offer.description ? <p class="description">{offer.description}</p> : null}
      {eligibility ? <EligibilityPanel eligibility={eligibility} /> : null}
      <Apply offer={offer} demandId={demandId} own={own} fits={eligibility?.fits ?? false} />
    </>
  );
}

function EligibilityPanel({ eligibility }: { eligibility: Eligibility }) {
  return (
    <section aria-labelledby="correspondance" class="card">
      <h2 id="correspondance">Votre ménage et cette offre</h2>
      {eligibility.fits ? (
        <p class="fit fit--yes">Votre ménage correspond à cette offre.</p>
      ) : (
        <div class="fit fit--no">
          <p>{eligibility.decided ? 'Votre ménage ne correspond pas à cette offre :' : 'Impossible de dire si votre ménage correspond :'}</p>
          <ul>
            {eligibility.reasons.map((r) => (
              <li key={r.fr}>{r.fr}</li>
            ))}
          </ul>
        </div>
      )}
      {eligibility.effortRate !== null ? (
        <p>
          Taux d’effort : {formatPercent(eligibility.effortRate)}
          {eligibility.effortWarning ? ' (élevé : le loyer pèserait lourd dans votre budget)' : ''}.
        </p>
      ) : null}
      {eligibility.ceilingNotice ? <p class="muted">{eligibility.ceilingNotice.fr}</p> : null}
    </section>
  );
}

function Apply({ offer, demandId, own, fits }: { offer: Offer; demandId: string | null; own: Own | null; fits: boolean }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const existing = own?.items.find((c) => c.offerId === offer.id);
  const open = own?.openCandidacies;

  if (!demandId)
    return (
      <Notice kind="info">
        Vous pourrez candidater quand votre demande sera active. <a href="/demande">Voir ma demande</a>
      </Notice>
    );
  if (existing) {
    return (
      <Notice kind="info" title="Vous avez candidaté à cette offre.">
        <a href={`/candidatures/${existing.id}`}>Voir ma candidature ({existing.statusLabel.toLowerCase()})</a>
      </Notice>
    );
  }
  if (!offer.openForCandidacies) return <Notice kind="info">Cette offre ne reçoit plus de candidatures.</Notice>;
  const full = open ? open.count >= open.max : false;

  const apply = async () => {
    setBusy(true);
    setProblem(null);
    const r = await call(api.POST('/api/v1/candidacies', { body: { demandId, offerId: offer.id } }));
    if (r.ok) return navigate(`/candidatures/${r.data.id}`);
    setBusy(false);
    setProblem(r.problem);
  };
  const reasons = (problem?.details as { reasons?: { fr: string }[] } | undefined)?.reasons;
  return (
    <section aria-labelledby="candidater" class="card">
      <h2 id="candidater">Candidater</h2>
      {open ? (
        <p>
          {open.count === 0 ? 'Vous n’avez aucune candidature en cours' : `Vous avez ${plural(open.count, 'candidature', 'candidatures')} en cours`} : {open.max} au plus en même
          temps.
          {!full && open.max - open.count === 1 ? ' Celle-ci serait la dernière possible tant qu’aucune autre ne se termine.' : ''}
        </p>
      ) : null}
      {full ? (
        <Notice kind="warning">
          Vous avez atteint la limite de {open!.max} candidatures en cours. Retirez-en une depuis <a href="/candidatures">vos candidatures</a> pour candidater à celle-ci.
        </Notice>
      ) : (
        <>
          {problem ? (
            <Notice kind="error">
              {problem.detail ?? 'La candidature n’a pas pu être enregistrée.'}
              {reasons && !problem.detail ? (
                <ul>
                  {reasons.map((r) => (
                    <li key={r.fr}>{r.fr}</li>
                  ))}
                </ul>
              ) : null}
            </Notice>
          ) : null}
          {fits ? null : <p>Votre candidature ne pourra être retenue que si votre ménage correspond à l’offre.</p>}
          <Button type="button" busy={busy} onClick={apply}>
            Candidater à cette offre
          </Button>
        </>
      )}
    </section>
  );
}

/** The landlord's photos (when given), each with its description; the sizes the API serves, the browser picks one. */
function Photos({ offer }: { offer: Offer }) {
  const photos = (offer as { photos?: Offer extends { photos: infer P } ? P : never }).photos ?? [];
  if (!photos.length) return null;
  return (
    <ul class="cards" aria-label="Photos du logement">
      {photos.map((ph, i) => (
        <li key={ph.id}>
          <img
            class="offer-photo"
            src={ph.sizes.medium}
            srcset={`${ph.sizes.small} 320w, ${ph.sizes.medium} 800w, ${ph.sizes.large} 1600w`}
            sizes="(min-width: 48rem) 46rem, 100vw"
            width={ph.width}
            height={ph.height}
            alt={ph.alt ?? `Photo ${i + 1} du logement`}
            loading={i === 0 ? 'eager' : 'lazy'}
            decoding="async"
          />
        </li>
      ))}
    </ul>
  );
}
