import type { Request, Response } from 'express';
import { httpStatusOf } from '../../http/problem';
import { isDepartementCode } from '../../../shared/commune';
import {
  CHECKABLE_FACTS,
  DEMAND,
  DEMAND_APP_ERRORS,
  DEMAND_SEARCH_MAX,
  DEMAND_SEARCH_MIN,
  DEMAND_STATUSES,
  DOCUMENT_TYPES,
  FACT_CHECK_REASON_MAX,
  OVERRIDE_REASON_MAX,
  OVERRIDE_REASON_MIN,
  requiredDocuments,
  type CheckableFact,
  type DemandListFilter,
  type DemandListSort,
  type DemandStatus,
  type DocumentType,
} from '../../../modules/demand/index';
import { isIsoDate, toIsoDate } from '../../../shared/dates';
import { SHARED } from '../../../shared/tokens';
import { invalid, isDomainError, type DomainError } from '../../../shared/errors';
import { isId } from '../../../shared/ids';
import { streamDocument } from '../../http/routes/demand-documents.routes';
import type { AdminArea, AdminUser } from '../admin-context';
import { requireAdminRole } from '../admin-context';
import { sendPage } from '../render';
import { DemandNotFoundPage, DemandPage, type ActionError, type ActionValues } from './demand.page';
import { DEMAND_SORT_COLUMNS, DemandsListPage, SORT_OPTIONS, type DemandListParams } from './demands-list.page';
import { parseSort } from '../pages/sort';
import { accountFinder, actorLabels, HISTORY_DEFAULT_SORT, HISTORY_SORT_COLUMNS } from '../pages/history';
import { ConfirmPage } from '../pages/layout';
import { OFFER } from '../../../modules/offer/index';
import { deName } from '../../web/kit/french';

const DEMAND_STATUS_SET = new Set<string>(DEMAND_STATUSES);

/** The demand page allows an inline viewer of the pieces, from this origin only. */
const DEMAND_PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; object-src 'none'; " +
  "frame-ancestors 'self'; form-action 'self'; base-uri 'self'";
/**
 * A piece shown inline in the back office: nothing runs (`sandbox`, as the API download: no
 * script, no form, no plugin action, an opaque origin), only this origin may frame it.
 */
export const INLINE_PIECE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'; sandbox";

const field = (req: Request, name: string): string => {
  const v = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v.trim() : '';
};
const list = (req: Request, name: string): string[] => {
  const v = (req.body as Record<string, unknown> | undefined)?.[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
};
const query = (req: Request, name: string, max = 40): string => {
  const v = req.query[name];
  return typeof v === 'string' ? v.trim().slice(0, max) : '';
};
const pageParam = (req: Request): number => {
  const n = Number(req.query.page);
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1;
};
const callContext = (req: Request) => (req.ip ? { address: req.ip } : {});
const fieldsOf = (error: DomainError): Record<string, string> => Object.fromEntries(error.fields.map((f) => [f.field, f.message]));

/** The agents' instruction of demands: the queue, a demand's file with its pieces, and the decisions. */
export const demandsArea: AdminArea = (router, ctx) => {
  const demands = () => ctx.container.get(DEMAND.Service);
  const documents = () => ctx.container.get(DEMAND.Documents);
  const today = () => toIsoDate(ctx.container.get(SHARED.Clock).now());
  const staff = (req: Request) => requireAdminRole(req, 'agent', 'admin');

  router.get('/demandes', async (req, res) => {
    const user = staff(req);
    const params: DemandListParams = {
      q: query(req, 'q', DEMAND_SEARCH_MAX),
      statut: query(req, 'statut'),
      pieces: query(req, 'pieces'),
      departement: query(req, 'departement', 3).toUpperCase(),
      du: query(req, 'du', 10),
      au: query(req, 'au', 10),
      enregistrement: query(req, 'enregistrement'),
      tri: query(req, 'tri'),
    };
    const errors: Record<string, string> = {};
    const filter: DemandListFilter = {};
    if (params.q) {
      if (params.q.length >= DEMAND_SEARCH_MIN) filter.search = params.q;
      else errors.q = `Saisissez au moins ${DEMAND_SEARCH_MIN} caractères.`;
    }
    if (params.statut === 'a-instruire') filter.statuses = ['submitted', 'in_instruction'];
    else if (DEMAND_STATUS_SET.has(params.statut)) filter.statuses = [params.statut as DemandStatus];
    if (params.pieces === 'a-verifier') filter.documentsPending = true;
    else if (params.pieces === 'aucune') filter.documentsPending = false;
    else if (params.pieces === 'demandees') filter.documentsRequested = true;
    if (params.departement) {
      if (isDepartementCode(params.departement)) filter.departement = params.departement;
      else errors.departement = 'Code de département : 69, 2A, 971, 988…';
    }
    if (params.du) {
      if (isIsoDate(params.du)) filter.registeredFrom = params.du;
      else errors.du = 'Date invalide.';
    }
    if (params.au) {
      if (isIsoDate(params.au)) filter.registeredTo = params.au;
      else errors.au = 'Date invalide.';
    }
    if (params.enregistrement === 'en-attente') filter.registrationPending = true;
    const columnSort = req.query.sort === undefined ? undefined : parseSort(req.query, DEMAND_SORT_COLUMNS, { column: 'created', dir: 'desc' });
    const sort = columnSort ? (`${columnSort.column}_${columnSort.dir}` as DemandListSort) : (SORT_OPTIONS.find((o) => o.value === params.tri)?.sort ?? 'created_desc');
    if (columnSort) {
      params.sort = columnSort.column;
      params.dir = columnSort.dir;
    }
    const result = await demands().listDemands(user, filter, { page: pageParam(req), pageSize: 25 }, sort);
    sendPage(res, <DemandsListPage user={user} csrfToken={ctx.csrfToken(req, res)} result={result} params={params} errors={errors} />, Object.keys(errors).length ? 400 : 200);
  });

  const notFound = (req: Request, res: Response, user: AdminUser) => sendPage(res, <DemandNotFoundPage user={user} csrfToken={ctx.csrfToken(req, res)} />, 404);

  /** Renders a demand's page (each render reads the full file: audited `demand.read`). */
  const renderDemand = async (req: Request, res: Response, id: string, problem?: { error: ActionError; values: ActionValues; status: number }) => {
    const user = staff(req);
    let record;
    try {
      record = await demands().getDemand(user, id, callContext(req));
    } catch (error) {
      if (isDomainError(error) && error.kind === 'not_found') return notFound(req, res, user);
      throw error;
    }
    const docs = (await documents().list(user, id)).map((d) => documents().view(d, user));
    const checklist = await demands().instructionChecklist(user, id);
    const piece = query(req, 'piece', 36);
    const viewing = piece ? docs.find((d) => d.id === piece && !d.fileDeleted) : undefined;
    const flash = problem ? undefined : query(req, 'ok', 20) || undefined;
    res.setHeader('Content-Security-Policy', DEMAND_PAGE_CSP);
    sendPage(
      res,
      <DemandPage
        user={user}
        csrfToken={ctx.csrfToken(req, res)}
        demand={demands().view(record, user)}
        documents={docs}
        verificationMode={documents().verificationMode()}
        required={requiredDocuments(record.demand.data, today())}
        checklist={checklist}
        viewing={viewing}
        flash={flash}
        error={problem?.error}
        values={problem?.values ?? {}}
        historySort={parseSort(req.query, HISTORY_SORT_COLUMNS, HISTORY_DEFAULT_SORT)}
        historyPage={pageParam(req)}
        actors={await actorLabels(
          [...record.demand.history.map((e) => e.by), ...Object.values(record.factChecks ?? {}).map((c) => c?.by)],
          accountFinder(ctx.container),
          () => undefined,
        )}
        communeName={(code) => ctx.container.get(OFFER.CommuneDirectory).communeName(code)}
      />,
      problem?.status ?? 200,
    );
  };

  router.get('/demandes/:id', async (req, res) => {
    const user = staff(req);
    if (!isId(req.params.id)) return notFound(req, res, user);
    await renderDemand(req, res, req.params.id);
  });

  /** Runs an agent's decision; on a refusal, shows the page again with the input and the errors next to the fields. */
  const act =
    (form: ActionError['form'], values: (req: Request) => ActionValues, run: (req: Request, user: AdminUser, id: string) => Promise<unknown>, ok: string) =>
    async (req: Request, res: Response) => {
      const user = staff(req);
      const id = String(req.params.id);
      if (!isId(id)) return notFound(req, res, user);
      try {
        await run(req, user, id);
        const flash = ok === 'fact' ? (field(req, 'decision') === 'uncheck' ? 'fact-unchecked' : 'fact-checked') : ok;
        res.redirect(303, `/admin/demandes/${id}?ok=${flash}`);
      } catch (error) {
        if (!isDomainError(error)) throw error;
        if (error.kind === 'not_found' && error.code === DEMAND_APP_ERRORS.NOT_FOUND) return notFound(req, res, user);
        const documentId = typeof req.params.docId === 'string' ? req.params.docId : undefined;
        await renderDemand(req, res, id, {
          error: { form, message: error.message, fields: fieldsOf(error), ...(documentId ? { documentId } : {}) },
          values: values(req),
          status: httpStatusOf(error.kind),
        });
      }
    };

  router.post(
    '/demandes/:id/prendre-en-charge',
    act(
      'start',
      () => ({}),
      (req, user, id) => demands().startInstruction(user, id, callContext(req)),
      'started',
    ),
  );

  // validating with the checklist overridden is confirmed first, with what it does written out: the expected
  // pieces not verified that the agent passes over, the reason kept in the audit trail, the demand made active
  router.post('/demandes/:id/valider', async (req, res, next) => {
    const id = String(req.params.id);
    const reason = field(req, 'overrideReason').slice(0, OVERRIDE_REASON_MAX);
    // no reason (or too short): the use case's refusal comes back on the demand's page, next to the field
    if (field(req, 'confirm') === 'oui' || reason.length < OVERRIDE_REASON_MIN || !isId(id)) return next();
    const user = staff(req);
    let record;
    let checklist;
    try {
      [record, checklist] = await Promise.all([demands().getDemand(user, id, callContext(req)), demands().instructionChecklist(user, id)]);
    } catch (error) {
      if (isDomainError(error)) return next();
      throw error;
    }
    if (!demands().view(record, user).actions.decide || checklist.complete) return next();
    const mobilityChecked = field(req, 'mobilityChecked') === '1' && record.demand.data.mobility !== undefined;
    const applicant = `${record.demand.data.applicant.firstName} ${record.demand.data.applicant.lastName}`;
    const missing = checklist.missing.length;
    const title = 'Confirmer la validation sans toutes les pièces vérifiées';
    sendPage(
      res,
      <ConfirmPage
        user={user}
        csrfToken={ctx.csrfToken(req, res)}
        title={title}
        subject={`Demande ${deName(applicant)}.`}
        consequences={[
          `Vous passez outre ${missing > 1 ? `${missing} pièces attendues non vérifiées` : 'une pièce attendue non vérifiée'} : ${checklist.missing.map((i) => i.label).join(' ; ')}.`,
          'La demande devient active : elle est enregistrée et reçoit son numéro unique, et le demandeur peut se positionner sur les offres.',
          ...(record.demand.data.mobility ? [mobilityChecked ? 'La mobilité déclarée est notée vérifiée par vous.' : 'La mobilité déclarée n’est pas notée vérifiée.'] : []),
          `Le motif « ${reason} » et la liste des ${missing > 1 ? 'pièces' : 'pièce'} non ${missing > 1 ? 'vérifiées' : 'vérifiée'} sont inscrits au journal d’audit, à votre nom.`,
          'La validation ne peut pas être annulée.',
        ]}
        action={`/admin/demandes/${id}/valider`}
        fields={[['overrideReason', reason], ...(mobilityChecked ? [['mobilityChecked', '1'] as const] : [])]}
        confirmLabel="Oui, valider la demande"
        cancelHref={`/admin/demandes/${id}#decisions`}
        breadcrumbs={[
          { href: '/admin', label: 'Tableau de bord' },
          { href: '/admin/demandes', label: 'Demandes' },
          { href: `/admin/demandes/${id}`, label: applicant },
          { label: title },
        ]}
      />,
    );
  });
  router.post(
    '/demandes/:id/valider',
    act(
      'validate',
      (req) => ({ mobilityChecked: field(req, 'mobilityChecked') === '1', overrideReason: field(req, 'overrideReason') }),
      (req, user, id) => {
        const reason = field(req, 'overrideReason').slice(0, OVERRIDE_REASON_MAX);
        return demands().validate(user, id, { mobilityChecked: field(req, 'mobilityChecked') === '1', ...(reason ? { piecesOverride: { reason } } : {}) }, callContext(req));
      },
      'validated',
    ),
  );

  // An agent checks a declared fact (mobility, DALO, CAL history), or does not retain it with a reason; confirmed by a box (audited).
  router.post(
    '/demandes/:id/faits',
    act(
      'fact',
      (req) => ({ fact: field(req, 'fact'), factReason: field(req, 'reason') }),
      (req, user, id) => {
        const fact = field(req, 'fact');
        if (!(CHECKABLE_FACTS as readonly string[]).includes(fact)) throw invalid('ADMIN.INVALID_FACT', 'Fait inconnu.', [{ field: 'fact', message: 'Fait inconnu.' }]);
        const decision = field(req, 'decision') === 'uncheck' ? 'uncheck' : 'check';
        if (field(req, 'confirm') !== '1') {
          throw invalid('ADMIN.CONFIRMATION_REQUIRED', 'Confirmez votre décision sur le fait déclaré.', [
            { field: 'confirm', message: decision === 'check' ? 'Cochez la case pour confirmer avoir vérifié ce fait.' : 'Cochez la case pour confirmer ne pas retenir ce fait.' },
          ]);
        }
        const reason = field(req, 'reason').slice(0, FACT_CHECK_REASON_MAX);
        return demands().checkFact(user, id, { fact: fact as CheckableFact, decision, ...(reason ? { reason } : {}) }, callContext(req));
      },
      'fact',
    ),
  );

  router.post(
    '/demandes/:id/demander-pieces',
    act(
      'request',
      (req) => ({ message: field(req, 'message'), documentTypes: list(req, 'documentTypes') }),
      (req, user, id) => {
        const types = list(req, 'documentTypes').filter((t): t is DocumentType => (DOCUMENT_TYPES as readonly string[]).includes(t));
        return demands().requestDocuments(user, id, { message: field(req, 'message').slice(0, 2000), documentTypes: types }, callContext(req));
      },
      'requested',
    ),
  );

  // refusing is confirmed first, with what it does written out (the applicant is told, the file goes back to them)
  router.post('/demandes/:id/refuser', async (req, res, next) => {
    if (field(req, 'confirm') === 'oui' || !field(req, 'reason') || !isId(String(req.params.id))) return next();
    const user = staff(req);
    const id = String(req.params.id);
    const record = await demands().getDemand(user, id, callContext(req));
    const applicant = `${record.demand.data.applicant.firstName} ${record.demand.data.applicant.lastName}`;
    const title = 'Confirmer le refus de la demande';
    sendPage(
      res,
      <ConfirmPage
        user={user}
        csrfToken={ctx.csrfToken(req, res)}
        title={title}
        subject={`Demande ${deName(applicant)}.`}
        consequences={[
          'La demande est refusée et revient au demandeur à l’état de brouillon : elle n’est plus en instruction et ne reçoit pas de numéro unique.',
          `Le demandeur est prévenu et lit le motif : « ${field(req, 'reason').slice(0, 2000)} ».`,
          'Il pourra la corriger et la déposer à nouveau ; le refus reste à l’historique et au journal d’audit.',
        ]}
        action={`/admin/demandes/${id}/refuser`}
        fields={[['reason', field(req, 'reason').slice(0, 2000)]]}
        confirmLabel="Oui, refuser la demande"
        cancelHref={`/admin/demandes/${id}#decisions`}
        breadcrumbs={[
          { href: '/admin', label: 'Tableau de bord' },
          { href: '/admin/demandes', label: 'Demandes' },
          { href: `/admin/demandes/${id}`, label: applicant },
          { label: title },
        ]}
      />,
    );
  });
  router.post(
    '/demandes/:id/refuser',
    act(
      'reject',
      (req) => ({ reason: field(req, 'reason') }),
      (req, user, id) => demands().reject(user, id, field(req, 'reason').slice(0, 2000), callContext(req)),
      'rejected',
    ),
  );

  router.post('/demandes/:id/pieces/:docId/decision', async (req, res) => {
    const outcome = field(req, 'outcome') === 'rejected' ? 'rejected' : 'verified';
    if (!isId(String(req.params.docId))) return notFound(req, res, staff(req));
    await act(
      'piece',
      (r) => ({ pieceReason: field(r, 'reason') }),
      (r, user, id) =>
        documents().decide(user, id, String(r.params.docId), { outcome, ...(field(r, 'reason') ? { reason: field(r, 'reason').slice(0, 1000) } : {}) }, callContext(r)),
      outcome === 'verified' ? 'piece-verified' : 'piece-rejected',
    )(req, res);
  });

  // The piece itself, decrypted, shown inline in the page's viewer (audited `document.read`).
  router.get('/demandes/:id/pieces/:docId/contenu', async (req, res) => {
    const user = staff(req);
    const { id, docId } = req.params as { id: string; docId: string };
    if (!isId(id) || !isId(docId)) return notFound(req, res, user);
    try {
      const doc = await documents().readContent(user, id, docId, { ...callContext(req), disposition: 'inline' });
      await streamDocument(res, doc, 'inline', INLINE_PIECE_CSP);
    } catch (error) {
      if (isDomainError(error) && error.kind === 'not_found' && !res.headersSent) return notFound(req, res, user);
      throw error;
    }
  });
};
