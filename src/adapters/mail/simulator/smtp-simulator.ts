import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { parseMail, type ParsedMail } from './mime';

/** A message the simulator accepted. */
export interface ReceivedMail extends ParsedMail {
  /** envelope: MAIL FROM and RCPT TO */
  envelopeFrom: string;
  recipients: string[];
  raw: string;
  receivedAt: Date;
}

export interface SmtpSimulatorOptions {
  port?: number;
  host?: string;
  log?: (message: string) => void;
}

export interface SmtpSimulator {
  readonly port: number;
  /** smtp://host:port, for SMTP_URL */
  readonly url: string;
  readonly received: ReceivedMail[];
  /** refuses the next `count` messages with `code` (421, 450… temporary; 550… permanent) after reading them */
  rejectNext(count: number, code?: number, message?: string): void;
  /** waits this long before answering each message (a slow server) */
  setDelay(ms: number): void;
  /** how many messages were refused so far */
  readonly rejected: number;
  /** resolves once `count` messages were received (or rejects after `timeoutMs`) */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/**
 * An SMTP server standing in for the platform's mail relay, for development and tests
 * (`npm run mail:simulator`): accepts every message (no authentication, no TLS), keeps it in
 * memory decoded, and can be told to refuse messages (temporarily or for good) or to be slow.
 */
export async function startSmtpSimulator(options: SmtpSimulatorOptions = {}): Promise<SmtpSimulator> {
  const received: ReceivedMail[] = [];
  const log = options.log ?? (() => undefined);
  let toReject = 0;
  let rejectCode = 421;
  let rejectMessage = 'Service temporairement indisponible';
  let delayMs = 0;
  let rejected = 0;
  const waiters: { count: number; resolve: () => void }[] = [];

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const answer = () => {
          if (toReject > 0) {
            toReject--;
            rejected++;
            const error = Object.assign(new Error(rejectMessage), { responseCode: rejectCode });
            log(`refused a message with ${rejectCode}`);
            callback(error);
            return;
          }
          const raw = Buffer.concat(chunks).toString('utf8');
          const mail: ReceivedMail = {
            ...parseMail(raw),
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            recipients: session.envelope.rcptTo.map((r) => r.address),
            raw,
            receivedAt: new Date(),
          };
          received.push(mail);
          log(`accepted "${mail.subject}" for ${mail.recipients.join(', ')}`);
          for (const w of waiters.splice(0)) (received.length >= w.count ? w.resolve : () => waiters.push(w))();
          callback();
        };
        if (delayMs > 0) setTimeout(answer, delayMs);
        else answer();
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  server.on('error', (error) => log(`server error: ${error.message}`));
  const address = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  const host = options.host ?? '127.0.0.1';

  return {
    port: address.port,
    url: `smtp://${host}:${address.port}`,
    received,
    get rejected() {
      return rejected;
    },
    rejectNext(count, code = 421, message) {
      toReject = count;
      rejectCode = code;
      if (message) rejectMessage = message;
    },
    setDelay(ms) {
      delayMs = ms;
    },
    waitFor(count, timeoutMs = 10_000) {
      if (received.length >= count) return Promise.resolve(received);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`SMTP simulator: ${received.length} of ${count} messages after ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve(received)) });
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
