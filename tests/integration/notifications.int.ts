import { MikroORM, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Test, type TestingModule } from '@nestjs/testing';
import { simpleParser } from 'mailparser';
import { Role } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { JobQueue, waitForIdleQueues } from '@kindred/jobs';
import { Notification, NotificationStatus } from '@kindred/notify';
import {
  BookingApproval,
  EmploymentType,
  JobAssignment,
  Organisation,
  OrganisationKind,
  Person,
  Room,
  Site,
  SiteKind,
  Team,
} from '@kindred/org';
import { keepPlaces, sendTrainingReminders, TrainingSession } from '@kindred/training';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { Course, CourseMode } from '../../libs/training/src/course/course.entity';
import { ProviderKind, TrainingProvider } from '../../libs/training/src/provider/training-provider.entity';
import { type CaughtMail, MailCatcher } from '../../libs/notify/src/testing/mail-catcher';

// The messages training causes, sent through the real outbox, queue and worker to a real SMTP
// server, read back with a full MIME parser, their calendar files read line by line.

const DAY = 86_400_000;
const at = (days: number, hour = 9) => {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
};

const CREATE_SESSION = `mutation($input: CreateSessionInput!) { createSession(input: $input) { id } }`;
const UPDATE_SESSION = `mutation($input: UpdateSessionInput!) { updateSession(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishSession(id: $id) { id } }`;
const CANCEL_SESSION = `mutation($input: CancelSessionInput!) { cancelSession(input: $input) { id status } }`;
const BOOK = `mutation($input: BookSessionInput!) { bookSession(input: $input) { booking { id status } } }`;
const CANCEL_BOOKING = `mutation($id: ID!) { cancelBooking(id: $id) { id status } }`;
const DECIDE = `mutation($input: DecideBookingByLinkInput!) {
  decideBookingByLink(input: $input) { status courseTitle learnerName }
}`;
const PREFERENCES = `mutation($input: NotificationPreferencesInput!) {
  setNotificationPreferences(input: $input) { reminders digests }
}`;
const MINE = `query { myNotifications { totalCount nodes { type subject status sentAt } } }`;
const ISSUE_FEED = `mutation { issueCalendarFeed { active url } }`;
const REVOKE_FEED = `mutation { revokeCalendarFeed { active url } }`;

/** The VEVENT's and VCALENDAR's properties of an .ics file, lines unfolded. */
function readIcs(ics: string): Record<string, string> {
  const lines = ics.replace(/\r\n[ \t]/g, '').split(/\r\n/);
  const props: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).split(';')[0];
    if (['METHOD', 'UID', 'SEQUENCE', 'STATUS', 'DTSTART', 'SUMMARY', 'ORGANIZER', 'ATTENDEE'].includes(name)) {
      props[name] ??= line.slice(colon + 1);
    }
  }
  return props;
}

/** The calendar part of a message, as calendars see it: the text/calendar alternative. */
async function inviteOf(mail: CaughtMail): Promise<Record<string, string> | null> {
  const parsed = await simpleParser(mail.raw);
  const calendar = parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  return calendar ? readIcs(calendar.content.toString('utf8')) : null;
}

describe('notifications from training', () => {
  const mail = new MailCatcher();
  beforeAll(() => mail.up());
  afterAll(() => mail.down());
  const context = setUpTestApi({
    env: {
      get SMTP_URL() {
        return mail.url;
      },
    },
  });
  let api: TestApi;
  let worker: TestingModule;
  let lead: GraphQLClient;
  let dan: GraphQLClient;
  const ids: Record<string, string> = {};
  const people: Record<'ann' | 'bob' | 'cat' | 'dan' | 'mo' | 'tia', Person> = {} as never;

  const session = async (overrides: Record<string, unknown> = {}, startDays = 40) => {
    const id = (
      await lead.data(CREATE_SESSION, {
        input: {
          courseId: ids.course,
          parts: [{ startsAt: at(startDays, 9), endsAt: at(startDays, 16) }],
          roomId: ids.room,
          capacity: 10,
          registrationClosesAt: at(startDays - 2),
          cancellationCutoffAt: at(startDays - 7),
          trainerIds: [people.tia.id],
          ...overrides,
        },
      })
    ).createSession.id;
    await lead.data(PUBLISH, { id });
    return id;
  };
  const book = async (sessionId: string, person: Person) =>
    (await lead.data(BOOK, { input: { sessionId, personId: person.id } })).bookSession.booking;
  const run = async (job: typeof keepPlaces | typeof sendTrainingReminders, now: Date) => {
    const queue = worker.get(JobQueue);
    await queue.add(job, { now: now.toISOString() });
    await waitForIdleQueues(queue, 20_000);
  };
  const emailOf = (person: Person) => person.email;
  const subjects = (person: Person) => mail.to(emailOf(person)).map((m) => m.subject);
  /** Waits for the mail, then a little longer, so a duplicate would have arrived too. */
  const settled = async (person: Person, count: number) => {
    const got = await mail.waitFor(emailOf(person), count);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return got;
  };

  beforeAll(async () => {
    api = context.api;
    lead = (await api.userIn('northshire', 'notify.lead@northshire.example', [Role.WORKFORCE_LEAD])).client;
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(api.config)] }).compile();
    await worker.init();

    const em = api.em();
    const partnership = ref(await em.findOneOrFail(Partnership, { slug: 'northshire' }, { filters: false }));
    const council = new Organisation(partnership, {
      name: 'Estuary Council',
      code: 'ESC',
      kind: OrganisationKind.LOCAL_AUTHORITY,
      statutory: true,
    });
    council.bookingApproval = BookingApproval.NONE;
    const trust = new Organisation(partnership, {
      name: 'Estuary Health Trust',
      code: 'EHT',
      kind: OrganisationKind.HEALTH,
      statutory: true,
    });
    trust.bookingApproval = BookingApproval.LINE_MANAGER;
    const hub = new Site(partnership, { name: 'Estuary Family Hub', kind: SiteKind.FAMILY_HUB, locality: 'Estuary' });
    const room = new Room(hub, { name: 'Kingfisher room', capacity: 20 });
    const team = new Team(council, 'Estuary family support');
    const person = (given: string, family: string) =>
      new Person(partnership, {
        givenName: given,
        familyName: family,
        email: `${given.toLowerCase()}@estuary.example`,
      });
    Object.assign(people, {
      ann: person('Ann', 'Ashby'),
      bob: person('Bob', 'Baker'),
      cat: person('Cat', 'Cole'),
      dan: person('Dan', 'Dale'),
      mo: person('Mo', 'Manning'),
      tia: person('Tia', 'Trainer'),
    });
    const job = (p: Person, organisation: Organisation, lineManager: Person | null = null) =>
      new JobAssignment(p, {
        organisation,
        team: organisation === council ? team : null,
        jobTitle: 'Family support worker',
        employmentType: EmploymentType.STAFF,
        startDate: '2024-01-01',
        lineManager,
      });
    const provider = new TrainingProvider(partnership, {
      name: 'Estuary workforce development',
      kind: ProviderKind.IN_HOUSE,
      organisation: null,
      contactEmail: 'organiser@estuary.example',
      website: null,
    });
    const course = new Course(provider, {
      title: 'Solihull Approach foundation',
      summary: 'Understanding your child.',
      outcomes: ['Use containment and reciprocity'],
      mode: CourseMode.IN_PERSON,
      durationMinutes: 420,
      cpdMinutes: 360,
      audience: { roleProfileIds: [], employmentTypes: [], organisationIds: [] },
      validityMonths: null,
      reminderMonths: [],
      costPerPlacePence: null,
    });
    em.persist([council, trust, hub, room, team, provider, course, ...Object.values(people)]);
    em.persist([
      job(people.ann, council, people.mo),
      job(people.bob, council),
      job(people.cat, council),
      job(people.dan, trust, people.mo),
      job(people.mo, council),
      job(people.tia, council),
    ]);
    await em.flush();
    Object.assign(ids, { course: course.id, room: room.id, site: hub.id });

    const danUser = await api.userIn('northshire', 'dan.user@estuary.example', [Role.LEARNER]);
    const fresh = api.em();
    const danRow = await fresh.findOneOrFail(Person, { id: people.dan.id }, { filters: false });
    danRow.linkUser(danUser.user);
    await fresh.flush();
    dan = danUser.client;
  });
  afterAll(async () => {
    await worker?.close();
  });

  it('sends a booked learner an invite, updates it when the session moves and removes it when it is cancelled', async () => {
    const sessionId = await session();
    await book(sessionId, people.ann);
    const [confirmed] = await settled(people.ann, 1);
    expect(confirmed.subject).toMatch(/^Booked: Solihull Approach foundation on \w+day \d+ \w+ \d{4}$/);
    expect(confirmed.headers.from).toContain('Northshire Family Hubs Partnership');
    const parsed = await simpleParser(confirmed.raw);
    expect(parsed.text).toContain('Where: Kingfisher room, Estuary Family Hub');
    expect(parsed.html).toContain('Your place on Solihull Approach foundation is confirmed.');
    const first = await inviteOf(confirmed);
    expect(first).toMatchObject({ METHOD: 'REQUEST', SEQUENCE: '0', SUMMARY: 'Solihull Approach foundation' });
    expect(first?.ATTENDEE?.toLowerCase()).toContain('mailto:ann@estuary.example');
    expect(first?.ORGANIZER?.toLowerCase()).toContain('mailto:');

    // Moved a day later: the same entry, a higher sequence.
    await lead.data(UPDATE_SESSION, {
      input: {
        id: sessionId,
        parts: [{ startsAt: at(41, 9), endsAt: at(41, 16) }],
        roomId: ids.room,
        capacity: 10,
        registrationClosesAt: at(38),
        cancellationCutoffAt: at(33),
        trainerIds: [people.tia.id],
      },
    });
    const [, changed] = await settled(people.ann, 2);
    expect(changed.subject).toMatch(/^Changed: Solihull Approach foundation is now on/);
    const second = await inviteOf(changed);
    expect(second).toMatchObject({ METHOD: 'REQUEST', UID: first?.UID, SEQUENCE: '1' });
    expect(second?.DTSTART).not.toBe(first?.DTSTART);

    // A change to capacity alone moves nothing in a calendar: no message.
    await lead.data(UPDATE_SESSION, {
      input: {
        id: sessionId,
        parts: [{ startsAt: at(41, 9), endsAt: at(41, 16) }],
        roomId: ids.room,
        capacity: 12,
        registrationClosesAt: at(38),
        cancellationCutoffAt: at(33),
        trainerIds: [people.tia.id],
      },
    });
    await lead.data(CANCEL_SESSION, { input: { id: sessionId, reason: 'The trainer is ill' } });
    const [, , cancelled] = await settled(people.ann, 3);
    expect(cancelled.subject).toMatch(/^Cancelled by the organiser: Solihull Approach foundation/);
    expect(cancelled.text).toContain('The reason given: The trainer is ill');
    expect(await inviteOf(cancelled)).toMatchObject({ METHOD: 'CANCEL', UID: first?.UID, SEQUENCE: '2' });
    expect(subjects(people.ann)).toHaveLength(3);
  });

  it('adds one insert per message under the session lock, and no query', async () => {
    // Far enough ahead that no later test's reminders reach it.
    const sessionId = await session({}, 60);
    const catBefore = mail.to(emailOf(people.cat)).length;
    const knex = (api.app.get(MikroORM).em as EntityManager).getConnection().getKnex();
    const statements: { sql: string; tx: string | undefined }[] = [];
    const listen = (query: { sql: string; __knexTxId?: string }) =>
      statements.push({ sql: query.sql, tx: query.__knexTxId });
    knex.on('query', listen);
    try {
      await book(sessionId, people.cat);
    } finally {
      knex.off('query', listen);
    }
    const locking = statements.findIndex((s) => /for update/i.test(s.sql) && /training_session/.test(s.sql));
    expect(locking).toBeGreaterThanOrEqual(0);
    const underLock = statements.slice(locking).filter((s) => s.tx === statements[locking].tx);
    expect(underLock.filter((s) => /notification/.test(s.sql)).map((s) => s.sql.split('(')[0].trim())).toEqual([
      'insert into notification',
    ]);
    // What the message says comes from what the booking loaded before it took the lock.
    expect(underLock.filter((s) => /from "(course|person|site|room|session_part)"/.test(s.sql))).toEqual([]);
    await settled(people.cat, catBefore + 1);
  });

  it('tells the waitlist of a freed place with a deadline, and when the offer lapses', async () => {
    const sessionId = await session({ capacity: 1 }, 43);
    const annBefore = mail.to(emailOf(people.ann)).length;
    const annBooking = await book(sessionId, people.ann);
    await book(sessionId, people.bob);
    const [waiting] = await settled(people.bob, 1);
    expect(waiting.subject).toMatch(/^Waiting list: Solihull Approach foundation/);
    expect(await inviteOf(waiting)).toBeNull();

    await lead.data(CANCEL_BOOKING, { id: annBooking.id });
    const [, offered] = await settled(people.bob, 2);
    expect(offered.subject).toMatch(/^A place is free: Solihull Approach foundation/);
    expect(offered.text).toMatch(/accept it by \w+day \d+ \w+ \d{4} at \d\d:\d\d/);
    expect(offered.text).toContain(`Accept the place: ${api.config.http.publicUrl}/my-training`);
    const annMail = await settled(people.ann, annBefore + 2);
    expect(annMail.slice(annBefore).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Booked: Solihull Approach foundation/),
      expect.stringMatching(/^Cancelled: Solihull Approach foundation/),
    ]);

    await run(keepPlaces, new Date(Date.now() + 3 * DAY));
    const [, , lapsed] = await settled(people.bob, 3);
    expect(lapsed.subject).toBe('The place on Solihull Approach foundation has gone to someone else');
  });

  it('asks the approver with links that decide the request once, and tells the learner', async () => {
    const sessionId = await session({}, 45);
    const request = (await dan.data(BOOK, { input: { sessionId } })).bookSession.booking;
    expect(request.status).toBe('PENDING_APPROVAL');
    const [asked] = await settled(people.mo, mail.to(emailOf(people.mo)).length + 1);
    expect(asked.subject).toBe('Dan Dale asks to go on Solihull Approach foundation');
    const link = /Approve: (\S+)/.exec(asked.text)?.[1] ?? '';
    expect(link).toMatch(/\/booking-decision#token=[\w.-]+&decision=approve$/);
    const token = /token=([\w.-]+)/.exec(link)![1];

    const anonymous = api.client();
    const bogus = await anonymous.request(DECIDE, { input: { token: `${token}x`, approve: true } });
    expect(bogus.errors?.[0].message).toMatch(/not valid/);
    const decided = await anonymous.data(DECIDE, { input: { token, approve: true } });
    expect(decided.decideBookingByLink).toEqual({
      status: 'CONFIRMED',
      courseTitle: 'Solihull Approach foundation',
      learnerName: 'Dan Dale',
    });
    const again = await anonymous.request(DECIDE, { input: { token, approve: false, reason: 'Changed my mind' } });
    expect(again.errors?.[0].message).toBe('This request has already been decided: it is confirmed.');

    const [approved] = await settled(people.dan, 1);
    expect(approved.subject).toMatch(/^Approved: Solihull Approach foundation/);
    expect(await inviteOf(approved)).toMatchObject({ METHOD: 'REQUEST', SEQUENCE: '0' });
  });

  it('reminds confirmed learners 7 days and 1 day before, once each, unless they turned reminders off', async () => {
    const sessionId = await session({ minimumNumbers: 3, minimumCutoffAt: at(20) }, 47);
    const catBefore = mail.to(emailOf(people.cat)).length;
    await book(sessionId, people.cat);
    const danBooking = await book(sessionId, people.dan);
    await dan.data(PREFERENCES, { input: { reminders: false, digests: true } });
    const startsAt = (await api.em().findOneOrFail(TrainingSession, { id: sessionId }, { filters: false })).startsAt;
    const before = (days: number) => new Date(startsAt.getTime() - days * DAY + 3_600_000);
    // Counted once the booking's own email is in, so only reminders come after.
    const catCount = (await settled(people.cat, catBefore + 1)).length;

    await run(sendTrainingReminders, before(7));
    await run(sendTrainingReminders, before(7));
    const reminders = await settled(people.cat, catCount + 1);
    expect(reminders.at(-1)?.subject).toMatch(/^Reminder: Solihull Approach foundation/);
    expect(reminders.at(-1)?.text).toContain('in 7 days.');

    await run(sendTrainingReminders, before(1));
    const later = await settled(people.cat, catCount + 2);
    expect(later.at(-1)?.text).toContain('tomorrow.');
    expect(mail.to(emailOf(people.cat))).toHaveLength(catCount + 2);

    const skipped = await api
      .em()
      .find(
        Notification,
        { dedupeKey: { $like: `booking:${danBooking.id}:reminder-%` } },
        { filters: false, orderBy: { dedupeKey: 'ASC' } },
      );
    expect(skipped.map((n) => n.dedupeKey)).toEqual([
      `booking:${danBooking.id}:reminder-1`,
      `booking:${danBooking.id}:reminder-7`,
    ]);
    expect(skipped.map((n) => n.status)).toEqual([NotificationStatus.SKIPPED, NotificationStatus.SKIPPED]);
    expect(mail.to(emailOf(people.dan)).map((m) => m.subject)).not.toContainEqual(expect.stringMatching(/^Reminder/));

    // Two confirmed of a minimum of three at the cut-off: the organiser hears, once.
    await run(sendTrainingReminders, before(7));
    const [short] = await settled({ email: 'organiser@estuary.example' } as Person, 1);
    expect(short.subject).toMatch(/^Minimum numbers not reached: Solihull Approach foundation/);
    expect(short.text).toContain('has 2 confirmed places at its cut-off; its minimum is 3');
  });

  it('asks the trainer for a register not taken a day after the session', async () => {
    const sessionId = await session({}, 35);
    await book(sessionId, people.bob);
    const endsAt = (await api.em().findOneOrFail(TrainingSession, { id: sessionId }, { filters: false })).endsAt;
    const day = endsAt.toLocaleDateString('en-GB', {
      timeZone: 'Europe/London',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const aboutIt = () => mail.to(emailOf(people.tia)).filter((m) => m.subject.includes(day));
    await run(sendTrainingReminders, new Date(endsAt.getTime() + 2 * 3_600_000));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(aboutIt()).toHaveLength(0);
    await run(sendTrainingReminders, new Date(endsAt.getTime() + 25 * 3_600_000));
    await run(sendTrainingReminders, new Date(endsAt.getTime() + 26 * 3_600_000));
    await mail.waitFor(emailOf(people.tia), 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(aboutIt().map((m) => m.subject)).toEqual([expect.stringMatching(/^Register not taken: Solihull Approach/)]);
    expect(aboutIt()[0].text).toContain('its register has not been taken');
  });

  it('lists what was sent to the learner, newest first', async () => {
    const mine = await dan.data(MINE);
    expect(mine.myNotifications.totalCount).toBeGreaterThan(0);
    expect(mine.myNotifications.nodes[0]).toMatchObject({ status: 'SENT' });
    expect(mine.myNotifications.nodes.map((n: { type: string }) => n.type)).toContain('booking-approved');
    expect(mine.myNotifications.nodes.map((n: { type: string }) => n.type)).not.toContain('session-reminder');
  });

  it('serves a private calendar feed of confirmed sessions until it is revoked', async () => {
    const { url } = (await dan.data(ISSUE_FEED)).issueCalendarFeed;
    expect(url).toMatch(/\/calendar\/[\w-]+\.ics$/);
    const path = new URL(url).pathname;
    const response = await fetch(`${api.url}${path}`);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const body = await response.text();
    expect(body).toContain('METHOD:PUBLISH');
    expect(body).toContain('SUMMARY:Solihull Approach foundation');
    expect((await dan.data(REVOKE_FEED)).revokeCalendarFeed.active).toBe(false);
    const gone = await fetch(`${api.url}${path}`);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toMatch(/not valid or has been revoked/);
  });
});
