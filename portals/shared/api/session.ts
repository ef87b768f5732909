/**
 * The signed-in session of a portal, in memory only: nothing is written to localStorage,
 * sessionStorage or a cookie readable by scripts. The access token (15 minutes) lives in this module;
 * the refresh token is in the HttpOnly cookie the API sets for the portals (docs/decisions/0009), out
 * of reach of scripts, so a reload signs the person in again (`restoreSession()` in client.ts).
 * A client that received the refresh token in the body (no portal header) keeps it here instead.
 */
export interface Tokens {
  accessToken: string;
  /** only when the API gave it in the body (not for the portals, which get the HttpOnly cookie) */
  refreshToken?: string | undefined;
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
    tokens = { accessToken: next.accessToken, ...(next.refreshToken ? { refreshToken: next.refreshToken } : {}) };
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
