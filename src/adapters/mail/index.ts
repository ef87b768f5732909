// The mail adapter: SMTP sender (nodemailer), French templates, and the outboxes' dispatcher.
export { MailDispatcher, type DispatchResult, type MailDispatcherSettings, type RecipientDirectory } from './mail-dispatcher';
export { MailDeliveryError, type MailSender, type OutgoingMail } from './mail-sender';
export { SmtpMailSender, type SmtpSettings } from './smtp-mail.sender';
export { renderMail, hasTemplate, type RenderedMail } from './templates';
export { MAIL } from './mail.tokens';
