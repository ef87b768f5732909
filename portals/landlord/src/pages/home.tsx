import { api, call } from '../../../shared/api/client';
import { formatDate, formatNumber } from '../../../shared/format';
import { Loading, Notice, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import type { PageProps } from '../app';
import { offerTitle, type OfferItem } from '../labels';
import { useLoad } from '../load';
import { BASE, offerPath } from '../paths';
import { currentLandlordId } from '../state';
import type { paths } from '../../../shared/api/schema';

/**
 * The landlord's home, in one read of the API (GET /landlords/{id}/summary): the reservation
 * agreements of the year by département (units owed, published, allocated, and the gap in the
 * platform's words), then the offers waiting for them: sent back by Action Logement with a message,
 * and transmitted with candidates to decide on.
 */

type Summary = paths['/api/v1/landlords/{id}/summary']['get']['responses'][200]['content']['application/json'];
type Agreement = Summary['agreements'][number];

export default function HomePage(_: PageProps) {
  useDocumentTitle('Accueil');
  const landlordId = currentLandlordId()!;
  const summary = useLoad(() => call(api.GET('/api/v1/landlords/{id}/summary', { params: { path: { id: landlordId } } })), [landlordId]);
  const s = summary.data;
  return (
    <>
      <PageTitle>Accueil</PageTitle>
      {summary.loading && !s ? <Loading /> : null}
      <ProblemNotice problem={summary.problem} />
      {s ? (
        <>
          <section aria-labelledby="conventions">
            <h2 id="conventions">Vos conventions {s.year}</h2>
            {!s.agreements.length ? (
              <p>Aucune convention de réservation n’est enregistrée pour votre organisme cette année. Action Logement les saisit à leur signature.</p>
            ) : (
              <AgreementsTable agreements={s.agreements} />
            )}
          </section>
          <section aria-labelledby="en-attente">
            <h2 id="en-attente">Offres qui vous attendent</h2>
            <Waiting back={s.waiting.sentBack} transmitted={s.waiting.toDecide} />
            <p>
              <a href={`${BASE}/offres/nouvelle`}>Proposer un nouveau logement</a>
            </p>
          </section>
        </>
      ) : null}
    </>
  );
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
              <th scope="col" class="num">
                Dus
              </th>
              <th scope="col" class="num">
                Publiés
              </th>
              <th scope="col" class="num">
                Attribués
              </th>
              <th scope="col" class="num">
                Reste à proposer
              </th>
            </tr>
          </thead>
          <tbody>
            {agreements.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  {a.departementName} ({a.departement})
                </th>
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
        {agreements.map((a) => (
          <li key={a.id}>{a.gapSentence}</li>
        ))}
      </ul>
    </>
  );
}

function Waiting({ back, transmitted }: { back: Summary['waiting']['sentBack']; transmitted: OfferItem[] }) {
  if (!back.length && !transmitted.length) return <Notice kind="info">Aucune offre n’attend d’action de votre part.</Notice>;
  return (
    <ul class="cards">
      {back.map(({ offer, message, at }) => (
        <li key={offer.id} class="card">
          <h3>
            <a href={offerPath(offer.id)}>{offerTitle(offer)}</a>
          </h3>
          <p>
            <span class="status status--sent-back">Renvoyée le {formatDate(at)}</span>
          </p>
          {message ? <blockquote class="message">{message}</blockquote> : null}
          <p>
            <a href={offerPath(offer.id, 'modifier')}>Modifier l’offre et la soumettre à nouveau</a>
          </p>
        </li>
      ))}
      {transmitted.map((offer) => (
        <li key={offer.id} class="card">
          <h3>
            <a href={offerPath(offer.id)}>{offerTitle(offer)}</a>
          </h3>
          <p>
            <span class="status">Candidats transmis</span> : décisions de la commission d’attribution à enregistrer.
          </p>
          <p>
            <a href={offerPath(offer.id, 'candidats')}>Voir les candidats</a> · <a href={offerPath(offer.id, 'decisions')}>Enregistrer les décisions</a>
          </p>
        </li>
      ))}
    </ul>
  );
}
