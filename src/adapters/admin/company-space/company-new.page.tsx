import { CONTRIBUTIONS } from '../../../modules/company-space/index';
import { Layout } from '../pages/layout';
import { CONTRIBUTION_LABELS } from './labels';

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

/** Adds a company to the referential. */
export function CompanyNewPage({ user, csrfToken, values = {}, error, fieldErrors = [] }: Props) {
  return (
    <Layout
      title="Ajouter une entreprise" user={user} csrfToken={csrfToken} current="/admin/entreprises"
      breadcrumbs={[{ href: '/admin', label: 'Tableau de bord' }, { href: '/admin/entreprises', label: 'Entreprises' }, { label: 'Ajouter' }]}
    >
      <h1>Ajouter une entreprise</h1>
      {error && (
        <div class="error" role="alert">
          <p>{error}</p>
          {fieldErrors.length > 0 && <ul>{fieldErrors.map((f) => <li>{f.field} : {f.message}</li>)}</ul>}
        </div>
      )}
      <form class="stack card" method="post" action="/admin/entreprises">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <div>
          <label for="name">Raison sociale</label>
          <input id="name" name="name" required maxLength={200} value={values.name ?? ''} />
        </div>
        <div>
          <label for="sirets">SIRET des établissements (un par ligne)</label>
          <textarea id="sirets" name="sirets" rows={3} required>{values.sirets ?? ''}</textarea>
        </div>
        <div>
          <label for="headcount">Effectif</label>
          <input id="headcount" name="headcount" type="number" min={0} inputMode="numeric" value={values.headcount ?? ''} />
        </div>
        <div>
          <label for="contribution">Cotisation PEEC</label>
          <select id="contribution" name="contribution">
            {CONTRIBUTIONS.map((c) => <option value={c} selected={(values.contribution ?? 'contributing') === c}>{CONTRIBUTION_LABELS[c]}</option>)}
          </select>
        </div>
        <div>
          <label style="font-weight:normal"><input type="checkbox" name="delegatesToAls" value="1" checked={values.delegatesToAls ?? false} style="width:auto" /> L’entreprise délègue sa politique logement à ALS</label>
        </div>
        <button class="primary" type="submit">Ajouter l’entreprise</button>
      </form>
    </Layout>
  );
}
