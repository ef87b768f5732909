import { employeeActions, type EmployeeCandidacyView, type EmployeeView, type PolicyView, type QuotaView } from '../../../modules/company-space/index';
import type { CandidacyStatus } from '../../../modules/candidacy/index';
import type { Page } from '../../../shared/pagination';
import { Pager } from '../../web/kit/pager';
import { FLASH } from '../labels';
import { frDate, frDateTime, frDay, frNumber, typologyLabel } from '../../web/kit/format';
import { employeeCandidacyStatusLabel, VALIDATION_STATUS_LABELS } from '../../web/kit/labels';
import { PortalLayout } from './layout';
import { describedBy, FieldError, Flash as FlashBox, ErrorLine } from '../../web/kit/boxes';
import { deName, plural, pluralWord } from '../../web/kit/french';

/** What every signed-in page shows in its frame. */
export interface Frame {
  user: { displayName: string };
  csrfToken: string;
  companyName: string;
}

type Errors = Record<string, string>;
const HOME = { href: '/entreprise', label: 'Accueil' };

/** The SIRET as people read it: « 552 100 554 00013 ». */
const siretText = (s: string) => (s.length === 14 ? `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6, 9)} ${s.slice(9)}` : s);

/** What the applicant declared of the job: what the manager confirms by validating. */
function Declaration({ declaration: d, headingLevel = 3 }: { declaration: EmployeeView['declaration']; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h4';
  if (!d) return <p class="field-hint">Le salarié n’a pas précisé son emploi dans sa demande.</p>;
  return (
    <div class="declaration" data-testid="declaration">
      <H>Ce que le salarié a déclaré</H>
      <dl class="grid">
        <div>
          <dt>Emploi</dt>
          <dd>{d.profession ?? 'Non précisé'}</dd>
        </div>
        <div>
          <dt>Contrat</dt>
          <dd>{d.contract ?? 'Non précisé'}</dd>
        </div>
        <div>
          <dt>Depuis le</dt>
          <dd>{d.startDate ? frDate(d.startDate) : 'Non précisé'}</dd>
        </div>
        <div>
          <dt>Lieu de travail</dt>
          <dd>
            {d.workplaceCommune ? (d.workplaceCommune.name ? `${d.workplaceCommune.name} (${d.workplaceCommune.code})` : `Commune n° ${d.workplaceCommune.code}`) : 'Non précisé'}
          </dd>
        </div>
        <div>
          <dt>Établissement (SIRET)</dt>
          <dd>{d.employerSiret ? siretText(d.employerSiret) : 'Non précisé'}</dd>
        </div>
      </dl>
    </div>
  );
}

/** The message of a decision, from its `?ok=` key. */
const Flash = ({ flash }: { flash?: string | undefined }) => <FlashBox message={flash ? FLASH[flash] : undefined} />;

function Quotas({ year, quotas }: { year: number; quotas: QuotaView[] }) {
  return (
    <section class="card" aria-labelledby="quotas">
      <h2 id="quotas">Quotas {year}</h2>
      <ul class="quota-list" data-testid="quotas">
        {quotas.map((q) => (
          <li data-tranche={q.tranche}>
            Tranche {q.tranche}
            <span class="quota-left" data-testid={`quota-left-${q.tranche}`}>
              {q.left}
            </span>
            {pluralWord(q.left, 'restante')} sur {q.quota} ({plural(q.used, 'accordée')})
          </li>
        ))}
      </ul>
    </section>
  );
}

export function HomePage({
  frame,
  spaceStatus,
  year,
  quotas,
  pending,
  validated,
}: {
  frame: Frame;
  spaceStatus: string;
  year: number;
  quotas: QuotaView[];
  pending: number;
  validated: number;
}) {
  return (
    <PortalLayout title="Accueil" {...frame} current="/entreprise">
      <h1>Espace entreprise</h1>
      <p>
        Espace : <strong>{spaceStatus}</strong>
      </p>
      <div class="grid">
        <p class="card">
          <a href="/entreprise/demandes">
            <strong data-testid="pending-count">{pending}</strong> {pluralWord(pending, 'demande')} de validation à traiter
          </a>
        </p>
        <p class="card">
          <a href="/entreprise/salaries">
            <strong>{validated}</strong> {pluralWord(validated, 'salarié validé', 'salariés validés')}
          </a>
        </p>
      </div>
      <Quotas year={year} quotas={quotas} />
    </PortalLayout>
  );
}

export function RequestsPage({
  frame,
  result,
  flash,
  failed,
}: {
  frame: Frame;
  result: Page<EmployeeView>;
  flash?: string | undefined;
  /** a refusal sent without its reason: shown next to that request's field, with what was typed */
  failed?: { demandId: string; message: string; reason: string } | undefined;
}) {
  return (
    <PortalLayout title="Demandes à valider" {...frame} current="/entreprise/demandes" breadcrumbs={[HOME, { label: 'Demandes à valider' }]}>
      <h1>Demandes de validation</h1>
      <Flash flash={flash} />
      <p>Ces salariés ont déclaré votre entreprise comme employeur dans leur demande de logement. Confirmez qu’ils travaillent chez vous, ou refusez en indiquant le motif.</p>
      {result.items.length === 0 ? (
        <p>Aucune demande à traiter.</p>
      ) : (
        <ul class="employee-list" data-testid="requests">
          {result.items.map((e) => {
            const id = `reason-${e.demandId}`;
            const error = failed?.demandId === e.demandId ? failed.message : undefined;
            return (
              <li data-demand={e.demandId}>
                <h3>
                  {e.firstName} {e.lastName}
                </h3>
                <p>Demande reçue le {frDay(e.requestedAt)}</p>
                <Declaration declaration={e.declaration} />
                <div class="inline-forms">
                  <form method="post" action={`/entreprise/salaries/${e.demandId}/decision`}>
                    <input type="hidden" name="_csrf" value={frame.csrfToken} />
                    <input type="hidden" name="decision" value="validate" />
                    <input type="hidden" name="from" value="demandes" />
                    <button class="primary" type="submit" aria-label={`Valider l’emploi ${deName(`${e.firstName} ${e.lastName}`)}`}>
                      Valider
                    </button>
                  </form>
                  <details open={!!error}>
                    <summary>Refuser…</summary>
                    <form class="stack" method="post" action={`/entreprise/salaries/${e.demandId}/decision`}>
                      <input type="hidden" name="_csrf" value={frame.csrfToken} />
                      <input type="hidden" name="decision" value="reject" />
                      <input type="hidden" name="from" value="demandes" />
                      <div>
                        <label for={id}>
                          Motif du refus pour {e.firstName} {e.lastName}
                        </label>
                        <textarea id={id} name="reason" rows={2} maxLength={500} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(id, error)}>
                          {failed?.demandId === e.demandId ? failed.reason : ''}
                        </textarea>
                        <FieldError id={`${id}-error`} message={error} />
                      </div>
                      <button class="danger" type="submit" aria-label={`Refuser la validation ${deName(`${e.firstName} ${e.lastName}`)}`}>
                        Refuser la validation
                      </button>
                    </form>
                  </details>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <Pager base="/entreprise/demandes" params={{}} page={result.page} pageSize={result.pageSize} total={result.total} noun="demande" />
    </PortalLayout>
  );
}

export function EmployeesPage({
  frame,
  result,
  year,
  quotas,
  status,
}: {
  frame: Frame;
  result: Page<EmployeeView>;
  year: number;
  quotas: QuotaView[];
  status: 'validated' | 'rejected' | 'withdrawn';
}) {
  const titles = { validated: 'Salariés validés', rejected: 'Demandes refusées', withdrawn: 'Validations retirées' };
  return (
    <PortalLayout title={titles[status]} {...frame} current="/entreprise/salaries" breadcrumbs={[HOME, { label: titles[status] }]}>
      <h1>{titles[status]}</h1>
      <Quotas year={year} quotas={quotas} />
      <nav aria-label="Filtrer les salariés" class="inline-forms">
        {(['validated', 'rejected', 'withdrawn'] as const).map((s) => (
          <a href={`/entreprise/salaries${s === 'validated' ? '' : `?statut=${s}`}`} aria-current={s === status ? 'page' : undefined}>
            {titles[s]}
          </a>
        ))}
      </nav>
      {result.items.length === 0 ? (
        <p>Aucun salarié dans cette liste.</p>
      ) : (
        <div class="table-wrap">
          <table class="cards-table">
            <caption class="skip">{titles[status]}</caption>
            <thead>
              <tr>
                <th scope="col">Salarié</th>
                <th scope="col">État</th>
                <th scope="col">Depuis le</th>
                <th scope="col">Tranches {year}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((e) => (
                <tr>
                  <td data-label="Salarié">
                    <a href={`/entreprise/salaries/${e.demandId}`}>
                      {e.firstName} {e.lastName}
                    </a>
                  </td>
                  <td data-label="État">
                    {VALIDATION_STATUS_LABELS[e.status]}
                    {e.validatedBy === 'delegation' ? ' (délégation ALS)' : ''}
                  </td>
                  <td data-label="Depuis le">{frDay(e.status === 'validated' ? e.validatedAt : e.decidedAt)}</td>
                  <td data-label="Tranches" data-testid="tranches">
                    {e.tranches.length ? e.tranches.map((t) => t.tranche).join(', ') : 'Aucune'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        base="/entreprise/salaries"
        params={{ statut: status === 'validated' ? undefined : status }}
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        noun="salarié"
      />
    </PortalLayout>
  );
}

export function EmployeePage({
  frame,
  employee: e,
  year,
  quotas,
  policy,
  flash,
  errors = {},
  values = {},
}: {
  frame: Frame;
  employee: EmployeeView;
  year: number;
  quotas: QuotaView[];
  policy: PolicyView;
  flash?: string | undefined;
  errors?: Errors;
  values?: { tranche?: string; reason?: string; withdrawReason?: string };
}) {
  const name = `${e.firstName} ${e.lastName}`;
  const base = `/entreprise/salaries/${e.demandId}`;
  const granted = new Set(e.tranches.map((t) => t.tranche));
  const grantable = quotas.filter((q) => !granted.has(q.tranche));
  const actions = employeeActions(e.status);
  return (
    <PortalLayout title={name} {...frame} current="/entreprise/salaries" breadcrumbs={[HOME, { href: '/entreprise/salaries', label: 'Salariés validés' }, { label: name }]}>
      <h1>{name}</h1>
      <Flash flash={flash} />
      <ErrorLine message={errors.form} />
      <dl class="grid card">
        <div>
          <dt>État</dt>
          <dd data-testid="employee-status">{VALIDATION_STATUS_LABELS[e.status]}</dd>
        </div>
        <div>
          <dt>Demande reçue le</dt>
          <dd>{frDay(e.requestedAt)}</dd>
        </div>
        <div>
          <dt>Validé le</dt>
          <dd>{frDay(e.validatedAt)}</dd>
        </div>
        {e.reason && (
          <div>
            <dt>Motif</dt>
            <dd>{e.reason}</dd>
          </div>
        )}
      </dl>
      {e.declaration !== undefined && (
        <section class="card">
          <Declaration declaration={e.declaration} headingLevel={2} />
        </section>
      )}

      <Quotas year={year} quotas={quotas} />

      <section class="card" aria-labelledby="tranches">
        <h2 id="tranches">Tranches accordées</h2>
        {e.tranches.length === 0 ? (
          <p>Aucune tranche accordée.</p>
        ) : (
          <ul class="employee-list">
            {e.tranches.map((t) => (
              <li>
                <strong>Tranche {t.tranche}</strong> ({t.year}), accordée le {frDateTime(t.grantedAt)} : {t.reason}
                <form method="post" action={`${base}/tranches/${t.tranche}/revocation`}>
                  <input type="hidden" name="_csrf" value={frame.csrfToken} />
                  <button class="danger" type="submit">
                    Révoquer la tranche {t.tranche}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
        {actions.grantTranche && grantable.length > 0 && (
          <form class="stack" method="post" action={`${base}/tranches`}>
            <input type="hidden" name="_csrf" value={frame.csrfToken} />
            <fieldset class="choices stack" aria-describedby={errors.tranche ? 'tranche-error' : undefined}>
              <legend>Tranche à accorder</legend>
              {grantable.map((q) => {
                const description = policy.tranches.find((t) => t.tranche === q.tranche)?.description;
                return (
                  <label>
                    <input type="radio" name="tranche" value={q.tranche} required checked={values.tranche === q.tranche} disabled={q.left === 0} />
                    <span>
                      Tranche {q.tranche} ({plural(q.left, 'restante')}){description ? ` : ${description}` : ''}
                    </span>
                  </label>
                );
              })}
              <FieldError id="tranche-error" message={errors.tranche} />
            </fieldset>
            <div>
              <label for="reason">Motif de l’attribution</label>
              <p class="field-hint" id="reason-hint">
                La situation prévue par votre politique logement (3 à 500 caractères).
              </p>
              <textarea
                id="reason"
                name="reason"
                rows={2}
                maxLength={500}
                aria-invalid={errors.reason ? 'true' : undefined}
                aria-describedby={describedBy('reason', errors.reason, true)}
              >
                {values.reason ?? ''}
              </textarea>
              <FieldError id="reason-error" message={errors.reason} />
            </div>
            <button class="primary" type="submit">
              Accorder la tranche
            </button>
          </form>
        )}
      </section>

      <section class="card" aria-labelledby="validation">
        <h2 id="validation">Validation de l’emploi</h2>
        {actions.withdraw ? (
          <form class="stack" method="post" action={`${base}/decision`}>
            <input type="hidden" name="_csrf" value={frame.csrfToken} />
            <input type="hidden" name="decision" value="withdraw" />
            <p>Le salarié a quitté l’entreprise ? Retirer la validation révoque ses tranches et rend leurs unités au quota.</p>
            <div>
              <label for="withdrawReason">Motif du retrait (facultatif)</label>
              <textarea
                id="withdrawReason"
                name="reason"
                rows={2}
                maxLength={500}
                aria-invalid={errors.withdrawReason ? 'true' : undefined}
                aria-describedby={describedBy('withdrawReason', errors.withdrawReason)}
              >
                {values.withdrawReason ?? ''}
              </textarea>
              <FieldError id="withdrawReason-error" message={errors.withdrawReason} />
            </div>
            <button class="danger" type="submit">
              Retirer la validation
            </button>
          </form>
        ) : (
          <form method="post" action={`${base}/decision`}>
            <input type="hidden" name="_csrf" value={frame.csrfToken} />
            <input type="hidden" name="decision" value="validate" />
            <button class="primary" type="submit">
              Valider l’emploi
            </button>
          </form>
        )}
      </section>
    </PortalLayout>
  );
}

export function PolicyPage({
  frame,
  policy,
  flash,
  error,
  errors = {},
  values,
}: {
  frame: Frame;
  policy: PolicyView;
  flash?: string | undefined;
  error?: string | undefined;
  errors?: Errors;
  values?: { descriptions: Record<string, string>; quotas: Record<string, string> } | undefined;
}) {
  const quotas = policy.quotas ?? [];
  return (
    <PortalLayout title="Politique logement" {...frame} current="/entreprise/politique" breadcrumbs={[HOME, { label: 'Politique logement' }]}>
      <h1>Politique logement</h1>
      <Flash flash={flash} />
      <ErrorLine message={error} />
      <p>Vos salariés lisent la description des tranches avant de demander la validation de leur emploi. Les quotas limitent le nombre de tranches accordées dans l’année.</p>
      <form class="stack card" method="post" action="/entreprise/politique" style="max-width:640px">
        <input type="hidden" name="_csrf" value={frame.csrfToken} />
        {policy.tranches.map((t) => {
          const q = quotas.find((x) => x.tranche === t.tranche);
          const d = `description${t.tranche}`;
          const k = `quota${t.tranche}`;
          return (
            <fieldset class="choices stack">
              <legend>Tranche {t.tranche}</legend>
              <div>
                <label for={d}>Situations de la tranche {t.tranche}</label>
                <textarea id={d} name={d} rows={3} maxLength={4000} aria-invalid={errors[d] ? 'true' : undefined} aria-describedby={describedBy(d, errors[d])}>
                  {values?.descriptions[t.tranche] ?? t.description}
                </textarea>
                <FieldError id={`${d}-error`} message={errors[d]} />
              </div>
              <div>
                <label for={k}>
                  Quota {policy.year} de la tranche {t.tranche}
                </label>
                <p class="field-hint" id={`${k}-hint`}>
                  {q ? `${plural(q.used, 'déjà accordée', 'déjà accordées')} : le quota ne peut pas descendre en dessous.` : 'Aucun quota fixé.'}
                  {policy.quotaCeiling !== undefined &&
                    (policy.headcount === null || policy.headcount === undefined
                      ? ` Au plus ${policy.quotaCeiling} tant que l’effectif de l’entreprise n’est pas renseigné.`
                      : ` Au plus ${frNumber(policy.quotaCeiling)}, l’effectif de l’entreprise.`)}
                </p>
                <input
                  id={k}
                  name={k}
                  type="number"
                  min={0}
                  inputMode="numeric"
                  value={values?.quotas[t.tranche] ?? (q ? String(q.quota) : '')}
                  aria-invalid={errors[k] ? 'true' : undefined}
                  aria-describedby={describedBy(k, errors[k], true)}
                />
                <FieldError id={`${k}-error`} message={errors[k]} />
              </div>
            </fieldset>
          );
        })}
        <button class="primary" type="submit">
          Enregistrer la politique
        </button>
      </form>
    </PortalLayout>
  );
}

/** The candidacies' filter: groups of states, by their French names in the query string. */
export const CANDIDACY_FILTERS: Record<string, { label: string; statuses: CandidacyStatus[] }> = {
  'en-cours': {
    label: 'En cours (positionnées, désignées, transmises, en commission)',
    statuses: ['submitted', 'designated', 'transmitted', 'cal_accepted', 'cal_postponed', 'proposal_accepted'],
  },
  designees: { label: 'Désignées ou transmises au bailleur', statuses: ['designated', 'transmitted'] },
  commission: { label: 'Décision de commission (CAL)', statuses: ['cal_accepted', 'cal_refused', 'cal_postponed'] },
  bail: { label: 'Bail signé', statuses: ['leased'] },
  terminees: { label: 'Non retenues, refusées, déclinées ou retirées', statuses: ['not_retained', 'cal_refused', 'proposal_declined', 'withdrawn'] },
};

export function CandidaciesPage({ frame, result, filter }: { frame: Frame; result: Page<EmployeeCandidacyView>; filter: string }) {
  return (
    <PortalLayout title="Candidatures" {...frame} current="/entreprise/candidatures" breadcrumbs={[HOME, { label: 'Candidatures' }]}>
      <h1>Candidatures de vos salariés</h1>
      <p>L’état des candidatures de vos salariés validés. Le contenu de leurs demandes (ressources, foyer, pièces) reste confidentiel.</p>
      <form method="get" action="/entreprise/candidatures" class="card inline-forms" role="search" aria-label="Filtrer les candidatures">
        <div>
          <label for="statut">État</label>
          <select id="statut" name="statut">
            <option value="" selected={filter === ''}>
              Toutes
            </option>
            {Object.entries(CANDIDACY_FILTERS).map(([value, f]) => (
              <option value={value} selected={filter === value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <button class="primary" type="submit">
          Filtrer
        </button>
      </form>
      {result.items.length === 0 ? (
        <p>{filter ? 'Aucune candidature dans cet état.' : 'Aucune candidature en cours.'}</p>
      ) : (
        <div class="table-wrap">
          <table class="cards-table" data-testid="candidacies">
            <caption class="skip">Candidatures</caption>
            <thead>
              <tr>
                <th scope="col">Salarié</th>
                <th scope="col">Logement</th>
                <th scope="col">Clôture de l’offre</th>
                <th scope="col">Rang à la clôture</th>
                <th scope="col">État</th>
                <th scope="col">Mise à jour</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((c) => (
                <tr data-offer={c.offerId}>
                  <td data-label="Salarié">
                    {c.firstName} {c.lastName}
                  </td>
                  <td data-label="Logement">
                    {typologyLabel(c.offerTypology)} · {c.offerAddress ?? c.offerCommune}
                  </td>
                  <td data-label="Clôture de l’offre">{frDate(c.closingDate)}</td>
                  <td data-label="Rang à la clôture">
                    {c.rankAtClose ? `${c.rankAtClose}${c.rankAtClose === 1 ? 'er' : 'e'}` : c.rankAtClose === null && c.closingDate ? 'Non classé' : '—'}
                  </td>
                  <td data-label="État">{employeeCandidacyStatusLabel(c.status)}</td>
                  <td data-label="Mise à jour">{frDay(c.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager base="/entreprise/candidatures" params={filter ? { statut: filter } : {}} page={result.page} pageSize={result.pageSize} total={result.total} noun="candidature" />
    </PortalLayout>
  );
}

export function MessagePage({ frame, title, text }: { frame?: Frame | undefined; title: string; text: string }) {
  return (
    <PortalLayout title={title} {...(frame ?? {})} breadcrumbs={frame ? [HOME, { label: title }] : []}>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href="/entreprise">Retour à l’accueil de l’espace entreprise</a>
      </p>
    </PortalLayout>
  );
}
