import type { CeilingRow, CeilingsPreview, CeilingsStatus } from '../../../modules/offer/index';
import { CEILING_CSV_HEADER, CEILING_FINANCINGS, HOUSEHOLD_CATEGORIES, ZONES, ZONE_LABELS } from '../../../modules/offer/index';
import { Layout } from '../pages/layout';
import { CeilingsNotice } from '../pages/ceilings-notice';
import { ErrorBox, Flash } from '../../web/kit/boxes';
import { euros } from '../../web/kit/format';

type User = { displayName: string; role: string };

const CATEGORY_COLUMNS = [...HOUSEHOLD_CATEGORIES.map(String), 'extraPerson'] as const;
const categoryLabel = (c: string) => (c === 'extraPerson' ? 'Par personne supplémentaire' : `Catégorie ${c}`);
const EXAMPLE = [CEILING_CSV_HEADER.join(';'), '2027;PLUS;other_regions;1;23800', '2027;PLUS;other_regions;supplementaire;6800'].join('\n');

function CeilingTable({ rows, current, caption }: { rows: readonly CeilingRow[]; current?: readonly CeilingRow[]; caption: string }) {
  const key = (f: string, z: string, c: string) => `${f}|${z}|${c}`;
  const cells = new Map(rows.map((r) => [key(r.financing, r.zone, String(r.category)), r]));
  const before = new Map((current ?? []).map((r) => [key(r.financing, r.zone, String(r.category)), r.amount]));
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Financement</th>
            <th scope="col">Zone</th>
            {CATEGORY_COLUMNS.map((c) => (
              <th scope="col">{categoryLabel(c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CEILING_FINANCINGS.flatMap((f) =>
            ZONES.map((z) => (
              <tr>
                <th scope="row">{f}</th>
                <td>{ZONE_LABELS[z].fr}</td>
                {CATEGORY_COLUMNS.map((c) => {
                  const cell = cells.get(key(f, z, c));
                  const old = before.get(key(f, z, c));
                  if (!cell) return <td>—</td>;
                  const changed = current && current.length > 0 && old !== cell.amount;
                  return (
                    <td data-cell={key(f, z, c)}>
                      {euros(cell.amount)}
                      {cell.derived ? <small> (PLUS × 1,3)</small> : null}
                      {changed ? <small> (avant : {old === undefined ? 'aucun' : euros(old)})</small> : null}
                    </td>
                  );
                })}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}

export interface CeilingsPageProps {
  user: User;
  csrfToken: string;
  status: CeilingsStatus;
  /** the table of the year that decides today */
  rows: readonly CeilingRow[];
  flash?: string | undefined;
  error?: string | undefined;
  csv?: string;
  preview?: CeilingsPreview;
}

/** The income ceilings: which year decides, the table, and (administrators) loading a new year from a CSV. */
export function CeilingsPage({ user, csrfToken, status, rows, flash, error, csv = '', preview }: CeilingsPageProps) {
  const isAdmin = user.role === 'admin';
  return (
    <Layout
      title="Plafonds de ressources"
      user={user}
      csrfToken={csrfToken}
      current="/admin/plafonds"
      breadcrumbs={[{ href: '/admin', label: 'Tableau de bord' }, { label: 'Plafonds de ressources' }]}
    >
      <h1>Plafonds de ressources</h1>
      <Flash message={flash} />
      <ErrorBox message={error} />
      <CeilingsNotice status={status} />
      <p>
        Années chargées : {status.years.length ? status.years.join(', ') : 'aucune'}.{' '}
        {status.year !== null ? (
          <>
            L’éligibilité de {status.checkYear} est décidée avec les plafonds <strong>{status.year}</strong>.
          </>
        ) : null}
      </p>

      {preview && preview.ok === false && (
        <section class="card" aria-labelledby="erreurs">
          <h2 id="erreurs">
            Le fichier comporte {preview.problems.length} erreur{preview.problems.length > 1 ? 's' : ''} : rien n’a été appliqué
          </h2>
          <ul data-testid="ceilings-problems">
            {preview.problems.map((p) => (
              <li>
                {p.line > 0 ? `Ligne ${p.line} : ` : ''}
                {p.message}
              </li>
            ))}
          </ul>
        </section>
      )}

      {preview && preview.ok && (
        <section class="card" aria-labelledby="apercu">
          <h2 id="apercu">Aperçu des plafonds {preview.year} (rien n’est encore appliqué)</h2>
          <p>
            {preview.current.length
              ? `Ces ${preview.rows.length} montants remplaceront les ${preview.current.length} montants ${preview.year} actuels (les changements sont indiqués).`
              : `Ces ${preview.rows.length} montants seront ajoutés : l’année ${preview.year} n’est pas encore chargée.`}{' '}
            Les contrôles d’éligibilité utiliseront ces plafonds dès leur application ; le chargement est inscrit au journal d’audit.
          </p>
          <CeilingTable rows={preview.rows} current={preview.current} caption={`Plafonds ${preview.year} lus dans le fichier`} />
          <form method="post" action="/admin/plafonds/appliquer">
            <input type="hidden" name="_csrf" value={csrfToken} />
            <input type="hidden" name="csv" value={csv} />
            <button type="submit">Appliquer les plafonds {preview.year}</button> <a href="/admin/plafonds">Annuler</a>
          </form>
        </section>
      )}

      {isAdmin && (!preview || !preview.ok) && (
        <section class="card" aria-labelledby="charger">
          <h2 id="charger">Charger une année</h2>
          <p>
            Collez le contenu du fichier CSV (séparateur « ; » ou « , », une ligne par montant annuel en euros, une seule année par fichier). PLAI et PLUS sont obligatoires pour
            les trois zones ({ZONES.join(', ')}), catégories 1 à 6 et « supplementaire » ; sans lignes PLS, les plafonds PLS sont calculés (PLUS × 1,3). Un aperçu est montré avant
            toute application.
          </p>
          <form method="post" action="/admin/plafonds/apercu">
            <input type="hidden" name="_csrf" value={csrfToken} />
            <label for="csv">Contenu du fichier CSV</label>
            <textarea id="csv" name="csv" rows={12} cols={60} required maxLength={64 * 1024} aria-describedby="csv-exemple">
              {csv}
            </textarea>
            <p id="csv-exemple">
              Exemple : <code>{EXAMPLE.replaceAll('\n', ' ⏎ ')}</code>
            </p>
            <button type="submit">Vérifier et prévisualiser</button>
          </form>
        </section>
      )}

      {!preview && status.year !== null && (
        <section class="card" aria-labelledby="actuels">
          <h2 id="actuels">Plafonds {status.year} en vigueur</h2>
          <CeilingTable rows={rows} caption={`Plafonds de ressources ${status.year}`} />
        </section>
      )}
    </Layout>
  );
}
