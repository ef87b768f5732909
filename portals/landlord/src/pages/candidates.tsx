import { useEffect, useState } from 'preact/hooks';
import { api, call, type Problem } from '../../../shared/api/client';
import type { paths } from '../../../shared/api/schema';
import { deName, formatDate, formatDateTime, formatEuros, formatNumber } from '../../../shared/format';
import { Button, Facts, Loading, Notice, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import { NotFound, type PageProps } from '../app';
import { candidateName, inOrder, offerTitle, ordinal, type Designated } from '../labels';
import { useLoad } from '../load';
import { offerPath } from '../paths';

/**
 * The candidates Action Logement designated and transmitted on one of the landlord's offers, in the
 * order of designation: household, resources, rank and score at designation, contact, and their
 * verified pieces, opened in the page (each read is audited by the platform, as every landlord read).
 */

type Piece = paths['/api/v1/demands/{id}/documents']['get']['responses'][200]['content']['application/json']['items'][number];

export default function CandidatesPage({ params }: PageProps) {
  const id = params.id!;
  const offer = useLoad(() => call(api.GET('/api/v1/offers/{id}', { params: { path: { id } } })), [id]);
  const designated = useLoad(() => call(api.GET('/api/v1/offers/{id}/designated', { params: { path: { id } } })), [id]);
  useDocumentTitle('Candidats désignés');
  if (offer.problem?.status === 404 || designated.problem?.status === 404) return <NotFound what="Cette offre n’existe pas ou n’est pas l’une des vôtres." />;
  if (!offer.data || !designated.data) return offer.problem || designated.problem ? <ProblemNotice problem={offer.problem ?? designated.problem} /> : <Loading />;
  const items = inOrder(designated.data.items);
  return (
    <>
      <p class="breadcrumb">
        <a href={offerPath(id)}>{offerTitle(offer.data)}</a>
      </p>
      <PageTitle>Candidats désignés</PageTitle>
      {!items.length ? (
        <Notice kind="info">Aucun candidat ne vous a encore été transmis pour cette offre. Action Logement vous les transmet après la clôture des candidatures.</Notice>
      ) : (
        <>
          <p>
            Action Logement vous a transmis {items.length === 1 ? 'un candidat' : `${items.length} candidats`}, dans l’ordre de désignation. Leur dossier vous est confié pour la
            commission d’attribution : chaque consultation est tracée.
          </p>
          <p>
            <a class="button button--primary" href={offerPath(id, 'decisions')}>
              Enregistrer les décisions de la CAL
            </a>
          </p>
          <ol class="candidates">
            {items.map((c) => (
              <Candidate key={c.candidacyId} c={c} />
            ))}
          </ol>
        </>
      )}
    </>
  );
}

function Candidate({ c }: { c: Designated }) {
  const d = c.demand;
  return (
    <li class="card candidate">
      <h2>
        {c.rankAtDesignation ? `${ordinal(c.rankAtDesignation)} : ` : ''}
        {candidateName(c)}
      </h2>
      <p>
        <span class={`status status--${c.status}`}>{c.statusLabel}</span>
        {c.calRank ? ` · rang ${c.calRank} en CAL` : ''}
        {c.calReason ? ` · motif : ${c.calReason}` : ''}
      </p>
      <Facts
        items={[
          ['Rang à la désignation', c.rankAtDesignation ? ordinal(c.rankAtDesignation) : '—'],
          ['Score à la désignation', c.totalAtDesignation === null ? '—' : `${formatNumber(c.totalAtDesignation)} points`],
          ...(d
            ? ([
                [
                  'Ménage',
                  `${d.householdSize} personne${d.householdSize > 1 ? 's' : ''}${d.dependants ? `, dont ${d.dependants} à charge` : ''} (catégorie ${d.householdCategory})`,
                ],
                ['Ressources mensuelles', formatEuros(d.monthlyResources)],
                ['Revenu fiscal de référence', formatEuros(d.referenceIncome)],
                ['APL attendue', formatEuros(d.expectedHousingBenefit)],
                ['Reconnu DALO', d.dalo ? 'Oui' : 'Non'],
                ['Numéro unique', d.registrationNumber ? `${d.registrationNumber}${d.registrationDate ? ` (depuis le ${formatDate(d.registrationDate)})` : ''}` : '—'],
                ['Contact', [d.candidate?.email, d.candidate?.phone].filter(Boolean).join(' · ') || '—'],
              ] as [string, string][])
            : []),
        ]}
      />
      <Pieces demandId={c.demandId} who={candidateName(c)} />
    </li>
  );
}

/** The candidate's verified pieces; « Ouvrir » reads the file (audited) and shows it below the list. */
function Pieces({ demandId, who }: { demandId: string; who: string }) {
  const pieces = useLoad(() => call(api.GET('/api/v1/demands/{id}/documents', { params: { path: { id: demandId } } })), [demandId]);
  const [open, setOpen] = useState<{ piece: Piece; url: string } | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  useEffect(
    () => () => {
      if (open) URL.revokeObjectURL(open.url);
    },
    [open],
  );

  const show = async (piece: Piece) => {
    setBusy(piece.id);
    setProblem(null);
    const r = await call(api.GET('/api/v1/demands/{id}/documents/{docId}/content', { params: { path: { id: demandId, docId: piece.id } }, parseAs: 'blob' }));
    setBusy(null);
    if (!r.ok) return setProblem(r.problem);
    // typed as the platform detected it (PDF, JPEG or PNG): never shown as anything else
    const blob = new Blob([r.data as unknown as Blob], { type: piece.contentType });
    const url = piece.contentType === 'application/pdf' ? URL.createObjectURL(blob) : await dataUrl(blob);
    setOpen({ piece, url });
    requestAnimationFrame(() => document.getElementById(`viewer-${demandId}`)?.focus());
  };

  if (pieces.loading && !pieces.data) return <Loading label="Chargement des pièces…" />;
  if (pieces.problem) return <ProblemNotice problem={pieces.problem} />;
  const items = pieces.data?.items ?? [];
  return (
    <section aria-label={`Pièces ${deName(who)}`}>
      <h3>Pièces vérifiées</h3>
      {!items.length ? (
        <p class="muted">Aucune pièce vérifiée.</p>
      ) : (
        <ul class="pieces">
          {items.map((p) => (
            <li key={p.id} class="piece">
              <span>
                {p.typeLabel}
                {p.person ? ` (${p.person})` : ''}
                {p.taxYear ? ` ${p.taxYear}` : ''} : <span class={`status status--piece-${p.status}`}>{p.statusLabel}</span>{' '}
                <span class="muted">
                  {p.fileName}, déposée le {formatDateTime(p.uploadedAt)}
                </span>
              </span>
              <Button type="button" variant="secondary" busy={busy === p.id} onClick={() => void show(p)} aria-label={`Ouvrir ${p.typeLabel} ${deName(who)}`}>
                Ouvrir
              </Button>
            </li>
          ))}
        </ul>
      )}
      <ProblemNotice problem={problem} />
      {open ? (
        <figure class="viewer" id={`viewer-${demandId}`} tabIndex={-1}>
          <figcaption>
            {open.piece.typeLabel} {deName(who)} ({open.piece.fileName}){' '}
            <Button type="button" variant="secondary" onClick={() => setOpen(null)}>
              Fermer
            </Button>
          </figcaption>
          {open.piece.contentType === 'application/pdf' ? (
            <iframe src={open.url} title={`${open.piece.typeLabel} ${deName(who)}`} class="viewer-frame" />
          ) : (
            <img src={open.url} alt={`${open.piece.typeLabel} ${deName(who)}`} class="viewer-image" />
          )}
        </figure>
      ) : null}
    </section>
  );
}

/** An image as a data: URL (the platform's policy allows data: images, not blob: ones). */
function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}
