import { api, call } from '../../../shared/api/client';
import { formatDate, formatNumber, plural } from '../../../shared/format';
import { Loading, Notice, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import type { PageProps } from '../app';
import { offerTitle, sentBack, type Agreement, type OfferItem } from '../labels';
import { useLoad } from '../load';
import { BASE, offerPath } from '../paths';
import { currentLandlordId } from '../state';

/**
 * The landlord's home: the reservation agreements of the year by département (units owed, published,
 * allocated, and what remains to propose), then the offers waiting for them: sent back by Action
 * Logement with a message, and transmitted with candidates to decide on.
 */

const YEAR = new Date().getFullYear();

export default function HomePage(_: PageProps) {
  useDocumentTitle('Accueil');
  const landlordId = currentLandlordId()!;
  const agreements = useLoad(() => call(api.GET('/api/v1/landlords/{id}/agreements', { params: { path: { id: landlordId } } })), [landlordId]);
  const waiting = useLoad(async () => {
    const [drafts, transmitted] = await Promise.all([
      call(api.GET('/api/v1/offers', { params: { query: { status: ['draft'], pageSize: 100 } } })),
      call(api.GET('/api/v1/offers', { params: { query: { status: ['transmitted'], pageSize: 100 } } })),
    ]);
    if (!drafts.ok) return drafts;
    if (!transmitted.ok) return transmitted;
    // a draft is "sent back" when its last step is a send-back (its message is in the history)
    const histories = await Promise.all(drafts.data.items.map((o) => call(api.GET('/api/v1/offers/{id}/history', { params: { path: { id: o.id } } }))));
    const back = drafts.data.items.flatMap((offer, i) => {
      const h = histories[i]!;
      const entry = h.ok ? sentBack(offer, h.data) : null;
      return entry ? [{ offer, message: entry.reason, at: entry.at }] : [];
    });
    return { ok: true as const, data: { back, transmitted: transmitted.data.items }, response: transmitted.response };
  }, []);

  const all = agreements.data ?? [];
  const year = all.some((a) => a.year === YEAR) ? YEAR : Math.max(0, ...all.map((a) => a.year));
  const ofYear = all.filter((a) => a.year === year).sort((a, b) => a.departement.localeCompare(b.departement));

  return (
    <>
      <PageTitle>Accueil</PageTitle>
      <section aria-labelledby="conventions">
        <h2 id="conventions">Vos conventions {year ? formatYear(year) : ''}</h2>
        {agreements.loading && !agreements.data ? <Loading label="Chargement des conventions…" /> : null}
        <ProblemNotice problem={agreements.problem} />
        {agreements.data && !ofYear.length ? <p>Aucune convention de réservation n’est enregistrée pour votre organisme. Action Logement les saisit à leur signature.</p> : null}
        {ofYear.length ? <AgreementsTable agreements={ofYear} /> : null}
      </section>
      <section aria-labelledby="en-attente">
        <h2 id="en-attente">Offres qui vous attendent</h2>
        {waiting.loading && !waiting.data ? <Loading label="Chargement des offres…" /> : null}
        <ProblemNotice problem={waiting.problem} />
        {waiting.data ? <Waiting back={waiting.data.back} transmitted={waiting.data.transmitted} /> : null}
        <p><a href={`${BASE}/offres/nouvelle`}>Proposer un nouveau logement</a></p>
      </section>
    </>
  );
}

const formatYear = (year: number) => String(year);

/** « il reste 3 logements à proposer dans le département 69 », or that the agreement is met. */
function gapSentence(a: Agreement): string {
  const where = `dans le département ${a.departement}`;
  if (a.gap.toPublish > 0) return `Il reste ${plural(a.gap.toPublish, 'logement', 'logements')} à proposer ${where}.`;
  if (a.gap.surplus > 0) return `Convention remplie ${where}, avec ${plural(a.gap.surplus, 'logement proposé', 'logements proposés')} en plus.`;
  return `Convention remplie ${where}.`;
}

function AgreementsTable({ agreements }: { agreements: Agreement[] }) {
  return (
    <>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Conventions de l’année">
        <table class="data">
          <caption class="visually-hidden">Logements dus, publiés et attribués par département</caption>
          <thead>
            <tr>
              <th scope="col">Département</th>
              <th scope="col" class="num">Dus</th>
              <th scope="col" class="num">Publiés</th>
              <th scope="col" class="num">Attribués</th>
              <th scope="col" class="num">Reste à proposer</th>
            </tr>
          </thead>
          <tbody>
            {agreements.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.departement}</th>
                <td class="num">{formatNumber(a.gap.owed)}</td>
                <td class="num">{formatNumber(a.gap.published)}</td>
                <td class="num">{formatNumber(a.gap.allocated)}</td>
                <td class="num">{formatNumber(a.gap.toPublish)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul class="gaps">
        {agreements.map((a) => <li key={a.id}>{gapSentence(a)}</li>)}
      </ul>
    </>
  );
}

function Waiting({ back, transmitted }: { back: { offer: OfferItem; message: string | null; at: string }[]; transmitted: OfferItem[] }) {
  if (!back.length && !transmitted.length) return <Notice kind="info">Aucune offre n’attend d’action de votre part.</Notice>;
  return (
    <ul class="cards">
      {back.map(({ offer, message, at }) => (
        <li key={offer.id} class="card">
          <h3><a href={offerPath(offer.id)}>{offerTitle(offer)}</a></h3>
          <p><span class="status status--sent-back">Renvoyée le {formatDate(at)}</span></p>
          {message ? <blockquote class="message">{message}</blockquote> : null}
          <p><a href={offerPath(offer.id, 'modifier')}>Modifier l’offre et la soumettre à nouveau</a></p>
        </li>
      ))}
      {transmitted.map((offer) => (
        <li key={offer.id} class="card">
          <h3><a href={offerPath(offer.id)}>{offerTitle(offer)}</a></h3>
          <p><span class="status">Candidats transmis</span> : décisions de la commission d’attribution à enregistrer.</p>
          <p><a href={offerPath(offer.id, 'candidats')}>Voir les candidats</a> · <a href={offerPath(offer.id, 'decisions')}>Enregistrer les décisions</a></p>
        </li>
      ))}
    </ul>
  );
}
