import { useState } from 'preact/hooks';
import { api, call, fieldErrors, type Problem } from '../../../shared/api/client';
import { deName, formatDateTime } from '../../../shared/format';
import { Button, Loading, Notice, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import { ConfirmStep, SelectField, TextAreaField } from '../../../shared/ui/forms';
import { NotFound, type PageProps } from '../app';
import { candidateName, inOrder, offerTitle, ordinal, type Designated } from '../labels';
import { useLoad } from '../load';
import { offerPath } from '../paths';

/**
 * The decisions of the landlord on an offer's transmitted candidates: the CAL's decision for each
 * (accepted with a rank 1–3, refused with a reason, or postponed), then the outcome of the proposal
 * (the candidate's answer, recorded by them or by Action Logement) and the signed lease. Each is
 * recorded after a confirmation step that says what will happen, because each is hard to undo.
 */

export default function DecisionsPage({ params }: PageProps) {
  const id = params.id!;
  const offer = useLoad(() => call(api.GET('/api/v1/offers/{id}', { params: { path: { id } } })), [id]);
  const designated = useLoad(() => call(api.GET('/api/v1/offers/{id}/designated', { params: { path: { id } } })), [id]);
  useDocumentTitle('Décisions de la CAL et bail');
  if (offer.problem?.status === 404 || designated.problem?.status === 404) return <NotFound what="Cette offre n’existe pas ou n’est pas l’une des vôtres." />;
  if (!offer.data || !designated.data) return offer.problem || designated.problem ? <ProblemNotice problem={offer.problem ?? designated.problem} /> : <Loading />;
  const items = inOrder(designated.data.items);
  const reload = () => {
    offer.reload();
    designated.reload();
  };
  const takenRanks = items.flatMap((c) => (c.calRank ? [c.calRank] : []));
  return (
    <>
      <p class="breadcrumb">
        <a href={offerPath(id)}>{offerTitle(offer.data)}</a>
      </p>
      <PageTitle>Décisions de la CAL et bail</PageTitle>
      {offer.data.status === 'allocated' ? <Notice kind="success">Le bail est signé : le logement est attribué.</Notice> : null}
      {!items.length ? (
        <Notice kind="info">Aucun candidat ne vous a encore été transmis pour cette offre.</Notice>
      ) : (
        <>
          <p>
            <a href={offerPath(id, 'candidats')}>Voir les dossiers des candidats</a>
          </p>
          <ol class="candidates">
            {items.map((c) => (
              <Decision key={c.candidacyId} c={c} takenRanks={takenRanks} allocated={offer.data!.status === 'allocated'} reload={reload} />
            ))}
          </ol>
        </>
      )}
    </>
  );
}

const RANKS = [
  ['1', 'Rang 1'],
  ['2', 'Rang 2'],
  ['3', 'Rang 3'],
] as const;

function Decision({ c, takenRanks, allocated, reload }: { c: Designated; takenRanks: number[]; allocated: boolean; reload: () => void }) {
  const name = candidateName(c);
  const key = c.candidacyId.slice(0, 8);
  return (
    <li class="card candidate">
      <h2>
        {c.rankAtDesignation ? `${ordinal(c.rankAtDesignation)} : ` : ''}
        {name}
      </h2>
      <p>
        <span class={`status status--${c.status}`}>{c.statusLabel}</span>
      </p>
      {c.status === 'transmitted' || c.status === 'cal_postponed' ? (
        <CalDecision c={c} name={name} id={key} takenRanks={takenRanks} reload={reload} />
      ) : c.status === 'cal_accepted' ? (
        <ProposalOutcome c={c} name={name} id={key} reload={reload} />
      ) : c.status === 'cal_refused' ? (
        <p>La CAL a refusé cette candidature{c.calReason ? ` : « ${c.calReason} »` : ''}.</p>
      ) : c.status === 'proposal_declined' ? (
        <p>Le candidat a refusé le logement proposé.</p>
      ) : c.status === 'proposal_accepted' ? (
        allocated ? (
          <p>Le candidat a accepté le logement.</p>
        ) : (
          <Lease c={c} name={name} id={key} reload={reload} />
        )
      ) : c.status === 'leased' ? (
        <p>Bail signé.</p>
      ) : null}
    </li>
  );
}

function CalDecision({ c, name, id, takenRanks, reload }: { c: Designated; name: string; id: string; takenRanks: number[]; reload: () => void }) {
  const [decision, setDecision] = useState<'accepted' | 'refused' | 'postponed'>('accepted');
  const free = RANKS.filter(([r]) => !takenRanks.includes(Number(r)));
  const [rank, setRank] = useState<string>(free[0]?.[0] ?? '1');
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const ask = (event: Event) => {
    event.preventDefault();
    if (decision === 'refused' && !reason.trim()) {
      setErrors({ [`reason-${id}`]: 'Saisissez le motif du refus de la commission.' });
      return requestAnimationFrame(() => document.getElementById(`field-reason-${id}`)?.focus());
    }
    setErrors({});
    setConfirming(true);
  };
  const record = async () => {
    setBusy(true);
    setProblem(null);
    const body =
      decision === 'accepted'
        ? { decision, calRank: Number(rank) }
        : decision === 'refused'
          ? { decision, reason: reason.trim() }
          : { decision, ...(reason.trim() ? { reason: reason.trim() } : {}) };
    const r = await call(api.POST('/api/v1/candidacies/{id}/cal-decision', { params: { path: { id: c.candidacyId } }, body }));
    setBusy(false);
    if (!r.ok) {
      setConfirming(false);
      const fields = fieldErrors(r.problem);
      setErrors(fields.reason ? { [`reason-${id}`]: fields.reason } : {});
      return setProblem(r.problem);
    }
    reload();
  };

  const consequence =
    decision === 'accepted'
      ? `La candidature ${deName(name)} sera retenue au rang ${rank}. Le logement sera proposé dans l’ordre des rangs de la commission ; Action Logement et le candidat en sont informés.`
      : decision === 'refused'
        ? `La candidature ${deName(name)} sera refusée avec ce motif : « ${reason.trim()} ». Action Logement et le candidat en sont informés ; ce refus ne se reprend pas.`
        : `La décision sur ${name} sera ajournée : vous pourrez l’enregistrer après la prochaine commission.`;

  return (
    <>
      <ProblemNotice problem={problem} />
      {confirming ? (
        <ConfirmStep
          id={`cal-${id}`}
          title="Enregistrer cette décision de la CAL ?"
          confirmLabel="Oui, enregistrer la décision"
          danger={decision === 'refused'}
          busy={busy}
          onConfirm={() => void record()}
          onCancel={() => setConfirming(false)}
        >
          <p>{consequence}</p>
        </ConfirmStep>
      ) : (
        <form class="form decision-form" onSubmit={ask} noValidate aria-label={`Décision de la CAL pour ${name}`}>
          <fieldset>
            <legend>Décision de la commission d’attribution</legend>
            <div class="radios">
              {(
                [
                  ['accepted', 'Acceptée'],
                  ['refused', 'Refusée'],
                  ['postponed', 'Ajournée'],
                ] as const
              ).map(([v, label]) => (
                <div class="radio" key={v}>
                  <input type="radio" id={`decision-${id}-${v}`} name={`decision-${id}`} value={v} checked={decision === v} onChange={() => setDecision(v)} />
                  <label for={`decision-${id}-${v}`}>{label}</label>
                </div>
              ))}
            </div>
          </fieldset>
          {decision === 'accepted' ? (
            <SelectField
              name={`rank-${id}`}
              label="Rang donné par la commission"
              options={RANKS}
              value={rank}
              onChange={setRank}
              hint={takenRanks.length ? `Rangs déjà donnés : ${takenRanks.join(', ')}.` : undefined}
            />
          ) : (
            <TextAreaField
              name={`reason-${id}`}
              label={decision === 'refused' ? 'Motif du refus' : 'Motif de l’ajournement'}
              required={decision === 'refused'}
              rows={3}
              maxLength={1000}
              value={reason}
              onInput={setReason}
              error={errors[`reason-${id}`]}
            />
          )}
          <div class="actions">
            <Button>Enregistrer la décision…</Button>
          </div>
        </form>
      )}
    </>
  );
}

/**
 * The candidate's answer to the proposal: they give it in their own portal, or to the landlord (mail,
 * phone), who records it here — under the same rules (the CAL's rank order; declining counts against
 * the candidate's later offers).
 */
function ProposalOutcome({ c, name, id, reload }: { c: Designated; name: string; id: string; reload: () => void }) {
  const [step, setStep] = useState<'accepted' | 'declined' | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const record = async () => {
    if (!step) return;
    setBusy(true);
    setProblem(null);
    const body = step === 'accepted' ? { outcome: step } : { outcome: step, ...(reason.trim() ? { reason: reason.trim() } : {}) };
    const r = await call(api.POST('/api/v1/candidacies/{id}/proposal-outcome', { params: { path: { id: c.candidacyId } }, body }));
    setBusy(false);
    setStep(null);
    if (!r.ok) return setProblem(r.problem);
    reload();
  };
  return (
    <>
      <p>
        Candidature retenue par la CAL au rang {c.calRank}. Le logement lui est proposé dans l’ordre des rangs ; sa réponse s’affiche ici, qu’elle soit donnée dans son espace ou à
        vous.
      </p>
      <ProblemNotice problem={problem} />
      {step === 'accepted' ? (
        <ConfirmStep
          id={`reponse-${id}`}
          title={`${name} accepte le logement ?`}
          confirmLabel="Oui, enregistrer son acceptation"
          busy={busy}
          onConfirm={() => void record()}
          onCancel={() => setStep(null)}
        >
          <p>Le logement est réservé à {name} : vous pourrez ensuite enregistrer le bail signé. Cette réponse ne se reprend pas.</p>
        </ConfirmStep>
      ) : step === 'declined' ? (
        <ConfirmStep
          id={`reponse-${id}`}
          title={`${name} refuse le logement ?`}
          confirmLabel="Oui, enregistrer son refus"
          danger
          busy={busy}
          onConfirm={() => void record()}
          onCancel={() => setStep(null)}
        >
          <p>Le logement sera proposé au candidat suivant dans l’ordre de la CAL. Ce refus après l’accord de la commission compte contre {name} sur ses prochaines candidatures.</p>
          <TextAreaField name={`refus-${id}`} label="Motif donné par le candidat" required={false} rows={2} maxLength={1000} value={reason} onInput={setReason} />
        </ConfirmStep>
      ) : (
        <div class="actions">
          <Button type="button" variant="secondary" onClick={() => setStep('accepted')}>
            Le candidat accepte…
          </Button>
          <Button type="button" variant="secondary" onClick={() => setStep('declined')}>
            Le candidat refuse…
          </Button>
        </div>
      )}
    </>
  );
}

function Lease({ c, name, id, reload }: { c: Designated; name: string; id: string; reload: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const record = async () => {
    setBusy(true);
    setProblem(null);
    const r = await call(api.POST('/api/v1/candidacies/{id}/lease', { params: { path: { id: c.candidacyId } } }));
    setBusy(false);
    if (!r.ok) {
      setConfirming(false);
      return setProblem(r.problem);
    }
    reload();
  };
  return (
    <>
      <p>Le candidat a accepté le logement. Enregistrez le bail une fois signé.</p>
      <ProblemNotice problem={problem} />
      {confirming ? (
        <ConfirmStep
          id={`bail-${id}`}
          title="Enregistrer le bail signé ?"
          confirmLabel="Oui, le bail est signé"
          busy={busy}
          onConfirm={() => void record()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            Le logement sera attribué à {name} et compté dans votre convention ; sa demande de logement sera satisfaite ; les autres candidats de l’offre seront informés qu’ils ne
            sont pas retenus. Cet enregistrement est définitif (le {formatDateTime(new Date().toISOString())}).
          </p>
        </ConfirmStep>
      ) : (
        <div class="actions">
          <Button type="button" onClick={() => setConfirming(true)}>
            Enregistrer le bail signé…
          </Button>
        </div>
      )}
    </>
  );
}
