import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The real `npm start` entry point in a child process, on an embedded database on disk:
 * it migrates and seeds an empty database, survives SIGKILL without losing what was committed,
 * and stops gracefully on SIGTERM.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'alin-lifecycle-'));
const port = 20000 + Math.floor(Math.random() * 20000);
const base = `http://127.0.0.1:${port}`;
let child: ChildProcess | undefined;

function start(): { proc: ChildProcess; output: () => string } {
  let out = '';
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/bootstrap/main.ts'], {
    env: { ...process.env, DATABASE_URL: '', NODE_ENV: 'development', PORT: String(port), DATA_DIR: dataDir, BCRYPT_COST: '4', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  child = proc;
  return { proc, output: () => out };
}

async function waitReady(output: () => string): Promise<void> {
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${base}/ready`);
      if (res.status === 200) return;
    } catch {
      /* not yet listening */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not ready:\n${output()}`);
}

const exited = (proc: ChildProcess) => new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('server lifecycle on the embedded database', () => {
  it('starts on an empty database, keeps committed data across SIGKILL, and stops on SIGTERM', async () => {
    const first = start();
    await waitReady(first.output);
    expect(first.output()).toContain('agent@alin.demo');
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'agent@alin.demo', password: 'demo-password-2026' }),
    });
    expect(login.status).toBe(200);
    const register = await fetch(`${base}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'survivor@example.fr', password: 'survive-the-kill-1', displayName: 'Survivor' }),
    });
    expect(register.status).toBe(202); // "check your mailbox": the account waits for its e-mail confirmation (issue 19 §5)

    const killed = exited(first.proc);
    first.proc.kill('SIGKILL');
    await killed;

    const second = start();
    await waitReady(second.output);
    // the committed registration survived: its password is known, the address still to be confirmed (an unknown account would be INVALID_CREDENTIALS)
    const again = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'survivor@example.fr', password: 'survive-the-kill-1' }),
    });
    expect(again.status).toBe(401);
    expect(((await again.json()) as { code: string }).code).toBe('IDENTITY.EMAIL_NOT_CONFIRMED');

    const stopped = exited(second.proc);
    second.proc.kill('SIGTERM');
    expect(await stopped).toBe(0);
    expect(second.output()).toContain('"msg":"stopped"');
  }, 120_000);
});
