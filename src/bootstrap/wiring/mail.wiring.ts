import { OUTBOX_SOURCE } from '../../shared/outbox';
import { IDENTITY } from '../../modules/identity/index';
import { MAIL, MailDispatcher, SmtpMailSender, type RecipientDirectory } from '../../adapters/mail/index';
import type { ModuleWiring } from './wiring';

/**
 * Mail: the modules' outboxes (each module's wiring binds its own `OUTBOX_SOURCE`) delivered over
 * SMTP by the dispatcher, which src/bootstrap/scheduler.ts runs. Without SMTP_URL, mail is off:
 * the dispatcher does nothing and messages wait in their outboxes. Accounts' addresses come from
 * the identity module. Wired after every module.
 */
export const mailWiring: ModuleWiring = (container, { config, logger, clock, onShutdown }) => {
  const log = logger.child({ component: 'mail' });
  const settings = config.mail;
  const sender = settings.smtpUrl ? new SmtpMailSender({ url: settings.smtpUrl, from: settings.from, timeoutMs: settings.timeoutMs }) : null;
  if (sender) {
    onShutdown(() => sender.close());
    log.info({ smtp: settings.smtpUrl?.replace(/\/\/[^@/]*@/, '//***@'), from: settings.from }, 'mail on: outboxes are sent over SMTP');
  } else {
    log.info('mail off (SMTP_URL unset): nothing is sent, messages stay in the outboxes');
  }
  const recipients: RecipientDirectory = { recipientOf: (accountId) => container.get(IDENTITY.Service).contactOf(accountId) };
  container
    .bind(MAIL.Dispatcher)
    .toDynamicValue(
      () =>
        new MailDispatcher(container.isBound(OUTBOX_SOURCE) ? container.getAll(OUTBOX_SOURCE) : [], sender, recipients, clock, log, {
          publicUrl: config.publicUrl,
          batchSize: settings.batchSize,
          maxAttempts: settings.maxAttempts,
          retryBaseMs: settings.retryBaseSeconds * 1000,
          sendTimeoutMs: settings.timeoutMs,
        }),
    )
    .inSingletonScope();
};
