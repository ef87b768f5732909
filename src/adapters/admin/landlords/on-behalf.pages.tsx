import type { CandidacySummaryView } from '../../../modules/candidacy/index';
import type { Landlord, LandlordUserView } from '../../../modules/landlord/index';
import { ENERGY_CLASSES, FINANCINGS, type LandlordWaitingOffers, type OfferHistoryView, type OfferView } from '../../../modules/offer/index';
import type { FieldError } from '../../../shared/errors';
import { Layout } from '../pages/layout';
import { ErrorBox, fieldMessage, Flash } from '../../web/kit/boxes';
import { euros, frDate, frDateTime, frNumber } from '../../web/kit/format';
import { offerActionLabelForLandlord } from '../../web/kit/labels';
import { deName } from '../../web/kit/french';

/**
 * Back-office pages of an agent acting for a landlord that sends its offers and decisions by mail
 * or phone (issue 17): an offer entered for it, submitted for it, the CAL's decisions, the
 * proposal's outcome and the lease recorded for it. Every action is stored as done by the agent,
 * for the landlord (offer history and audit trail).
 */

type User = { displayName: string; role: string };

export const ON_BEHALF_FLASH: Record<string, string> = {
  created: 'Le brouillon d’offre est enregistré pour le bailleur.',
  updated: 'Le brouillon est corrigé pour le bailleur.',
  submitted: 'L’offre est soumise à Action Logement pour le bailleur.',
  cal: 'La décision de la CAL est enregistrée pour le bailleur.',
  outcome: 'L’issue de la proposition est enregistrée pour le bailleur.',
  lease: 'Le bail signé est enregistré pour le bailleur : l’offre est attribuée.',
  invited: 'L’invitation est envoyée par e-mail : le lien permet de choisir un mot de passe.',
  removed: 'L’utilisateur est retiré : son compte est désactivé et ses sessions sont fermées.',
};

const crumbs = (landlord: Pick<Landlord, 'id' | 'name'>, last: string) => [
  { href: '/admin', label: 'Tableau de bord' },
  { href: '/admin/bailleurs', label: 'Bailleurs' },
  { href: `/admin/bailleurs/${landlord.id}`, label: landlord.name },
  { label: last },
];

function Field({
  name,
  label,
  values,
  errors,
  type = 'text',
  hint,
  ...rest
}: {
  name: string;
  label: string;
  values: Record<string, string>;
  errors: FieldError[];
  type?: 'text' | 'number' | 'date';
  hint?: string;
  [attr: string]: unknown;
}) {
  const error = errors.find((e) => e.field === name)?.message;
  const described = [hint ? `${name}-aide` : '', error ? `${name}-erreur` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label for={name}>{label}</label>
      {hint && (
        <p class="hint" id={`${name}-aide`}>
          {hint}
        </p>
      )}
      {/* the input's own attributes (its type among them) as one object: preact types each input type apart */}
      <input
        {...({ id: name, name, type, value: values[name] ?? '', 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': described, ...rest } as Record<string, unknown>)}
      />
      {error && (
        <p class="field-error" id={`${name}-erreur`}>
          {error}
        </p>
      )}
    </div>
  );
}

function Select({
  name,
  label,
  options,
  values,
  errors,
}: {
  name: string;
  label: string;
  options: readonly (readonly [string, string])[];
  values: Record<string, string>;
  errors: FieldError[];
}) {
  const error = errors.find((e) => e.field === name)?.message;
  return (
    <div>
      <label for={name}>{label}</label>
      <select id={name} name={name} required aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${name}-erreur` : undefined}>
        {options.map(([value, text]) => (
          <option value={value} selected={values[name] === value}>
            {text}
          </option>
        ))}
      </select>
      {error && (
        <p class="field-error" id={`${name}-erreur`}>
          {error}
        </p>
      )}
    </div>
  );
}

const yesNo = [
  ['non', 'Non'],
  ['oui', 'Oui'],
] as const;

/** The offer form an agent fills in from what the landlord sent (the fields the API takes). */
export function OnBehalfOfferFormPage({
  user,
  csrfToken,
  landlord,
  values = {},
  error,
  fieldErrors = [],
  offerId,
  message,
}: {
  user: User;
  csrfToken: string;
  landlord: Landlord;
  values?: Record<string, string>;
  error?: string | undefined;
  fieldErrors?: FieldError[];
  /** an existing draft (a draft sent back included) being corrected */
  offerId?: string | undefined;
  /** the message of a send-back, shown above the form */
  message?: string | null | undefined;
}) {
  const title = offerId ? `Corriger l’offre pour ${landlord.name}` : `Nouvelle offre pour ${landlord.name}`;
  const action = offerId ? `/admin/bailleurs/${landlord.id}/offres/${offerId}/modifier` : `/admin/bailleurs/${landlord.id}/offres`;
  return (
    <Layout title={title} user={user} csrfToken={csrfToken} current="/admin/bailleurs" breadcrumbs={crumbs(landlord, offerId ? 'Correction de l’offre' : 'Nouvelle offre')}>
      <h1>{title}</h1>
      <p>
        Vous saisissez l’offre <strong>pour le compte du bailleur</strong> : elle est enregistrée comme faite par vous pour {landlord.name}, à l’historique de l’offre et au journal
        d’audit.
      </p>
      {message && (
        <p class="notice" role="status">
          Message d’Action Logement au bailleur : « {message} »
        </p>
      )}
      <ErrorBox message={error} />
      <form method="post" action={action} class="stack card" novalidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <Field name="addressLine" label="Adresse" values={values} errors={fieldErrors} required maxLength={200} autocomplete="street-address" />
        <Field name="postalCode" label="Code postal" values={values} errors={fieldErrors} required inputMode="numeric" maxLength={5} />
        <Field
          name="communeCode"
          label="Code commune INSEE"
          hint="Par exemple 69266 pour Villeurbanne (ce n’est pas le code postal)."
          values={values}
          errors={fieldErrors}
          required
          maxLength={5}
        />
        <Select name="typology" label="Typologie" options={[1, 2, 3, 4, 5, 6].map((t) => [String(t), `T${t}`] as const)} values={values} errors={fieldErrors} />
        <Field name="mainRooms" label="Pièces principales" type="number" values={values} errors={fieldErrors} required min={1} max={20} />
        <Field name="surface" label="Surface habitable (m²)" values={values} errors={fieldErrors} required inputMode="decimal" maxLength={8} />
        <Field name="floor" label="Étage (0 pour le rez-de-chaussée)" type="number" values={values} errors={fieldErrors} required min={-5} max={100} />
        <Select name="elevator" label="Ascenseur" options={yesNo} values={values} errors={fieldErrors} />
        <Select name="accessible" label="Accessible à une personne à mobilité réduite" options={yesNo} values={values} errors={fieldErrors} />
        <Select name="energyClass" label="Classe énergétique (DPE)" options={ENERGY_CLASSES.map((c) => [c, c] as const)} values={values} errors={fieldErrors} />
        <Field name="rent" label="Loyer hors charges (€ par mois)" values={values} errors={fieldErrors} required inputMode="decimal" maxLength={10} />
        <Field name="charges" label="Charges (€ par mois)" values={values} errors={fieldErrors} required inputMode="decimal" maxLength={10} />
        <Select name="financing" label="Financement" options={FINANCINGS.map((f) => [f, f] as const)} values={values} errors={fieldErrors} />
        <Field name="availableFrom" label="Disponible à partir du" type="date" values={values} errors={fieldErrors} required />
        <Field name="closingDate" label="Date de clôture souhaitée des candidatures" type="date" values={values} errors={fieldErrors} required />
        <div>
          <label for="description">Description</label>
          <textarea id="description" name="description" maxLength={2000} rows={4}>
            {values.description ?? ''}
          </textarea>
        </div>
        <div class="inline-actions">
          <button class="primary" type="submit">
            Enregistrer le brouillon pour le bailleur
          </button>
          <a class="button secondary" href={offerId ? `/admin/bailleurs/${landlord.id}/offres/${offerId}` : `/admin/bailleurs/${landlord.id}`}>
            Annuler
          </a>
        </div>
      </form>
    </Layout>
  );
}

/** « par Mme X pour le bailleur » in the history. */
function actor(entry: OfferHistoryView, names: Map<string, string>, landlordName: string) {
  const who = entry.by ? (names.get(entry.by) ?? 'un compte') : 'la plateforme';
  return entry.onBehalfOf ? `${who}, pour ${landlordName}` : who;
}

/** The offer as the agent handles it for the landlord: its facts, history, and the landlord's next steps. */
export function OnBehalfOfferPage({
  user,
  csrfToken,
  landlord,
  offer,
  history,
  names,
  candidacies,
  flash,
  error,
  values = {},
}: {
  user: User;
  csrfToken: string;
  landlord: Landlord;
  offer: OfferView;
  history: OfferHistoryView[];
  names: Map<string, string>;
  candidacies: (CandidacySummaryView & { rank: number | null })[];
  flash?: string | undefined;
  error?: string | undefined;
  values?: Record<string, string>;
}) {
  const title = `T${offer.typology} · ${offer.addressLine}, ${offer.communeName ?? offer.communeCode}`;
  const base = `/admin/bailleurs/${landlord.id}`;
  const decided = candidacies.filter((c) => c.transmittedToLandlord);
  return (
    <Layout title={title} user={user} csrfToken={csrfToken} current="/admin/bailleurs" breadcrumbs={crumbs(landlord, title)}>
      <h1>{title}</h1>
      <p>
        Offre de <strong>{landlord.name}</strong>, traitée pour son compte. État : <strong data-testid="offer-status">{offer.statusLabel}</strong>.
      </p>
      <Flash message={flash} />
      <ErrorBox message={error} />
      <section class="card" aria-labelledby="logement">
        <h2 id="logement">Le logement</h2>
        <ul>
          <li>
            {frNumber(offer.surface)} m², {offer.mainRooms} pièce{offer.mainRooms > 1 ? 's' : ''}, étage {offer.floor}
          </li>
          <li>
            Loyer {euros(offer.rent)} + charges {euros(offer.charges)} = {euros(offer.totalRent)} par mois ({offer.financing})
          </li>
          <li>
            Disponible le {frDate(offer.availableFrom)} ; clôture des candidatures le {frDate(offer.closingDate)}
          </li>
        </ul>
        <p>
          <a href={`/admin/offres/${offer.id}`}>Voir l’offre dans l’instruction</a>
        </p>
        {offer.actions.edit && (
          <p>
            <a href={`${base}/offres/${offer.id}/modifier`}>Corriger le brouillon pour le bailleur</a>
          </p>
        )}
        {offer.actions.submit && (
          <form method="post" action={`${base}/offres/${offer.id}/soumettre`}>
            <input type="hidden" name="_csrf" value={csrfToken} />
            <button class="primary" type="submit">
              Soumettre l’offre à Action Logement pour le bailleur
            </button>
          </form>
        )}
      </section>

      {decided.length > 0 && (
        <section class="card" aria-labelledby="candidats">
          <h2 id="candidats">Candidats transmis au bailleur</h2>
          <ol class="stack" data-testid="candidates">
            {decided.map((c) => (
              <li data-candidacy-id={c.id}>
                <p>
                  <strong>Candidature {c.rank ? `classée ${c.rank}` : ''}</strong> — <a href={`/admin/demandes/${c.demandId}`}>voir la demande</a> — état :{' '}
                  <span data-testid="candidacy-status">{c.statusLabel}</span>
                </p>
                {c.actions.recordCalDecision && (
                  <form method="post" action={`${base}/candidatures/${c.id}/decision-cal`} class="stack">
                    <input type="hidden" name="_csrf" value={csrfToken} />
                    <fieldset>
                      <legend>Décision de la commission d’attribution (CAL)</legend>
                      <p>
                        <label>
                          <input type="radio" name="decision" value="accepted" required checked={values.decision === 'accepted'} /> Attribué
                        </label>
                      </p>
                      <p>
                        <label>
                          <input type="radio" name="decision" value="refused" checked={values.decision === 'refused'} /> Refusé
                        </label>
                      </p>
                      <p>
                        <label>
                          <input type="radio" name="decision" value="postponed" checked={values.decision === 'postponed'} /> Ajourné
                        </label>
                      </p>
                    </fieldset>
                    <div>
                      <label for={`rank-${c.id}`}>Rang d’attribution (1 à 3, si attribué)</label>
                      <select id={`rank-${c.id}`} name="calRank">
                        <option value="">—</option>
                        {[1, 2, 3].map((r) => (
                          <option value={String(r)}>{r}</option>
                        ))}
                      </select>
                    </div>
                    <div>
                      <label for={`reason-${c.id}`}>Motif (obligatoire si refusé)</label>
                      <input id={`reason-${c.id}`} name="reason" maxLength={500} />
                    </div>
                    <button class="primary" type="submit">
                      Enregistrer la décision pour le bailleur
                    </button>
                  </form>
                )}
                {c.actions.recordProposalOutcome && (
                  <form method="post" action={`${base}/candidatures/${c.id}/issue`} class="stack">
                    <input type="hidden" name="_csrf" value={csrfToken} />
                    <fieldset>
                      <legend>Réponse du candidat à la proposition du logement</legend>
                      <p>
                        <label>
                          <input type="radio" name="outcome" value="accepted" required /> Le candidat accepte le logement
                        </label>
                      </p>
                      <p>
                        <label>
                          <input type="radio" name="outcome" value="declined" /> Le candidat refuse le logement
                        </label>
                      </p>
                    </fieldset>
                    <div>
                      <label for={`outcome-reason-${c.id}`}>Motif d’un refus (facultatif)</label>
                      <input id={`outcome-reason-${c.id}`} name="reason" maxLength={500} />
                    </div>
                    <button class="primary" type="submit">
                      Enregistrer l’issue pour le bailleur
                    </button>
                  </form>
                )}
                {c.actions.recordLease && (
                  <form method="post" action={`${base}/candidatures/${c.id}/bail`}>
                    <input type="hidden" name="_csrf" value={csrfToken} />
                    <button class="primary" type="submit">
                      Enregistrer le bail signé pour le bailleur
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}

      <section class="card" aria-labelledby="historique">
        <h2 id="historique">Historique</h2>
        {history.length === 0 ? (
          <p>Brouillon, pas encore soumis.</p>
        ) : (
          <ol data-testid="history">
            {history.map((h) => (
              <li>
                {frDateTime(h.at)} — {offerActionLabelForLandlord(h.action)} — par {actor(h, names, landlord.name)}
                {h.reason ? ` — « ${h.reason} »` : ''}
              </li>
            ))}
          </ol>
        )}
      </section>
    </Layout>
  );
}

/** The landlord page's sections: its portal users (invite, remove) and what the agent does for it. */
export function OnBehalfSections({
  landlord,
  csrfToken,
  users,
  waiting,
  values = {},
  fieldErrors = [],
}: {
  landlord: Landlord;
  csrfToken: string;
  users: LandlordUserView[];
  waiting: LandlordWaitingOffers;
  values?: Record<string, string>;
  fieldErrors?: FieldError[];
}) {
  const base = `/admin/bailleurs/${landlord.id}`;
  const fieldError = (name: string) => fieldMessage(fieldErrors, name);
  return (
    <>
      <section class="card" aria-labelledby="pour-le-bailleur">
        <h2 id="pour-le-bailleur">Agir pour le bailleur</h2>
        <p>Pour un bailleur qui envoie ses offres et ses décisions par courrier ou par téléphone : chaque action est enregistrée comme faite par vous pour {landlord.name}.</p>
        <p>
          <a class="button primary" href={`${base}/offres/nouvelle`}>
            Saisir une offre pour le bailleur
          </a>
        </p>
        <h3>Offres en attente du bailleur</h3>
        {waiting.sentBack.length === 0 && waiting.toDecide.length === 0 ? (
          <p>Aucune offre en attente.</p>
        ) : (
          <ul data-testid="waiting-offers">
            {waiting.sentBack.map((w) => (
              <li>
                <a href={`${base}/offres/${w.offer.id}`}>
                  T{w.offer.typology} · {w.offer.addressLine}
                </a>{' '}
                — renvoyée avec le message « {w.message ?? ''} »
              </li>
            ))}
            {waiting.toDecide.map((o) => (
              <li>
                <a href={`${base}/offres/${o.id}`}>
                  T{o.typology} · {o.addressLine}
                </a>{' '}
                — candidats transmis : décisions de la CAL à enregistrer
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby="utilisateurs">
        <h2 id="utilisateurs">Utilisateurs de l’espace bailleur</h2>
        {users.length === 0 ? (
          <p>Aucun utilisateur invité.</p>
        ) : (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Utilisateurs du bailleur">
            <table data-testid="landlord-users">
              <thead>
                <tr>
                  <th scope="col">Nom</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Rôle</th>
                  <th scope="col">État</th>
                  <th scope="col">Accès</th>
                </tr>
              </thead>
              <tbody>
                {users.map((u) => (
                  <tr data-account-id={u.accountId}>
                    <td>{u.displayName}</td>
                    <td>{u.email}</td>
                    <td>{u.admin ? 'Administrateur' : 'Utilisateur'}</td>
                    <td>{u.statusLabel}</td>
                    <td>
                      <form method="post" action={`${base}/utilisateurs/${u.accountId}/retirer`}>
                        <input type="hidden" name="_csrf" value={csrfToken} />
                        <button class="secondary" type="submit" aria-label={`Retirer l’accès ${deName(u.displayName)}`}>
                          Retirer
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3>Inviter un utilisateur</h3>
        <form method="post" action={`${base}/utilisateurs`} class="stack">
          <input type="hidden" name="_csrf" value={csrfToken} />
          <div>
            <label for="user-name">Nom</label>
            <input id="user-name" name="displayName" required maxLength={200} value={values.displayName ?? ''} autocomplete="off" />
            {fieldError('displayName') && <p class="field-error">{fieldError('displayName')}</p>}
          </div>
          <div>
            <label for="user-email">E-mail professionnel</label>
            <input id="user-email" name="email" type="email" required maxLength={254} value={values.email ?? ''} autocomplete="off" />
            {fieldError('email') && <p class="field-error">{fieldError('email')}</p>}
          </div>
          <p>
            <label>
              <input type="checkbox" name="admin" value="oui" checked={values.admin === 'oui'} /> Administrateur : peut inviter et retirer ses collègues
            </label>
          </p>
          <button class="primary" type="submit">
            Envoyer l’invitation
          </button>
        </form>
      </section>
    </>
  );
}
