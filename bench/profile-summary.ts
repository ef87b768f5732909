/**
 * Summarises a V8 CPU profile (.cpuprofile, e.g. from `npm run bench -- --profile`): the functions
 * with the most self time and the most inclusive time.
 *   npx tsx bench/profile-summary.ts data/bench/profiles/CPU.….cpuprofile [top=30]
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary <file.cpuprofile> [top]');
const top = Number(topArg ?? 30);
const p = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfTime = new Map<number, number>();
p.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
const key = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(node_modules|src|bench)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const incl = new Map<string, number>();
let total = 0;
for (const [id, t] of selfTime) {
  total += t;
  self.set(key(byId.get(id)!), (self.get(key(byId.get(id)!)) ?? 0) + t);
  const seen = new Set<string>();
  for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
    const k = key(byId.get(x)!);
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + t);
  }
}
const show = (title: string, m: Map<string, number>) => {
  process.stdout.write(`\n${title} (of ${(total / 1000).toFixed(0)} ms sampled)\n`);
  for (const [k, t] of [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`${(t / 1000).toFixed(0).padStart(8)} ms ${((t / total) * 100).toFixed(1).padStart(5)} %  ${k}\n`);
};
show('self time', self);
show('inclusive time', incl);
