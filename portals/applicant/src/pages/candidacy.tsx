import { useEffect, useState } from 'preact/hooks';
import { api, call, type Problem } from '../../../shared/api/client';
import type { paths } from '../../../shared/api/schema';
import { formatDate, formatDateTime, formatEuros, formatNumber, formatTypology, plural } from '../../../shared/format';
import { Button, Loading, Notice, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import type { PageProps } from '../app';

/**
 * A candidacy (GET /candidacies/{id}): its status, the rank among the offer's candidacies and their
 * number, the score criterion by criterion as the platform words it, the dated timeline; withdraw
 * (before it is transmitted to the landlord) after a confirmation.
 */

type Candidacy = paths['/api/v1/candidacies/{id}']['get']['responses'][200]['content']['application/json'];
type Criterion = NonNullable<Candidacy['score']>['criteria'][number];

const WITHDRAWABLE: Candidacy['status'][] = ['submitted', 'designated'];

const CRITERION_STATUS: Record<Criterion['status'], string> = {
  met: 'rempli',
  partly_met: 'en partie rempli',
  not_met: 'non rempli',
  to_check: 'déclaré, à vérifier par un agent',
};

const COMPONENT: Record<Criterion['component'], string> = {
  als: 'Critères nationaux (ALS)',
  company: 'Votre employeur',
  territory: 'Critères du territoire',
  balancing: 'Équilibre entre les réservataires',
};

const ordinal = (n: number) => (n === 1 ? '1er' : `${n}e`);

export default function CandidacyPage({ params }: PageProps) {
  const [candidacy, setCandidacy] = useState<Candidacy | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  useDocumentTitle(candidacy ? `Candidature : ${formatTypology(candidacy.offer.typology)} à ${candidacy.offer.communeName ?? candidacy.offer.communeCode}` : 'Candidature');

  useEffect(() => {
    let live = true;
    void call(api.GET('/api/v1/candidacies/{id}', { params: { path: { id: params.id! } } })).then((r) => {
      if (!live) return;
      if (r.ok) setCandidacy(r.data);
      else setProblem(r.problem);
    });
    return () => {
      live = false;
    };
  }, [params.id]);

  if (problem)
    return (
      <>
        <PageTitle>Candidature</PageTitle>
        <ProblemNotice problem={problem} />
        <p>
          <a href="/candidatures">Mes candidatures</a>
        </p>
      </>
    );
  if (!candidacy)
    return (
      <>
        <PageTitle>Candidature</PageTitle>
        <Loading />
      </>
    );
  const c = candidacy;
  const rank = c.frozenRanking ? c.frozenRanking.finalRank : c.rank;
  const count = c.frozenRanking ? c.frozenRanking.candidacyCount : c.candidacyCount;
  return (
    <>
      <p class="breadcrumb">
        <a href="/candidatures">Mes candidatures</a>
      </p>
      <PageTitle>
        Candidature : {formatTypology(c.offer.typology)} à {c.offer.communeName ?? c.offer.communeCode}
      </PageTitle>
      <p class="price">
        {formatEuros(c.offer.rent + c.offer.charges)} par mois, charges comprises · <a href={`/offres/${c.offerId}`}>voir l’offre</a>
      </p>

      <section aria-labelledby="rang" class="card rank">
        <h2 id="rang">Où en est ma candidature</h2>
        <p>
          <span class={`status status--${c.status}`}>{c.statusLabel}</span>
        </p>
        {rank !== null ? (
          <p class="rank-figure">
            Vous êtes <strong>{ordinal(rank)}</strong> sur {plural(count, 'candidature', 'candidatures')}.
          </p>
        ) : (
          <p>{plural(count, 'candidature', 'candidatures', 'Aucune candidature')} sur cette offre.</p>
        )}
        {c.frozenRanking ? (
          <p class="muted">{c.frozenRanking.notice}</p>
        ) : (
          <p class="muted">Classement au {formatDate(c.referenceDate)} : il peut changer jusqu’à la clôture des candidatures.</p>
        )}
      </section>

      {c.score ? <Score score={c.score} /> : null}

      <section aria-labelledby="historique" class="card">
        <h2 id="historique">Historique</h2>
        <ol class="timeline">
          {c.timeline.map((t, i) => (
            <li key={`${t.at}-${i}`}>
              <time dateTime={t.at}>{formatDateTime(t.at)}</time> : {t.label}
              {t.reason ? <span class="muted"> ({t.reason})</span> : null}
            </li>
          ))}
        </ol>
      </section>

      {c.status === 'cal_accepted' ? <Proposal candidacy={c} onDone={setCandidacy} /> : null}
      {WITHDRAWABLE.includes(c.status) ? <Withdraw candidacy={c} onDone={setCandidacy} /> : null}
      {c.status === 'withdrawn' ? (
        <Notice kind="info">
          Vous avez retiré cette candidature. <a href="/offres">Voir les offres</a>
        </Notice>
      ) : null}
      {c.status === 'proposal_accepted' ? <Notice kind="success">Vous avez accepté ce logement. La signature du bail se fait avec le bailleur.</Notice> : null}
      {c.status === 'proposal_declined' ? (
        <Notice kind="info">
          Vous avez refusé ce logement. <a href="/offres">Voir les offres</a>
        </Notice>
      ) : null}
    </>
  );
}

function Score({ score }: { score: NonNullable<Candidacy['score']> }) {
  return (
    <section aria-labelledby="score" class="card">
      <h2 id="score">Mon score : {formatNumber(score.total)} points</h2>
      <table class="criteria">
        <caption>Le score critère par critère</caption>
        <thead>
          <tr>
            <th scope="col">Critère</th>
            <th scope="col">Points</th>
          </tr>
        </thead>
        <tbody>
          {score.criteria.map((k) => (
            <tr key={`${k.component}-${k.criterion}`}>
              <th scope="row">
                <span class="criterion">{k.label.fr}</span>
                <span class="muted"> · {COMPONENT[k.component]}</span>
                <span class="fact">
                  {k.fact} ({CRITERION_STATUS[k.status]})
                </span>
              </th>
              <td>{formatNumber(k.points)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The home proposed after the CAL accepted the candidacy: accept it, or decline it after a
 * confirmation that says the consequence (the score criterion the platform applies to a declined
 * home, as it names it in the candidacy's own score).
 */
function Proposal({ candidacy, onDone }: { candidacy: Candidacy; onDone: (c: Candidacy) => void }) {
  const [declining, setDeclining] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const declinedCriterion = candidacy.score?.criteria.find((k) => k.criterion === 'als.declined_after_cal');
  const answer = async (accept: boolean) => {
    setBusy(true);
    setProblem(null);
    const path = { params: { path: { id: candidacy.id } } };
    const r = accept
      ? await call(api.POST('/api/v1/candidacies/{id}/accept-proposal', path))
      : await call(api.POST('/api/v1/candidacies/{id}/decline-proposal', { ...path, body: {} }));
    setBusy(false);
    if (!r.ok) return setProblem(r.problem);
    setDeclining(false);
    onDone(r.data);
  };
  return (
    <section aria-labelledby="proposition" class="card">
      <h2 id="proposition">Le logement vous est proposé</h2>
      <p>La commission d’attribution a retenu votre candidature{candidacy.calRank ? ` au rang ${candidacy.calRank}` : ''}. Dites au bailleur si vous acceptez ce logement.</p>
      <ProblemNotice problem={problem} />
      {declining ? (
        <div role="group" aria-labelledby="refus-question">
          <p id="refus-question">
            Refuser ce logement ?{' '}
            {declinedCriterion
              ? `Un refus après l’accord de la commission compte contre vous dans le score de vos autres candidatures (critère « ${declinedCriterion.label.fr} »).`
              : 'Un refus après l’accord de la commission compte contre vous dans le score de vos autres candidatures.'}
          </p>
          <div class="actions">
            <Button type="button" variant="danger" busy={busy} onClick={() => answer(false)}>
              Oui, refuser ce logement
            </Button>
            <Button type="button" variant="secondary" onClick={() => setDeclining(false)}>
              Non, revenir
            </Button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <Button type="button" busy={busy} onClick={() => answer(true)}>
            Accepter ce logement
          </Button>
          <Button type="button" variant="secondary" onClick={() => setDeclining(true)}>
            Refuser ce logement…
          </Button>
        </div>
      )}
    </section>
  );
}

function Withdraw({ candidacy, onDone }: { candidacy: Candidacy; onDone: (c: Candidacy) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const withdraw = async () => {
    setBusy(true);
    const r = await call(api.POST('/api/v1/candidacies/{id}/withdraw', { params: { path: { id: candidacy.id } }, body: {} }));
    setBusy(false);
    if (!r.ok) return setProblem(r.problem);
    setConfirming(false);
    onDone(r.data);
  };
  return (
    <section aria-labelledby="retrait" class="card">
      <h2 id="retrait">Retirer ma candidature</h2>
      <ProblemNotice problem={problem} />
      {confirming ? (
        <div role="group" aria-labelledby="retrait-question">
          <p id="retrait-question">Retirer votre candidature ? Vous ne serez plus classé sur cette offre ; vous pourrez candidater à une autre.</p>
          <div class="actions">
            <Button type="button" variant="danger" busy={busy} onClick={withdraw}>
              Oui, retirer ma candidature
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              Non, la garder
            </Button>
          </div>
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
          Retirer ma candidature…
        </Button>
      )}
    </section>
  );
}
