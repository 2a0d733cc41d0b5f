import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '@kindred/config';
import type { RenderedMessage } from './message-renderer';

export interface OutgoingMessage extends RenderedMessage {
  from: string | { name: string; address: string };
  to: string;
  /** Stable per outbox row, so a receiving system can tell a resend from a new message. */
  messageId?: string;
  /** An iCalendar invite, sent as the text/calendar alternative calendars act on. */
  icalEvent?: { method: 'REQUEST' | 'CANCEL'; content: string; filename: string };
}

/**
 * Sends over `mail.smtpUrl`. Without one (development) nodemailer still builds each message, and
 * the log shows it, so whoever runs `npm start` can follow a sign-in link from the worker's output.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger('Mailer');
  private transport?: Transporter;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  async send(message: OutgoingMessage): Promise<void> {
    await this.transporter().sendMail(message);
    if (!this.config.mail.smtpUrl) {
      this.logger.log(
        `Email to ${message.to}, not sent because SMTP_URL is not set\nSubject: ${message.subject}\n\n${message.text}`,
      );
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  // Made on first use: the api imports this module too, and never sends. Pooled: the worker
  // sends many messages at once, and a connection per message would spend most of its time in
  // SMTP greetings.
  private transporter(): Transporter {
    const url = this.config.mail.smtpUrl;
    this.transport ??= url
      ? createTransport({
          url,
          pool: true,
          maxConnections: 10,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : createTransport({ jsonTransport: true });
    return this.transport;
  }
}
