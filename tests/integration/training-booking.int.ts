import { ref } from '@mikro-orm/core';
import { Test, type TestingModule } from '@nestjs/testing';
import { Role } from '@kindred/auth';
import { Partnership, scopeToPartnership } from '@kindred/database';
import { JobQueue, waitForIdleQueues } from '@kindred/jobs';
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
import { keepPlaces } from '@kindred/training';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { Course, CourseMode } from '../../libs/training/src/course/course.entity';
import { ProviderKind, TrainingProvider } from '../../libs/training/src/provider/training-provider.entity';
import { BookingService } from '../../libs/training/src/booking/booking.service';

// Booking against real PostgreSQL: places under contention, reserved pools, the waitlist and its
// offers, approval, guards and the notice and clash rules.

const DAY = 86_400_000;
const at = (days: number, hour = 9) => {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
};

const CREATE_SESSION = `mutation($input: CreateSessionInput!) { createSession(input: $input) { id status } }`;
const PUBLISH = `mutation($id: ID!) { publishSession(id: $id) { id status } }`;
const QUOTAS = `mutation($input: SessionQuotasInput!) { setSessionQuotas(input: $input) { id } }`;
const BOOK = `mutation($input: BookSessionInput!) {
  bookSession(input: $input) { warnings booking { id status arrival guards quotaId offerExpiresAt } }
}`;
const CANCEL = `mutation($id: ID!) { cancelBooking(id: $id) { id status late } }`;
const ACCEPT = `mutation($id: ID!) { acceptOffer(id: $id) { id status } }`;
const APPROVE = `mutation($input: ApproveBookingInput!) { approveBooking(input: $input) { id status overrideReason } }`;
const INBOX = `query { approvalInbox { totalCount nodes { id status guards person { fullName } } } }`;
const BOOKINGS = `query($filter: BookingFilter) {
  bookings(filter: $filter, perPage: 500) { totalCount nodes { id status arrival quotaId offerExpiresAt person { id } } }
}`;

interface BookingRow {
  id: string;
  status: string;
  arrival: number;
  quotaId: string | null;
  offerExpiresAt: string | null;
  person: { id: string };
}

describe('booking training', () => {
  const context = setUpTestApi();
  let api: TestApi;
  let lead: GraphQLClient;
  let worker: TestingModule;
  const ids: Record<string, string> = {};
  let councilPeople: Person[] = [];
  let vcfsePeople: Person[] = [];

  const errorOf = async (client: GraphQLClient, query: string, variables: Record<string, unknown>) =>
    (await client.request(query, variables)).errors?.[0];

  /** A published one-day session, 40 days ahead unless said otherwise. */
  const session = async (overrides: Record<string, unknown> = {}, startDays = 40) => {
    const id = (
      await lead.data(CREATE_SESSION, {
        input: {
          courseId: ids.course,
          parts: [{ startsAt: at(startDays, 9), endsAt: at(startDays, 16) }],
          onlineUrl: 'https://meet.example/trauma-informed',
          capacity: 30,
          registrationClosesAt: at(startDays - 2),
          cancellationCutoffAt: at(startDays - 7),
          ...overrides,
        },
      })
    ).createSession.id;
    await lead.data(PUBLISH, { id });
    return id;
  };

  const bookingsOf = async (sessionId: string): Promise<BookingRow[]> =>
    (await lead.data(BOOKINGS, { filter: { sessionIds: [sessionId] } })).bookings.nodes;

  const keep = async (now: Date) => {
    const queue = worker.get(JobQueue);
    await queue.add(keepPlaces, { now: now.toISOString() });
    await waitForIdleQueues(queue, 20_000);
  };

  beforeAll(async () => {
    api = context.api;
    lead = (await api.userIn('northshire', 'training.lead@northshire.example', [Role.WORKFORCE_LEAD])).client;
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(api.config)] }).compile();
    await worker.init();

    const em = api.em();
    const partnership = ref(await em.findOneOrFail(Partnership, { slug: 'northshire' }, { filters: false }));
    const council = new Organisation(partnership, {
      name: 'Harbour Council',
      code: 'HBC',
      kind: OrganisationKind.LOCAL_AUTHORITY,
      statutory: true,
    });
    council.bookingApproval = BookingApproval.LINE_MANAGER;
    const homeStart = new Organisation(partnership, {
      name: 'Home-Start Harbour',
      code: 'HSH',
      kind: OrganisationKind.VCFSE,
      statutory: false,
    });
    homeStart.bookingApproval = BookingApproval.NONE;
    const hub = new Site(partnership, { name: 'Harbour Family Hub', kind: SiteKind.FAMILY_HUB, locality: 'Harbour' });
    const room = new Room(hub, { name: 'Training room', capacity: 30 });
    const councilTeam = new Team(council, 'Harbour family support');
    const volunteers = new Team(homeStart, 'Harbour home visiting');
    const job = (person: Person, organisation: Organisation, team: Team, type = EmploymentType.STAFF) =>
      new JobAssignment(person, {
        organisation,
        team,
        jobTitle: type === EmploymentType.VOLUNTEER ? 'Home-visiting volunteer' : 'Family support worker',
        employmentType: type,
        startDate: '2024-01-01',
      });
    const person = (given: string, family: string) =>
      new Person(partnership, { givenName: given, familyName: family, email: `${given}.${family}@harbour.example` });
    councilPeople = Array.from({ length: 400 }, (_, i) => person('Staff', `Member${i}`));
    vcfsePeople = Array.from({ length: 100 }, (_, i) => person('Volunteer', `Member${i}`));
    const assignments = [
      ...councilPeople.map((p) => job(p, council, councilTeam)),
      ...vcfsePeople.map((p) => job(p, homeStart, volunteers, EmploymentType.VOLUNTEER)),
    ];
    const provider = new TrainingProvider(partnership, {
      name: 'Harbour workforce development',
      kind: ProviderKind.IN_HOUSE,
      organisation: null,
      contactEmail: null,
      website: null,
    });
    const course = new Course(provider, {
      title: 'Trauma-informed practice (Skilled)',
      summary: 'Recognising and responding to trauma in everyday practice.',
      outcomes: ['Use the six principles in a home visit'],
      mode: CourseMode.VIRTUAL,
      durationMinutes: 420,
      cpdMinutes: 360,
      audience: { roleProfileIds: [], employmentTypes: [], organisationIds: [] },
      validityMonths: null,
      reminderMonths: [],
      costPerPlacePence: 9500,
    });
    em.persist([
      council,
      homeStart,
      hub,
      room,
      councilTeam,
      volunteers,
      ...councilPeople,
      ...vcfsePeople,
      ...assignments,
    ]);
    em.persist([provider, course]);
    await em.flush();
    Object.assign(ids, {
      partnership: partnership.id,
      council: council.id,
      homeStart: homeStart.id,
      room: room.id,
      hub: hub.id,
      course: course.id,
      councilTeam: councilTeam.id,
    });
  });
  afterAll(async () => {
    await worker?.close();
  });

  it('gives 500 people booking at once exactly the places each pool has, the rest waitlisted by arrival', async () => {
    const sessionId = await session();
    await lead.data(QUOTAS, {
      input: { sessionId, quotas: [{ organisationKind: 'VCFSE', seats: 10, releaseAt: at(30) }] },
    });
    const everyone = [...councilPeople, ...vcfsePeople].sort((a, b) => a.email.localeCompare(b.email));
    const results = await Promise.all(
      everyone.map((p) => lead.request(BOOK, { input: { sessionId, personId: p.id } })),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);

    const rows = await bookingsOf(sessionId);
    const vcfse = new Set(vcfsePeople.map((p) => p.id));
    const confirmed = rows.filter((r) => r.status === 'CONFIRMED');
    const waitlisted = rows.filter((r) => r.status === 'WAITLISTED');
    expect(rows).toHaveLength(500);
    expect(confirmed).toHaveLength(30);
    expect(waitlisted).toHaveLength(470);
    const reserved = confirmed.filter((r) => r.quotaId !== null);
    expect(reserved).toHaveLength(10);
    expect(reserved.every((r) => vcfse.has(r.person.id))).toBe(true);
    expect(confirmed.filter((r) => r.quotaId === null)).toHaveLength(20);
    // Arrival is a strict order: 1 to 500 with no gaps or repeats.
    expect(rows.map((r) => r.arrival).sort((a, b) => a - b)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    // First come, first served within each pool: nobody waits who arrived before someone placed in
    // a pool they could use.
    const latestOpen = Math.max(...confirmed.filter((r) => r.quotaId === null).map((r) => r.arrival));
    const firstWaiting = Math.min(...waitlisted.map((r) => r.arrival));
    expect(latestOpen).toBeLessThan(firstWaiting);
    const latestVolunteer = Math.max(...confirmed.filter((r) => vcfse.has(r.person.id)).map((r) => r.arrival));
    const firstVolunteerWaiting = Math.min(...waitlisted.filter((r) => vcfse.has(r.person.id)).map((r) => r.arrival));
    expect(latestVolunteer).toBeLessThan(firstVolunteerWaiting);
    ids.crowded = sessionId;
  }, 180_000);

  it('offers a freed place to the first in the queue who can use it, and passes it on when the offer lapses', async () => {
    const rows = await bookingsOf(ids.crowded);
    const openPlace = rows.find((r) => r.status === 'CONFIRMED' && r.quotaId === null)!;
    await lead.data(CANCEL, { id: openPlace.id });
    const waiting = rows.filter((r) => r.status === 'WAITLISTED').sort((a, b) => a.arrival - b.arrival);
    const after = await bookingsOf(ids.crowded);
    const offered = after.filter((r) => r.status === 'OFFERED');
    expect(offered.map((r) => r.id)).toEqual([waiting[0].id]);
    // Held for 48 hours (the session's offer window), never past the start.
    const expires = new Date(offered[0].offerExpiresAt!).getTime();
    expect(expires - Date.now()).toBeGreaterThan(47 * 3_600_000);
    expect(expires - Date.now()).toBeLessThanOrEqual(48 * 3_600_000);

    // Nobody takes it up: after the window it goes to the next in line.
    await keep(new Date(Date.now() + 49 * 3_600_000));
    const later = await bookingsOf(ids.crowded);
    expect(later.find((r) => r.id === waiting[0].id)?.status).toBe('EXPIRED');
    const next = later.filter((r) => r.status === 'OFFERED');
    expect(next.map((r) => r.id)).toEqual([waiting[1].id]);
    expect(await lead.data(ACCEPT, { id: next[0].id })).toEqual({
      acceptOffer: { id: next[0].id, status: 'CONFIRMED' },
    });
    const settled = await bookingsOf(ids.crowded);
    expect(settled.filter((r) => r.status === 'CONFIRMED')).toHaveLength(30);
  });

  it('releases reserved places nobody took into the open pool after the release date', async () => {
    const sessionId = await session({ capacity: 5 }, 45);
    await lead.data(QUOTAS, {
      input: { sessionId, quotas: [{ organisationKind: 'VCFSE', seats: 3, releaseAt: at(35) }] },
    });
    const [first, second, third] = councilPeople;
    for (const p of [first, second, third]) await lead.data(BOOK, { input: { sessionId, personId: p.id } });
    let rows = await bookingsOf(sessionId);
    expect(rows.map((r) => r.status).sort()).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED']);

    await keep(at(34)); // before the release: nothing moves
    rows = await bookingsOf(sessionId);
    expect(rows.filter((r) => r.status === 'WAITLISTED')).toHaveLength(1);
    await keep(at(36));
    rows = await bookingsOf(sessionId);
    expect(rows.find((r) => r.person.id === third.id)?.status).toBe('OFFERED');
  });

  it('raising the capacity offers places to the waitlist', async () => {
    const sessionId = await session({ capacity: 1 }, 50);
    await lead.data(BOOK, { input: { sessionId, personId: councilPeople[10].id } });
    await lead.data(BOOK, { input: { sessionId, personId: councilPeople[11].id } });
    await lead.data(`mutation($input: UpdateSessionInput!) { updateSession(input: $input) { id } }`, {
      input: {
        id: sessionId,
        parts: [{ startsAt: at(50, 9), endsAt: at(50, 16) }],
        onlineUrl: 'https://meet.example/trauma-informed',
        capacity: 2,
        registrationClosesAt: at(48),
        cancellationCutoffAt: at(43),
      },
    });
    const rows = await bookingsOf(sessionId);
    expect(rows.find((r) => r.person.id === councilPeople[11].id)?.status).toBe('OFFERED');
  });

  it('shows each session of a calendar page its own places, counted for the whole page at once', async () => {
    const { trainingSessions } = await lead.data<{
      trainingSessions: { nodes: { id: string; places: Record<string, number> }[] };
    }>(
      `{ trainingSessions(perPage: 100) { nodes { id places { capacity confirmed offered waitlisted pendingApproval free } } } }`,
    );
    const listed = new Map(trainingSessions.nodes.map((n) => [n.id, n.places]));
    expect(listed.size).toBeGreaterThanOrEqual(3);
    for (const [sessionId, places] of listed) {
      const rows = await bookingsOf(sessionId);
      const count = (status: string) => rows.filter((r) => r.status === status).length;
      const capacity = places.capacity;
      expect({ sessionId, ...places }).toEqual({
        sessionId,
        capacity,
        confirmed: count('CONFIRMED'),
        offered: count('OFFERED'),
        waitlisted: count('WAITLISTED'),
        pendingApproval: count('PENDING_APPROVAL'),
        free: Math.max(capacity - count('CONFIRMED') - count('OFFERED'), 0),
      });
    }
    // The crowded session is full with a long queue; another still has a free place.
    expect(listed.get(ids.crowded)).toMatchObject({ confirmed: 30, free: 0 });
    expect([...listed.values()].some((p) => p.free > 0)).toBe(true);
  });

  describe('asking the line manager', () => {
    let manager: GraphQLClient;
    let learner: GraphQLClient;

    beforeAll(async () => {
      const em = api.em();
      const [managerPerson, learnerPerson] = [councilPeople[100], councilPeople[101]];
      const { client: m, user: managerUser } = await api.userIn('northshire', 'harbour.manager@harbour.example', [
        Role.MANAGER,
      ]);
      const { client: l, user: learnerUser } = await api.userIn('northshire', 'harbour.learner@harbour.example', [
        Role.LEARNER,
      ]);
      manager = m;
      learner = l;
      const people = await em.find(Person, { id: { $in: [managerPerson.id, learnerPerson.id] } }, { filters: false });
      people.find((p) => p.id === managerPerson.id)!.linkUser(managerUser);
      people.find((p) => p.id === learnerPerson.id)!.linkUser(learnerUser);
      const job = await em.findOneOrFail(JobAssignment, { person: learnerPerson.id }, { filters: false });
      job.lineManager = ref(people.find((p) => p.id === managerPerson.id)!);
      await em.flush();
      ids.learner = learnerPerson.id;
    });

    it('holds a learner’s own booking for approval, then allocates a place when approved', async () => {
      const sessionId = await session({ capacity: 2 }, 55);
      const { bookSession } = await learner.data(BOOK, { input: { sessionId } });
      expect(bookSession.booking).toMatchObject({ status: 'PENDING_APPROVAL', guards: [] });
      const { approvalInbox } = await manager.data(INBOX);
      expect(approvalInbox.nodes).toEqual([
        expect.objectContaining({ id: bookSession.booking.id, person: { fullName: 'Staff Member101' } }),
      ]);
      const otherManager = (await api.userIn('northshire', 'someone.else@harbour.example', [Role.MANAGER])).client;
      expect((await otherManager.data(INBOX)).approvalInbox.totalCount).toBe(0);
      expect(
        (await errorOf(otherManager, APPROVE, { input: { bookingId: bookSession.booking.id } }))?.extensions?.code,
      ).toBe('NOT_FOUND');
      expect(
        (await manager.data(APPROVE, { input: { bookingId: bookSession.booking.id } })).approveBooking.status,
      ).toBe('CONFIRMED');
    });

    it('lets a request nobody decided expire at registration close', async () => {
      const sessionId = await session({}, 60);
      const { bookSession } = await learner.data(BOOK, { input: { sessionId } });
      await keep(at(59));
      const [row] = (await bookingsOf(sessionId)).filter((r) => r.id === bookSession.booking.id);
      expect(row.status).toBe('EXPIRED');
    });

    it('stops a self-booking past the 28-day hours cap until the manager overrides it with a reason', async () => {
      // Three full days in a fortnight: 21 hours, the partnership's cap; a fourth goes over.
      const days = [200, 205, 210];
      for (const day of days) {
        const sessionId = await session({ parts: [{ startsAt: at(day, 9), endsAt: at(day, 16) }] }, day);
        await lead.data(BOOK, { input: { sessionId, personId: ids.learner } });
      }
      const fourth = await session({}, 212);
      const { bookSession } = await learner.data(BOOK, { input: { sessionId: fourth } });
      expect(bookSession.booking).toMatchObject({ status: 'PENDING_APPROVAL', guards: ['SATURATION'] });
      const noReason = await errorOf(manager, APPROVE, { input: { bookingId: bookSession.booking.id } });
      expect(noReason?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(noReason?.message).toContain('give a reason to override it');
      const approved = await manager.data(APPROVE, {
        input: { bookingId: bookSession.booking.id, overrideReason: 'Needed for her new safeguarding role' },
      });
      expect(approved.approveBooking).toMatchObject({
        status: 'CONFIRMED',
        overrideReason: 'Needed for her new safeguarding role',
      });
      // A lead booking someone past the cap must say why, too.
      const fifth = await session({}, 214);
      const refused = await errorOf(lead, BOOK, { input: { sessionId: fifth, personId: ids.learner } });
      expect(refused?.message).toContain('over the saturation limit');
    });

    it('stops a booking that would take too much of a team away at once', async () => {
      const em = api.em();
      const team = await em.findOneOrFail(Team, ids.councilTeam, { filters: false });
      team.limitTrainingAway(1); // 1% of 400 people: four away at most.
      await em.flush();
      const sessionId = await session({}, 150);
      for (const p of councilPeople.slice(200, 204)) await lead.data(BOOK, { input: { sessionId, personId: p.id } });
      const { bookSession } = await learner.data(BOOK, { input: { sessionId } });
      expect(bookSession.booking.guards).toEqual(['BACKFILL']);
      team.limitTrainingAway(null);
      await em.flush();
    });
  });

  it('counts a cancellation after the cut-off as late', async () => {
    const sessionId = await session({ cancellationCutoffAt: at(-1) }, 42);
    const { bookSession } = await lead.data(BOOK, { input: { sessionId, personId: councilPeople[300].id } });
    expect((await lead.data(CANCEL, { id: bookSession.booking.id })).cancelBooking).toMatchObject({
      status: 'CANCELLED',
      late: true,
    });
  });

  it('refuses to publish with less notice than the partnership policy', async () => {
    const id = (
      await lead.data(CREATE_SESSION, {
        input: {
          courseId: ids.course,
          parts: [{ startsAt: at(10, 9), endsAt: at(10, 12) }],
          onlineUrl: 'https://meet.example/short-notice',
          capacity: 10,
          registrationClosesAt: at(9),
          cancellationCutoffAt: at(8),
        },
      })
    ).createSession.id;
    const error = await errorOf(lead, PUBLISH, { id });
    ids.draft = id;
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain('at least 28 days ahead');
    // A draft takes no bookings.
    const booking = await errorOf(lead, BOOK, { input: { sessionId: id, personId: councilPeople[0].id } });
    expect(booking?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses a session in a room, or with a trainer, already busy then', async () => {
    const plan = {
      courseId: ids.course,
      parts: [{ startsAt: at(100, 9), endsAt: at(100, 13) }],
      roomId: ids.room,
      capacity: 10,
      registrationClosesAt: at(98),
      cancellationCutoffAt: at(95),
      trainerIds: [councilPeople[399].id],
    };
    await lead.data(CREATE_SESSION, { input: plan });
    const sameRoom = await errorOf(lead, CREATE_SESSION, {
      input: { ...plan, parts: [{ startsAt: at(100, 12), endsAt: at(100, 15) }], trainerIds: [] },
    });
    expect(sameRoom?.extensions?.code).toBe('CONFLICT');
    expect(sameRoom?.message).toContain('room is already booked');
    const sameTrainer = await errorOf(lead, CREATE_SESSION, {
      input: {
        ...plan,
        roomId: null,
        onlineUrl: 'https://meet.example/x',
        parts: [{ startsAt: at(100, 10), endsAt: at(100, 11) }],
      },
    });
    expect(sameTrainer?.message).toContain('trainer is already running');
    // Back to back is fine.
    await lead.data(CREATE_SESSION, {
      input: { ...plan, parts: [{ startsAt: at(100, 13), endsAt: at(100, 15) }] },
    });
  });

  it('sums the sessions starting in a period: how full, empty seats and cancellations', async () => {
    const PERIOD = `query($from: String!, $to: String!) {
      trainingPeriod(from: $from, to: $to) { from to sessions capacity filled fillRate emptySeats cancellations }
    }`;
    // Days 130 and 131 hold only these sessions.
    const full = await session({ capacity: 4 }, 130);
    const booked = [];
    for (const person of vcfsePeople.slice(60, 63)) {
      booked.push((await lead.data(BOOK, { input: { sessionId: full, personId: person.id } })).bookSession.booking);
    }
    expect(booked.map((b) => b.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED']);
    await lead.data(CANCEL, { id: booked[2].id });
    const cancelled = await session({ capacity: 10 }, 131);
    await lead.data(`mutation($input: CancelSessionInput!) { cancelSession(input: $input) { id } }`, {
      input: { id: cancelled, reason: 'Trainer unwell' },
    });
    const day = (n: number) => at(n).toISOString().slice(0, 10);

    const { trainingPeriod } = await lead.data(PERIOD, { from: day(130), to: day(131) });
    expect(trainingPeriod).toEqual({
      from: day(130),
      to: day(131),
      sessions: 1,
      capacity: 4,
      filled: 2,
      fillRate: 0.5,
      emptySeats: 2,
      cancellations: 1,
    });
    // Another partnership's period is its own.
    const { client: southvale } = await api.userIn('southvale', 'period@southvale.example', [Role.LEARNER]);
    expect((await southvale.data(PERIOD, { from: day(130), to: day(131) })).trainingPeriod).toMatchObject({
      sessions: 0,
      cancellations: 0,
    });
    const refusals = [
      await errorOf(lead, PERIOD, { from: day(131), to: day(130) }),
      await errorOf(lead, PERIOD, { from: 'next month', to: day(131) }),
    ];
    expect(refusals.map((e) => e?.extensions?.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
  });

  it('lists a trainer the sessions they run when they ask for their own', async () => {
    const { client: trainer, user } = await api.userIn('northshire', 'own.trainer@harbour.example', [Role.TRAINER]);
    const em = api.em();
    const me = await em.findOneOrFail(Person, vcfsePeople[70].id, { filters: false });
    me.linkUser(user);
    await em.flush();
    const theirs = await session({ trainerIds: [me.id] }, 140);
    await session({}, 141);
    const MINE = `query($filter: TrainingSessionFilter) { trainingSessions(filter: $filter) { nodes { id } totalCount } }`;
    const mine = async (client: GraphQLClient, filter: Record<string, unknown> = {}) =>
      (await client.data(MINE, { filter: { mine: true, ...filter } })).trainingSessions;

    expect(await mine(trainer)).toEqual({ nodes: [{ id: theirs }], totalCount: 1 });
    // Their own and someone else's at once is nobody's.
    expect((await mine(trainer, { trainerIds: [vcfsePeople[71].id] })).totalCount).toBe(0);
    // A sign-in with no person record has no sessions of its own.
    const { client: stranger } = await api.userIn('northshire', 'no.person@harbour.example', [Role.TRAINER]);
    expect((await mine(stranger)).totalCount).toBe(0);
    expect((await mine(lead)).totalCount).toBe(0);
  });

  it('refuses bad input and another partnership’s ids, writing nothing', async () => {
    const sessionId = await session({}, 110);
    const bad = [
      await errorOf(lead, BOOK, { input: { sessionId: 'nope' } }),
      await errorOf(lead, BOOK, { input: { sessionId, personId: '00000000-0000-4000-8000-000000000000' } }),
      await errorOf(lead, CREATE_SESSION, {
        input: {
          courseId: ids.course,
          parts: [{ startsAt: at(120, 16), endsAt: at(120, 9) }],
          onlineUrl: 'https://meet.example/x',
          capacity: 10,
          registrationClosesAt: at(118),
          cancellationCutoffAt: at(115),
        },
      }),
      await errorOf(lead, QUOTAS, {
        input: { sessionId, quotas: [{ organisationKind: 'VCFSE', seats: 31, releaseAt: at(100) }] },
      }),
    ];
    expect(bad.map((e) => e?.extensions?.code)).toEqual([
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
    ]);
    const { client: southvale } = await api.userIn('southvale', 'lead@southvale.example', [Role.WORKFORCE_LEAD]);
    const theirs = await errorOf(southvale, BOOK, { input: { sessionId, personId: councilPeople[0].id } });
    expect(theirs?.extensions?.code).toBe('NOT_FOUND');
    expect(await bookingsOf(sessionId)).toEqual([]);
  });

  it('keeps drafts and check-in codes to those who plan and run sessions', async () => {
    const { client: learner } = await api.userIn('northshire', 'curious.learner@harbour.example', [Role.LEARNER]);
    const { client: trainer } = await api.userIn('northshire', 'other.trainer@harbour.example', [Role.TRAINER]);
    const SESSION = `query($id: ID!) { trainingSession(id: $id) { id status checkInCode } }`;
    const DRAFTS = `query { trainingSessions(filter: { statuses: [DRAFT] }) { totalCount } }`;
    expect((await learner.data(SESSION, { id: ids.draft })).trainingSession).toBeNull();
    expect((await learner.data(DRAFTS)).trainingSessions.totalCount).toBe(0);
    expect((await lead.data(SESSION, { id: ids.draft })).trainingSession).toMatchObject({ status: 'DRAFT' });
    expect((await lead.data(DRAFTS)).trainingSessions.totalCount).toBeGreaterThan(0);
    // A trainer who does not run the session does not get its code; a lead does.
    expect((await trainer.data(SESSION, { id: ids.crowded })).trainingSession.checkInCode).toBeNull();
    expect((await lead.data(SESSION, { id: ids.crowded })).trainingSession.checkInCode).toMatch(/^[A-Z0-9]{6}$/);
  });

  it('locks only the session row while places change, so the rest of the partnership carries on', async () => {
    const sessionId = await session({}, 160);
    const bookings = api.app.get(BookingService);
    const em = api.em();
    scopeToPartnership(em, ids.partnership);
    await em.transactional(async (tx) => {
      await bookings.lock(tx, sessionId);
      // Another connection changes the session's course and its partnership's rows meanwhile.
      await api.em().transactional(async (other) => {
        await other.execute("set local lock_timeout = '2s'");
        await other.execute('update course set updated_at = now() where id = ?', [ids.course]);
        await other.execute('update partnership set updated_at = now() where id = ?', [ids.partnership]);
      });
    });
  });

  it('offers a learner the next sessions of each course nearest where they work first', async () => {
    const em = api.em();
    const partnership = ref(await em.findOneOrFail(Partnership, ids.partnership, { filters: false }));
    const harbour = await em.findOneOrFail(Site, ids.hub, { filters: false });
    const spoke = new Site(partnership, { name: 'Quayside spoke', kind: SiteKind.SPOKE, locality: 'Harbour' });
    spoke.attachTo(harbour);
    const far = new Site(partnership, { name: 'Moorland Family Hub', kind: SiteKind.FAMILY_HUB, locality: 'Moor' });
    const spokeRoom = new Room(spoke, { name: 'Quayside room', capacity: 30 });
    const farRoom = new Room(far, { name: 'Moorland room', capacity: 30 });
    const council = await em.findOneOrFail(Organisation, ids.council, { filters: false });
    const team = new Team(council, 'Quayside outreach');
    team.baseAt(spoke);
    const me = councilPeople[300];
    const { client: learner, user } = await api.userIn('northshire', 'quayside.learner@harbour.example', [
      Role.LEARNER,
    ]);
    const person = await em.findOneOrFail(Person, me.id, { filters: false });
    person.linkUser(user);
    const job = new JobAssignment(person, {
      organisation: council,
      team,
      jobTitle: 'Outreach worker',
      employmentType: EmploymentType.STAFF,
      startDate: '2024-01-01',
    });
    const provider = await em.findOneOrFail(Course, ids.course, { filters: false, populate: ['provider'] });
    const course = new Course(provider.provider.getEntity(), {
      title: 'Video interaction guidance: introduction',
      summary: 'Using short films of everyday moments to build on what goes well.',
      outcomes: ['Choose a moment to film with a family'],
      mode: CourseMode.BLENDED,
      durationMinutes: 420,
      cpdMinutes: 360,
      audience: { roleProfileIds: [], employmentTypes: [], organisationIds: [] },
      validityMonths: null,
      reminderMonths: [],
      costPerPlacePence: 0,
    });
    em.persist([spoke, far, spokeRoom, farRoom, team, job, course]);
    await em.flush();

    // Soonest far away, then online, then at the learner's hub, then twice at their own spoke.
    const inRoom = (roomId: string) => ({ courseId: course.id, roomId, onlineUrl: null });
    const elsewhere = await session(inRoom(farRoom.id), 171);
    const online = await session({ courseId: course.id }, 172);
    const atHub = await session(inRoom(ids.room), 173);
    const ownSite = await session(inRoom(spokeRoom.id), 174);
    const ownSiteLater = await session(inRoom(spokeRoom.id), 175);

    const NEAR = `query($courseIds: [ID!]!, $perCourse: Int) {
      sessionsNearMe(courseIds: $courseIds, perCourse: $perCourse) { id }
    }`;
    const near = async (client: GraphQLClient, perCourse: number) =>
      ((await client.data(NEAR, { courseIds: [course.id], perCourse })).sessionsNearMe as { id: string }[]).map(
        (s) => s.id,
      );
    expect(await near(learner, 5)).toEqual([ownSite, ownSiteLater, atHub, online, elsewhere]);
    expect(await near(learner, 2)).toEqual([ownSite, ownSiteLater]);
    // Someone whose team has no base: online first, then the soonest anywhere.
    const { client: stranger } = await api.userIn('northshire', 'no.base@harbour.example', [Role.LEARNER]);
    expect(await near(stranger, 5)).toEqual([online, elsewhere, atHub, ownSite, ownSiteLater]);
    // The other course's sessions come after this one's, as asked.
    const both = (await learner.data(NEAR, { courseIds: [course.id, ids.course], perCourse: 1 })).sessionsNearMe;
    expect(both.map((s: { id: string }) => s.id)[0]).toBe(ownSite);
    expect(both).toHaveLength(2);
    // Bad input is refused.
    for (const variables of [
      { courseIds: [ids.course], perCourse: 6 },
      { courseIds: [ids.course], perCourse: 0 },
      { courseIds: ['nope'] },
    ]) {
      expect((await errorOf(learner, NEAR, variables))?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
