import { useState } from 'preact/hooks';
import { api, call, fieldErrors, type Problem } from '../../../shared/api/client';
import type { paths } from '../../../shared/api/schema';
import { navigate } from '../../../shared/router';
import { Button, Loading, Notice, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import { CheckboxField, InputField, SelectField, TextAreaField } from '../../../shared/ui/forms';
import { NotFound, type PageProps } from '../app';
import { FINANCING_LABELS, sentBack, type Offer } from '../labels';
import { useLoad } from '../load';
import { BASE, offerPath } from '../paths';
import { CommuneField } from './commune-field';

/**
 * Create a draft offer, or change a draft (a new one, or one sent back by Action Logement: its message
 * is shown above the form). Everything the API takes; the business checks (ranges, a commune that
 * exists, a closing date not past) are the API's, said next to each field in its words.
 */

type Body = paths['/api/v1/offers']['post']['requestBody']['content']['application/json'];

interface Form {
  addressLine: string;
  postalCode: string;
  communeCode: string;
  communeLabel: string;
  typology: string;
  mainRooms: string;
  surface: string;
  floor: string;
  elevator: boolean;
  accessible: boolean;
  energyClass: string;
  rent: string;
  charges: string;
  financing: string;
  availableFrom: string;
  closingDate: string;
  description: string;
}

const EMPTY: Form = {
  addressLine: '',
  postalCode: '',
  communeCode: '',
  communeLabel: '',
  typology: 'T2',
  mainRooms: '',
  surface: '',
  floor: '',
  elevator: false,
  accessible: false,
  energyClass: 'C',
  rent: '',
  charges: '',
  financing: 'PLUS',
  availableFrom: '',
  closingDate: '',
  description: '',
};

const fromOffer = (o: Offer): Form => ({
  addressLine: o.addressLine,
  postalCode: o.postalCode,
  communeCode: o.communeCode,
  communeLabel: o.communeName ? `${o.communeName} (${o.postalCode})` : '',
  typology: `T${o.typology}`,
  mainRooms: String(o.mainRooms),
  surface: decimal(o.surface),
  floor: String(o.floor),
  elevator: o.elevator,
  accessible: o.accessible,
  energyClass: o.energyClass,
  rent: decimal(o.rent),
  charges: decimal(o.charges),
  financing: o.financing,
  availableFrom: o.availableFrom.slice(0, 10),
  closingDate: o.closingDate.slice(0, 10),
  description: o.description ?? '',
});

/** 46.5 → « 46,5 » (what a French user types back) */
const decimal = (n: number): string => String(n).replace('.', ',');

/** « 46,5 » or « 46.5 » → 46.5; null when it is not a number (said next to the field). */
function parseNumber(text: string): number | null {
  const t = text.trim().replace(',', '.').replaceAll(' ', '').replaceAll('\u202f', '');
  if (!t || t.length > 12 || !/^-?\d+(?:\.\d+)?$/.test(t)) return null;
  return Number(t);
}

const EXAMPLES: Partial<Record<keyof Form, string>> = { mainRooms: '2', surface: '46,5', floor: '3', rent: '620', charges: '80' };

const TYPOLOGIES = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'].map((t) => [t, t] as const);
const ENERGY = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c) => [c, `Classe ${c}`] as const);
const FINANCINGS = Object.entries(FINANCING_LABELS).map(([k, v]) => [k, v] as const);

export default function OfferFormPage({ params }: PageProps) {
  const id = params.id ?? null;
  const loaded = useLoad<Offer | null>(
    async () => (id ? call(api.GET('/api/v1/offers/{id}', { params: { path: { id } } })) : { ok: true, data: null, response: new Response() }),
    [id],
  );
  useDocumentTitle(id ? 'Modifier l’offre' : 'Proposer un logement');
  if (id && loaded.problem?.status === 404) return <NotFound what="Cette offre n’existe pas ou n’est pas l’une des vôtres." />;
  if (id && !loaded.data) return loaded.problem ? <ProblemNotice problem={loaded.problem} /> : <Loading />;
  const offer = loaded.data;
  if (offer && offer.status !== 'draft') {
    return (
      <>
        <PageTitle>Modifier l’offre</PageTitle>
        <Notice kind="info">Seul un brouillon se modifie. Cette offre est : {offer.statusLabel}.</Notice>
        <p>
          <a href={offerPath(offer.id)}>Retour à l’offre</a>
        </p>
      </>
    );
  }
  return <OfferForm key={offer?.id ?? 'new'} offer={offer} />;
}

function OfferForm({ offer }: { offer: Offer | null }) {
  const [form, setForm] = useState<Form>(offer ? fromOffer(offer) : EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const back = offer ? sentBack(offer, offer.history ?? []) : null;
  const set =
    <K extends keyof Form>(key: K) =>
    (value: Form[K]) =>
      setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const need = (key: keyof Form, message: string) => {
      if (!String(form[key]).trim()) found[key] = message;
    };
    need('addressLine', 'Saisissez l’adresse du logement.');
    need('postalCode', 'Saisissez le code postal.');
    need('communeCode', 'Choisissez la commune.');
    need('availableFrom', 'Saisissez la date de disponibilité.');
    need('closingDate', 'Saisissez la date de fin des candidatures souhaitée.');
    const numbers: [keyof Form, string][] = [
      ['mainRooms', 'pièces principales'],
      ['surface', 'surface'],
      ['floor', 'étage'],
      ['rent', 'loyer'],
      ['charges', 'charges'],
    ];
    const parsed: Record<string, number> = {};
    for (const [key, what] of numbers) {
      const n = parseNumber(String(form[key]));
      if (n === null) found[key] ??= `Saisissez un nombre (${what}), par exemple ${EXAMPLES[key] ?? '2'}.`;
      else parsed[key] = n;
    }
    for (const key of ['mainRooms', 'floor'] as const) if (parsed[key] !== undefined && !Number.isInteger(parsed[key])) found[key] = 'Saisissez un nombre entier.';
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length) {
      const order: (keyof Form)[] = ['addressLine', 'postalCode', 'communeCode', 'mainRooms', 'surface', 'floor', 'rent', 'charges', 'availableFrom', 'closingDate'];
      const first = order.find((k) => found[k]);
      return requestAnimationFrame(() => document.getElementById(`field-${first}`)?.focus());
    }
    const body: Body = {
      addressLine: form.addressLine.trim(),
      postalCode: form.postalCode.trim(),
      communeCode: form.communeCode.trim(),
      typology: form.typology,
      mainRooms: parsed.mainRooms!,
      surface: parsed.surface!,
      floor: parsed.floor!,
      elevator: form.elevator,
      accessible: form.accessible,
      energyClass: form.energyClass as Body['energyClass'],
      rent: parsed.rent!,
      charges: parsed.charges!,
      financing: form.financing as Body['financing'],
      availableFrom: form.availableFrom,
      closingDate: form.closingDate,
      description: form.description.trim(),
    };
    setBusy(true);
    const r = offer ? await call(api.PATCH('/api/v1/offers/{id}', { params: { path: { id: offer.id } }, body })) : await call(api.POST('/api/v1/offers', { body }));
    setBusy(false);
    if (!r.ok) {
      const fields = fieldErrors(r.problem);
      setErrors(fields);
      setProblem(r.problem);
      return requestAnimationFrame(() => document.querySelector<HTMLElement>('[role="alert"]')?.focus());
    }
    navigate(`${offerPath(r.data.id)}?${offer ? 'modifiee' : 'creee'}=1`);
  };

  return (
    <>
      <p class="breadcrumb">
        <a href={offer ? offerPath(offer.id) : `${BASE}/offres`}>{offer ? 'Retour à l’offre' : 'Vos offres'}</a>
      </p>
      <PageTitle>{offer ? 'Modifier l’offre' : 'Proposer un logement'}</PageTitle>
      {back ? (
        <Notice kind="warning" title="Action Logement vous a renvoyé cette offre :">
          <blockquote class="message">{back.reason ?? '(sans message)'}</blockquote>
          <p>Corrigez-la ici, puis soumettez-la à nouveau depuis la page de l’offre.</p>
        </Notice>
      ) : null}
      <p>L’offre reste un brouillon, que vous seul voyez, jusqu’à ce que vous la soumettiez à Action Logement.</p>
      {problem ? <ProblemList problem={problem} /> : null}
      <form onSubmit={submit} noValidate class="form form--desk">
        <fieldset>
          <legend>Adresse</legend>
          <InputField
            name="addressLine"
            label="Adresse (numéro et voie)"
            autoComplete="street-address"
            maxLength={1000}
            value={form.addressLine}
            onInput={set('addressLine')}
            error={errors.addressLine}
          />
          <div class="grid-2">
            <InputField
              name="postalCode"
              label="Code postal"
              inputMode="numeric"
              autoComplete="postal-code"
              maxLength={5}
              value={form.postalCode}
              onInput={set('postalCode')}
              error={errors.postalCode}
            />
            <CommuneField
              code={form.communeCode}
              label={form.communeLabel}
              error={errors.communeCode}
              onChange={(code, label, postalCode) => setForm((f) => ({ ...f, communeCode: code, communeLabel: label, postalCode: f.postalCode || postalCode || '' }))}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>Le logement</legend>
          <div class="grid-3">
            <SelectField name="typology" label="Typologie" options={TYPOLOGIES} value={form.typology} onChange={set('typology')} error={errors.typology} />
            <InputField name="mainRooms" label="Pièces principales" inputMode="numeric" maxLength={2} value={form.mainRooms} onInput={set('mainRooms')} error={errors.mainRooms} />
            <InputField name="surface" label="Surface habitable (m²)" inputMode="decimal" maxLength={8} value={form.surface} onInput={set('surface')} error={errors.surface} />
            <InputField
              name="floor"
              label="Étage"
              hint="0 pour le rez-de-chaussée"
              inputMode="numeric"
              maxLength={3}
              value={form.floor}
              onInput={set('floor')}
              error={errors.floor}
            />
            <SelectField name="energyClass" label="Classe énergie (DPE)" options={ENERGY} value={form.energyClass} onChange={set('energyClass')} error={errors.energyClass} />
          </div>
          <CheckboxField name="elevator" label="Ascenseur" checked={form.elevator} onChange={set('elevator')} error={errors.elevator} />
          <CheckboxField name="accessible" label="Accessible à une personne à mobilité réduite" checked={form.accessible} onChange={set('accessible')} error={errors.accessible} />
        </fieldset>
        <fieldset>
          <legend>Loyer et financement</legend>
          <div class="grid-3">
            <InputField name="rent" label="Loyer hors charges (€ par mois)" inputMode="decimal" maxLength={10} value={form.rent} onInput={set('rent')} error={errors.rent} />
            <InputField name="charges" label="Charges (€ par mois)" inputMode="decimal" maxLength={10} value={form.charges} onInput={set('charges')} error={errors.charges} />
            <SelectField name="financing" label="Financement" options={FINANCINGS} value={form.financing} onChange={set('financing')} error={errors.financing} />
          </div>
        </fieldset>
        <fieldset>
          <legend>Dates</legend>
          <div class="grid-2">
            <InputField name="availableFrom" type="date" label="Disponible à partir du" value={form.availableFrom} onInput={set('availableFrom')} error={errors.availableFrom} />
            <InputField
              name="closingDate"
              type="date"
              label="Fin des candidatures souhaitée"
              hint="Action Logement peut la changer en publiant l’offre."
              value={form.closingDate}
              onInput={set('closingDate')}
              error={errors.closingDate}
            />
          </div>
        </fieldset>
        <TextAreaField
          name="description"
          label="Description"
          required={false}
          maxLength={10_000}
          hint="Ce que les candidats liront : quartier, transports, équipements."
          value={form.description}
          onInput={set('description')}
          error={errors.description}
        />
        <div class="actions">
          <Button busy={busy}>{offer ? 'Enregistrer les modifications' : 'Créer le brouillon'}</Button>
        </div>
      </form>
    </>
  );
}

/** The API's refusal: its detail, and each field's message (they are also next to their field). */
function ProblemList({ problem }: { problem: Problem }) {
  return (
    <div class="notice notice--error" role="alert" tabIndex={-1}>
      <p class="notice-title">{problem.detail ?? 'L’offre n’a pas pu être enregistrée.'}</p>
      {problem.errors?.length ? (
        <ul>
          {problem.errors.map((e) => (
            <li key={e.field}>{e.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
