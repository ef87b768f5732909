import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { errorWithoutQueryParameters } from './logger';

class FakeQueryError extends Error {
  constructor(
    readonly query: string,
    readonly params: unknown[],
    cause?: unknown,
  ) {
    super(`Failed query: ${query}\nparams: ${params.join(',')}`, cause ? { cause } : undefined);
  }
}

describe('error logs', () => {
  it('keep the failed SQL but never its parameters', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = pino({ serializers: { err: errorWithoutQueryParameters } }, sink);
    log.error({ err: new FakeQueryError('update identity.invitations set used_at = $1 where token_hash = $2', ['2026-11-27', 'secret-invitation-token']) }, 'unhandled error');
    const out = lines.join('');
    expect(out).toContain('update identity.invitations');
    expect(out).not.toContain('secret-invitation-token');
    expect(out).toContain('[redacted]');
  });
});

describe('database errors in the logs (issue 19 §12)', () => {
  const logged = (err: unknown): string => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    pino({ serializers: { err: errorWithoutQueryParameters } }, sink).error({ err }, 'unhandled error');
    return lines.join('');
  };
  /** the shapes of pg / PGlite errors: a SQLSTATE code, a detail, a message quoting the refused value */
  const driverError = (message: string, fields: Record<string, unknown>) => Object.assign(new Error(message), fields);

  it("drop a constraint error's detail (the failing row) and keep its code and names", () => {
    const cause = driverError('null value in column "name" of relation "landlords" violates not-null constraint', {
      code: '23502',
      detail: 'Failing row contains (7c0e…, 552100554, null, ESH, secret-row-value).',
      table: 'landlords',
      column: 'name',
    });
    const out = logged(new FakeQueryError('insert into landlord.landlords values ($1, $2)', ['secret-row-value', '552100554'], cause));
    expect(out).not.toContain('secret-row-value');
    expect(out).not.toContain('Failing row');
    expect(out).toContain('violates not-null constraint');
    expect(logged(cause)).toContain('"column":"name"');
    expect(logged(cause)).not.toContain('secret-row-value');
  });

  it('mask the value a data exception quotes, in the message and the stack of the cause', () => {
    const cause = driverError('value "3000000000" is out of range for type integer', { code: '22003' });
    const out = logged(new FakeQueryError('update landlord.agreements set units_owed = $1', [3_000_000_000], cause));
    expect(out).not.toContain('3000000000');
    expect(out).toContain('is out of range for type integer');
    const syntax = driverError('invalid input syntax for type integer: "jeton-secret"', { code: '22P02' });
    expect(logged(syntax)).not.toContain('jeton-secret');
  });
});
