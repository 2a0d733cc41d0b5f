import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

// Development only (`npm start` without SMTP_URL, and the browser tests): smtp-server and
// mailparser are development dependencies. Not part of the public API.

/** One caught message as the console shows it. */
export interface CaughtMessage {
  id: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** The calendar method (REQUEST, CANCEL) when it carries an invite. */
  invite: string | null;
}

/**
 * An SMTP server on a free local port that writes every message it is given to `dir` as JSON,
 * one file each, named so they sort by arrival. The api reads them back for the console's
 * "Caught mail" page, so a newcomer sees Kindred's emails without a mail server.
 */
export class CaughtMailbox {
  private server?: SMTPServer;
  private count = 0;
  private port = 0;

  constructor(readonly dir: string) {}

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    mkdirSync(this.dir, { recursive: true });
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, done) => {
        simpleParser(stream)
          .then((parsed) => {
            this.count += 1;
            const receivedAt = new Date();
            const id = `${receivedAt.getTime()}-${String(this.count).padStart(6, '0')}`;
            const calendar = parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'));
            const message: CaughtMessage = {
              id,
              receivedAt: receivedAt.toISOString(),
              from: parsed.from?.text ?? '',
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              invite: calendar ? (/METHOD:(\w+)/.exec(calendar.content.toString('utf8'))?.[1] ?? 'REQUEST') : null,
            };
            writeFileSync(join(this.dir, `${id}.json`), JSON.stringify(message));
            done();
          })
          .catch((error: Error) => done(error));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(resolve));
  }
}
