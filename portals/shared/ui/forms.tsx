import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Button, describedBy, FieldFrame as Wrapper } from './index';

/**
 * More form pieces of the portals' kit (added for the landlord portal; the applicant portal may use
 * them too): a text, number or date input with its input mode, a select, a text area, a checkbox,
 * and the confirmation step before an action that is hard to undo. Same rules as `Field`: the label
 * tied to the field, the hint and the error next to it and tied with aria-describedby, the id
 * `field-<name>` (so that `focusFirstError` style helpers find it).
 */

interface BaseProps {
  name: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
}

/** A text input with a type and an input mode (numeric or decimal keyboards on phones, a date picker). */
export function InputField({
  name,
  label,
  error,
  hint,
  required = true,
  value,
  onInput,
  type = 'text',
  inputMode,
  maxLength,
  autoComplete = 'off',
}: BaseProps & {
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'date' | 'search';
  inputMode?: 'numeric' | 'decimal' | 'text';
  maxLength?: number;
  autoComplete?: string;
}) {
  const id = `field-${name}`;
  return (
    <Wrapper id={id} label={label} hint={hint} error={error} required={required}>
      <input
        id={id}
        name={name}
        type={type as 'text'}
        value={value}
        inputMode={inputMode}
        maxLength={maxLength}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </Wrapper>
  );
}

export function SelectField({
  name,
  label,
  error,
  hint,
  required = true,
  value,
  onChange,
  options,
}: BaseProps & { value: string; onChange: (value: string) => void; options: readonly (readonly [value: string, label: string])[] }) {
  const id = `field-${name}`;
  return (
    <Wrapper id={id} label={label} hint={hint} error={error} required={required}>
      <select
        id={id}
        name={name}
        value={value}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}

export function TextAreaField({
  name,
  label,
  error,
  hint,
  required = true,
  value,
  onInput,
  maxLength,
  rows = 4,
}: BaseProps & { value: string; onInput: (value: string) => void; maxLength?: number; rows?: number }) {
  const id = `field-${name}`;
  return (
    <Wrapper id={id} label={label} hint={hint} error={error} required={required}>
      <textarea
        id={id}
        name={name}
        value={value}
        rows={rows}
        maxLength={maxLength}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
    </Wrapper>
  );
}

/** A checkbox with its label after the box (a target of 44 px); its hint and error tied as above. */
export function CheckboxField({ name, label, hint, error, checked, onChange }: Omit<BaseProps, 'required'> & { checked: boolean; onChange: (checked: boolean) => void }) {
  const id = `field-${name}`;
  return (
    <div class={`field field--checkbox${error ? ' field--error' : ''}`}>
      <div class="checkbox">
        <input
          id={id}
          name={name}
          type="checkbox"
          checked={checked}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        />
        <label for={id}>{label}</label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The confirmation step before an action that is hard to undo: a titled region that says what will
 * happen (focused when it appears, so that a screen reader reads it), then « confirm » and « back ».
 * The children may hold fields the action needs (a reason…).
 */
export function ConfirmStep({
  id,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Non, revenir',
  onConfirm,
  onCancel,
  busy = false,
  danger = false,
}: {
  id: string;
  title: string;
  children?: ComponentChildren;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  danger?: boolean;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section ref={ref} class="confirm" tabIndex={-1} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="confirm-title">
        {title}
      </h3>
      {children}
      <div class="actions">
        <Button type="button" variant={danger ? 'danger' : 'primary'} busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel} disabled={busy}>
          {cancelLabel}
        </Button>
      </div>
    </section>
  );
}
