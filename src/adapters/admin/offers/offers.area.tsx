import type { Request, Response } from 'express';
import { httpStatusOf } from '../../http/problem';
import { parseSort } from '../pages/sort';
import { OFFER_SORT_COLUMNS } from './offers.page';
import { LANDLORD, type AgreementView } from '../../../modules/landlord/index';
import { OFFER, OFFER_STATUSES, type OfferStatus } from '../../../modules/offer/index';
import { toIsoDate } from '../../../shared/dates';
import { SHARED } from '../../../shared/tokens';
import { DomainError, isDomainError } from '../../../shared/errors';
import { isId } from '../../../shared/ids';
import { requireAdminRole, type AdminArea } from '../admin-context';
import { sendPage } from '../render';
import { OFFER_FILTERS, OffersPage } from './offers.page';
import { OFFER_FLASH, OfferNotFoundPage, OfferPage } from './offer.page';
import { accountFinder, actorLabels, HISTORY_DEFAULT_SORT, HISTORY_SORT_COLUMNS } from '../pages/history';
import { ConfirmPage } from '../pages/layout';
import { bodyField, pageParam } from '../../web/kit/form';
import { frDate } from '../../web/kit/format';

const FILTERS = new Set(OFFER_FILTERS.map((f) => f.value));

/** Back-office pages of the offers: the offers to instruct, an offer and the agent's decisions. */
export const offersArea: AdminArea = (router, ctx) => {
  const offers = () => ctx.container.get(OFFER.Service);
  const landlords = () => ctx.container.get(LANDLORD.Service);
  const staff = (req: Request) => requireAdminRole(req, 'agent', 'admin');

  router.get('/offres', async (req, res) => {
    const user = staff(req);
    const filter = typeof req.query.etat === 'string' && FILTERS.has(req.query.etat) ? req.query.etat : 'a_instruire';
    const landlordId = typeof req.query.bailleur === 'string' && isId(req.query.bailleur) ? req.query.bailleur : undefined;
    const statuses: OfferStatus[] | undefined =
      filter === 'a_instruire' ? ['submitted', 'in_instruction'] : filter === 'toutes' ? undefined : OFFER_STATUSES.filter((s) => s === filter);
    const natural =
      filter === 'a_instruire' || filter === 'submitted' ? { column: 'submitted' as const, dir: 'asc' as const } : { column: 'recent' as const, dir: 'desc' as const };
    const sort = parseSort(req.query, OFFER_SORT_COLUMNS, natural);
    const naturalDir = sort.column === 'recent' ? 'desc' : 'asc';
    const result = await offers().search(user, {
      statuses,
      landlordId,
      page: pageParam(req.query.page),
      pageSize: 25,
      sort: sort.column,
      reversed: sort.dir !== naturalDir,
    });
    sendPage(res, <OffersPage user={user} csrfToken={ctx.csrfToken(req, res)} result={result} filter={filter} landlordId={landlordId} sort={sort} />);
  });

  const renderOffer = async (req: Request, res: Response, id: string, problem?: DomainError, values?: Record<string, string>) => {
    const user = staff(req);
    try {
      const offer = await offers().get(user, id);
      const [summary, agreement] = await Promise.all([
        offers().eligibilitySummary(id),
        offer.agreementId
          ? landlords()
              .agreement(user, offer.landlordId, offer.agreementId)
              .catch((): AgreementView | null => null)
          : Promise.resolve(null),
      ]);
      const ok = typeof req.query.ok === 'string' ? OFFER_FLASH[req.query.ok] : undefined;
      const actors = await actorLabels(
        (offer.history ?? []).map((h) => h.by),
        accountFinder(ctx.container),
        (kind, orgId) => (kind === 'landlord' && orgId === offer.landlordId ? (offer.landlordName ?? undefined) : undefined),
      );
      sendPage(
        res,
        <OfferPage
          user={user}
          csrfToken={ctx.csrfToken(req, res)}
          offer={offer}
          summary={summary}
          agreement={agreement}
          today={toIsoDate(ctx.container.get(SHARED.Clock).now())}
          flash={problem ? undefined : ok}
          error={problem?.message}
          fieldErrors={problem?.fields ?? []}
          values={values ?? {}}
          historySort={parseSort(req.query, HISTORY_SORT_COLUMNS, HISTORY_DEFAULT_SORT)}
          historyPage={pageParam(req.query.page)}
          actors={actors}
        />,
        problem ? httpStatusOf(problem.kind) : 200,
      );
    } catch (error) {
      if (isDomainError(error) && error.kind === 'not_found') return sendPage(res, <OfferNotFoundPage user={user} csrfToken={ctx.csrfToken(req, res)} />, 404);
      throw error;
    }
  };

  router.get('/offres/:id', async (req, res) => {
    const user = staff(req);
    if (!isId(req.params.id)) return sendPage(res, <OfferNotFoundPage user={user} csrfToken={ctx.csrfToken(req, res)} />, 404);
    await renderOffer(req, res, req.params.id);
  });

  /** What an irreversible decision does, written out on its confirmation step. */
  interface Confirmation {
    title: string;
    label: string;
    consequences: (offer: { closingDate: string; candidacyCount: number; landlordName: string | null }, req: Request) => string[];
    /** a required field that must be filled before confirming (otherwise the use case answers with its error first) */
    needs?: string;
  }

  /** A decision form: runs the use case, then back to the offer with a message (or the form again with the error); an irreversible one is confirmed first. */
  const decision = (path: string, ok: string, act: (req: Request, id: string) => Promise<unknown>, confirmation?: Confirmation) => {
    router.post(`/offres/:id/${path}`, async (req, res) => {
      const user = staff(req);
      const id = String(req.params.id);
      if (!isId(id)) return sendPage(res, <OfferNotFoundPage user={user} csrfToken={ctx.csrfToken(req, res)} />, 404);
      try {
        if (confirmation && bodyField(req.body, 'confirm') !== 'oui' && (!confirmation.needs || bodyField(req.body, confirmation.needs))) {
          const offer = await offers().get(user, id);
          const name = `T${offer.typology} · ${offer.addressLine}, ${offer.postalCode} ${offer.communeName ?? offer.communeCode}`;
          const fields = ['reason', 'message', 'closingDate'].map((k) => [k, bodyField(req.body, k)] as const).filter(([, v]) => v);
          return sendPage(
            res,
            <ConfirmPage
              user={user}
              csrfToken={ctx.csrfToken(req, res)}
              title={confirmation.title}
              subject={`Offre ${name} (${offer.statusLabel}).`}
              consequences={confirmation.consequences(offer, req)}
              action={`/admin/offres/${id}/${path}`}
              fields={fields}
              confirmLabel={confirmation.label}
              cancelHref={`/admin/offres/${id}`}
              breadcrumbs={[
                { href: '/admin', label: 'Tableau de bord' },
                { href: '/admin/offres', label: 'Offres' },
                { href: `/admin/offres/${id}`, label: `T${offer.typology} à ${offer.communeName ?? offer.communeCode}` },
                { label: confirmation.title },
              ]}
            />,
          );
        }
        await act(req, id);
        res.redirect(303, `/admin/offres/${id}?ok=${ok}`);
      } catch (error) {
        if (!isDomainError(error)) throw error;
        const values = Object.fromEntries(['closingDate', 'message', 'reason'].map((k) => [k, bodyField(req.body, k)]));
        await renderOffer(req, res, id, error, values);
      }
    });
  };

  decision('instruction', 'instruction', (req, id) => offers().startInstruction(staff(req), id));
  decision('publier', 'published', (req, id) => offers().publish(staff(req), id, bodyField(req.body, 'closingDate') || undefined));
  decision('renvoyer', 'sent_back', (req, id) => offers().sendBack(staff(req), id, bodyField(req.body, 'message')));
  decision('retirer', 'withdrawn', (req, id) => offers().withdraw(staff(req), id, bodyField(req.body, 'reason')), {
    title: 'Confirmer le retrait de l’offre',
    label: 'Oui, retirer l’offre',
    needs: 'reason',
    consequences: (offer, req) => [
      'L’offre est retirée : elle disparaît des offres en ligne et ne pourra plus être publiée ni attribuée.',
      offer.candidacyCount > 0 ? `Les candidatures en cours (${offer.candidacyCount}) prennent fin ; chaque candidat en est informé.` : 'Aucune candidature en cours.',
      `Le motif est conservé à l’historique de l’offre : « ${bodyField(req.body, 'reason')} ».`,
    ],
  });
  decision('cloturer', 'closed', (req, id) => offers().close(staff(req), id), {
    title: 'Confirmer la clôture immédiate',
    label: 'Oui, clôturer maintenant',
    consequences: (offer) => [
      `Les candidatures se ferment maintenant, au lieu du ${frDate(offer.closingDate)} : plus personne ne pourra candidater.`,
      `Le classement des ${offer.candidacyCount > 1 ? `${offer.candidacyCount} candidatures` : offer.candidacyCount === 1 ? 'la candidature' : 'candidatures (aucune à ce jour)'} est arrêté à ce jour ; la désignation devient possible.`,
      'L’offre ne peut pas être rouverte autrement que par une republication après désignation.',
    ],
  });
};
