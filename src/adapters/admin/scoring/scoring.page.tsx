import type { ComponentChildren } from 'preact';
import { SortableTh, sortAndPage, type SortState } from '../pages/sort';
import { Pager } from '../../web/kit/pager';
import { type BalancingStats, type GridOperator, type BonusView, type GridFactDefinition, type GridView } from '../../../modules/scoring/index';
import type { FieldError } from '../../../shared/errors';
import { Layout } from '../pages/layout';
import { ErrorBox, FieldMessage, Flash } from '../../web/kit/boxes';
import { frDate, frPercent1 } from '../../web/kit/format';
import { SIZE_CLASS_LABELS } from '../../web/kit/labels';

type User = { displayName: string; role: string };

const STATUS: Record<BonusView['status'], string> = { scheduled: 'Programmé', active: 'Actif', expired: 'Terminé', ended: 'Arrêté' };
const SIZE_LABELS: Record<keyof typeof SIZE_CLASS_LABELS | 'unknown', string> = { ...SIZE_CLASS_LABELS, unknown: 'Employeur inconnu' };
const OPERATORS: Record<GridOperator, string> = { eq: 'égal à', gte: 'au moins', lte: 'au plus', in: 'parmi (séparés par des virgules)', true: 'oui' };

const target = (b: BonusView) =>
  [b.sizeClass ? SIZE_LABELS[b.sizeClass] : null, b.companyId ? `entreprise ${b.companyId}` : null, b.epciCode ? `EPCI ${b.epciCode}` : null].filter(Boolean).join(' · ');

function Field({ name, label, fields, children }: { name: string; label: string; fields: FieldError[]; children: ComponentChildren }) {
  return (
    <div>
      <label for={name}>{label}</label>
      {children}
      <FieldMessage id={`${name}-error`} fields={fields} name={name} />
    </div>
  );
}

export interface BalancingPageProps {
  /** the bonuses' order and page (the list is loaded whole: a small referential) */
  sort?: SortState<(typeof BONUS_SORT_COLUMNS)[number]>;
  page?: number;
  user: User;
  csrfToken: string;
  bonuses: BonusView[];
  stats: BalancingStats;
  flash?: string | undefined;
  error?: string | undefined;
  fieldErrors?: FieldError[];
  values?: Record<string, string>;
}

/** Balancing bonuses (list, open, end) and the last 12 months' allocations by size class. */
/** Columns the bonuses may be sorted by (whitelist). */
export const BONUS_SORT_COLUMNS = ['start', 'points', 'end'] as const;

export function BalancingPage({
  user,
  csrfToken,
  bonuses: all,
  stats,
  flash,
  error,
  fieldErrors = [],
  values = {},
  sort = { column: 'start', dir: 'desc' },
  page = 1,
}: BalancingPageProps) {
  const shown = sortAndPage(all, sort, { start: (b) => b.startDate, points: (b) => b.points, end: (b) => b.endDate }, page, 25);
  const bonuses = shown.items;
  const th = (label: string, column: (typeof BONUS_SORT_COLUMNS)[number]) => <SortableTh label={label} column={column} sort={sort} base="/admin/equilibrage" params={{}} />;
  return (
    <Layout
      title="Bonus d’équilibrage"
      user={user}
      csrfToken={csrfToken}
      current="/admin/equilibrage"
      breadcrumbs={[{ href: '/admin', label: 'Tableau de bord' }, { label: 'Bonus et grilles' }]}
    >
      <h1>Bonus d’équilibrage</h1>
      <p>
        <a href="/admin/grilles">Grilles de cotation intercommunales</a>
      </p>
      <Flash message={flash} />
      <ErrorBox message={error} />
      <section class="card" aria-labelledby="stats">
        <h2 id="stats">
          Attributions des 12 derniers mois ({frDate(stats.from)} – {frDate(stats.to)})
        </h2>
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
          <table>
            <thead>
              <tr>
                <th scope="col">Taille d’entreprise</th>
                <th scope="col">Attributions</th>
                <th scope="col">Part</th>
              </tr>
            </thead>
            <tbody>
              {stats.bySizeClass.map((s) => (
                <tr data-size-class={s.sizeClass}>
                  <td>
                    {SIZE_LABELS[s.sizeClass]}
                    {stats.lagging === s.sizeClass ? ' — en retard' : ''}
                  </td>
                  <td>{s.allocations}</td>
                  <td>{s.share === null ? '—' : frPercent1(s.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section class="card" aria-labelledby="bonus">
        <h2 id="bonus">Bonus</h2>
        {all.length === 0 ? (
          <p>Aucun bonus.</p>
        ) : (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
            <table>
              <thead>
                <tr>
                  <th scope="col">Cible</th>
                  {th('Points', 'points')}
                  {th('Début', 'start')}
                  {th('Fin', 'end')}
                  <th scope="col">Motif public</th>
                  <th scope="col">État</th>
                  <th scope="col">Action</th>
                </tr>
              </thead>
              <tbody>
                {bonuses.map((b) => (
                  <tr data-bonus={b.id}>
                    <td>{target(b)}</td>
                    <td>+{b.points}</td>
                    <td>{frDate(b.startDate)}</td>
                    <td>{frDate(b.endDate)}</td>
                    <td>{b.reason}</td>
                    <td>{STATUS[b.status]}</td>
                    <td>
                      {b.endable && (
                        <form method="post" action={`/admin/equilibrage/bonus/${b.id}/arreter`}>
                          <input type="hidden" name="_csrf" value={csrfToken} />
                          <button type="submit">Arrêter</button>
                        </form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {all.length > 0 && (
          <Pager base="/admin/equilibrage" params={{ sort: sort.column, dir: sort.dir }} page={shown.page} pageSize={shown.pageSize} total={shown.total} noun="bonus" />
        )}
      </section>
      <form method="post" action="/admin/equilibrage/bonus" class="card stack" aria-labelledby="nouveau">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <h2 id="nouveau">Ouvrir un bonus</h2>
        <Field name="sizeClass" label="Taille d’entreprise" fields={fieldErrors}>
          <select id="sizeClass" name="sizeClass">
            <option value="">— aucune —</option>
            {(['PME', 'ETI', 'GE'] as const).map((c) => (
              <option value={c} selected={values.sizeClass === c}>
                {SIZE_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field name="companyId" label="Entreprise (identifiant, facultatif)" fields={fieldErrors}>
          <input id="companyId" name="companyId" value={values.companyId ?? ''} />
        </Field>
        <Field name="epciCode" label="EPCI (SIREN, facultatif)" fields={fieldErrors}>
          <input id="epciCode" name="epciCode" inputMode="numeric" value={values.epciCode ?? ''} />
        </Field>
        <Field name="points" label="Points (0 à 240)" fields={fieldErrors}>
          <input id="points" name="points" type="number" min={0} max={240} required value={values.points ?? ''} />
        </Field>
        <Field name="startDate" label="Début" fields={fieldErrors}>
          <input id="startDate" name="startDate" type="date" required value={values.startDate ?? ''} />
        </Field>
        <Field name="endDate" label="Fin" fields={fieldErrors}>
          <input id="endDate" name="endDate" type="date" required value={values.endDate ?? ''} />
        </Field>
        <Field name="reason" label="Motif public" fields={fieldErrors}>
          <textarea id="reason" name="reason" rows={2} maxLength={500} required>
            {values.reason ?? ''}
          </textarea>
        </Field>
        <p>
          <button class="primary" type="submit">
            Ouvrir le bonus
          </button>
        </p>
      </form>
    </Layout>
  );
}

export const GRID_FORM_ROWS = 5;

/** Columns the grids may be sorted by (whitelist). */
export const GRID_SORT_COLUMNS = ['epci', 'name', 'status', 'points', 'updated'] as const;
export type GridSortColumn = (typeof GRID_SORT_COLUMNS)[number];
export const GRID_DEFAULT_SORT: SortState<GridSortColumn> = { column: 'epci', dir: 'asc' };
const GRID_PAGE_SIZE = 20;

export interface GridsPageProps {
  /** the grids' order and page (the list is loaded whole: at most a few grids per EPCI) */
  sort?: SortState<GridSortColumn>;
  page?: number;
  user: User;
  csrfToken: string;
  grids: GridView[];
  facts: readonly GridFactDefinition[];
  flash?: string | undefined;
  error?: string | undefined;
  fieldErrors?: FieldError[];
  values?: Record<string, string>;
}

/** Intercommunal scoring grids: list, (de)activate, create with up to five criteria. */
export function GridsPage({ user, csrfToken, grids, facts, flash, error, fieldErrors = [], values = {}, sort = GRID_DEFAULT_SORT, page = 1 }: GridsPageProps) {
  const factLabel = (key: string) => facts.find((f) => f.key === key)?.label.fr ?? key;
  const shown = sortAndPage(
    grids,
    sort,
    {
      epci: (g) => g.epciCode,
      name: (g) => g.name.toLocaleLowerCase('fr'),
      status: (g) => (g.active ? 0 : 1),
      points: (g) => g.maxPoints,
      updated: (g) => g.updatedAt.getTime(),
    },
    page,
    GRID_PAGE_SIZE,
  );
  const params = { sort: sort.column, dir: sort.dir };
  const th = (label: string, column: GridSortColumn) => <SortableTh label={label} column={column} sort={sort} base="/admin/grilles" params={params} anchor="grilles" />;
  return (
    <Layout
      title="Grilles de cotation"
      user={user}
      csrfToken={csrfToken}
      current="/admin/equilibrage"
      breadcrumbs={[{ href: '/admin', label: 'Tableau de bord' }, { href: '/admin/equilibrage', label: 'Bonus et grilles' }, { label: 'Grilles' }]}
    >
      <h1>Grilles de cotation intercommunales</h1>
      <Flash message={flash} />
      <ErrorBox message={error} />
      <section class="card" aria-labelledby="grilles">
        <h2 id="grilles">Grilles</h2>
        {grids.length === 0 ? (
          <p>Aucune grille : la composante territoire vaut 0 (« non établie »).</p>
        ) : (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
            <table data-testid="grids">
              <caption class="visually-hidden">Grilles de cotation, triables par colonne</caption>
              <thead>
                <tr>
                  {th('EPCI', 'epci')}
                  {th('Nom', 'name')}
                  {th('État', 'status')}
                  {th('Points au plus', 'points')}
                  {th('Mise à jour', 'updated')}
                  <th scope="col">Critères</th>
                  <th scope="col">Action</th>
                </tr>
              </thead>
              <tbody>
                {shown.items.map((g) => (
                  <tr data-grid={g.id} data-active={g.active ? 'true' : 'false'}>
                    <td>{g.epciCode}</td>
                    <td>{g.name}</td>
                    <td>{g.active ? 'active' : 'inactive'}</td>
                    <td>{g.maxPoints}</td>
                    <td>{frDate(g.updatedAt.toISOString().slice(0, 10))}</td>
                    <td>
                      <ul>
                        {g.criteria.map((c) => (
                          <li>
                            {c.label.fr} : {factLabel(c.fact)} {OPERATORS[c.operator]} {c.value === undefined ? '' : Array.isArray(c.value) ? c.value.join(', ') : String(c.value)}{' '}
                            → {c.points > 0 ? '+' : ''}
                            {c.points}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      <form method="post" action={`/admin/grilles/${g.id}/activation`}>
                        <input type="hidden" name="_csrf" value={csrfToken} />
                        <input type="hidden" name="active" value={g.active ? 'false' : 'true'} />
                        <button type="submit" aria-label={`${g.active ? 'Désactiver' : 'Activer'} la grille ${g.name}`}>
                          {g.active ? 'Désactiver' : 'Activer'}
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {grids.length > 0 && <Pager base="/admin/grilles" params={params} page={shown.page} pageSize={shown.pageSize} total={shown.total} noun="grille" anchor="grilles" />}
      </section>
      <form method="post" action="/admin/grilles" class="card" aria-labelledby="nouvelle">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <h2 id="nouvelle">Nouvelle grille</h2>
        <div class="grid">
          <Field name="epciCode" label="EPCI (SIREN)" fields={fieldErrors}>
            <input id="epciCode" name="epciCode" inputMode="numeric" required value={values.epciCode ?? ''} />
          </Field>
          <Field name="name" label="Nom" fields={fieldErrors}>
            <input id="name" name="name" required value={values.name ?? ''} />
          </Field>
          <div>
            <label for="active">Active dès sa création</label>
            <select id="active" name="active">
              <option value="true">Oui</option>
              <option value="false" selected={values.active === 'false'}>
                Non
              </option>
            </select>
          </div>
        </div>
        <h3>Critères (laisser vide les lignes inutiles)</h3>
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
          <table>
            <thead>
              <tr>
                <th scope="col">Libellé</th>
                <th scope="col">Fait</th>
                <th scope="col">Condition</th>
                <th scope="col">Valeur</th>
                <th scope="col">Points</th>
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: GRID_FORM_ROWS }, (_, i) => (
                <tr>
                  <td>
                    <input name={`label${i}`} aria-label={`Libellé du critère ${i + 1}`} value={values[`label${i}`] ?? ''} />
                    <FieldMessage
                      id={`c${i}-error`}
                      fields={fieldErrors.map((f) => ({ ...f, field: f.field.startsWith(`criteria.${i}.`) ? `row${i}` : f.field }))}
                      name={`row${i}`}
                    />
                  </td>
                  <td>
                    <select name={`fact${i}`} aria-label={`Fait du critère ${i + 1}`}>
                      {facts.map((f) => (
                        <option value={f.key} selected={values[`fact${i}`] === f.key}>
                          {f.label.fr}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select name={`operator${i}`} aria-label={`Condition du critère ${i + 1}`}>
                      {Object.entries(OPERATORS).map(([k, v]) => (
                        <option value={k} selected={values[`operator${i}`] === k}>
                          {v}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input name={`value${i}`} aria-label={`Valeur du critère ${i + 1}`} value={values[`value${i}`] ?? ''} />
                  </td>
                  <td>
                    <input name={`points${i}`} type="number" aria-label={`Points du critère ${i + 1}`} value={values[`points${i}`] ?? ''} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          <button class="primary" type="submit">
            Créer la grille
          </button>
        </p>
      </form>
    </Layout>
  );
}
