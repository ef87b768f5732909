import type { FieldError } from '../../../shared/errors';
import { isFinalOfferStatus, OFFER_STATUS_LABELS, ZONE_LABELS, type OfferDetail, type OfferEligibilitySummary } from '../../../modules/offer/index';
import type { AgreementView } from '../../../modules/landlord/index';
import { Layout } from '../pages/layout';
import { HISTORY_DEFAULT_SORT, sortHistory, type HistorySortColumn } from '../pages/history';
import { Pager } from '../../web/kit/pager';
import { SortableTh, type SortState } from '../pages/sort';
import { ErrorBox, fieldMessage, Flash } from '../../web/kit/boxes';
import { euros, frDate, frDateTime, frNumber } from '../../web/kit/format';
import { offerActionLabel } from '../../web/kit/labels';
import { plural } from '../../web/kit/french';

/** Secondary actions: as large as the primary ones, for fingers. */
const SECONDARY = 'padding:0.65rem 1rem;font-size:1rem;border-radius:4px;border:1px solid #000091;background:#fff;color:#000091;cursor:pointer';

export const OFFER_FLASH: Record<string, string> = {
  instruction: 'L’offre est en instruction.',
  published: 'L’offre est publiée.',
  sent_back: 'L’offre a été renvoyée au bailleur.',
  withdrawn: 'L’offre a été retirée.',
  closed: 'L’offre est clôturée.',
};

export interface OfferPageProps {
  user: { displayName: string; role: string };
  csrfToken: string;
  offer: OfferDetail;
  summary: OfferEligibilitySummary;
  agreement: AgreementView | null;
  today: string;
  flash?: string | undefined;
  error?: string | undefined;
  fieldErrors?: FieldError[];
  values?: Record<string, string>;
  /** the history's order and page (newest first by default) */
  historySort?: SortState<HistorySortColumn>;
  historyPage?: number;
  /** who acted in the history, by account id (« Antoine Agent », « le bailleur Demo Habitat ») */
  actors?: ReadonlyMap<string, string>;
}

function Row({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  );
}

export function OfferPage({
  user,
  csrfToken,
  offer,
  summary,
  agreement,
  today,
  flash,
  error,
  fieldErrors,
  values = {},
  historySort = HISTORY_DEFAULT_SORT,
  historyPage = 1,
  actors = new Map(),
}: OfferPageProps) {
  const title = `T${offer.typology} à ${offer.communeName ?? offer.communeCode}`;
  const fieldError = (name: string) => fieldMessage(fieldErrors, name);
  const base = `/admin/offres/${offer.id}`;
  const historyParams = { sort: historySort.column, dir: historySort.dir };
  const history = sortHistory(offer.history ?? [], historySort, historyPage, offerActionLabel);
  const historyTh = (label: string, column: HistorySortColumn) => (
    <SortableTh label={label} column={column} sort={historySort} base={base} params={historyParams} anchor="historique" />
  );
  return (
    <Layout
      title={title}
      user={user}
      csrfToken={csrfToken}
      current="/admin/offres"
      breadcrumbs={[{ href: '/admin', label: 'Tableau de bord' }, { href: '/admin/offres', label: 'Offres' }, { label: title }]}
    >
      <h1>{title}</h1>
      <p>
        <strong data-testid="offer-status" data-status={offer.status}>
          {offer.statusLabel}
        </strong>
        {offer.openForCandidacies ? ` · candidatures ouvertes jusqu’au ${frDate(offer.closingDate)} inclus` : ''}
        {' · '}
        {plural(offer.candidacyCount, 'candidature')}
      </p>
      <Flash message={flash} />
      <ErrorBox message={error} fields={fieldErrors} />

      <div class="grid" style="grid-template-columns:repeat(auto-fit,minmax(280px,1fr))">
        <section class="card" aria-labelledby="logement">
          <h2 id="logement">Logement</h2>
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
            <table>
              <tbody>
                <Row label="Adresse">
                  {offer.addressLine}, {offer.postalCode} {offer.communeName ?? ''}
                </Row>
                <Row label="Commune (INSEE)">
                  {offer.communeName ? `${offer.communeName} (${offer.communeCode})` : offer.communeCode} · département {offer.departement}
                </Row>
                <Row label="EPCI">{offer.epci ? offer.epci.name : '—'}</Row>
                <Row label="Zone de plafonds">{ZONE_LABELS[offer.zone].fr}</Row>
                <Row label="Typologie">
                  T{offer.typology} · {plural(offer.mainRooms, 'pièce principale', 'pièces principales')}
                </Row>
                <Row label="Surface habitable">{frNumber(offer.surface)} m²</Row>
                <Row label="Étage">
                  {offer.floor === 0 ? 'Rez-de-chaussée' : `${offer.floor}e`}
                  {offer.elevator ? ', ascenseur' : ', sans ascenseur'}
                </Row>
                <Row label="Accessible PMR">{offer.accessible ? 'Oui' : 'Non'}</Row>
                <Row label="Classe énergie">{offer.energyClass}</Row>
                <Row label="Loyer">
                  {euros(offer.rent)} + {euros(offer.charges)} de charges = {euros(offer.totalRent)} / mois
                </Row>
                <Row label="Financement">{offer.financing}</Row>
                <Row label="Disponible à partir du">{frDate(offer.availableFrom)}</Row>
                <Row label="Clôture des candidatures">{frDate(offer.closingDate)}</Row>
              </tbody>
            </table>
          </div>
          {offer.description && <p>{offer.description}</p>}
        </section>

        <section class="card" aria-labelledby="bailleur">
          <h2 id="bailleur">Bailleur et convention</h2>
          <p>
            <a href={`/admin/bailleurs/${offer.landlordId}`}>{offer.landlordName ?? 'Bailleur inconnu du référentiel'}</a>
          </p>
          {agreement ? (
            <p>
              Convention {agreement.departement} / {agreement.year} : {plural(agreement.gap.published, 'logement proposé', 'logements proposés')} sur {agreement.gap.owed}{' '}
              {agreement.gap.owed > 1 ? 'dus' : 'dû'}, {plural(agreement.gap.allocated, 'attribué', 'attribués')}.
            </p>
          ) : (
            <p>Aucune convention de réservation rattachée (elle l’est à la soumission et à la publication si le bailleur en a une pour ce département et l’année).</p>
          )}
          <h3>Éligibilité</h3>
          {summary.ceilingsApply ? (
            <>
              <p>
                Plafonds de ressources {summary.financing} {summary.year}, zone « {ZONE_LABELS[summary.zone].fr} » (revenu fiscal de référence annuel) :
              </p>
              <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
                <table data-testid="ceilings">
                  <thead>
                    <tr>
                      <th scope="col">Catégorie de ménage</th>
                      <th scope="col">Plafond</th>
                    </tr>
                  </thead>
                  <tbody>
                    {summary.ceilings.map((c) => (
                      <tr>
                        <td>{c.category}</td>
                        <td>{c.ceiling === null ? 'non connu' : euros(c.ceiling)}</td>
                      </tr>
                    ))}
                    {summary.extraPerson !== null && (
                      <tr>
                        <td>par personne au-delà de six</td>
                        <td>+ {euros(summary.extraPerson)}</td>
                      </tr>
                    )}
                  </tbody>
                </table>
              </div>
            </>
          ) : (
            <p>Financement {summary.financing} : pas de barème de plafonds pris en charge pour l’instant.</p>
          )}
          <p>Taille de ménage admise (sur- et sous-occupation) : {summary.occupants ? `de ${summary.occupants.min} à ${plural(summary.occupants.max, 'personne')}` : 'aucune'}</p>
        </section>
      </div>

      <section class="card" aria-labelledby="actions">
        <h2 id="actions">Décisions</h2>
        {isFinalOfferStatus(offer.status) && <p>L’offre est {OFFER_STATUS_LABELS[offer.status].toLowerCase()} : plus aucune décision possible.</p>}
        <div class="grid" style="grid-template-columns:repeat(auto-fit,minmax(260px,1fr))">
          {offer.actions.startInstruction && (
            <form method="post" action={`/admin/offres/${offer.id}/instruction`} class="stack">
              <input type="hidden" name="_csrf" value={csrfToken} />
              <p>L’offre a été soumise par le bailleur.</p>
              <button class="primary" type="submit">
                Prendre en instruction
              </button>
            </form>
          )}
          {offer.actions.publish && (
            <form method="post" action={`/admin/offres/${offer.id}/publier`} class="stack">
              <input type="hidden" name="_csrf" value={csrfToken} />
              <div>
                <label for="closingDate">Date de clôture des candidatures</label>
                <input id="closingDate" name="closingDate" type="date" min={today} required value={values.closingDate ?? offer.closingDate} />
                {fieldError('closingDate') && <p class="field-error">{fieldError('closingDate')}</p>}
              </div>
              <button class="primary" type="submit">
                Publier l’offre
              </button>
            </form>
          )}
          {offer.actions.sendBack && (
            <form method="post" action={`/admin/offres/${offer.id}/renvoyer`} class="stack">
              <input type="hidden" name="_csrf" value={csrfToken} />
              <div>
                <label for="message">Message au bailleur</label>
                <textarea id="message" name="message" rows={3} required maxLength={2000}>
                  {values.message ?? ''}
                </textarea>
                {fieldError('message') && <p class="field-error">{fieldError('message')}</p>}
              </div>
              <button type="submit" style={SECONDARY}>
                Renvoyer au bailleur
              </button>
            </form>
          )}
          {offer.actions.close && (
            <form method="post" action={`/admin/offres/${offer.id}/cloturer`} class="stack">
              <input type="hidden" name="_csrf" value={csrfToken} />
              <p>Les candidatures se ferment d’elles-mêmes après le {frDate(offer.closingDate)}. Vous confirmerez à l’étape suivante.</p>
              <button type="submit" style={SECONDARY}>
                Clôturer maintenant…
              </button>
            </form>
          )}
          {offer.actions.withdrawByAgent && (
            <form method="post" action={`/admin/offres/${offer.id}/retirer`} class="stack">
              <input type="hidden" name="_csrf" value={csrfToken} />
              <div>
                <label for="reason">Motif du retrait</label>
                <textarea id="reason" name="reason" rows={2} required maxLength={2000}>
                  {values.reason ?? ''}
                </textarea>
                {fieldError('reason') && <p class="field-error">{fieldError('reason')}</p>}
              </div>
              <button type="submit" style={SECONDARY}>
                Retirer l’offre…
              </button>
            </form>
          )}
        </div>
      </section>

      <section class="card" aria-labelledby="historique">
        <h2 id="historique">Historique</h2>
        {offer.history && offer.history.length > 0 ? (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
            <table data-testid="offer-history">
              <thead>
                <tr>
                  {historyTh('Date', 'at')}
                  {historyTh('Étape', 'action')}
                  <th scope="col">État</th>
                  <th scope="col">Par</th>
                  <th scope="col">Motif / message</th>
                </tr>
              </thead>
              <tbody>
                {history.items.map((h) => (
                  <tr>
                    <td>{frDateTime(h.at)}</td>
                    <td>
                      {offerActionLabel(h.action)}
                      {h.action === 'closed' && !h.by ? ' (automatique)' : ''}
                    </td>
                    <td>
                      {OFFER_STATUS_LABELS[h.from]} → {OFFER_STATUS_LABELS[h.to]}
                    </td>
                    <td data-testid="history-actor">
                      {h.by ? (actors.get(h.by) ?? 'compte inconnu') : 'la plateforme'}
                      {h.onBehalfOf ? ` pour ${h.onBehalfOf === offer.landlordId && offer.landlordName ? `le bailleur ${offer.landlordName}` : 'le bailleur'}` : ''}
                    </td>
                    <td>{h.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>Créée le {frDateTime(offer.createdAt)} ; aucune étape depuis.</p>
        )}
        {history.total > 0 && <Pager base={base} params={historyParams} page={history.page} pageSize={history.pageSize} total={history.total} noun="étape" anchor="historique" />}
      </section>
    </Layout>
  );
}

export function OfferNotFoundPage({ user, csrfToken }: { user: { displayName: string; role: string }; csrfToken: string }) {
  return (
    <Layout
      title="Offre introuvable"
      user={user}
      csrfToken={csrfToken}
      current="/admin/offres"
      breadcrumbs={[{ href: '/admin/offres', label: 'Offres' }, { label: 'Introuvable' }]}
    >
      <h1>Offre introuvable</h1>
      <p>
        <a href="/admin/offres">Retour à la liste des offres</a>
      </p>
    </Layout>
  );
}
