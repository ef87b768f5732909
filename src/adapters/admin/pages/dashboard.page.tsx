import { Layout } from './layout';

export function DashboardPage({ user, csrfToken, accountsByRole }: { user: { displayName: string; role: string }; csrfToken: string; accountsByRole: Record<string, number> }) {
  const labels: Record<string, string> = {
    applicant: 'Demandeurs', company_manager: 'Gestionnaires entreprise', landlord_user: 'Utilisateurs bailleur',
    landlord_client: 'Systèmes bailleurs connectés', agent: 'Collaborateurs ALS', admin: 'Administrateurs',
  };
  return (
    <Layout title="Tableau de bord" user={user} csrfToken={csrfToken} current="/admin" breadcrumbs={[{ label: 'Tableau de bord' }]}>
      <h1>Tableau de bord</h1>
      <p>Bienvenue, {user.displayName}.</p>
      <section class="card" aria-labelledby="comptes">
        <h2 id="comptes">Comptes par rôle</h2>
        <div class="table-wrap">
          <table>
            <thead><tr><th scope="col">Rôle</th><th scope="col">Comptes</th></tr></thead>
            <tbody>
              {Object.entries(labels).map(([role, label]) => (
                <tr><td>{label}</td><td data-role={role}>{accountsByRole[role] ?? 0}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </Layout>
  );
}
