import {
  CHECKABLE_FACT_LABELS,
  CHECKABLE_FACTS,
  CHECKLIST_STATE_LABELS,
  DEMAND_STATUS_LABELS,
  DOCUMENT_CATALOGUE,
  documentTypeInfo,
  type CheckableFact,
  type DemandData,
  type DemandView,
  type DocumentView,
  type InstructionChecklist,
  type RequiredDocument,
} from '../../../modules/demand/index';
import { Layout } from '../pages/layout';
import { HISTORY_DEFAULT_SORT, sortHistory, type HistorySortColumn } from '../pages/history';
import { Pager } from '../../web/kit/pager';
import { SortableTh, type SortState } from '../pages/sort';
import { deName, plural } from '../../web/kit/french';
import { ErrorBox, FieldError, Flash } from '../../web/kit/boxes';
import { euros, fileSize, frDate, frDateTime } from '../../web/kit/format';
import { DEMAND_ACTION_LABELS, DOCUMENT_DECIDER_LABELS } from '../../web/kit/labels';
import { ageOn } from '../../../shared/dates';
import { FLASH, HOUSING_LABELS, KINSHIP_LABELS, LINK_LABELS, personLabel, RESOURCE_LABELS } from './labels';

/** Which form an error belongs to, with its message and per-field errors. */
export interface ActionError {
  form: 'validate' | 'request' | 'reject' | 'start' | 'piece' | 'fact';
  message: string;
  fields: Record<string, string>;
  /** the piece a piece decision was about */
  documentId?: string;
}

/** What the agent typed, kept when a form is refused. */
export interface ActionValues {
  mobilityChecked?: boolean;
  message?: string;
  documentTypes?: string[];
  reason?: string;
  pieceReason?: string;
  overrideReason?: string;
  /** the declared fact a fact form was about, and its reason */
  fact?: string;
  factReason?: string;
}

interface Props {
  user: { displayName: string; role: string };
  csrfToken: string;
  demand: DemandView;
  documents: DocumentView[];
  verificationMode: 'provider' | 'manual';
  required: RequiredDocument[];
  /** the pieces to see verified before validating (year N from the clock) */
  checklist: InstructionChecklist;
  viewing?: DocumentView | undefined;
  flash?: string | undefined;
  error?: ActionError | undefined;
  values?: ActionValues;
  /** the history's order and page (newest first by default) */
  historySort?: SortState<HistorySortColumn>;
  historyPage?: number;
  /** who acted in the history and checked the facts, by account id (« Antoine Agent ») */
  actors?: ReadonlyMap<string, string>;
  /** a commune's name from its INSEE code (the communes referential) */
  communeName?: (code: string) => string | undefined;
}

/** `Villeurbanne (69266)`, or the code alone when the referential does not know it. */
const communeLabel = (code: string, communeName: ((code: string) => string | undefined) | undefined): string => {
  const name = communeName?.(code);
  return name ? `${name} (${code})` : code;
};

/** The instruction page of one demand: the file (household, resources, reference income, pieces) and the agent's decisions. */
/** What the applicant declared, in words, for each fact that gives points. */
function declaredValue(data: DemandData, fact: CheckableFact, communeName?: (code: string) => string | undefined): string {
  if (fact === 'mobility') {
    if (!data.mobility) return 'Aucune mobilité déclarée';
    return `${data.mobility.kind === 'new_job' ? 'Nouvel emploi' : 'Mutation'}${data.mobility.toCommuneCode ? ` vers ${communeLabel(data.mobility.toCommuneCode, communeName)}` : ''}${data.mobility.date ? ` le ${frDate(data.mobility.date)}` : ''} (+70 points une fois vérifiée)`;
  }
  if (fact === 'dalo') return data.dalo ? 'Reconnu prioritaire DALO (points DALO des grilles territoriales une fois vérifié)' : 'Non déclaré';
  const parts: string[] = [];
  if (data.calHistory?.refusedByCal) parts.push('refusé par une CAL (+40 points une fois vérifié)');
  if (data.calHistory?.declinedAfterCalOn)
    parts.push(`logement refusé après accord d’une CAL le ${frDate(data.calHistory.declinedAfterCalOn)} (−40 points dans les 12 mois, une fois vérifié)`);
  return parts.length ? parts.join(' ; ') : 'Aucun historique CAL déclaré';
}

/** The facts the applicant declared that give points, where each stands, and the agent's check or uncheck (with a confirmation box). */
function DeclaredFacts({
  d,
  base,
  hidden,
  error,
  values,
  communeName,
  actors,
}: {
  d: DemandView;
  base: string;
  hidden: preact.JSX.Element;
  error: ActionError | undefined;
  values: ActionValues;
  communeName?: ((code: string) => string | undefined) | undefined;
  actors?: ReadonlyMap<string, string>;
}) {
  return (
    <section class="card" aria-labelledby="faits">
      <h2 id="faits">Faits déclarés donnant des points</h2>
      <p>
        Ce que le demandeur déclare ne compte dans les classements qu’une fois vérifié par un collaborateur (ou confirmé par le registre) : d’ici là, « déclaré, à vérifier », 0
        point.
      </p>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
        <table data-testid="declared-facts">
          <thead>
            <tr>
              <th scope="col">Fait</th>
              <th scope="col">Déclaré</th>
              <th scope="col">État</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {CHECKABLE_FACTS.map((fact) => {
              const f = d.derived.declaredFacts[fact];
              const mine = error?.form === 'fact' && values.fact === fact;
              const confirmError = mine ? error.fields.confirm : undefined;
              const reasonError = mine ? error.fields.reason : undefined;
              return (
                <tr data-fact={fact} data-fact-state={f.state}>
                  <td>{CHECKABLE_FACT_LABELS[fact]}</td>
                  <td>{declaredValue(d.data, fact, communeName)}</td>
                  <td>
                    {f.stateLabel}
                    {f.source === 'registry'
                      ? ' (confirmé par le registre)'
                      : f.at
                        ? ` (${f.state === 'checked' ? 'vérifié' : 'non retenu'} le ${frDateTime(f.at)}${f.by ? ` par ${actors?.get(f.by) ?? 'un collaborateur'}` : ''})`
                        : ''}
                    {f.reason ? ` : ${f.reason}` : ''}
                    {f.documentId ? ' — pièce justificative vérifiée' : ''}
                  </td>
                  <td>
                    {d.actions.checkFacts && f.state !== 'none' && (
                      <div class="stack">
                        {mine && (
                          <p class="field-error" role="alert">
                            {error.message}
                          </p>
                        )}
                        {f.state !== 'checked' && (
                          <form method="post" action={`${base}/faits`} class="stack">
                            {hidden}
                            <input type="hidden" name="fact" value={fact} />
                            <input type="hidden" name="decision" value="check" />
                            <label style="font-weight:400;display:flex;gap:0.5rem;align-items:center">
                              <input type="checkbox" name="confirm" value="1" required style="width:auto" aria-describedby={confirmError ? `confirm-${fact}-error` : undefined} />
                              Je confirme avoir vérifié ce fait{fact === 'dalo' ? ' sur la décision DALO vérifiée' : ''}
                            </label>
                            <FieldError id={`confirm-${fact}-error`} message={confirmError} />
                            <button type="submit">Vérifier</button>
                          </form>
                        )}
                        {f.state !== 'not_retained' && (
                          <form method="post" action={`${base}/faits`} class="stack">
                            {hidden}
                            <input type="hidden" name="fact" value={fact} />
                            <input type="hidden" name="decision" value="uncheck" />
                            <label for={`fact-reason-${fact}`}>Motif (ne pas retenir)</label>
                            <input
                              id={`fact-reason-${fact}`}
                              name="reason"
                              maxLength={1000}
                              value={mine ? (values.factReason ?? '') : ''}
                              aria-describedby={reasonError ? `fact-reason-${fact}-error` : undefined}
                            />
                            <FieldError id={`fact-reason-${fact}-error`} message={reasonError} />
                            <label style="font-weight:400;display:flex;gap:0.5rem;align-items:center">
                              <input type="checkbox" name="confirm" value="1" required style="width:auto" />
                              Je confirme ne pas retenir ce fait
                            </label>
                            <button type="submit">Ne pas retenir</button>
                          </form>
                        )}
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The pieces to see verified before validating, and where each stands. */
function Checklist({ checklist }: { checklist: InstructionChecklist }) {
  return (
    <section class="card" aria-labelledby="controle">
      <h2 id="controle">Contrôle des pièces avant validation</h2>
      <p data-testid="checklist-status">
        {checklist.complete
          ? 'Toutes les pièces attendues sont vérifiées.'
          : `${checklist.missing.length} pièce${checklist.missing.length > 1 ? 's' : ''} attendue${checklist.missing.length > 1 ? 's' : ''} non vérifiée${checklist.missing.length > 1 ? 's' : ''} : valider demandera une justification.`}
      </p>
      <ul data-testid="checklist">
        {checklist.items.map((i) => (
          <li data-checklist-item={i.key} data-checklist-state={i.state}>
            {i.state === 'verified' ? '✓' : '✗'} {i.label} — {CHECKLIST_STATE_LABELS[i.state]}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DemandPage({
  user,
  csrfToken,
  demand: d,
  documents,
  verificationMode,
  required,
  checklist,
  viewing,
  flash,
  error,
  values = {},
  historySort = HISTORY_DEFAULT_SORT,
  historyPage = 1,
  actors = new Map(),
  communeName,
}: Props) {
  const base = `/admin/demandes/${d.id}`;
  // the piece open in the viewer stays open while the history is sorted or paged
  const historyParams = { piece: viewing?.id, sort: historySort.column, dir: historySort.dir };
  const history = sortHistory(d.history, historySort, historyPage, (a) => DEMAND_ACTION_LABELS[a]);
  const historyTh = (label: string, column: HistorySortColumn) => (
    <SortableTh label={label} column={column} sort={historySort} base={base} params={historyParams} anchor="historique" />
  );
  const data = d.data;
  const name = `${data.applicant.firstName} ${data.applicant.lastName}`;
  const err = (form: ActionError['form'], field: string) => (error?.form === form ? error.fields[field] : undefined);
  const hidden = <input type="hidden" name="_csrf" value={csrfToken} />;
  // the domain names the message of a documents request `reason`
  const requestError = err('request', 'message') ?? err('request', 'reason');
  const members: { role: string; name: string; birthDate: string; link: string; notes: string }[] = [
    { role: 'Demandeur', name, birthDate: data.applicant.birthDate, link: '—', notes: data.applicant.disabilityCard ? 'Carte mobilité inclusion' : '' },
    ...(data.coApplicant
      ? [
          {
            role: 'Co-demandeur',
            name: `${data.coApplicant.firstName} ${data.coApplicant.lastName}`,
            birthDate: data.coApplicant.birthDate,
            link: LINK_LABELS[data.coApplicant.link] ?? data.coApplicant.link,
            notes: data.coApplicant.disabilityCard ? 'Carte mobilité inclusion' : '',
          },
        ]
      : []),
    ...data.otherOccupants.map((o) => ({
      role: o.dependant ? 'Personne à charge' : 'Autre occupant',
      name: [o.firstName, o.lastName].filter(Boolean).join(' ') || '—',
      birthDate: o.birthDate,
      link: KINSHIP_LABELS[o.kinship] ?? o.kinship,
      notes: [o.sharedCustody ? 'Garde alternée' : '', o.disabilityCard ? 'Carte mobilité inclusion' : ''].filter(Boolean).join(', '),
    })),
  ];
  const adults = [
    { who: name, adult: data.applicant },
    ...(data.coApplicant ? [{ who: `${data.coApplicant.firstName} ${data.coApplicant.lastName}`, adult: data.coApplicant }] : []),
  ];
  const provided = (r: RequiredDocument) => documents.some((doc) => doc.type === r.type && doc.person === r.person && doc.standing);

  return (
    <Layout
      title={`Demande ${deName(name)}`}
      user={user}
      csrfToken={csrfToken}
      current="/admin/demandes"
      breadcrumbs={[{ href: '/admin', label: 'Tableau de bord' }, { href: '/admin/demandes', label: 'Demandes' }, { label: name }]}
    >
      <h1>Demande {deName(name)}</h1>
      <Flash message={flash ? FLASH[flash] : undefined} />
      <ErrorBox message={error?.message} />

      <section class="card" aria-labelledby="synthese">
        <h2 id="synthese">Synthèse</h2>
        <dl class="grid">
          <div>
            <dt>État</dt>
            <dd data-testid="demand-status">{DEMAND_STATUS_LABELS[d.status]}</dd>
          </div>
          <div>
            <dt>Numéro unique</dt>
            <dd data-testid="registration">
              {d.registrationNumber ?? (d.registrationPending ? <strong>En attente du SNE (nouvel essai automatique)</strong> : 'Attribué à la validation')}
            </dd>
          </div>
          <div>
            <dt>Enregistrée le</dt>
            <dd>{frDate(d.registrationDate)}</dd>
          </div>
          <div>
            <dt>À renouveler avant le</dt>
            <dd>{frDate(d.renewalDueDate)}</dd>
          </div>
          <div>
            <dt>Origine</dt>
            <dd>{d.source === 'registry' ? 'Importée du SNE' : 'Saisie sur la plateforme'}</dd>
          </div>
          <div>
            <dt>Déposée le</dt>
            <dd>{frDateTime(d.submittedAt)}</dd>
          </div>
          {data.dalo && (
            <div>
              <dt>Priorité</dt>
              <dd>
                <strong>DALO</strong> ({d.derived.declaredFacts.dalo.stateLabel.toLowerCase()})
              </dd>
            </div>
          )}
        </dl>
        {d.documentsRequest && (
          <p class="notice">
            Pièces demandées le {frDateTime(d.documentsRequest.requestedAt)} : {d.documentsRequest.message}
          </p>
        )}
        {d.lastRejection && (
          <p class="notice">
            Dernier refus ({frDateTime(d.lastRejection.at)}) : {d.lastRejection.reason}
          </p>
        )}
      </section>

      {d.actions.decide && (
        <section class="card" aria-labelledby="decisions">
          <h2 id="decisions">Décisions</h2>
          {d.actions.startInstruction && (
            <form method="post" action={`${base}/prendre-en-charge`} style="margin-bottom:1rem">
              {hidden}
              <button type="submit">Prendre la demande en charge</button>
            </form>
          )}
          <div class="grid" style="align-items:start">
            <form class="stack" method="post" action={`${base}/valider`}>
              {hidden}
              <h3>Valider</h3>
              {data.mobility ? (
                <div>
                  <label style="font-weight:400;display:flex;gap:0.5rem;align-items:center">
                    <input type="checkbox" name="mobilityChecked" value="1" checked={values.mobilityChecked === true} style="width:auto" />
                    Mobilité vérifiée ({data.mobility.kind === 'new_job' ? 'nouvel emploi' : 'mutation'}
                    {data.mobility.date ? ` le ${frDate(data.mobility.date)}` : ''})
                  </label>
                </div>
              ) : (
                <p>Aucune mobilité déclarée.</p>
              )}
              {checklist.complete ? (
                <p>Toutes les pièces attendues sont vérifiées.</p>
              ) : (
                <div class="stack" data-testid="override">
                  <p class="error">Pièces non vérifiées : {checklist.missing.map((i) => i.label).join(' ; ')}.</p>
                  <label for="override-reason">Motif de la validation sans toutes les pièces vérifiées</label>
                  <textarea
                    id="override-reason"
                    name="overrideReason"
                    rows={2}
                    maxLength={1000}
                    aria-describedby={err('validate', 'piecesOverride.reason') ? 'override-reason-error' : undefined}
                  >
                    {values.overrideReason ?? ''}
                  </textarea>
                  <FieldError id="override-reason-error" message={err('validate', 'piecesOverride.reason')} />
                  <p data-testid="override-consequences">
                    Valider ainsi rend la demande active : elle reçoit son numéro unique et peut candidater aux offres. Le motif et la liste des pièces non vérifiées sont inscrits
                    au journal d’audit ; la validation ne peut pas être annulée. Une page de confirmation récapitule ce qui va se passer avant la validation.
                  </p>
                </div>
              )}
              <FieldError id="validate-error" message={error?.form === 'validate' ? error.message : undefined} />
              <button class="primary" type="submit">
                Valider la demande
              </button>
            </form>

            <form class="stack" method="post" action={`${base}/demander-pieces`}>
              {hidden}
              <h3>Demander des pièces</h3>
              <div>
                <label for="request-message">Message au demandeur</label>
                <textarea id="request-message" name="message" rows={3} maxLength={2000} aria-describedby={requestError ? 'request-message-error' : undefined}>
                  {values.message ?? ''}
                </textarea>
                <FieldError id="request-message-error" message={requestError} />
              </div>
              <fieldset style="border:1px solid #ddd;border-radius:6px">
                <legend>Pièces attendues</legend>
                {DOCUMENT_CATALOGUE.map((t) => (
                  <label style="font-weight:400;display:flex;gap:0.5rem;align-items:center">
                    <input type="checkbox" name="documentTypes" value={t.type} checked={values.documentTypes?.includes(t.type) ?? false} style="width:auto" />
                    {t.label}
                  </label>
                ))}
              </fieldset>
              <button type="submit">Demander des pièces</button>
            </form>

            <form class="stack" method="post" action={`${base}/refuser`}>
              {hidden}
              <h3>Refuser</h3>
              <div>
                <label for="reject-reason">Motif du refus</label>
                <textarea id="reject-reason" name="reason" rows={3} maxLength={2000} aria-describedby={err('reject', 'reason') ? 'reject-reason-error' : undefined}>
                  {values.reason ?? ''}
                </textarea>
                <FieldError id="reject-reason-error" message={err('reject', 'reason')} />
              </div>
              <p>Vous confirmerez à l’étape suivante, qui détaille ce que le refus entraîne.</p>
              <button type="submit">Refuser la demande…</button>
            </form>
          </div>
        </section>
      )}

      <Checklist checklist={checklist} />

      <DeclaredFacts d={d} base={base} hidden={hidden} error={error} values={values} communeName={communeName} actors={actors} />

      <section class="card" aria-labelledby="foyer">
        <h2 id="foyer">Foyer</h2>
        <p>
          <strong data-testid="household-category">Catégorie de ménage {d.derived.householdCategory}</strong> · {d.derived.householdSize} personne
          {d.derived.householdSize > 1 ? 's' : ''}
          {d.derived.extraPersonUnits > 0 ? ` · ${plural(d.derived.extraPersonUnits, 'personne supplémentaire', 'personnes supplémentaires')}` : ''}
        </p>
        <p>{d.derived.householdCategoryExplanation}</p>
        {data.expectedBirths && (
          <p>
            Naissance attendue : {data.expectedBirths.count} (prévue le {frDate(data.expectedBirths.expectedDate)})
          </p>
        )}
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
          <table>
            <thead>
              <tr>
                <th scope="col">Rôle</th>
                <th scope="col">Nom</th>
                <th scope="col">Né·e le</th>
                <th scope="col">Âge</th>
                <th scope="col">Lien</th>
                <th scope="col">Particularités</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr>
                  <td>{m.role}</td>
                  <td>{m.name}</td>
                  <td>{frDate(m.birthDate)}</td>
                  <td>{ageOn(m.birthDate, d.derived.onDate)} ans</td>
                  <td>{m.link}</td>
                  <td>{m.notes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section class="card" aria-labelledby="ressources">
        <h2 id="ressources">Ressources</h2>
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
          <table>
            <thead>
              <tr>
                <th scope="col">Personne</th>
                <th scope="col">Ressource</th>
                <th scope="col">Montant mensuel</th>
              </tr>
            </thead>
            <tbody>
              {adults.flatMap(({ who, adult }) => [
                ...adult.resources.map((r) => (
                  <tr>
                    <td>{who}</td>
                    <td>{RESOURCE_LABELS[r.code] ?? r.code}</td>
                    <td>{euros(r.monthlyAmount)}</td>
                  </tr>
                )),
                ...(adult.alimonyPaid
                  ? [
                      <tr>
                        <td>{who}</td>
                        <td>Pension alimentaire versée (déduite)</td>
                        <td>− {euros(adult.alimonyPaid)}</td>
                      </tr>,
                    ]
                  : []),
              ])}
            </tbody>
          </table>
        </div>
        <p>
          <strong>Ressources du foyer : {euros(d.derived.monthlyResources)} par mois</strong> · aide au logement attendue : {euros(d.derived.expectedHousingBenefit)}
        </p>
      </section>

      <section class="card" aria-labelledby="rfr">
        <h2 id="rfr">Revenu fiscal de référence</h2>
        <p data-testid="reference-income">
          <strong>{euros(d.derived.referenceIncome.amount)}</strong> (revenus {d.derived.referenceIncome.year}, base {d.derived.referenceIncome.basis})
        </p>
        {d.derived.referenceIncome.missing.length > 0 && (
          <p class="error">Montants manquants ou d’une autre année : {d.derived.referenceIncome.missing.join(', ')}. Le revenu ci-dessus est partiel.</p>
        )}
        <ul>
          {adults.map(({ who, adult }) => (
            <li>
              {who} : {adult.taxIncome?.yearMinus2 ?? '—'} → {euros(adult.taxIncome?.amountMinus2)} ; {adult.taxIncome?.yearMinus1 ?? '—'} → {euros(adult.taxIncome?.amountMinus1)}
            </li>
          ))}
        </ul>
      </section>

      <section class="card" aria-labelledby="logement">
        <h2 id="logement">Logement actuel et souhaits</h2>
        <p>
          {data.currentHousing
            ? `${HOUSING_LABELS[data.currentHousing.kind] ?? data.currentHousing.kind}${data.currentHousing.monthlyRent !== undefined ? `, loyer ${euros(data.currentHousing.monthlyRent)}` : ''}`
            : 'Non renseigné'}
        </p>
        <p>
          Communes souhaitées : {data.wishes.communeCodes.map((c) => communeLabel(c, communeName)).join(', ') || '—'} · typologies :{' '}
          {data.wishes.typologies.map((t) => `T${t}`).join(', ') || '—'}
        </p>
      </section>

      <section class="card" aria-labelledby="pieces">
        <h2 id="pieces">Pièces justificatives</h2>
        <p>
          {verificationMode === 'provider'
            ? 'Les pièces sont vérifiées par le service de vérification ; vous pouvez aussi les vérifier vous-même.'
            : 'Aucun service de vérification n’est configuré : vérifiez les pièces vous-même.'}
        </p>
        {error?.form === 'piece' && (
          <p class="field-error" role="alert">
            {error.message}
          </p>
        )}
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
          <table class="cards-table" data-testid="documents">
            <thead>
              <tr>
                <th scope="col">Pièce</th>
                <th scope="col">Personne</th>
                <th scope="col">Fichier</th>
                <th scope="col">État</th>
                <th scope="col">Déposée le</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((doc) => {
                const reasonError = error?.form === 'piece' && error.documentId === doc.id ? error.fields.reason : undefined;
                return (
                  <tr data-document-id={doc.id}>
                    <td data-label="Pièce">
                      {doc.typeLabel}
                      {doc.taxYear ? ` (revenus ${doc.taxYear})` : ''}
                    </td>
                    <td data-label="Personne">{personLabel(data, doc.person)}</td>
                    <td data-label="Fichier">
                      {doc.fileName} · {fileSize(doc.size)}
                    </td>
                    <td data-label="État" data-document-status={doc.status}>
                      {doc.statusLabel}
                      {doc.decidedBy && !doc.awaitingDecision ? ` (${DOCUMENT_DECIDER_LABELS[doc.decidedBy]})` : ''}
                      {doc.rejectionReason ? ` : ${doc.rejectionReason}` : ''}
                    </td>
                    <td data-label="Déposée le">{frDateTime(doc.uploadedAt)}</td>
                    <td data-label="Actions">
                      {!doc.fileDeleted && (
                        <a href={`${base}?piece=${doc.id}#visionneuse`}>
                          Voir<span class="visually-hidden"> : {doc.typeLabel}</span>
                        </a>
                      )}
                      {doc.awaitingDecision && (
                        <div style="display:flex;gap:0.5rem;flex-wrap:wrap;margin-top:0.5rem">
                          <form method="post" action={`${base}/pieces/${doc.id}/decision`}>
                            {hidden}
                            <input type="hidden" name="outcome" value="verified" />
                            <button type="submit">Pièce conforme</button>
                          </form>
                          <form method="post" action={`${base}/pieces/${doc.id}/decision`} style="display:flex;gap:0.5rem;flex-wrap:wrap">
                            {hidden}
                            <input type="hidden" name="outcome" value="rejected" />
                            <label class="skip" for={`piece-reason-${doc.id}`}>
                              Motif du refus de la pièce
                            </label>
                            <input
                              id={`piece-reason-${doc.id}`}
                              name="reason"
                              maxLength={1000}
                              placeholder="Motif du refus"
                              value={reasonError ? (values.pieceReason ?? '') : ''}
                              style="max-width:14rem"
                              aria-describedby={reasonError ? `piece-reason-${doc.id}-error` : undefined}
                            />
                            <button type="submit">Refuser la pièce</button>
                            <FieldError id={`piece-reason-${doc.id}-error`} message={reasonError} />
                          </form>
                        </div>
                      )}
                    </td>
                  </tr>
                );
              })}
              {documents.length === 0 && (
                <tr>
                  <td colSpan={6}>Aucune pièce déposée.</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        {required.length > 0 && (
          <details style="margin-top:0.75rem">
            <summary>
              Pièces attendues au vu de la demande ({required.filter(provided).length} sur {required.length} fournies)
            </summary>
            <ul>
              {required.map((r) => (
                <li>
                  {provided(r) ? '✓' : '✗'} {documentTypeInfo(r.type).label} — {personLabel(data, r.person)}
                </li>
              ))}
            </ul>
          </details>
        )}
        {viewing && (
          <div id="visionneuse" style="margin-top:1rem">
            <h3>
              {viewing.typeLabel} — {viewing.fileName}
            </h3>
            <p>Chaque consultation est inscrite au journal d’audit.</p>
            {viewing.contentType === 'application/pdf' ? (
              <iframe src={`${base}/pieces/${viewing.id}/contenu`} title={`Pièce : ${viewing.typeLabel}`} style="width:100%;height:70vh;border:1px solid #ddd" />
            ) : (
              <img src={`${base}/pieces/${viewing.id}/contenu`} alt={`Pièce : ${viewing.typeLabel}`} style="max-width:100%;height:auto;border:1px solid #ddd" />
            )}
            <p>
              <a href={`${base}/pieces/${viewing.id}/contenu`} target="_blank" rel="noopener">
                Ouvrir dans un nouvel onglet
              </a>
            </p>
          </div>
        )}
      </section>

      <section class="card" aria-labelledby="historique">
        <h2 id="historique">Historique</h2>
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Tableau défilant">
          <table data-testid="demand-history">
            <thead>
              <tr>
                {historyTh('Date', 'at')}
                {historyTh('Action', 'action')}
                <th scope="col">État</th>
                <th scope="col">Par</th>
                <th scope="col">Motif</th>
              </tr>
            </thead>
            <tbody>
              {history.items.map((h) => (
                <tr>
                  <td>{frDateTime(h.at)}</td>
                  <td>{DEMAND_ACTION_LABELS[h.action]}</td>
                  <td>
                    {DEMAND_STATUS_LABELS[h.from]} → {DEMAND_STATUS_LABELS[h.to]}
                  </td>
                  <td data-testid="history-actor">
                    {h.actor === 'system'
                      ? 'la plateforme'
                      : h.by
                        ? (actors.get(h.by) ?? (h.actor === 'applicant' ? 'le demandeur' : 'un collaborateur'))
                        : h.actor === 'applicant'
                          ? 'le demandeur'
                          : 'un collaborateur'}
                  </td>
                  <td>{h.reason ?? ''}</td>
                </tr>
              ))}
              {d.history.length === 0 && (
                <tr>
                  <td colSpan={5}>Aucun événement.</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        {history.total > 0 && (
          <Pager base={base} params={historyParams} page={history.page} pageSize={history.pageSize} total={history.total} noun="événement" anchor="historique" />
        )}
      </section>
    </Layout>
  );
}

/** A demand the agent may not see or that does not exist. */
export function DemandNotFoundPage({ user, csrfToken }: { user: { displayName: string; role: string }; csrfToken: string }) {
  return (
    <Layout title="Demande introuvable" user={user} csrfToken={csrfToken} current="/admin/demandes">
      <h1>Demande introuvable</h1>
      <p>
        <a href="/admin/demandes">Retour à la liste des demandes</a>
      </p>
    </Layout>
  );
}
