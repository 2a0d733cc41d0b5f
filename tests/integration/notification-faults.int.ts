import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server, type Socket, connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ref } from '@mikro-orm/core';
import { Test, type TestingModule } from '@nestjs/testing';
import { Role } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { Notification, NotificationStatus } from '@kindred/notify';
import { BookingApproval, EmploymentType, JobAssignment, Organisation, OrganisationKind, Person } from '@kindred/org';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { Course, CourseMode } from '../../libs/training/src/course/course.entity';
import { ProviderKind, TrainingProvider } from '../../libs/training/src/provider/training-provider.entity';
import { MailCatcher } from '../../libs/notify/src/testing/mail-catcher';

// Messages arrive once whatever fails on the way: the mail server, Redis (behind a proxy the test
// closes; the machine's Redis is shared and stays up), or a worker killed while it sends.

const DAY = 86_400_000;
const at = (days: number, hour = 9) => {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
};
const REDIS = { host: '127.0.0.1', port: Number(new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379').port) };

/** A TCP proxy in front of the real Redis; `cut()` drops every connection and refuses new ones. */
class RedisProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private port = 0;

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(REDIS.port, REDIS.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((done) => server.listen(this.port, '127.0.0.1', done));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.sockets.forEach((socket) => socket.destroy());
    if (server) await new Promise<void>((done) => server.close(() => done()));
  }
}

const CREATE_SESSION = `mutation($input: CreateSessionInput!) { createSession(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishSession(id: $id) { id } }`;
const BOOK = `mutation($input: BookSessionInput!) { bookSession(input: $input) { booking { id status } } }`;
const FAILED = `query { notifications(filter: { statuses: [FAILED] }) { totalCount nodes { id recipientEmail lastError attempts } } }`;
const RETRY = `mutation($input: RetryNotificationInput!) { retryNotification(input: $input) { id status } }`;

describe('notifications when things fail', () => {
  const mail = new MailCatcher();
  const redis = new RedisProxy();
  beforeAll(async () => {
    await mail.up();
    await redis.open();
  });
  const context = setUpTestApi({
    env: {
      get SMTP_URL() {
        return mail.url;
      },
      get REDIS_URL() {
        return redis.url;
      },
    },
    // Quick retries, so a refused send is tried again within the test.
    configure: (config) => Object.assign(config.jobs, { attempts: 4, backoffMs: 250 }),
  });
  // After the api's own hooks: closing the api deletes its Redis keys through the proxy.
  afterAll(async () => {
    await mail.down();
    await redis.cut();
  });
  let api: TestApi;
  let worker: TestingModule | undefined;
  let lead: GraphQLClient;
  let sessionId: string;
  const people: Person[] = [];

  const book = (person: Person) => lead.data(BOOK, { input: { sessionId, personId: person.id } });
  const rowFor = (person: Person) =>
    api.em().findOneOrFail(Notification, { recipientEmail: person.email }, { filters: false });
  const until = async (what: string, check: () => Promise<boolean>, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await sleep(100);
    }
  };

  beforeAll(async () => {
    api = context.api;
    lead = (await api.userIn('northshire', 'faults.lead@northshire.example', [Role.WORKFORCE_LEAD])).client;
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(api.config)] }).compile();
    await worker.init();
    const em = api.em();
    const partnership = ref(await em.findOneOrFail(Partnership, { slug: 'northshire' }, { filters: false }));
    const council = new Organisation(partnership, {
      name: 'Fenland Council',
      code: 'FEN',
      kind: OrganisationKind.LOCAL_AUTHORITY,
      statutory: true,
    });
    council.bookingApproval = BookingApproval.NONE;
    for (let i = 0; i < 12; i++) {
      const person = new Person(partnership, {
        givenName: 'Learner',
        familyName: `Number${i}`,
        email: `learner${i}@fenland.example`,
      });
      em.persist(
        new JobAssignment(person, {
          organisation: council,
          jobTitle: 'Family support worker',
          employmentType: EmploymentType.STAFF,
          startDate: '2024-01-01',
        }),
      );
      people.push(person);
    }
    const provider = new TrainingProvider(partnership, {
      name: 'Fenland learning',
      kind: ProviderKind.IN_HOUSE,
      organisation: null,
      contactEmail: null,
      website: null,
    });
    const course = new Course(provider, {
      title: 'Family Hub induction',
      summary: 'What a Family Hub offers.',
      outcomes: ['Know the offer'],
      mode: CourseMode.VIRTUAL,
      durationMinutes: 180,
      cpdMinutes: 180,
      audience: { roleProfileIds: [], employmentTypes: [], organisationIds: [] },
      validityMonths: null,
      reminderMonths: [],
      costPerPlacePence: null,
    });
    em.persist([council, ...people, provider, course]);
    await em.flush();
    sessionId = (
      await lead.data(CREATE_SESSION, {
        input: {
          courseId: course.id,
          parts: [{ startsAt: at(40, 9), endsAt: at(40, 12) }],
          onlineUrl: 'https://meet.example/induction',
          capacity: 30,
          registrationClosesAt: at(38),
          cancellationCutoffAt: at(33),
        },
      })
    ).createSession.id;
    await lead.data(PUBLISH, { id: sessionId });
  });
  afterAll(async () => {
    await worker?.close();
  });

  it('retries while the mail server refuses, then sends exactly once when it is back', async () => {
    await mail.down();
    await book(people[0]);
    await until('a failed try', async () => (await rowFor(people[0])).attempts >= 2);
    const row = await rowFor(people[0]);
    expect(row.status).toBe(NotificationStatus.QUEUED);
    expect(row.lastError).toMatch(/ECONNREFUSED/);
    await mail.up();
    await mail.waitFor(people[0].email);
    await sleep(2_000);
    expect(mail.to(people[0].email)).toHaveLength(1);
    expect((await rowFor(people[0])).status).toBe(NotificationStatus.SENT);
  });

  it('shows a message that failed every try to operators with its error, and sends it once on retry', async () => {
    await mail.down();
    await book(people[1]);
    await until('the last try', async () => (await rowFor(people[1])).status === NotificationStatus.FAILED);
    const failed = (await lead.data(FAILED)).notifications;
    expect(failed.nodes).toEqual([
      expect.objectContaining({
        recipientEmail: people[1].email,
        attempts: 4,
        lastError: expect.stringMatching(/ECONNREFUSED/),
      }),
    ]);
    const learner = (await api.userIn('northshire', 'faults.learner@northshire.example', [Role.LEARNER])).client;
    expect((await learner.request(FAILED)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await lead.request(RETRY, { input: { id: '00000000-0000-4000-8000-000000000000' } });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    await mail.up();
    await lead.data(RETRY, { input: { id: failed.nodes[0].id } });
    await mail.waitFor(people[1].email);
    const again = await lead.request(RETRY, { input: { id: failed.nodes[0].id } });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    await sleep(1_500);
    expect(mail.to(people[1].email)).toHaveLength(1);
  });

  it('sends every message once after Redis was down while people booked', async () => {
    await redis.cut();
    const booked = people.slice(2, 7);
    const started = Date.now();
    for (const person of booked) {
      expect((await book(person)).bookSession.booking.status).toBe('CONFIRMED');
    }
    // Nobody waits on the queue: each booking answered without Redis.
    expect(Date.now() - started).toBeLessThan(booked.length * 2_000);
    await sleep(1_000);
    expect(booked.flatMap((p) => mail.to(p.email))).toHaveLength(0);

    await redis.open();
    for (const person of booked) await mail.waitFor(person.email, 1, 45_000);
    await sleep(2_000);
    for (const person of booked) expect(mail.to(person.email)).toHaveLength(1);
  }, 90_000);

  it('retries the job of a worker killed while sending, and the mail arrives once', async () => {
    await worker?.close();
    worker = undefined;
    const workerProcess = (): ChildProcess =>
      spawn(process.execPath, [resolve('dist/apps/worker/src/main.js')], {
        cwd: resolve(__dirname, '../..'),
        env: {
          ...process.env,
          DATABASE_URL: api.config.databaseUrl,
          REDIS_URL: redis.url,
          REDIS_PREFIX: api.config.redis.prefix,
          JWT_SECRET: api.config.auth.jwtSecret,
          SMTP_URL: mail.url,
          // The second worker takes the killed one's job over once its lock lapses.
          JOB_LOCK_SECONDS: '5',
          LOG_LEVEL: 'silent',
          NODE_ENV: 'test',
        },
        stdio: 'ignore',
      });
    const person = people[7];
    mail.hold();
    await book(person);
    const first = workerProcess();
    try {
      await until('the message to reach the mail server', async () => mail.heldCount > 0, 30_000);
      first.kill('SIGKILL');
      await new Promise((done) => first.once('exit', done));
    } finally {
      first.kill('SIGKILL');
    }
    // The server never acknowledged it, so it was not delivered: the client hung up first.
    await mail.heldClientsGone();
    mail.release();
    expect(mail.to(person.email)).toHaveLength(0);

    const second = workerProcess();
    try {
      // bull notices the stalled job once its lock lapses and runs it again.
      await mail.waitFor(person.email, 1, 40_000);
      await sleep(2_000);
      expect(mail.to(person.email)).toHaveLength(1);
      expect(await rowFor(person)).toMatchObject({ status: NotificationStatus.SENT, attempts: 1 });
    } finally {
      second.kill('SIGTERM');
      await new Promise((done) => second.once('exit', done));
    }
  }, 90_000);
});
