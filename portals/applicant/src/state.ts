import { useEffect, useState } from 'preact/hooks';
import { api, call, type Problem } from '../../shared/api/client';
import type { paths } from '../../shared/api/schema';
import { session } from '../../shared/api/session';

/** What the applicant portal keeps of the signed-in applicant (in memory): the account and their demand. */

export type Me = paths['/api/v1/me']['get']['responses'][200]['content']['application/json'];
export type DemandSummary = paths['/api/v1/demands']['get']['responses'][200]['content']['application/json']['items'][number];

let me: Me | null = null;
let demand: { summary: DemandSummary | null } | null = null;

session.subscribe((signedIn) => {
  if (!signedIn) {
    me = null;
    demand = null;
  }
});

export function setMe(account: Me): void {
  me = account;
}

export const currentMe = (): Me | null => me;

/** The applicant's demand that counts: the active one, else the most recent (the API lists their own). */
export async function loadMyDemand(force = false): Promise<{ summary: DemandSummary | null } | { problem: Problem }> {
  if (demand && !force) return demand;
  const r = await call(api.GET('/api/v1/demands', { params: { query: { pageSize: 20, sort: 'created_desc' } } }));
  if (!r.ok) return { problem: r.problem };
  const items = r.data.items;
  demand = { summary: items.find((d) => d.status === 'active') ?? items[0] ?? null };
  return demand;
}

/** The demand, loaded once per session (and again when `force` changes). */
export function useMyDemand(): { loading: boolean; summary: DemandSummary | null; problem: Problem | null } {
  const [state, setState] = useState<{ loading: boolean; summary: DemandSummary | null; problem: Problem | null }>({ loading: true, summary: null, problem: null });
  useEffect(() => {
    let live = true;
    void loadMyDemand().then((r) => {
      if (!live) return;
      setState('problem' in r ? { loading: false, summary: null, problem: r.problem } : { loading: false, summary: r.summary, problem: null });
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** Forgets the cached demand (after an application or a withdrawal the counts change). */
export function forgetDemand(): void {
  demand = null;
}
