import type { AuditRow, AuditSortColumn } from '../../db/read-models/audit.read-model';
import { Layout } from '../pages/layout';
import { Pager } from '../../web/kit/pager';
import { SortableTh } from '../pages/sort';
import { actionLabel, AUDIT_ACTION_LABELS, AUDIT_OBJECT_LABELS, detailLines, objectLabel, parisTime, roleLabel } from './labels';

/** The filters as typed (French names in the query string). */
export interface AuditParams {
  personne: string;
  objet: string;
  id: string;
  action: string;
  du: string;
  au: string;
}

interface Props {
  user: { displayName: string; role: string };
  csrfToken: string;
  params: AuditParams;
  errors: Record<string, string>;
  result: { items: AuditRow[]; total: number };
  page: number;
  pageSize: number;
  sort: { column: AuditSortColumn; dir: 'asc' | 'desc' };
  /** object types this user may filter on (an agent's need-to-know) */
  objectTypes: readonly string[];
  /** admins see the network address; agents do not */
  showAddress: boolean;
}

const sortedActions = Object.entries(AUDIT_ACTION_LABELS).sort((a, b) => a[1].localeCompare(b[1], 'fr'));

/** Who acted: the name, the e-mail and the role; the platform when nobody did. */
export function actorText(r: AuditRow): string {
  if (!r.actorAccountId) return 'La plateforme';
  const who = r.actorName ? `${r.actorName} (${r.actorEmail ?? ''})` : `Compte supprimé ou inconnu (${r.actorAccountId})`;
  return r.actorRole ? `${who}, ${roleLabel(r.actorRole)}` : who;
}

/** On whose behalf, in words: « le bailleur <id> », « l’entreprise <id> »; empty when on nobody’s. */
export function actingForText(r: AuditRow): string {
  if (!r.actingForKind) return '';
  return `${r.actingForKind === 'company' ? 'l’entreprise' : 'le bailleur'} ${r.actingForId ?? ''}`.trim();
}

/** The object: its French name, the link to its page in the back office when it has one. */
function objectHref(r: AuditRow): string | undefined {
  if (r.objectType === 'demand') return `/admin/demandes/${r.objectId}`;
  if (r.objectType === 'offer') return `/admin/offres/${r.objectId}`;
  if (r.objectType === 'company') return `/admin/entreprises/${r.objectId}`;
  if (r.objectType === 'landlord') return `/admin/bailleurs/${r.objectId}`;
  return undefined;
}

export function AuditPage({ user, csrfToken, params, errors, result, page, pageSize, sort, objectTypes, showAddress }: Props) {
  const query = { ...params, sort: sort.column, dir: sort.dir } as Record<string, string>;
  const exportQuery = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '')).toString();
  const th = (label: string, column: AuditSortColumn) => <SortableTh label={label} column={column} sort={sort} base="/admin/audit" params={query} />;
  const invalid = (name: string) => (errors[name] ? { 'aria-invalid': true, 'aria-describedby': `e-${name}` } : {});
  return (
    <Layout
      title="Journal d’audit"
      user={user}
      csrfToken={csrfToken}
      current="/admin/audit"
      breadcrumbs={[{ href: '/admin', label: 'Tableau de bord' }, { label: 'Journal d’audit' }]}
    >
      <h1>Journal d’audit</h1>
      <p>
        Lectures de pièces et de dossiers, décisions, désignations, validations, échecs de connexion : qui a fait quoi, quand. Les entrées ne peuvent être ni modifiées ni
        supprimées. Heures de Paris.
        {user.role !== 'admin' && ' Vous voyez les entrées sur les dossiers de votre périmètre et vos propres actions.'}
      </p>
      <form method="get" action="/admin/audit" class="card" role="search" aria-label="Rechercher dans le journal">
        <div class="grid">
          <div>
            <label for="f-personne">Personne (nom ou courriel)</label>
            <input id="f-personne" name="personne" type="search" value={params.personne} maxLength={100} {...invalid('personne')} />
            {errors.personne && (
              <p class="field-error" id="e-personne">
                {errors.personne}
              </p>
            )}
          </div>
          <div>
            <label for="f-objet">Objet</label>
            <select id="f-objet" name="objet">
              <option value="" selected={params.objet === ''}>
                Tous
              </option>
              {objectTypes.map((t) => (
                <option value={t} selected={params.objet === t}>
                  {AUDIT_OBJECT_LABELS[t] ?? t}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="f-id">Identifiant de l’objet</label>
            <input id="f-id" name="id" type="text" value={params.id} maxLength={100} {...invalid('id')} />
            {errors.id && (
              <p class="field-error" id="e-id">
                {errors.id}
              </p>
            )}
          </div>
          <div>
            <label for="f-action">Action</label>
            <select id="f-action" name="action">
              <option value="" selected={params.action === ''}>
                Toutes
              </option>
              {sortedActions.map(([code, label]) => (
                <option value={code} selected={params.action === code}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="f-du">Du</label>
            <input id="f-du" name="du" type="date" value={params.du} {...invalid('du')} />
            {errors.du && (
              <p class="field-error" id="e-du">
                {errors.du}
              </p>
            )}
          </div>
          <div>
            <label for="f-au">Au</label>
            <input id="f-au" name="au" type="date" value={params.au} {...invalid('au')} />
            {errors.au && (
              <p class="field-error" id="e-au">
                {errors.au}
              </p>
            )}
          </div>
        </div>
        <p>
          <button class="primary" type="submit">
            Rechercher
          </button>{' '}
          <a href={`/admin/audit.csv${exportQuery ? `?${exportQuery}` : ''}`}>Exporter ces entrées en CSV</a>
        </p>
      </form>
      {Object.keys(errors).length > 0 && (
        <p class="error" role="alert">
          Corrigez les filtres signalés ci-dessus.
        </p>
      )}
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Entrées du journal (tableau défilant)">
        <table data-testid="audit">
          <caption class="visually-hidden">Entrées du journal d’audit</caption>
          <thead>
            <tr>
              {th('Date et heure', 'at')}
              {th('Qui', 'actor')}
              {th('Action', 'action')}
              {th('Objet', 'object')}
              <th scope="col">Détails</th>
              {showAddress && <th scope="col">Adresse réseau</th>}
            </tr>
          </thead>
          <tbody>
            {result.items.map((r) => {
              const href = objectHref(r);
              const lines = detailLines(r.detail);
              return (
                <tr data-action={r.action}>
                  <td>
                    <time dateTime={r.at.toISOString()}>{parisTime(r.at)}</time>
                  </td>
                  <td>
                    {actorText(r)}
                    {r.actingForKind && (
                      <>
                        <br />
                        <small>pour {actingForText(r)}</small>
                      </>
                    )}
                  </td>
                  <td>{actionLabel(r.action)}</td>
                  <td>
                    {objectLabel(r.objectType)}
                    <br />
                    <small>{href ? <a href={href}>{r.objectId}</a> : r.objectId}</small>
                  </td>
                  <td>
                    {lines.length ? (
                      <ul class="detail-lines">
                        {lines.map((l) => (
                          <li>{l}</li>
                        ))}
                      </ul>
                    ) : (
                      '—'
                    )}
                  </td>
                  {showAddress && <td>{r.address ?? '—'}</td>}
                </tr>
              );
            })}
            {result.items.length === 0 && (
              <tr>
                <td colSpan={showAddress ? 6 : 5}>Aucune entrée ne correspond.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pager base="/admin/audit" params={query} page={page} pageSize={pageSize} total={result.total} noun="entrée" />
    </Layout>
  );
}
