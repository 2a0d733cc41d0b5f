import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { SMTPServer } from 'smtp-server';

// Used by tests only; not part of the public API.

export interface CaughtMail {
  /** The envelope's recipients. */
  to: string[];
  headers: Record<string, string>;
  subject: string;
  text: string;
  html: string;
  /** The message as it arrived, for a full MIME parser (mailparser) to read. */
  raw: string;
}

/**
 * A real SMTP server on a free local port that keeps what it receives. `down()` stops listening,
 * so a sender meets a refused connection, as with a mail server that is down; `up()` restarts it
 * on the same port.
 */
export class MailCatcher {
  readonly received: CaughtMail[] = [];
  private server?: SMTPServer;
  private port = 0;
  private holding = false;
  private readonly held: { sessionId: string; accept: () => void }[] = [];
  private readonly closed = new Set<string>();

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async up(): Promise<this> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onClose: (session) => this.closed.add(session.id),
      onData: (stream, session, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((r) => r.address);
          const raw = Buffer.concat(chunks).toString('utf8');
          // As a real server: a message counts as delivered once it is acknowledged, and a client
          // that hangs up before the acknowledgement has not delivered it.
          const accept = () => {
            if (this.closed.has(session.id)) return;
            this.received.push({ to, raw, ...readMessage(raw) });
            done();
          };
          if (this.holding) this.held.push({ sessionId: session.id, accept });
          else accept();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(resolve));
  }

  /** From now on, messages are held unacknowledged until `release()`. */
  hold(): void {
    this.holding = true;
  }

  /** Messages held so far (received, not yet acknowledged). */
  get heldCount(): number {
    return this.held.length;
  }

  /**
   * Waits until every client whose message is held has hung up. A killed sender's process exit
   * and its connection's close reach this process as separate events, in either order, so a test
   * that releases right after the exit would race the close.
   */
  async heldClientsGone(timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.held.some(({ sessionId }) => !this.closed.has(sessionId))) {
      if (Date.now() > deadline) throw new Error(`A client holding a message stayed connected for ${timeoutMs} ms`);
      await sleep(20);
    }
  }

  /** Acknowledges what is held (what a client has not hung up on) and stops holding. */
  release(): void {
    this.holding = false;
    this.held.splice(0).forEach(({ accept }) => accept());
  }

  /** Mail sent to `address` so far. */
  to(address: string): CaughtMail[] {
    return this.received.filter((mail) => mail.to.includes(address));
  }

  async waitFor(address: string, count = 1, timeoutMs = 15_000): Promise<CaughtMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.to(address).length < count) {
      if (Date.now() > deadline) throw new Error(`No mail for ${address} within ${timeoutMs} ms`);
      await sleep(50);
    }
    return this.to(address);
  }
}

/** Enough MIME for nodemailer's output: headers, a subject, and text and HTML parts. */
function readMessage(raw: string): Omit<CaughtMail, 'to' | 'raw'> {
  const { headers, body } = splitEntity(raw);
  const parts = partsOf(headers, body);
  const part = (type: string) => parts.find((p) => (p.headers['content-type'] ?? '').startsWith(type));
  return {
    headers,
    subject: decodeWords(headers.subject ?? ''),
    text: part('text/plain')?.body ?? '',
    html: part('text/html')?.body ?? '',
  };
}

function splitEntity(raw: string): { headers: Record<string, string>; body: string } {
  const at = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, at).replace(/\r\n[ \t]+/g, ' ');
  const headers = Object.fromEntries(
    head.split('\r\n').map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
    }),
  );
  return { headers, body: raw.slice(at + 4) };
}

function partsOf(headers: Record<string, string>, body: string): { headers: Record<string, string>; body: string }[] {
  const boundary = /boundary="?([^";]+)"?/.exec(headers['content-type'] ?? '')?.[1];
  if (!boundary) return [{ headers, body: decodeBody(body, headers['content-transfer-encoding']) }];
  return body
    .split(`--${boundary}`)
    .slice(1, -1)
    .flatMap((chunk) => {
      const part = splitEntity(chunk.replace(/^\r\n/, ''));
      return partsOf(part.headers, part.body.replace(/\r\n$/, ''));
    });
}

function decodeBody(body: string, encoding = '7bit'): string {
  if (encoding === 'base64') return Buffer.from(body, 'base64').toString('utf8');
  if (encoding !== 'quoted-printable') return body;
  // Through percent-encoding, so multi-byte UTF-8 sequences decode as one character.
  const escaped = body
    .replace(/=\r\n/g, '')
    .replace(/%/g, '%25')
    .replace(/=([0-9A-F]{2})/g, '%$1');
  return decodeURIComponent(escaped);
}

/** RFC 2047 encoded words, as nodemailer writes long or non-ASCII subjects. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeBody(text.replace(/_/g, ' '), 'quoted-printable'),
    );
}
