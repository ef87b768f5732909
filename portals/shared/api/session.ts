/**
 * The signed-in session of a portal, in memory only: nothing is written to localStorage,
 * sessionStorage or a cookie readable by scripts. The access token (15 minutes) and, for now, the
 * refresh token live in this module; a reload signs the person out (docs/decisions/0007: the refresh
 * token moves to an HttpOnly cookie scoped to the refresh path, with CSRF protection, next).
 */
export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

type Listener = (signedIn: boolean) => void;

let tokens: Tokens | null = null;
const listeners = new Set<Listener>();

export const session = {
  get accessToken(): string | null {
    return tokens?.accessToken ?? null;
  },
  get refreshToken(): string | null {
    return tokens?.refreshToken ?? null;
  },
  get signedIn(): boolean {
    return tokens !== null;
  },
  set(next: Tokens): void {
    const was = tokens !== null;
    tokens = { accessToken: next.accessToken, refreshToken: next.refreshToken };
    if (!was) listeners.forEach((l) => l(true));
  },
  clear(): void {
    const was = tokens !== null;
    tokens = null;
    if (was) listeners.forEach((l) => l(false));
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
