import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { MessageRenderer, Notification } from '@kindred/notify';
import { EmploymentType, Organisation, Person, Room } from '@kindred/org';
import {
  FeedbackFollowUp,
  SessionFeedback,
  SurveyParticipation,
  SurveyResponse,
  SurveyStatement,
  SurveyWave,
} from '@kindred/planning';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';
import { Booking, BookingStatus, Course, CourseMode, TrainingProvider, TrainingSession } from '@kindred/training';
import { FeedbackInvitations } from '../../libs/planning/src/culture/feedback/feedback-invitations';

// The learning culture on the Northshire demo: feedback after training from attendees only, its
// figures checked by hand, and the anonymous pulse survey with its small groups withheld.

const DAY = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY);
const isoIn = (days: number) => daysFromNow(days).toISOString().slice(0, 10);

const GIVE = `mutation($input: GiveSessionFeedbackInput!) { giveSessionFeedback(input: $input) { id reaction confidence { outcome before after } } }`;
const FOLLOW_UP = `mutation($input: AnswerFeedbackFollowUpInput!) { answerFeedbackFollowUp(input: $input) { id used } }`;
const ATTENDED = `query { myAttendedSessions { sessionId feedbackGiven followUpGiven followUpOpensOn outcomes } }`;
const RESULTS = `query($by: FeedbackGrouping!) { feedbackResults(by: $by) {
  key name responses reaction usefulness confidenceBefore confidenceAfter confidenceChange followUps usedYes usedPartly usedNo comments } }`;
const SURVEY = `id title statements { id text fromEvaluation retired } waves { id name responses }`;
const CREATE_SURVEY = `mutation($input: CreatePulseSurveyInput!) { createPulseSurvey(input: $input) { ${SURVEY} } }`;
const ADD_STATEMENT = `mutation($input: AddSurveyStatementInput!) { addSurveyStatement(input: $input) { ${SURVEY} } }`;
const ADD_WAVE = `mutation($input: AddSurveyWaveInput!) { addSurveyWave(input: $input) { ${SURVEY} } }`;
const OPEN_WAVES = `query { openSurveyWaves { waveId answered statements { id } } }`;
const ANSWER = `mutation($input: AnswerPulseSurveyInput!) { answerPulseSurvey(input: $input) }`;
const GROUP = `key name responses withheld note statements { statementId mean agreeShare previousMean change }`;
const SURVEY_RESULTS = `query($waveId: ID!, $by: SurveyGrouping!) { pulseSurveyResults(waveId: $waveId, by: $by) {
  minimumGroupSize previousWave { id } statements { id } overall { ${GROUP} } groups { ${GROUP} } } }`;
const CREATE_YOU_SAID = `mutation($input: YouSaidInput!) { createYouSaidAction(input: $input) { id youSaid weDid status ownerName waveName } }`;
const YOU_SAID = `query { youSaidActions { id youSaid weDid status waveName } }`;

interface Figures {
  key: string;
  name: string;
  responses: number;
  reaction: number | null;
  usefulness: number | null;
  confidenceBefore: number | null;
  confidenceAfter: number | null;
  confidenceChange: number | null;
  followUps: number;
  usedYes: number;
  comments: string[];
}

interface GroupView {
  key: string;
  responses: number | null;
  withheld: boolean;
  note: string | null;
  statements: {
    statementId: string;
    mean: number | null;
    agreeShare: number | null;
    previousMean: number | null;
    change: number | null;
  }[];
}

const codeOf = async (client: GraphQLClient, query: string, variables: Record<string, unknown> = {}) =>
  (await client.request(query, variables)).errors?.[0]?.extensions?.code ?? 'ok';

describe('learning culture', () => {
  const context = setUpTestApi({ seedDemo: true });
  let api: TestApi;
  let lead: GraphQLClient;
  let demoLearner: GraphQLClient;
  let orgA: Organisation;
  let orgB: Organisation;
  let orgC: Organisation;
  /** Six people working only in A, two only in B, each signed in. */
  const staffA: { person: Person; client: GraphQLClient }[] = [];
  const staffB: { person: Person; client: GraphQLClient }[] = [];
  let course: Course;
  let recent: TrainingSession;
  let earlier: TrainingSession;
  const trainers: Person[] = [];

  /** People whose one job is in the organisation and who have no sign-in yet. */
  const onlyIn = async (em: EntityManager, organisationId: string, count: number): Promise<Person[]> => {
    const rows = await em.getConnection().execute<{ id: string }[]>(
      `select p.id from person p join job_assignment ja on ja.person_id = p.id
       where p.user_id is null and ja.organisation_id = ? and ja.end_date is null and ja.start_date <= current_date
         and (select count(*) from job_assignment j2 where j2.person_id = p.id) = 1
         and not exists (select 1 from training_session_trainer t where t.person_id = p.id)
       order by p.family_name, p.id limit ?`,
      [organisationId, count],
    );
    return em.find(
      Person,
      { id: { $in: rows.map((r) => r.id) } },
      { filters: false, orderBy: { familyName: 'ASC', id: 'ASC' } },
    );
  };

  const signedIn = async (person: Person, label: string) => {
    const { client, user } = await api.userIn('northshire', `culture-${label}@test.example`, [Role.LEARNER]);
    const em = api.em();
    const found = await em.findOneOrFail(Person, { id: person.id }, { filters: false });
    found.linkUser(user);
    await em.flush();
    return { person, client };
  };

  /** A completed one-part session that ended `endedDaysAgo`, with these trainers and attendees. */
  const completedSession = async (
    em: EntityManager,
    endedDaysAgo: number,
    sessionTrainers: Person[],
    attendees: { person: Person; organisation: Organisation; status: BookingStatus }[],
  ): Promise<TrainingSession> => {
    const room = await em.findOneOrFail(
      Room,
      { partnership: orgA.partnership.id },
      { filters: false, populate: ['site'] },
    );
    const endsAt = daysFromNow(-endedDaysAgo);
    const startsAt = new Date(endsAt.getTime() - 3 * 3_600_000);
    const session = new TrainingSession(await em.findOneOrFail(Course, { id: course.id }, { filters: false }), {
      parts: [{ startsAt, endsAt }],
      site: null,
      room,
      onlineUrl: null,
      capacity: room.capacity,
      minimumNumbers: null,
      minimumCutoffAt: null,
      registrationOpensAt: null,
      registrationClosesAt: new Date(startsAt.getTime() - 2 * DAY),
      cancellationCutoffAt: new Date(startsAt.getTime() - 3 * DAY),
      offerHours: 48,
    });
    session.trainers.set(sessionTrainers.map((t) => em.getReference(Person, t.id)));
    session.publish(0, new Date(startsAt.getTime() - 40 * DAY));
    session.complete(new Date(endsAt.getTime() + 60_000));
    em.persist(session);
    attendees.forEach(({ person, organisation, status }, arrival) => {
      const booking = new Booking(session, em.getReference(Person, person.id), {
        organisation: em.getReference(Organisation, organisation.id),
        arrival,
        requestedByUserId: person.id,
        approver: null,
      });
      booking.confirm(null);
      booking.settleAttendance(status === BookingStatus.ATTENDED ? 1 : 0, 0, 1);
      em.persist(booking);
    });
    await em.flush();
    return session;
  };

  beforeAll(async () => {
    api = context.api;
    const em = api.em();
    const northshire = await em.findOneOrFail(Partnership, { slug: 'northshire' }, { filters: false });
    // The three organisations with most people in one job only: A and B answer, C's answers are arranged.
    const sizes = await em.getConnection().execute<{ organisation_id: string }[]>(
      `select ja.organisation_id from job_assignment ja join person p on p.id = ja.person_id
       where p.partnership_id = ? and ja.end_date is null group by ja.organisation_id order by count(*) desc, ja.organisation_id limit 3`,
      [northshire.id],
    );
    [orgA, orgB, orgC] = await Promise.all(
      sizes.map((s) => em.findOneOrFail(Organisation, { id: s.organisation_id }, { filters: false })),
    );
    const [peopleA, peopleB] = [await onlyIn(em, orgA.id, 6), await onlyIn(em, orgB.id, 2)];
    for (const [i, person] of peopleA.entries()) staffA.push(await signedIn(person, `a${i}`));
    for (const [i, person] of peopleB.entries()) staffB.push(await signedIn(person, `b${i}`));
    lead = await api.loginAs(Role.WORKFORCE_LEAD);
    demoLearner = await api.loginAs(Role.LEARNER);

    const provider = await em.findOneOrFail(TrainingProvider, { partnership: northshire }, { filters: false });
    course = new Course(provider, {
      title: 'Culture test: working with fathers',
      summary: 'A course made for the learning culture tests.',
      outcomes: ['Engage fathers in family work', 'Plan a father-inclusive session'],
      mode: CourseMode.IN_PERSON,
      durationMinutes: 180,
      cpdMinutes: 180,
      audience: { roleProfileIds: [], employmentTypes: [], organisationIds: [] },
      validityMonths: null,
      reminderMonths: [],
      costPerPlacePence: null,
    });
    em.persist(course);
    trainers.push(...(await onlyIn(em, orgC.id, 2)));
    await em.flush();
    const attended = (person: Person, organisation: Organisation) => ({
      person,
      organisation,
      status: BookingStatus.ATTENDED,
    });
    recent = await completedSession(
      em,
      10,
      [trainers[0]],
      [
        attended(staffA[0].person, orgA),
        attended(staffA[1].person, orgA),
        attended(staffA[2].person, orgA),
        attended(staffB[0].person, orgB),
        { person: staffB[1].person, organisation: orgB, status: BookingStatus.NO_SHOW },
      ],
    );
    earlier = await completedSession(em, 100, trainers, [attended(staffA[0].person, orgA)]);
  }, 120_000);

  describe('feedback after training', () => {
    const answer = (
      reaction: number,
      usefulness: number,
      confidence: [number, number][],
      comment: string | null = null,
    ) => ({
      sessionId: recent.id,
      reaction,
      usefulness,
      confidence: confidence.map(([before, after]) => ({ before, after })),
      comment,
    });

    it('asks attendees through the outbox once, and three months on for the follow-up', async () => {
      const invitations = api.app.get(FeedbackInvitations, { strict: false });
      await invitations.run({ now: new Date().toISOString() });
      await invitations.run({ now: new Date().toISOString() });
      const em = api.em();
      const bookings = await em.find(Booking, { session: { $in: [recent.id, earlier.id] } }, { filters: false });
      const sent = await em.find(
        Notification,
        {
          dedupeKey: {
            $in: bookings.flatMap((b) => [`booking:${b.id}:feedback-request`, `booking:${b.id}:feedback-follow-up`]),
          },
        },
        { filters: false },
      );
      const requests = sent.filter((n) => n.type === 'feedback-request').map((n) => n.recipientPersonId);
      expect(requests.sort()).toEqual([staffA[0], staffA[1], staffA[2], staffB[0]].map((s) => s.person.id).sort());
      // The session 100 days ago is past asking for feedback, but its follow-up is open.
      expect(sent.filter((n) => n.type === 'feedback-follow-up').map((n) => n.recipientPersonId)).toEqual([
        staffA[0].person.id,
      ]);
      const renderer = api.app.get(MessageRenderer, { strict: false });
      for (const message of sent) {
        const rendered = renderer.render(message.type, message.data, {
          name: 'Northshire',
          primaryColour: '#000000',
          secondaryColour: '#ffffff',
          logoUrl: null,
        });
        expect(rendered.text).toContain(`/training-feedback/`);
        expect(rendered.subject).toContain(course.title);
      }
    });

    it('takes feedback from attendees only, once each, and refuses bad answers without writing', async () => {
      const [first] = staffA;
      const given = await first.client.data<{ giveSessionFeedback: { confidence: unknown[] } }>(GIVE, {
        input: answer(
          5,
          4,
          [
            [2, 4],
            [3, 5],
          ],
          'Really practical',
        ),
      });
      expect(given.giveSessionFeedback.confidence).toEqual([
        { outcome: 'Engage fathers in family work', before: 2, after: 4 },
        { outcome: 'Plan a father-inclusive session', before: 3, after: 5 },
      ]);
      expect(
        await codeOf(first.client, GIVE, {
          input: answer(1, 1, [
            [1, 1],
            [1, 1],
          ]),
        }),
      ).toBe('CONFLICT');
      // Not there: the demo learner never booked; the second B person did not turn up.
      expect(
        await codeOf(demoLearner, GIVE, {
          input: answer(3, 3, [
            [1, 1],
            [1, 1],
          ]),
        }),
      ).toBe('FORBIDDEN');
      expect(
        await codeOf(staffB[1].client, GIVE, {
          input: answer(3, 3, [
            [1, 1],
            [1, 1],
          ]),
        }),
      ).toBe('FORBIDDEN');
      // One confidence pair per outcome, ratings from 1 to 5.
      expect(await codeOf(staffA[1].client, GIVE, { input: answer(3, 3, [[1, 1]]) })).toBe('BAD_USER_INPUT');
      expect(
        await codeOf(staffA[1].client, GIVE, {
          input: answer(6, 3, [
            [1, 1],
            [1, 1],
          ]),
        }),
      ).toBe('BAD_USER_INPUT');
      const southvale = await api.userIn('southvale', 'culture-southvale@test.example', [Role.LEARNER]);
      expect(
        await codeOf(southvale.client, GIVE, {
          input: answer(3, 3, [
            [1, 1],
            [1, 1],
          ]),
        }),
      ).toBe('NOT_FOUND');
      expect(await api.em().count(SessionFeedback, { session: recent.id }, { filters: false })).toBe(1);

      // The follow-up opens three months after the session, once per attendee.
      const follow = (sessionId: string) => ({
        input: { sessionId, used: 'YES', comment: 'I use it in every visit.' },
      });
      expect(await codeOf(first.client, FOLLOW_UP, follow(recent.id))).toBe('CONFLICT');
      expect(await codeOf(first.client, FOLLOW_UP, follow(earlier.id))).toBe('ok');
      expect(await codeOf(first.client, FOLLOW_UP, follow(earlier.id))).toBe('CONFLICT');
      expect(await codeOf(staffA[1].client, FOLLOW_UP, follow(earlier.id))).toBe('FORBIDDEN');
      expect(await api.em().count(FeedbackFollowUp, { session: earlier.id }, { filters: false })).toBe(1);

      const mine = await first.client.data<{
        myAttendedSessions: { sessionId: string; feedbackGiven: boolean; followUpGiven: boolean }[];
      }>(ATTENDED);
      expect(mine.myAttendedSessions.find((s) => s.sessionId === recent.id)).toMatchObject({
        feedbackGiven: true,
        followUpGiven: false,
      });
      expect(mine.myAttendedSessions.find((s) => s.sessionId === earlier.id)).toMatchObject({
        feedbackGiven: false,
        followUpGiven: true,
      });
    });

    it('sums up per course, provider and trainer as worked out by hand, partner admins for their own people', async () => {
      await staffA[1].client.data(GIVE, {
        input: answer(4, 4, [
          [1, 3],
          [2, 4],
        ]),
      });
      await staffA[2].client.data(GIVE, {
        input: answer(
          3,
          2,
          [
            [3, 3],
            [3, 4],
          ],
          'Too rushed',
        ),
      });
      await staffB[0].client.data(GIVE, {
        input: answer(2, 3, [
          [2, 2],
          [1, 3],
        ]),
      });
      const results = async (client: GraphQLClient, by: string) =>
        (await client.data<{ feedbackResults: Figures[] }>(RESULTS, { by })).feedbackResults;

      // Reaction (5+4+3+2)/4; usefulness (4+4+2+3)/4; before 17/8 = 2.125; after 28/8 = 3.5.
      const byCourse = (await results(lead, 'COURSE')).find((r) => r.key === course.id);
      expect(byCourse).toMatchObject({
        name: course.title,
        responses: 4,
        reaction: 3.5,
        usefulness: 3.25,
        confidenceBefore: 2.13,
        confidenceAfter: 3.5,
        confidenceChange: 1.38,
        followUps: 1,
        usedYes: 1,
      });
      expect(byCourse!.comments).toEqual(['Too rushed', 'Really practical']);

      // The first trainer ran both sessions; the second only the earlier one, which has a follow-up alone.
      const byTrainer = await results(lead, 'TRAINER');
      expect(byTrainer.find((r) => r.key === trainers[0].id)).toMatchObject({
        responses: 4,
        followUps: 1,
        reaction: 3.5,
      });
      expect(byTrainer.find((r) => r.key === trainers[1].id)).toMatchObject({
        responses: 0,
        followUps: 1,
        reaction: null,
      });
      const byProvider = await results(lead, 'PROVIDER');
      expect(byProvider.find((r) => r.key === course.provider.id)!.responses).toBeGreaterThanOrEqual(4);

      // A's partner admin sees A's three: reaction 12/3; usefulness 10/3; before 14/6; after 23/6.
      const { client: adminA } = await api.userIn('northshire', 'culture-admin-a@test.example', [
        { role: Role.PARTNER_ADMIN, organisationId: orgA.id },
      ]);
      expect((await results(adminA, 'COURSE')).find((r) => r.key === course.id)).toMatchObject({
        responses: 3,
        reaction: 4,
        usefulness: 3.33,
        confidenceBefore: 2.33,
        confidenceAfter: 3.83,
        confidenceChange: 1.5,
      });
      expect(await codeOf(demoLearner, RESULTS, { by: 'COURSE' })).toBe('FORBIDDEN');
    });
  });

  it('has demo feedback on completed sessions and a survey with answered waves', async () => {
    const byCourse = (await lead.data<{ feedbackResults: Figures[] }>(RESULTS, { by: 'COURSE' })).feedbackResults;
    expect(byCourse.filter((r) => r.key !== course.id && r.responses > 0).length).toBeGreaterThanOrEqual(3);
    const { pulseSurveys } = await lead.data<{
      pulseSurveys: { title: string; waves: { id: string; name: string; responses: number }[] }[];
    }>(`query { pulseSurveys { title waves { id name responses } } }`);
    const demo = pulseSurveys.find((s) => s.title === 'Workforce pulse survey')!;
    const second = demo.waves.find((w) => w.name === 'Wave 2')!;
    expect(second.responses).toBeGreaterThan(100);
    const { pulseSurveyResults } = await lead.data<{ pulseSurveyResults: { overall: GroupView; groups: GroupView[] } }>(
      SURVEY_RESULTS,
      { waveId: second.id, by: 'ORGANISATION' },
    );
    expect(pulseSurveyResults.overall.withheld).toBe(false);
    expect(pulseSurveyResults.overall.statements[0].change).not.toBeNull();
    expect(pulseSurveyResults.groups.filter((g) => !g.withheld).length).toBeGreaterThanOrEqual(3);
    const { youSaidActions } = await demoLearner.data<{ youSaidActions: { waveName: string }[] }>(YOU_SAID);
    expect(youSaidActions.map((a) => a.waveName)).toContain('Wave 1');
  });

  describe('the pulse survey', () => {
    let surveyId: string;
    let waves: { id: string; name: string }[];
    let statements: { id: string; text: string; fromEvaluation: boolean }[];
    /** Agreement with the first statement; the rest are answered 3. */
    const answers = (first: number) =>
      statements.map((s, i) => ({ statementId: s.id, agreement: i === 0 ? first : 3 }));

    /** Answers arranged directly, as if given: `groups` is organisation → agreements with the first statement. */
    const arrange = async (waveId: string, groups: [Organisation, number[]][]) => {
      const em = api.em();
      const wave = await em.findOneOrFail(SurveyWave, { id: waveId }, { filters: false });
      const asked = await em.find(SurveyStatement, { id: { $in: statements.map((s) => s.id) } }, { filters: false });
      const ordered = statements.map((s) => asked.find((a) => a.id === s.id)!);
      for (const [organisation, firsts] of groups) {
        for (const first of firsts) {
          const agreements = new Map(answers(first).map((a) => [a.statementId, a.agreement]));
          em.persist(
            new SurveyResponse(
              wave,
              { organisationId: organisation.id, roleProfileId: null, employmentType: EmploymentType.STAFF },
              ordered,
              agreements,
            ),
          );
        }
      }
      await em.flush();
    };

    it('starts with the evaluation statements, adds the partnership’s own and runs waves that do not overlap', async () => {
      const created = await lead.data<{ createPulseSurvey: { id: string; statements: typeof statements } }>(
        CREATE_SURVEY,
        {
          input: { title: 'Culture test pulse' },
        },
      );
      expect(created.createPulseSurvey.statements).toHaveLength(5);
      expect(created.createPulseSurvey.statements.every((s) => s.fromEvaluation)).toBe(true);
      expect(created.createPulseSurvey.statements.map((s) => s.text)).toContain(
        'I am satisfied with the training available to me.',
      );
      surveyId = created.createPulseSurvey.id;
      const added = await lead.data<{ addSurveyStatement: { statements: typeof statements } }>(ADD_STATEMENT, {
        input: { surveyId, text: 'I feel able to raise ideas for training.' },
      });
      statements = added.addSurveyStatement.statements;
      expect(statements).toHaveLength(6);
      await lead.data(ADD_WAVE, { input: { surveyId, name: 'Autumn', opensOn: isoIn(-40), closesOn: isoIn(-30) } });
      const withWaves = await lead.data<{ addSurveyWave: { waves: typeof waves } }>(ADD_WAVE, {
        input: { surveyId, name: 'Winter', opensOn: isoIn(-1), closesOn: isoIn(10) },
      });
      waves = withWaves.addSurveyWave.waves;
      expect(
        await codeOf(lead, ADD_WAVE, { input: { surveyId, name: 'Clash', opensOn: isoIn(5), closesOn: isoIn(20) } }),
      ).toBe('CONFLICT');
      // Statements stay as they are while a wave is open.
      expect(await codeOf(lead, ADD_STATEMENT, { input: { surveyId, text: 'Another' } })).toBe('CONFLICT');
      expect(await codeOf(demoLearner, CREATE_SURVEY, { input: { title: 'Mine' } })).toBe('FORBIDDEN');
    });

    it('takes one answer per person and wave, kept apart from who answered', async () => {
      const [autumn, winter] = waves;
      const open = await staffA[0].client.data<{ openSurveyWaves: { waveId: string; answered: boolean }[] }>(
        OPEN_WAVES,
      );
      expect(open.openSurveyWaves.find((w) => w.waveId === winter.id)).toMatchObject({ answered: false });
      const firsts = [5, 4, 4, 3, 5, 4];
      for (const [i, { client }] of staffA.entries()) {
        await client.data(ANSWER, { input: { waveId: winter.id, answers: answers(firsts[i]) } });
      }
      await staffB[0].client.data(ANSWER, { input: { waveId: winter.id, answers: answers(2) } });
      await staffB[1].client.data(ANSWER, { input: { waveId: winter.id, answers: answers(1) } });

      const count = () => api.em().count(SurveyResponse, { wave: winter.id }, { filters: false });
      expect(await count()).toBe(8);
      expect(await codeOf(staffA[0].client, ANSWER, { input: { waveId: winter.id, answers: answers(1) } })).toBe(
        'CONFLICT',
      );
      expect(await codeOf(demoLearner, ANSWER, { input: { waveId: autumn.id, answers: answers(1) } })).toBe('CONFLICT');
      expect(await codeOf(demoLearner, ANSWER, { input: { waveId: winter.id, answers: answers(1).slice(1) } })).toBe(
        'BAD_USER_INPUT',
      );
      expect(await count()).toBe(8);
      expect(await api.em().count(SurveyParticipation, { wave: winter.id }, { filters: false })).toBe(8);
      const after = await staffA[0].client.data<{ openSurveyWaves: { waveId: string; answered: boolean }[] }>(
        OPEN_WAVES,
      );
      expect(after.openSurveyWaves.find((w) => w.waveId === winter.id)).toMatchObject({ answered: true });

      // Nothing in the answers' tables names or dates a person.
      const columns = await api
        .em()
        .getConnection()
        .execute<{ table_name: string; column_name: string }[]>(
          `select table_name, column_name from information_schema.columns where table_name in ('survey_response', 'survey_answer')`,
        );
      expect(columns.length).toBeGreaterThan(0);
      expect(columns.filter((c) => /person|user|email|created|updated|_at$/.test(c.column_name))).toEqual([]);
    });

    it('withholds groups under the minimum (and one that would give them away) and shows the change between waves', async () => {
      const [autumn, winter] = waves;
      await arrange(winter.id, [[orgC, [3, 3, 3, 3, 3]]]);
      await arrange(autumn.id, [
        [orgA, [3, 3, 4, 2, 3]],
        [orgC, [4, 4, 4, 4, 4]],
      ]);
      const results = async (client: GraphQLClient, by: string) =>
        (
          await client.data<{
            pulseSurveyResults: {
              minimumGroupSize: number;
              previousWave: { id: string } | null;
              overall: GroupView;
              groups: GroupView[];
            };
          }>(SURVEY_RESULTS, { waveId: winter.id, by })
        ).pulseSurveyResults;
      const first = (group: GroupView) => group.statements.find((s) => s.statementId === statements[0].id)!;

      const byOrganisation = await results(lead, 'ORGANISATION');
      expect(byOrganisation.minimumGroupSize).toBe(5);
      expect(byOrganisation.previousWave?.id).toBe(autumn.id);
      const group = (id: string) => byOrganisation.groups.find((g) => g.key === id)!;
      // A: 25/6 = 4.17 now, 15/5 = 3 in autumn; 5 of 6 agree.
      expect(group(orgA.id)).toMatchObject({ responses: 6, withheld: false });
      expect(first(group(orgA.id))).toMatchObject({ mean: 4.17, agreeShare: 0.833, previousMean: 3, change: 1.17 });
      // B has 2: withheld; C (5) goes with it, or everyone less A less C would be B.
      expect(group(orgB.id)).toMatchObject({ responses: null, withheld: true, note: 'Fewer than 5 responses' });
      expect(first(group(orgB.id)).mean).toBeNull();
      expect(group(orgC.id)).toMatchObject({ responses: null, withheld: true });
      expect(group(orgC.id).note).not.toContain('Fewer');
      // Everyone: (25 + 3 + 15)/13 = 3.31 now, (15 + 20)/10 = 3.5 in autumn.
      expect(byOrganisation.overall).toMatchObject({ responses: 13, withheld: false });
      expect(first(byOrganisation.overall)).toMatchObject({ mean: 3.31, previousMean: 3.5, change: -0.19 });

      // A partner admin sees their own organisation only: B's two are withheld altogether.
      const { client: adminB } = await api.userIn('northshire', 'culture-admin-b@test.example', [
        { role: Role.PARTNER_ADMIN, organisationId: orgB.id },
      ]);
      const forB = await results(adminB, 'ORGANISATION');
      expect(forB.overall).toMatchObject({ responses: null, withheld: true });
      expect(forB.groups.map((g) => g.key)).toEqual([orgB.id]);
      expect(forB.groups[0].withheld).toBe(true);

      expect(await codeOf(demoLearner, SURVEY_RESULTS, { waveId: winter.id, by: 'ORGANISATION' })).toBe('FORBIDDEN');
      const southvaleLead = await api.userIn('southvale', 'culture-southvale-lead@test.example', [Role.WORKFORCE_LEAD]);
      expect(await codeOf(southvaleLead.client, SURVEY_RESULTS, { waveId: winter.id, by: 'ORGANISATION' })).toBe(
        'NOT_FOUND',
      );
    });

    it('shows "you said, we did" to everyone; only leads write it', async () => {
      const owner = trainers[0];
      const input = {
        youSaid: 'You said you do not have time to attend training.',
        weDid: 'We now run shorter sessions at the family hubs, with backfill funded.',
        ownerId: owner.id,
        status: 'IN_PROGRESS',
        waveId: waves[1].id,
        statementId: statements[4].id,
      };
      const created = await lead.data<{ createYouSaidAction: { ownerName: string; waveName: string } }>(
        CREATE_YOU_SAID,
        { input },
      );
      expect(created.createYouSaidAction).toMatchObject({ ownerName: owner.fullName, waveName: 'Winter' });
      expect(await codeOf(lead, CREATE_YOU_SAID, { input: { ...input, waveId: null, statementId: null } })).toBe(
        'BAD_USER_INPUT',
      );
      expect(await codeOf(demoLearner, CREATE_YOU_SAID, { input })).toBe('FORBIDDEN');
      const seen = await demoLearner.data<{ youSaidActions: { weDid: string; status: string }[] }>(YOU_SAID);
      expect(seen.youSaidActions).toContainEqual(
        expect.objectContaining({ weDid: input.weDid, status: 'IN_PROGRESS' }),
      );
    });
  });
});
