import { SHARED } from '../../../shared/tokens';
import type { Request } from 'express';
import { z } from 'zod';
import { AUDIT_SORT_COLUMNS, AuditReadModel, type AuditFilters, type AuditRow } from '../../db/read-models/audit.read-model';
import type { Database } from '../../db/database';
import { toCsv } from '../../../shared/csv';
import { isIsoDate } from '../../../shared/dates';
import { Layout } from '../pages/layout';
import { sendPage } from '../render';
import { Pager } from '../pages/pager';
import { parseSort, SortableTh } from '../pages/sort';
import { requireAdminRole, type AdminArea } from '../admin-context';

const DATABASE = Symbol.for('boot.Database');
const PAGE_SIZE = 50;

const uuid = z.string().uuid();
const isoDate = z.string().refine(isIsoDate, 'date attendue au format AAAA-MM-JJ');
const Filters = z.object({
  actor: z.union([z.literal(''), uuid]).optional(),
  objectType: z.string().max(40).optional(),
  objectId: z.string().max(100).optional(),
  action: z.string().max(60).optional(),
  from: z.union([z.literal(''), isoDate]).optional(),
  to: z.union([z.literal(''), isoDate]).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  sort: z.string().optional(),
  dir: z.string().optional(),
});

function readFilters(req: Request): { filters: AuditFilters; page: number; errors: Record<string, string>; raw: Record<string, string> } {
  const raw = Object.fromEntries(Object.entries(req.query).map(([k, v]) => [k, typeof v === 'string' ? v : '']));
  const parsed = Filters.safeParse(raw);
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
    return { filters: {}, page: 1, errors, raw };
  }
  const q = parsed.data;
  return {
    filters: { actorAccountId: q.actor || undefined, objectType: q.objectType || undefined, objectId: q.objectId || undefined, action: q.action || undefined, from: q.from || undefined, to: q.to || undefined },
    page: q.page ?? 1,
    errors: {},
    raw,
  };
}

const CSV_COLUMNS = ['horodatage', 'acteur', 'role', 'pour_type', 'pour_id', 'action', 'objet_type', 'objet_id', 'adresse', 'detail'];
const csvRow = (r: AuditRow) => [r.at.toISOString(), r.actorAccountId, r.actorRole, r.actingForKind, r.actingForId, r.action, r.objectType, r.objectId, r.address, r.detail ? JSON.stringify(r.detail) : ''];

function Field({ name, label, value, error, type = 'text' }: { name: string; label: string; value: string | undefined; error: string | undefined; type?: 'text' | 'date' }) {
  return (
    <div>
      <label for={`f-${name}`}>{label}</label>
      {type === 'date' ? (
        <input id={`f-${name}`} name={name} type="date" value={value ?? ''} aria-invalid={error ? true : undefined} aria-describedby={error ? `e-${name}` : undefined} />
      ) : (
        <input id={`f-${name}`} name={name} type="text" value={value ?? ''} aria-invalid={error ? true : undefined} aria-describedby={error ? `e-${name}` : undefined} />
      )}
      {error && <p class="field-error" id={`e-${name}`}>{error}</p>}
    </div>
  );
}

/** The audit trail: search by person, object and period, and CSV export (role admin only). */
export const auditArea: AdminArea = (router, ctx) => {
  const readModel = new AuditReadModel(ctx.container.get<Database>(DATABASE));

  router.get('/audit', async (req, res) => {
    const user = requireAdminRole(req, 'admin');
    const { filters, page, errors, raw } = readFilters(req);
    const sort = parseSort(req.query, AUDIT_SORT_COLUMNS, { column: 'at', dir: 'desc' });
    const result = Object.keys(errors).length ? { items: [], total: 0 } : await readModel.search(filters, page, PAGE_SIZE, sort);
    const exportQuery = new URLSearchParams(Object.fromEntries(Object.entries(raw).filter(([k]) => !['page', 'sort', 'dir'].includes(k)))).toString();
    const params = { ...raw, sort: sort.column, dir: sort.dir };
    const th = (label: string, column: (typeof AUDIT_SORT_COLUMNS)[number]) => <SortableTh label={label} column={column} sort={sort} base="/admin/audit" params={params} />;
    sendPage(
      res,
      <Layout title="Journal d'audit" user={user} csrfToken={ctx.csrfToken(req, res)} current="/admin/audit" breadcrumbs={[{ href: '/admin', label: 'Tableau de bord' }, { label: "Journal d'audit" }]}>
        <h1>Journal d'audit</h1>
        <p>Lectures de pièces et de dossiers par un tiers, désignations, validations, décisions de CAL, échecs de connexion. Les entrées ne peuvent être ni modifiées ni supprimées.</p>
        <form method="get" action="/admin/audit" class="card">
          <div class="grid">
            <Field name="actor" label="Acteur (identifiant du compte)" value={raw.actor} error={errors.actor} />
            <Field name="objectType" label="Type d'objet (document, demand…)" value={raw.objectType} error={errors.objectType} />
            <Field name="objectId" label="Identifiant de l'objet" value={raw.objectId} error={errors.objectId} />
            <Field name="action" label="Action (début, ex. document.)" value={raw.action} error={errors.action} />
            <Field name="from" label="Du" type="date" value={raw.from} error={errors.from} />
            <Field name="to" label="Au" type="date" value={raw.to} error={errors.to} />
          </div>
          <p><button class="primary" type="submit">Rechercher</button> <a href={`/admin/audit.csv?${exportQuery}`}>Exporter en CSV</a></p>
        </form>
        {Object.keys(errors).length > 0 && <p class="error" role="alert">Corrigez les filtres signalés ci-dessus.</p>}
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
          <table>
            <caption class="visually-hidden">Entrées du journal d'audit</caption>
            <thead><tr>{th('Date', 'at')}{th('Acteur', 'actor')}<th scope="col">Pour</th>{th('Action', 'action')}{th('Objet', 'object')}<th scope="col">Adresse</th><th scope="col">Détail</th></tr></thead>
            <tbody>
              {result.items.map((r) => (
                <tr>
                  <td>{r.at.toISOString().replace('T', ' ').slice(0, 19)}</td>
                  <td>{r.actorAccountId ?? '—'}<br /><small>{r.actorRole ?? ''}</small></td>
                  <td>{r.actingForKind ? `${r.actingForKind} ${r.actingForId}` : '—'}</td>
                  <td>{r.action}</td>
                  <td>{r.objectType} {r.objectId}</td>
                  <td>{r.address ?? '—'}</td>
                  <td>{r.detail ? JSON.stringify(r.detail) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pager base="/admin/audit" params={params} page={page} pageSize={PAGE_SIZE} total={result.total} noun="entrée" />
      </Layout>,
    );
  });

  router.get('/audit.csv', async (req, res) => {
    requireAdminRole(req, 'admin');
    const { filters, errors } = readFilters(req);
    if (Object.keys(errors).length) {
      res.status(400).type('text/plain').send(`Filtres invalides : ${Object.entries(errors).map(([k, v]) => `${k}: ${v}`).join('; ')}`);
      return;
    }
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="journal-audit-${ctx.container.get(SHARED.Clock).now().toISOString().slice(0, 10)}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.write(toCsv([CSV_COLUMNS], { bom: true }));
    for await (const batch of readModel.scan(filters)) res.write(toCsv(batch.map(csvRow)));
    res.end();
  });
};
