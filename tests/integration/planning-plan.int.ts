import { randomUUID } from 'node:crypto';
import { Workbook } from 'exceljs';
import { Role } from '@kindred/auth';
import { EmploymentType } from '@kindred/org';
import {
  ObjectiveTracker,
  PlanObjective,
  PlanVersion,
  SurveyResponse,
  SurveyStatement,
  SurveyWave,
  WorkforcePlan,
} from '@kindred/planning';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';
import { Course, TrainingSession } from '@kindred/training';

// The workforce development plan on a small partnership built here: two organisations, two sites,
// six current people and one who left. Every expected figure below is counted by hand from the
// fixture, not read back from the code under test.

const DAY = 86_400_000;
const isoIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

const CREATE_ORG = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
const CREATE_SITE = `mutation($input: SiteInput!) { createSite(input: $input) { id } }`;
const CREATE_TEAM = `mutation($input: TeamInput!) { createTeam(input: $input) { id } }`;
const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id assignments { id } } }`;
const ADD_JOB = `mutation($input: AddJobAssignmentInput!) { addJobAssignment(input: $input) { id } }`;
const CREATE_PROFILE = `mutation($input: RoleProfileInput!) { createRoleProfile(input: $input) { id } }`;
const SET_JOB_PROFILE = `mutation($input: JobRoleProfileInput!) { setJobRoleProfile(input: $input) { id } }`;
const SET_REQUIREMENT = `mutation($input: RoleRequirementInput!) { setRoleRequirement(input: $input) { id } }`;
const CREATE_SCALE = `mutation($input: ProficiencyScaleInput!) { createProficiencyScale(input: $input) { id } }`;
const CREATE_FRAMEWORK = `mutation($input: CreateCompetencyFrameworkInput!) { createCompetencyFramework(input: $input) { id } }`;
const CREATE_COMPETENCY = `mutation($input: CreateCompetencyInput!) { createCompetency(input: $input) { id } }`;
const CREATE_PROVIDER = `mutation($input: TrainingProviderInput!) { createTrainingProvider(input: $input) { id } }`;
const CREATE_COURSE = `mutation($input: CourseInput!) { createCourse(input: $input) { id } }`;

const PLAN_FIELDS = `id period title status ownerId partnerOrganisationIds approvedAt`;
const CREATE_PLAN = `mutation($input: WorkforcePlanInput!) { createWorkforcePlan(input: $input) { ${PLAN_FIELDS} } }`;
const UPDATE_PLAN = `mutation($input: UpdateWorkforcePlanInput!) { updateWorkforcePlan(input: $input) { ${PLAN_FIELDS} } }`;
const MOVE_PLAN = `mutation($input: MoveWorkforcePlanInput!) { moveWorkforcePlan(input: $input) { ${PLAN_FIELDS} } }`;
const PROGRESS_FIELDS = `asOf population meeting percent expectedPercent trajectory trendPer28Days
  byOrganisation { organisationId organisationName population meeting percent }`;
const ADD_OBJECTIVE = `mutation($input: AddObjectiveInput!) {
  addPlanObjective(input: $input) { id title targetPercent baselinePercent progress { ${PROGRESS_FIELDS} } }
}`;
const UPDATE_OBJECTIVE = `mutation($input: UpdateObjectiveInput!) { updatePlanObjective(input: $input) { id title } }`;
const ADD_ACTION = `mutation($input: AddPlanActionInput!) { addPlanAction(input: $input) { id title status objectiveId dueOn } }`;
const UPDATE_ACTION = `mutation($input: UpdatePlanActionInput!) { updatePlanAction(input: $input) { id status } }`;
const PLAN = `query($id: ID!) {
  workforcePlan(id: $id) { ${PLAN_FIELDS}
    objectives { id title progress { ${PROGRESS_FIELDS} } history { day percent } }
    actions { id title status objectiveId }
    versions { number status reason snapshot }
    changes { action entityType }
  }
}`;
const PLANS = `query { workforcePlans { id period } }`;
const CREATE_SURVEY = `mutation($input: CreatePulseSurveyInput!) { createPulseSurvey(input: $input) { id statements { id } } }`;
const ADD_WAVE = `mutation($input: AddSurveyWaveInput!) { addSurveyWave(input: $input) { waves { id name } } }`;
const FIGURES = `population meeting percent withheld note`;
const SURVEY_PROGRESS = `${FIGURES} expectedPercent trajectory trendPer28Days
  byOrganisation { organisationId organisationName ${FIGURES} }`;
const ADD_SURVEY_OBJECTIVE = `mutation($input: AddObjectiveInput!) {
  addPlanObjective(input: $input) { id statementId baselinePercent progress { ${SURVEY_PROGRESS} } }
}`;
const SKILLS = `query($scope: GapScopeInput!) {
  skillsGap(scope: $scope) { rows { code name required meeting essentialGaps gaps } }
  skillsHeatmap(scope: $scope, axis: ORGANISATION) { columns { id name } rows { code cells { columnId required meeting } } }
}`;
const NEEDS = `query($filter: TrainingNeedsFilter) {
  trainingNeeds(filter: $filter) { courseId courseTitle siteId siteName organisationId organisationName
    needing essential overdue booked stillNeeded }
}`;

describe('the workforce development plan', () => {
  const context = setUpTestApi();
  let api: TestApi;
  let lead: GraphQLClient;
  let southvale: GraphQLClient;
  const ids: Record<string, string> = {};
  const jobs: Record<string, string> = {};

  const errorOf = async (client: GraphQLClient, query: string, variables: Record<string, unknown>) =>
    (await client.request(query, variables)).errors?.[0];
  const sql = (text: string, params: unknown[] = []) => api.em().getConnection().execute(text, params);
  const count = async (table: string) => Number((await sql(`select count(*)::int as n from ${table}`))[0].n as number);

  const planInput = (extra: Record<string, unknown> = {}) => ({
    period: '2026–27',
    title: 'Eastbrook workforce development plan',
    summary: 'Whole-family working across every partner.',
    startsOn: isoIn(-60),
    endsOn: isoIn(300),
    ownerId: ids.ava,
    partnerOrganisationIds: [ids.council, ids.charity],
    ...extra,
  });
  const objectiveUpdate = (id: string, extra: Record<string, unknown> = {}) => {
    const { planId: _plan, ...input } = objectiveInput(extra);
    return { ...input, id };
  };
  const objectiveInput = (extra: Record<string, unknown> = {}) => ({
    planId: ids.plan,
    title: 'Safeguarding training in date',
    measure: 'COURSE_VALID',
    courseId: ids.safeguarding,
    targetPercent: 80,
    deadline: isoIn(240),
    ...extra,
  });

  beforeAll(async () => {
    api = context.api;
    lead = (await api.userIn('northshire', 'plan.lead@northshire.example', [Role.WORKFORCE_LEAD])).client;
    southvale = (await api.userIn('southvale', 'plan.lead@southvale.example', [Role.WORKFORCE_LEAD])).client;

    const org = async (name: string, code: string, kind: string) =>
      (await lead.data(CREATE_ORG, { input: { name, code, kind, statutory: kind !== 'VCFSE' } })).createOrganisation.id;
    ids.council = await org('Eastbrook Council', 'EBC', 'LOCAL_AUTHORITY');
    ids.charity = await org('Home-Start Eastbrook', 'HSE', 'VCFSE');
    ids.southvaleOrg = (
      await southvale.data(CREATE_ORG, {
        input: { name: 'Southvale Council', code: 'SVC', kind: 'LOCAL_AUTHORITY', statutory: true },
      })
    ).createOrganisation.id;
    const site = async (name: string) =>
      (await lead.data(CREATE_SITE, { input: { name, kind: 'FAMILY_HUB', locality: 'Eastbrook' } })).createSite.id;
    ids.north = await site('North Family Hub');
    ids.south = await site('South Family Hub');
    const team = async (name: string, organisationId: string, siteId: string) =>
      (await lead.data(CREATE_TEAM, { input: { name, organisationId, siteId } })).createTeam.id;
    ids.councilNorth = await team('Family support north', ids.council, ids.north);
    ids.councilSouth = await team('Family support south', ids.council, ids.south);
    ids.charitySouth = await team('Home visiting', ids.charity, ids.south);

    ids.fsw = (await lead.data(CREATE_PROFILE, { input: { name: 'Family support worker' } })).createRoleProfile.id;
    ids.volunteerProfile = (
      await lead.data(CREATE_PROFILE, { input: { name: 'Home visiting volunteer' } })
    ).createRoleProfile.id;

    const job = (organisationId: string, teamId: string, employmentType: string, extra = {}) => ({
      organisationId,
      teamId,
      jobTitle: employmentType === 'VOLUNTEER' ? 'Home visiting volunteer' : 'Family support worker',
      employmentType,
      startDate: '2024-01-01',
      ...extra,
    });
    const person = async (key: string, assignment: Record<string, unknown>, profile: string) => {
      const created = (
        await lead.data(CREATE_PERSON, {
          input: { givenName: key, familyName: 'Eastbrook', email: `${key}@eastbrook.example`, assignment },
        })
      ).createPerson;
      ids[key] = created.id;
      jobs[key] = created.assignments[0].id;
      await lead.data(SET_JOB_PROFILE, { input: { jobAssignmentId: jobs[key], roleProfileId: profile } });
    };
    await person('ava', job(ids.council, ids.councilNorth, 'STAFF'), ids.fsw);
    await person('ben', job(ids.council, ids.councilSouth, 'STAFF'), ids.fsw);
    await person('cal', job(ids.council, ids.councilNorth, 'STAFF'), ids.fsw);
    await person('dee', job(ids.charity, ids.charitySouth, 'VOLUNTEER'), ids.volunteerProfile);
    await person('eli', job(ids.charity, ids.charitySouth, 'VOLUNTEER'), ids.volunteerProfile);
    // Gus works for the council and volunteers for the charity: once overall, once in each.
    await person('gus', job(ids.council, ids.councilNorth, 'STAFF'), ids.fsw);
    jobs.gusVolunteer = (
      await lead.data(ADD_JOB, {
        input: { personId: ids.gus, ...job(ids.charity, ids.charitySouth, 'VOLUNTEER', { startDate: '2025-01-01' }) },
      })
    ).addJobAssignment.id;
    await lead.data(SET_JOB_PROFILE, {
      input: { jobAssignmentId: jobs.gusVolunteer, roleProfileId: ids.volunteerProfile },
    });
    // Fay left in the summer: she is in no population and no need.
    await person('fay', job(ids.charity, ids.charitySouth, 'STAFF', { endDate: '2026-06-30' }), ids.fsw);

    const scale = (
      await lead.data(CREATE_SCALE, {
        input: {
          name: 'Eastbrook levels',
          cumulative: true,
          levels: [{ name: 'One' }, { name: 'Two' }, { name: 'Three' }],
        },
      })
    ).createProficiencyScale.id;
    const framework = (ids.framework = (
      await lead.data(CREATE_FRAMEWORK, {
        input: {
          code: 'eastbrook',
          name: 'Eastbrook practice',
          version: '1',
          effectiveFrom: '2024-04-01',
          scaleId: scale,
        },
      })
    ).createCompetencyFramework.id);
    ids.protecting = (
      await lead.data(CREATE_COMPETENCY, {
        input: { frameworkId: framework, code: 'EB.1', name: 'Protecting children' },
      })
    ).createCompetency.id;
    ids.relationalPractice = (
      await lead.data(CREATE_COMPETENCY, {
        input: { frameworkId: framework, code: 'EB.2', name: 'Relational practice' },
      })
    ).createCompetency.id;
    // Support workers must hold level 2: everyone with that job and without level 2 has a gap.
    await lead.data(SET_REQUIREMENT, {
      input: { roleProfileId: ids.fsw, competencyId: ids.protecting, level: 2, priority: 'ESSENTIAL' },
    });

    const provider = (
      await lead.data(CREATE_PROVIDER, {
        input: { name: 'Eastbrook learning', kind: 'IN_HOUSE', organisationId: ids.council },
      })
    ).createTrainingProvider.id;
    const course = async (title: string, grants: unknown[]) =>
      (
        await lead.data(CREATE_COURSE, {
          input: {
            providerId: provider,
            title,
            summary: 'For the plan.',
            outcomes: ['Keep children safe'],
            mode: 'IN_PERSON',
            durationMinutes: 180,
            cpdMinutes: 180,
            validityMonths: 36,
            grants,
          },
        })
      ).createCourse.id;
    ids.safeguarding = await course('Safeguarding children level 2', [{ competencyId: ids.protecting, level: 2 }]);
    ids.relational = await course('Relational practice', [{ competencyId: ids.relationalPractice, level: 1 }]);

    // Ledger: held_mask has one bit per level held. Ava holds 1 and 2, Ben 1, Dee 2.
    for (const [key, mask] of [
      ['ava', 0b011],
      ['ben', 0b001],
      ['dee', 0b010],
    ] as const) {
      await sql(
        `insert into skill_holding (id, partnership_id, person_id, competency_id, level, held_mask, source, since)
         select gen_random_uuid(), partnership_id, ?, ?, ?, ?, 'MANAGER', '2025-01-01' from person where id = ?`,
        [ids[key], ids.protecting, mask === 0b001 ? 1 : 2, mask, ids[key]],
      );
    }
    // Safeguarding records: Ava and Dee in date; Ben's expired ten days ago; Cal's was revoked;
    // Gus's runs out in 30 days (still valid today); Fay's is valid but she has left; Eli has none.
    const record = (key: string, completedIn: number, expiresIn: number, revoked = false) =>
      sql(
        `insert into training_record (id, partnership_id, person_id, course_id, title, completed_on, expires_on, source,
                                      validation, cpd_minutes, revoked_at, revoke_reason)
         select gen_random_uuid(), partnership_id, ?, ?, 'Safeguarding children level 2', ?, ?, 'IMPORTED', 'VALIDATED', 180, ?, ?
         from person where id = ?`,
        [
          ids[key],
          ids.safeguarding,
          isoIn(completedIn),
          isoIn(expiresIn),
          revoked ? new Date() : null,
          revoked ? 'Wrong person' : null,
          ids[key],
        ],
      );
    await record('ava', -365, 730);
    await record('ben', -1105, -10);
    await record('cal', -100, 900, true);
    await record('dee', -30, 1000);
    await record('gus', -1065, 30);
    await record('fay', -30, 1000);
    // Eli asked for the course.
    await sql(
      `insert into expression_of_interest (id, partnership_id, course_id, person_id, organisation_id, site_id)
       select gen_random_uuid(), partnership_id, ?, ?, ?, ? from person where id = ?`,
      [ids.safeguarding, ids.eli, ids.charity, ids.south, ids.eli],
    );
    // Supervision: Ava's agreement (every 30 days) was last held 10 days ago, so she is within it;
    // Ben's (every 28 days) last 60 days ago, overdue; a session only scheduled does not count.
    const agreement = async (key: string, everyDays: number, heldDaysAgo: number[], scheduledIn: number[]) => {
      const [{ id }] = await sql(
        `insert into supervision_agreement (id, partnership_id, supervisee_id, supervisor_id, type, model,
                                            frequency_pattern, frequency_days, expected_minutes, start_date)
         select gen_random_uuid(), partnership_id, ?, ?, 'LINE_MANAGEMENT', 'MORRISON_4X4X4', 'EVERY_N_DAYS', ?, 90, '2025-01-01'
         from person where id = ? returning id`,
        [ids[key], ids.cal, everyDays, ids[key]],
      );
      for (const [days, status] of [
        ...heldDaysAgo.map((d) => [-d, 'RECORDED'] as const),
        ...scheduledIn.map((d) => [d, 'SCHEDULED'] as const),
      ]) {
        await supervisionSession(key, days, status, id as string);
      }
    };
    const supervisionSession = async (key: string, inDays: number, status: string, agreementId: string | null) =>
      (
        await sql(
          `insert into supervision_session (id, partnership_id, kind, type, agreement_id, facilitator_id, supervisee_id,
                                            starts_at, duration_minutes, status)
           select gen_random_uuid(), partnership_id, 'ONE_TO_ONE', 'LINE_MANAGEMENT', ?, ?, ?, ?, 60, ?
           from person where id = ? returning id`,
          [agreementId, ids.cal, ids[key], new Date(Date.now() + inDays * DAY), status, ids[key]],
        )
      )[0].id as string;
    await agreement('ava', 30, [40, 10], []);
    await agreement('ben', 28, [60], [2]);
    // Learning needs raised in supervision: Dee's, 20 days ago, for relational practice (the
    // Relational practice course grants it); Eli's was over a year ago and has lapsed.
    for (const [key, inDays] of [
      ['dee', -20],
      ['eli', -400],
    ] as const) {
      const sessionId = await supervisionSession(key, inDays, 'SIGNED_OFF', null);
      await sql(`insert into supervision_learning_need (supervision_session_id, competency_id) values (?, ?)`, [
        sessionId,
        ids.relationalPractice,
      ]);
    }
    // A future session of the course: Cal (who needs it) and Ava (who does not) hold places.
    const em = api.em();
    const startsAt = new Date(`${isoIn(40)}T09:30:00Z`);
    const session = new TrainingSession(await em.findOneOrFail(Course, ids.safeguarding, { filters: false }), {
      parts: [{ startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3_600_000) }],
      site: null,
      room: null,
      onlineUrl: 'https://meet.example/safeguarding',
      capacity: 12,
      minimumNumbers: null,
      minimumCutoffAt: null,
      registrationOpensAt: null,
      registrationClosesAt: new Date(startsAt.getTime() - 2 * DAY),
      cancellationCutoffAt: new Date(startsAt.getTime() - 3 * DAY),
      offerHours: 48,
    });
    await em.persist(session).flush();
    for (const [key, status] of [
      ['cal', 'CONFIRMED'],
      ['ava', 'PENDING_APPROVAL'],
    ]) {
      await sql(
        `insert into booking (id, partnership_id, session_id, person_id, organisation_id, status, arrival,
                              requested_by_user_id, guards, late)
         values (gen_random_uuid(), ?, ?, ?, ?, ?, 1, gen_random_uuid(), '[]', false)`,
        [session.partnership.id, session.id, ids[key], ids.council, status],
      );
    }
  });

  describe('the plan and its status', () => {
    it('creates one plan per period with its owner and partners, in draft', async () => {
      const { createWorkforcePlan: plan } = await lead.data(CREATE_PLAN, { input: planInput() });
      ids.plan = plan.id;
      expect(plan).toMatchObject({ period: '2026–27', status: 'DRAFT', ownerId: ids.ava, approvedAt: null });
      expect(plan.partnerOrganisationIds.sort()).toEqual([ids.council, ids.charity].sort());
      const again = await errorOf(lead, CREATE_PLAN, { input: planInput({ title: 'Another' }) });
      expect(again?.extensions?.code).toBe('CONFLICT');
      expect(await count('workforce_plan')).toBe(1);
    });

    it("refuses unknown and other partnerships' people and organisations, and bad dates, writing nothing", async () => {
      for (const input of [
        planInput({ period: '2027–28', ownerId: randomUUID() }),
        planInput({ period: '2027–28', partnerOrganisationIds: [ids.southvaleOrg] }),
      ]) {
        expect((await errorOf(lead, CREATE_PLAN, { input }))?.extensions?.code).toBe('NOT_FOUND');
      }
      const backwards = await errorOf(lead, CREATE_PLAN, {
        input: planInput({ period: '2027–28', startsOn: isoIn(10), endsOn: isoIn(5) }),
      });
      expect(backwards?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await count('workforce_plan')).toBe(1);
      expect(await count('plan_change')).toBe(1);
    });

    it('moves one step at a time and never back, keeping a numbered version of each move', async () => {
      const move = (status: string) => errorOf(lead, MOVE_PLAN, { input: { id: ids.plan, status } });
      expect((await move('APPROVED'))?.extensions?.code).toBe('CONFLICT');
      expect((await move('CLOSED'))?.extensions?.code).toBe('CONFLICT');
      expect(await move('CONSULTATION')).toBeUndefined();
      expect((await move('DRAFT'))?.extensions?.code).toBe('CONFLICT');
      expect(await move('APPROVED')).toBeUndefined();
      const { workforcePlan: plan } = await lead.data(PLAN, { id: ids.plan });
      expect(plan.status).toBe('APPROVED');
      expect(plan.approvedAt).not.toBeNull();
      expect(plan.versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
        [2, 'APPROVED'],
        [1, 'CONSULTATION'],
      ]);
    });

    it('keeps a version of each edit of an approved plan, with the edit in it', async () => {
      await lead.data(UPDATE_PLAN, { input: { ...planInput({ title: 'Eastbrook plan, agreed' }), id: ids.plan } });
      const { workforcePlan: plan } = await lead.data(PLAN, { id: ids.plan });
      expect(plan.versions[0]).toMatchObject({ number: 3, status: 'APPROVED', reason: 'Plan changed' });
      expect(JSON.parse(plan.versions[0].snapshot).plan.title).toBe('Eastbrook plan, agreed');
      expect(JSON.parse(plan.versions[1].snapshot).plan.title).toBe('Eastbrook workforce development plan');
      expect(plan.changes.map((c: { action: string }) => c.action)).toEqual(
        expect.arrayContaining(['CREATED', 'STATUS_CHANGED', 'UPDATED']),
      );
    });
  });

  describe('objectives', () => {
    it('computes progress and the per-organisation breakdown from the records', async () => {
      const { addPlanObjective: objective } = await lead.data(ADD_OBJECTIVE, { input: objectiveInput() });
      ids.objective = objective.id;
      // Current people: Ava, Ben, Cal, Gus (council) and Dee, Eli, Gus (charity) — six in all.
      // In date: Ava, Dee, Gus. Ben expired, Cal revoked, Eli none, Fay left.
      expect(objective.progress).toMatchObject({ population: 6, meeting: 3, percent: 50 });
      expect(objective.baselinePercent).toBe(50);
      expect(objective.progress.byOrganisation).toEqual([
        { organisationId: ids.council, organisationName: 'Eastbrook Council', population: 4, meeting: 2, percent: 50 },
        {
          organisationId: ids.charity,
          organisationName: 'Home-Start Eastbrook',
          population: 3,
          meeting: 2,
          percent: 66.7,
        },
      ]);
      // The first version after approval carries the new objective.
      const { workforcePlan: plan } = await lead.data(PLAN, { id: ids.plan });
      expect(JSON.parse(plan.versions[0].snapshot).objectives.map((o: { id: string }) => o.id)).toEqual([
        ids.objective,
      ]);
    });

    it('narrows the population by organisation kind, employment type, site and role profile', async () => {
      // VCFSE volunteers: Dee, Eli and Gus's charity job (not his council one).
      const volunteers = (
        await lead.data(ADD_OBJECTIVE, {
          input: objectiveInput({
            title: 'Volunteers in date',
            population: { organisationKinds: ['VCFSE'], employmentTypes: ['VOLUNTEER'] },
          }),
        })
      ).addPlanObjective;
      expect(volunteers.progress).toMatchObject({ population: 3, meeting: 2, percent: 66.7 });
      expect(volunteers.progress.byOrganisation.map((o: { organisationId: string }) => o.organisationId)).toEqual([
        ids.charity,
      ]);
      // Support workers at the north hub: Ava, Cal, Gus.
      const north = (
        await lead.data(ADD_OBJECTIVE, {
          input: objectiveInput({
            title: 'North support workers in date',
            population: { siteIds: [ids.north], roleProfileIds: [ids.fsw] },
          }),
        })
      ).addPlanObjective;
      expect(north.progress).toMatchObject({ population: 3, meeting: 2, percent: 66.7 });
      // Level 2 of protecting children: Ava (bits 1 and 2) and Dee (bit 2) of six.
      const level = (
        await lead.data(ADD_OBJECTIVE, {
          input: objectiveInput({
            title: 'Protecting children at level 2',
            measure: 'COMPETENCY_LEVEL',
            courseId: null,
            competencyId: ids.protecting,
            level: 2,
          }),
        })
      ).addPlanObjective;
      expect(level.progress).toMatchObject({ population: 6, meeting: 2, percent: 33.3 });
      // Level 1: Ava and Ben.
      const { updatePlanObjective } = await lead.data(UPDATE_OBJECTIVE, {
        input: objectiveUpdate(level.id, {
          title: 'Protecting children at level 1',
          measure: 'COMPETENCY_LEVEL',
          courseId: null,
          competencyId: ids.protecting,
          level: 1,
        }),
      });
      expect(updatePlanObjective.title).toBe('Protecting children at level 1');
      const { workforcePlan: plan } = await lead.data(PLAN, { id: ids.plan });
      const updated = plan.objectives.find((o: { id: string }) => o.id === level.id);
      expect(updated.progress).toMatchObject({ population: 6, meeting: 2, percent: 33.3 });
      expect(updated.progress.byOrganisation).toEqual([
        expect.objectContaining({ organisationId: ids.council, population: 4, meeting: 2 }),
        expect.objectContaining({ organisationId: ids.charity, population: 3, meeting: 0 }),
      ]);
    });

    it('counts supervision held within each agreement’s frequency', async () => {
      // Ava only: Ben is overdue, the others have no agreement.
      const { addPlanObjective: supervised } = await lead.data(ADD_OBJECTIVE, {
        input: objectiveInput({
          title: 'Supervised in frequency',
          measure: 'SUPERVISION_IN_FREQUENCY',
          courseId: null,
        }),
      });
      expect(supervised.progress).toMatchObject({ population: 6, meeting: 1, percent: 16.7 });
      expect(supervised.progress.byOrganisation).toEqual([
        expect.objectContaining({ organisationId: ids.council, population: 4, meeting: 1, percent: 25 }),
        expect.objectContaining({ organisationId: ids.charity, population: 3, meeting: 0, percent: 0 }),
      ]);
    });

    it('counts people whose CPD is on track against their regulator or the partnership’s target', async () => {
      // Each case is chosen so the answer does not depend on the time of year:
      //   Ava (staff, target 15 h) and Gus (staff, whatever he volunteers) logged 16 h today: on track;
      //   Dee (volunteer, target 6 h) logged 7 h today: on track;
      //   Ben (NMC) revalidates in two years: nothing yet, but time left, so on track;
      //   Cal (NMC) revalidates in 30 days, inside the 60-day run-up, with nothing: missing;
      //   Eli (NMC) revalidates in 30 days with one hour: at risk.
      const entry = (key: string, minutes: number) =>
        sql(
          `insert into cpd_entry (id, partnership_id, person_id, date, title, type, minutes, participatory, competencies, source)
           select gen_random_uuid(), partnership_id, ?, ?, 'Reading on trauma-informed practice', 'READING', ?, false, '[]', 'MANUAL'
           from person where id = ?`,
          [ids[key], isoIn(0), minutes, ids[key]],
        );
      const nmc = (key: string, renewsIn: number) =>
        sql(
          `insert into professional_registration (id, partnership_id, person_id, regulator, number, renewal_on)
           select gen_random_uuid(), partnership_id, ?, 'NMC', ?, ? from person where id = ?`,
          [ids[key], `NMC-${key}`, isoIn(renewsIn), ids[key]],
        );
      await entry('ava', 16 * 60);
      await entry('gus', 16 * 60);
      await entry('dee', 7 * 60);
      await nmc('ben', 730);
      await nmc('cal', 30);
      await nmc('eli', 30);
      await entry('eli', 60);

      const { addPlanObjective: cpd } = await lead.data(ADD_OBJECTIVE, {
        input: objectiveInput({ title: 'CPD on track', measure: 'CPD_ON_TRACK', courseId: null }),
      });
      expect(cpd.progress).toMatchObject({ population: 6, meeting: 4, percent: 66.7 });
      expect(cpd.progress.byOrganisation).toEqual([
        expect.objectContaining({ organisationId: ids.council, population: 4, meeting: 3, percent: 75 }),
        expect.objectContaining({ organisationId: ids.charity, population: 3, meeting: 2, percent: 66.7 }),
      ]);
    });

    it("refuses unknown ids, another partnership's ids and a share outside 0–100, writing nothing", async () => {
      const before = await count('plan_objective');
      const versions = await count('plan_version');
      const notFound = [
        objectiveInput({ planId: randomUUID() }),
        objectiveInput({ courseId: randomUUID() }),
        objectiveInput({ population: { organisationIds: [ids.southvaleOrg] } }),
        objectiveInput({ population: { roleProfileIds: [randomUUID()] } }),
        objectiveInput({ population: { siteIds: [randomUUID()] } }),
      ];
      for (const input of notFound) {
        expect((await errorOf(lead, ADD_OBJECTIVE, { input }))?.extensions?.code).toBe('NOT_FOUND');
      }
      for (const input of [
        objectiveInput({ targetPercent: 101 }),
        objectiveInput({ targetPercent: -1 }),
        objectiveInput({ measure: 'COMPETENCY_LEVEL', courseId: null, competencyId: ids.protecting }),
        objectiveInput({ deadline: isoIn(-90) }),
      ]) {
        expect((await errorOf(lead, ADD_OBJECTIVE, { input }))?.extensions?.code).toBe('BAD_USER_INPUT');
      }
      expect(await count('plan_objective')).toBe(before);
      expect(await count('plan_version')).toBe(versions);
    });

    it('reads the trajectory from a straight line and the daily snapshots', async () => {
      // The objective went from a 50% baseline 60 days ago towards 80% in 300 days: the line
      // stands at 50 + 30 × 60/300 = 56 today, so 50% now is 6 points behind, at risk.
      const objectives = () =>
        lead
          .data(PLAN, { id: ids.plan })
          .then((d) => d.workforcePlan.objectives as { id: string; progress: any; history: unknown[] }[]);
      const first = (await objectives()).find((o) => o.id === ids.objective)!;
      expect(first.progress).toMatchObject({ expectedPercent: 56, trajectory: 'AT_RISK', trendPer28Days: null });
      // A snapshot 28 days ago at 60% shows the share falling 10 points: off track.
      await sql(
        `insert into objective_snapshot (id, partnership_id, objective_id, day, population, meeting, percent)
         select gen_random_uuid(), partnership_id, id, ?, 5, 3, 60 from plan_objective where id = ?`,
        [isoIn(-28), ids.objective],
      );
      const falling = (await objectives()).find((o) => o.id === ids.objective)!;
      expect(falling.progress).toMatchObject({ trajectory: 'OFF_TRACK', trendPer28Days: -10 });
      // The daily job writes one snapshot per objective per day, however often it runs.
      const tracker = api.app.get(ObjectiveTracker, { strict: false });
      const taken = await tracker.snapshotAll({ day: isoIn(0) });
      expect(taken).toBe(await api.em().count(PlanObjective, {}, { filters: false }));
      await tracker.snapshotAll({ day: isoIn(0) });
      const today = await sql(`select percent from objective_snapshot where objective_id = ? and day = ?`, [
        ids.objective,
        isoIn(0),
      ]);
      expect(today).toEqual([{ percent: 50 }]);
      // The share over time, oldest first, for the chart.
      const tracked = (await objectives()).find((o) => o.id === ids.objective)!;
      expect(tracked.history).toEqual([
        { day: isoIn(-28), percent: 60 },
        { day: isoIn(0), percent: 50 },
      ]);
    });
  });

  describe('actions', () => {
    it('adds actions linked to an objective and closes them', async () => {
      const { addPlanAction: action } = await lead.data(ADD_ACTION, {
        input: {
          planId: ids.plan,
          objectiveId: ids.objective,
          title: 'Book refreshers',
          ownerId: ids.ben,
          dueOn: isoIn(30),
        },
      });
      expect(action).toMatchObject({ status: 'OPEN', objectiveId: ids.objective });
      const { updatePlanAction } = await lead.data(UPDATE_ACTION, {
        input: {
          id: action.id,
          objectiveId: ids.objective,
          title: 'Book refreshers',
          ownerId: ids.ben,
          dueOn: isoIn(30),
          status: 'DONE',
        },
      });
      expect(updatePlanAction.status).toBe('DONE');
      const unknown = await errorOf(lead, ADD_ACTION, {
        input: { planId: ids.plan, objectiveId: randomUUID(), title: 'Nowhere', ownerId: ids.ben, dueOn: isoIn(30) },
      });
      expect(unknown?.extensions?.code).toBe('NOT_FOUND');
      const { workforcePlan: plan } = await lead.data(PLAN, { id: ids.plan });
      expect(plan.actions).toEqual([
        { id: action.id, title: 'Book refreshers', status: 'DONE', objectiveId: ids.objective },
      ]);
    });
  });

  describe('training needs analysis', () => {
    it('counts the people needing each course by site and organisation, with places booked and still needed', async () => {
      const { trainingNeeds } = await lead.data(NEEDS);
      // Safeguarding: gaps (support workers without level 2: Ben, Cal, Gus), expiries (Ben lapsed,
      // Gus in 30 days) and Eli's interest. Places by first job: Cal and Gus north/council, Ben
      // south/council, Eli south/charity. Cal holds a place; Ava's place meets no need.
      expect(trainingNeeds).toEqual([
        // Relational practice: Dee's learning need from supervision; Eli's is too old.
        {
          courseId: ids.relational,
          courseTitle: 'Relational practice',
          siteId: ids.south,
          siteName: 'South Family Hub',
          organisationId: ids.charity,
          organisationName: 'Home-Start Eastbrook',
          needing: 1,
          essential: 0,
          overdue: 0,
          booked: 0,
          stillNeeded: 1,
        },
        {
          courseId: ids.safeguarding,
          courseTitle: 'Safeguarding children level 2',
          siteId: ids.north,
          siteName: 'North Family Hub',
          organisationId: ids.council,
          organisationName: 'Eastbrook Council',
          needing: 2,
          essential: 2,
          overdue: 2,
          booked: 1,
          stillNeeded: 1,
        },
        {
          courseId: ids.safeguarding,
          courseTitle: 'Safeguarding children level 2',
          siteId: ids.south,
          siteName: 'South Family Hub',
          organisationId: ids.council,
          organisationName: 'Eastbrook Council',
          needing: 1,
          essential: 1,
          overdue: 1,
          booked: 0,
          stillNeeded: 1,
        },
        {
          courseId: ids.safeguarding,
          courseTitle: 'Safeguarding children level 2',
          siteId: ids.south,
          siteName: 'South Family Hub',
          organisationId: ids.charity,
          organisationName: 'Home-Start Eastbrook',
          needing: 1,
          essential: 0,
          overdue: 0,
          booked: 0,
          stillNeeded: 1,
        },
      ]);
      const charity = await lead.data(NEEDS, { filter: { organisationId: ids.charity } });
      expect(charity.trainingNeeds.map((r: { courseTitle: string }) => r.courseTitle)).toEqual([
        'Relational practice',
        'Safeguarding children level 2',
      ]);
    });
  });

  describe('the board report', () => {
    const download = (ext: string, client: GraphQLClient = lead) =>
      fetch(`${api.url}/exports/workforce-plans/${ids.plan}/board-report.${ext}`, {
        headers: { authorization: `Bearer ${client.accessToken}` },
      });

    it("makes a valid PDF and a workbook whose figures are the API's", async () => {
      const pdf = await download('pdf');
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toMatch(/^application\/pdf/);
      const bytes = Buffer.from(await pdf.arrayBuffer());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
      expect(bytes.toString('latin1')).toMatch(/\/Type \/Page\b/);

      const xlsx = await download('xlsx');
      expect(xlsx.status).toBe(200);
      const workbook = new Workbook();
      await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
      const { workforcePlan: plan } = await lead.data(PLAN, { id: ids.plan });
      const rows = (name: string) => {
        const sheet = workbook.getWorksheet(name)!;
        const head = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
        const out: Record<string, unknown>[] = [];
        sheet.eachRow((row, n) => {
          if (n === 1) return;
          const values = (row.values as unknown[]).slice(1);
          out.push(Object.fromEntries(head.map((h, i) => [h, values[i] ?? null])));
        });
        return out;
      };
      const objectiveRows = rows('Objectives');
      for (const objective of plan.objectives) {
        const all = objectiveRows.find((r) => r.Objective === objective.title && r.Organisation === 'All partners');
        expect(all).toMatchObject({
          'People or respondents': objective.progress.population,
          Meeting: objective.progress.meeting,
          '% meeting': objective.progress.percent,
        });
        for (const org of objective.progress.byOrganisation) {
          const row = objectiveRows.find(
            (r) => r.Objective === objective.title && r.Organisation === org.organisationName,
          );
          expect(row).toMatchObject({
            'People or respondents': org.population,
            Meeting: org.meeting,
            '% meeting': org.percent,
          });
        }
      }
      const { trainingNeeds } = await lead.data(NEEDS);
      const needRows = rows('Training needs');
      expect(needRows.map((r) => r['Still needed'])).toEqual(
        trainingNeeds.map((n: { stillNeeded: number }) => n.stillNeeded),
      );
      expect(needRows.map((r) => r.Booked)).toEqual(trainingNeeds.map((n: { booked: number }) => n.booked));
      // Of the six people, only Ava is supervised within her agreement's frequency.
      const summary = workbook.getWorksheet('Plan')!;
      const coverage: Record<string, unknown> = {};
      summary.eachRow((row) => {
        coverage[String(row.getCell(1).value)] = row.getCell(2).value;
      });
      expect(coverage['Supervision within frequency (%)']).toBe(16.7);
      // And four of them have CPD on track (see the CPD objective above).
      expect(coverage['CPD on track (%)']).toBe(66.7);

      // The worst gaps: support workers (Ava, Ben, Cal and Gus, all at the council) need
      // Protecting children at level 2, which only Ava holds; nobody needs Relational practice.
      const skills = await lead.data(SKILLS, { scope: { frameworkId: ids.framework } });
      const gapRows = rows('Skills gaps');
      const worst = skills.skillsGap.rows.filter((r: { gaps: number }) => r.gaps > 0);
      expect(worst).toHaveLength(1);
      expect(gapRows).toEqual([
        {
          Framework: 'Eastbrook practice',
          Competency: 'EB.1 Protecting children',
          Organisation: 'All organisations',
          Required: 4,
          Meeting: 1,
          '% meeting': 25,
          'Essential gaps': 3,
        },
        {
          Framework: 'Eastbrook practice',
          Competency: 'EB.1 Protecting children',
          Organisation: 'Eastbrook Council',
          Required: 4,
          Meeting: 1,
          '% meeting': 25,
          'Essential gaps': null,
        },
      ]);
      expect(worst[0]).toMatchObject({ required: 4, meeting: 1, essentialGaps: 3 });
      const cell = skills.skillsHeatmap.rows.find((r: { code: string }) => r.code === 'EB.1').cells[0];
      expect(cell).toMatchObject({ columnId: ids.council, required: 4, meeting: 1 });
      // No survey has run here, and the self-assessment has no judgement yet.
      expect(workbook.getWorksheet('Pulse survey')!.getCell('A1').value).toBe('No pulse survey wave has opened yet.');
      expect(rows('Self-assessment').map((r) => r.Judgement)).toEqual(Array(8).fill('Not judged yet'));
    });

    it("answers another partnership's plan as not found", async () => {
      expect((await download('xlsx', southvale)).status).toBe(404);
      expect((await download('pdf', southvale)).status).toBe(404);
    });
  });

  describe('survey agreement objectives', () => {
    // The latest wave of a survey: anonymous responses arranged directly, as if given. Agreement
    // with the first statement: the council 5 4 4 2 3 1 (3 of 6 agree), Home-Start's volunteers
    // 5 5 1 (2 of 3) and Eastbrook Health 4 4 4 4 2 (4 of 5). An older wave where nobody at the
    // council agreed, and a wave not open yet, are not read. The minimum group is 5.
    const survey: { statements: string[]; waves: Record<string, string> } = { statements: [], waves: {} };
    const surveyInput = (extra: Record<string, unknown> = {}) =>
      objectiveInput({
        title: 'Staff have time for training',
        measure: 'SURVEY_AGREEMENT',
        courseId: null,
        statementId: survey.statements[0],
        targetPercent: 70,
        ...extra,
      });
    const withheldOf = (note: string) => ({ population: null, meeting: null, percent: null, withheld: true, note });
    const tooFew = 'Fewer than 5 responses';
    const bySubtraction = 'Hidden so that a smaller group cannot be worked out from the others';

    beforeAll(async () => {
      ids.health = (
        await lead.data(CREATE_ORG, {
          input: { name: 'Eastbrook Health', code: 'EBH', kind: 'HEALTH', statutory: true },
        })
      ).createOrganisation.id;
      const created = (await lead.data(CREATE_SURVEY, { input: { title: 'Eastbrook pulse' } })).createPulseSurvey;
      survey.statements = created.statements.map((s: { id: string }) => s.id);
      for (const [name, opensOn, closesOn] of [
        ['Spring', isoIn(-40), isoIn(-30)],
        ['Autumn', isoIn(-1), isoIn(10)],
        ['Next year', isoIn(20), isoIn(30)],
      ]) {
        const { waves } = (await lead.data(ADD_WAVE, { input: { surveyId: created.id, name, opensOn, closesOn } }))
          .addSurveyWave;
        survey.waves[name] = waves.find((w: { name: string }) => w.name === name).id;
      }
      const em = api.em();
      const statements = await em.find(SurveyStatement, { id: { $in: survey.statements } }, { filters: false });
      const ordered = survey.statements.map((id) => statements.find((s) => s.id === id)!);
      const arrange = async (
        waveName: string,
        group: { organisationId: string; roleProfileId: string | null; employmentType: EmploymentType },
        firsts: number[],
      ) => {
        const wave = await em.findOneOrFail(SurveyWave, { id: survey.waves[waveName] }, { filters: false });
        for (const first of firsts) {
          const agreements = new Map(ordered.map((s, i) => [s.id, i === 0 ? first : 3]));
          em.persist(new SurveyResponse(wave, group, ordered, agreements));
        }
      };
      const council = { organisationId: ids.council, roleProfileId: ids.fsw, employmentType: EmploymentType.STAFF };
      await arrange('Spring', council, [1, 1, 1, 1, 1, 1]);
      await arrange('Autumn', council, [5, 4, 4, 2, 3, 1]);
      await arrange(
        'Autumn',
        { organisationId: ids.charity, roleProfileId: ids.volunteerProfile, employmentType: EmploymentType.VOLUNTEER },
        [5, 5, 1],
      );
      await arrange(
        'Autumn',
        { organisationId: ids.health, roleProfileId: null, employmentType: EmploymentType.STAFF },
        [4, 4, 4, 4, 2],
      );
      await em.flush();
    });

    it('counts agreement in the latest wave, withholding a small organisation and one that would give it away', async () => {
      const { addPlanObjective: objective } = await lead.data(ADD_SURVEY_OBJECTIVE, { input: surveyInput() });
      ids.surveyObjective = objective.id;
      expect(objective.statementId).toBe(survey.statements[0]);
      // 14 respondents, 3 + 2 + 4 = 9 agree: 64.3%.
      expect(objective.progress).toMatchObject({ population: 14, meeting: 9, percent: 64.3, withheld: false });
      expect(objective.baselinePercent).toBe(64.3);
      expect(objective.progress.trajectory).not.toBeNull();
      // Home-Start's 3 are too few; Health's 5 would give them away (14 − 6 = 8, less Health's 5).
      expect(objective.progress.byOrganisation).toEqual([
        {
          organisationId: ids.council,
          organisationName: 'Eastbrook Council',
          population: 6,
          meeting: 3,
          percent: 50,
          withheld: false,
          note: null,
        },
        { organisationId: ids.health, organisationName: 'Eastbrook Health', ...withheldOf(bySubtraction) },
        { organisationId: ids.charity, organisationName: 'Home-Start Eastbrook', ...withheldOf(tooFew) },
      ]);

      // The council or any health organisation: 11 respondents, 3 + 4 = 7 agree, both groups shown.
      const { addPlanObjective: narrowed } = await lead.data(ADD_SURVEY_OBJECTIVE, {
        input: surveyInput({ population: { organisationIds: [ids.council], organisationKinds: ['HEALTH'] } }),
      });
      expect(narrowed.progress).toMatchObject({ population: 11, meeting: 7, percent: 63.6, withheld: false });
      expect(narrowed.progress.byOrganisation.map((o: { meeting: number }) => o.meeting)).toEqual([3, 4]);
    });

    it('withholds the whole figure, its trajectory and its snapshots when fewer than the minimum answered', async () => {
      const snapshots = await count('objective_snapshot');
      // Volunteers: Home-Start's 3 only.
      const { addPlanObjective: objective } = await lead.data(ADD_SURVEY_OBJECTIVE, {
        input: surveyInput({
          title: 'Volunteers have time for training',
          population: { employmentTypes: ['VOLUNTEER'] },
        }),
      });
      ids.withheldObjective = objective.id;
      expect(objective.progress).toMatchObject({ ...withheldOf(tooFew), trajectory: null, trendPer28Days: null });
      expect(objective.progress.byOrganisation).toEqual([
        { organisationId: ids.charity, organisationName: 'Home-Start Eastbrook', ...withheldOf(tooFew) },
      ]);
      expect(objective.baselinePercent).toBeNull();
      expect(await count('objective_snapshot')).toBe(snapshots);
      const tracker = api.app.get(ObjectiveTracker, { strict: false });
      await tracker.snapshotAll({ day: isoIn(0) });
      const kept = await sql(`select objective_id, percent from objective_snapshot where objective_id in (?, ?)`, [
        ids.surveyObjective,
        ids.withheldObjective,
      ]);
      expect(kept).toEqual([{ objective_id: ids.surveyObjective, percent: 64.3 }]);

      // The board report says why, with no figure.
      const xlsx = await fetch(`${api.url}/exports/workforce-plans/${ids.plan}/board-report.xlsx`, {
        headers: { authorization: `Bearer ${lead.accessToken}` },
      });
      const workbook = new Workbook();
      await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
      const rows: unknown[][] = [];
      workbook.getWorksheet('Objectives')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      const volunteers = rows.filter((r) => r[0] === 'Volunteers have time for training');
      expect(volunteers).toEqual([
        [
          'Volunteers have time for training',
          'All partners',
          undefined,
          undefined,
          undefined,
          70,
          expect.any(Number),
          undefined,
          expect.any(String),
          tooFew,
        ],
        [
          'Volunteers have time for training',
          'Home-Start Eastbrook',
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          tooFew,
        ],
      ]);
      const pdf = await fetch(`${api.url}/exports/workforce-plans/${ids.plan}/board-report.pdf`, {
        headers: { authorization: `Bearer ${lead.accessToken}` },
      });
      expect(pdf.status).toBe(200);
    });

    it("refuses a missing statement, a site filter, wrong fields and another partnership's statement, writing nothing", async () => {
      const before = [await count('plan_objective'), await count('plan_version'), await count('objective_snapshot')];
      const southvaleSurvey = (await southvale.data(CREATE_SURVEY, { input: { title: 'Southvale pulse' } }))
        .createPulseSurvey;
      for (const input of [
        surveyInput({ statementId: randomUUID() }),
        surveyInput({ statementId: southvaleSurvey.statements[0].id }),
      ]) {
        expect((await errorOf(lead, ADD_OBJECTIVE, { input }))?.extensions?.code).toBe('NOT_FOUND');
      }
      for (const input of [
        surveyInput({ statementId: null }),
        surveyInput({ population: { siteIds: [ids.north] } }),
        surveyInput({ courseId: ids.safeguarding }),
        objectiveInput({ statementId: survey.statements[0] }),
      ]) {
        expect((await errorOf(lead, ADD_OBJECTIVE, { input }))?.extensions?.code).toBe('BAD_USER_INPUT');
      }
      const update = await errorOf(lead, UPDATE_OBJECTIVE, {
        input: objectiveUpdate(ids.objective, { measure: 'SURVEY_AGREEMENT', courseId: null, statementId: null }),
      });
      expect(update?.extensions?.code).toBe('BAD_USER_INPUT');
      expect([await count('plan_objective'), await count('plan_version'), await count('objective_snapshot')]).toEqual(
        before,
      );
      expect((await api.em().findOneOrFail(PlanObjective, ids.objective, { filters: false })).measureKind).toBe(
        'COURSE_VALID',
      );
    });
  });

  describe('who may see and change it', () => {
    it('lets a partner admin read their own organisation only, and refuses their writes', async () => {
      const { client: admin } = await api.userIn('northshire', 'admin@home-start.example', [
        { role: Role.PARTNER_ADMIN, organisationId: ids.charity },
      ]);
      const { workforcePlan: plan } = await admin.data(PLAN, { id: ids.plan });
      const mine = plan.objectives.find((o: { id: string }) => o.id === ids.objective);
      expect(mine.progress.byOrganisation.map((o: { organisationId: string }) => o.organisationId)).toEqual([
        ids.charity,
      ]);
      const needs = await admin.data(NEEDS);
      expect(needs.trainingNeeds.every((r: { organisationId: string }) => r.organisationId === ids.charity)).toBe(true);
      const write = await errorOf(admin, UPDATE_PLAN, { input: { ...planInput(), id: ids.plan } });
      expect(write?.extensions?.code).toBe('FORBIDDEN');
      const learner = (await api.userIn('northshire', 'learner@eastbrook.example', [Role.LEARNER])).client;
      expect((await errorOf(learner, PLANS, {}))?.extensions?.code).toBe('FORBIDDEN');
    });

    it("answers another partnership's plan as not found and changes nothing", async () => {
      expect((await southvale.data(PLANS)).workforcePlans).toEqual([]);
      expect((await southvale.data(PLAN, { id: ids.plan })).workforcePlan).toBeNull();
      const versions = await count('plan_version');
      for (const [query, input] of [
        [UPDATE_PLAN, { ...planInput({ ownerId: ids.ava, partnerOrganisationIds: [] }), id: ids.plan }],
        [MOVE_PLAN, { id: ids.plan, status: 'CLOSED' }],
        [ADD_OBJECTIVE, objectiveInput()],
        [UPDATE_OBJECTIVE, objectiveUpdate(ids.objective)],
      ] as const) {
        expect((await errorOf(southvale, query, { input }))?.extensions?.code).toBe('NOT_FOUND');
      }
      expect((await southvale.data(NEEDS)).trainingNeeds).toEqual([]);
      const em = api.em();
      expect((await em.findOneOrFail(WorkforcePlan, ids.plan, { filters: false })).status).toBe('APPROVED');
      expect(await em.count(PlanVersion, {}, { filters: false })).toBe(versions);
    });

    it('closes the plan, after which it cannot change', async () => {
      await lead.data(MOVE_PLAN, { input: { id: ids.plan, status: 'CLOSED' } });
      const edit = await errorOf(lead, UPDATE_PLAN, { input: { ...planInput(), id: ids.plan } });
      expect(edit?.extensions?.code).toBe('CONFLICT');
      const add = await errorOf(lead, ADD_OBJECTIVE, { input: objectiveInput() });
      expect(add?.extensions?.code).toBe('CONFLICT');
      const reopen = await errorOf(lead, MOVE_PLAN, { input: { id: ids.plan, status: 'APPROVED' } });
      expect(reopen?.extensions?.code).toBe('CONFLICT');
    });
  });
});
