/** An e-mail ready to go. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** a stable id for the message (source and outbox id), sent as a header: a resend can be recognised */
  reference: string;
}

export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
  close(): Promise<void> | void;
}

/**
 * A refused or failed delivery. `permanent`: the server refused the message for good (5xx: unknown
 * mailbox, rejected content…), trying again will not help; otherwise (4xx, connection lost,
 * timeout) it is tried again later.
 */
export class MailDeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly responseCode?: number,
  ) {
    super(message);
    this.name = 'MailDeliveryError';
  }
}
