import { Role } from '@kindred/auth';
import { Person } from '@kindred/org';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';

// Development pathways on a small partnership built here: a manager (Mo) with two reports (Nia,
// Sam) and a volunteer (Vic) who is not his report. Every expected figure is counted by hand from
// the fixture below, not read back from the code under test.

const DAY = 86_400_000;
const isoIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const QUALIFICATION = 'Level 4 Children, Young People and Families Practitioner';

const CREATE_ORG = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
const CREATE_TEAM = `mutation($input: TeamInput!) { createTeam(input: $input) { id } }`;
const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
const CREATE_PROFILE = `mutation($input: RoleProfileInput!) { createRoleProfile(input: $input) { id } }`;
const CREATE_SCALE = `mutation($input: ProficiencyScaleInput!) { createProficiencyScale(input: $input) { id } }`;
const CREATE_FRAMEWORK = `mutation($input: CreateCompetencyFrameworkInput!) { createCompetencyFramework(input: $input) { id } }`;
const CREATE_COMPETENCY = `mutation($input: CreateCompetencyInput!) { createCompetency(input: $input) { id } }`;
const CREATE_PROVIDER = `mutation($input: TrainingProviderInput!) { createTrainingProvider(input: $input) { id } }`;
const CREATE_COURSE = `mutation($input: CourseInput!) { createCourse(input: $input) { id } }`;

const PATHWAY = `id name status fromRoleName toRoleName steps { id position kind title qualification level }`;
const CREATE = `mutation($input: DevelopmentPathwayInput!) { createDevelopmentPathway(input: $input) { ${PATHWAY} } }`;
const ADD_STEP = `mutation($input: AddPathwayStepInput!) { addPathwayStep(input: $input) { ${PATHWAY} } }`;
const MOVE_STEP = `mutation($input: MovePathwayStepInput!) { movePathwayStep(input: $input) { ${PATHWAY} } }`;
const REMOVE_STEP = `mutation($id: ID!) { removePathwayStep(id: $id) { ${PATHWAY} } }`;
const MOVE = `mutation($input: MoveDevelopmentPathwayInput!) { moveDevelopmentPathway(input: $input) { ${PATHWAY} } }`;
const DELETE = `mutation($id: ID!) { deleteDevelopmentPathway(id: $id) }`;
const LIST = `query { developmentPathways { totalCount nodes { id name status } } }`;
const PROGRESS = `progress { done total percent complete nextStep { kind }
  steps { done evidenceOn levelHeld validUntil step { kind } } }`;
const ENROL = `mutation($input: EnrolOnPathwayInput!) { enrolOnPathway(input: $input) { id personName status ${PROGRESS} } }`;
const UPDATE_ENROLMENT = `mutation($input: UpdatePathwayEnrolmentInput!) { updatePathwayEnrolment(input: $input) { id status } }`;
const ENROLMENTS = `query($filter: EnrolmentFilter) {
  pathwayEnrolments(filter: $filter, sort: { field: "startedOn" }) { totalCount nodes { personId status ${PROGRESS} } }
}`;
const MINE = `query { myPathwayEnrolments { totalCount nodes { personId pathway { name } ${PROGRESS} } } }`;
const RECORD = `mutation($input: RecordQualificationInput!) { recordQualification(input: $input) { id qualification attainedOn } }`;
const IN_USE = `query { pathwaysInUse { name status enrolled completed averagePercent } }`;

describe('development pathways', () => {
  const context = setUpTestApi();
  let api: TestApi;
  let lead: GraphQLClient;
  let southvale: GraphQLClient;
  const as: Record<string, GraphQLClient> = {};
  const ids: Record<string, string> = {};

  const errorOf = async (client: GraphQLClient, query: string, variables: Record<string, unknown>) =>
    (await client.request(query, variables)).errors?.[0];
  const sql = (text: string, params: unknown[] = []) => api.em().getConnection().execute(text, params);
  const rows = async (table: string) => Number((await sql(`select count(*)::int as n from ${table}`))[0].n as number);
  const stepsOf = async (pathwayId: string) =>
    (await sql(`select kind, position from pathway_step where pathway_id = ? order by position`, [pathwayId])).map(
      (r) => `${r.position}:${r.kind}`,
    );

  beforeAll(async () => {
    api = context.api;
    lead = (await api.userIn('northshire', 'pathways.lead@northshire.example', [Role.WORKFORCE_LEAD])).client;
    southvale = (await api.userIn('southvale', 'pathways.lead@southvale.example', [Role.WORKFORCE_LEAD])).client;

    const council = (
      await lead.data(CREATE_ORG, {
        input: { name: 'Westmere Council', code: 'WMC', kind: 'LOCAL_AUTHORITY', statutory: true },
      })
    ).createOrganisation.id;
    const team = (await lead.data(CREATE_TEAM, { input: { name: 'Family hub', organisationId: council } })).createTeam
      .id;
    const person = async (key: string, extra: Record<string, unknown> = {}) => {
      ids[key] = (
        await lead.data(CREATE_PERSON, {
          input: {
            givenName: key,
            familyName: 'Westmere',
            email: `${key}@westmere.example`,
            assignment: {
              organisationId: council,
              teamId: team,
              jobTitle: 'Family support worker',
              employmentType: 'STAFF',
              startDate: '2024-01-01',
              ...extra,
            },
          },
        })
      ).createPerson.id;
    };
    await person('mo');
    await person('nia', { lineManagerId: ids.mo });
    await person('sam', { lineManagerId: ids.mo });
    await person('vic', { employmentType: 'VOLUNTEER', jobTitle: 'Volunteer' });
    const em = api.em();
    for (const [key, role] of [
      ['mo', Role.MANAGER],
      ['nia', Role.LEARNER],
    ] as const) {
      const { client, user } = await api.userIn('northshire', `${key}.user@westmere.example`, [role]);
      as[key] = client;
      (await em.findOneOrFail(Person, ids[key], { filters: false })).linkUser(user);
    }
    await em.flush();

    const profile = async (client: GraphQLClient, name: string) =>
      (await client.data(CREATE_PROFILE, { input: { name } })).createRoleProfile.id as string;
    ids.worker = await profile(lead, 'Westmere family support worker');
    ids.practitioner = await profile(lead, 'Westmere family hub practitioner');
    ids.southvaleProfile = await profile(southvale, 'Southvale practitioner');

    const scale = (
      await lead.data(CREATE_SCALE, {
        input: {
          name: 'Westmere levels',
          cumulative: true,
          levels: [{ name: 'One' }, { name: 'Two' }, { name: 'Three' }],
        },
      })
    ).createProficiencyScale.id;
    const framework = (
      await lead.data(CREATE_FRAMEWORK, {
        input: {
          code: 'westmere',
          name: 'Westmere practice',
          version: '1',
          effectiveFrom: '2024-04-01',
          scaleId: scale,
        },
      })
    ).createCompetencyFramework.id;
    ids.relational = (
      await lead.data(CREATE_COMPETENCY, {
        input: { frameworkId: framework, code: 'WM.1', name: 'Relational practice' },
      })
    ).createCompetency.id;
    const course = async (client: GraphQLClient, title: string) => {
      const provider = (await client.data(CREATE_PROVIDER, { input: { name: `${title} provider`, kind: 'IN_HOUSE' } }))
        .createTrainingProvider.id;
      return (
        await client.data(CREATE_COURSE, {
          input: {
            providerId: provider,
            title,
            summary: 'For the pathway.',
            outcomes: ['Practise with care'],
            mode: 'IN_PERSON',
            durationMinutes: 180,
            cpdMinutes: 180,
          },
        })
      ).createCourse.id as string;
    };
    ids.trauma = await course(lead, 'Trauma-informed practice');
    ids.southvaleCourse = await course(southvale, 'Southvale induction');

    // Trauma-informed practice: Nia's and Vic's records are in date; Sam's ran out five days ago.
    const record = (key: string, completedIn: number, expiresIn: number) =>
      sql(
        `insert into training_record (id, partnership_id, person_id, course_id, title, completed_on, expires_on, source,
                                      validation, cpd_minutes)
         select gen_random_uuid(), partnership_id, ?, ?, 'Trauma-informed practice', ?, ?, 'IMPORTED', 'VALIDATED', 180
         from person where id = ?`,
        [ids[key], ids.trauma, isoIn(completedIn), isoIn(expiresIn), ids[key]],
      );
    await record('nia', -100, 600);
    await record('sam', -800, -5);
    await record('vic', -20, 700);
    // Relational practice: Nia holds levels 1 and 2; Sam only level 1, below the step's level 2.
    for (const [key, level, mask] of [
      ['nia', 2, 0b011],
      ['sam', 1, 0b001],
    ] as const) {
      await sql(
        `insert into skill_holding (id, partnership_id, person_id, competency_id, level, held_mask, source, since)
         select gen_random_uuid(), partnership_id, ?, ?, ?, ?, 'MANAGER', '2025-06-01' from person where id = ?`,
        [ids[key], ids.relational, level, mask, ids[key]],
      );
    }
    // Supervision: Nia's agreement (every 30 days) last met 10 days ago, so she is within it.
    const [{ id: agreement }] = await sql(
      `insert into supervision_agreement (id, partnership_id, supervisee_id, supervisor_id, type, model,
                                          frequency_pattern, frequency_days, expected_minutes, start_date)
       select gen_random_uuid(), partnership_id, ?, ?, 'LINE_MANAGEMENT', 'MORRISON_4X4X4', 'EVERY_N_DAYS', 30, 60, '2025-01-01'
       from person where id = ? returning id`,
      [ids.nia, ids.mo, ids.nia],
    );
    await sql(
      `insert into supervision_session (id, partnership_id, kind, type, agreement_id, facilitator_id, supervisee_id,
                                        starts_at, duration_minutes, status)
       select gen_random_uuid(), partnership_id, 'ONE_TO_ONE', 'LINE_MANAGEMENT', ?, ?, ?, ?, 60, 'RECORDED'
       from person where id = ?`,
      [agreement, ids.mo, ids.nia, new Date(`${isoIn(-10)}T10:00:00Z`), ids.nia],
    );
  });

  it('lets a lead build a draft pathway in order, and rejects bad input changing nothing', async () => {
    const { createDevelopmentPathway: pathway } = await lead.data(CREATE, {
      input: {
        name: 'Support worker to practitioner',
        description: 'Four steps.',
        fromRoleProfileId: ids.worker,
        toRoleProfileId: ids.practitioner,
      },
    });
    ids.pathway = pathway.id;
    expect(pathway).toMatchObject({
      status: 'DRAFT',
      fromRoleName: 'Westmere family support worker',
      toRoleName: 'Westmere family hub practitioner',
      steps: [],
    });
    const add = (input: Record<string, unknown>) =>
      lead.data(ADD_STEP, { input: { pathwayId: ids.pathway, ...input } });
    await add({ kind: 'QUALIFICATION', qualification: QUALIFICATION });
    await add({ kind: 'COURSE', courseId: ids.trauma });
    await add({ kind: 'COMPETENCY', competencyId: ids.relational, level: 2 });
    await add({ kind: 'SUPERVISION' });
    const extra = (await add({ kind: 'SUPERVISION', note: 'Added twice by mistake' })).addPathwayStep;
    // The qualification goes last; the duplicate comes out and the rest close up.
    const qualification = extra.steps[0].id;
    await lead.data(MOVE_STEP, { input: { id: qualification, position: 5 } });
    const { removePathwayStep: after } = await lead.data(REMOVE_STEP, { id: extra.steps[4].id });
    expect(after.steps.map((s: { position: number; kind: string }) => `${s.position}:${s.kind}`)).toEqual([
      '1:COURSE',
      '2:COMPETENCY',
      '3:SUPERVISION',
      '4:QUALIFICATION',
    ]);
    expect(after.steps[0].title).toBe('Complete Trauma-informed practice (and keep it in date)');
    expect(after.steps[1].title).toBe('Relational practice (WM.1) at level 2 or above');

    const pathwaysBefore = await rows('development_pathway');
    const steps = await stepsOf(ids.pathway);
    const bad: [string, Record<string, unknown>, string][] = [
      [ADD_STEP, { pathwayId: ids.pathway, kind: 'COMPETENCY', competencyId: ids.relational }, 'BAD_USER_INPUT'],
      [
        ADD_STEP,
        { pathwayId: ids.pathway, kind: 'COMPETENCY', competencyId: ids.relational, level: 11 },
        'BAD_USER_INPUT',
      ],
      [ADD_STEP, { pathwayId: ids.pathway, kind: 'COURSE' }, 'BAD_USER_INPUT'],
      [ADD_STEP, { pathwayId: ids.pathway, kind: 'SUPERVISION', courseId: ids.trauma }, 'BAD_USER_INPUT'],
      [ADD_STEP, { pathwayId: ids.pathway, kind: 'QUALIFICATION', qualification: '   ' }, 'BAD_USER_INPUT'],
      [ADD_STEP, { pathwayId: ids.pathway, kind: 'COURSE', courseId: 'not-a-uuid' }, 'BAD_USER_INPUT'],
      [ADD_STEP, { pathwayId: ids.pathway, kind: 'COURSE', courseId: ids.southvaleCourse }, 'NOT_FOUND'],
      [MOVE_STEP, { id: qualification, position: 9 }, 'BAD_USER_INPUT'],
      [MOVE_STEP, { id: qualification, position: 'first' }, 'BAD_USER_INPUT'],
      [
        CREATE,
        { name: 'Cross-partnership', fromRoleProfileId: ids.worker, toRoleProfileId: ids.southvaleProfile },
        'NOT_FOUND',
      ],
      [CREATE, { name: 'Going nowhere', fromRoleProfileId: ids.worker, toRoleProfileId: ids.worker }, 'BAD_USER_INPUT'],
      [CREATE, { name: '', fromRoleProfileId: ids.worker, toRoleProfileId: ids.practitioner }, 'BAD_USER_INPUT'],
    ];
    for (const [query, input, code] of bad) {
      const error = await errorOf(lead, query, { input });
      expect({ input, code: error?.extensions?.code }).toEqual({ input, code });
    }
    // Another partnership's lead does not find this pathway at all.
    const foreign = await errorOf(southvale, ADD_STEP, { input: { pathwayId: ids.pathway, kind: 'SUPERVISION' } });
    expect(foreign?.extensions?.code).toBe('NOT_FOUND');
    expect((await errorOf(southvale, REMOVE_STEP, { id: qualification }))?.extensions?.code).toBe('NOT_FOUND');
    // Nobody but a lead writes pathways, and a draft cannot take enrolments.
    expect(
      (await errorOf(as.mo, ADD_STEP, { input: { pathwayId: ids.pathway, kind: 'SUPERVISION' } }))?.extensions?.code,
    ).toBe('FORBIDDEN');
    const draftEnrol = await errorOf(lead, ENROL, {
      input: { pathwayId: ids.pathway, personId: ids.nia, startedOn: isoIn(-30) },
    });
    expect(draftEnrol?.extensions?.code).toBe('CONFLICT');
    expect(await rows('development_pathway')).toBe(pathwaysBefore);
    expect(await stepsOf(ids.pathway)).toEqual(steps);
    expect(await rows('pathway_enrolment')).toBe(0);
  });

  it('publishes the pathway, after which its steps hold still; only a draft is deleted', async () => {
    const { moveDevelopmentPathway } = await lead.data(MOVE, { input: { id: ids.pathway, status: 'PUBLISHED' } });
    expect(moveDevelopmentPathway.status).toBe('PUBLISHED');
    const locked = await errorOf(lead, ADD_STEP, { input: { pathwayId: ids.pathway, kind: 'SUPERVISION' } });
    expect(locked?.extensions?.code).toBe('CONFLICT');
    expect((await errorOf(lead, DELETE, { id: ids.pathway }))?.extensions?.code).toBe('CONFLICT');
    expect(await stepsOf(ids.pathway)).toHaveLength(4);
    // A draft, though, is deleted with its steps.
    const { createDevelopmentPathway: spare } = await lead.data(CREATE, {
      input: { name: 'Spare draft', fromRoleProfileId: ids.worker, toRoleProfileId: ids.practitioner },
    });
    await lead.data(ADD_STEP, { input: { pathwayId: spare.id, kind: 'SUPERVISION' } });
    expect((await lead.data(DELETE, { id: spare.id })).deleteDevelopmentPathway).toBe(true);
    expect(await stepsOf(spare.id)).toEqual([]);
    expect(await rows('development_pathway')).toBe(1);
    // A learner sees the published pathway; the southvale lead sees none of Northshire's.
    expect((await as.nia.data(LIST)).developmentPathways.nodes.map((p: { id: string }) => p.id)).toContain(ids.pathway);
    expect((await southvale.data(LIST)).developmentPathways.totalCount).toBe(0);
  });

  it('lets a manager enrol their reports only, and a lead anyone', async () => {
    const enrol = (client: GraphQLClient, person: string) =>
      client.request(ENROL, { input: { pathwayId: ids.pathway, personId: ids[person], startedOn: isoIn(-60) } });
    const notReport = await enrol(as.mo, 'vic');
    expect(notReport.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const foreign = await southvale.request(ENROL, {
      input: { pathwayId: ids.pathway, personId: ids.nia, startedOn: isoIn(-60) },
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const badDates = await lead.request(ENROL, {
      input: { pathwayId: ids.pathway, personId: ids.vic, startedOn: isoIn(-60), targetOn: isoIn(-90) },
    });
    expect(badDates.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await rows('pathway_enrolment')).toBe(0);

    const { enrolOnPathway: nia } = (await enrol(as.mo, 'nia')).data!;
    expect(nia).toMatchObject({ personName: expect.stringContaining('nia'), status: 'ACTIVE' });
    await enrol(as.mo, 'sam');
    await enrol(lead, 'vic');
    expect((await enrol(lead, 'nia')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await rows('pathway_enrolment')).toBe(3);
  });

  it('reads progress live: a lapsed course and a level below the step do not count', async () => {
    const { pathwayEnrolments } = await lead.data(ENROLMENTS, { filter: { pathwayIds: [ids.pathway] } });
    expect(pathwayEnrolments.totalCount).toBe(3);
    const of = (person: string) =>
      pathwayEnrolments.nodes.find((n: { personId: string }) => n.personId === ids[person]).progress;
    // Nia: course in date, level 2 held, supervision within frequency; no qualification yet.
    expect(of('nia')).toMatchObject({
      done: 3,
      total: 4,
      percent: 75,
      complete: false,
      nextStep: { kind: 'QUALIFICATION' },
    });
    expect(of('nia').steps).toEqual([
      { step: { kind: 'COURSE' }, done: true, evidenceOn: isoIn(-100), levelHeld: null, validUntil: isoIn(600) },
      { step: { kind: 'COMPETENCY' }, done: true, evidenceOn: '2025-06-01', levelHeld: 2, validUntil: null },
      { step: { kind: 'SUPERVISION' }, done: true, evidenceOn: isoIn(-10), levelHeld: null, validUntil: null },
      { step: { kind: 'QUALIFICATION' }, done: false, evidenceOn: null, levelHeld: null, validUntil: null },
    ]);
    // Sam: the course lapsed five days ago and he holds level 1 of the 2 needed: nothing done.
    expect(of('sam')).toMatchObject({ done: 0, total: 4, percent: 0, nextStep: { kind: 'COURSE' } });
    // Vic: the course only.
    expect(of('vic')).toMatchObject({ done: 1, total: 4, percent: 25, nextStep: { kind: 'COMPETENCY' } });

    // Mo's reach is his reports: Nia and Sam.
    expect((await as.mo.data(ENROLMENTS)).pathwayEnrolments.totalCount).toBe(2);
  });

  it('completes the pathway when the manager records the qualification, refusing a future date', async () => {
    const recordFor = (client: GraphQLClient, person: string, attainedOn: string) =>
      client.request(RECORD, { input: { personId: ids[person], qualification: QUALIFICATION, attainedOn } });
    expect((await recordFor(as.mo, 'nia', isoIn(3))).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await recordFor(as.mo, 'vic', isoIn(-3))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await recordFor(southvale, 'nia', isoIn(-3))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await rows('qualification_award')).toBe(0);
    // Typed in another case, it is the same qualification.
    const { recordQualification } = (
      await as.mo.request(RECORD, {
        input: { personId: ids.nia, qualification: QUALIFICATION.toUpperCase(), attainedOn: isoIn(-3) },
      })
    ).data!;
    expect(recordQualification.attainedOn).toBe(isoIn(-3));

    const { myPathwayEnrolments } = await as.nia.data(MINE);
    expect(myPathwayEnrolments.totalCount).toBe(1);
    expect(myPathwayEnrolments.nodes[0]).toMatchObject({
      personId: ids.nia,
      pathway: { name: 'Support worker to practitioner' },
      progress: { done: 4, total: 4, percent: 100, complete: true, nextStep: null },
    });
    // A learner's reach on the enrolment list is their own.
    expect((await as.nia.data(ENROLMENTS)).pathwayEnrolments.totalCount).toBe(1);
  });

  it('sums use for the self-assessment, and retired takes nobody new', async () => {
    // Sam withdraws: he no longer counts as enrolled.
    const sam = (await lead.data(ENROLMENTS, { filter: { personIds: [ids.sam] } })).pathwayEnrolments.nodes[0];
    expect(sam.progress.done).toBe(0);
    const [{ id: samEnrolment }] = await sql(`select id from pathway_enrolment where person_id = ?`, [ids.sam]);
    await lead.data(UPDATE_ENROLMENT, { input: { id: samEnrolment, startedOn: isoIn(-60), status: 'WITHDRAWN' } });
    // Nia 100% and complete, Vic 25%: two enrolled, one completed, an average of 62.5%.
    expect((await lead.data(IN_USE)).pathwaysInUse).toEqual([
      { name: 'Support worker to practitioner', status: 'PUBLISHED', enrolled: 2, completed: 1, averagePercent: 62.5 },
    ]);
    expect((await southvale.data(IN_USE)).pathwaysInUse).toEqual([]);

    // Retired, it takes nobody new (Sam cannot come back) and still counts those on it.
    await lead.data(MOVE, { input: { id: ids.pathway, status: 'RETIRED' } });
    const closed = await errorOf(lead, ENROL, {
      input: { pathwayId: ids.pathway, personId: ids.sam, startedOn: isoIn(-1) },
    });
    expect(closed?.extensions?.code).toBe('CONFLICT');
    expect((await lead.data(IN_USE)).pathwaysInUse).toMatchObject([{ status: 'RETIRED', enrolled: 2, completed: 1 }]);
  });
});
