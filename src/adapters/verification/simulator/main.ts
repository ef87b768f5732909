import { startVerificationSimulator } from './verification-simulator';

/**
 * `npm run verification:simulator`: the document verification provider's stand-in, for
 * development and end-to-end tests. Settings (environment):
 *   VERIFICATION_SIMULATOR_PORT     default 8090 (0 for any free port)
 *   VERIFICATION_SIMULATOR_HOST     default 127.0.0.1
 *   VERIFICATION_WEBHOOK_URL        where verdicts are POSTed; unset: polling only
 *   VERIFICATION_WEBHOOK_SECRET     HMAC secret shared with the platform (default: the platform's development default)
 *   VERIFICATION_API_KEY            bearer key the platform sends (default: the platform's development default)
 *   VERIFICATION_DECISION_DELAY_MS  default 2000
 * The platform is pointed at it with VERIFICATION_URL=<printed URL>.
 */
const DEV_API_KEY = 'dev-verification-key';
const DEV_WEBHOOK_SECRET = 'dev-only-webhook-secret-change-me-0123456789';

const env = process.env;
const port = Number(env.VERIFICATION_SIMULATOR_PORT ?? 8090);
const decisionDelayMs = Number(env.VERIFICATION_DECISION_DELAY_MS ?? 2000);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('VERIFICATION_SIMULATOR_PORT must be a port number');
if (!Number.isFinite(decisionDelayMs) || decisionDelayMs < 0) throw new Error('VERIFICATION_DECISION_DELAY_MS must be a number of ms');
if (!env.VERIFICATION_WEBHOOK_SECRET || !env.VERIFICATION_API_KEY) {
  console.warn('[verification-simulator] using the development API key and/or webhook secret');
}

const simulator = await startVerificationSimulator({
  port,
  host: env.VERIFICATION_SIMULATOR_HOST ?? '127.0.0.1',
  ...(env.VERIFICATION_WEBHOOK_URL ? { webhookUrl: env.VERIFICATION_WEBHOOK_URL } : {}),
  webhookSecret: env.VERIFICATION_WEBHOOK_SECRET || DEV_WEBHOOK_SECRET,
  apiKey: env.VERIFICATION_API_KEY || DEV_API_KEY,
  decisionDelayMs,
  log: (message) => console.log(`[verification-simulator] ${message}`),
});

console.log(`[verification-simulator] listening on ${simulator.url}`);
console.log(
  env.VERIFICATION_WEBHOOK_URL
    ? `[verification-simulator] verdicts are sent to ${env.VERIFICATION_WEBHOOK_URL}`
    : '[verification-simulator] no VERIFICATION_WEBHOOK_URL: verdicts are only available by polling',
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`[verification-simulator] ${signal} received, stopping`);
    simulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
