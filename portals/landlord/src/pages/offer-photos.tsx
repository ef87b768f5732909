import { useEffect, useRef, useState } from 'preact/hooks';
import { api, call, fieldErrors, type Problem } from '../../../shared/api/client';
import { Button, Notice, ProblemNotice } from '../../../shared/ui';
import { ConfirmStep, InputField } from '../../../shared/ui/forms';
import type { Offer } from '../labels';

/**
 * The offer's photos (at most 10): the ones it has, in order, each with what it shows (read to screen
 * reader users) and their order (the first is shown first), an upload of a JPEG, PNG or WebP (the platform judges the file by its content, strips
 * its metadata — EXIF, location — and makes the sizes), and removal after a confirmation. A draft's
 * photos are private to its landlord: they are read through the API with the session's token.
 */

type Photo = Offer['photos'][number];
const MAX_PHOTOS = 10;
const MAX_BYTES = 10 * 1024 * 1024;

export function OfferPhotos({ offer, reload }: { offer: Offer; reload: () => void }) {
  const photos = [...offer.photos].sort((a, b) => a.position - b.position);
  const editable = offer.status !== 'allocated' && offer.status !== 'withdrawn';
  return (
    <section aria-labelledby="photos" class="card">
      <h2 id="photos">Photos</h2>
      {!photos.length ? (
        <p class="muted">Aucune photo pour le moment.{editable ? ' Les candidats voient les photos de l’offre publiée.' : ''}</p>
      ) : (
        <ul class="photos">
          {photos.map((p, i) => (
            <PhotoItem
              key={p.id}
              offerId={offer.id}
              photo={p}
              editable={editable}
              reload={reload}
              move={editable && photos.length > 1 ? { index: i, count: photos.length, to: (j) => void reorder(offer.id, photos, i, j, reload) } : null}
            />
          ))}
        </ul>
      )}
      {editable && photos.length < MAX_PHOTOS ? <Upload offerId={offer.id} count={photos.length} reload={reload} /> : null}
      {editable && photos.length >= MAX_PHOTOS ? <p>L’offre a {MAX_PHOTOS} photos, le maximum : supprimez-en une pour en ajouter une autre.</p> : null}
    </section>
  );
}

/** Moves the photo at `from` to `to` (the first one is the one shown first to applicants). */
async function reorder(offerId: string, photos: Photo[], from: number, to: number, reload: () => void): Promise<void> {
  const ids = photos.map((p) => p.id);
  const [moved] = ids.splice(from, 1);
  ids.splice(to, 0, moved!);
  const r = await call(api.PUT('/api/v1/offers/{id}/photos/order', { params: { path: { id: offerId } }, body: { photoIds: ids } }));
  if (r.ok) reload();
}

function PhotoItem({
  offerId,
  photo,
  editable,
  reload,
  move,
}: {
  offerId: string;
  photo: Photo;
  editable: boolean;
  reload: () => void;
  move: { index: number; count: number; to: (index: number) => void } | null;
}) {
  const [src, setSrc] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void call(api.GET('/api/v1/offers/{id}/photos/{photoId}/{size}', { params: { path: { id: offerId, photoId: photo.id, size: 'small' } }, parseAs: 'blob' })).then(async (r) => {
      if (r.ok && live) setSrc(await dataUrl(r.data as unknown as Blob));
    });
    return () => {
      live = false;
    };
  }, [photo.id]);
  const remove = async () => {
    setBusy(true);
    const r = await call(api.DELETE('/api/v1/offers/{id}/photos/{photoId}', { params: { path: { id: offerId, photoId: photo.id } } }));
    setBusy(false);
    if (!r.ok) {
      setConfirming(false);
      return setProblem(r.problem);
    }
    reload();
  };
  const label = photo.alt ?? `Photo ${photo.position + 1}`;
  return (
    <li class="photo">
      {src ? (
        <img src={src} alt={photo.alt ?? ''} width={160} height={Math.round((160 * photo.height) / Math.max(1, photo.width))} />
      ) : (
        <span class="photo-placeholder muted">Chargement…</span>
      )}
      <p>{photo.alt ?? <span class="muted">(sans description)</span>}</p>
      <ProblemNotice problem={problem} />
      {editable ? (
        confirming ? (
          <ConfirmStep
            id={`photo-${photo.id.slice(0, 8)}`}
            title="Supprimer cette photo ?"
            confirmLabel="Oui, supprimer"
            danger
            busy={busy}
            onConfirm={() => void remove()}
            onCancel={() => setConfirming(false)}
          >
            <p>La photo « {label} » et ses tailles seront effacées.</p>
          </ConfirmStep>
        ) : (
          <div class="photo-actions">
            {move && move.index > 0 ? (
              <Button type="button" variant="secondary" onClick={() => move.to(move.index - 1)} aria-label={`Mettre avant : ${label}`}>
                Avant
              </Button>
            ) : null}
            {move && move.index < move.count - 1 ? (
              <Button type="button" variant="secondary" onClick={() => move.to(move.index + 1)} aria-label={`Mettre après : ${label}`}>
                Après
              </Button>
            ) : null}
            <Button type="button" variant="secondary" onClick={() => setConfirming(true)} aria-label={`Supprimer la photo : ${label}`}>
              Supprimer…
            </Button>
          </div>
        )
      ) : null}
    </li>
  );
}

function Upload({ offerId, count, reload }: { offerId: string; count: number; reload: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [alt, setAlt] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    const found: Record<string, string> = {};
    if (!file) found.file = 'Choisissez une photo.';
    else if (file.size > MAX_BYTES) found.file = 'Cette photo dépasse 10 Mo.';
    if (alt.trim().length > 300) found.alt = 'Cette description est trop longue (300 caractères au plus).';
    setErrors(found);
    setProblem(null);
    setDone(false);
    if (Object.keys(found).length) return requestAnimationFrame(() => document.getElementById(found.file ? 'field-file' : 'field-alt')?.focus());
    const form = new FormData();
    form.append('file', file!);
    if (alt.trim()) form.append('alt', alt.trim());
    setBusy(true);
    const r = await call(
      api.POST('/api/v1/offers/{id}/photos', {
        params: { path: { id: offerId } },
        body: { file: '' },
        bodySerializer: () => form,
      }),
    );
    setBusy(false);
    if (!r.ok) {
      setErrors(fieldErrors(r.problem));
      return setProblem(r.problem);
    }
    setAlt('');
    if (input.current) input.current.value = '';
    setDone(true);
    reload();
  };
  return (
    <form class="form" onSubmit={submit} noValidate aria-label="Ajouter une photo">
      <h3>
        Ajouter une photo ({count + 1} sur {MAX_PHOTOS} au plus)
      </h3>
      {done ? <Notice kind="success">La photo est ajoutée.</Notice> : null}
      <ProblemNotice problem={problem} />
      <div class={`field${errors.file ? ' field--error' : ''}`}>
        <label for="field-file">Photo</label>
        <p id="field-file-hint" class="hint">
          JPEG, PNG ou WebP, 10 Mo au plus. Les données cachées du fichier (appareil, lieu de prise de vue) sont effacées.
        </p>
        <input
          ref={input}
          id="field-file"
          name="file"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-invalid={errors.file ? 'true' : undefined}
          aria-describedby={`field-file-hint${errors.file ? ' field-file-error' : ''}`}
        />
        {errors.file ? (
          <p id="field-file-error" class="field-error">
            {errors.file}
          </p>
        ) : null}
      </div>
      <InputField
        name="alt"
        label="Ce que montre la photo"
        required={false}
        hint="Lu aux personnes aveugles, par exemple « Séjour lumineux avec balcon »."
        maxLength={300}
        value={alt}
        onInput={setAlt}
        error={errors.alt}
      />
      <div class="actions">
        <Button variant="secondary" busy={busy}>
          Ajouter la photo
        </Button>
      </div>
    </form>
  );
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}
