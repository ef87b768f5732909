import { useEffect, useState } from 'preact/hooks';
import { api, call, fieldErrors, type Problem } from '../../../shared/api/client';
import type { paths } from '../../../shared/api/schema';
import { formatDate, formatEuros } from '../../../shared/format';
import { Button, Loading, Notice, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import { CheckboxGroup, CommuneCombobox, InputField, communeByCode, parseFrenchNumber, useCodedLists } from '../../../shared/ui/form';
import type { PageProps } from '../app';

/**
 * « Mes alertes » (GET/POST/DELETE /me/alerts): saved searches; the platform mails, at most once a
 * day, the new offers that match one and that the household fits. A search can start from the offers'
 * filters (?commune=…&type=T2&loyer=800). Also the page of a mail's unsubscribe link.
 */

type Alerts = paths['/api/v1/me/alerts']['get']['responses'][200]['content']['application/json'];
type Alert = Alerts['items'][number];

export default function AlertsPage({ location }: PageProps) {
  useDocumentTitle('Mes alertes');
  const [alerts, setAlerts] = useState<Alerts | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [news, setNews] = useState<string | null>(null);
  const load = async () => {
    const r = await call(api.GET('/api/v1/me/alerts'));
    if (r.ok) setAlerts(r.data);
    else setProblem(r.problem);
  };
  useEffect(() => {
    void load();
  }, []);
  const remove = async (a: Alert) => {
    const r = await call(api.DELETE('/api/v1/me/alerts/{id}', { params: { path: { id: a.id } } }));
    if (!r.ok) return setProblem(r.problem);
    setNews('L’alerte est supprimée.');
    void load();
  };
  return (
    <>
      <p class="breadcrumb">
        <a href="/compte">Mon compte</a>
      </p>
      <PageTitle>Mes alertes</PageTitle>
      <p>Recevez un e-mail, au plus un par jour, quand une nouvelle offre correspond à votre recherche et à votre ménage.</p>
      {news ? <Notice kind="success">{news}</Notice> : null}
      <ProblemNotice problem={problem} />
      <section class="card" aria-labelledby="mes-alertes">
        <h2 id="mes-alertes">Alertes enregistrées</h2>
        {!alerts ? (
          <Loading />
        ) : alerts.items.length === 0 ? (
          <p>Aucune alerte pour l’instant.</p>
        ) : (
          <ul class="pieces">
            {alerts.items.map((a, i) => (
              <li key={a.id}>
                <AlertSummary alert={a} />
                <p class="muted">{a.lastMailedOn ? `Dernier e-mail le ${formatDate(a.lastMailedOn)}` : 'Aucun e-mail envoyé pour l’instant'}</p>
                <button type="button" class="link-button" onClick={() => remove(a)}>{`Supprimer l’alerte ${i + 1}`}</button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <NewAlert
        query={location.query}
        onSaved={() => {
          setNews('L’alerte est enregistrée.');
          void load();
        }}
      />
    </>
  );
}

function AlertSummary({ alert }: { alert: Alert }) {
  const [names, setNames] = useState<string[]>(alert.criteria.communeCodes);
  useEffect(() => {
    void Promise.all(alert.criteria.communeCodes.map(async (code) => (await communeByCode(code))?.name ?? code)).then(setNames);
  }, [alert.id]);
  const c = alert.criteria;
  return (
    <p class="criterion">
      {c.typologies.length ? c.typologies.map((t) => `T${t}`).join(', ') : 'Tout logement'}
      {' · '}
      {names.length ? names.join(', ') : 'toutes les communes'}
      {c.maxRent !== undefined ? ` · ${formatEuros(c.maxRent)} par mois au plus` : ''}
    </p>
  );
}

function NewAlert({ query, onSaved }: { query: URLSearchParams; onSaved: () => void }) {
  const lists = useCodedLists();
  const [communes, setCommunes] = useState<{ code: string; label: string }[]>([]);
  const [typologies, setTypologies] = useState<string[]>(() => {
    const t = query.get('type') ?? '';
    return t.length === 2 && t.startsWith('T') ? [t.slice(1)] : [];
  });
  const [maxRent, setMaxRent] = useState(() => (query.get('loyer') ?? '').slice(0, 6));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const code = query.get('commune');
    if (code && code.length === 5) void communeByCode(code).then((c) => c && setCommunes([{ code: c.code, label: c.label }]));
  }, []);
  const submit = async (e: Event) => {
    e.preventDefault();
    const rent = parseFrenchNumber(maxRent);
    if (rent !== undefined && (Number.isNaN(rent) || rent < 1)) return setErrors({ maxRent: 'Saisissez un montant en euros, par exemple 750.' });
    setErrors({});
    setBusy(true);
    const r = await call(
      api.POST('/api/v1/me/alerts', {
        body: { communeCodes: communes.map((c) => c.code), typologies: typologies.map(Number), ...(rent !== undefined ? { maxRent: rent } : {}) },
      }),
    );
    setBusy(false);
    if (!r.ok) {
      setErrors(fieldErrors(r.problem));
      return setProblem(r.problem);
    }
    setProblem(null);
    setCommunes([]);
    setTypologies([]);
    setMaxRent('');
    onSaved();
  };
  return (
    <section class="card" aria-labelledby="nouvelle-alerte">
      <h2 id="nouvelle-alerte">Nouvelle alerte</h2>
      <form class="form" noValidate onSubmit={submit}>
        <ProblemNotice problem={problem} />
        {communes.length ? (
          <ul class="chips" aria-label="Communes de l’alerte">
            {communes.map((c) => (
              <li key={c.code}>
                {c.label}
                <button type="button" aria-label={`Retirer ${c.label}`} onClick={() => setCommunes(communes.filter((x) => x.code !== c.code))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <CommuneCombobox
          name="communeCodes"
          label="Ajouter une commune"
          required={false}
          error={errors.communeCodes}
          onSelect={(c) => !communes.some((x) => x.code === c.code) && setCommunes([...communes, { code: c.code, label: c.label }])}
        />
        {lists ? (
          <CheckboxGroup name="typologies" label="Nombre de pièces" items={lists.typology.items} values={typologies} onChange={setTypologies} error={errors.typologies} />
        ) : (
          <Loading />
        )}
        <InputField
          name="maxRent"
          label="Loyer charges comprises au plus (€ par mois)"
          required={false}
          inputMode="numeric"
          value={maxRent}
          onInput={setMaxRent}
          error={errors.maxRent}
        />
        <Button busy={busy}>Enregistrer l’alerte</Button>
      </form>
    </section>
  );
}

/** The page of a mail's unsubscribe link (no sign-in): one button, then the API's answer. */
export function Unsubscribe({ location }: PageProps) {
  useDocumentTitle('Ne plus recevoir une alerte');
  const [params] = useState(() => ({ alertId: location.query.get('alerte') ?? '', token: location.query.get('jeton') ?? '' }));
  useEffect(() => {
    if (location.query.has('jeton')) history.replaceState(null, '', location.path);
  }, []);
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const valid = params.alertId.length === 36 && params.token.length >= 20 && params.token.length <= 100;
  const confirm = async () => {
    setBusy(true);
    const r = await call(api.POST('/api/v1/alerts/unsubscribe', { body: params }));
    setBusy(false);
    if (r.ok) setDone(r.data.message);
    else setProblem(r.problem);
  };
  return (
    <>
      <PageTitle>Ne plus recevoir une alerte</PageTitle>
      {done ? (
        <Notice kind="success">{done}</Notice>
      ) : !valid ? (
        <Notice kind="error">Ce lien est incomplet. Ouvrez-le à nouveau depuis l’e-mail reçu.</Notice>
      ) : (
        <>
          <p>Vous ne recevrez plus les e-mails de cette alerte. Vos autres alertes restent actives.</p>
          <ProblemNotice problem={problem} />
          <Button type="button" busy={busy} onClick={confirm}>
            Ne plus recevoir cette alerte
          </Button>
        </>
      )}
    </>
  );
}
