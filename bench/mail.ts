// Sending through the outbox: 10,000 session reminders written to the outbox of a database of its
// own, relayed onto the bull queue and sent by the real worker to a local SMTP sink, against a
// plain loop that renders the same templates and hands each message to nodemailer over the same
// sink. Run with `npm run bench -- mail`; the last line printed is
// {"messages":10000,"kindredPerSecond":A,"plainPerSecond":B,"ratio":R}.
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MikroORM } from '@mikro-orm/core';
import { createTransport } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { JobQueue } from '@kindred/jobs';
import { MessageRenderer, relayOutbox } from '@kindred/notify';
import { createTestDatabase, testConfig } from '@kindred/testing';
import { migrate } from '../apps/migrator/src/migrate';
import { createWorker } from '../apps/worker/src/create-worker';

const MESSAGES = 10_000;
const TARGET_RATIO = 0.5;
const DAY_MS = 86_400_000;

/** An SMTP server that counts what it is given and keeps nothing. */
async function smtpSink(): Promise<{ url: string; count: () => number; close: () => Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received += 1;
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    count: () => received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What the reminder cron writes for one booking. */
function reminderData(n: number): Record<string, unknown> {
  const startsAt = new Date(Date.now() + 7 * DAY_MS);
  startsAt.setUTCHours(9, 30, 0, 0);
  const endsAt = new Date(startsAt.getTime() + 6.5 * 3_600_000);
  return {
    recipientName: `Learner Number ${n}`,
    givenName: 'Learner',
    courseTitle: 'Safeguarding children level 2',
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    parts: [{ startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() }],
    location: 'Training room, Benchley Family Hub',
    onlineUrl: null,
    myTrainingLink: 'http://localhost:3000/my-training',
    cancellationReason: null,
    status: 'CONFIRMED',
    late: false,
    offerExpiresAt: null,
    daysBefore: 7,
  };
}

async function main(): Promise<void> {
  const database = await createTestDatabase();
  const sink = await smtpSink();
  const config = testConfig(database.url, {
    KINDRED_CONFIG_DIR: resolve('config'),
    SMTP_URL: sink.url,
    LOG_LEVEL: 'warn',
  });
  await migrate(config, { seedDemo: false });
  const worker = await createWorker(config);
  try {
    const em = worker.get(MikroORM).em.fork();
    const connection = em.getConnection();
    // The rows the reminder cron writes: one per booking, each for a person, kind REMINDER.
    await connection.execute(
      `insert into notification (id, partnership_id, recipient_email, recipient_person_id, type, kind, data, dedupe_key,
                                 status, attempts)
       select gen_random_uuid(), p.id, 'learner.' || i || '@benchley.example', gen_random_uuid(), 'session-reminder',
              'REMINDER', ?::jsonb || jsonb_build_object('recipientName', 'Learner Number ' || i),
              'bench:reminder:' || i, 'PENDING', 0
       from generate_series(1, ?) i, partnership p where p.slug = 'northshire'`,
      [JSON.stringify(reminderData(0)), MESSAGES],
    );
    await connection.execute('analyze notification');

    const started = performance.now();
    await worker.get(JobQueue).add(relayOutbox, null);
    while (sink.count() < MESSAGES) await sleep(20);
    // The worker records each message as sent just after the SMTP server accepts it: done is when
    // the last row says so (give up after a minute: a message accepted but never recorded is a bug).
    const sentRows = async () =>
      (
        await connection.execute<{ sent: number }[]>(
          `select count(*)::int as sent from notification where status = 'SENT'`,
        )
      )[0].sent;
    let sent = await sentRows();
    for (const deadline = performance.now() + 60_000; sent < MESSAGES && performance.now() < deadline;) {
      await sleep(20);
      sent = await sentRows();
    }
    const kindredSeconds = (performance.now() - started) / 1000;
    if (sink.count() !== MESSAGES || sent !== MESSAGES) {
      throw new Error(`The figures are nonsense: ${sink.count()} received and ${sent} marked sent of ${MESSAGES}`);
    }
    console.log(`kindred: ${MESSAGES} reminders through outbox, queue and worker in ${kindredSeconds.toFixed(2)} s`);

    // The same templates, rendered and handed to nodemailer one after another: no database, no queue.
    const renderer = new MessageRenderer(config);
    const settings = config.partnership('northshire')!;
    const brand = { name: settings.name, ...settings.branding, logoUrl: settings.branding.logoUrl ?? null };
    const transport = createTransport({ url: sink.url, pool: true, maxConnections: 5 });
    const before = sink.count();
    const plainStarted = performance.now();
    for (let n = 1; n <= MESSAGES; n++) {
      const message = renderer.render('session-reminder', reminderData(n), { ...brand, slug: settings.slug });
      await transport.sendMail({
        from: { name: settings.name, address: settings.senderEmail },
        to: `learner.${n}@benchley.example`,
        ...message,
      });
    }
    const plainSeconds = (performance.now() - plainStarted) / 1000;
    transport.close();
    if (sink.count() - before !== MESSAGES) throw new Error('The plain loop lost messages');
    console.log(`plain: ${MESSAGES} reminders rendered and sent by a nodemailer loop in ${plainSeconds.toFixed(2)} s`);

    const kindredPerSecond = Math.round(MESSAGES / kindredSeconds);
    const plainPerSecond = Math.round(MESSAGES / plainSeconds);
    const ratio = Number((kindredPerSecond / plainPerSecond).toFixed(2));
    console.log(`ratio ${ratio} (target at least ${TARGET_RATIO})`);
    console.log(JSON.stringify({ messages: MESSAGES, kindredPerSecond, plainPerSecond, ratio }));
  } finally {
    await worker.close();
    await sink.close();
    if (process.env.BENCH_KEEP_DATABASE) console.log(`Kept ${database.url}`);
    else await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
