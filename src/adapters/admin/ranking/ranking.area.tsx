import type { Request, Response } from 'express';
import { httpStatusOf } from '../../http/problem';
import { CANDIDACY } from '../../../modules/candidacy/index';
import { OFFER } from '../../../modules/offer/index';
import { DEMAND } from '../../../modules/demand/index';
import { DomainError, isDomainError } from '../../../shared/errors';
import { isId } from '../../../shared/ids';
import { requireAdminRole, type AdminArea } from '../admin-context';
import { ConfirmPage, Layout } from '../pages/layout';
import { sendPage } from '../render';
import { RankingPage, RankingsPage, DEFAULT_RANKING_SORT, RANKING_SORT_COLUMNS, RANKINGS_SORT_COLUMNS, candidatesOf, type Candidate } from './ranking.page';
import { parseSort } from '../pages/sort';
import { bodyField, bodyList, pageParam } from '../../web/kit/form';

const FLASH: Record<string, string> = {
  designated: 'Les candidats sélectionnés sont désignés.',
  transmitted: 'Les dossiers des candidats désignés sont transmis au bailleur.',
  republished: 'L’offre est republiée : les candidats restés en lice sont conservés, de nouveaux peuvent candidater.',
  recomputed: 'Le classement est recalculé : le nouveau calcul remplace celui de la clôture (motif conservé au journal d’audit).',
};

/** Back-office pages of the ranking: an offer's candidates in order, designation (1 to 3) and transmission to the landlord. */
export const rankingArea: AdminArea = (router, ctx) => {
  const candidacies = () => ctx.container.get(CANDIDACY.Service);
  const offers = () => ctx.container.get(OFFER.Service);
  /** who the candidates are (name, facts waiting for a check), read for the staff's ranking page only */
  const candidatesFor = async (demandIds: readonly string[]): Promise<Map<string, Candidate>> => candidatesOf(await ctx.container.get(DEMAND.Service).factsMany(demandIds));
  const staff = (req: Request) => requireAdminRole(req, 'agent', 'admin');

  const notFound = (req: Request, res: Response) => {
    const user = staff(req);
    sendPage(
      res,
      <Layout title="Offre introuvable" user={user} csrfToken={ctx.csrfToken(req, res)}>
        <h1>Offre introuvable</h1>
        <p>
          <a href="/admin/classements">Retour aux classements</a>
        </p>
      </Layout>,
      404,
    );
  };

  router.get('/classements', async (req, res) => {
    const user = staff(req);
    const sort = parseSort(req.query, RANKINGS_SORT_COLUMNS, { column: 'recent', dir: 'desc' });
    const page = pageParam(req.query.page);
    const result = await offers().search(user, {
      statuses: ['published', 'closed', 'designated', 'transmitted'],
      page,
      pageSize: 25,
      sort: sort.column,
      reversed: sort.dir !== (sort.column === 'recent' ? 'desc' : 'asc'),
    });
    sendPage(res, <RankingsPage user={user} csrfToken={ctx.csrfToken(req, res)} offers={result.items} page={result} sort={sort} />);
  });

  const render = async (
    req: Request,
    res: Response,
    offerId: string,
    problem?: DomainError,
    form?: { selected?: string[]; justification?: string; elsewhereJustification?: string; recomputeReason?: string },
  ) => {
    const user = staff(req);
    try {
      const [offer, ranking] = await Promise.all([offers().get(user, offerId), candidacies().ranking(user, offerId, { withEligibility: true })]);
      const candidates = await candidatesFor(ranking.items.map((i) => i.demandId));
      const ok = typeof req.query.ok === 'string' ? FLASH[req.query.ok] : undefined;
      sendPage(
        res,
        <RankingPage
          user={user}
          csrfToken={ctx.csrfToken(req, res)}
          offer={offer}
          ranking={ranking}
          candidates={candidates}
          flash={problem ? undefined : ok}
          error={problem?.message}
          fieldErrors={problem?.fields ?? []}
          selected={form?.selected ?? []}
          justification={form?.justification ?? ''}
          elsewhereJustification={form?.elsewhereJustification ?? ''}
          recomputeReason={form?.recomputeReason ?? ''}
          sort={parseSort(req.query, RANKING_SORT_COLUMNS, DEFAULT_RANKING_SORT)}
        />,
        problem ? httpStatusOf(problem.kind) : 200,
      );
    } catch (error) {
      if (isDomainError(error) && error.kind === 'not_found') return notFound(req, res);
      throw error;
    }
  };

  router.get('/offres/:id/classement', async (req, res) => {
    if (!isId(req.params.id)) return notFound(req, res);
    await render(req, res, req.params.id);
  });

  router.post('/offres/:id/classement/designation', async (req, res) => {
    const user = staff(req);
    const id = String(req.params.id);
    if (!isId(id)) return notFound(req, res);
    const selected = bodyList(req.body, 'candidacyIds').filter(isId);
    const justification = bodyField(req.body, 'justification');
    const elsewhereJustification = bodyField(req.body, 'elsewhereJustification');
    try {
      await candidacies().designate(user, id, {
        candidacyIds: selected,
        ...(justification ? { justification } : {}),
        ...(elsewhereJustification ? { elsewhereJustification } : {}),
      });
      res.redirect(303, `/admin/offres/${id}/classement?ok=designated`);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await render(req, res, id, error, { selected, justification, elsewhereJustification });
    }
  });

  // the agent recomputes the ranking frozen at the closing (a corrected fact), with a reason and a confirmation
  router.post('/offres/:id/classement/recalcul', async (req, res) => {
    const user = staff(req);
    const id = String(req.params.id);
    if (!isId(id)) return notFound(req, res);
    const reason = bodyField(req.body, 'reason').slice(0, 1000);
    try {
      if (bodyField(req.body, 'confirm') !== 'oui') {
        const message = 'Cochez la case de confirmation pour recalculer le classement.';
        throw new DomainError('invalid', 'ADMIN.CONFIRMATION_REQUIRED', message, { fields: [{ field: 'confirm', message }] });
      }
      await candidacies().recomputeRanking(user, id, { reason });
      res.redirect(303, `/admin/offres/${id}/classement?ok=recomputed`);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await render(req, res, id, error, { recomputeReason: reason });
    }
  });

  router.post('/offres/:id/classement/republication', async (req, res) => {
    const user = staff(req);
    const id = String(req.params.id);
    if (!isId(id)) return notFound(req, res);
    const reason = bodyField(req.body, 'reason');
    try {
      await candidacies().republish(user, id, { closingDate: bodyField(req.body, 'closingDate'), ...(reason ? { reason } : {}) });
      res.redirect(303, `/admin/offres/${id}/classement?ok=republished`);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await render(req, res, id, error);
    }
  });

  router.post('/offres/:id/classement/transmission', async (req, res) => {
    const user = staff(req);
    const id = String(req.params.id);
    if (!isId(id)) return notFound(req, res);
    try {
      if (bodyField(req.body, 'confirm') !== 'oui') {
        // the confirmation step: what transmitting does, written out, before it is done
        const [offer, ranking] = await Promise.all([offers().get(user, id), candidacies().ranking(user, id)]);
        if (!ranking.actions.transmit) return await render(req, res, id);
        const designated = ranking.items.filter((i) => i.status === 'designated');
        const candidates = await candidatesFor(designated.map((d) => d.demandId));
        const who = designated.map((d) => `${candidates.get(d.demandId)?.name ?? 'Candidat'} (rang ${d.rank})`).join(', ');
        const landlord = offer.landlordName ? `au bailleur ${offer.landlordName}` : 'au bailleur';
        const title = 'Confirmer la transmission au bailleur';
        return sendPage(
          res,
          <ConfirmPage
            user={user}
            csrfToken={ctx.csrfToken(req, res)}
            title={title}
            subject={`Offre T${offer.typology} · ${offer.addressLine}, ${offer.postalCode} ${offer.communeName ?? offer.communeCode} — ${designated.length === 1 ? 'candidat désigné' : 'candidats désignés'} : ${who}.`}
            consequences={[
              `${designated.length === 1 ? 'Le dossier du candidat désigné est transmis' : `Les dossiers des ${designated.length} candidats désignés sont transmis`} ${landlord}, qui pourra lire leurs pièces justificatives (chaque lecture est inscrite au journal d’audit).`,
              `L’offre passe à l’état « Transmise au bailleur » : plus aucune désignation n’est possible, sauf republication si tous les candidats se retirent ou sont refusés.`,
              `${designated.length === 1 ? 'Le candidat est informé' : 'Chaque candidat est informé'} de la transmission de son dossier.`,
            ]}
            action={`/admin/offres/${id}/classement/transmission`}
            fields={[]}
            confirmLabel="Oui, transmettre au bailleur"
            cancelHref={`/admin/offres/${id}/classement`}
            breadcrumbs={[
              { href: '/admin', label: 'Tableau de bord' },
              { href: '/admin/classements', label: 'Classements' },
              { href: `/admin/offres/${id}/classement`, label: `Classement — T${offer.typology} ${offer.communeName ?? offer.communeCode}` },
              { label: title },
            ]}
          />,
        );
      }
      await candidacies().transmit(user, id);
      res.redirect(303, `/admin/offres/${id}/classement?ok=transmitted`);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      if (error.kind === 'not_found') return notFound(req, res);
      await render(req, res, id, error);
    }
  });
};
