import type { ServiceIdentifier } from 'inversify';
import type { MailDispatcher } from './mail-dispatcher';

export const MAIL = {
  /** delivers the modules' outboxes (scheduled in src/bootstrap/scheduler.ts); does nothing when mail is off */
  Dispatcher: Symbol.for('mail.Dispatcher') as ServiceIdentifier<MailDispatcher>,
};
