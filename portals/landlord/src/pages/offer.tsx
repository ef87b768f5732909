import { useState } from 'preact/hooks';
import { api, call, fieldErrors, type Problem } from '../../../shared/api/client';
import { formatDate, formatDateTime, formatEuros, formatNumber, formatSurface, plural } from '../../../shared/format';
import { Button, Facts, Loading, Notice, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import { ConfirmStep, TextAreaField } from '../../../shared/ui/forms';
import { NotFound, type PageProps } from '../app';
import { FINANCING_LABELS, HISTORY_ACTIONS, offerTitle, sentBack, type Offer } from '../labels';
import { useLoad } from '../load';
import { BASE, offerPath } from '../paths';
import { EligibilityPreview } from './eligibility-preview';
import { OfferPhotos } from './offer-photos';

/**
 * One offer of the landlord: what it says, where it stands and its dated history; the actions of its
 * state (change and submit a draft, answer a send-back, withdraw with a reason), each hard-to-undo one
 * after a confirmation step that says what will happen. Another landlord's offer is « introuvable ».
 */

const WITHDRAWABLE = ['draft', 'submitted', 'in_instruction', 'published', 'closed', 'designated', 'transmitted'];

export default function OfferPage({ params, location }: PageProps) {
  const id = params.id!;
  const offer = useLoad(() => call(api.GET('/api/v1/offers/{id}', { params: { path: { id } } })), [id]);
  useDocumentTitle(offer.data ? offerTitle(offer.data) : 'Offre');
  if (offer.problem?.status === 404) return <NotFound what="Cette offre n’existe pas ou n’est pas l’une des vôtres." />;
  if (!offer.data) return offer.problem ? <ProblemNotice problem={offer.problem} /> : <Loading />;
  const o = offer.data;
  return (
    <>
      <p class="breadcrumb">
        <a href={`${BASE}/offres`}>Vos offres</a>
      </p>
      <PageTitle>{offerTitle(o)}</PageTitle>
      {location.query.has('creee') ? <Notice kind="success">Le brouillon est enregistré. Relisez-le, puis soumettez-le à Action Logement.</Notice> : null}
      {location.query.has('modifiee') ? <Notice kind="success">Les modifications sont enregistrées.</Notice> : null}
      <p>
        <span class={`status status--${o.status}`}>{o.statusLabel}</span>
      </p>
      <Actions offer={o} reload={offer.reload} />
      <div class="columns">
        <section aria-labelledby="logement">
          <h2 id="logement">Le logement</h2>
          <Facts
            items={[
              ['Adresse', `${o.addressLine}, ${o.postalCode} ${o.communeName ?? ''} (INSEE ${o.communeCode})`],
              ['Typologie', `T${o.typology}, ${plural(o.mainRooms, 'pièce principale', 'pièces principales')}`],
              ['Surface', formatSurface(o.surface)],
              ['Étage', `${o.floor === 0 ? 'Rez-de-chaussée' : `${formatNumber(o.floor)}e étage`}, ${o.elevator ? 'avec ascenseur' : 'sans ascenseur'}`],
              ['Accessibilité', o.accessible ? 'Accessible à une personne à mobilité réduite' : 'Non accessible à une personne à mobilité réduite'],
              ['Classe énergie', o.energyClass],
              ['Loyer', `${formatEuros(o.rent)} + ${formatEuros(o.charges)} de charges = ${formatEuros(o.totalRent)} par mois`],
              ['Financement', FINANCING_LABELS[o.financing] ?? o.financing],
              ['Zone', o.zoneLabel],
              ['Disponible le', formatDate(o.availableFrom)],
              ['Fin des candidatures', formatDate(o.closingDate)],
              ['Candidatures', plural(o.candidacyCount, 'candidature', 'candidatures', 'aucune')],
            ]}
          />
          {o.description ? <p class="description">{o.description}</p> : null}
        </section>
        <section aria-labelledby="historique">
          <h2 id="historique">Historique</h2>
          <ol class="timeline">
            <li>{formatDateTime(o.createdAt)} : brouillon créé</li>
            {(o.history ?? []).map((h) => (
              <li key={`${h.at}-${h.action}`}>
                {formatDateTime(h.at)} : {HISTORY_ACTIONS[h.action] ?? h.action}
                {h.reason ? <> — « {h.reason} »</> : null}
              </li>
            ))}
          </ol>
        </section>
      </div>
      <OfferPhotos offer={o} reload={offer.reload} />
      <EligibilityPreview offerId={o.id} />
    </>
  );
}

function Actions({ offer, reload }: { offer: Offer; reload: () => void }) {
  const [step, setStep] = useState<'submit' | 'withdraw' | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const back = sentBack(offer, offer.history ?? []);

  const submit = async () => {
    setBusy(true);
    setProblem(null);
    const r = await call(api.POST('/api/v1/offers/{id}/submit', { params: { path: { id: offer.id } } }));
    setBusy(false);
    if (!r.ok) return setProblem(r.problem);
    setStep(null);
    setDone('L’offre est soumise à Action Logement, qui l’examine avant de la publier.');
    reload();
  };
  const withdraw = async () => {
    if (!reason.trim()) {
      setErrors({ reason: 'Dites pourquoi vous retirez l’offre.' });
      return requestAnimationFrame(() => document.getElementById('field-reason')?.focus());
    }
    setBusy(true);
    setProblem(null);
    const r = await call(api.POST('/api/v1/offers/{id}/withdraw', { params: { path: { id: offer.id } }, body: { reason: reason.trim() } }));
    setBusy(false);
    if (!r.ok) {
      setErrors(fieldErrors(r.problem));
      return setProblem(r.problem);
    }
    setStep(null);
    setDone('L’offre est retirée.');
    reload();
  };

  return (
    <section aria-label="Actions" class="offer-actions">
      {done ? <Notice kind="success">{done}</Notice> : null}
      <ProblemNotice problem={problem} />
      {back ? (
        <Notice kind="warning" title={`Action Logement vous a renvoyé cette offre le ${formatDate(back.at)} :`}>
          <blockquote class="message">{back.reason ?? '(sans message)'}</blockquote>
          <p>Modifiez-la, puis soumettez-la à nouveau.</p>
        </Notice>
      ) : null}
      {step === 'submit' ? (
        <ConfirmStep
          id="soumettre"
          title="Soumettre cette offre à Action Logement ?"
          confirmLabel="Oui, soumettre l’offre"
          busy={busy}
          onConfirm={submit}
          onCancel={() => setStep(null)}
        >
          <p>Action Logement l’examine, puis la publie aux salariés jusqu’à la date de fin des candidatures. Vous ne pourrez plus la modifier, sauf si elle vous est renvoyée.</p>
        </ConfirmStep>
      ) : step === 'withdraw' ? (
        <ConfirmStep id="retirer" title="Retirer cette offre ?" confirmLabel="Oui, retirer l’offre" danger busy={busy} onConfirm={withdraw} onCancel={() => setStep(null)}>
          <p>
            L’offre ne sera plus proposée{offer.candidacyCount ? ` ; ${plural(offer.candidacyCount, 'candidature est close', 'candidatures sont closes')}` : ''}. Un retrait est
            définitif : pour proposer le logement à nouveau, il faudra créer une autre offre.
          </p>
          <TextAreaField
            name="reason"
            label="Motif du retrait"
            hint="Il figure dans l’historique de l’offre."
            maxLength={2000}
            rows={3}
            value={reason}
            onInput={setReason}
            error={errors.reason}
          />
        </ConfirmStep>
      ) : (
        <div class="actions">
          {offer.status === 'draft' ? (
            <a class="button button--secondary" href={offerPath(offer.id, 'modifier')}>
              Modifier le brouillon
            </a>
          ) : null}
          {offer.status === 'draft' ? (
            <Button type="button" onClick={() => setStep('submit')}>
              Soumettre à Action Logement…
            </Button>
          ) : null}
          {offer.status === 'transmitted' || offer.status === 'allocated' ? (
            <a class="button button--primary" href={offerPath(offer.id, 'candidats')}>
              Voir les candidats
            </a>
          ) : null}
          {offer.status === 'transmitted' ? (
            <a class="button button--secondary" href={offerPath(offer.id, 'decisions')}>
              Décisions de la CAL et bail
            </a>
          ) : null}
          {WITHDRAWABLE.includes(offer.status) ? (
            <Button type="button" variant="secondary" onClick={() => setStep('withdraw')}>
              Retirer l’offre…
            </Button>
          ) : null}
        </div>
      )}
    </section>
  );
}
