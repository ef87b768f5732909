import { SignInForm } from '../../web/sign-in-form';
import { PortalLayout } from './layout';
import { describedBy, ErrorLine, FieldError } from '../../web/kit/boxes';

type Errors = Record<string, string>;

export function SignInPage({ csrfToken, error, email }: { csrfToken: string; error?: string | undefined; email?: string | undefined }) {
  return (
    <PortalLayout title="Connexion">
      <div class="login card">
        <h1>Connexion à l’espace entreprise</h1>
        <ErrorLine message={error} />
        <SignInForm action="/entreprise/connexion" csrfToken={csrfToken} email={email} />
        <p>
          <a href="/entreprise/mot-de-passe-oublie">Mot de passe oublié ?</a>
        </p>
        <p>
          Votre entreprise n’a pas encore d’espace ? <a href="/entreprise/demande-espace">Demander un espace entreprise</a>
        </p>
      </div>
    </PortalLayout>
  );
}

export function InvitationPage({ csrfToken, token, error, errors = {} }: { csrfToken: string; token: string; error?: string | undefined; errors?: Errors }) {
  return (
    <PortalLayout title="Choisir votre mot de passe">
      <div class="login card">
        <h1>Bienvenue dans votre espace entreprise</h1>
        <p>Choisissez le mot de passe de votre compte de gestionnaire. Ce lien ne sert qu’une fois.</p>
        <ErrorLine message={error} />
        {token ? (
          <form class="stack" method="post" action="/entreprise/invitation">
            <input type="hidden" name="_csrf" value={csrfToken} />
            <input type="hidden" name="token" value={token} />
            <div>
              <label for="password">Nouveau mot de passe</label>
              <p class="field-hint" id="password-hint">
                Au moins 12 caractères.
              </p>
              <input
                id="password"
                name="password"
                type="password"
                autocomplete="new-password"
                required
                minLength={12}
                aria-invalid={errors.password ? 'true' : undefined}
                aria-describedby={describedBy('password', errors.password, true)}
              />
              <FieldError id="password-error" message={errors.password} />
            </div>
            <div>
              <label for="confirmation">Confirmez le mot de passe</label>
              <input
                id="confirmation"
                name="confirmation"
                type="password"
                autocomplete="new-password"
                required
                aria-invalid={errors.confirmation ? 'true' : undefined}
                aria-describedby={describedBy('confirmation', errors.confirmation)}
              />
              <FieldError id="confirmation-error" message={errors.confirmation} />
            </div>
            <button class="primary" type="submit">
              Enregistrer et me connecter
            </button>
          </form>
        ) : (
          <p>Ce lien est incomplet : ouvrez le lien reçu par e-mail, ou demandez une nouvelle invitation à votre contact Action Logement.</p>
        )}
      </div>
    </PortalLayout>
  );
}

export interface SpaceRequestValues {
  companyName: string;
  siret: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

const FIELDS: { name: keyof SpaceRequestValues; label: string; type?: 'text' | 'email' | 'tel'; autocomplete?: string; hint?: string; required?: boolean; max: number }[] = [
  { name: 'companyName', label: 'Raison sociale', autocomplete: 'organization', required: true, max: 200 },
  { name: 'siret', label: 'SIRET de l’établissement', hint: '14 chiffres, espaces acceptés.', required: true, max: 20 },
  { name: 'contactName', label: 'Nom du contact', autocomplete: 'name', required: true, max: 120 },
  { name: 'contactEmail', label: 'Adresse e-mail du contact', type: 'email', autocomplete: 'email', required: true, max: 254 },
  { name: 'contactPhone', label: 'Téléphone du contact (facultatif)', type: 'tel', autocomplete: 'tel', max: 25 },
];

export function SpaceRequestPage({
  csrfToken,
  values,
  error,
  errors = {},
  received,
}: {
  csrfToken: string;
  values?: SpaceRequestValues | undefined;
  error?: string | undefined;
  errors?: Errors;
  received?: boolean;
}) {
  return (
    <PortalLayout title="Demander un espace entreprise" breadcrumbs={[{ href: '/entreprise/connexion', label: 'Espace entreprise' }, { label: 'Demander un espace' }]}>
      <h1>Demander un espace entreprise</h1>
      {received ? (
        <p class="notice" role="status">
          Votre demande est enregistrée. Un collaborateur d’Action Logement vous contactera pour configurer votre espace.
        </p>
      ) : (
        <div class="card">
          <p>L’espace entreprise permet de valider l’emploi de vos salariés demandeurs de logement, d’attribuer des points de priorité et de suivre leurs candidatures.</p>
          <ErrorLine message={error} />
          <form class="stack" method="post" action="/entreprise/demande-espace">
            <input type="hidden" name="_csrf" value={csrfToken} />
            {FIELDS.map((f) => (
              <div>
                <label for={f.name}>{f.label}</label>
                {f.hint && (
                  <p class="field-hint" id={`${f.name}-hint`}>
                    {f.hint}
                  </p>
                )}
                <input
                  id={f.name}
                  name={f.name}
                  {...({ type: f.type ?? 'text', autocomplete: f.autocomplete } as Record<string, string>)}
                  required={f.required}
                  maxLength={f.max}
                  inputMode={f.name === 'siret' ? 'numeric' : undefined}
                  value={values?.[f.name] ?? ''}
                  aria-invalid={errors[f.name] ? 'true' : undefined}
                  aria-describedby={describedBy(f.name, errors[f.name], !!f.hint)}
                />
                <FieldError id={`${f.name}-error`} message={errors[f.name]} />
              </div>
            ))}
            <button class="primary" type="submit">
              Envoyer la demande
            </button>
          </form>
        </div>
      )}
    </PortalLayout>
  );
}
