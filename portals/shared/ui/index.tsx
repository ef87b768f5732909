import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Problem } from '../api/client';

/**
 * The portals' UI kit: accessible building blocks (labels tied to fields, errors next to their field
 * and announced, focus moved to the page title on navigation, touch targets of 44 px at least).
 */

/** The page's title (h1), focused when the page opens so that a screen reader announces it. */
export function PageTitle({ children }: { children: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} class="page-title">
      {children}
    </h1>
  );
}

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · AL'in`;
  }, [title]);
}

interface FieldProps {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password';
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  autoComplete?: string;
  required?: boolean;
}

/** The ids a field's hint and error are given, for its aria-describedby. */
export const describedBy = (id: string, hint?: string, error?: string): string | undefined =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** What every field of the kit has around its control: the label (« facultatif » when it is), the hint and the error, tied by their ids. */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  required,
  children,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required: boolean;
  children: ComponentChildren;
}) {
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={id}>
        {label}
        {required ? null : <span class="optional"> (facultatif)</span>}
      </label>
      {hint ? (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input; its error (in French, from the API or the form) is said next to it and tied with aria-describedby. */
export function Field({ name, label, type = 'text', value, onInput, error, hint, autoComplete, required = true }: FieldProps) {
  const id = `field-${name}`;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <input
        id={id}
        name={name}
        type={type as 'text'}
        value={value}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </FieldFrame>
  );
}

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> & { variant?: 'primary' | 'secondary' | 'danger'; busy?: boolean; type?: 'button' | 'submit' };

export function Button({ variant = 'primary', busy = false, children, type = 'submit', ...rest }: ButtonProps) {
  return (
    <button {...rest} type={type} class={`button button--${variant}`} aria-busy={busy ? 'true' : undefined} disabled={busy || Boolean(rest.disabled)}>
      {children}
    </button>
  );
}

/** A message about the whole page or form: errors are announced at once (role=alert), news politely (role=status). */
export function Notice({ kind, title, children }: { kind: 'error' | 'success' | 'info' | 'warning'; title?: string; children?: ComponentChildren }) {
  return (
    <div class={`notice notice--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {title ? <p class="notice-title">{title}</p> : null}
      {children}
    </div>
  );
}

/** The problem of an API call, in French (its detail, or a plain sentence when it has none). */
export function ProblemNotice({ problem }: { problem: Problem | null }) {
  if (!problem) return null;
  const text = problem.detail ?? (problem.status === 404 ? 'Cette page n’existe pas ou ne vous est pas accessible.' : 'Une erreur est survenue. Réessayez dans un instant.');
  return <Notice kind="error">{text}</Notice>;
}

export function Loading({ label = 'Chargement…' }: { label?: string }) {
  return (
    <p class="loading" role="status">
      {label}
    </p>
  );
}

/** A definition list of facts: label, value. */
export function Facts({ items }: { items: [string, ComponentChildren][] }) {
  return (
    <dl class="facts">
      {items.map(([label, value]) => (
        <div class="fact" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
