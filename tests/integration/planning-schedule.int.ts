import { ref } from '@mikro-orm/core';
import { Test, type TestingModule } from '@nestjs/testing';
import { Role } from '@kindred/auth';
import { Partnership, scopeToPartnership } from '@kindred/database';
import { JobQueue, waitForIdleQueues } from '@kindred/jobs';
import { MessageRenderer, Notification } from '@kindred/notify';
import { Person } from '@kindred/org';
import {
  buildScheduleJob,
  DraftStatus,
  NeedPriority,
  ProblemGatherer,
  ScheduleDraft,
  Slot,
  TrainerDayAway,
} from '@kindred/planning';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';
import { CourseMode, CourseStatus, SessionStatus, TrainingSession } from '@kindred/training';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { Course } from '../../libs/training/src/course/course.entity';
import { ScheduleInvitations } from '../../libs/planning/src/draft/schedule-invitations';
import { RecordSource, TrainingRecord } from '../../libs/training/src/record/training-record.entity';

// Drafting the term's timetable on the Northshire demo: the worker gathers demand from the real
// database, runs the solver and stores what it proposes.

const DAY = 86_400_000;
const isoIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

const DRAFT_FIELDS = `id status progress error notes onlineUrl
  sessions { key courseId trainerId roomId days slot pinned explanation onlineUrl invitees { personId } }
  unmet { personId courseId reason detail } publications { key sessionId refusal }`;
const CREATE = `mutation($input: CreateScheduleDraftInput!) { createScheduleDraft(input: $input) { ${DRAFT_FIELDS} } }`;
const DRAFT = `query($id: ID!) { scheduleDraft(id: $id) { ${DRAFT_FIELDS} } }`;
const DRAFTS = `query { scheduleDrafts { id } }`;
const PIN = `mutation($id: ID!, $key: ID!) { pinDraftSession(id: $id, key: $key) { ${DRAFT_FIELDS} } }`;
const REMOVE = `mutation($id: ID!, $key: ID!) { removeDraftSession(id: $id, key: $key) { ${DRAFT_FIELDS} } }`;
const RERUN = `mutation($id: ID!) { rerunScheduleDraft(id: $id) { id status } }`;
const PUBLISH = `mutation($id: ID!) { publishScheduleDraft(id: $id) { ${DRAFT_FIELDS} } }`;
const ONLINE_LINK = `mutation($input: SetDraftOnlineLinkInput!) { setDraftOnlineLink(input: $input) { ${DRAFT_FIELDS} } }`;
const AWAY_FIELDS = 'id trainerId startsOn endsOn reason';
const TRAINERS = `query { schedulingTrainers { id name } }`;
const DAYS_AWAY = `query { trainerDaysAway { ${AWAY_FIELDS} } }`;
const ADD_AWAY = `mutation($input: AddTrainerDayAwayInput!) { addTrainerDayAway(input: $input) { ${AWAY_FIELDS} } }`;
const REMOVE_AWAY = `mutation($id: ID!) { removeTrainerDayAway(id: $id) }`;

interface DraftView {
  id: string;
  status: string;
  progress: number;
  onlineUrl: string | null;
  sessions: {
    key: string;
    courseId: string;
    trainerId: string;
    roomId: string | null;
    days: string[];
    slot: string;
    pinned: boolean;
    onlineUrl: string | null;
    invitees: { personId: string }[];
  }[];
  unmet: { personId: string; courseId: string; detail: string }[];
  publications: { key: string; sessionId: string | null; refusal: string | null }[];
}

describe('drafting the term schedule', () => {
  const context = setUpTestApi({ seedDemo: true });
  let api: TestApi;
  let worker: TestingModule;
  let partnershipId: string;

  /** Builds the draft in the worker, noting the progress the console would have seen meanwhile. */
  const build = async (draft: ScheduleDraft, seen: number[] = []): Promise<ScheduleDraft> => {
    const queue = worker.get(JobQueue);
    await queue.add(buildScheduleJob, { draftId: draft.id, partnershipId, today: isoIn(0) });
    const watching = (async () => {
      for (;;) {
        const [row] = await api
          .em()
          .getConnection()
          .execute<{ status: string; progress: number }[]>('select status, progress from schedule_draft where id = ?', [
            draft.id,
          ]);
        seen.push(row.progress);
        if (row.status === DraftStatus.READY || row.status === DraftStatus.FAILED) return;
        // As the console polls (once a second), only more often.
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    await waitForIdleQueues(queue, 60_000);
    await watching;
    return api.em().findOneOrFail(ScheduleDraft, { id: draft.id }, { filters: false });
  };

  const draftFor = async (startsIn: number, weeks: number): Promise<ScheduleDraft> => {
    const em = api.em();
    const partnership = ref(await em.findOneOrFail(Partnership, { id: partnershipId }, { filters: false }));
    const draft = new ScheduleDraft(
      partnership,
      { startsOn: isoIn(startsIn), endsOn: isoIn(startsIn + weeks * 7) },
      partnershipId,
      new Date(),
    );
    await em.persist(draft).flush();
    return draft;
  };

  beforeAll(async () => {
    api = context.api;
    partnershipId = (await api.em().findOneOrFail(Partnership, { slug: 'northshire' }, { filters: false })).id;
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(api.config)] }).compile();
    await worker.init();
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
  });

  it('proposes sessions run by trainers, after the notice period, for people with needs', async () => {
    const em = api.em();
    // A refresher due inside the term: the person must be served or reported unmet as essential.
    const trainerEmail = 'trainer@northshire.example';
    const trainer = await em.findOneOrFail(Person, { email: trainerEmail }, { filters: false });
    const sessionCourse = await em
      .getConnection()
      .execute<{ course_id: string }[]>(
        'select s.course_id from training_session s join training_session_trainer t on t.training_session_id = s.id where t.person_id = ? limit 1',
        [trainer.id],
      );
    const course = await em.findOneOrFail(Course, { id: sessionCourse[0].course_id }, { filters: false });
    const [{ person_id: learnerId }] = await em.getConnection().execute<{ person_id: string }[]>(
      `select ja.person_id from job_assignment ja join team t on t.id = ja.team_id and t.site_id is not null
       join person p on p.id = ja.person_id
       where ja.partnership_id = ? and ja.end_date is null and p.id <> ? and p.user_id is null
       order by p.family_name limit 1`,
      [partnershipId, trainer.id],
    );
    const learner = await em.findOneOrFail(Person, { id: learnerId }, { filters: false });
    await em
      .persist(
        new TrainingRecord(learner, {
          course,
          title: course.title,
          completedOn: isoIn(-700),
          expiresOn: isoIn(42),
          source: RecordSource.IMPORTED,
          cpdMinutes: 60,
          evidence: null,
          booking: null,
        }),
      )
      .flush();

    const seen: number[] = [];
    const draft = await build(await draftFor(35, 6), seen);
    expect(draft.status).toBe(DraftStatus.READY);
    expect(draft.progress).toBe(100);
    // The solver's own progress reached the row while it worked, not only the end.
    expect(seen.some((p) => p > 10 && p < 100)).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const result = draft.result!;
    expect(result.sessions.length).toBeGreaterThan(0);
    const trainers = await em
      .getConnection()
      .execute<{ id: string }[]>(
        `select p.id from role_grant g join person p on p.user_id = g.user_id where g.role = 'TRAINER' and g.partnership_id = ?`,
        [partnershipId],
      );
    const notice = isoIn(api.config.partnership('northshire')!.policies.minimumNoticeDays);
    for (const session of result.sessions) {
      expect(trainers.map((t) => t.id)).toContain(session.trainerId);
      expect(session.days[0] >= notice && session.days[0] >= draft.termStartsOn).toBe(true);
      expect(session.days.at(-1)! <= draft.termEndsOn).toBe(true);
      expect(session.explanation).not.toBe('');
    }
    const invited = result.sessions.some(
      (s) =>
        s.courseId === course.id &&
        s.invitees.some((i) => i.personId === learner.id && i.priority === NeedPriority.ESSENTIAL),
    );
    const unmet = result.unmet.some(
      (u) => u.courseId === course.id && u.personId === learner.id && u.priority === NeedPriority.ESSENTIAL,
    );
    expect(invited || unmet).toBe(true);

    // The need is there because of the record, and says so; one lasting past the term adds none.
    const gatherer = worker.get(ProblemGatherer);
    const term = { startsOn: draft.termStartsOn, endsOn: draft.termEndsOn };
    const needOf = async (endsOn: string) =>
      (await gatherer.gather(partnershipId, { ...term, endsOn }, isoIn(0), [])).problem.needs.find(
        (n) => n.personId === learner.id && n.courseId === course.id,
      );
    expect(await needOf(term.endsOn)).toMatchObject({
      priority: NeedPriority.ESSENTIAL,
      why: expect.stringContaining(`expires ${isoIn(42)}`),
    });
    expect((await needOf(isoIn(40)))?.why ?? '').not.toContain('expires');
  }, 90_000);

  it('refuses a term that ends before it starts', () => {
    expect(
      () =>
        new ScheduleDraft(
          ref({ id: partnershipId } as Partnership),
          { startsOn: isoIn(40), endsOn: isoIn(30) },
          'x',
          new Date(),
        ),
    ).toThrow('The term ends before it starts.');
  });

  describe('through the API', () => {
    let lead: GraphQLClient;
    const idle = () => waitForIdleQueues(worker.get(JobQueue), 60_000);
    const draftOf = async (id: string): Promise<DraftView> => (await lead.data(DRAFT, { id })).scheduleDraft;
    const errorOf = async (query: string, variables: Record<string, unknown>) =>
      (await lead.request(query, variables)).errors?.[0]?.message;

    beforeAll(async () => {
      lead = await api.loginAs(Role.WORKFORCE_LEAD);
    });

    it('refuses bad input and changes nothing', async () => {
      const before = (await lead.data(DRAFTS)).scheduleDrafts.length;
      expect(await errorOf(CREATE, { input: { termStart: isoIn(60), termEnd: isoIn(40) } })).toBe(
        'The term ends before it starts.',
      );
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(await draftOf(unknown)).toBeNull();
      expect(await errorOf(PIN, { id: unknown, key: 's1' })).toContain('was not found');
      expect(await errorOf(PUBLISH, { id: unknown })).toContain('was not found');
      // Another partnership's draft is as good as unknown.
      const em = api.em();
      const southvale = ref(await em.findOneOrFail(Partnership, { slug: 'southvale' }, { filters: false }));
      const theirs = new ScheduleDraft(southvale, { startsOn: isoIn(35), endsOn: isoIn(70) }, unknown, new Date());
      await em.persist(theirs).flush();
      expect(await draftOf(theirs.id)).toBeNull();
      expect(await errorOf(RERUN, { id: theirs.id })).toContain('was not found');
      expect(await em.findOneOrFail(ScheduleDraft, { id: theirs.id }, { filters: false })).toMatchObject({
        status: DraftStatus.DRAFT,
      });
      expect((await lead.data(DRAFTS)).scheduleDrafts.length).toBe(before);
      const learner = await api.loginAs(Role.LEARNER);
      expect((await learner.request(DRAFTS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('keeps trainers’ days away, refuses bad input, and the gatherer gives them to the solver', async () => {
      const em = api.em();
      const helen = await em.findOneOrFail(Person, { email: 'trainer@northshire.example' }, { filters: false });
      const jordan = await em.findOneOrFail(Person, { email: 'learner@northshire.example' }, { filters: false });
      const southvale = await em.findOneOrFail(Partnership, { slug: 'southvale' }, { filters: false });
      const outsider = new Person(ref(southvale), {
        givenName: 'Sam',
        familyName: 'Okafor',
        email: 'sam@southvale.example',
      });
      await em.persist(outsider).flush();
      const rows = () => api.em().count(TrainerDayAway, {}, { filters: false });
      expect((await lead.data(TRAINERS)).schedulingTrainers).toEqual([{ id: helen.id, name: 'Helen Carter' }]);

      const away = (input: Record<string, unknown>) => ({
        input: { trainerId: helen.id, startsOn: isoIn(35), endsOn: isoIn(48), ...input },
      });
      const before = await rows();
      expect(await errorOf(ADD_AWAY, away({ endsOn: isoIn(34) }))).toBe('The last day away is before the first.');
      expect(await errorOf(ADD_AWAY, away({ startsOn: '2027-02-30' }))).toBe(
        'The first day away must be a date like 2026-09-01.',
      );
      expect(await errorOf(ADD_AWAY, away({ trainerId: '00000000-0000-4000-8000-000000000000' }))).toContain(
        'was not found',
      );
      expect(await errorOf(ADD_AWAY, away({ trainerId: outsider.id }))).toContain('was not found');
      expect(await errorOf(ADD_AWAY, away({ trainerId: jordan.id }))).toBe('Jordan Reid is not a trainer.');
      expect(await rows()).toBe(before);

      const leave = (await lead.data(ADD_AWAY, away({ reason: ' Annual leave ' }))).addTrainerDayAway;
      expect(leave).toMatchObject({
        trainerId: helen.id,
        startsOn: isoIn(35),
        endsOn: isoIn(48),
        reason: 'Annual leave',
      });

      // The trainer keeps their own days, and only theirs; a learner keeps none.
      const trainer = await api.loginAs(Role.TRAINER);
      expect((await trainer.data(TRAINERS)).schedulingTrainers).toEqual([{ id: helen.id, name: 'Helen Carter' }]);
      const day = (
        await trainer.data(ADD_AWAY, { input: { trainerId: helen.id, startsOn: isoIn(60), endsOn: isoIn(60) } })
      ).addTrainerDayAway;
      // Hers: the leave the lead recorded, the day she did and the demo's own leave, fourteen weeks ahead.
      const listed = async (client: GraphQLClient) =>
        (await client.data(DAYS_AWAY)).trainerDaysAway.map((a: { startsOn: string }) => a.startsOn);
      expect(await listed(trainer)).toEqual([isoIn(35), isoIn(60), isoIn(98)]);
      expect((await trainer.request(ADD_AWAY, away({ trainerId: jordan.id }))).errors?.[0]?.message).toContain(
        'was not found',
      );
      const learner = await api.loginAs(Role.LEARNER);
      expect((await learner.request(DAYS_AWAY)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await trainer.data(REMOVE_AWAY, { id: day.id })).removeTrainerDayAway).toBe(day.id);
      expect(await errorOf(REMOVE_AWAY, { id: day.id })).toContain('was not found');

      // Another partnership's record is as good as unknown, and stays.
      const theirs = new TrainerDayAway(outsider, { startsOn: isoIn(35), endsOn: isoIn(36) }, outsider.id);
      await em.persist(theirs).flush();
      expect(await errorOf(REMOVE_AWAY, { id: theirs.id })).toContain('was not found');
      expect(await listed(lead)).toEqual([isoIn(35), isoIn(98)]);
      expect(await rows()).toBe(before + 2);

      // The solver is told Helen is away the fourteen days from day 35 to day 48 of a term that covers them.
      const gathered = await worker
        .get(ProblemGatherer)
        .gather(partnershipId, { startsOn: isoIn(30), endsOn: isoIn(77) }, isoIn(0), []);
      const helenInput = gathered.problem.trainers.find((t) => t.id === helen.id)!;
      expect(helenInput.unavailableDays).toEqual(Array.from({ length: 14 }, (_, i) => isoIn(35 + i)));
      expect(gathered.notes).toContain("No session is planned on trainers' days away (Helen Carter).");
    });

    it('drafts a term, keeps a pinned session through a re-run, and publishes once', async () => {
      const { id } = (await lead.data(CREATE, { input: { termStart: isoIn(35), termEnd: isoIn(77) } }))
        .createScheduleDraft;
      await idle();
      const built = await draftOf(id);
      expect(built).toMatchObject({ status: 'READY', progress: 100 });
      expect(built.sessions.length).toBeGreaterThan(0);
      // The demo's one trainer is on leave from day 35 to day 48 (recorded above): nothing is planned then.
      expect(built.sessions.flatMap((s) => s.days).filter((d) => d <= isoIn(48))).toEqual([]);

      const [kept, dropped] = built.sessions;
      const pinned = (await lead.data(PIN, { id, key: kept.key })).pinDraftSession as DraftView;
      expect(pinned.sessions.find((s) => s.key === kept.key)?.pinned).toBe(true);
      if (dropped) {
        const removed = (await lead.data(REMOVE, { id, key: dropped.key })).removeDraftSession as DraftView;
        expect(removed.sessions.some((s) => s.key === dropped.key)).toBe(false);
        expect(removed.unmet.filter((u) => u.detail.includes('removed')).length).toBe(dropped.invitees.length);
      }

      await lead.data(RERUN, { id });
      await idle();
      const rerun = await draftOf(id);
      expect(rerun.status).toBe('READY');
      const again = rerun.sessions.find((s) => s.pinned);
      expect(again).toMatchObject({
        courseId: kept.courseId,
        trainerId: kept.trainerId,
        days: kept.days,
        slot: kept.slot,
      });
      expect(again!.invitees.map((i) => i.personId)).toEqual(
        expect.arrayContaining(kept.invitees.map((i) => i.personId)),
      );

      const published = (await lead.data(PUBLISH, { id })).publishScheduleDraft as DraftView;
      expect(published.status).toBe('PUBLISHED');
      expect(published.publications.map((p) => p.key).sort()).toEqual(rerun.sessions.map((s) => s.key).sort());
      const made = published.publications.filter((p) => p.refusal === null).map((p) => p.sessionId!);
      expect(made.length).toBeGreaterThan(0);
      const sessions = await api.em().find(TrainingSession, { id: { $in: made } }, { filters: false });
      expect(sessions.map((s) => s.status)).toEqual(made.map(() => SessionStatus.PUBLISHED));

      // Everyone each published session was meant for is invited once, in the publishing transaction.
      const invitations = () =>
        api
          .em()
          .find(
            Notification,
            { type: 'session-invitation', dedupeKey: { $like: `schedule-draft:${id}:%` } },
            { filters: false },
          );
      const sent = await invitations();
      const publishedKeys = new Set(published.publications.filter((p) => p.refusal === null).map((p) => p.key));
      const meant = published.sessions
        .filter((s) => publishedKeys.has(s.key))
        .flatMap((s) => s.invitees.map((i) => `${s.key}:${i.personId}`));
      expect(meant.length).toBeGreaterThan(0);
      expect(sent.map((n) => `${n.dedupeKey.split(':')[2]}:${n.recipientPersonId}`).sort()).toEqual(meant.sort());
      const people = await api
        .em()
        .find(Person, { id: { $in: sent.map((n) => n.recipientPersonId!) } }, { filters: false });
      expect(sent.every((n) => people.find((p) => p.id === n.recipientPersonId)?.email === n.recipientEmail)).toBe(
        true,
      );

      // In plain English, with the session's dates and place, and a link to its page to book it.
      const letter = sent[0];
      const session = sessions.find((s) => String(letter.data.bookingLink).endsWith(`/TrainingSession/${s.id}/show`))!;
      expect(session).toBeDefined();
      const northshire = api.config.partnership('northshire')!;
      const message = worker
        .get(MessageRenderer)
        .render('session-invitation', letter.data, { name: northshire.name, ...northshire.branding, logoUrl: null });
      const person = people.find((p) => p.id === letter.recipientPersonId)!;
      expect(message.subject).toMatch(/^Invitation: .+ on \w+day \d{1,2} \w+ \d{4}$/);
      expect(message.text).toContain(`Hello ${person.givenName},`);
      expect(message.text).toMatch(/When: \w+day \d{1,2} \w+ \d{4} at \d\d:\d\d to \d\d:\d\d/);
      expect(message.text).toMatch(/Where: .+|Online: https?:\/\//);
      expect(message.text).toContain(`Book a place: ${api.config.http.publicUrl}/TrainingSession/${session.id}/show`);
      expect(message.text).toContain('Your place is not booked yet.');

      // Publishing again is refused and sends nothing; inviting a published session again writes nothing.
      expect(await errorOf(PUBLISH, { id })).toBe('This draft has been published already.');
      expect(await errorOf(RERUN, { id })).toBeDefined();
      expect((await draftOf(id)).publications).toEqual(published.publications);
      const entity = await api.em().findOneOrFail(ScheduleDraft, { id }, { filters: false });
      const planned = entity.result!.sessions.find((s) => s.key === letter.dedupeKey.split(':')[2])!;
      const reinvited = await api.em().transactional(async (tx) => {
        scopeToPartnership(tx, partnershipId);
        const real = await tx.findOneOrFail(TrainingSession, { id: session.id }, { filters: false });
        return worker.get(ScheduleInvitations, { strict: false }).invite(tx, entity, planned, real);
      });
      expect(reinvited).toBe(0);
      expect((await invitations()).length).toBe(sent.length);
    }, 120_000);

    /** A ready draft of two online sessions of a virtual course, `weeks` from now, for two learners. */
    const onlineDraft = async (weeks: [number, number]): Promise<ScheduleDraft> => {
      const em = api.em();
      const course = await em.findOneOrFail(
        Course,
        { partnership: partnershipId, mode: CourseMode.VIRTUAL, status: CourseStatus.ACTIVE },
        { filters: false },
      );
      const [trainer] = await em
        .getConnection()
        .execute<{ id: string }[]>(
          `select p.id from role_grant g join person p on p.user_id = g.user_id where g.role = 'TRAINER' and g.partnership_id = ? order by p.id limit 1`,
          [partnershipId],
        );
      const learners = await em.find(
        Person,
        { partnership: partnershipId, user: null },
        { filters: false, limit: 2, orderBy: { familyName: 'ASC', id: 'ASC' } },
      );
      // Well beyond the other drafts' terms, on a Monday, so nothing clashes with the trainer.
      const monday = (n: number) => {
        const day = new Date(Date.now() + n * 7 * DAY);
        day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
        return day.toISOString().slice(0, 10);
      };
      const online = (key: string, day: string) => ({
        key,
        courseId: course.id,
        trainerId: trainer.id,
        roomId: null,
        siteId: null,
        days: [day],
        slot: Slot.MORNING,
        capacity: 12,
        invitees: learners.map((p) => ({
          personId: p.id,
          priority: NeedPriority.ESSENTIAL,
          overdue: true,
          travelKm: 0,
        })),
        pinned: false,
        explanation: 'Online, so nobody travels.',
      });
      const draft = await em.findOneOrFail(ScheduleDraft, { id: (await draftFor(140, 4)).id }, { filters: false });
      draft.complete({
        sessions: [online('online-a', monday(weeks[0])), online('online-b', monday(weeks[1]))],
        unmet: [],
        figures: {
          essentialDemand: 4,
          essentialServed: 4,
          totalDemand: 4,
          totalServed: 4,
          sessions: 2,
          meanFill: 0.17,
          travelKm: 0,
        },
        notes: [],
        names: {},
      });
      await em.flush();
      return draft;
    };

    it('publishes online sessions with the link the lead gives, and refuses one left without', async () => {
      const id = (await onlineDraft([21, 22])).id;

      // A link that is not a web address, or one for a session in a room, is refused and changes nothing.
      const refused = await lead.request(ONLINE_LINK, { input: { id, key: 'online-a', url: 'teams meeting' } });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await errorOf(ONLINE_LINK, { input: { id, key: 'nowhere', url: 'https://meet.example/x' } })).toContain(
        'was not found',
      );
      expect((await draftOf(id)).sessions.map((s) => s.onlineUrl)).toEqual([null, null]);

      // The draft's default reaches every online session until one is given its own.
      const withDefault = (await lead.data(ONLINE_LINK, { input: { id, url: 'https://meet.example/hub-default' } }))
        .setDraftOnlineLink as DraftView;
      expect(withDefault.onlineUrl).toBe('https://meet.example/hub-default');
      expect(withDefault.sessions.map((s) => s.onlineUrl)).toEqual([
        'https://meet.example/hub-default',
        'https://meet.example/hub-default',
      ]);
      const own = (await lead.data(ONLINE_LINK, { input: { id, key: 'online-a', url: 'https://meet.example/sg1' } }))
        .setDraftOnlineLink as DraftView;
      expect(own.sessions.map((s) => s.onlineUrl)).toEqual([
        'https://meet.example/sg1',
        'https://meet.example/hub-default',
      ]);
      // Taking the default away leaves the second session without a link.
      const cleared = (await lead.data(ONLINE_LINK, { input: { id, url: null } })).setDraftOnlineLink as DraftView;
      expect(cleared.sessions.map((s) => s.onlineUrl)).toEqual(['https://meet.example/sg1', null]);

      const published = (await lead.data(PUBLISH, { id })).publishScheduleDraft as DraftView;
      const [a, b] = published.publications;
      expect(a).toMatchObject({ key: 'online-a', refusal: null });
      expect(b.key).toBe('online-b');
      expect(b.refusal).not.toBeNull();
      const session = await api.em().findOneOrFail(TrainingSession, { id: a.sessionId! }, { filters: false });
      expect(session).toMatchObject({ status: SessionStatus.PUBLISHED, onlineUrl: 'https://meet.example/sg1' });
      // The invitation carries the link; nobody is invited to the session that was refused.
      const letters = await api
        .em()
        .find(Notification, { dedupeKey: { $like: `schedule-draft:${id}:%` } }, { filters: false });
      expect(letters.map((n) => n.dedupeKey.split(':')[2])).toEqual(['online-a', 'online-a']);
      expect(letters.map((n) => n.data.onlineUrl)).toEqual(['https://meet.example/sg1', 'https://meet.example/sg1']);
      expect(await errorOf(ONLINE_LINK, { input: { id, url: 'https://meet.example/late' } })).toBe(
        'This draft has been published already.',
      );
    }, 60_000);

    it('publishes a draft once when two publishes arrive together', async () => {
      const id = (await onlineDraft([23, 24])).id;
      await lead.data(ONLINE_LINK, { input: { id, url: 'https://meet.example/together' } });
      const other = await api.loginAs(Role.WORKFORCE_LEAD);
      const [a, b] = await Promise.all([lead.request(PUBLISH, { id }), other.request(PUBLISH, { id })]);
      const outcomes = [a, b];
      const won = outcomes.filter((r) => !r.errors);
      const lost = outcomes.filter((r) => r.errors);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].errors![0].message).toMatch(/^This draft (is being published|has been published already)\.$/);
      const published = won[0].data!.publishScheduleDraft as DraftView;
      expect(published.status).toBe('PUBLISHED');
      expect(published.publications.map((p) => p.refusal)).toEqual([null, null]);

      // One set of sessions (two, one a week) and one set of invitations (two learners each).
      const draft = await api.em().findOneOrFail(ScheduleDraft, { id }, { filters: false });
      const [first, second] = draft.result!.sessions;
      const made = await api
        .em()
        .getConnection()
        .execute<{ n: number }[]>(
          `select count(*)::int as n from training_session s join session_part p on p.session_id = s.id
           where s.course_id = ? and p.starts_at::date in (?, ?)`,
          [first.courseId, first.days[0], second.days[0]],
        );
      expect(made[0].n).toBe(2);
      const letters = await api
        .em()
        .count(Notification, { dedupeKey: { $like: `schedule-draft:${id}:%` } }, { filters: false });
      expect(letters).toBe(4);
    });
  });
});
