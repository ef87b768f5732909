import { CONTRIBUTIONS } from '../../../modules/company-space/index';
import { Layout } from '../pages/layout';
import { fieldMessage } from '../../web/kit/boxes';
import { CONTRIBUTION_LABELS } from '../../web/kit/labels';

export interface CompanyFormValues {
  name?: string;
  sirets?: string;
  headcount?: string;
  contribution?: string;
  delegatesToAls?: boolean;
}

interface Props {
  user: { displayName: string; role: string };
  csrfToken: string;
  values?: CompanyFormValues;
  error?: string | undefined;
  fieldErrors?: { field: string; message: string }[];
}

/** Adds a company to the referential; after a refusal the input is kept and each error shown next to its field. */
export function CompanyNewPage({ user, csrfToken, values = {}, error, fieldErrors = [] }: Props) {
  const known = ['name', 'sirets', 'headcount', 'contribution', 'delegatesToAls'];
  const others = fieldErrors.filter((f) => !known.some((k) => f.field === k || f.field.startsWith(`${k}.`) || f.field.startsWith(`${k}[`)));
  const invalid = (name: string) => {
    const message = fieldMessage(fieldErrors, name);
    return message ? { 'aria-invalid': true, 'aria-describedby': `${name}-error` } : {};
  };
  const Message = ({ name }: { name: string }) => {
    const message = fieldMessage(fieldErrors, name);
    return message ? (
      <p class="field-error" id={`${name}-error`}>
        {message}
      </p>
    ) : null;
  };
  return (
    <Layout
      title="Ajouter une entreprise"
      user={user}
      csrfToken={csrfToken}
      current="/admin/entreprises"
      breadcrumbs={[{ href: '/admin', label: 'Tableau de bord' }, { href: '/admin/entreprises', label: 'Entreprises' }, { label: 'Ajouter' }]}
    >
      <h1>Ajouter une entreprise</h1>
      {error && (
        <div class="error" role="alert">
          <p>{error}</p>
          {others.length > 0 && (
            <ul>
              {others.map((f) => (
                <li>
                  {f.field} : {f.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <form class="stack card" method="post" action="/admin/entreprises">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <div>
          <label for="name">Raison sociale</label>
          <input id="name" name="name" required maxLength={200} value={values.name ?? ''} {...invalid('name')} />
          <Message name="name" />
        </div>
        <div>
          <label for="sirets">SIRET des établissements (un par ligne)</label>
          <textarea id="sirets" name="sirets" rows={3} required {...invalid('sirets')}>
            {values.sirets ?? ''}
          </textarea>
          <Message name="sirets" />
        </div>
        <div>
          <label for="headcount">Effectif</label>
          <input id="headcount" name="headcount" type="number" min={0} inputMode="numeric" value={values.headcount ?? ''} {...invalid('headcount')} />
          <Message name="headcount" />
        </div>
        <div>
          <label for="contribution">Cotisation PEEC</label>
          <select id="contribution" name="contribution" {...invalid('contribution')}>
            {CONTRIBUTIONS.map((c) => (
              <option value={c} selected={(values.contribution ?? 'contributing') === c}>
                {CONTRIBUTION_LABELS[c]}
              </option>
            ))}
          </select>
          <Message name="contribution" />
        </div>
        <div>
          <label style="font-weight:normal">
            <input type="checkbox" name="delegatesToAls" value="1" checked={values.delegatesToAls ?? false} style="width:auto" /> L’entreprise délègue sa politique logement à ALS
          </label>
        </div>
        <button class="primary" type="submit">
          Ajouter l’entreprise
        </button>
      </form>
    </Layout>
  );
}
