import { useEffect, useRef, useState } from 'preact/hooks';
import { api, call, sendForm, type Problem } from '../../../shared/api/client';
import type { paths } from '../../../shared/api/schema';
import { formatDate, formatDateTime } from '../../../shared/format';
import { Button, Loading, Notice, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import { InputField, SelectField, useCodedLists } from '../../../shared/ui/form';
import { useMyDemand } from '../state';

/**
 * « Mes pièces »: each piece of the demand with its state as the API words it (waiting, verified,
 * refused with the reason, expired), sending a piece from the phone's camera or its files (image or
 * PDF, POST /demands/{id}/documents), and replacing a refused or expired one (`replaces`).
 */

type PieceList = paths['/api/v1/demands/{id}/documents']['get']['responses'][200]['content']['application/json'];
type Piece = PieceList['items'][number];

export default function PiecesPage() {
  useDocumentTitle('Mes pièces justificatives');
  const mine = useMyDemand();
  const [pieces, setPieces] = useState<PieceList | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [replacing, setReplacing] = useState<Piece | null>(null);
  const [news, setNews] = useState<string | null>(null);
  const demandId = mine.summary?.id;

  const load = async () => {
    if (!demandId) return;
    const r = await call(api.GET('/api/v1/demands/{id}/documents', { params: { path: { id: demandId } } }));
    if (r.ok) setPieces(r.data);
    else setProblem(r.problem);
  };
  useEffect(() => {
    void load();
  }, [demandId]);

  if (mine.loading)
    return (
      <>
        <PageTitle>Mes pièces justificatives</PageTitle>
        <Loading />
      </>
    );
  if (!demandId) {
    return (
      <>
        <PageTitle>Mes pièces justificatives</PageTitle>
        <Notice kind="info">
          Commencez votre demande avant d’envoyer des pièces. <a href="/demande/etapes/menage">Commencer ma demande</a>
        </Notice>
      </>
    );
  }
  const current = pieces?.items.filter((d) => !d.replacedById) ?? [];
  return (
    <>
      <p class="breadcrumb">
        <a href="/demande">Ma demande</a>
      </p>
      <PageTitle>Mes pièces justificatives</PageTitle>
      {news ? <Notice kind="success">{news}</Notice> : null}
      <ProblemNotice problem={mine.problem ?? problem} />
      <section class="card" aria-labelledby="mes-pieces">
        <h2 id="mes-pieces">Pièces envoyées</h2>
        {!pieces ? (
          <Loading />
        ) : current.length ? (
          <ul class="pieces">
            {current.map((d) => (
              <li key={d.id}>
                <span class="criterion">{d.typeLabel}</span>
                {d.taxYear ? ` (revenus ${d.taxYear})` : ''} : <span class={`status status--piece-${d.status}`}>{d.statusLabel}</span>
                <span class="muted">
                  {' '}
                  · {d.fileName}, envoyée le {formatDateTime(d.uploadedAt)}
                </span>
                {d.status === 'rejected' && d.rejectionReason ? <p class="field-error">Motif du refus : {d.rejectionReason}</p> : null}
                {d.status === 'expired' ? <p class="field-error">Cette pièce n’est plus à jour : envoyez-en une plus récente.</p> : null}
                {d.status === 'rejected' || d.status === 'expired' ? (
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => {
                      setReplacing(d);
                      requestAnimationFrame(() => document.getElementById('envoi')?.focus());
                    }}
                  >{`Remplacer « ${d.typeLabel} »`}</button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>Aucune pièce n’est jointe à votre demande.</p>
        )}
      </section>
      <Upload
        key={replacing?.id ?? 'new'}
        demandId={demandId}
        replacing={replacing}
        onDone={(message) => {
          setReplacing(null);
          setNews(message);
          void load();
        }}
        onCancel={() => setReplacing(null)}
      />
    </>
  );
}

type UploadAnswer = { documents: Piece[]; verification: { message: string } };

function Upload({ demandId, replacing, onDone, onCancel }: { demandId: string; replacing: Piece | null; onDone: (message: string) => void; onCancel: () => void }) {
  const lists = useCodedLists();
  const [type, setType] = useState<string>(replacing?.type ?? '');
  const [taxYear, setTaxYear] = useState(replacing?.taxYear ? String(replacing.taxYear) : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const files = useRef<HTMLInputElement>(null);
  const camera = useRef<HTMLInputElement>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const chosen = [...(camera.current?.files ?? []), ...(files.current?.files ?? [])];
    const found: Record<string, string> = {};
    if (!type) found.documentType = 'Choisissez le type de pièce.';
    if (!chosen.length) found.files = 'Prenez une photo ou choisissez un fichier (image ou PDF).';
    if (type === 'tax_notice' && !/^\d{4}$/.test(taxYear)) found.taxYear = 'Indiquez l’année des revenus de l’avis, par exemple 2025.';
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length) return;
    const form = new FormData();
    form.set('documentType', type);
    if (type === 'tax_notice') form.set('taxYear', taxYear);
    if (replacing) {
      form.set('replaces', replacing.id);
      if (replacing.person) form.set('person', replacing.person);
    }
    for (const f of chosen) form.append('files', f, f.name);
    setBusy(true);
    const r = await sendForm<UploadAnswer>(`/api/v1/demands/${demandId}/documents`, form);
    setBusy(false);
    if (!r.ok) {
      const fields: Record<string, string> = {};
      for (const err of r.problem.errors ?? []) fields[err.field.replace(/^body\./, '')] = err.message;
      setErrors(fields);
      return setProblem(r.problem);
    }
    if (files.current) files.current.value = '';
    if (camera.current) camera.current.value = '';
    onDone(`${r.data.documents.length > 1 ? 'Pièces envoyées' : 'Pièce envoyée'}. ${r.data.verification.message}`);
  };
  return (
    <section class="card" aria-labelledby="envoi">
      <h2 id="envoi" tabIndex={-1}>
        {replacing ? `Remplacer « ${replacing.typeLabel} »` : 'Envoyer une pièce'}
      </h2>
      {replacing?.rejectionReason ? <p>Motif du refus : {replacing.rejectionReason}</p> : null}
      <form class="form" noValidate onSubmit={submit}>
        <ProblemNotice problem={problem} />
        {replacing ? null : lists ? (
          <SelectField name="documentType" label="Type de pièce" items={lists.documentType.items} value={type} onChange={setType} error={errors.documentType} />
        ) : (
          <Loading />
        )}
        {type === 'tax_notice' && !replacing ? (
          <InputField name="taxYear" label="Année des revenus de l’avis" inputMode="numeric" value={taxYear} onInput={setTaxYear} error={errors.taxYear} />
        ) : null}
        <div class={`field${errors.files ? ' field--error' : ''}`}>
          <p id="field-files-hint" class="hint">
            Prenez la pièce en photo avec votre téléphone, ou choisissez un fichier : image (JPEG, PNG) ou PDF.
          </p>
          <label for="field-camera">Prendre une photo</label>
          <input
            id="field-camera"
            ref={camera}
            type="file"
            name="camera"
            accept="image/*"
            capture="environment"
            aria-describedby={`field-files-hint${errors.files ? ' field-files-error' : ''}`}
            aria-invalid={errors.files ? 'true' : undefined}
          />
          <label for="field-files">Ou choisir un ou plusieurs fichiers</label>
          <input
            id="field-files"
            ref={files}
            type="file"
            name="files"
            accept="image/*,application/pdf"
            multiple
            aria-describedby={`field-files-hint${errors.files ? ' field-files-error' : ''}`}
            aria-invalid={errors.files ? 'true' : undefined}
          />
          {errors.files ? (
            <p id="field-files-error" class="field-error">
              {errors.files}
            </p>
          ) : null}
        </div>
        <div class="actions">
          <Button busy={busy}>{replacing ? 'Envoyer la nouvelle pièce' : 'Envoyer'}</Button>
          {replacing ? (
            <Button type="button" variant="secondary" onClick={onCancel}>
              Annuler
            </Button>
          ) : null}
        </div>
      </form>
      <p class="muted">
        Les pièces sont vérifiées par le service de vérification ou par un agent ; leur état s’affiche ci-dessus
        {replacing?.uploadedAt ? ` (pièce précédente envoyée le ${formatDate(replacing.uploadedAt.slice(0, 10))})` : ''}.
      </p>
    </section>
  );
}
