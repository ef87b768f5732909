import { SHARED } from '../../../shared/tokens';
import type { AuditTrail } from '../../../shared/audit';
import type { Request } from 'express';
import { AUDIT_SORT_COLUMNS, AuditReadModel, type AuditFilters, type AuditRow, type AuditScope } from '../../db/read-models/audit.read-model';
import type { Database } from '../../db/database';
import { toCsv } from '../../../shared/csv';
import { isIsoDate } from '../../../shared/dates';
import { sendPage } from '../render';
import { parseSort } from '../pages/sort';
import { requireAdminRole, type AdminArea, type AdminUser } from '../admin-context';
import { AuditPage, actingForText, actorText, type AuditParams } from './audit.page';
import { actionLabel, AGENT_VISIBLE_OBJECT_TYPES, AUDIT_ACTION_LABELS, AUDIT_OBJECT_LABELS, detailLines, objectLabel, parisMidnight, parisTime, roleLabel } from './labels';

const DATABASE = Symbol.for('boot.Database');
const PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (req: Request, name: string, max: number): string => {
  const v = req.query[name];
  return typeof v === 'string' ? v.trim().slice(0, max) : '';
};

/** Need-to-know: an agent reads entries about the objects of their work and their own actions; an admin reads all. */
export function auditScopeOf(user: AdminUser): AuditScope | undefined {
  return user.role === 'admin' ? undefined : { accountId: user.accountId, objectTypes: AGENT_VISIBLE_OBJECT_TYPES };
}

/** The filters from the query string, checked (French messages by field). */
export function readAuditFilters(req: Request, objectTypes: readonly string[]): { params: AuditParams; filters: AuditFilters; errors: Record<string, string> } {
  const params: AuditParams = {
    personne: text(req, 'personne', 100),
    objet: text(req, 'objet', 40),
    id: text(req, 'id', 100),
    action: text(req, 'action', 60),
    du: text(req, 'du', 10),
    au: text(req, 'au', 10),
  };
  const errors: Record<string, string> = {};
  const filters: AuditFilters = {};
  if (params.personne) {
    if (params.personne.length < 2) errors.personne = 'Saisissez au moins 2 caractères du nom ou du courriel.';
    else if (UUID.test(params.personne)) filters.actorAccountId = params.personne.toLowerCase();
    else filters.person = params.personne;
  }
  if (params.objet && objectTypes.includes(params.objet)) filters.objectType = params.objet;
  if (params.id) filters.objectId = params.id;
  if (params.action && (params.action in AUDIT_ACTION_LABELS || /^[a-z_]{2,30}\.$/.test(params.action))) filters.action = params.action;
  if (params.du) {
    if (isIsoDate(params.du)) filters.from = parisMidnight(params.du);
    else errors.du = 'Date attendue au format JJ/MM/AAAA.';
  }
  if (params.au) {
    if (isIsoDate(params.au)) filters.to = parisMidnight(new Date(Date.parse(`${params.au}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
    else errors.au = 'Date attendue au format JJ/MM/AAAA.';
  }
  if (filters.from && filters.to && filters.from >= filters.to) errors.au = 'La date de fin précède la date de début.';
  return { params, filters, errors };
}

/** The export's columns, French headers. */
export const AUDIT_CSV_HEADERS = [
  'Date et heure (Paris)',
  'Qui',
  'Rôle',
  'Pour le compte de',
  'Action',
  'Code de l’action',
  'Objet',
  'Identifiant de l’objet',
  'Détails',
  'Adresse réseau',
];
export function auditCsvRow(r: AuditRow, showAddress: boolean): string[] {
  return [
    parisTime(r.at),
    actorText(r),
    roleLabel(r.actorRole),
    actingForText(r),
    actionLabel(r.action),
    r.action,
    objectLabel(r.objectType),
    r.objectId,
    detailLines(r.detail).join(' | '),
    showAddress ? (r.address ?? '') : '',
  ];
}

/** The audit trail, read-only: search by person, object, action and period; CSV export. Agents see their need-to-know. */
export const auditArea: AdminArea = (router, ctx) => {
  const readModel = new AuditReadModel(ctx.container.get<Database>(DATABASE));
  const typesFor = (user: AdminUser): readonly string[] => (user.role === 'admin' ? Object.keys(AUDIT_OBJECT_LABELS) : AGENT_VISIBLE_OBJECT_TYPES);
  /**
   * Reading the trail about a person, and exporting it, are themselves audited: which filters were used (their
   * kinds, and the ids of an object or an account), never the name or e-mail typed.
   */
  const recordRead = (req: Request, user: AdminUser, action: 'audit.searched' | 'audit.exported', filters: AuditFilters) =>
    ctx.container.get<AuditTrail>(SHARED.AuditTrail).record({
      actorAccountId: user.accountId,
      actorRole: user.role,
      action,
      objectType: 'audit_trail',
      objectId: 'journal',
      detail: {
        filtres: Object.keys(filters).join(', ') || 'aucun',
        ...(filters.actorAccountId ? { compte: filters.actorAccountId } : {}),
        ...(filters.objectType ? { objet: filters.objectType } : {}),
        ...(filters.objectId ? { identifiant: filters.objectId } : {}),
      },
      address: req.ip,
    });

  router.get('/audit', async (req, res) => {
    const user = requireAdminRole(req, 'agent', 'admin');
    const { params, filters, errors } = readAuditFilters(req, typesFor(user));
    const n = Number(req.query.page);
    const page = Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1;
    const sort = parseSort(req.query, AUDIT_SORT_COLUMNS, { column: 'at', dir: 'desc' });
    const failed = Object.keys(errors).length > 0;
    const result = failed ? { items: [], total: 0 } : await readModel.search(filters, page, PAGE_SIZE, sort, auditScopeOf(user));
    if (!failed && (filters.person || filters.actorAccountId)) await recordRead(req, user, 'audit.searched', filters);
    sendPage(
      res,
      <AuditPage
        user={user}
        csrfToken={ctx.csrfToken(req, res)}
        params={params}
        errors={errors}
        result={result}
        page={page}
        pageSize={PAGE_SIZE}
        sort={sort}
        objectTypes={typesFor(user)}
        showAddress={user.role === 'admin'}
      />,
      failed ? 400 : 200,
    );
  });

  router.get('/audit.csv', async (req, res) => {
    const user = requireAdminRole(req, 'agent', 'admin');
    const { filters, errors } = readAuditFilters(req, typesFor(user));
    if (Object.keys(errors).length) {
      res
        .status(400)
        .type('text/plain; charset=utf-8')
        .send(`Filtres invalides : ${Object.values(errors).join(' ')}`);
      return;
    }
    const showAddress = user.role === 'admin';
    await recordRead(req, user, 'audit.exported', filters);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="journal-audit-${ctx.container.get(SHARED.Clock).now().toISOString().slice(0, 10)}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.write(toCsv([AUDIT_CSV_HEADERS], { bom: true }));
    for await (const batch of readModel.scan(filters, auditScopeOf(user))) res.write(toCsv(batch.map((r) => auditCsvRow(r, showAddress))));
    res.end();
  });
};
