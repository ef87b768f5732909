import { useEffect, useState } from 'preact/hooks';
import type { Outcome, Problem } from '../../shared/api/client';

/** One API read of a page: loading, then the data or the problem; `reload()` reads again (after an action). */
export function useLoad<T>(read: () => Promise<Outcome<T>>, deps: unknown[]): { data: T | null; problem: Problem | null; loading: boolean; reload: () => void } {
  const [state, setState] = useState<{ data: T | null; problem: Problem | null; loading: boolean }>({ data: null, problem: null, loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    void read().then((r) => {
      if (live) setState(r.ok ? { data: r.data, problem: null, loading: false } : { data: null, problem: r.problem, loading: false });
    });
    return () => {
      live = false;
    };
  }, [...deps, round]);
  return { ...state, reload: () => setRound((n) => n + 1) };
}
