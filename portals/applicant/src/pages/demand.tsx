import { useEffect, useState } from 'preact/hooks';
import { api, call, type Problem } from '../../../shared/api/client';
import type { components, paths } from '../../../shared/api/schema';
import { formatDate, formatDateTime, formatEuros, formatTypology } from '../../../shared/format';
import { Button, Facts, Loading, Notice, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import type { PageProps } from '../app';
import { useMyDemand } from '../state';

/**
 * « Ma demande »: the applicant's demand as the API gives it (GET /demands, then GET /demands/{id}):
 * its status, its key facts, and what is missing or awaited. The step-by-step form over the CERFA
 * sections is not in the portal yet (issue 16, item 2).
 */

type Demand = components['schemas']['Demand'];

export default function DemandPage({ location }: PageProps) {
  useDocumentTitle('Ma demande');
  const mine = useMyDemand();
  const [demand, setDemand] = useState<Demand | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    if (!mine.summary) return;
    let live = true;
    void call(api.GET('/api/v1/demands/{id}', { params: { path: { id: mine.summary.id } } })).then((r) => {
      if (!live) return;
      if (r.ok) setDemand(r.data);
      else setProblem(r.problem);
    });
    return () => {
      live = false;
    };
  }, [mine.summary?.id]);

  if (mine.loading)
    return (
      <>
        <PageTitle>Ma demande</PageTitle>
        <Loading />
      </>
    );
  if (mine.problem || problem)
    return (
      <>
        <PageTitle>Ma demande</PageTitle>
        <ProblemNotice problem={mine.problem ?? problem} />
      </>
    );
  if (!mine.summary) {
    return (
      <>
        <PageTitle>Ma demande</PageTitle>
        <p>Vous n’avez pas encore de demande de logement social sur AL’in.</p>
        <p>
          <a class="button button--primary" href="/demande/etapes/menage">
            Commencer ma demande
          </a>
        </p>
        <p class="muted">Six étapes : votre ménage, vos ressources, votre logement actuel, le logement recherché, votre employeur, puis le dépôt. Chaque étape est enregistrée.</p>
        <h2>Vous avez déjà une demande ?</h2>
        <p>Déposée ailleurs (mairie, bailleur, site national), elle a un numéro unique : retrouvez-la ici, elle garde sa date d’enregistrement.</p>
        <p>
          <a class="button button--secondary" href="/demande/numero-unique">
            J’ai déjà un numéro unique
          </a>
        </p>
      </>
    );
  }
  if (!demand)
    return (
      <>
        <PageTitle>Ma demande</PageTitle>
        <Loading />
      </>
    );
  return <DemandView demand={demand} onChange={setDemand} imported={location.query.has('importee')} />;
}

function DemandView({ demand, onChange, imported }: { demand: Demand; onChange: (d: Demand) => void; imported: boolean }) {
  const d = demand.derived;
  const missing = whatIsMissing(demand);
  return (
    <>
      <PageTitle>Ma demande</PageTitle>
      {imported ? (
        <Notice kind="success">Votre demande est retrouvée : elle est maintenant sur votre compte AL’in, avec son numéro unique et sa date d’enregistrement.</Notice>
      ) : null}
      <section aria-labelledby="etat" class="card">
        <h2 id="etat">État : {demand.statusLabel}</h2>
        <p>{STATUS_EXPLAINED[demand.status]}</p>
        <Facts
          items={[
            ['Numéro unique', demand.registrationNumber ?? (demand.registrationPending ? 'en cours d’attribution par le registre national' : 'pas encore attribué')],
            ...(demand.registrationDate ? [['Enregistrée le', formatDate(demand.registrationDate)] as [string, string]] : []),
            ...(demand.renewalDueDate ? [['À renouveler avant le', formatDate(demand.renewalDueDate)] as [string, string]] : []),
            ...(demand.submittedAt ? [['Déposée le', formatDateTime(demand.submittedAt)] as [string, string]] : []),
          ]}
        />
        {demand.renewal.open ? <Notice kind="warning">Votre demande peut être renouvelée dès maintenant : sans renouvellement, elle expire.</Notice> : null}
      </section>

      {demand.notices.map((n) => (
        <Notice key={n.code} kind="info">
          {n.message}
        </Notice>
      ))}

      <section aria-labelledby="manque" class="card">
        <h2 id="manque">Ce qui manque</h2>
        {missing.length ? (
          <ul class="checklist">
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : (
          <p>Rien ne manque à votre demande pour l’instant.</p>
        )}
      </section>

      {demand.status === 'draft' || demand.status === 'active' ? (
        <p>
          <a class="button button--secondary" href="/demande/etapes/menage">
            {demand.status === 'draft' ? 'Compléter ma demande, étape par étape' : 'Modifier ma demande'}
          </a>
        </p>
      ) : null}

      {demand.status === 'draft' ? <Submit demand={demand} onDone={onChange} /> : null}

      <Pieces demandId={demand.id} />
      <p>
        <a class="button button--secondary" href="/demande/pieces">
          Envoyer ou remplacer une pièce
        </a>
      </p>

      <section aria-labelledby="menage" class="card">
        <h2 id="menage">Votre ménage</h2>
        <Facts
          items={[
            ['Personnes', String(d.householdSize)],
            ['Catégorie de ménage', d.householdCategoryExplanation],
            ['Ressources mensuelles', formatEuros(d.monthlyResources)],
            ['Revenu fiscal de référence', `${formatEuros(d.referenceIncome.amount)} (revenus ${d.referenceIncome.year})`],
            ['Logements souhaités', demand.data.wishes.typologies.map(formatTypology).join(', ') || 'non précisé'],
            ...(demand.data.wishes.maxRent ? [['Loyer au plus', formatEuros(demand.data.wishes.maxRent)] as [string, string]] : []),
          ]}
        />
      </section>
      {demand.status === 'active' ? (
        <p>
          <a class="button button--primary" href="/offres">
            Voir les offres qui me correspondent
          </a>
        </p>
      ) : null}
    </>
  );
}

/**
 * Submitting the draft (POST /demands/{id}/submit): when the API finds it incomplete (422), what it
 * says is missing, field by field, in its own words.
 */
function Submit({ demand, onDone }: { demand: Demand; onDone: (d: Demand) => void }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async () => {
    setBusy(true);
    setProblem(null);
    const r = await call(api.POST('/api/v1/demands/{id}/submit', { params: { path: { id: demand.id } } }));
    setBusy(false);
    if (r.ok) return onDone(r.data);
    setProblem(r.problem);
    requestAnimationFrame(() => document.getElementById('depot-manque')?.focus());
  };
  const missing = problem?.errors ?? [];
  return (
    <section aria-labelledby="depot" class="card">
      <h2 id="depot">Déposer ma demande</h2>
      <p>Une fois déposée, votre demande est instruite par un agent ; vous ne pourrez plus la modifier pendant l’instruction.</p>
      {problem && missing.length ? (
        <div class="notice notice--error" role="alert">
          <p class="notice-title" id="depot-manque" tabIndex={-1}>
            {problem.detail ?? 'Votre demande est incomplète.'}
          </p>
          <ul>
            {missing.map((e) => (
              <li key={e.field}>{e.message}</li>
            ))}
          </ul>
        </div>
      ) : (
        <ProblemNotice problem={problem} />
      )}
      <Button type="button" busy={busy} onClick={submit}>
        Déposer ma demande
      </Button>
    </section>
  );
}

type Pieces = paths['/api/v1/demands/{id}/documents']['get']['responses'][200]['content']['application/json'];

/**
 * The pieces of the demand (GET /demands/{id}/documents): each with its type and state as the API
 * words them, the reason of a refusal. Sending or replacing a piece is not in the portal yet.
 */
function Pieces({ demandId }: { demandId: string }) {
  const [pieces, setPieces] = useState<Pieces | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    let live = true;
    void call(api.GET('/api/v1/demands/{id}/documents', { params: { path: { id: demandId } } })).then((r) => {
      if (!live) return;
      if (r.ok) setPieces(r.data);
      else setProblem(r.problem);
    });
    return () => {
      live = false;
    };
  }, [demandId]);
  const current = pieces?.items.filter((d) => !d.replacedById) ?? [];
  return (
    <section aria-labelledby="pieces" class="card">
      <h2 id="pieces">Mes pièces justificatives</h2>
      {problem ? (
        <ProblemNotice problem={problem} />
      ) : !pieces ? (
        <Loading />
      ) : current.length ? (
        <ul class="pieces">
          {current.map((d) => (
            <li key={d.id}>
              <span class="criterion">{d.typeLabel}</span>
              {d.taxYear ? ` (${d.taxYear})` : ''} : <span class={`status status--piece-${d.status}`}>{d.statusLabel}</span>
              <span class="muted">
                {' '}
                · {d.fileName}, envoyée le {formatDateTime(d.uploadedAt)}
              </span>
              {d.status === 'rejected' && d.rejectionReason ? <p class="field-error">Motif du refus : {d.rejectionReason}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucune pièce n’est jointe à votre demande.</p>
      )}
    </section>
  );
}

const STATUS_EXPLAINED: Record<Demand['status'], string> = {
  draft: 'Votre demande est en brouillon : complétez-la puis déposez-la pour qu’un agent l’instruise.',
  submitted: 'Votre demande est déposée : un agent va l’instruire.',
  in_instruction: 'Un agent instruit votre demande. Il peut vous demander des pièces.',
  active: 'Votre demande est active : vous pouvez candidater aux offres qui vous correspondent.',
  satisfied: 'Votre demande est satisfaite : un bail a été signé.',
  cancelled: 'Votre demande est annulée.',
  expired: 'Votre demande a expiré faute de renouvellement.',
};

/** What the demand lacks or waits for, in French, from the API's answer. */
function whatIsMissing(demand: Demand): string[] {
  const out: string[] = [];
  if (demand.status === 'draft') out.push('Déposer la demande une fois complète.');
  if (demand.lastRejection && demand.status === 'draft') out.push(`Corriger ce que l’agent a relevé : ${demand.lastRejection.reason}`);
  if (demand.documentsRequest) {
    out.push(`Pièces demandées par l’agent le ${formatDate(demand.documentsRequest.requestedAt)} : ${demand.documentsRequest.message}`);
  }
  if (demand.pendingDocuments > 0) out.push(`${demand.pendingDocuments} pièce${demand.pendingDocuments > 1 ? 's' : ''} en attente de vérification.`);
  const missingIncome = demand.derived.referenceIncome.missing.length;
  if (missingIncome)
    out.push(
      `Revenus fiscaux de référence : ${missingIncome} montant${missingIncome > 1 ? 's' : ''} manquant${missingIncome > 1 ? 's' : ''} ou d’une autre année que celle attendue.`,
    );
  return out;
}
