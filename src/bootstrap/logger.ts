import { pino, type DestinationStream, type Logger } from 'pino';
import { errorWithoutQueryParameters } from '../adapters/db/error-log';
import type { AppConfig } from './config';

// the error serialiser lives with the database adapter (the HTTP adapter's request logger uses it too)
export { errorWithoutQueryParameters };

/** Structured JSON logs; secrets and personal fields are redacted wherever they appear. */
export function createLogger(config: Pick<AppConfig, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'alin' },
      serializers: { err: errorWithoutQueryParameters, error: errorWithoutQueryParameters },
      redact: {
        paths: [
          'password',
          '*.password',
          'refreshToken',
          '*.refreshToken',
          'clientSecret',
          '*.clientSecret',
          'accessToken',
          '*.accessToken',
          'req.headers.authorization',
          'req.headers.cookie',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
