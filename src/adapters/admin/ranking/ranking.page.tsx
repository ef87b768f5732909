import type { OfferRankingView, RankingEntryView } from '../../../modules/candidacy/index';
import { CRITERION_STATUS_LABELS } from '../../../modules/scoring/index';
import { Pager } from '../../web/kit/pager';
import { toIsoDate } from '../../../shared/dates';
import { SortableTh, type SortState } from '../pages/sort';
import type { OfferView } from '../../../modules/offer/index';
import type { FieldError } from '../../../shared/errors';
import { Layout } from '../pages/layout';
import type { DemandFacts } from '../../../modules/demand/index';
import { ErrorBox, fieldError, FieldMessage, Flash } from '../../web/kit/boxes';
import { euros, frDate, frPercent1 } from '../../web/kit/format';
import { deName } from '../../web/kit/french';

/** Who a candidate is, for the agent who designates: the name declared on the demand and the facts that wait for a check. */
export interface Candidate {
  name: string;
  /** the declared facts that give points once checked and still wait for an agent's check (French labels) */
  toCheck: string[];
  /** declared facts an agent did not retain */
  notRetained: string[];
}

const UNCHECKED_LABELS: Record<string, string> = {
  mobility: 'mobilité professionnelle',
  dalo: 'DALO',
  calRefusal: 'refus en CAL',
  declinedAfterCal: 'logement refusé après accord de CAL',
};

export function candidatesOf(facts: ReadonlyMap<string, DemandFacts>): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  for (const [demandId, f] of facts) {
    const c = f.applicantContact;
    const entries = Object.entries(f.uncheckedFacts);
    out.set(demandId, {
      name: [c.firstName, c.lastName].filter(Boolean).join(' ') || 'Nom non renseigné',
      toCheck: entries.filter(([, state]) => state === 'to_check').map(([k]) => UNCHECKED_LABELS[k] ?? k),
      notRetained: entries.filter(([, state]) => state === 'not_retained').map(([k]) => UNCHECKED_LABELS[k] ?? k),
    });
  }
  return out;
}

/** The candidate's name, links to the file and the pieces (each opening audited, as from the demand list), and the facts to check. */
function CandidateCell({ entry, candidate }: { entry: RankingEntryView; candidate: Candidate | undefined }) {
  const file = `/admin/demandes/${entry.demandId}`;
  const name = candidate?.name ?? 'Candidat';
  return (
    <>
      <a href={file} data-testid="candidate-name">
        <strong>{name}</strong>
      </a>
      <br />
      <small>
        <a href={`${file}#pieces`}>
          Pièces<span class="visually-hidden"> {deName(name)}</span>
        </a>
      </small>
      {candidate && candidate.toCheck.length > 0 && (
        <p class="flag" data-testid="facts-to-check">
          <a href={`${file}#faits`}>
            À vérifier<span class="visually-hidden"> pour {name}</span>
          </a>{' '}
          : {candidate.toCheck.join(', ')} (0 point d’ici la vérification)
        </p>
      )}
      {candidate && candidate.notRetained.length > 0 && (
        <p class="muted">
          <small>Non retenu après vérification : {candidate.notRetained.join(', ')}</small>
        </p>
      )}
    </>
  );
}

const COMPONENTS: { key: 'als' | 'company' | 'territory' | 'balancing'; label: string }[] = [
  { key: 'als', label: 'ALS' },
  { key: 'company', label: 'Entreprise' },
  { key: 'territory', label: 'Territoire' },
  { key: 'balancing', label: 'Équilibrage' },
];

export interface RankingPageProps {
  user: { displayName: string; role: string };
  csrfToken: string;
  offer: OfferView;
  ranking: OfferRankingView;
  /** by demand id: who each candidate is */
  candidates?: ReadonlyMap<string, Candidate>;
  flash?: string | undefined;
  error?: string | undefined;
  fieldErrors?: FieldError[];
  selected?: string[];
  justification?: string;
  elsewhereJustification?: string;
  /** the recomputation form's reason, kept when it was refused */
  recomputeReason?: string;
  /** the order shown (the whole ranking is on the page, so it is sorted here); ranking order by default */
  sort?: SortState<RankingSortColumn>;
}

function Breakdown({ entry }: { entry: RankingEntryView }) {
  return (
    <details>
      <summary>Détail</summary>
      <ul>
        {entry.score.criteria.map((c) => (
          <li data-criterion={c.criterion}>
            {c.label.fr} : <strong>{c.points > 0 ? `+${c.points}` : c.points}</strong> — <span data-status={c.status}>{CRITERION_STATUS_LABELS[c.status] ?? ''}</span>{' '}
            <small>({c.fact})</small>
          </li>
        ))}
      </ul>
    </details>
  );
}

function Eligibility({ entry }: { entry: RankingEntryView }) {
  const e = entry.eligibility;
  if (!e) return <span>—</span>;
  if (!e.decided) return <span class="error">Non déterminée</span>;
  return e.fits ? (
    <span>Éligible{e.effortRate !== null ? ` (taux d’effort ${frPercent1(e.effortRate)})` : ''}</span>
  ) : (
    <span class="error" title={e.reasons.map((r) => r.fr).join(' ; ')}>
      Non éligible : {e.reasons.map((r) => r.fr).join(' ; ')}
    </span>
  );
}

/** Columns the ranking may be shown sorted by (whitelist). */
export const RANKING_SORT_COLUMNS = ['rank', 'total', 'registration'] as const;
export type RankingSortColumn = (typeof RANKING_SORT_COLUMNS)[number];
export const DEFAULT_RANKING_SORT: SortState<RankingSortColumn> = { column: 'rank', dir: 'asc' };

function sortRanking(items: readonly RankingEntryView[], sort: SortState<RankingSortColumn>): RankingEntryView[] {
  const key = (e: RankingEntryView): number | string => (sort.column === 'total' ? e.score.total : sort.column === 'registration' ? e.registrationDate : e.rank);
  const factor = sort.dir === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka === kb ? a.rank - b.rank : (ka < kb ? -1 : 1) * factor;
  });
}

/** An offer's candidates in ranking order, with the designation and transmission forms. */
export function RankingPage({
  user,
  csrfToken,
  offer,
  ranking,
  candidates = new Map(),
  flash,
  error,
  fieldErrors = [],
  selected = [],
  justification = '',
  elsewhereJustification = '',
  recomputeReason = '',
  sort = DEFAULT_RANKING_SORT,
}: RankingPageProps) {
  const items = sortRanking(ranking.items, sort);
  const base = `/admin/offres/${offer.id}/classement`;
  const th = (label: string, column: RankingSortColumn) => <SortableTh label={label} column={column} sort={sort} base={base} params={{}} />;
  const title = `Classement — T${offer.typology} ${offer.communeName ?? offer.communeCode}`;
  const designable = ranking.items.filter((i) => i.designable);
  const designated = ranking.items.filter((i) => i.status === 'designated');
  const canDesignate = ranking.actions.designate;
  const justificationError = fieldError(fieldErrors, 'justification');
  const elsewhereError = fieldError(fieldErrors, 'elsewhereJustification');
  const selectionError = fieldError(fieldErrors, 'candidacyIds');
  const reasonError = fieldError(fieldErrors, 'reason');
  const flaggedDesignable = designable.filter((i) => i.designatedElsewhere?.length);
  const canRecompute = ranking.actions.recompute;
  const waiting = ranking.items.filter((i) => (candidates.get(i.demandId)?.toCheck.length ?? 0) > 0).length;
  return (
    <Layout
      title={title}
      user={user}
      csrfToken={csrfToken}
      current="/admin/classements"
      breadcrumbs={[{ href: '/admin', label: 'Tableau de bord' }, { href: '/admin/classements', label: 'Classements' }, { label: title }]}
    >
      <h1>{title}</h1>
      <Flash message={flash} />
      <ErrorBox message={error} />
      <section class="card" aria-labelledby="offre">
        <h2 id="offre">L’offre</h2>
        <p>
          {offer.addressLine}, {offer.postalCode} {offer.communeName} · {euros(offer.rent)} + {euros(offer.charges)} de charges ·{' '}
          <span data-testid="offer-status">{offer.statusLabel}</span> · clôture le {frDate(offer.closingDate)}
        </p>
        <p>
          <strong data-testid="candidacy-count">{ranking.candidacyCount}</strong> candidature{ranking.candidacyCount > 1 ? 's' : ''} {ranking.frozen ? 'classée' : 'en lice'}
          {ranking.candidacyCount > 1 && ranking.frozen ? 's' : ''} · classement {ranking.frozen ? 'arrêté' : 'calculé'} au {frDate(ranking.referenceDate)}
          {ranking.round > 0 ? ` · désignation n° ${ranking.round}` : ''} · <a href={`/admin/offres/${offer.id}`}>Fiche de l’offre</a>
        </p>
        {ranking.frozen && (
          <p class="notice" data-testid="frozen-ranking">
            {ranking.frozen.notice} Les faits modifiés depuis ne changent plus ce classement.
          </p>
        )}
        {offer.openForCandidacies && <p class="notice">Les candidatures sont ouvertes : la désignation se fait une fois l’offre clôturée.</p>}
      </section>

      <form method="post" action={`/admin/offres/${offer.id}/classement/designation`} class="card" aria-labelledby="candidats">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <h2 id="candidats">Candidats par ordre de classement</h2>
        {waiting > 0 && (
          <p class="notice" data-testid="waiting-checks">
            {waiting === 1 ? 'Un candidat a' : `${waiting} candidats ont`} déclaré des faits qui attendent une vérification : ils ne comptent pas dans le total tant qu’un
            collaborateur ne les a pas vérifiés sur la demande.
          </p>
        )}
        {ranking.items.length === 0 ? (
          <p>Aucune candidature en lice.</p>
        ) : (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
            <table class="cards-table" aria-describedby={selectionError ? 'selection-error' : undefined}>
              <thead>
                <tr>
                  <th scope="col">Désigner</th>
                  {th('Rang', 'rank')}
                  <th scope="col">Candidat</th>
                  {th('Total', 'total')}
                  <th scope="col">Composantes</th>
                  {th('Inscription', 'registration')}
                  <th scope="col">État</th>
                  <th scope="col">Ailleurs</th>
                  <th scope="col">Éligibilité</th>
                  <th scope="col">Critères</th>
                </tr>
              </thead>
              <tbody>
                {items.map((entry) => (
                  <tr data-candidacy={entry.candidacyId} data-rank={entry.rank}>
                    <td data-label="Désigner">
                      <input
                        type="checkbox"
                        name="candidacyIds"
                        value={entry.candidacyId}
                        id={`c-${entry.candidacyId}`}
                        aria-label={`Désigner ${candidates.get(entry.demandId)?.name ?? 'le candidat'}, candidat classé ${entry.rank}`}
                        disabled={!entry.designable || !canDesignate}
                        checked={selected.includes(entry.candidacyId)}
                      />
                    </td>
                    <td data-label="Rang">{entry.rank}</td>
                    <td data-label="Candidat" data-testid="candidate">
                      <CandidateCell entry={entry} candidate={candidates.get(entry.demandId)} />
                    </td>
                    <td data-label="Total" data-testid="total">
                      <strong>{entry.score.total}</strong>
                    </td>
                    <td data-label="Composantes" data-testid="components">
                      <small>
                        {COMPONENTS.map((c, i) => (
                          <>
                            {i > 0 && <br />}
                            {c.label} {entry.score.components[c.key]}
                          </>
                        ))}
                      </small>
                    </td>
                    <td data-label="Inscription">{frDate(entry.registrationDate)}</td>
                    <td data-label="État" data-testid="status">
                      {entry.statusLabel}
                    </td>
                    <td data-label="Ailleurs" data-testid="elsewhere">
                      {entry.designatedElsewhereNotice ? <strong class="error">{entry.designatedElsewhereNotice}</strong> : '—'}
                    </td>
                    <td data-label="Éligibilité" data-testid="eligibility">
                      <Eligibility entry={entry} />
                    </td>
                    <td data-label="Critères">
                      <Breakdown entry={entry} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <FieldMessage id="selection-error" fields={fieldErrors} name="candidacyIds" />
        {canDesignate && (
          <div style="max-width:640px;margin-top:1rem">
            <label for="justification">Justification (obligatoire pour désigner hors de l’ordre du classement)</label>
            <textarea
              id="justification"
              name="justification"
              rows={3}
              maxLength={2000}
              aria-invalid={justificationError ? 'true' : undefined}
              aria-describedby={justificationError ? 'justification-error' : undefined}
            >
              {justification}
            </textarea>
            <FieldMessage id="justification-error" fields={fieldErrors} name="justification" />
            {(flaggedDesignable.length > 0 || elsewhereError) && (
              <>
                <label for="elsewhereJustification">
                  Justification de la désignation d’un candidat déjà désigné ou transmis sur une autre offre (obligatoire pour le désigner aussi ici)
                </label>
                <textarea
                  id="elsewhereJustification"
                  name="elsewhereJustification"
                  rows={3}
                  maxLength={2000}
                  aria-invalid={elsewhereError ? 'true' : undefined}
                  aria-describedby={elsewhereError ? 'elsewhereJustification-error' : undefined}
                >
                  {elsewhereJustification}
                </textarea>
                <FieldMessage id="elsewhereJustification-error" fields={fieldErrors} name="elsewhereJustification" />
              </>
            )}
            <p>
              <button class="primary" type="submit">
                Désigner les candidats sélectionnés (1 à 3)
              </button>
            </p>
          </div>
        )}
      </form>

      {canRecompute && (
        <form method="post" action={`/admin/offres/${offer.id}/classement/recalcul`} class="card stack" aria-labelledby="recalcul">
          <input type="hidden" name="_csrf" value={csrfToken} />
          <h2 id="recalcul">Recalculer le classement</h2>
          <p>
            Le classement a été arrêté à la clôture de l’offre. Avant de désigner, vous pouvez le recalculer pour prendre en compte un fait corrigé (les faits sont relus à ce jour,
            à la même date de référence) : le motif est obligatoire et conservé au journal d’audit.
          </p>
          <div>
            <label for="reason">Motif du recalcul (10 caractères au moins)</label>
            <textarea
              id="reason"
              name="reason"
              rows={2}
              maxLength={1000}
              required
              aria-invalid={reasonError ? 'true' : undefined}
              aria-describedby={reasonError ? 'reason-error' : undefined}
            >
              {recomputeReason}
            </textarea>
            <FieldMessage id="reason-error" fields={fieldErrors} name="reason" />
          </div>
          <div>
            <input type="checkbox" id="confirm-recompute" name="confirm" value="oui" required />{' '}
            <label for="confirm-recompute">Je confirme vouloir remplacer le classement arrêté à la clôture par un nouveau calcul.</label>
            <FieldMessage id="confirm-error" fields={fieldErrors} name="confirm" />
          </div>
          <p>
            <button type="submit">Recalculer le classement</button>
          </p>
        </form>
      )}

      {ranking.actions.transmit && (
        <form method="post" action={`/admin/offres/${offer.id}/classement/transmission`} class="card" aria-labelledby="transmission">
          <input type="hidden" name="_csrf" value={csrfToken} />
          <h2 id="transmission">Transmission au bailleur</h2>
          <p>
            {designated.length === 1 ? '1 candidat désigné' : `${designated.length} candidats désignés`} :{' '}
            {designated.map((d) => `${candidates.get(d.demandId)?.name ?? 'candidat'} (rang ${d.rank})`).join(', ')}.
          </p>
          <p>Vous confirmerez à l’étape suivante, qui détaille ce que la transmission entraîne.</p>
          <button class="primary" type="submit">
            Transmettre au bailleur…
          </button>
        </form>
      )}

      {offer.actions.republish && (
        <form method="post" action={`/admin/offres/${offer.id}/classement/republication`} class="card stack" aria-labelledby="republication">
          <input type="hidden" name="_csrf" value={csrfToken} />
          <h2 id="republication">Republier l’offre</h2>
          <p>Possible lorsque tous les candidats désignés se sont retirés, ont été refusés en CAL ou ont refusé le logement.</p>
          <div>
            <label for="closingDate">Nouvelle date de clôture</label>
            <input id="closingDate" name="closingDate" type="date" required aria-describedby={fieldError(fieldErrors, 'closingDate') ? 'closingDate-error' : undefined} />
            <FieldMessage id="closingDate-error" fields={fieldErrors} name="closingDate" />
          </div>
          <div>
            <label for="reason">Motif (facultatif)</label>
            <input id="reason" name="reason" maxLength={1000} />
          </div>
          <p>
            <button type="submit">Republier</button>
          </p>
        </form>
      )}

      {ranking.others.length > 0 && (
        <section class="card" aria-labelledby="autres">
          <h2 id="autres">Hors classement</h2>
          <ul>
            {ranking.others.map((o) => (
              <li>
                Candidature du {frDate(new Date(o.submittedAt).toISOString())} : {o.statusLabel}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}

/** The offers whose candidates agents rank: published, closed, designated, transmitted. */
/** Columns the list of offers to rank may be sorted by (whitelist). */
export const RANKINGS_SORT_COLUMNS = ['recent', 'closing'] as const;

export function RankingsPage({
  user,
  csrfToken,
  offers,
  page,
  sort,
}: {
  user: { displayName: string; role: string };
  csrfToken: string;
  offers: OfferView[];
  page: { page: number; pageSize: number; total: number };
  sort: SortState<(typeof RANKINGS_SORT_COLUMNS)[number]>;
}) {
  const params = { sort: sort.column, dir: sort.dir };
  return (
    <Layout
      title="Classements"
      user={user}
      csrfToken={csrfToken}
      current="/admin/classements"
      breadcrumbs={[{ href: '/admin', label: 'Tableau de bord' }, { label: 'Classements' }]}
    >
      <h1>Classements des candidats</h1>
      <section class="card">
        {offers.length === 0 ? (
          <p>Aucune offre publiée ou en cours de désignation.</p>
        ) : (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
            <table class="cards-table">
              <thead>
                <tr>
                  <th scope="col">Logement</th>
                  <th scope="col">État</th>
                  <SortableTh label="Clôture" column="closing" sort={sort} base="/admin/classements" params={{}} />
                  <th scope="col">Candidatures</th>
                  <SortableTh label="Dernier changement" column="recent" sort={sort} base="/admin/classements" params={{}} />
                  <th scope="col">Classement</th>
                </tr>
              </thead>
              <tbody>
                {offers.map((o) => (
                  <tr>
                    <td data-label="Logement">
                      T{o.typology} · {o.communeName ?? o.communeCode} · {euros(o.totalRent)}
                    </td>
                    <td data-label="État">{o.statusLabel}</td>
                    <td data-label="Clôture">{frDate(o.closingDate)}</td>
                    <td data-label="Candidatures">{o.candidacyCount}</td>
                    <td data-label="Dernier changement">{frDate(toIsoDate(o.publishedAt ?? o.updatedAt))}</td>
                    <td data-label="Classement">
                      <a href={`/admin/offres/${o.id}/classement`}>
                        Voir le classement
                        <span class="visually-hidden">
                          {' '}
                          : T{o.typology} {o.communeName ?? o.communeCode}
                        </span>
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager base="/admin/classements" params={params} page={page.page} pageSize={page.pageSize} total={page.total} noun="offre" />
      </section>
    </Layout>
  );
}
