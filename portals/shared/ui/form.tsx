import { useEffect, useRef, useState } from 'preact/hooks';
import { api, call } from '../api/client';
import type { paths } from '../api/schema';
import { describedBy, FieldFrame as Frame } from './index';

/**
 * Form pieces beyond `Field` (ui/index.tsx): a select and checkboxes fed by the API's coded lists
 * (GET /reference/lists: labels, never codes), number and date inputs, and the commune combobox
 * (GET /communes?q=, the ARIA 1.2 combobox pattern). Every control has its label, its hint and its
 * error tied with aria-describedby.
 */

type RawLists = paths['/api/v1/reference/lists']['get']['responses'][200]['content']['application/json']['lists'];
/** Every coded list by name (the API gives them all). */
export type CodedLists = { [K in keyof RawLists]-?: NonNullable<RawLists[K]> };
export type CodedItem = { code: string; label: string };

let lists: Promise<CodedLists | null> | null = null;

/** The coded lists with their French labels, loaded once per page load. */
export function useCodedLists(): CodedLists | null {
  const [value, setValue] = useState<CodedLists | null>(null);
  useEffect(() => {
    lists ??= call(api.GET('/api/v1/reference/lists')).then((r) => (r.ok ? (r.data.lists as CodedLists) : ((lists = null), null)));
    let live = true;
    void lists.then((l) => live && setValue(l));
    return () => {
      live = false;
    };
  }, []);
  return value;
}

interface BaseProps {
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
}

const fieldId = (name: string) => `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** A select over a coded list: the person reads labels; the API gets codes. */
export function SelectField({
  name,
  label,
  hint,
  error,
  required = true,
  items,
  value,
  onChange,
}: BaseProps & { items: readonly CodedItem[]; value: string; onChange: (code: string) => void }) {
  const id = fieldId(name);
  return (
    <Frame id={id} label={label} hint={hint} error={error} required={required}>
      <select
        id={id}
        name={name}
        value={value}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">— Choisir —</option>
        {items.map((i) => (
          <option key={i.code} value={i.code}>
            {i.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** A text, number or date input (numbers in French: « 1 250,50 » is read as 1250.5). */
export function InputField({
  name,
  label,
  hint,
  error,
  required = true,
  type = 'text',
  value,
  onInput,
  autoComplete,
  inputMode,
}: BaseProps & {
  type?: 'text' | 'date' | 'email' | 'tel' | 'password';
  value: string;
  onInput: (v: string) => void;
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
}) {
  const id = fieldId(name);
  return (
    <Frame id={id} label={label} hint={hint} error={error} required={required}>
      <input
        id={id}
        name={name}
        type={type as 'text'}
        value={value}
        required={required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </Frame>
  );
}

/** A French amount or count typed by a person, as a number (undefined when empty, NaN when unreadable). */
export function parseFrenchNumber(text: string): number | undefined {
  const compact = text.replaceAll(' ', '').replaceAll('\u00a0', '').replaceAll('\u202f', '').replace(',', '.').replace('€', '');
  if (!compact) return undefined;
  const n = Number(compact);
  return Number.isFinite(n) ? n : Number.NaN;
}

/** A group of checkboxes over a coded list (a fieldset with its legend). */
export function CheckboxGroup({
  name,
  label,
  hint,
  error,
  items,
  values,
  onChange,
}: BaseProps & { items: readonly CodedItem[]; values: readonly string[]; onChange: (codes: string[]) => void }) {
  const id = fieldId(name);
  return (
    <fieldset class={`field fieldset${error ? ' field--error' : ''}`} aria-describedby={describedBy(id, hint, error)}>
      <legend>{label}</legend>
      {hint ? (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      ) : null}
      {items.map((i) => (
        <label key={i.code} class="check">
          <input
            type="checkbox"
            name={name}
            value={i.code}
            checked={values.includes(i.code)}
            onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked ? [...values, i.code] : values.filter((v) => v !== i.code))}
          />
          {i.label}
        </label>
      ))}
      {error ? (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** One checkbox with its label. */
export function CheckboxField({ name, label, checked, onChange }: { name: string; label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label class="check">
      <input type="checkbox" name={name} checked={checked} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      {label}
    </label>
  );
}

export type Commune = paths['/api/v1/communes']['get']['responses'][200]['content']['application/json']['items'][number];

/** The name of a commune from its INSEE code (the lookup also answers by code), null when unknown. */
export async function communeByCode(code: string): Promise<Commune | null> {
  const r = await call(api.GET('/api/v1/communes', { params: { query: { q: code, limit: 20 } } }));
  return r.ok ? (r.data.items.find((c) => c.code === code) ?? null) : null;
}

/**
 * The commune combobox (ARIA 1.2 « combobox » with a listbox popup): the person types a name or a
 * postcode, the API proposes communes (after 2 characters, 250 ms after the last key), arrows move in
 * the list, Enter chooses, Escape closes. `onSelect` gets the commune chosen.
 */
export function CommuneCombobox({ name, label, hint, error, required = true, initial = '', onSelect }: BaseProps & { initial?: string; onSelect: (c: Commune) => void }) {
  const id = fieldId(name);
  const listId = `${id}-list`;
  const [text, setText] = useState(initial);
  const [items, setItems] = useState<Commune[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const seq = useRef(0);
  useEffect(() => setText(initial), [initial]);

  const search = (q: string) => {
    if (timer.current) clearTimeout(timer.current);
    if (q.trim().length < 2) {
      setItems([]);
      setOpen(false);
      return;
    }
    timer.current = setTimeout(() => {
      const mine = ++seq.current;
      void call(api.GET('/api/v1/communes', { params: { query: { q: q.trim().slice(0, 60), limit: 8 } } })).then((r) => {
        if (mine !== seq.current) return;
        const found = r.ok ? r.data.items : [];
        setItems(found);
        setActive(-1);
        setOpen(true);
        setStatus(
          r.ok
            ? found.length
              ? `${found.length} commune${found.length > 1 ? 's' : ''} proposée${found.length > 1 ? 's' : ''}, flèches haut et bas pour choisir.`
              : 'Aucune commune trouvée.'
            : 'La recherche de communes ne répond pas.',
        );
      });
    }, 250);
  };
  const choose = (c: Commune) => {
    setText(c.label);
    setOpen(false);
    setItems([]);
    setStatus(`${c.label} choisie.`);
    onSelect(c);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && items.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % items.length);
    } else if (e.key === 'ArrowUp' && items.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? items.length - 1 : a - 1));
    } else if (e.key === 'Enter' && open && active >= 0 && items[active]) {
      e.preventDefault();
      choose(items[active]!);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  const expanded = open && items.length > 0;
  return (
    <Frame id={id} label={label} hint={hint ?? 'Tapez le nom de la commune ou son code postal, puis choisissez-la dans la liste.'} error={error} required={required}>
      <div class="combobox">
        <input
          id={id}
          name={name}
          type="text"
          role="combobox"
          autoComplete="off"
          value={text}
          aria-autocomplete="list"
          aria-expanded={expanded ? 'true' : 'false'}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, hint ?? 'x', error)}
          onInput={(e) => {
            const v = (e.currentTarget as HTMLInputElement).value;
            setText(v);
            search(v);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 200)}
        />
        <ul id={listId} role="listbox" aria-label={`Communes proposées pour ${label}`} class="combobox-list" hidden={!expanded}>
          {items.map((c, i) => (
            <li
              key={c.code}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active ? 'true' : 'false'}
              class={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(c);
              }}
            >
              {c.label}
            </li>
          ))}
        </ul>
        <p class="visually-hidden" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </Frame>
  );
}
