import {
  canSpace,
  CONTRIBUTIONS,
  EMPLOYEE_SORT_COLUMNS,
  TRANCHES,
  type CompanyDetail,
  type EmployeeOrder,
  type EmployeeView,
  type PolicyView,
} from '../../../modules/company-space/index';
import type { Page } from '../../../shared/pagination';
import { Layout } from '../pages/layout';
import { Pager } from '../../web/kit/pager';
import { SortableTh } from '../pages/sort';
import { FLASH } from './labels';
import { ErrorBox, Flash } from '../../web/kit/boxes';
import { frDateTime, frDay, frNumber } from '../../web/kit/format';
import { CONTRIBUTION_LABELS, SIZE_CLASS_LABELS, SPACE_ACTION_LABELS, spaceStatusLabel, VALIDATION_STATUS_LABELS } from '../../web/kit/labels';

/** The employees table of the company's page: sorted by the repository (whitelisted columns), the latest request first by default. */
export type EmployeeSortColumn = (typeof EMPLOYEE_SORT_COLUMNS)[number];
export const EMPLOYEE_DEFAULT_SORT: EmployeeOrder = { column: 'requested', dir: 'desc' };
export const EMPLOYEE_PAGE_SIZE = 20;

interface Props {
  /** the year of the policy form by default (the platform's clock) */
  currentYear: number;
  user: { displayName: string; role: string };
  csrfToken: string;
  company: CompanyDetail;
  policy: PolicyView;
  /** one page of the company's validation requests and employees, in `employeeSort` order */
  employees: Page<EmployeeView>;
  employeeSort?: EmployeeOrder;
  flash?: string | undefined;
  error?: string | undefined;
  fieldErrors?: { field: string; message: string }[];
}

/** A company's file: identity, space status and history, managers, policy; the agent's actions on the space. */
export function CompanyPage({ user, csrfToken, company: c, policy, employees, employeeSort = EMPLOYEE_DEFAULT_SORT, flash, error, fieldErrors = [], currentYear }: Props) {
  const base = `/admin/entreprises/${c.id}`;
  const employeeParams = { sort: employeeSort.column, dir: employeeSort.dir };
  const employeeTh = (label: string, column: EmployeeSortColumn) => (
    <SortableTh label={label} column={column} sort={employeeSort} base={base} params={employeeParams} anchor="salaries" />
  );
  const quotas = policy.quotas ?? [];
  return (
    <Layout
      title={c.name}
      user={user}
      csrfToken={csrfToken}
      current="/admin/entreprises"
      breadcrumbs={[{ href: '/admin', label: 'Tableau de bord' }, { href: '/admin/entreprises', label: 'Entreprises' }, { label: c.name }]}
    >
      <h1>{c.name}</h1>
      <Flash message={flash ? FLASH[flash] : undefined} />
      <ErrorBox message={error} fields={fieldErrors} />

      <section class="card" aria-labelledby="espace">
        <h2 id="espace">
          Espace entreprise : <span data-testid="space-status">{spaceStatusLabel(c.space.status)}</span>
        </h2>
        <div style="display:flex;gap:0.75rem;flex-wrap:wrap;align-items:flex-end">
          {canSpace(c.space.status, 'deploy') && (
            <form method="post" action={`${base}/espace`}>
              <input type="hidden" name="_csrf" value={csrfToken} />
              <input type="hidden" name="action" value="deploy" />
              <button class="primary" type="submit">
                Déployer l’espace
              </button>
            </form>
          )}
          {canSpace(c.space.status, 'suspend') && (
            <form method="post" action={`${base}/espace`} class="stack" style="max-width:none">
              <input type="hidden" name="_csrf" value={csrfToken} />
              <input type="hidden" name="action" value="suspend" />
              <div>
                <label for="suspend-reason">Motif de la suspension</label>
                <input id="suspend-reason" name="reason" maxLength={500} />
              </div>
              <button type="submit">Suspendre l’espace</button>
            </form>
          )}
        </div>
        {c.spaceHistory.length > 0 && (
          <div class="table-wrap" style="margin-top:1rem" tabIndex={0} role="region" aria-label="Tableau défilant">
            <table>
              <caption style="text-align:left;font-weight:600">Historique</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Action</th>
                  <th scope="col">État</th>
                  <th scope="col">Motif</th>
                </tr>
              </thead>
              <tbody>
                {c.spaceHistory.map((e) => (
                  <tr>
                    <td>{frDateTime(e.at)}</td>
                    <td>{SPACE_ACTION_LABELS[e.action]}</td>
                    <td>
                      {spaceStatusLabel(e.from)} → {spaceStatusLabel(e.to)}
                    </td>
                    <td>{e.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section class="card" aria-labelledby="configurer">
        <h2 id="configurer">Configurer l’espace</h2>
        <p>Invitez un gestionnaire (il reçoit un lien pour choisir son mot de passe) et saisissez la politique et les quotas de l’année.</p>
        {canSpace(c.space.status, 'configure') && (
          <form class="stack" method="post" action={`${base}/espace`} style="max-width:640px">
            <input type="hidden" name="_csrf" value={csrfToken} />
            <input type="hidden" name="action" value="configure" />
            <fieldset class="stack" style="border:1px solid #ddd;border-radius:6px">
              <legend>Inviter un gestionnaire</legend>
              <div>
                <label for="managerEmail">Adresse e-mail du gestionnaire</label>
                <input id="managerEmail" name="managerEmail" type="email" autocomplete="off" maxLength={254} />
              </div>
              <div>
                <label for="managerName">Nom du gestionnaire</label>
                <input id="managerName" name="managerName" maxLength={120} />
              </div>
            </fieldset>
            <fieldset class="stack" style="border:1px solid #ddd;border-radius:6px">
              <legend>Quotas annuels</legend>
              <div>
                <label for="year">Année</label>
                <input id="year" name="year" type="number" inputMode="numeric" value={String(policy.year ?? currentYear)} />
              </div>
              {TRANCHES.map((t) => {
                const q = quotas.find((x) => x.tranche === t);
                return (
                  <div>
                    <label for={`quota${t}`}>
                      Quota tranche {t}
                      {q ? ` (${q.used} utilisé${q.used > 1 ? 's' : ''})` : ''}
                    </label>
                    <input id={`quota${t}`} name={`quota${t}`} type="number" min={0} inputMode="numeric" value={q ? String(q.quota) : ''} />
                  </div>
                );
              })}
            </fieldset>
            <fieldset class="stack" style="border:1px solid #ddd;border-radius:6px">
              <legend>Politique logement (lue par les salariés)</legend>
              {TRANCHES.map((t) => (
                <div>
                  <label for={`description${t}`}>Situations de la tranche {t}</label>
                  <textarea id={`description${t}`} name={`description${t}`} rows={2} maxLength={4000}>
                    {policy.tranches.find((x) => x.tranche === t)?.description ?? ''}
                  </textarea>
                </div>
              ))}
            </fieldset>
            <button class="primary" type="submit">
              Enregistrer la configuration
            </button>
          </form>
        )}
        <h3>Gestionnaires</h3>
        {c.managers.length === 0 ? (
          <p>Aucun gestionnaire invité.</p>
        ) : (
          <ul data-testid="managers">
            {c.managers.map((m) => (
              <li>
                {m.displayName} — {m.email} (invité le {frDateTime(m.invitedAt)})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="card" aria-labelledby="salaries">
        <h2 id="salaries">Salariés et demandes de validation</h2>
        {employees.total === 0 ? (
          <p>Aucune demande de validation d’emploi pour cette entreprise.</p>
        ) : (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
            <table data-testid="employees">
              <caption class="visually-hidden">Salariés de l’entreprise, triables par colonne</caption>
              <thead>
                <tr>
                  {employeeTh('Salarié', 'name')}
                  {employeeTh('Demande reçue le', 'requested')}
                  {employeeTh('État', 'status')}
                  <th scope="col">Tranches</th>
                  <th scope="col">Motif</th>
                </tr>
              </thead>
              <tbody>
                {employees.items.map((e) => (
                  <tr data-employee={e.demandId}>
                    <td>
                      <a href={`/admin/demandes/${e.demandId}`}>
                        {e.lastName} {e.firstName}
                      </a>
                    </td>
                    <td>{frDay(e.requestedAt)}</td>
                    <td>
                      {VALIDATION_STATUS_LABELS[e.status]}
                      {e.validatedBy === 'delegation' ? ' (délégation ALS)' : ''}
                    </td>
                    <td>{e.tranches.length ? e.tranches.map((t) => `${t.tranche} (${t.year})`).join(', ') : '—'}</td>
                    <td>{e.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {employees.total > 0 && (
          <Pager base={base} params={employeeParams} page={employees.page} pageSize={employees.pageSize} total={employees.total} noun="salarié" anchor="salaries" />
        )}
      </section>

      <section class="card" aria-labelledby="fiche">
        <h2 id="fiche">Fiche entreprise</h2>
        <dl class="grid">
          <div>
            <dt>SIREN</dt>
            <dd>{c.siren}</dd>
          </div>
          <div>
            <dt>Effectif</dt>
            <dd>{c.headcount === null ? 'Non renseigné' : frNumber(c.headcount)}</dd>
          </div>
          <div>
            <dt>Taille</dt>
            <dd>{c.sizeClass ? SIZE_CLASS_LABELS[c.sizeClass] : 'Inconnue'}</dd>
          </div>
          <div>
            <dt>Cotisation</dt>
            <dd>{CONTRIBUTION_LABELS[c.contribution]}</dd>
          </div>
          <div>
            <dt>Politique logement</dt>
            <dd>{c.delegatesToAls ? 'Déléguée à ALS (salariés validés automatiquement)' : 'Gérée par l’entreprise'}</dd>
          </div>
          <div>
            <dt>Établissements (SIRET)</dt>
            <dd>{c.sirets.join(', ')}</dd>
          </div>
        </dl>
        <details>
          <summary>Modifier la fiche</summary>
          <form class="stack" method="post" action={`${base}/modifier`}>
            <input type="hidden" name="_csrf" value={csrfToken} />
            <div>
              <label for="name">Raison sociale</label>
              <input id="name" name="name" required maxLength={200} value={c.name} />
            </div>
            <div>
              <label for="headcount">Effectif</label>
              <input id="headcount" name="headcount" type="number" min={0} inputMode="numeric" value={c.headcount === null ? '' : String(c.headcount)} />
            </div>
            <div>
              <label for="contribution">Cotisation PEEC</label>
              <select id="contribution" name="contribution">
                {CONTRIBUTIONS.map((k) => (
                  <option value={k} selected={c.contribution === k}>
                    {CONTRIBUTION_LABELS[k]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label style="font-weight:normal">
                <input type="checkbox" name="delegatesToAls" value="1" checked={c.delegatesToAls} style="width:auto" /> Délègue sa politique logement à ALS
              </label>
            </div>
            <div>
              <label for="addSirets">Ajouter des SIRET (un par ligne)</label>
              <textarea id="addSirets" name="addSirets" rows={2}></textarea>
            </div>
            <button class="primary" type="submit">
              Enregistrer la fiche
            </button>
          </form>
        </details>
      </section>
    </Layout>
  );
}

export function CompanyNotFoundPage({ user, csrfToken }: { user: { displayName: string; role: string }; csrfToken: string }) {
  return (
    <Layout title="Entreprise introuvable" user={user} csrfToken={csrfToken} current="/admin/entreprises">
      <h1>Entreprise introuvable</h1>
      <p>
        <a href="/admin/entreprises">Retour aux entreprises</a>
      </p>
    </Layout>
  );
}
