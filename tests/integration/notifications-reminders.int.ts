import { randomUUID } from 'node:crypto';
import { ref } from '@mikro-orm/core';
import { Test, type TestingModule } from '@nestjs/testing';
import { Partnership } from '@kindred/database';
import { JobQueue, waitForIdleQueues } from '@kindred/jobs';
import {
  Notification,
  NotificationKind,
  NotificationPreference,
  NotificationStatus,
  sendWeeklyDigest,
} from '@kindred/notify';
import {
  DbsCheck,
  DbsLevel,
  EmploymentType,
  JobAssignment,
  Organisation,
  OrganisationKind,
  Person,
  sendDbsRecheckReminders,
} from '@kindred/org';
import {
  ActionStatus,
  ContentCipher,
  FrequencyPattern,
  sendSupervisionReminders,
  SupervisionAction,
  SupervisionAgreement,
  SupervisionModel,
  SupervisionSession,
  SupervisionType,
} from '@kindred/supervision';
import { setUpTestApi, type TestApi } from '@kindred/testing';
import {
  Booking,
  Course,
  CourseMode,
  ProviderKind,
  RecordSource,
  sendTrainingReminders,
  TrainingProvider,
  TrainingRecord,
  TrainingSession,
} from '@kindred/training';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { MailCatcher } from '../../libs/notify/src/testing/mail-catcher';

// The scheduled reminders outside training, sent through the real outbox, queue and worker to a
// real SMTP server.

const DAY = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
/** What supervision notes and actions say: never in an email. */
/** A text part with its line ends as written in the template. */
const lines = (text: string) => text.replace(/\r\n/g, '\n');
const SECRET = 'Read the Okafor chronology before the school meeting';

describe('scheduled reminders', () => {
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
  const people: Record<
    'cora' | 'otto' | 'val' | 'vic' | 'una' | 'stan' | 'sam' | 'sue' | 'bo' | 'meg' | 'ned',
    Person
  > = {} as never;

  const run = async (
    job:
      | typeof sendDbsRecheckReminders
      | typeof sendSupervisionReminders
      | typeof sendWeeklyDigest
      | typeof sendTrainingReminders,
    now: Date,
  ) => {
    const queue = worker.get(JobQueue);
    await queue.add(job, { now: now.toISOString() });
    await waitForIdleQueues(queue, 20_000);
  };
  /** Waits for the mail, then a little longer, so a duplicate would have arrived too. */
  const settled = async (person: Person, count: number) => {
    await mail.waitFor(person.email, count);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return mail.to(person.email);
  };

  beforeAll(async () => {
    api = context.api;
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(api.config)] }).compile();
    await worker.init();

    const em = api.em();
    const partnership = ref(await em.findOneOrFail(Partnership, { slug: 'northshire' }, { filters: false }));
    const charity = new Organisation(partnership, {
      name: 'Harbour Home-Start',
      code: 'HHS',
      kind: OrganisationKind.VCFSE,
      statutory: false,
    });
    const person = (given: string, family: string) =>
      new Person(partnership, {
        givenName: given,
        familyName: family,
        email: `${given.toLowerCase()}@harbour.example`,
      });
    Object.assign(people, {
      cora: person('Cora', 'Coordinator'),
      otto: person('Otto', 'Offline'),
      val: person('Val', 'Volunteer'),
      vic: person('Vic', 'Volunteer'),
      una: person('Una', 'Updated'),
      stan: person('Stan', 'Staff'),
      sam: person('Sam', 'Supervisor'),
      sue: person('Sue', 'Supervisee'),
      bo: person('Bo', 'Booked'),
      meg: person('Meg', 'Manager'),
      ned: person('Ned', 'Nothing'),
    });
    const job = (p: Person, employmentType: EmploymentType, lineManager: Person | null) =>
      new JobAssignment(p, {
        organisation: charity,
        team: null,
        jobTitle: employmentType === EmploymentType.VOLUNTEER ? 'Home visiting volunteer' : 'Coordinator',
        employmentType,
        startDate: '2020-01-01',
        lineManager,
      });
    const check = (p: Person, certificateDate: string, recheckDue: string | null) => {
      const made = new DbsCheck(
        p,
        { level: DbsLevel.ENHANCED, certificateDate, updateService: recheckDue === null },
        3,
      );
      made.recheckDue = recheckDue;
      return made;
    };
    const expiring = (p: Person, title: string, expiresOn: string) =>
      new TrainingRecord(p, {
        course: null,
        title,
        completedOn: '2023-04-01',
        expiresOn,
        source: RecordSource.IMPORTED,
        cpdMinutes: 180,
        evidence: null,
        booking: null,
      });
    const inDays = (days: number) => isoDay(new Date(Date.now() + days * DAY));
    const offline = new NotificationPreference(partnership, people.otto.id);
    offline.reminders = false;
    offline.digests = false;
    em.persist([charity, ...Object.values(people), offline]);
    em.persist([
      job(people.cora, EmploymentType.STAFF, null),
      job(people.otto, EmploymentType.STAFF, null),
      job(people.val, EmploymentType.VOLUNTEER, people.cora),
      job(people.vic, EmploymentType.VOLUNTEER, people.otto),
      job(people.una, EmploymentType.VOLUNTEER, people.cora),
      // Staff are rechecked by HR, not chased as volunteers.
      job(people.stan, EmploymentType.STAFF, people.cora),
      check(people.val, '2023-01-01', inDays(20)),
      check(people.vic, '2023-01-01', inDays(20)),
      // Una's old certificate is replaced by one on the Update Service: nothing is due.
      check(people.una, '2021-01-01', inDays(-300)),
      check(people.una, '2024-01-01', null),
      check(people.stan, '2023-01-01', inDays(10)),
      // For the digest: Meg manages Sue and Bo, Ned manages Sam, who has nothing due.
      job(people.sue, EmploymentType.STAFF, people.meg),
      job(people.bo, EmploymentType.STAFF, people.meg),
      job(people.sam, EmploymentType.STAFF, people.ned),
      expiring(people.val, 'Paediatric first aid', '2026-04-20'),
      expiring(people.vic, 'Safeguarding children level 2', '2026-04-21'),
      expiring(people.una, 'Manual handling', '2026-06-01'),
    ]);
    // Sue asks to go on a course; Meg, her manager, has not decided yet.
    const provider = new TrainingProvider(partnership, {
      name: 'Harbour learning',
      kind: ProviderKind.IN_HOUSE,
      organisation: null,
      contactEmail: null,
      website: null,
    });
    const course = new Course(provider, {
      title: 'Solihull Approach foundation',
      summary: 'Understanding your child.',
      outcomes: [],
      mode: CourseMode.VIRTUAL,
      durationMinutes: 180,
      cpdMinutes: 180,
      audience: { roleProfileIds: [], employmentTypes: [], organisationIds: [] },
      validityMonths: null,
      reminderMonths: [],
      costPerPlacePence: null,
    });
    const session = new TrainingSession(course, {
      parts: [{ startsAt: new Date('2026-05-12T09:00:00Z'), endsAt: new Date('2026-05-12T12:00:00Z') }],
      site: null,
      room: null,
      onlineUrl: 'https://meet.example/solihull',
      capacity: 10,
      minimumNumbers: null,
      minimumCutoffAt: null,
      registrationOpensAt: null,
      registrationClosesAt: new Date('2026-05-05T09:00:00Z'),
      cancellationCutoffAt: new Date('2026-05-05T09:00:00Z'),
      offerHours: 48,
    });
    const request = new Booking(session, people.sue, {
      organisation: charity,
      arrival: 1,
      requestedByUserId: randomUUID(),
      approver: people.meg,
    });
    em.persist([provider, course, session, request]);
    await em.flush();

    // Supervision every 28 days, last held on 2 March 2026: next due on 30 March. Otto (reminders
    // off) and Bo (with a session booked for 28 March) are supervised by Sam as well.
    const cipher = api.app.get(ContentCipher);
    const agreement = (supervisee: Person) =>
      new SupervisionAgreement(supervisee, people.sam, {
        type: SupervisionType.PRACTICE_SUPERVISION,
        model: SupervisionModel.MORRISON_4X4X4,
        frequency: { pattern: FrequencyPattern.EVERY_N_DAYS, everyDays: 28 },
        expectedMinutes: 60,
        startDate: '2026-01-01',
        reviewDate: null,
      });
    const held = (a: SupervisionAgreement) => {
      const session = SupervisionSession.oneToOne(a, new Date('2026-03-02T10:00:00Z'), 60);
      session.record(
        {
          durationMinutes: 60,
          functions: [],
          wellbeingRating: null,
          contentSealed: cipher.seal(
            JSON.stringify({ discussionNotes: SECRET }),
            `SupervisionSession:${session.id}:content`,
          ),
          learningNeeds: [],
          nextDate: null,
        },
        new Date('2026-03-02T12:00:00Z'),
      );
      return session;
    };
    const [sue, bo, otto] = [people.sue, people.bo, people.otto].map(agreement);
    const sueSession = held(sue);
    const action = (owner: Person, due: string, status = ActionStatus.OPEN) => {
      const made = new SupervisionAction(sueSession, owner, due);
      made.descriptionSealed = cipher.seal(SECRET, `SupervisionAction:${made.id}:description`);
      made.setStatus(status, new Date('2026-03-10T10:00:00Z'));
      return made;
    };
    em.persist([
      sue,
      bo,
      otto,
      sueSession,
      held(bo),
      held(otto),
      SupervisionSession.oneToOne(bo, new Date('2026-03-28T10:00:00Z'), 60),
      action(people.sue, '2026-03-26'),
      action(people.sam, '2026-03-26', ActionStatus.DONE),
    ]);
    await em.flush();
  });
  afterAll(async () => {
    await worker?.close();
  });

  it("tells a volunteer's coordinator once when the DBS recheck is near and once when it is overdue", async () => {
    await run(sendDbsRecheckReminders, new Date());
    await run(sendDbsRecheckReminders, new Date());
    const [due] = await settled(people.cora, 1);
    expect(mail.to(people.cora.email)).toHaveLength(1);
    expect(due.subject).toMatch(/^DBS recheck due: Val Volunteer, \w+day \d+ \w+ \d{4}$/);
    expect(due.text).toContain("Val Volunteer's DBS check is due to be rechecked by");
    expect(due.text).toContain(`${api.config.http.publicUrl}/Person/${people.val.id}/show`);

    await run(sendDbsRecheckReminders, new Date(Date.now() + 25 * DAY));
    await run(sendDbsRecheckReminders, new Date(Date.now() + 26 * DAY));
    const mailed = await settled(people.cora, 2);
    expect(mailed.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^DBS recheck due: Val Volunteer/),
      expect.stringMatching(/^DBS recheck overdue: Val Volunteer/),
    ]);
    expect(mailed[1].text).toContain('has not been renewed');
  });

  it('writes the reminder of a coordinator who turned reminders off as skipped, and sends nothing', async () => {
    const rows = await api
      .em()
      .find(
        Notification,
        { type: 'dbs-recheck-due', recipientPersonId: people.otto.id },
        { filters: false, orderBy: { dedupeKey: 'ASC' } },
      );
    expect(rows.map((r) => [r.kind, r.status])).toEqual([
      [NotificationKind.REMINDER, NotificationStatus.SKIPPED],
      [NotificationKind.REMINDER, NotificationStatus.SKIPPED],
    ]);
    expect(mail.to(people.otto.email)).toEqual([]);
  });

  it('tells both parties when supervision falls due and again when it is overdue, and owners of actions due', async () => {
    const tick = (day: string) => run(sendSupervisionReminders, new Date(`${day}T06:40:00Z`));
    await tick('2026-03-20');
    await tick('2026-03-25');
    await tick('2026-03-25');
    const sue = await settled(people.sue, 2);
    expect(sue.map((m) => m.subject).sort()).toEqual([
      'Supervision action due tomorrow',
      'Supervision due: with Sam Supervisor, Monday 30 March 2026',
    ]);
    const sam = await settled(people.sam, 2);
    // Bo's session is booked before the due date: no "due" for that pair.
    expect(sam.map((m) => m.subject).sort()).toEqual([
      'Supervision due: Otto Offline, Monday 30 March 2026',
      'Supervision due: Sue Supervisee, Monday 30 March 2026',
    ]);
    expect(sam.find((m) => m.subject.includes('Sue'))?.text).toContain(
      "Sue Supervisee's next supervision is due by Monday 30 March 2026 and is not booked yet.",
    );
    expect(mail.to(people.bo.email)).toEqual([]);

    await tick('2026-04-02');
    await tick('2026-04-02');
    expect(
      (await settled(people.sue, 4))
        .map((m) => m.subject)
        .slice(2)
        .sort(),
    ).toEqual([
      'Supervision action overdue since Thursday 26 March 2026',
      'Supervision overdue: with Sam Supervisor, Monday 30 March 2026',
    ]);
    expect(
      (await settled(people.sam, 5))
        .map((m) => m.subject)
        .slice(2)
        .sort(),
    ).toEqual([
      'Supervision overdue: Bo Booked, Monday 30 March 2026',
      'Supervision overdue: Otto Offline, Monday 30 March 2026',
      'Supervision overdue: Sue Supervisee, Monday 30 March 2026',
    ]);
    expect((await settled(people.bo, 1)).map((m) => m.subject)).toEqual([
      'Supervision overdue: with Sam Supervisor, Monday 30 March 2026',
    ]);
    const everything = [...mail.received].map((m) => `${m.subject}${m.text}${m.html}`).join();
    expect(everything).not.toContain('Okafor');
    expect(mail.to(people.otto.email)).toEqual([]);
    const ottoRows = await api
      .em()
      .find(Notification, { type: 'supervision-due', recipientPersonId: people.otto.id }, { filters: false });
    expect(ottoRows.map((r) => r.status)).toEqual([NotificationStatus.SKIPPED, NotificationStatus.SKIPPED]);
  });

  it("sends each manager one weekly digest of their team's expiring training and overdue supervision", async () => {
    // The Monday after the supervision above fell overdue; Una's training expires too late to list.
    const monday = new Date('2026-04-06T07:00:00Z');
    const cora = mail.to(people.cora.email).length;
    await run(sendWeeklyDigest, monday);
    await run(sendWeeklyDigest, new Date('2026-04-08T07:00:00Z'));
    const [meg] = await settled(people.meg, 1);
    expect(meg.subject).toBe('Your weekly summary: what needs you and your team');
    expect(lines(meg.text)).toContain(
      'Booking requests waiting for your decision\n- Sue Supervisee: Solihull Approach foundation (Tuesday 12 May 2026)\n' +
        `Open in Kindred: ${api.config.http.publicUrl}/training-approvals\n\nYour reports'`,
    );
    expect(lines(meg.text)).toContain(
      "Your reports' supervision overdue\n- Bo Booked: supervision with Sam Supervisor was due (Monday 30 March 2026)\n" +
        '- Sue Supervisee: supervision with Sam Supervisor was due (Monday 30 March 2026)',
    );
    expect(meg.text).not.toContain('Training expiring');
    const coraMail = (await settled(people.cora, cora + 1)).slice(cora);
    expect(coraMail).toHaveLength(1);
    expect(lines(coraMail[0].text)).toContain(
      'Training expiring in the next 30 days\n- Val Volunteer: Paediatric first aid (Monday 20 April 2026)\nOpen in Kindred',
    );
    expect(mail.to(people.ned.email)).toEqual([]);
    expect(mail.to(people.otto.email)).toEqual([]);
    const digests = await api.em().find(Notification, { type: 'weekly-digest' }, { filters: false, populate: [] });
    expect(digests.map((d) => [d.recipientPersonId, d.kind, d.status, d.dedupeKey]).sort()).toEqual(
      [
        [people.cora.id, NotificationKind.DIGEST, NotificationStatus.SENT, `digest:${people.cora.id}:2026-W15`],
        [people.meg.id, NotificationKind.DIGEST, NotificationStatus.SENT, `digest:${people.meg.id}:2026-W15`],
        [people.otto.id, NotificationKind.DIGEST, NotificationStatus.SKIPPED, `digest:${people.otto.id}:2026-W15`],
      ].sort(),
    );
  });

  it("still tells a learner's current line managers, once each, of training expiring", async () => {
    const val = mail.to(people.val.email).length;
    const cora = mail.to(people.cora.email).length;
    await run(sendTrainingReminders, new Date('2026-04-06T08:07:00Z'));
    const [learner] = (await settled(people.val, val + 1)).slice(val);
    expect(learner.subject).toBe('Your Paediatric first aid expires on 2026-04-20');
    // Una's is 56 days off: its 60-day notice.
    const manager = (await settled(people.cora, cora + 2)).slice(cora);
    expect(manager.map((m) => m.subject).sort()).toEqual([
      "Una Updated's Manual handling expires on 2026-06-01",
      "Val Volunteer's Paediatric first aid expires on 2026-04-20",
    ]);
  });
});
