import { useEffect, useState } from 'preact/hooks';
import type { Location } from '../router';

/** The checks and helpers shared by the account pages of both portals (sign in, password, mailed links). */

const EMAIL_MAX = 254;
export const PASSWORD_HINT = 'Au moins 12 caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.';

export type Errors = Record<string, string>;

export function checkEmail(email: string): string | undefined {
  const value = email.trim();
  if (!value) return 'Saisissez votre adresse e-mail.';
  if (value.length > EMAIL_MAX) return 'Cette adresse est trop longue.';
  const at = value.indexOf('@');
  if (at < 1 || at === value.length - 1 || value.includes(' ') || !value.slice(at + 1).includes('.')) return 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.';
  return undefined;
}

export const checkNewPassword = (password: string): string | undefined =>
  !password
    ? 'Choisissez un mot de passe.'
    : password.length < 12
      ? 'Le mot de passe doit compter au moins 12 caractères.'
      : password.length > 200
        ? 'Le mot de passe est trop long.'
        : undefined;

export const compact = (errors: Record<string, string | undefined>): Errors => Object.fromEntries(Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1])));

/** Moves the focus to the first field in error (after a refused submission). */
export function focusFirstError(errors: Errors, order: string[]): void {
  const first = order.find((name) => errors[name]);
  if (first) requestAnimationFrame(() => document.getElementById(`field-${first}`)?.focus());
}

/** Reads the one-time token of a mailed link, then takes it out of the address bar (and of the history). */
export function useLinkToken(location: Location): string | null {
  const [token] = useState(() => location.query.get('token'));
  useEffect(() => {
    if (location.query.has('token')) history.replaceState(null, '', location.path);
  }, []);
  return token && token.length >= 10 && token.length <= 200 ? token : null;
}
