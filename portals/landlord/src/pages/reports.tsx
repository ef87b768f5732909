import { useState } from 'preact/hooks';
import { api, call, type Problem } from '../../../shared/api/client';
import { downloadBlob } from '../../../shared/download';
import { formatNumber } from '../../../shared/format';
import { Button, Loading, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import { SelectField } from '../../../shared/ui/forms';
import { navigate } from '../../../shared/router';
import type { PageProps } from '../app';
import { useLoad } from '../load';
import { BASE } from '../paths';
import { currentLandlordId } from '../state';

/**
 * The yearly flux report of an agreement: units proposed and allocated by commune, typology and
 * financing, on screen and as the CSV the API writes (`;`, UTF-8 with BOM, for a spreadsheet).
 */

export default function ReportsPage({ location }: PageProps) {
  useDocumentTitle('Rapports');
  const landlordId = currentLandlordId()!;
  const agreements = useLoad(() => call(api.GET('/api/v1/landlords/{id}/agreements', { params: { path: { id: landlordId } } })), [landlordId]);
  const sorted = [...(agreements.data ?? [])].sort((a, b) => b.year - a.year || a.departement.localeCompare(b.departement));
  const chosen = location.query.get('convention') ?? sorted[0]?.id ?? '';
  const [pick, setPick] = useState<string | null>(null);
  return (
    <>
      <PageTitle>Rapports annuels</PageTitle>
      <ProblemNotice problem={agreements.problem} />
      {agreements.loading && !agreements.data ? <Loading /> : null}
      {agreements.data && !sorted.length ? <p>Aucune convention de réservation n’est enregistrée pour votre organisme.</p> : null}
      {sorted.length ? (
        <>
          <form
            class="filters filters--inline"
            aria-label="Choisir la convention"
            onSubmit={(e) => {
              e.preventDefault();
              navigate(`${BASE}/rapports?convention=${encodeURIComponent(pick ?? chosen)}`);
            }}
          >
            <SelectField
              name="convention"
              label="Convention"
              value={pick ?? chosen}
              onChange={setPick}
              options={sorted.map((a) => [a.id, `${a.year}, ${a.departementName} (${a.departement}) : ${formatNumber(a.unitsOwed)} logements dus`] as const)}
            />
            <Button variant="secondary">Afficher</Button>
          </form>
          {chosen ? <Report key={chosen} landlordId={landlordId} agreementId={chosen} /> : null}
        </>
      ) : null}
    </>
  );
}

function Report({ landlordId, agreementId }: { landlordId: string; agreementId: string }) {
  const path = { id: landlordId, agreementId };
  const report = useLoad(() => call(api.GET('/api/v1/landlords/{id}/agreements/{agreementId}/report', { params: { path } })), [agreementId]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    setProblem(null);
    const r = await call(api.GET('/api/v1/landlords/{id}/agreements/{agreementId}/report', { params: { path, query: { format: 'csv' } }, parseAs: 'blob' }));
    setBusy(false);
    if (!r.ok) return setProblem(r.problem);
    const name = /filename="([^"]{1,200})"/.exec(r.response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'rapport-convention.csv';
    downloadBlob(r.data as unknown as Blob, name);
  };
  if (report.problem) return <ProblemNotice problem={report.problem} />;
  if (!report.data) return <Loading label="Chargement du rapport…" />;
  const r = report.data;
  const g = r.agreement.gap;
  return (
    <section aria-labelledby="rapport">
      <h2 id="rapport">
        {r.landlord.name} : convention {r.agreement.year}, {r.agreement.departementName} ({r.agreement.departement})
      </h2>
      <p>
        {formatNumber(g.owed)} logements dus, {formatNumber(g.published)} proposés, {formatNumber(g.allocated)} attribués. {r.agreement.gapSentence}
      </p>
      <ProblemNotice problem={problem} />
      <p>
        <Button type="button" variant="secondary" busy={busy} onClick={() => void download()}>
          Télécharger le rapport (CSV)
        </Button>
      </p>
      {!r.rows.length ? (
        <p>Aucun logement proposé sur cette convention pour le moment.</p>
      ) : (
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Rapport par commune, typologie et financement">
          <table class="data">
            <caption class="visually-hidden">Logements proposés et attribués par commune, typologie et financement</caption>
            <thead>
              <tr>
                <th scope="col">Commune</th>
                <th scope="col">Typologie</th>
                <th scope="col">Financement</th>
                <th scope="col" class="num">
                  Proposés
                </th>
                <th scope="col" class="num">
                  Attribués
                </th>
              </tr>
            </thead>
            <tbody>
              {r.rows.map((row) => (
                <tr key={`${row.communeCode}-${row.typology}-${row.financing}`}>
                  <th scope="row">
                    {row.communeName} ({row.communeCode})
                  </th>
                  <td>T{row.typology}</td>
                  <td>{row.financing}</td>
                  <td class="num">{formatNumber(row.unitsProposed)}</td>
                  <td class="num">{formatNumber(row.unitsAllocated)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  Total
                </th>
                <td class="num">{formatNumber(r.totals.unitsProposed)}</td>
                <td class="num">{formatNumber(r.totals.unitsAllocated)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
