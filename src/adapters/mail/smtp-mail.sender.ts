import nodemailer, { type Transporter } from 'nodemailer';
import { MailDeliveryError, type MailSender, type OutgoingMail } from './mail-sender';

export interface SmtpSettings {
  /** smtp://user:pass@host:port (smtps:// for implicit TLS; STARTTLS is used when the server offers it) */
  url: string;
  /** the From header, e.g. `AL'in <no-reply@alin.example>` */
  from: string;
  /** deadline of the connection, the greeting and any silence of the server, in ms */
  timeoutMs: number;
}

/** Sends e-mails over SMTP with nodemailer (one connection per message: a batch is small and infrequent). */
export class SmtpMailSender implements MailSender {
  private readonly transport: Transporter;

  constructor(private readonly settings: SmtpSettings) {
    this.transport = nodemailer.createTransport(settings.url, {
      connectionTimeout: settings.timeoutMs,
      greetingTimeout: settings.timeoutMs,
      socketTimeout: settings.timeoutMs,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    try {
      await this.transport.sendMail({
        from: this.settings.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: { 'X-Alin-Message': mail.reference },
      });
    } catch (error) {
      const e = error as { responseCode?: number; code?: string; message?: string; response?: string };
      const code = typeof e.responseCode === 'number' ? e.responseCode : undefined;
      const detail = (e.response ?? e.message ?? String(error)).slice(0, 500);
      // 5xx: refused for good; 4xx, network errors and timeouts: try again later
      throw new MailDeliveryError(`${code ? `SMTP ${code}` : (e.code ?? 'SMTP error')}: ${detail}`, code !== undefined && code >= 500, code);
    }
  }

  close(): void {
    this.transport.close();
  }
}
