import { Test, type TestingModule } from '@nestjs/testing';
import { Role } from '@kindred/auth';
import { JobQueue, waitForIdleQueues } from '@kindred/jobs';
import { Organisation, Person } from '@kindred/org';
import { Assessment, Competency, EvidenceSource, lapseEvidence, lastValidDay, SkillHolding } from '@kindred/skills';
import {
  Booking,
  BookingStatus,
  Course,
  CourseMode,
  ProviderKind,
  RecordSource,
  SessionStatus,
  TrainingProvider,
  TrainingRecord,
  TrainingSession,
} from '@kindred/training';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';

// Registers, check-in, settling a session into training records and skill levels, training done
// elsewhere, certificates, the expiry report and the charges report, on a small fixture built here.
// Sessions are made with the entities so that they can lie in the past or be running now.

const DAY = 86_400_000;
const HOUR = 3_600_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

const CREATE_ORG = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
const CREATE_TEAM = `mutation($input: TeamInput!) { createTeam(input: $input) { id } }`;
const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
const CREATE_SCALE = `mutation($input: ProficiencyScaleInput!) { createProficiencyScale(input: $input) { id } }`;
const CREATE_FRAMEWORK = `mutation($input: CreateCompetencyFrameworkInput!) { createCompetencyFramework(input: $input) { id } }`;
const CREATE_COMPETENCY = `mutation($input: CreateCompetencyInput!) { createCompetency(input: $input) { id } }`;
const REGISTER = `query($sessionId: ID!) {
  register(sessionId: $sessionId) {
    session { id } parts { id position }
    entries { booking { id status person { fullName } } marks { partId status source } }
  }
}`;
const MARK = `mutation($input: MarkAttendanceInput!) {
  markAttendance(input: $input) { entries { booking { id } marks { partId status source } } }
}`;
const CHECK_IN = `mutation($input: CheckInInput!) { checkIn(input: $input) { status source partId booking { id } } }`;
const SETTLE = `mutation($id: ID!) { settleSession(id: $id) { id status } }`;
const RECORDS = `query($filter: TrainingRecordFilter) {
  trainingRecords(filter: $filter) {
    totalCount nodes { id title source validation completedOn expiresOn certificateCode counts person { fullName } }
  }
}`;
const MY_RECORDS = `query { myTrainingRecords { id title source validation certificateCode counts } }`;
const RECORD_EXTERNAL = `mutation($input: ExternalTrainingInput!) {
  recordExternalTraining(input: $input) { id validation certificateCode expiresOn }
}`;
const REVIEW = `mutation($input: ReviewExternalTrainingInput!) {
  reviewExternalTraining(input: $input) { id validation certificateCode counts }
}`;
const REVOKE = `mutation($input: RevokeTrainingRecordInput!) { revokeTrainingRecord(input: $input) { id counts revokedAt } }`;
const EXPIRY = `query($scope: ExpiryScopeInput!, $withinDays: Int!) {
  trainingExpiry(scope: $scope, withinDays: $withinDays) {
    asOf expired within30Days within60Days within90Days totalCount
    rows { bucket daysLeft record { title expiresOn person { fullName } } }
  }
}`;
const CHARGES = `query($from: String!, $to: String!) {
  bookingChargesReport(from: $from, to: $to) {
    total { lateCancellations noShows waived chargePence }
    organisations { organisation { name } lateCancellations noShows waived chargePence }
    people { person { fullName } lateCancellations noShows waived chargePence }
  }
}`;
const WAIVE = `mutation($input: BookingReasonInput!) { waiveBookingCharge(input: $input) { id waiverReason } }`;

describe('training records: attendance, completion, certificates and reports', () => {
  const context = setUpTestApi();
  let api: TestApi;
  let lead: GraphQLClient;
  let leadUserId: string;
  const ids: Record<string, string> = {};
  const as: Record<string, GraphQLClient> = {};
  const sessions: Record<string, TrainingSession> = {};
  const bookings: Record<string, string> = {};
  let arrival = 0;

  const errorOf = async (client: GraphQLClient, query: string, variables: Record<string, unknown>) =>
    (await client.request(query, variables)).errors?.[0];
  const codeOf = async (client: GraphQLClient, query: string, variables: Record<string, unknown>) =>
    (await errorOf(client, query, variables))?.extensions?.code;
  const get = (path: string, client?: GraphQLClient) =>
    fetch(`${api.url}${path}`, {
      headers: client?.accessToken ? { authorization: `Bearer ${client.accessToken}` } : {},
    });

  /** A published session of a course, made directly so its parts may lie in the past. */
  async function session(courseId: string, parts: { startsAt: Date; endsAt: Date }[], trainerIds: string[]) {
    const em = api.em();
    const course = await em.findOneOrFail(Course, courseId, { filters: false });
    const start = parts[0].startsAt;
    const made = new TrainingSession(course, {
      parts,
      site: null,
      room: null,
      onlineUrl: 'https://meet.example/records',
      capacity: 20,
      minimumNumbers: null,
      minimumCutoffAt: null,
      registrationOpensAt: null,
      registrationClosesAt: new Date(start.getTime() - DAY),
      cancellationCutoffAt: new Date(start.getTime() - 2 * DAY),
      offerHours: 48,
    });
    made.trainers.set(await em.find(Person, { id: { $in: trainerIds } }, { filters: false }));
    made.publish(28, new Date(start.getTime() - 40 * DAY));
    await em.persistAndFlush(made);
    return made;
  }

  /** A booking on a session: confirmed unless left waiting for approval. */
  async function book(sessionId: string, personKey: string, confirmed = true): Promise<Booking> {
    const em = api.em();
    const onSession = await em.findOneOrFail(TrainingSession, sessionId, { filters: false });
    const booking = new Booking(onSession, await em.findOneOrFail(Person, ids[personKey], { filters: false }), {
      organisation: await em.findOneOrFail(Organisation, ids.council, { filters: false }),
      arrival: ++arrival,
      requestedByUserId: leadUserId,
      approver: null,
    });
    if (confirmed) {
      booking.approve(leadUserId, new Date(onSession.startsAt.getTime() - 30 * DAY), null);
      booking.confirm(null);
    }
    await em.persistAndFlush(booking);
    bookings[`${personKey}@${sessionId}`] = booking.id;
    return booking;
  }

  async function course(
    title: string,
    details: { validityMonths: number | null; costPerPlacePence?: number; grants?: [string, number][] },
  ): Promise<string> {
    const em = api.em();
    const provider = await em.findOneOrFail(TrainingProvider, ids.provider, { filters: false });
    const made = new Course(provider, {
      title,
      summary: `${title} for the partnership.`,
      outcomes: [],
      mode: CourseMode.VIRTUAL,
      durationMinutes: 360,
      cpdMinutes: 360,
      audience: { roleProfileIds: [], employmentTypes: [], organisationIds: [] },
      validityMonths: details.validityMonths,
      reminderMonths: [],
      costPerPlacePence: details.costPerPlacePence ?? null,
    });
    const competencies = await em.find(
      Competency,
      { id: { $in: (details.grants ?? []).map(([id]) => id) } },
      { filters: false, populate: ['framework.scale'] },
    );
    made.grantLevels(
      (details.grants ?? []).map(([id, level]) => {
        const competency = competencies.find((c) => c.id === id)!;
        return { competency, scale: competency.framework.getEntity().scale.getEntity(), level };
      }),
    );
    await em.persistAndFlush(made);
    return made.id;
  }

  beforeAll(async () => {
    api = context.api;
    const signedIn = await api.userIn('northshire', 'records.lead@northshire.example', [Role.WORKFORCE_LEAD]);
    lead = signedIn.client;
    leadUserId = signedIn.user.id;

    ids.council = (
      await lead.data(CREATE_ORG, {
        input: { name: 'Westbrook Council', code: 'WBC', kind: 'LOCAL_AUTHORITY', statutory: true },
      })
    ).createOrganisation.id;
    ids.team = (
      await lead.data(CREATE_TEAM, { input: { name: 'Early help', organisationId: ids.council } })
    ).createTeam.id;
    const person = async (key: string, givenName: string, familyName: string, extra: Record<string, unknown> = {}) => {
      ids[key] = (
        await lead.data(CREATE_PERSON, {
          input: {
            givenName,
            familyName,
            email: `${key}@westbrook.example`,
            assignment: {
              organisationId: ids.council,
              teamId: ids.team,
              jobTitle: 'Family practitioner',
              employmentType: 'STAFF',
              startDate: '2024-01-01',
              ...extra,
            },
          },
        })
      ).createPerson.id;
    };
    await person('mia', 'Mia', 'Morgan');
    await person('max', 'Max', 'Moss');
    await person('tess', 'Tess', 'Turner');
    await person('omar', 'Omar', 'Obi');
    await person('ava', 'Ava', 'Adams', { lineManagerId: ids.mia });
    await person('ben', 'Ben', 'Brown');
    await person('cal', 'Cal', 'Cole');

    const roles: [string, Role][] = [
      ['mia', Role.MANAGER],
      ['max', Role.MANAGER],
      ['tess', Role.TRAINER],
      ['omar', Role.TRAINER],
      ['ava', Role.LEARNER],
      ['ben', Role.LEARNER],
      ['cal', Role.LEARNER],
    ];
    const em = api.em();
    for (const [key, role] of roles) {
      const { client, user } = await api.userIn('northshire', `${key}.user@westbrook.example`, [role]);
      as[key] = client;
      (await em.findOneOrFail(Person, ids[key], { filters: false })).linkUser(user);
    }
    await em.flush();

    const scale = (
      await lead.data(CREATE_SCALE, {
        input: {
          name: 'Westbrook levels',
          cumulative: true,
          levels: [{ name: 'Informed' }, { name: 'Skilled' }, { name: 'Enhanced' }],
        },
      })
    ).createProficiencyScale.id;
    const framework = (
      await lead.data(CREATE_FRAMEWORK, {
        input: {
          code: 'westbrook',
          name: 'Westbrook practice',
          version: '1',
          effectiveFrom: '2024-04-01',
          scaleId: scale,
        },
      })
    ).createCompetencyFramework.id;
    const competency = async (code: string, name: string) =>
      (await lead.data(CREATE_COMPETENCY, { input: { frameworkId: framework, code, name } })).createCompetency.id;
    ids.trauma = await competency('WB.1', 'Trauma-informed practice');
    ids.solihull = await competency('WB.2', 'Solihull Approach');

    const mia = await em.findOneOrFail(Person, ids.mia, { filters: false });
    const provider = new TrainingProvider(mia.partnership, {
      name: 'Westbrook workforce development',
      kind: ProviderKind.IN_HOUSE,
      organisation: null,
      contactEmail: null,
      website: null,
    });
    await em.persistAndFlush(provider);
    ids.provider = provider.id;
    ids.skilled = await course('Trauma-informed practice: Skilled', {
      validityMonths: 12,
      costPerPlacePence: 12_000,
      grants: [[ids.trauma, 2]],
    });
    ids.solihullCourse = await course('Solihull Approach foundation', {
      validityMonths: null,
      grants: [[ids.solihull, 1]],
    });
    ids.mhfa = await course('Mental Health First Aid', { validityMonths: 36 });
    ids.fiveToThrive = await course('Five to Thrive', { validityMonths: 24 });
    ids.safeguarding = await course('Safeguarding level 2', { validityMonths: 36 });

    const now = Date.now();
    // Running now: one part that started half an hour ago.
    sessions.live = await session(
      ids.skilled,
      [{ startsAt: new Date(now - HOUR / 2), endsAt: new Date(now + 2 * HOUR) }],
      [ids.tess],
    );
    // In three days.
    sessions.future = await session(
      ids.skilled,
      [{ startsAt: new Date(now + 3 * DAY), endsAt: new Date(now + 3 * DAY + 3 * HOUR) }],
      [ids.tess],
    );
    // Two days, ten and nine days ago.
    sessions.past = await session(
      ids.skilled,
      [
        { startsAt: new Date(now - 10 * DAY), endsAt: new Date(now - 10 * DAY + 3 * HOUR) },
        { startsAt: new Date(now - 9 * DAY), endsAt: new Date(now - 9 * DAY + 3 * HOUR) },
      ],
      [ids.tess],
    );
    for (const key of ['ava', 'ben']) await book(sessions.live.id, key);
    await book(sessions.live.id, 'cal', false);
    await book(sessions.future.id, 'ava');
    for (const key of ['ava', 'ben', 'cal']) await book(sessions.past.id, key);
    // Max cancelled a day before the session, after the two-day cut-off: a late cancellation.
    const late = await book(sessions.past.id, 'max');
    const fork = api.em();
    const cancelled = await fork.findOneOrFail(Booking, late.id, { filters: false, populate: ['session'] });
    cancelled.cancel(new Date(sessions.past.startsAt.getTime() - DAY));
    await fork.flush();
  });

  describe('the register and self check-in', () => {
    it('refuses a wrong code, a check-in outside the window and a learner with no confirmed place', async () => {
      expect(await codeOf(as.ava, CHECK_IN, { input: { code: 'WRONG1' } })).toBe('BAD_USER_INPUT');
      const early = await errorOf(as.ava, CHECK_IN, { input: { code: sessions.future.checkInCode } });
      expect(early?.extensions?.code).toBe('CONFLICT');
      expect(early?.message).toMatch(/Check-in opens 15 minutes before the session starts/);
      const ended = await errorOf(as.ava, CHECK_IN, { input: { code: sessions.past.checkInCode } });
      expect(ended?.message).toMatch(/ended/);
      // Cal's request was never approved.
      expect(await codeOf(as.cal, CHECK_IN, { input: { code: sessions.live.checkInCode } })).toBe('FORBIDDEN');
    });

    it('checks a learner in for the part running now; the trainer’s mark then replaces it', async () => {
      const part = sessions.live.parts.getItems()[0].id;
      const { checkIn } = await as.ava.data(CHECK_IN, { input: { code: sessions.live.checkInCode.toLowerCase() } });
      expect(checkIn).toEqual({
        status: 'ATTENDED',
        source: 'CHECK_IN',
        partId: part,
        booking: { id: bookings[`ava@${sessions.live.id}`] },
      });

      await as.tess.data(MARK, {
        input: {
          sessionId: sessions.live.id,
          partId: part,
          marks: [{ bookingId: bookings[`ava@${sessions.live.id}`], status: 'PARTIAL' }],
        },
      });
      const { register } = await as.tess.data(REGISTER, { sessionId: sessions.live.id });
      expect(
        register.entries.map((e: any) => [e.booking.person.fullName, e.marks.map((m: any) => [m.status, m.source])]),
      ).toEqual([
        ['Ava Adams', [['PARTIAL', 'REGISTER']]],
        ['Ben Brown', []],
      ]);
      // Checking in again leaves the trainer's mark alone.
      const again = await as.ava.data(CHECK_IN, { input: { code: sessions.live.checkInCode } });
      expect(again.checkIn).toMatchObject({ status: 'PARTIAL', source: 'REGISTER' });
    });

    it('lets only the session’s trainers and leads take the register, once the part has started', async () => {
      const part = sessions.live.parts.getItems()[0].id;
      const marks = [{ bookingId: bookings[`ben@${sessions.live.id}`], status: 'ATTENDED' }];
      // Omar trains, but not this session; a learner does not take registers at all.
      expect(await codeOf(as.omar, MARK, { input: { sessionId: sessions.live.id, partId: part, marks } })).toBe(
        'FORBIDDEN',
      );
      expect(await codeOf(as.omar, REGISTER, { sessionId: sessions.live.id })).toBe('FORBIDDEN');
      expect(await codeOf(as.ben, MARK, { input: { sessionId: sessions.live.id, partId: part, marks } })).toBe(
        'FORBIDDEN',
      );
      // Cal has no confirmed place.
      const pending = await errorOf(as.tess, MARK, {
        input: {
          sessionId: sessions.live.id,
          partId: part,
          marks: [{ bookingId: bookings[`cal@${sessions.live.id}`], status: 'ATTENDED' }],
        },
      });
      expect(pending?.extensions?.code).toBe('CONFLICT');
      expect(pending?.message).toMatch(/Cal Cole has no confirmed place/);
      const notStarted = await errorOf(as.tess, MARK, {
        input: {
          sessionId: sessions.future.id,
          partId: sessions.future.parts.getItems()[0].id,
          marks: [{ bookingId: bookings[`ava@${sessions.future.id}`], status: 'ATTENDED' }],
        },
      });
      expect(notStarted?.extensions?.code).toBe('CONFLICT');
      expect(notStarted?.message).toMatch(/opens when it starts/);

      const { markAttendance } = await lead.data(MARK, { input: { sessionId: sessions.live.id, partId: part, marks } });
      expect(markAttendance.entries.find((e: any) => e.booking.id === marks[0].bookingId).marks).toEqual([
        { partId: part, status: 'ATTENDED', source: 'REGISTER' },
      ]);
    });
  });

  describe('settling a session', () => {
    it('sets each booking from the register, issues records and levels, and completes the session', async () => {
      const [day1, day2] = sessions.past.parts.getItems().map((p) => p.id);
      const mark = (partId: string, marks: [string, string][]) =>
        as.tess.data(MARK, {
          input: {
            sessionId: sessions.past.id,
            partId,
            marks: marks.map(([key, status]) => ({ bookingId: bookings[`${key}@${sessions.past.id}`], status })),
          },
        });
      await mark(day1, [
        ['ava', 'ATTENDED'],
        ['ben', 'ATTENDED'],
        ['cal', 'ABSENT'],
      ]);
      await mark(day2, [
        ['ava', 'ATTENDED'],
        ['ben', 'PARTIAL'],
      ]);
      // Omar does not run it; the session is over, so settling may start.
      expect(await codeOf(as.omar, SETTLE, { id: sessions.past.id })).toBe('FORBIDDEN');
      expect(await codeOf(as.tess, SETTLE, { id: sessions.live.id })).toBe('CONFLICT');

      expect((await as.tess.data(SETTLE, { id: sessions.past.id })).settleSession.status).toBe(SessionStatus.COMPLETED);
      const em = api.em();
      const outcome = async () =>
        Object.fromEntries(
          (await em.find(Booking, { session: sessions.past.id }, { filters: false, populate: ['person'] })).map((b) => [
            b.person.getEntity().givenName,
            b.status,
          ]),
        );
      expect(await outcome()).toEqual({
        Ava: BookingStatus.ATTENDED,
        Ben: BookingStatus.PARTIALLY_ATTENDED,
        Cal: BookingStatus.NO_SHOW,
        Max: BookingStatus.CANCELLED,
      });
      const completedOn = sessions.past.parts.getItems()[1].endsAt.toISOString().slice(0, 10);
      const { trainingRecords } = await lead.data(RECORDS, { filter: { courseIds: [ids.skilled] } });
      expect(trainingRecords.nodes).toEqual([
        {
          id: expect.any(String),
          title: 'Trauma-informed practice: Skilled',
          source: 'SESSION',
          validation: 'VALIDATED',
          completedOn,
          expiresOn: lastValidDay(completedOn, 12),
          certificateCode: expect.stringMatching(/^[A-Z2-9]{10}$/),
          counts: true,
          person: { fullName: 'Ava Adams' },
        },
      ]);
      ids.sessionRecord = trainingRecords.nodes[0].id;
      ids.sessionCertificate = trainingRecords.nodes[0].certificateCode;
      const holding = await em.findOneOrFail(
        SkillHolding,
        { person: ids.ava, competency: ids.trauma },
        { filters: false },
      );
      expect(holding).toMatchObject({
        level: 2,
        source: EvidenceSource.TRAINING,
        reviewOn: lastValidDay(completedOn, 12),
      });
      expect(await em.count(SkillHolding, { person: ids.ben }, { filters: false })).toBe(0);

      // Settling again (after a completed session) adds nothing.
      expect((await lead.data(SETTLE, { id: sessions.past.id })).settleSession.status).toBe('COMPLETED');
      const fresh = api.em();
      expect(await fresh.count(TrainingRecord, { person: ids.ava }, { filters: false })).toBe(1);
      expect(
        await fresh.count(Assessment, { person: ids.ava, source: EvidenceSource.TRAINING }, { filters: false }),
      ).toBe(1);
      expect(await outcome()).toMatchObject({ Ava: 'ATTENDED', Ben: 'PARTIALLY_ATTENDED', Cal: 'NO_SHOW' });
    });
  });

  describe('training done elsewhere', () => {
    it('counts once the line manager validates it, and grants the course’s levels', async () => {
      const input = {
        title: 'Solihull Approach foundation (two days)',
        completedOn: isoDay(-40),
        cpdMinutes: 720,
        evidence: 'Certificate SA-20931 from the Solihull Approach team',
        courseId: ids.solihullCourse,
      };
      expect(await codeOf(as.ava, RECORD_EXTERNAL, { input: { ...input, evidence: '' } })).toBe('BAD_USER_INPUT');
      const { recordExternalTraining } = await as.ava.data(RECORD_EXTERNAL, { input });
      expect(recordExternalTraining).toMatchObject({ validation: 'PENDING', certificateCode: null, expiresOn: null });
      const review = { recordId: recordExternalTraining.id, accept: true, comment: 'Seen the certificate.' };

      // Max manages someone else, Ava cannot validate herself, Ben has no manager's role.
      expect(await codeOf(as.max, REVIEW, { input: review })).toBe('NOT_FOUND');
      expect(await codeOf(as.ava, REVIEW, { input: review })).toBe('FORBIDDEN');
      const { reviewExternalTraining } = await as.mia.data(REVIEW, { input: review });
      expect(reviewExternalTraining).toMatchObject({ validation: 'VALIDATED', counts: true });
      expect(reviewExternalTraining.certificateCode).toMatch(/^[A-Z2-9]{10}$/);
      ids.externalRecord = reviewExternalTraining.id;
      ids.externalCertificate = reviewExternalTraining.certificateCode;
      expect(await codeOf(as.mia, REVIEW, { input: review })).toBe('CONFLICT');

      const holding = await api
        .em()
        .findOneOrFail(SkillHolding, { person: ids.ava, competency: ids.solihull }, { filters: false });
      expect(holding).toMatchObject({ level: 1, source: EvidenceSource.TRAINING, reviewOn: null });
      const evidence = await api
        .em()
        .findOneOrFail(Assessment, { person: ids.ava, competency: ids.solihull }, { filters: false });
      expect(evidence.note).toBe(`${input.title}, completed ${input.completedOn}: Seen the certificate.`);
    });

    it('keeps a rejected record off the count', async () => {
      const { recordExternalTraining } = await as.ava.data(RECORD_EXTERNAL, {
        input: { title: 'Online webinar', completedOn: isoDay(-3), cpdMinutes: 60, evidence: 'Attendance email' },
      });
      const unexplained = await as.mia.request(REVIEW, {
        input: { recordId: recordExternalTraining.id, accept: false },
      });
      expect(unexplained.errors?.[0]?.message).toContain('Say why the training is not accepted');
      const { reviewExternalTraining } = await as.mia.data(REVIEW, {
        input: { recordId: recordExternalTraining.id, accept: false, comment: 'A webinar is not the course.' },
      });
      expect(reviewExternalTraining).toEqual({
        id: recordExternalTraining.id,
        validation: 'REJECTED',
        certificateCode: null,
        counts: false,
      });
      const kept = await api.em().findOneOrFail(TrainingRecord, recordExternalTraining.id, { filters: false });
      expect(kept.reviewComment).toBe('A webinar is not the course.');
    });

    it('lists a learner’s own records, and only theirs', async () => {
      const mine = (await as.ava.data(MY_RECORDS)).myTrainingRecords;
      expect(mine.map((r: any) => [r.source, r.validation])).toEqual(
        expect.arrayContaining([
          ['SESSION', 'VALIDATED'],
          ['EXTERNAL', 'VALIDATED'],
          ['EXTERNAL', 'REJECTED'],
        ]),
      );
      expect(mine).toHaveLength(3);
      expect((await as.ben.data(RECORDS, { filter: { personIds: [ids.ava] } })).trainingRecords.totalCount).toBe(0);
      const pending = await as.mia.data(RECORDS, { filter: { personIds: [ids.ava], validation: 'REJECTED' } });
      expect(pending.trainingRecords.nodes.map((r: any) => r.title)).toEqual(['Online webinar']);
    });
  });

  describe('certificates', () => {
    it('answers publicly whether a code is genuine, and nothing more', async () => {
      const genuine = await get(`/certificates/${ids.sessionCertificate}`);
      expect(genuine.status).toBe(200);
      const completedOn = sessions.past.parts.getItems()[1].endsAt.toISOString().slice(0, 10);
      expect(await genuine.json()).toEqual({
        genuine: true,
        name: 'Ava Adams',
        course: 'Trauma-informed practice: Skilled',
        completedOn,
        expiresOn: lastValidDay(completedOn, 12),
      });
      const unknown = await get('/certificates/NOSUCHCODE');
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toEqual({ genuine: false });
    });

    it('gives the PDF to its holder and not to another learner', async () => {
      const pdf = await get(`/certificates/${ids.sessionCertificate}.pdf`, as.ava);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toMatch(/^application\/pdf/);
      const body = Buffer.from(await pdf.arrayBuffer());
      expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(body.length).toBeGreaterThan(1000);

      const stranger = await get(`/certificates/${ids.sessionCertificate}.pdf`, as.ben);
      expect(stranger.status).toBe(404);
      expect(await stranger.json()).toMatchObject({ code: 'NOT_FOUND' });
      expect((await get(`/certificates/${ids.sessionCertificate}.pdf`)).status).toBe(401);
      // Her line manager reads her records.
      expect((await get(`/certificates/${ids.sessionCertificate}.pdf`, as.mia)).status).toBe(200);
    });

    it('reads as revoked once the record is revoked', async () => {
      const reason = { recordId: ids.externalRecord, reason: 'The provider withdrew the certificate.' };
      expect(await codeOf(as.mia, REVOKE, { input: reason })).toBe('FORBIDDEN');
      expect((await lead.data(REVOKE, { input: reason })).revokeTrainingRecord).toMatchObject({ counts: false });
      const revoked = await get(`/certificates/${ids.externalCertificate}`);
      expect(revoked.status).toBe(200);
      expect(await revoked.json()).toEqual({ genuine: false, reason: 'REVOKED' });
      expect((await get(`/certificates/${ids.externalCertificate}.pdf`, as.ava)).status).toBe(404);
      expect(await codeOf(lead, REVOKE, { input: reason })).toBe('CONFLICT');
    });

    it('takes away the level the revoked record granted, keeping the evidence and saying why', async () => {
      const em = api.em();
      // The Solihull level came only from the revoked external record.
      expect(
        await em.findOne(SkillHolding, { person: ids.ava, competency: ids.solihull }, { filters: false }),
      ).toBeNull();
      const history = await em.find(
        Assessment,
        { person: ids.ava, competency: ids.solihull },
        { filters: false, orderBy: { createdAt: 'ASC' } },
      );
      expect(history.map((a) => a.source)).toEqual([EvidenceSource.TRAINING, EvidenceSource.EXPIRED]);
      expect(history[0].sourceRecordId).toBe(ids.externalRecord);
      expect(history[1]).toMatchObject({
        assessedOn: isoDay(0),
        note: 'Training record revoked: The provider withdrew the certificate.',
      });
      expect(history[1].answers?.id).toBe(history[0].id);
      // Ava's other levels, from the session she attended, stand.
      expect(
        await em.findOne(SkillHolding, { person: ids.ava, competency: ids.trauma }, { filters: false }),
      ).not.toBeNull();
    });
  });

  describe('expiry', () => {
    beforeAll(async () => {
      const em = api.em();
      const imported = async (personKey: string, courseId: string, completedOn: string, expiresOn: string) => {
        const record = new TrainingRecord(await em.findOneOrFail(Person, ids[personKey], { filters: false }), {
          course: await em.findOneOrFail(Course, courseId, { filters: false }),
          title: (await em.findOneOrFail(Course, courseId, { filters: false })).title,
          completedOn,
          expiresOn,
          source: RecordSource.IMPORTED,
          cpdMinutes: 360,
          evidence: null,
          booking: null,
        });
        em.persist(record);
      };
      await imported('ben', ids.mhfa, isoDay(-1100), isoDay(-5));
      await imported('cal', ids.mhfa, isoDay(-1070), isoDay(20));
      await imported('cal', ids.fiveToThrive, isoDay(-685), isoDay(45));
      // Ben's older Five to Thrive is superseded by his refresher.
      await imported('ben', ids.fiveToThrive, isoDay(-800), isoDay(-70));
      await imported('ben', ids.fiveToThrive, isoDay(-655), isoDay(75));
      await imported('ben', ids.safeguarding, isoDay(-900), isoDay(200));
      await em.flush();
    });

    it('buckets each person’s latest record per course: expired, 30, 60 and 90 days', async () => {
      const { trainingExpiry } = await lead.data(EXPIRY, { scope: {}, withinDays: 90 });
      expect(trainingExpiry).toMatchObject({
        asOf: isoDay(0),
        expired: 1,
        within30Days: 1,
        within60Days: 1,
        within90Days: 1,
        totalCount: 4,
      });
      expect(
        trainingExpiry.rows.map((r: any) => [r.record.person.fullName, r.record.title, r.bucket, r.daysLeft]),
      ).toEqual([
        ['Ben Brown', 'Mental Health First Aid', 'EXPIRED', -5],
        ['Cal Cole', 'Mental Health First Aid', 'WITHIN_30_DAYS', 20],
        ['Cal Cole', 'Five to Thrive', 'WITHIN_60_DAYS', 45],
        ['Ben Brown', 'Five to Thrive', 'WITHIN_90_DAYS', 75],
      ]);
    });

    it('narrows to a person or a shorter window, and to the records the reader reaches', async () => {
      const ben = await lead.data(EXPIRY, { scope: { personId: ids.ben }, withinDays: 90 });
      expect(ben.trainingExpiry.rows.map((r: any) => r.bucket)).toEqual(['EXPIRED', 'WITHIN_90_DAYS']);
      const soon = await lead.data(EXPIRY, { scope: { teamId: ids.team }, withinDays: 30 });
      expect(soon.trainingExpiry.totalCount).toBe(2);
      const own = await as.cal.data(EXPIRY, { scope: {}, withinDays: 90 });
      expect(own.trainingExpiry.rows.map((r: any) => r.record.person.fullName)).toEqual(['Cal Cole', 'Cal Cole']);
      expect(await codeOf(lead, EXPIRY, { scope: {}, withinDays: 120 })).toBe('BAD_USER_INPUT');
    });

    it('filters the record list by expiry, superseded records included', async () => {
      const titles = async (filter: Record<string, unknown>) =>
        (await lead.data(RECORDS, { filter })).trainingRecords.nodes.map(
          (r: any) => `${r.person.fullName}: ${r.title}`,
        );
      expect((await titles({ expired: true })).sort()).toEqual([
        'Ben Brown: Five to Thrive',
        'Ben Brown: Mental Health First Aid',
      ]);
      expect(await titles({ expiringWithinDays: 30 })).toEqual(['Cal Cole: Mental Health First Aid']);
      expect(await titles({ expired: false, sources: ['IMPORTED'], personIds: [ids.ben] })).toHaveLength(2);
    });

    it('drops the granted level when the training expires, through the lapse job', async () => {
      const worker: TestingModule = await Test.createTestingModule({
        imports: [WorkerModule.forRoot(api.config)],
      }).compile();
      await worker.init();
      try {
        // Ava's Skilled level comes from a 12-month course: in 400 days it has lapsed.
        const queue = worker.get(JobQueue);
        await queue.add(lapseEvidence, { asOf: isoDay(400) });
        await waitForIdleQueues(queue, 20_000);
        const em = api.em();
        expect(
          await em.findOne(SkillHolding, { person: ids.ava, competency: ids.trauma }, { filters: false }),
        ).toBeNull();
        const lapses = await em.find(
          Assessment,
          { person: ids.ava, competency: ids.trauma, source: EvidenceSource.EXPIRED },
          { filters: false },
        );
        expect(lapses).toHaveLength(1);
        // The Solihull evidence was withdrawn with its record: the lapse job does not end it again.
        expect(
          await em.count(
            Assessment,
            { person: ids.ava, competency: ids.solihull, source: EvidenceSource.EXPIRED },
            { filters: false },
          ),
        ).toBe(1);
      } finally {
        await worker.close();
      }
    });
  });

  describe('late cancellations and no-shows', () => {
    it('counts them per organisation and person, charging the course cost unless waived', async () => {
      const period = { from: isoDay(-30), to: isoDay(0) };
      const before = (await lead.data(CHARGES, period)).bookingChargesReport;
      expect(before.total).toEqual({ lateCancellations: 1, noShows: 1, waived: 0, chargePence: 24_000 });
      expect(before.organisations).toEqual([
        {
          organisation: { name: 'Westbrook Council' },
          lateCancellations: 1,
          noShows: 1,
          waived: 0,
          chargePence: 24_000,
        },
      ]);

      await lead.data(WAIVE, {
        input: { bookingId: bookings[`cal@${sessions.past.id}`], reason: 'Called in to a child protection visit.' },
      });
      const after = (await lead.data(CHARGES, period)).bookingChargesReport;
      expect(after.total).toEqual({ lateCancellations: 1, noShows: 1, waived: 1, chargePence: 12_000 });
      expect(after.people).toEqual([
        { person: { fullName: 'Max Moss' }, lateCancellations: 1, noShows: 0, waived: 0, chargePence: 12_000 },
        { person: { fullName: 'Cal Cole' }, lateCancellations: 0, noShows: 1, waived: 1, chargePence: 0 },
      ]);

      // Mia manages only Ava, who has nothing to pay; sessions outside the period do not count.
      expect((await as.mia.data(CHARGES, period)).bookingChargesReport.people).toEqual([]);
      const earlier = await lead.data(CHARGES, { from: isoDay(-60), to: isoDay(-31) });
      expect(earlier.bookingChargesReport.total.chargePence).toBe(0);
      expect(await codeOf(lead, CHARGES, { from: isoDay(0), to: isoDay(-1) })).toBe('BAD_USER_INPUT');
    });
  });
});
