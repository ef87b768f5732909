import type { Request, Response, Router } from 'express';
import { httpStatusOf } from '../../http/problem';
import { CANDIDACY, CANDIDACY_ERRORS } from '../../../modules/candidacy/index';
import { onBehalfOf } from '../../../modules/identity/index';
import { LANDLORD } from '../../../modules/landlord/index';
import { OFFER, type OfferInput } from '../../../modules/offer/index';
import { isDomainError, notFound, type DomainError } from '../../../shared/errors';
import { isId } from '../../../shared/ids';
import { requireAdminRole, type AdminContext } from '../admin-context';
import { ConfirmPage } from '../pages/layout';
import { accountFinder, actorLabels } from '../pages/history';
import { sendPage } from '../render';
import { bodyField } from '../../web/kit/form';
import { ON_BEHALF_FLASH, OnBehalfOfferFormPage, OnBehalfOfferPage } from './on-behalf.pages';

const OFFER_FIELDS = [
  'addressLine',
  'postalCode',
  'communeCode',
  'typology',
  'mainRooms',
  'surface',
  'floor',
  'elevator',
  'accessible',
  'energyClass',
  'rent',
  'charges',
  'financing',
  'availableFrom',
  'closingDate',
  'description',
] as const;

/** A decimal typed the French way (« 46,5 ») or not; NaN when it is not one (the domain names the field). */
const decimal = (v: string): number => (/^\d{1,7}(?:[.,]\d{1,2})?$/.test(v) ? Number(v.replace(',', '.')) : Number.NaN);
const integer = (v: string): number => (/^-?\d{1,4}$/.test(v) ? Number(v) : Number.NaN);

/** The form's values as the offer module takes them (it checks every field and answers in French, per field). */
function offerInput(values: Record<string, string>): OfferInput {
  return {
    addressLine: values.addressLine ?? '',
    postalCode: values.postalCode ?? '',
    communeCode: values.communeCode ?? '',
    typology: integer(values.typology ?? ''),
    mainRooms: integer(values.mainRooms ?? ''),
    surface: decimal(values.surface ?? ''),
    floor: integer(values.floor ?? ''),
    elevator: values.elevator === 'oui',
    accessible: values.accessible === 'oui',
    energyClass: values.energyClass as OfferInput['energyClass'],
    rent: decimal(values.rent ?? ''),
    charges: decimal(values.charges ?? ''),
    financing: values.financing as OfferInput['financing'],
    availableFrom: values.availableFrom ?? '',
    closingDate: values.closingDate ?? '',
    ...(values.description ? { description: values.description } : {}),
  };
}

const CAL_LABELS: Record<string, string> = { accepted: 'attribué', refused: 'refusé', postponed: 'ajourné' };

/**
 * An agent acting for a landlord (issue 17): routes under /admin/bailleurs/{id}/…, each action run
 * by the modules' own use cases with the agent's principal *on the landlord's behalf* (so the offer
 * history and the audit trail say: this agent, for this landlord); every irreversible action is
 * confirmed first.
 */
export function onBehalfRoutes(
  router: Router,
  ctx: AdminContext,
  pages: {
    notFound: (req: Request, res: Response) => void;
    /** the landlord's page again, with a form's error and values */
    landlord: (req: Request, res: Response, id: string, problem: DomainError, values: Record<string, string>) => Promise<void>;
  },
): void {
  const notFoundPage = pages.notFound;
  const landlords = () => ctx.container.get(LANDLORD.Service);
  const offers = () => ctx.container.get(OFFER.Service);
  const candidacies = () => ctx.container.get(CANDIDACY.Service);
  const staff = (req: Request) => requireAdminRole(req, 'agent', 'admin');
  /** the landlord (404 page when unknown) and the agent acting for it */
  const actingFor = async (req: Request, res: Response) => {
    const user = staff(req);
    const id = String(req.params.id);
    if (!isId(id)) return void notFoundPage(req, res);
    try {
      const landlord = await landlords().get(user, id);
      return { user, landlord, principal: onBehalfOf(user, landlord.id) };
    } catch (error) {
      if (isDomainError(error) && error.kind === 'not_found') return void notFoundPage(req, res);
      throw error;
    }
  };

  router.get('/bailleurs/:id/offres/nouvelle', async (req, res) => {
    const who = await actingFor(req, res);
    if (!who) return;
    sendPage(
      res,
      <OnBehalfOfferFormPage
        user={who.user}
        csrfToken={ctx.csrfToken(req, res)}
        landlord={who.landlord}
        values={{ typology: '2', elevator: 'non', accessible: 'non', energyClass: 'C', financing: 'PLUS', floor: '0' }}
      />,
    );
  });

  router.post('/bailleurs/:id/offres', async (req, res) => {
    const who = await actingFor(req, res);
    if (!who) return;
    const values = Object.fromEntries(OFFER_FIELDS.map((k) => [k, bodyField(req.body, k)]));
    try {
      const { offer } = await offers().create(who.principal, offerInput(values));
      res.redirect(303, `/admin/bailleurs/${who.landlord.id}/offres/${offer.id}?ok=created`);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      sendPage(
        res,
        <OnBehalfOfferFormPage
          user={who.user}
          csrfToken={ctx.csrfToken(req, res)}
          landlord={who.landlord}
          values={values}
          error={error.fields?.length ? 'L’offre contient des champs à corriger : voir chaque champ.' : error.message}
          fieldErrors={error.fields ?? []}
        />,
        httpStatusOf(error.kind),
      );
    }
  });

  /** a draft of this landlord as the form's values, with the last send-back's message; null when it is not one */
  const draftOf = async (who: NonNullable<Awaited<ReturnType<typeof actingFor>>>, offerId: string) => {
    if (!isId(offerId)) return null;
    const offer = await offers()
      .get(who.principal, offerId)
      .catch((error: unknown) => {
        if (isDomainError(error) && error.kind === 'not_found') return null;
        throw error;
      });
    if (!offer || offer.landlordId !== who.landlord.id || !offer.actions.edit) return null;
    const last = offer.history?.at(-1);
    const values: Record<string, string> = {
      addressLine: offer.addressLine,
      postalCode: offer.postalCode,
      communeCode: offer.communeCode,
      typology: String(offer.typology),
      mainRooms: String(offer.mainRooms),
      surface: String(offer.surface).replace('.', ','),
      floor: String(offer.floor),
      elevator: offer.elevator ? 'oui' : 'non',
      accessible: offer.accessible ? 'oui' : 'non',
      energyClass: offer.energyClass,
      rent: String(offer.rent).replace('.', ','),
      charges: String(offer.charges).replace('.', ','),
      financing: offer.financing,
      availableFrom: offer.availableFrom,
      closingDate: offer.closingDate,
      description: offer.description ?? '',
    };
    return { values, message: last?.action === 'sent_back' ? last.reason : null };
  };

  router.get('/bailleurs/:id/offres/:offerId/modifier', async (req, res) => {
    const who = await actingFor(req, res);
    if (!who) return;
    const draft = await draftOf(who, String(req.params.offerId));
    if (!draft) return notFoundPage(req, res);
    sendPage(
      res,
      <OnBehalfOfferFormPage
        user={who.user}
        csrfToken={ctx.csrfToken(req, res)}
        landlord={who.landlord}
        values={draft.values}
        offerId={String(req.params.offerId)}
        message={draft.message}
      />,
    );
  });

  router.post('/bailleurs/:id/offres/:offerId/modifier', async (req, res) => {
    const who = await actingFor(req, res);
    if (!who) return;
    const offerId = String(req.params.offerId);
    const draft = await draftOf(who, offerId);
    if (!draft) return notFoundPage(req, res);
    const values = Object.fromEntries(OFFER_FIELDS.map((k) => [k, bodyField(req.body, k)]));
    try {
      await offers().updateDraft(who.principal, offerId, offerInput(values));
      res.redirect(303, `/admin/bailleurs/${who.landlord.id}/offres/${offerId}?ok=updated`);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      sendPage(
        res,
        <OnBehalfOfferFormPage
          user={who.user}
          csrfToken={ctx.csrfToken(req, res)}
          landlord={who.landlord}
          values={values}
          offerId={offerId}
          message={draft.message}
          error={error.fields?.length ? 'L’offre contient des champs à corriger : voir chaque champ.' : error.message}
          fieldErrors={error.fields ?? []}
        />,
        httpStatusOf(error.kind),
      );
    }
  });

  const renderOffer = async (req: Request, res: Response, offerId: string, problem?: DomainError) => {
    const who = await actingFor(req, res);
    if (!who) return;
    if (!isId(offerId)) return notFoundPage(req, res);
    try {
      const offer = await offers().get(who.principal, offerId);
      if (offer.landlordId !== who.landlord.id) return notFoundPage(req, res);
      const history = offer.history ?? [];
      const list = await candidacies().offerCandidacies(who.user, offerId, { page: 1, pageSize: 100 });
      const names = await actorLabels(
        history.map((h) => h.by),
        accountFinder(ctx.container),
        (kind, id) => (kind === 'landlord' && id === who.landlord.id ? who.landlord.name : undefined),
      );
      const ok = typeof req.query.ok === 'string' ? ON_BEHALF_FLASH[req.query.ok] : undefined;
      sendPage(
        res,
        <OnBehalfOfferPage
          user={who.user}
          csrfToken={ctx.csrfToken(req, res)}
          landlord={who.landlord}
          offer={offer}
          history={history}
          names={names}
          candidacies={'items' in list && list.items ? list.items : []}
          flash={problem ? undefined : ok}
          error={problem?.message}
        />,
        problem ? httpStatusOf(problem.kind) : 200,
      );
    } catch (error) {
      if (isDomainError(error) && error.kind === 'not_found') return notFoundPage(req, res);
      throw error;
    }
  };

  router.get('/bailleurs/:id/offres/:offerId', (req, res) => renderOffer(req, res, String(req.params.offerId)));

  /** A confirmation page, then the action, then back to the offer's page with a message (or the page with the error). */
  const confirmed = async (
    req: Request,
    res: Response,
    spec: {
      offerId: (who: NonNullable<Awaited<ReturnType<typeof actingFor>>>) => Promise<string>;
      title: string;
      label: string;
      consequences: string[];
      fields: string[];
      ok: string;
      act: (who: NonNullable<Awaited<ReturnType<typeof actingFor>>>) => Promise<unknown>;
    },
  ) => {
    const who = await actingFor(req, res);
    if (!who) return;
    let offerId: string;
    try {
      offerId = await spec.offerId(who);
    } catch (error) {
      if (isDomainError(error) && error.kind === 'not_found') return notFoundPage(req, res);
      throw error;
    }
    const back = `/admin/bailleurs/${who.landlord.id}/offres/${offerId}`;
    if (bodyField(req.body, 'confirm') !== 'oui') {
      const fields = spec.fields.map((k) => [k, bodyField(req.body, k)] as const).filter(([, v]) => v);
      return sendPage(
        res,
        <ConfirmPage
          user={who.user}
          csrfToken={ctx.csrfToken(req, res)}
          title={spec.title}
          subject={`Pour le bailleur ${who.landlord.name}.`}
          consequences={[
            ...spec.consequences,
            `L’action est enregistrée comme faite par vous (${who.user.displayName}) pour ${who.landlord.name}, à l’historique et au journal d’audit.`,
          ]}
          action={req.originalUrl}
          fields={fields}
          confirmLabel={spec.label}
          cancelHref={back}
          breadcrumbs={[
            { href: '/admin/bailleurs', label: 'Bailleurs' },
            { href: `/admin/bailleurs/${who.landlord.id}`, label: who.landlord.name },
            { href: back, label: 'Offre' },
            { label: spec.title },
          ]}
        />,
      );
    }
    try {
      await spec.act(who);
      res.redirect(303, `${back}?ok=${spec.ok}`);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await renderOffer(req, res, offerId, error);
    }
  };

  router.post('/bailleurs/:id/offres/:offerId/soumettre', (req, res) =>
    confirmed(req, res, {
      offerId: async () => String(req.params.offerId),
      title: 'Confirmer la soumission de l’offre',
      label: 'Oui, soumettre pour le bailleur',
      fields: [],
      ok: 'submitted',
      consequences: [
        'L’offre part à l’instruction d’Action Logement : le bailleur ne peut plus la modifier, sauf si elle lui est renvoyée.',
        'Elle est rattachée à la convention de réservation de son département et de l’année.',
      ],
      act: (who) => offers().submit(who.principal, String(req.params.offerId)),
    }),
  );

  /** the offer of a candidacy transmitted to this landlord (404 otherwise) */
  const offerOfCandidacy = async (who: NonNullable<Awaited<ReturnType<typeof actingFor>>>, candidacyId: string) => {
    if (!isId(candidacyId)) throw notFoundError();
    const c = await candidacies().get(who.user, candidacyId);
    const offer = await offers().get(who.principal, c.offerId);
    if (offer.landlordId !== who.landlord.id) throw notFoundError();
    return c.offerId;
  };

  router.post('/bailleurs/:id/candidatures/:cid/decision-cal', (req, res) => {
    const decision = bodyField(req.body, 'decision');
    const rank = bodyField(req.body, 'calRank');
    const reason = bodyField(req.body, 'reason');
    return confirmed(req, res, {
      offerId: (who) => offerOfCandidacy(who, String(req.params.cid)),
      title: 'Confirmer la décision de la CAL',
      label: 'Oui, enregistrer la décision',
      fields: ['decision', 'calRank', 'reason'],
      ok: 'cal',
      consequences: [
        `Décision enregistrée : ${CAL_LABELS[decision] ?? 'à préciser'}${decision === 'accepted' && rank ? `, au rang ${rank}` : ''}${decision === 'refused' && reason ? `, motif « ${reason} »` : ''}.`,
        'Le candidat en est informé ; un refus de la CAL compte dans ses candidatures suivantes.',
        'Une décision enregistrée ne se modifie plus.',
      ],
      act: (who) =>
        candidacies().calDecision(who.principal, String(req.params.cid), {
          decision: decision as 'accepted' | 'refused' | 'postponed',
          calRank: /^[1-3]$/.test(rank) ? Number(rank) : undefined,
          reason: reason || undefined,
        }),
    });
  });

  router.post('/bailleurs/:id/candidatures/:cid/issue', (req, res) => {
    const outcome = bodyField(req.body, 'outcome');
    return confirmed(req, res, {
      offerId: (who) => offerOfCandidacy(who, String(req.params.cid)),
      title: 'Confirmer l’issue de la proposition',
      label: 'Oui, enregistrer l’issue',
      fields: ['outcome', 'reason'],
      ok: 'outcome',
      consequences:
        outcome === 'declined'
          ? [
              'Le candidat refuse le logement : la proposition passe au candidat suivant dans l’ordre de la CAL.',
              'Ce refus compte dans les candidatures suivantes du demandeur (12 mois).',
            ]
          : ['Le candidat accepte le logement : le bail peut ensuite être enregistré.'],
      act: (who) =>
        candidacies().proposalOutcome(who.principal, String(req.params.cid), {
          outcome: outcome === 'declined' ? 'declined' : 'accepted',
          reason: bodyField(req.body, 'reason') || undefined,
        }),
    });
  });

  router.post('/bailleurs/:id/candidatures/:cid/bail', (req, res) =>
    confirmed(req, res, {
      offerId: (who) => offerOfCandidacy(who, String(req.params.cid)),
      title: 'Confirmer le bail signé',
      label: 'Oui, enregistrer le bail',
      fields: [],
      ok: 'lease',
      consequences: [
        'L’offre est attribuée et compte dans la convention du bailleur ; la demande du locataire est satisfaite.',
        'Les autres candidats de l’offre ne sont pas retenus, et les autres candidatures du locataire prennent fin.',
      ],
      act: (who) => candidacies().lease(who.principal, String(req.params.cid)),
    }),
  );

  router.post('/bailleurs/:id/utilisateurs/:accountId/retirer', async (req, res) => {
    const who = await actingFor(req, res);
    if (!who) return;
    const accountId = String(req.params.accountId);
    const user = isId(accountId) ? (await landlords().users(who.user, who.landlord.id)).find((u) => u.accountId === accountId) : undefined;
    if (!user) return notFoundPage(req, res);
    const back = `/admin/bailleurs/${who.landlord.id}`;
    if (bodyField(req.body, 'confirm') !== 'oui') {
      return sendPage(
        res,
        <ConfirmPage
          user={who.user}
          csrfToken={ctx.csrfToken(req, res)}
          title="Confirmer le retrait de l’utilisateur"
          subject={`${user.displayName} (${user.email}), ${who.landlord.name}.`}
          consequences={[
            'Son compte est désactivé : il ne peut plus se connecter à l’espace bailleur.',
            'Ses sessions en cours sont fermées immédiatement.',
            'Pour lui rendre l’accès, il faudra l’inviter de nouveau avec une autre adresse.',
          ]}
          action={req.originalUrl}
          fields={[]}
          confirmLabel="Oui, retirer l’accès"
          cancelHref={`${back}#utilisateurs`}
          breadcrumbs={[{ href: '/admin/bailleurs', label: 'Bailleurs' }, { href: back, label: who.landlord.name }, { label: 'Retrait d’un utilisateur' }]}
        />,
      );
    }
    await landlords().removeUser(who.user, who.landlord.id, accountId);
    res.redirect(303, `${back}?ok=removed#utilisateurs`);
  });

  router.post('/bailleurs/:id/utilisateurs', async (req, res) => {
    const who = await actingFor(req, res);
    if (!who) return;
    const values = { displayName: bodyField(req.body, 'displayName'), email: bodyField(req.body, 'email'), admin: bodyField(req.body, 'admin') };
    try {
      await landlords().inviteUser(who.user, who.landlord.id, { email: values.email, displayName: values.displayName, admin: values.admin === 'oui' });
      res.redirect(303, `/admin/bailleurs/${who.landlord.id}?ok=invited#utilisateurs`);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await pages.landlord(req, res, who.landlord.id, error, values);
    }
  });
}

const notFoundError = () => notFound(CANDIDACY_ERRORS.NOT_FOUND, 'Candidature introuvable.');
