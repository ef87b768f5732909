import { startSmtpSimulator } from './smtp-simulator';

/**
 * `npm run mail:simulator`: an SMTP server standing in for the mail relay, printing what the
 * platform sends. Settings (environment):
 *   MAIL_SIMULATOR_PORT         default 2525 (0 for any free port)
 *   MAIL_SIMULATOR_HOST         default 127.0.0.1
 *   MAIL_SIMULATOR_REJECT_FIRST refuse the first N messages (default 0)
 *   MAIL_SIMULATOR_REJECT_CODE  with this SMTP code (default 421: temporary; 5xx: permanent)
 *   MAIL_SIMULATOR_DELAY_MS     wait before answering each message (default 0)
 * The platform is pointed at it with SMTP_URL=<printed URL>.
 */
const env = process.env;
const port = Number(env.MAIL_SIMULATOR_PORT ?? 2525);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('MAIL_SIMULATOR_PORT must be a port number');

const simulator = await startSmtpSimulator({
  port,
  host: env.MAIL_SIMULATOR_HOST ?? '127.0.0.1',
  log: (message) => console.log(`[mail-simulator] ${message}`),
});
const rejectFirst = Number(env.MAIL_SIMULATOR_REJECT_FIRST ?? 0);
if (rejectFirst > 0) simulator.rejectNext(rejectFirst, Number(env.MAIL_SIMULATOR_REJECT_CODE ?? 421));
simulator.setDelay(Number(env.MAIL_SIMULATOR_DELAY_MS ?? 0));
console.log(`[mail-simulator] listening on ${simulator.url}`);

let shown = 0;
setInterval(() => {
  for (const mail of simulator.received.slice(shown)) {
    console.log(`\n[mail-simulator] To: ${mail.recipients.join(', ')}\nSubject: ${mail.subject}\n\n${mail.text}`);
  }
  shown = simulator.received.length;
}, 500).unref();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`[mail-simulator] ${signal} received, stopping`);
    simulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
// keep running
setInterval(() => undefined, 1 << 30);
