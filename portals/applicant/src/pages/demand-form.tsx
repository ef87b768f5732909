import { useEffect, useState } from 'preact/hooks';
import { api, call, fieldErrors, type Problem } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';
import { navigate } from '../../../shared/router';
import { Button, Loading, Notice, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import { CheckboxField, CheckboxGroup, CommuneCombobox, InputField, SelectField, communeByCode, parseFrenchNumber, useCodedLists, type CodedLists } from '../../../shared/ui/form';
import { deName } from '../../../shared/format';
import type { PageProps } from '../app';
import { forgetDemand, loadMyDemand } from '../state';

/**
 * The demand, step by step over the sections of the national form (CERFA 14069): household,
 * resources, current home, wishes, employer, then the check and the submission. Each step is saved
 * through the API (POST /demands for the first, PATCH /demands/{id} section by section after), the
 * coded lists come with their labels from GET /reference/lists, the communes from GET /communes.
 * The API's errors are shown next to their field, in its words.
 */

type Demand = components['schemas']['Demand'];
type Data = components['schemas']['DemandData'];
type Patch = components['schemas']['DemandDataPatch'];
type Applicant = Data['applicant'];
type Errors = Record<string, string>;

export const STEPS = [
  { slug: 'menage', title: 'Votre ménage' },
  { slug: 'ressources', title: 'Vos ressources' },
  { slug: 'logement', title: 'Votre logement actuel' },
  { slug: 'souhaits', title: 'Le logement recherché' },
  { slug: 'employeur', title: 'Votre employeur' },
  { slug: 'depot', title: 'Vérifier et déposer' },
] as const;
type Slug = (typeof STEPS)[number]['slug'];

const num = (v: number | undefined): string => (v === undefined ? '' : String(v).replace('.', ','));
const text = (v: string | undefined): string => v ?? '';
const opt = <T,>(v: T | undefined | ''): T | undefined => (v === '' || v === undefined ? undefined : v);

export default function DemandFormPage({ params }: PageProps) {
  const slug = (STEPS.find((s) => s.slug === params.step)?.slug ?? 'menage') as Slug;
  const index = STEPS.findIndex((s) => s.slug === slug);
  const step = STEPS[index]!;
  useDocumentTitle(`Ma demande : ${step.title}`);
  const lists = useCodedLists();
  const [demand, setDemand] = useState<Demand | null | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    let live = true;
    void loadMyDemand(true).then(async (r) => {
      if (!live) return;
      if ('problem' in r) return setProblem(r.problem);
      if (!r.summary) return setDemand(null);
      const full = await call(api.GET('/api/v1/demands/{id}', { params: { path: { id: r.summary.id } } }));
      if (!live) return;
      if (full.ok) setDemand(full.data);
      else setProblem(full.problem);
    });
    return () => {
      live = false;
    };
  }, []);

  const editable = demand === null || (demand !== undefined && ['draft', 'active'].includes(demand.status));
  return (
    <>
      <p class="breadcrumb">
        <a href="/demande">Ma demande</a>
      </p>
      <PageTitle>{`Étape ${index + 1} sur ${STEPS.length} : ${step.title}`}</PageTitle>
      <nav aria-label="Étapes de la demande">
        <ol class="steps">
          {STEPS.map((s) => (
            <li key={s.slug}>
              {demand || s.slug === 'menage' ? (
                <a href={`/demande/etapes/${s.slug}`} aria-current={s.slug === slug ? 'step' : undefined}>
                  {s.title}
                </a>
              ) : (
                <span>{s.title}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {problem ? (
        <ProblemNotice problem={problem} />
      ) : demand === undefined || !lists ? (
        <Loading />
      ) : !editable ? (
        <Notice kind="info">
          Votre demande est en cours d’instruction : elle ne peut pas être modifiée pour l’instant. <a href="/demande">Voir ma demande</a>
        </Notice>
      ) : (
        <Step
          key={slug}
          slug={slug}
          demand={demand}
          lists={lists}
          onSaved={(d) => {
            setDemand(d);
            forgetDemand();
            const next = STEPS[index + 1];
            if (next) navigate(`/demande/etapes/${next.slug}?enregistre=1`);
          }}
        />
      )}
    </>
  );
}

interface StepProps {
  slug: Slug;
  demand: Demand | null;
  lists: CodedLists;
  onSaved: (d: Demand) => void;
}

function Step(props: StepProps) {
  switch (props.slug) {
    case 'menage':
      return <HouseholdStep {...props} />;
    case 'ressources':
      return props.demand ? <ResourcesStep {...props} demand={props.demand} /> : <StartFirst />;
    case 'logement':
      return props.demand ? <HomeStep {...props} demand={props.demand} /> : <StartFirst />;
    case 'souhaits':
      return props.demand ? <WishesStep {...props} demand={props.demand} /> : <StartFirst />;
    case 'employeur':
      return props.demand ? <EmployerStep {...props} demand={props.demand} /> : <StartFirst />;
    case 'depot':
      return props.demand ? <SubmitStep demand={props.demand} /> : <StartFirst />;
  }
}

function StartFirst() {
  return (
    <Notice kind="info">
      Commencez par la première étape : <a href="/demande/etapes/menage">votre ménage</a>.
    </Notice>
  );
}

/** Saves a step: creates the draft (first step) or changes its sections; the API's field errors come back by field. */
function useSave(demand: Demand | null, onSaved: (d: Demand) => void) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const saved = typeof location !== 'undefined' && new URLSearchParams(location.search).get('enregistre') === '1';
  const save = async (patch: Patch, create?: Data) => {
    setBusy(true);
    setProblem(null);
    setErrors({});
    const r = demand
      ? await call(api.PATCH('/api/v1/demands/{id}', { params: { path: { id: demand.id } }, body: patch }))
      : await call(api.POST('/api/v1/demands', { body: create! }));
    setBusy(false);
    if (r.ok) return onSaved('demand' in r.data ? (r.data.demand as Demand) : (r.data as Demand));
    const found = fieldErrors(r.problem);
    setErrors(found);
    setProblem(r.problem);
    const first = Object.keys(found)[0];
    requestAnimationFrame(() =>
      (first ? document.getElementById(`field-${first.replace(/[^A-Za-z0-9_-]/g, '-')}`) : document.querySelector<HTMLElement>('.notice--error'))?.focus(),
    );
  };
  return { busy, problem, errors, save, saved };
}

function StepForm({
  onSubmit,
  busy,
  problem,
  saved,
  children,
  last = false,
}: {
  onSubmit: () => void;
  busy: boolean;
  problem: Problem | null;
  saved: boolean;
  children: preact.ComponentChildren;
  last?: boolean;
}) {
  return (
    <form
      class="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {saved ? <Notice kind="success">L’étape précédente est enregistrée.</Notice> : null}
      {problem ? (
        <Notice kind="error" title="Cette étape n’est pas enregistrée.">
          {problem.errors?.length ? 'Corrigez les champs signalés ci-dessous.' : problem.detail}
        </Notice>
      ) : null}
      {children}
      <div class="actions">
        <Button busy={busy}>{last ? 'Enregistrer' : 'Enregistrer et continuer'}</Button>
      </div>
    </form>
  );
}

// ——— 1. household ———

interface PersonForm {
  lastName: string;
  firstName: string;
  birthDate: string;
}
interface OccupantForm extends PersonForm {
  kinship: string;
  dependant: boolean;
  resources?: Data['otherOccupants'][number]['resources'];
}

function HouseholdStep({ demand, lists, onSaved }: StepProps) {
  const a = demand?.data.applicant;
  const [f, setF] = useState({
    civility: text(a?.civility),
    lastName: text(a?.lastName),
    firstName: text(a?.firstName),
    birthDate: text(a?.birthDate),
    nationality: text(a?.nationality),
    familySituation: text(a?.familySituation),
    email: text(a?.email),
    phone: text(a?.phone),
  });
  const co = demand?.data.coApplicant;
  const [withCo, setWithCo] = useState(Boolean(co));
  const [c, setC] = useState({ lastName: text(co?.lastName), firstName: text(co?.firstName), birthDate: text(co?.birthDate), link: text(co?.link) });
  const [occupants, setOccupants] = useState<OccupantForm[]>(
    (demand?.data.otherOccupants ?? []).map((o) => ({
      lastName: text(o.lastName),
      firstName: text(o.firstName),
      birthDate: o.birthDate,
      kinship: o.kinship,
      dependant: o.dependant,
      ...(o.resources ? { resources: o.resources } : {}),
    })),
  );
  const eb = demand?.data.expectedBirths;
  const [births, setBirths] = useState({ expected: Boolean(eb), count: eb ? String(eb.count) : '1', date: text(eb?.expectedDate) });
  const [local, setLocal] = useState<Errors>({});
  const { busy, problem, errors: apiErrors, save, saved } = useSave(demand, onSaved);
  const errors = { ...apiErrors, ...local };
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });

  const submit = () => {
    const applicant: Applicant = {
      ...(a ?? { resources: [] }),
      lastName: f.lastName,
      firstName: f.firstName,
      birthDate: f.birthDate,
      civility: opt(f.civility as Applicant['civility'] | ''),
      nationality: opt(f.nationality as Applicant['nationality'] | ''),
      familySituation: opt(f.familySituation as Applicant['familySituation'] | ''),
      email: opt(f.email.trim()),
      phone: opt(f.phone.trim()),
    };
    const coApplicant = withCo ? { lastName: c.lastName, firstName: c.firstName, birthDate: c.birthDate, link: c.link as 'M', resources: co?.resources ?? [] } : undefined;
    const otherOccupants = occupants.map((o) => ({
      ...(o.firstName ? { firstName: o.firstName } : {}),
      ...(o.lastName ? { lastName: o.lastName } : {}),
      birthDate: o.birthDate,
      kinship: o.kinship as 'E',
      dependant: o.dependant,
      ...(o.resources ? { resources: o.resources } : {}),
    }));
    const found: Errors = {};
    const count = Number(births.count);
    if (births.expected && (!Number.isInteger(count) || count < 1 || count > 9)) found['expectedBirths.count'] = 'Saisissez un nombre d’enfants attendus, de 1 à 9.';
    if (births.expected && !births.date) found['expectedBirths.expectedDate'] = 'Saisissez la date prévue de la naissance.';
    setLocal(found);
    if (Object.keys(found).length) return;
    const expectedBirths = births.expected ? { count, expectedDate: births.date } : undefined;
    void save(
      { applicant, coApplicant: coApplicant ?? null, otherOccupants, expectedBirths: expectedBirths ?? null },
      {
        applicant,
        ...(coApplicant ? { coApplicant } : {}),
        otherOccupants,
        ...(expectedBirths ? { expectedBirths } : {}),
        reasons: [],
        wishes: { communeCodes: [], typologies: [] },
      },
    );
  };
  return (
    <StepForm onSubmit={submit} busy={busy} problem={problem} saved={saved}>
      <h2>Vous</h2>
      <SelectField
        name="applicant.civility"
        label="Civilité"
        required={false}
        items={lists.civility.items}
        value={f.civility}
        onChange={set('civility')}
        error={errors['applicant.civility']}
      />
      <InputField name="applicant.lastName" label="Nom" value={f.lastName} onInput={set('lastName')} autoComplete="family-name" error={errors['applicant.lastName']} />
      <InputField name="applicant.firstName" label="Prénom" value={f.firstName} onInput={set('firstName')} autoComplete="given-name" error={errors['applicant.firstName']} />
      <InputField
        name="applicant.birthDate"
        label="Date de naissance"
        type="date"
        value={f.birthDate}
        onInput={set('birthDate')}
        autoComplete="bday"
        error={errors['applicant.birthDate']}
      />
      <SelectField
        name="applicant.nationality"
        label="Nationalité"
        required={false}
        items={lists.nationality.items}
        value={f.nationality}
        onChange={set('nationality')}
        error={errors['applicant.nationality']}
      />
      <SelectField
        name="applicant.familySituation"
        label="Situation familiale"
        items={lists.familySituation.items}
        value={f.familySituation}
        onChange={set('familySituation')}
        error={errors['applicant.familySituation']}
      />
      <InputField
        name="applicant.email"
        label="Adresse e-mail de contact"
        type="email"
        required={false}
        value={f.email}
        onInput={set('email')}
        autoComplete="email"
        error={errors['applicant.email']}
      />
      <InputField
        name="applicant.phone"
        label="Téléphone"
        type="tel"
        required={false}
        value={f.phone}
        onInput={set('phone')}
        autoComplete="tel"
        error={errors['applicant.phone']}
      />

      <h2>Co-demandeur</h2>
      <CheckboxField name="withCoApplicant" label="Je fais la demande avec mon conjoint, partenaire ou concubin" checked={withCo} onChange={setWithCo} />
      {withCo ? (
        <div class="repeat">
          <InputField
            name="coApplicant.lastName"
            label="Nom du co-demandeur"
            value={c.lastName}
            onInput={(v) => setC({ ...c, lastName: v })}
            error={errors['coApplicant.lastName']}
          />
          <InputField
            name="coApplicant.firstName"
            label="Prénom du co-demandeur"
            value={c.firstName}
            onInput={(v) => setC({ ...c, firstName: v })}
            error={errors['coApplicant.firstName']}
          />
          <InputField
            name="coApplicant.birthDate"
            label="Date de naissance du co-demandeur"
            type="date"
            value={c.birthDate}
            onInput={(v) => setC({ ...c, birthDate: v })}
            error={errors['coApplicant.birthDate']}
          />
          <SelectField
            name="coApplicant.link"
            label="Lien avec vous"
            items={lists.coApplicantLink.items}
            value={c.link}
            onChange={(v) => setC({ ...c, link: v })}
            error={errors['coApplicant.link']}
          />
        </div>
      ) : null}

      <h2>Les autres personnes qui vivront avec vous</h2>
      {occupants.length === 0 ? <p>Personne d’autre pour l’instant.</p> : null}
      {occupants.map((o, i) => {
        const upd = (patch: Partial<OccupantForm>) => setOccupants(occupants.map((x, j) => (j === i ? { ...x, ...patch } : x)));
        const n = i + 1;
        return (
          <fieldset key={i} class="fieldset repeat">
            <legend>{`Personne ${n}`}</legend>
            <InputField
              name={`otherOccupants.${i}.firstName`}
              label={`Prénom (personne ${n})`}
              required={false}
              value={o.firstName}
              onInput={(v) => upd({ firstName: v })}
              error={errors[`otherOccupants.${i}.firstName`]}
            />
            <InputField
              name={`otherOccupants.${i}.birthDate`}
              label={`Date de naissance (personne ${n})`}
              type="date"
              value={o.birthDate}
              onInput={(v) => upd({ birthDate: v })}
              error={errors[`otherOccupants.${i}.birthDate`]}
            />
            <SelectField
              name={`otherOccupants.${i}.kinship`}
              label={`Lien de parenté (personne ${n})`}
              items={lists.kinship.items}
              value={o.kinship}
              onChange={(v) => upd({ kinship: v })}
              error={errors[`otherOccupants.${i}.kinship`]}
            />
            <CheckboxField name={`otherOccupants.${i}.dependant`} label="À ma charge" checked={o.dependant} onChange={(v) => upd({ dependant: v })} />
            <button type="button" class="link-button" onClick={() => setOccupants(occupants.filter((_, j) => j !== i))}>{`Retirer la personne ${n}`}</button>
          </fieldset>
        );
      })}
      <button
        type="button"
        class="button button--secondary"
        onClick={() => setOccupants([...occupants, { firstName: '', lastName: '', birthDate: '', kinship: 'E', dependant: true }])}
      >
        Ajouter une personne
      </button>

      <h2>Naissance attendue</h2>
      <CheckboxField
        name="expectedBirths.expected"
        label="Une naissance est attendue dans mon ménage"
        checked={births.expected}
        onChange={(v) => setBirths({ ...births, expected: v })}
      />
      {births.expected ? (
        <div class="repeat">
          <InputField
            name="expectedBirths.count"
            label="Nombre d’enfants attendus"
            inputMode="numeric"
            value={births.count}
            onInput={(v) => setBirths({ ...births, count: v })}
            error={errors['expectedBirths.count']}
          />
          <InputField
            name="expectedBirths.expectedDate"
            label="Date prévue de la naissance"
            type="date"
            value={births.date}
            onInput={(v) => setBirths({ ...births, date: v })}
            error={errors['expectedBirths.expectedDate']}
          />
        </div>
      ) : null}
    </StepForm>
  );
}

// ——— 2. resources ———

interface ResourceForm {
  code: string;
  amount: string;
}
type Resources = Applicant['resources'];

const resourceRows = (resources: Resources | undefined, oneEmpty: boolean): ResourceForm[] =>
  resources?.length ? resources.map((r) => ({ code: r.code, amount: num(r.monthlyAmount) })) : oneEmpty ? [{ code: '', amount: '' }] : [];

/** The rows as the API takes them; the errors of the form found on the way, by field name (`<prefix>.<i>.monthlyAmount`). */
function readResources(rows: ResourceForm[], prefix: string, found: Errors): Resources {
  return rows
    .filter((r) => r.code || r.amount)
    .map((r, i) => {
      const amount = parseFrenchNumber(r.amount);
      if (amount === undefined || Number.isNaN(amount)) found[`${prefix}.${i}.monthlyAmount`] = 'Saisissez un montant en euros, par exemple 1 450,50.';
      if (!r.code) found[`${prefix}.${i}.code`] = 'Choisissez la nature de cette ressource.';
      return { code: r.code as 'SAL', monthlyAmount: amount ?? 0 };
    });
}

/** The monthly resources of one person: a row per resource (nature from the coded list, amount). */
function ResourceRows({
  prefix,
  who,
  rows,
  onChange,
  items,
  errors,
}: {
  prefix: string;
  who: string;
  rows: ResourceForm[];
  onChange: (rows: ResourceForm[]) => void;
  items: CodedLists['resource']['items'];
  errors: Errors;
}) {
  return (
    <>
      {rows.length === 0 ? <p>Aucune ressource.</p> : null}
      {rows.map((r, i) => {
        const upd = (patch: Partial<ResourceForm>) => onChange(rows.map((x, j) => (j === i ? { ...x, ...patch } : x)));
        return (
          <fieldset key={i} class="fieldset repeat">
            <legend>{`Ressource ${i + 1}${who}`}</legend>
            <SelectField
              name={`${prefix}.${i}.code`}
              label={who ? `Nature (ressource ${i + 1}${who})` : 'Nature'}
              items={items}
              value={r.code}
              onChange={(v) => upd({ code: v })}
              error={errors[`${prefix}.${i}.code`]}
            />
            <InputField
              name={`${prefix}.${i}.monthlyAmount`}
              label={who ? `Montant par mois en euros (ressource ${i + 1}${who})` : 'Montant par mois (€)'}
              inputMode="decimal"
              value={r.amount}
              onInput={(v) => upd({ amount: v })}
              error={errors[`${prefix}.${i}.monthlyAmount`]}
            />
            <button type="button" class="link-button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>{`Retirer la ressource ${i + 1}${who}`}</button>
          </fieldset>
        );
      })}
      <button type="button" class="button button--secondary" onClick={() => onChange([...rows, { code: '', amount: '' }])}>{`Ajouter une ressource${who}`}</button>
    </>
  );
}

function ResourcesStep({ demand, lists, onSaved }: StepProps & { demand: Demand }) {
  const a = demand.data.applicant;
  const co = demand.data.coApplicant;
  const occupants = demand.data.otherOccupants;
  const [rows, setRows] = useState<ResourceForm[]>(resourceRows(a.resources, true));
  const [coRows, setCoRows] = useState<ResourceForm[]>(resourceRows(co?.resources, false));
  const [occupantRows, setOccupantRows] = useState<ResourceForm[][]>(occupants.map((o) => resourceRows(o.resources, false)));
  const [benefit, setBenefit] = useState(num(demand.data.expectedHousingBenefit));
  const t = a.taxIncome;
  const [tax, setTax] = useState({ yearMinus2: num(t?.yearMinus2), amountMinus2: num(t?.amountMinus2), yearMinus1: num(t?.yearMinus1), amountMinus1: num(t?.amountMinus1) });
  const [local, setLocal] = useState<Errors>({});
  const { busy, problem, errors, save, saved } = useSave(demand, onSaved);
  const all = { ...errors, ...local };

  const submit = () => {
    const found: Errors = {};
    const resources = readResources(rows, 'applicant.resources', found);
    const coResources = co ? readResources(coRows, 'coApplicant.resources', found) : [];
    const occupantResources = occupants.map((_, i) => readResources(occupantRows[i] ?? [], `otherOccupants.${i}.resources`, found));
    const taxIncome: NonNullable<Applicant['taxIncome']> = {};
    for (const k of ['yearMinus2', 'amountMinus2', 'yearMinus1', 'amountMinus1'] as const) {
      const v = parseFrenchNumber(tax[k]);
      if (v !== undefined && Number.isNaN(v)) found[`applicant.taxIncome.${k}`] = 'Saisissez un nombre.';
      else if (v !== undefined) taxIncome[k] = v;
    }
    const housingBenefit = parseFrenchNumber(benefit);
    if (housingBenefit !== undefined && Number.isNaN(housingBenefit)) found.expectedHousingBenefit = 'Saisissez un montant en euros.';
    setLocal(found);
    if (Object.keys(found).length) return;
    void save({
      applicant: { ...a, resources, ...(Object.keys(taxIncome).length ? { taxIncome } : {}) },
      ...(co ? { coApplicant: { ...co, resources: coResources } } : {}),
      ...(occupants.length
        ? {
            otherOccupants: occupants.map((o, i) => {
              const { resources: _before, ...rest } = o;
              return occupantResources[i]!.length ? { ...rest, resources: occupantResources[i] } : rest;
            }),
          }
        : {}),
      expectedHousingBenefit: housingBenefit ?? null,
    });
  };
  return (
    <StepForm onSubmit={submit} busy={busy} problem={problem} saved={saved}>
      <h2>Vos ressources mensuelles</h2>
      <p class="hint">Ce que vous recevez chaque mois, en euros (salaire net, allocations, pensions…).</p>
      <ResourceRows prefix="applicant.resources" who="" rows={rows} onChange={setRows} items={lists.resource.items} errors={all} />
      {co ? (
        <>
          <h2>{`Les ressources mensuelles ${deName(co.firstName)} (co-demandeur)`}</h2>
          <ResourceRows prefix="coApplicant.resources" who={` ${deName(co.firstName)}`} rows={coRows} onChange={setCoRows} items={lists.resource.items} errors={all} />
        </>
      ) : null}
      {occupants.map((o, i) => {
        const name = o.firstName ?? `la personne ${i + 1}`;
        return (
          <div key={i}>
            <h2>{`Les ressources mensuelles ${deName(name)}`}</h2>
            <ResourceRows
              prefix={`otherOccupants.${i}.resources`}
              who={` ${deName(name)}`}
              rows={occupantRows[i] ?? []}
              items={lists.resource.items}
              errors={all}
              onChange={(next) => setOccupantRows(occupants.map((_, j) => (j === i ? next : (occupantRows[j] ?? []))))}
            />
          </div>
        );
      })}
      <h2>Aide au logement</h2>
      <InputField
        name="expectedHousingBenefit"
        label="Aide au logement attendue (€ par mois)"
        hint="L’APL ou l’allocation logement que vous pensez recevoir dans le nouveau logement, si vous la connaissez."
        required={false}
        inputMode="decimal"
        value={benefit}
        onInput={setBenefit}
        error={all.expectedHousingBenefit}
      />
      <h2>Revenu fiscal de référence</h2>
      <p class="hint">Il figure sur votre avis d’imposition (ou de non-imposition).</p>
      <InputField
        name="applicant.taxIncome.yearMinus2"
        label="Année des revenus (avis de l’an dernier)"
        required={false}
        inputMode="numeric"
        value={tax.yearMinus2}
        onInput={(v) => setTax({ ...tax, yearMinus2: v })}
        error={all['applicant.taxIncome.yearMinus2']}
      />
      <InputField
        name="applicant.taxIncome.amountMinus2"
        label="Revenu fiscal de référence de cette année (€)"
        required={false}
        inputMode="decimal"
        value={tax.amountMinus2}
        onInput={(v) => setTax({ ...tax, amountMinus2: v })}
        error={all['applicant.taxIncome.amountMinus2']}
      />
      <InputField
        name="applicant.taxIncome.yearMinus1"
        label="Année des revenus (avis le plus récent)"
        required={false}
        inputMode="numeric"
        value={tax.yearMinus1}
        onInput={(v) => setTax({ ...tax, yearMinus1: v })}
        error={all['applicant.taxIncome.yearMinus1']}
      />
      <InputField
        name="applicant.taxIncome.amountMinus1"
        label="Revenu fiscal de référence de cette année (€)"
        required={false}
        inputMode="decimal"
        value={tax.amountMinus1}
        onInput={(v) => setTax({ ...tax, amountMinus1: v })}
        error={all['applicant.taxIncome.amountMinus1']}
      />
    </StepForm>
  );
}

// ——— 3. current home ———

function HomeStep({ demand, lists, onSaved }: StepProps & { demand: Demand }) {
  const a = demand.data.applicant;
  const h = demand.data.currentHousing;
  const [address, setAddress] = useState({ line: text(a.address?.line), postalCode: text(a.address?.postalCode), communeCode: text(a.address?.communeCode) });
  const [communeLabel, setCommuneLabel] = useState('');
  const [kind, setKind] = useState(text(h?.kind));
  const [rent, setRent] = useState(num(h?.monthlyRent));
  const [reasons, setReasons] = useState<string[]>([...demand.data.reasons]);
  const [dalo, setDalo] = useState(Boolean(demand.data.dalo));
  const [local, setLocal] = useState<Errors>({});
  const { busy, problem, errors, save, saved } = useSave(demand, onSaved);
  const all = { ...errors, ...local };
  useEffect(() => {
    if (address.communeCode) void communeByCode(address.communeCode).then((c) => c && setCommuneLabel(c.label));
  }, []);

  const submit = () => {
    const found: Errors = {};
    const monthlyRent = parseFrenchNumber(rent);
    if (monthlyRent !== undefined && Number.isNaN(monthlyRent)) found['currentHousing.monthlyRent'] = 'Saisissez un montant en euros.';
    const hasAddress = address.line || address.communeCode;
    if (hasAddress && !address.communeCode) found['applicant.address.communeCode'] = 'Choisissez la commune dans la liste proposée.';
    setLocal(found);
    if (Object.keys(found).length) return;
    void save({
      applicant: { ...a, ...(hasAddress ? { address: { line: address.line, postalCode: address.postalCode, communeCode: address.communeCode } } : {}) },
      currentHousing: kind ? { ...h, kind: kind as 'LP', ...(monthlyRent !== undefined ? { monthlyRent } : {}) } : null,
      reasons: reasons as Data['reasons'],
      dalo,
    });
  };
  return (
    <StepForm onSubmit={submit} busy={busy} problem={problem} saved={saved}>
      <h2>Votre adresse</h2>
      <InputField
        name="applicant.address.line"
        label="Numéro et rue"
        value={address.line}
        onInput={(v) => setAddress({ ...address, line: v })}
        autoComplete="street-address"
        error={all['applicant.address.line']}
      />
      <CommuneCombobox
        name="applicant.address.communeCode"
        label="Commune"
        initial={communeLabel}
        error={all['applicant.address.communeCode']}
        onSelect={(c) => setAddress({ ...address, communeCode: c.code, postalCode: c.postalCodes.length === 1 ? c.postalCodes[0]! : address.postalCode })}
      />
      <InputField
        name="applicant.address.postalCode"
        label="Code postal"
        inputMode="numeric"
        value={address.postalCode}
        onInput={(v) => setAddress({ ...address, postalCode: v })}
        autoComplete="postal-code"
        error={all['applicant.address.postalCode']}
      />
      <h2>Votre logement aujourd’hui</h2>
      <SelectField name="currentHousing.kind" label="Vous êtes" items={lists.currentHousing.items} value={kind} onChange={setKind} error={all['currentHousing.kind']} />
      <InputField
        name="currentHousing.monthlyRent"
        label="Loyer mensuel actuel (€)"
        required={false}
        inputMode="decimal"
        value={rent}
        onInput={setRent}
        error={all['currentHousing.monthlyRent']}
      />
      <CheckboxGroup name="reasons" label="Pourquoi demandez-vous un logement ?" items={lists.demandReason.items} values={reasons} onChange={setReasons} error={all.reasons} />
      <h2>Droit au logement opposable (DALO)</h2>
      <CheckboxField name="dalo" label="La commission de médiation DALO a reconnu ma demande prioritaire et urgente" checked={dalo} onChange={setDalo} />
    </StepForm>
  );
}

// ——— 4. wishes ———

function WishesStep({ demand, lists, onSaved }: StepProps & { demand: Demand }) {
  const w = demand.data.wishes;
  const [communes, setCommunes] = useState<{ code: string; label: string }[]>(w.communeCodes.map((code) => ({ code, label: code })));
  const [typologies, setTypologies] = useState<string[]>(w.typologies.map(String));
  const [maxRent, setMaxRent] = useState(num(w.maxRent));
  const [access, setAccess] = useState({ accessibilityRequired: Boolean(w.accessibilityRequired), elevatorRequired: Boolean(w.elevatorRequired) });
  const [local, setLocal] = useState<Errors>({});
  const { busy, problem, errors, save, saved } = useSave(demand, onSaved);
  const all = { ...errors, ...local };
  useEffect(() => {
    void Promise.all(w.communeCodes.map((code) => communeByCode(code))).then((found) => setCommunes(w.communeCodes.map((code, i) => ({ code, label: found[i]?.label ?? code }))));
  }, []);

  const submit = () => {
    const found: Errors = {};
    const rent = parseFrenchNumber(maxRent);
    if (rent !== undefined && Number.isNaN(rent)) found['wishes.maxRent'] = 'Saisissez un montant en euros.';
    setLocal(found);
    if (Object.keys(found).length) return;
    void save({ wishes: { communeCodes: communes.map((c) => c.code), typologies: typologies.map(Number), ...(rent !== undefined ? { maxRent: rent } : {}), ...access } });
  };
  return (
    <StepForm onSubmit={submit} busy={busy} problem={problem} saved={saved}>
      <h2>Où ?</h2>
      {communes.length ? (
        <ul class="chips" aria-label="Communes souhaitées">
          {communes.map((c) => (
            <li key={c.code}>
              {c.label}
              <button type="button" aria-label={`Retirer ${c.label}`} onClick={() => setCommunes(communes.filter((x) => x.code !== c.code))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucune commune choisie.</p>
      )}
      <CommuneCombobox
        name="wishes.communeCodes"
        label="Ajouter une commune souhaitée"
        required={false}
        error={all['wishes.communeCodes']}
        onSelect={(c) => !communes.some((x) => x.code === c.code) && setCommunes([...communes, { code: c.code, label: c.label }])}
      />
      <h2>Quel logement ?</h2>
      <CheckboxGroup name="wishes.typologies" label="Nombre de pièces" items={lists.typology.items} values={typologies} onChange={setTypologies} error={all['wishes.typologies']} />
      <InputField
        name="wishes.maxRent"
        label="Loyer maximum, charges comprises (€ par mois)"
        required={false}
        inputMode="decimal"
        value={maxRent}
        onInput={setMaxRent}
        error={all['wishes.maxRent']}
      />
      <CheckboxField
        name="wishes.accessibilityRequired"
        label="J’ai besoin d’un logement accessible en fauteuil roulant"
        checked={access.accessibilityRequired}
        onChange={(v) => setAccess({ ...access, accessibilityRequired: v })}
      />
      <CheckboxField
        name="wishes.elevatorRequired"
        label="J’ai besoin d’un ascenseur"
        checked={access.elevatorRequired}
        onChange={(v) => setAccess({ ...access, elevatorRequired: v })}
      />
    </StepForm>
  );
}

// ——— 5. employer ———

function EmployerStep({ demand, lists, onSaved }: StepProps & { demand: Demand }) {
  const a = demand.data.applicant;
  const e = a.employment;
  const [f, setF] = useState({
    contractType: text(e?.contractType),
    profession: text(e?.profession),
    employerName: text(e?.employerName),
    employerSiret: text(e?.employerSiret),
    startDate: text(e?.startDate),
    workplaceCommuneCode: text(e?.workplaceCommuneCode),
  });
  const [workplaceLabel, setWorkplaceLabel] = useState('');
  const m = demand.data.mobility;
  const [moving, setMoving] = useState(Boolean(m));
  const [mob, setMob] = useState({ kind: text(m?.kind), fromCommuneCode: text(m?.fromCommuneCode), toCommuneCode: text(m?.toCommuneCode), date: text(m?.date) });
  const [mobLabels, setMobLabels] = useState({ from: '', to: '' });
  const [local, setLocal] = useState<Errors>({});
  const { busy, problem, errors: apiErrors, save, saved } = useSave(demand, onSaved);
  const errors = { ...apiErrors, ...local };
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  useEffect(() => {
    if (f.workplaceCommuneCode) void communeByCode(f.workplaceCommuneCode).then((c) => c && setWorkplaceLabel(c.label));
    void Promise.all([m?.fromCommuneCode, m?.toCommuneCode].map((code) => (code ? communeByCode(code) : Promise.resolve(null)))).then(([from, to]) =>
      setMobLabels({ from: from?.label ?? '', to: to?.label ?? '' }),
    );
  }, []);
  const submit = () => {
    const found: Errors = {};
    if (moving && !mob.kind) found['mobility.kind'] = 'Choisissez : nouvel emploi ou mutation.';
    setLocal(found);
    if (Object.keys(found).length) return;
    const employment = Object.fromEntries(Object.entries({ ...f, employerSiret: f.employerSiret.replaceAll(' ', '') }).filter(([, v]) => v.trim() !== '')) as NonNullable<
      Applicant['employment']
    >;
    const mobility = moving ? (Object.fromEntries(Object.entries(mob).filter(([, v]) => v !== '')) as NonNullable<Data['mobility']>) : null;
    void save({ applicant: { ...a, employment }, mobility });
  };
  return (
    <StepForm onSubmit={submit} busy={busy} problem={problem} saved={saved}>
      <p class="hint">Votre employeur peut soutenir votre demande s’il cotise à Action Logement.</p>
      <SelectField
        name="applicant.employment.contractType"
        label="Contrat de travail"
        required={false}
        items={lists.contractType.items}
        value={f.contractType}
        onChange={set('contractType')}
        error={errors['applicant.employment.contractType']}
      />
      <InputField
        name="applicant.employment.profession"
        label="Profession"
        required={false}
        value={f.profession}
        onInput={set('profession')}
        autoComplete="organization-title"
        error={errors['applicant.employment.profession']}
      />
      <InputField
        name="applicant.employment.employerName"
        label="Nom de l’employeur"
        required={false}
        value={f.employerName}
        onInput={set('employerName')}
        autoComplete="organization"
        error={errors['applicant.employment.employerName']}
      />
      <InputField
        name="applicant.employment.employerSiret"
        label="SIRET de l’établissement"
        hint="14 chiffres, sur votre bulletin de salaire."
        required={false}
        inputMode="numeric"
        value={f.employerSiret}
        onInput={set('employerSiret')}
        error={errors['applicant.employment.employerSiret']}
      />
      <InputField
        name="applicant.employment.startDate"
        label="Date d’entrée dans l’entreprise"
        type="date"
        required={false}
        value={f.startDate}
        onInput={set('startDate')}
        error={errors['applicant.employment.startDate']}
      />
      <CommuneCombobox
        name="applicant.employment.workplaceCommuneCode"
        label="Commune du lieu de travail"
        required={false}
        initial={workplaceLabel}
        error={errors['applicant.employment.workplaceCommuneCode']}
        onSelect={(c) => setF({ ...f, workplaceCommuneCode: c.code })}
      />
      <h2>Mobilité professionnelle</h2>
      <CheckboxField name="mobility.moving" label="Je change de lieu de travail (nouvel emploi ou mutation)" checked={moving} onChange={setMoving} />
      {moving ? (
        <div class="repeat">
          <SelectField
            name="mobility.kind"
            label="Motif"
            items={lists.mobilityKind.items}
            value={mob.kind}
            onChange={(v) => setMob({ ...mob, kind: v })}
            error={errors['mobility.kind']}
          />
          <CommuneCombobox
            name="mobility.fromCommuneCode"
            label="Commune du lieu de travail que vous quittez"
            required={false}
            initial={mobLabels.from}
            error={errors['mobility.fromCommuneCode']}
            onSelect={(c) => setMob({ ...mob, fromCommuneCode: c.code })}
          />
          <CommuneCombobox
            name="mobility.toCommuneCode"
            label="Commune du nouveau lieu de travail"
            required={false}
            initial={mobLabels.to}
            error={errors['mobility.toCommuneCode']}
            onSelect={(c) => setMob({ ...mob, toCommuneCode: c.code })}
          />
          <InputField
            name="mobility.date"
            label="Date de la prise de poste"
            type="date"
            required={false}
            value={mob.date}
            onInput={(v) => setMob({ ...mob, date: v })}
            error={errors['mobility.date']}
          />
        </div>
      ) : null}
    </StepForm>
  );
}

// ——— 6. check and submit ———

function SubmitStep({ demand }: { demand: Demand }) {
  const d = demand.data;
  const a = d.applicant;
  const sections: [string, string, boolean][] = [
    ['menage', 'Votre identité et votre situation familiale', Boolean(a.lastName && a.firstName && a.birthDate && a.familySituation)],
    ['ressources', 'Vos ressources mensuelles et votre revenu fiscal de référence', a.resources.length > 0 && Boolean(a.taxIncome?.amountMinus1 ?? a.taxIncome?.amountMinus2)],
    ['logement', 'Votre adresse, votre logement actuel et le motif de la demande', Boolean(a.address && d.currentHousing && d.reasons.length)],
    ['souhaits', 'Les communes et le type de logement recherchés', d.wishes.communeCodes.length > 0 && d.wishes.typologies.length > 0],
    ['employeur', 'Votre employeur', Boolean(a.employment?.employerName || a.employment?.employerSiret)],
  ];
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(demand.status !== 'draft');
  const submit = async () => {
    setBusy(true);
    setProblem(null);
    const r = await call(api.POST('/api/v1/demands/{id}/submit', { params: { path: { id: demand.id } } }));
    setBusy(false);
    if (r.ok) {
      forgetDemand();
      return setDone(true);
    }
    setProblem(r.problem);
    requestAnimationFrame(() => document.getElementById('depot-manque')?.focus());
  };
  return (
    <>
      <section class="card" aria-labelledby="verif">
        <h2 id="verif">Ce que vous avez rempli</h2>
        <ul class="checklist">
          {sections.map(([slug, label, ok]) => (
            <li key={slug}>
              {ok ? '✓ ' : '✗ '}
              <a href={`/demande/etapes/${slug}`}>{label}</a> : {ok ? 'rempli' : 'à compléter'}
            </li>
          ))}
        </ul>
      </section>
      {done ? (
        <Notice kind="success" title="Votre demande est déposée.">
          Un agent va l’instruire. <a href="/demande">Voir ma demande</a>
        </Notice>
      ) : (
        <section class="card" aria-labelledby="depot">
          <h2 id="depot">Déposer ma demande</h2>
          <p>Une fois déposée, votre demande est instruite par un agent ; vous ne pourrez plus la modifier pendant l’instruction.</p>
          {problem && problem.errors?.length ? (
            <div class="notice notice--error" role="alert">
              <p class="notice-title" id="depot-manque" tabIndex={-1}>
                {problem.detail ?? 'Votre demande est incomplète.'}
              </p>
              <ul>
                {problem.errors.map((e) => (
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
      )}
    </>
  );
}
