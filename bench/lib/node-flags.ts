import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_DIR } from './target';

/**
 * The V8 memory flags `npm start` runs the platform with (`--max-old-space-size`,
 * `--max-semi-space-size`), read from package.json so that the bench and the soak measure the
 * process as it is deployed. `heapMb` (when given) replaces the old-space cap; 0 removes it.
 */
export function platformNodeFlags(heapMb?: number): string[] {
  const pkg = JSON.parse(readFileSync(path.join(REPO_DIR, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const flags = pkg.scripts.start.match(/--max-[a-z-]+=\d+/g) ?? [];
  if (heapMb === undefined || Number.isNaN(heapMb)) return flags;
  const others = flags.filter((f) => !f.startsWith('--max-old-space-size='));
  return heapMb > 0 ? [`--max-old-space-size=${heapMb}`, ...others] : others;
}
