import { Layout } from '../pages/layout';
import { frInteger, frOneDecimal } from '../../web/kit/format';
import { SECTION_LABELS, type Figure, type FigureSection } from '../../db/read-models/platform-stats';
import { BarChart, ColumnChart } from './charts';
import type { ChartData } from './dashboard-charts';
import type { CeilingsStatus } from '../../../modules/offer/index';
import type { Role } from '../../../modules/identity/index';
import { CeilingsNotice } from '../pages/ceilings-notice';

const ROLE_LABELS: Record<Role, string> = {
  applicant: 'Demandeurs',
  company_manager: 'Gestionnaires entreprise',
  landlord_user: 'Utilisateurs bailleur',
  landlord_client: 'Systèmes bailleurs connectés',
  agent: 'Collaborateurs ALS',
  admin: 'Administrateurs',
};

const dateTime = (d: Date) => `${d.toISOString().slice(8, 10)}/${d.toISOString().slice(5, 7)}/${d.toISOString().slice(0, 4)} à ${d.toISOString().slice(11, 16)} UTC`;

/** The list behind each figure: where an agent goes to act on it. */
export const FIGURE_LINKS: Readonly<Record<string, { href: string; label: string }>> = {
  demands: { href: '/admin/demandes', label: 'Voir les demandes' },
  demandsDalo: { href: '/admin/demandes', label: 'Voir les demandes' },
  registrationNumbersDelivered: { href: '/admin/demandes?enregistrement=en-attente', label: 'Demandes en attente de numéro' },
  candidacies: { href: '/admin/classements', label: 'Voir les classements' },
  candidaciesPositioned: { href: '/admin/classements', label: 'Voir les classements' },
  candidaciesToday: { href: '/admin/classements', label: 'Voir les classements' },
  offersOnline: { href: '/admin/offres?etat=published', label: 'Voir les offres en ligne' },
  offersInInstruction: { href: '/admin/offres?etat=a_instruire', label: 'Voir les offres à instruire' },
  offersTransmitted: { href: '/admin/offres?etat=transmitted', label: 'Voir les offres transmises' },
  spaceRequests: { href: '/admin/entreprises/demandes', label: 'Voir les demandes d’espace' },
  spacesConfigured: { href: '/admin/entreprises?statut=configured', label: 'Voir les espaces configurés' },
  spacesDeployed: { href: '/admin/entreprises?statut=deployed', label: 'Voir les espaces déployés' },
  landlords: { href: '/admin/bailleurs', label: 'Voir les bailleurs' },
  landlordsConnected: { href: '/admin/bailleurs', label: 'Voir les bailleurs' },
  applicants: { href: '/admin/demandes', label: 'Voir les demandes' },
};

function FigureCard({ figure }: { figure: Figure }) {
  const link = FIGURE_LINKS[figure.key];
  return (
    <div class="figure" data-figure={figure.key}>
      <p class="figure-label" id={`fig-${figure.key}`}>
        {figure.label}
      </p>
      <p class="figure-value" aria-describedby={`fig-${figure.key}-def`} data-testid={`figure-${figure.key}`}>
        {frInteger(figure.value)}
      </p>
      {link && (
        <p class="figure-link">
          <a href={link.href} data-testid={`figure-link-${figure.key}`}>
            {link.label}
            <span class="visually-hidden"> ({figure.label})</span>
          </a>
        </p>
      )}
      <details class="figure-def">
        <summary>Définition</summary>
        <p id={`fig-${figure.key}-def`}>{figure.definition}</p>
      </details>
    </div>
  );
}

function ChartSection({ chart }: { chart: ChartData }) {
  const format = chart.unit === 'days' ? frOneDecimal : frInteger;
  return (
    <section class="card chart-card" aria-labelledby={`h-${chart.id}`} data-chart-section={chart.id}>
      <h2 id={`h-${chart.id}`}>{chart.title}</h2>
      <p class="figure-def">{chart.definition}</p>
      {chart.kind === 'columns' ? (
        <ColumnChart
          id={chart.id}
          title={chart.title}
          description={chart.description}
          data={chart.points}
          format={format}
          {...(chart.labelEvery ? { labelEvery: chart.labelEvery } : {})}
          {...(chart.valueLabels ? { valueLabels: true } : {})}
          {...(chart.yLabel ? { yLabel: chart.yLabel } : {})}
        />
      ) : (
        <BarChart id={chart.id} title={chart.title} description={chart.description} data={chart.points} format={format} />
      )}
      <details>
        <summary>Voir les données en tableau</summary>
        <div class="table-wrap">
          <table>
            <caption>{chart.title}</caption>
            <thead>
              <tr>
                {chart.tableHeaders.map((h) => (
                  <th scope="col">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chart.tableRows.map((r) => (
                <tr>{r.map((c, i) => (i === 0 ? <th scope="row">{c ?? ''}</th> : <td>{typeof c === 'number' ? frInteger(c) : (c ?? '')}</td>))}</tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <p>
        <a href={`/admin/dashboard/${chart.id}.csv`} download>
          Télécharger les données (CSV)
        </a>
      </p>
    </section>
  );
}

export interface DashboardProps {
  user: { displayName: string; role: string };
  csrfToken: string;
  computedAt: Date;
  cacheSeconds: number;
  figures: Figure[];
  charts: ChartData[];
  accountsByRole: Record<string, number>;
  /** which income ceilings decide today (a notice when this year's are not published) */
  ceilings?: CeilingsStatus;
}

/** The back office's landing page: the platform figures with their definitions, four charts, accounts by role. */
export function DashboardPage({ user, csrfToken, computedAt, cacheSeconds, figures, charts, accountsByRole, ceilings }: DashboardProps) {
  const sections = [...new Set(figures.map((f) => f.section))] as FigureSection[];
  return (
    <Layout title="Tableau de bord" user={user} csrfToken={csrfToken} current="/admin" breadcrumbs={[{ label: 'Tableau de bord' }]}>
      <h1>Tableau de bord</h1>
      {ceilings && <CeilingsNotice status={ceilings} />}
      <p>
        Bienvenue, {user.displayName}. Chiffres de la plateforme calculés le <span data-testid="computed-at">{dateTime(computedAt)}</span>
        {cacheSeconds > 0 ? `, actualisés au plus toutes les ${cacheSeconds} secondes` : ''}. Ils sont aussi disponibles par l’API (<code>GET /api/v1/stats</code>).
      </p>
      <section aria-labelledby="chiffres">
        <h2 id="chiffres">Chiffres clés</h2>
        {sections.map((s) => (
          <section class="card" aria-labelledby={`sec-${s}`}>
            <h3 id={`sec-${s}`}>{SECTION_LABELS[s]}</h3>
            <div class="figures">
              {figures
                .filter((f) => f.section === s)
                .map((f) => (
                  <FigureCard figure={f} />
                ))}
            </div>
          </section>
        ))}
      </section>
      <div class="charts">
        {charts.map((c) => (
          <ChartSection chart={c} />
        ))}
      </div>
      <section class="card" aria-labelledby="comptes">
        <h2 id="comptes">Comptes par rôle</h2>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Rôle</th>
                <th scope="col">Comptes</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(ROLE_LABELS).map(([role, label]) => (
                <tr>
                  <td>{label}</td>
                  <td data-role={role}>{accountsByRole[role] ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </Layout>
  );
}
