import { pino, stdSerializers, type Logger } from 'pino';
import type { AppConfig } from './config';

/**
 * A failed query's parameters are people's data and secrets (tokens, hashes): the error keeps
 * the SQL text and the database's own error, never the values. Drizzle puts them both in
 * `params` and in the message ("Failed query: … params: …").
 */
export function errorWithoutQueryParameters(err: unknown): unknown {
  const serialized = stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  if (!serialized || typeof serialized !== 'object') return serialized;
  const copy: Record<string, unknown> = { ...serialized };
  if ('params' in copy) copy.params = '[redacted]';
  if (typeof copy.message === 'string') copy.message = copy.message.replace(/\nparams: [\s\S]*$/, '\nparams: [redacted]');
  if (typeof copy.stack === 'string') copy.stack = copy.stack.replace(/\nparams: [\s\S]*?(?=\n\s+at |$)/, '\nparams: [redacted]');
  return copy;
}

/** Structured JSON logs; secrets and personal fields are redacted wherever they appear. */
export function createLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'alin' },
    serializers: { err: errorWithoutQueryParameters, error: errorWithoutQueryParameters },
    redact: {
      paths: ['password', '*.password', 'refreshToken', '*.refreshToken', 'clientSecret', '*.clientSecret', 'accessToken', '*.accessToken', 'req.headers.authorization', 'req.headers.cookie'],
      censor: '[redacted]',
    },
  });
}
