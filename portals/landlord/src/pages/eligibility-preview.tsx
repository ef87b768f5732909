import { api, call } from '../../../shared/api/client';
import { formatEuros, formatNumber } from '../../../shared/format';
import { Loading } from '../../../shared/ui';
import { useLoad } from '../load';

/**
 * Which households the offer suits, as the platform computes it (GET /offers/{id}/eligibility-summary):
 * the income ceiling of each household category for the offer's financing and zone, and how many
 * occupants the home takes. Figures and wording of the rule come from the API.
 */
export function EligibilityPreview({ offerId }: { offerId: string }) {
  const summary = useLoad(() => call(api.GET('/api/v1/offers/{id}/eligibility-summary', { params: { path: { id: offerId } } })), [offerId]);
  return (
    <section aria-labelledby="menages" class="card">
      <h2 id="menages">À quels ménages ce logement convient</h2>
      {summary.loading && !summary.data ? <Loading label="Calcul en cours…" /> : null}
      {summary.problem ? <p class="muted">L’aperçu n’est pas disponible pour le moment.</p> : null}
      {summary.data ? (
        <>
          {summary.data.occupants ? (
            <p>
              De {formatNumber(summary.data.occupants.min)} à {formatNumber(summary.data.occupants.max)} occupants (ni suroccupation, ni sous-occupation).
            </p>
          ) : null}
          {summary.data.ceilingNotice ? <p class="muted">{summary.data.ceilingNotice.fr}</p> : null}
          {summary.data.ceilingsApply ? (
            <div class="table-wrap" tabIndex={0} role="region" aria-label="Plafonds de ressources">
              <table class="data">
                <caption>
                  Plafonds de ressources {summary.data.ceilingYear ?? summary.data.year} ({summary.data.financing}, revenu fiscal de référence annuel)
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Catégorie de ménage</th>
                    <th scope="col" class="num">
                      Plafond
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {summary.data.ceilings.map((c) => (
                    <tr key={c.category}>
                      <th scope="row">Catégorie {c.category}</th>
                      <td class="num">{c.ceiling === null ? 'non publié' : formatEuros(c.ceiling)}</td>
                    </tr>
                  ))}
                  {summary.data.extraPerson !== null ? (
                    <tr>
                      <th scope="row">Par personne en plus</th>
                      <td class="num">+ {formatEuros(summary.data.extraPerson)}</td>
                    </tr>
                  ) : null}
                </tbody>
              </table>
            </div>
          ) : (
            <p>Aucun plafond de ressources ne s’applique à ce financement.</p>
          )}
        </>
      ) : null}
    </section>
  );
}
