import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { errorWithoutQueryParameters } from './logger';

class FakeQueryError extends Error {
  constructor(readonly query: string, readonly params: unknown[]) {
    super(`Failed query: ${query}\nparams: ${params.join(',')}`);
  }
}

describe('error logs', () => {
  it('keep the failed SQL but never its parameters', () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const log = pino({ serializers: { err: errorWithoutQueryParameters } }, sink);
    log.error({ err: new FakeQueryError('update identity.invitations set used_at = $1 where token_hash = $2', ['2026-11-27', 'secret-invitation-token']) }, 'unhandled error');
    const out = lines.join('');
    expect(out).toContain('update identity.invitations');
    expect(out).not.toContain('secret-invitation-token');
    expect(out).toContain('[redacted]');
  });
});
