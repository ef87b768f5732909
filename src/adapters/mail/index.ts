// The mail adapter: SMTP sender (nodemailer), French templates, and the outboxes' dispatcher.
export { MailDispatcher, type RecipientDirectory } from './mail-dispatcher';
export { SmtpMailSender } from './smtp-mail.sender';
export { renderMail } from './templates';
export { MAIL } from './mail.tokens';
