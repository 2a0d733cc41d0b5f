import { Test, type TestingModule } from '@nestjs/testing';
import { Role } from '@kindred/auth';
import { JobQueue, waitForIdleQueues } from '@kindred/jobs';
import { Person } from '@kindred/org';
import { Assessment, EvidenceSource, lapseEvidence, RoleRequirement, SkillHolding } from '@kindred/skills';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';

// Skills end to end over GraphQL, on a small partnership built here so that every gap figure
// below can be worked out by hand from the fixture.

const CREATE_ORG = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
const CREATE_SITE = `mutation($input: SiteInput!) { createSite(input: $input) { id } }`;
const CREATE_TEAM = `mutation($input: TeamInput!) { createTeam(input: $input) { id } }`;
const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id assignments { id } } }`;
const ADD_JOB = `mutation($input: AddJobAssignmentInput!) { addJobAssignment(input: $input) { id } }`;
const CREATE_SCALE = `mutation($input: ProficiencyScaleInput!) { createProficiencyScale(input: $input) { id levels { rank name } } }`;
const CREATE_FRAMEWORK = `mutation($input: CreateCompetencyFrameworkInput!) { createCompetencyFramework(input: $input) { id } }`;
const CREATE_COMPETENCY = `mutation($input: CreateCompetencyInput!) { createCompetency(input: $input) { id code } }`;
const UPDATE_COMPETENCY = `mutation($input: UpdateCompetencyInput!) { updateCompetency(input: $input) { id parentId } }`;
const CREATE_PROFILE = `mutation($input: RoleProfileInput!) { createRoleProfile(input: $input) { id } }`;
const SET_REQUIREMENT = `mutation($input: RoleRequirementInput!) {
  setRoleRequirement(input: $input) { id requirements { level levelName priority withinDays competency { code } } }
}`;
const SET_JOB_PROFILE = `mutation($input: JobRoleProfileInput!) { setJobRoleProfile(input: $input) { id roleProfile { name } } }`;
const RECORD = `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id level source validUntil } }`;
const GAP = `query($scope: GapScopeInput!) {
  skillsGap(scope: $scope) { people rows { code required meeting share essentialRequired essentialMeeting gaps essentialGaps overdue } }
}`;
const HEATMAP = `query($scope: GapScopeInput!, $axis: HeatmapAxis!) {
  skillsHeatmap(axis: $axis, scope: $scope) { columns { id name } rows { code cells { columnId required meeting } } }
}`;
const GAP_PEOPLE = `query($scope: GapScopeInput!, $competencyId: ID!, $axis: HeatmapAxis, $columnId: String, $onlyGaps: Boolean) {
  skillsGapPeople(scope: $scope, competencyId: $competencyId, axis: $axis, columnId: $columnId, onlyGaps: $onlyGaps) {
    totalCount nodes { fullName requiredLevel currentLevel meets essential overdue }
  }
}`;
const PERSON_SKILLS = `query($personId: ID!) {
  personSkills(personId: $personId) { code requiredLevel currentLevel currentLevelName source meets overdue pendingReview }
}`;
const SELF_ASSESS = `mutation($input: SelfAssessmentInput!) { submitSelfAssessment(input: $input) { id review } }`;
const QUEUE = `query { validationQueue { totalCount nodes { id level note person { fullName } competency { code } } } }`;
const REVIEW = `mutation($input: ReviewSelfAssessmentInput!) { reviewSelfAssessment(input: $input) { id level source } }`;

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('skills: frameworks, evidence and the gap map', () => {
  const context = setUpTestApi();
  let api: TestApi;
  let lead: GraphQLClient;
  const ids: Record<string, string> = {};
  const jobs: Record<string, string> = {};

  const errorOf = async (client: GraphQLClient, query: string, variables: Record<string, unknown>) =>
    (await client.request(query, variables)).errors?.[0];

  beforeAll(async () => {
    api = context.api;
    lead = (await api.userIn('northshire', 'skills.lead@northshire.example', [Role.WORKFORCE_LEAD])).client;

    const org = async (name: string, code: string, kind: string) =>
      (await lead.data(CREATE_ORG, { input: { name, code, kind, statutory: kind !== 'VCFSE' } })).createOrganisation.id;
    ids.council = await org('Eastbrook Council', 'EBC', 'LOCAL_AUTHORITY');
    ids.homeStart = await org('Home-Start Eastbrook', 'HSE', 'VCFSE');
    ids.hub = (
      await lead.data(CREATE_SITE, {
        input: { name: 'Riverside Family Hub', kind: 'FAMILY_HUB', locality: 'Eastbrook' },
      })
    ).createSite.id;
    ids.councilTeam = (
      await lead.data(CREATE_TEAM, { input: { name: 'Family support', organisationId: ids.council, siteId: ids.hub } })
    ).createTeam.id;
    ids.homeStartTeam = (
      await lead.data(CREATE_TEAM, { input: { name: 'Home visiting', organisationId: ids.homeStart } })
    ).createTeam.id;

    // Three levels, cumulative; one domain holding two competencies.
    ids.scale = (
      await lead.data(CREATE_SCALE, {
        input: {
          name: 'Eastbrook practice levels',
          cumulative: true,
          levels: [{ name: 'Aware' }, { name: 'Practising' }, { name: 'Leading' }],
        },
      })
    ).createProficiencyScale.id;
    ids.framework = (
      await lead.data(CREATE_FRAMEWORK, {
        input: {
          code: 'eastbrook-practice',
          name: 'Eastbrook practice',
          version: '1',
          effectiveFrom: '2024-04-01',
          scaleId: ids.scale,
        },
      })
    ).createCompetencyFramework.id;
    const competency = async (code: string, name: string, extra: Record<string, unknown> = {}) =>
      (await lead.data(CREATE_COMPETENCY, { input: { frameworkId: ids.framework, code, name, ...extra } }))
        .createCompetency.id;
    ids.domain = await competency('EP.1', 'Working with families', { kind: 'DOMAIN' });
    ids.whole = await competency('EP.1.1', 'Whole-family working', {
      parentId: ids.domain,
      indicators: [{ level: 1, text: 'Knows the family is the unit of support.' }],
    });
    ids.safeguarding = await competency('EP.1.2', 'Safeguarding', { parentId: ids.domain, validForMonths: 36 });

    // Family support worker: both essential, whole-family within 90 days of starting.
    // Volunteer: whole-family desirable at level 1; safeguarding essential at level 1 within 30 days.
    const profile = async (name: string) => (await lead.data(CREATE_PROFILE, { input: { name } })).createRoleProfile.id;
    ids.fsw = await profile('Family support worker');
    ids.volunteer = await profile('Home visiting volunteer');
    const require = (
      roleProfileId: string,
      competencyId: string,
      level: number,
      priority: string,
      withinDays?: number,
    ) => lead.data(SET_REQUIREMENT, { input: { roleProfileId, competencyId, level, priority, withinDays } });
    await require(ids.fsw, ids.whole, 2, 'ESSENTIAL', 90);
    await require(ids.fsw, ids.safeguarding, 2, 'ESSENTIAL');
    await require(ids.volunteer, ids.whole, 1, 'DESIRABLE');
    await require(ids.volunteer, ids.safeguarding, 1, 'ESSENTIAL', 30);

    const fswJob = (startDate: string) => ({
      organisationId: ids.council,
      teamId: ids.councilTeam,
      jobTitle: 'Family support worker',
      employmentType: 'STAFF',
      startDate,
    });
    const volunteerJob = (startDate: string) => ({
      organisationId: ids.homeStart,
      teamId: ids.homeStartTeam,
      jobTitle: 'Home visiting volunteer',
      employmentType: 'VOLUNTEER',
      startDate,
    });
    const person = async (key: string, givenName: string, familyName: string, assignment: Record<string, unknown>) => {
      const created = (
        await lead.data(CREATE_PERSON, {
          input: { givenName, familyName, email: `${key}@eastbrook.example`, assignment },
        })
      ).createPerson;
      ids[key] = created.id;
      jobs[key] = created.assignments[0].id;
    };
    await person('ava', 'Ava', 'Adams', fswJob('2020-01-01'));
    await person('ben', 'Ben', 'Brown', fswJob('2026-01-05'));
    await person('cara', 'Cara', 'Clark', volunteerJob(isoDay(-10)));
    await person('dev', 'Dev', 'Dutta', volunteerJob('2025-01-01'));
    await person('eve', 'Eve', 'Evans', fswJob('2021-09-01'));
    jobs.eveVolunteer = (
      await lead.data(ADD_JOB, { input: { personId: ids.eve, ...volunteerJob('2024-06-01') } })
    ).addJobAssignment.id;
    // Finn left: his requirements no longer count.
    await person('finn', 'Finn', 'Foster', { ...fswJob('2019-01-01'), endDate: '2026-06-30' });

    for (const key of ['ava', 'ben', 'eve', 'finn']) {
      await lead.data(SET_JOB_PROFILE, { input: { jobAssignmentId: jobs[key], roleProfileId: ids.fsw } });
    }
    for (const key of ['cara', 'dev', 'eveVolunteer']) {
      await lead.data(SET_JOB_PROFILE, { input: { jobAssignmentId: jobs[key], roleProfileId: ids.volunteer } });
    }

    const record = (personId: string, competencyId: string, level: number, assessedOn: string, extra = {}) =>
      lead.data(RECORD, { input: { personId, competencyId, level, assessedOn, ...extra } });
    await record(ids.ava, ids.whole, 2, '2025-05-01');
    await record(ids.ava, ids.safeguarding, 3, isoDay(-30), { source: 'IMPORTED' });
    await record(ids.ben, ids.whole, 1, '2026-02-01');
    await record(ids.dev, ids.whole, 1, '2025-02-01');
    // Dev's safeguarding ran for 36 months from 2022-01-10: it lapsed on 2025-01-10.
    await record(ids.dev, ids.safeguarding, 1, '2022-01-10', { source: 'IMPORTED' });
    await record(ids.eve, ids.whole, 2, '2023-03-01');
    await record(ids.eve, ids.safeguarding, 1, isoDay(-100));
    await record(ids.finn, ids.whole, 3, '2020-01-01');
  });

  describe('gap analysis', () => {
    it('counts required, meeting, essential and overdue per competency, essential gaps first', async () => {
      const { skillsGap } = await lead.data(GAP, { scope: { frameworkId: ids.framework } });
      // Ava, Ben, Cara, Dev and Eve; Finn has left.
      expect(skillsGap.people).toBe(5);
      expect(skillsGap.rows).toEqual([
        // Safeguarding: everyone requires it; only Ava (3 ≥ 2) meets. Dev's evidence lapsed; Eve
        // holds 1 but her support-worker job needs 2. Overdue: Dev (due 2025-01-31) and Eve (due
        // 2024-07-01 from her volunteer job); Ben has no deadline and Cara is inside her 30 days.
        {
          code: 'EP.1.2',
          required: 5,
          meeting: 1,
          share: 0.2,
          essentialRequired: 5,
          essentialMeeting: 1,
          gaps: 4,
          essentialGaps: 4,
          overdue: 2,
        },
        // Whole-family: Ava 2/2, Eve 2/2 and Dev 1/1 meet; Ben (1 of 2, due 2026-04-05) and Cara
        // (desirable, no deadline) do not. Essential for Ava, Ben and Eve.
        {
          code: 'EP.1.1',
          required: 5,
          meeting: 3,
          share: 0.6,
          essentialRequired: 3,
          essentialMeeting: 2,
          gaps: 2,
          essentialGaps: 1,
          overdue: 1,
        },
      ]);
    });

    it('narrows to one person, one employment type or one team', async () => {
      const eve = await lead.data(GAP, { scope: { frameworkId: ids.framework, personId: ids.eve } });
      expect(
        eve.skillsGap.rows.map((r: { code: string; required: number; meeting: number }) => [
          r.code,
          r.required,
          r.meeting,
        ]),
      ).toEqual([
        ['EP.1.2', 1, 0],
        ['EP.1.1', 1, 1],
      ]);
      // Volunteering only: Eve's volunteer job needs safeguarding 1, which she holds.
      const volunteers = await lead.data(GAP, { scope: { frameworkId: ids.framework, employmentType: 'VOLUNTEER' } });
      expect(volunteers.skillsGap.people).toBe(3);
      expect(volunteers.skillsGap.rows.find((r: { code: string }) => r.code === 'EP.1.2')).toMatchObject({
        required: 3,
        meeting: 1,
        overdue: 1,
      });
      const team = await lead.data(GAP, { scope: { frameworkId: ids.framework, teamId: ids.councilTeam } });
      expect(team.skillsGap.people).toBe(3);
    });

    it('maps competency × organisation, and drills into the people behind a cell, gaps first', async () => {
      const { skillsHeatmap } = await lead.data(HEATMAP, {
        scope: { frameworkId: ids.framework },
        axis: 'ORGANISATION',
      });
      expect(skillsHeatmap.columns).toEqual([
        { id: ids.council, name: 'Eastbrook Council' },
        { id: ids.homeStart, name: 'Home-Start Eastbrook' },
      ]);
      const cell = (code: string, columnId: string) =>
        skillsHeatmap.rows
          .find((r: { code: string }) => r.code === code)
          .cells.find((c: { columnId: string }) => c.columnId === columnId);
      expect(cell('EP.1.2', ids.council)).toEqual({ columnId: ids.council, required: 3, meeting: 1 });
      // In Home-Start, Eve's volunteer job needs level 1, which she holds.
      expect(cell('EP.1.2', ids.homeStart)).toEqual({ columnId: ids.homeStart, required: 3, meeting: 1 });
      expect(cell('EP.1.1', ids.homeStart)).toEqual({ columnId: ids.homeStart, required: 3, meeting: 2 });

      const { skillsGapPeople } = await lead.data(GAP_PEOPLE, {
        scope: { frameworkId: ids.framework },
        competencyId: ids.safeguarding,
        axis: 'ORGANISATION',
        columnId: ids.council,
      });
      expect(skillsGapPeople.totalCount).toBe(3);
      expect(skillsGapPeople.nodes).toEqual([
        { fullName: 'Ben Brown', requiredLevel: 2, currentLevel: null, meets: false, essential: true, overdue: false },
        { fullName: 'Eve Evans', requiredLevel: 2, currentLevel: 1, meets: false, essential: true, overdue: false },
        { fullName: 'Ava Adams', requiredLevel: 2, currentLevel: 3, meets: true, essential: true, overdue: false },
      ]);
      const gapsOnly = await lead.data(GAP_PEOPLE, {
        scope: { frameworkId: ids.framework },
        competencyId: ids.safeguarding,
        onlyGaps: true,
      });
      expect(gapsOnly.skillsGapPeople.nodes.map((n: { fullName: string }) => n.fullName)).toEqual([
        'Dev Dutta',
        'Eve Evans',
        'Ben Brown',
        'Cara Clark',
      ]);
    });

    it('exports the report and heatmap as a workbook', async () => {
      const response = await fetch(`${api.url}/exports/skills-gap?frameworkId=${ids.framework}&axis=SITE`, {
        headers: { authorization: `Bearer ${lead.accessToken}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('spreadsheetml');
      const { Workbook } = await import('exceljs');
      const workbook = new Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
      const gaps = workbook.getWorksheet('Gaps')!;
      expect(gaps.getRow(2).values).toEqual(expect.arrayContaining(['EP.1.2', 'Safeguarding', 5, 1, 20]));
      const heatmap = workbook.getWorksheet('Heatmap')!;
      expect(heatmap.getRow(1).values).toEqual(expect.arrayContaining(['Riverside Family Hub', 'No site']));
      const homeStart = await fetch(
        `${api.url}/exports/skills-gap?frameworkId=${ids.framework}&organisationId=${ids.homeStart}`,
        { headers: { authorization: `Bearer ${lead.accessToken}` } },
      );
      const scoped = new Workbook();
      await scoped.xlsx.load(Buffer.from(await homeStart.arrayBuffer()) as never);
      // Cara, Dev and Eve's volunteer job: only Eve holds safeguarding level 1.
      expect(scoped.getWorksheet('Gaps')!.getRow(2).values).toEqual(
        expect.arrayContaining(['EP.1.2', 'Safeguarding', 3, 1]),
      );
      for (const query of [
        'frameworkId=nope',
        `frameworkId=${ids.framework}&axis=TEAM`,
        `frameworkId=${ids.framework}&q=1`,
      ]) {
        const refused = await fetch(`${api.url}/exports/skills-gap?${query}`, {
          headers: { authorization: `Bearer ${lead.accessToken}` },
        });
        expect(refused.status).toBe(400);
      }
    });
    it('agrees with the drill-down on every cell, on every axis, for people with several jobs in one column', async () => {
      // Hal holds two jobs in the council (support worker and volunteer) in the same team: each
      // cell counts him once, at the higher level his jobs there require.
      const hal = (
        await lead.data(CREATE_PERSON, {
          input: {
            givenName: 'Hal',
            familyName: 'Hughes',
            email: 'hal@eastbrook.example',
            assignment: {
              organisationId: ids.council,
              teamId: ids.councilTeam,
              jobTitle: 'Family support worker',
              employmentType: 'STAFF',
              startDate: '2022-01-01',
            },
          },
        })
      ).createPerson;
      const second = (
        await lead.data(ADD_JOB, {
          input: {
            personId: hal.id,
            organisationId: ids.council,
            teamId: ids.councilTeam,
            jobTitle: 'Parent champion',
            employmentType: 'VOLUNTEER',
            startDate: '2023-01-01',
          },
        })
      ).addJobAssignment.id;
      await lead.data(SET_JOB_PROFILE, { input: { jobAssignmentId: hal.assignments[0].id, roleProfileId: ids.fsw } });
      await lead.data(SET_JOB_PROFILE, { input: { jobAssignmentId: second, roleProfileId: ids.volunteer } });
      await lead.data(RECORD, {
        input: { personId: hal.id, competencyId: ids.whole, level: 1, assessedOn: '2025-01-01' },
      });

      for (const axis of ['ORGANISATION', 'SITE', 'ROLE_PROFILE']) {
        const { skillsHeatmap } = await lead.data(HEATMAP, { scope: { frameworkId: ids.framework }, axis });
        for (const row of skillsHeatmap.rows) {
          const competencyId = row.code === 'EP.1.1' ? ids.whole : ids.safeguarding;
          for (const cell of row.cells) {
            const { skillsGapPeople } = await lead.data(GAP_PEOPLE, {
              scope: { frameworkId: ids.framework },
              competencyId,
              axis,
              columnId: cell.columnId,
            });
            const meeting = skillsGapPeople.nodes.filter((n: { meets: boolean }) => n.meets).length;
            expect([axis, row.code, cell.columnId, cell.required, cell.meeting]).toEqual([
              axis,
              row.code,
              cell.columnId,
              skillsGapPeople.totalCount,
              meeting,
            ]);
          }
        }
      }
      // Whole-family in the council: Ava, Ben and Eve as before, and Hal once, at level 2 (not met).
      const { skillsHeatmap } = await lead.data(HEATMAP, {
        scope: { frameworkId: ids.framework },
        axis: 'ORGANISATION',
      });
      const whole = skillsHeatmap.rows.find((r: { code: string }) => r.code === 'EP.1.1');
      expect(whole.cells.find((c: { columnId: string }) => c.columnId === ids.council)).toEqual({
        columnId: ids.council,
        required: 4,
        meeting: 2,
      });
    });
  });

  describe('levels from evidence', () => {
    it("shows a person's required and current levels with their source", async () => {
      const { personSkills } = await lead.data(PERSON_SKILLS, { personId: ids.dev });
      expect(personSkills).toEqual([
        expect.objectContaining({ code: 'EP.1.2', requiredLevel: 1, currentLevel: null, meets: false, overdue: true }),
        expect.objectContaining({
          code: 'EP.1.1',
          requiredLevel: 1,
          currentLevel: 1,
          currentLevelName: 'Aware',
          source: 'MANAGER',
          meets: true,
        }),
      ]);
    });

    it('lowers a level when its evidence lapses, recording the lapse in the history', async () => {
      const worker: TestingModule = await Test.createTestingModule({
        imports: [WorkerModule.forRoot(api.config)],
      }).compile();
      await worker.init();
      try {
        // Ava's imported level 3 runs 36 months; in four years only her whole-family level is left.
        const queue = worker.get(JobQueue);
        await queue.add(lapseEvidence, { asOf: isoDay(4 * 366) });
        await waitForIdleQueues(queue, 20_000);
        const em = api.em();
        const holding = await em.findOne(
          SkillHolding,
          { person: ids.ava, competency: ids.safeguarding },
          { filters: false },
        );
        expect(holding).toBeNull();
        const lapses = await em.find(
          Assessment,
          { person: ids.ava, source: EvidenceSource.EXPIRED },
          { filters: false },
        );
        expect(lapses).toHaveLength(1);
        expect(lapses[0]).toMatchObject({ level: 3 });
        const stillHeld = await em.findOne(
          SkillHolding,
          { person: ids.ava, competency: ids.whole },
          { filters: false },
        );
        expect(stillHeld?.level).toBe(2);
      } finally {
        await worker.close();
      }
    });

    it('asks the line manager to validate a self-assessment; an adjusted rating sets the level', async () => {
      const { client: manager, user: managerUser } = await api.userIn('northshire', 'ava@eastbrook.example', [
        Role.MANAGER,
      ]);
      const { client: learner, user: learnerUser } = await api.userIn('northshire', 'ben@eastbrook.example', [
        Role.LEARNER,
      ]);
      const { client: otherManager } = await api.userIn('northshire', 'other.manager@eastbrook.example', [
        Role.MANAGER,
      ]);
      const em = api.em();
      const [ava, ben] = await Promise.all([
        em.findOneOrFail(Person, ids.ava, { filters: false }),
        em.findOneOrFail(Person, ids.ben, { filters: false }),
      ]);
      ava.linkUser(managerUser);
      ben.linkUser(learnerUser);
      await em.flush();
      // Ava becomes Ben's line manager.
      await lead.data(`mutation($input: UpdateJobAssignmentInput!) { updateJobAssignment(input: $input) { id } }`, {
        input: {
          id: jobs.ben,
          organisationId: ids.council,
          teamId: ids.councilTeam,
          jobTitle: 'Family support worker',
          employmentType: 'STAFF',
          startDate: '2026-01-05',
          lineManagerId: ids.ava,
        },
      });

      const noReflection = await errorOf(learner, SELF_ASSESS, {
        input: { ratings: [{ competencyId: ids.whole, level: 2, reflection: '' }] },
      });
      expect(noReflection?.extensions?.code).toBe('BAD_USER_INPUT');
      const { submitSelfAssessment } = await learner.data(SELF_ASSESS, {
        input: {
          ratings: [
            { competencyId: ids.whole, level: 3, reflection: 'I led the team-around-the-family meetings this term.' },
          ],
        },
      });
      expect(submitSelfAssessment).toEqual([{ id: expect.any(String), review: 'PENDING' }]);

      // The framework does not let a self-assessment count alone: Ben still holds level 1.
      const before = await learner.data(`query { mySkills { code currentLevel pendingReview } }`);
      expect(before.mySkills).toContainEqual({ code: 'EP.1.1', currentLevel: 1, pendingReview: true });

      expect((await otherManager.data(QUEUE)).validationQueue.totalCount).toBe(0);
      const review = {
        assessmentId: submitSelfAssessment[0].id,
        level: 2,
        comment: 'Solid practice; leading is next.',
      };
      expect((await errorOf(otherManager, REVIEW, { input: review }))?.extensions?.code).toBe('NOT_FOUND');

      const { validationQueue } = await manager.data(QUEUE);
      expect(validationQueue.nodes).toEqual([
        expect.objectContaining({ level: 3, person: { fullName: 'Ben Brown' }, competency: { code: 'EP.1.1' } }),
      ]);
      expect((await manager.data(REVIEW, { input: review })).reviewSelfAssessment).toMatchObject({
        level: 2,
        source: 'MANAGER',
      });
      expect((await manager.data(QUEUE)).validationQueue.totalCount).toBe(0);
      const after = await learner.data(`query { mySkills { code currentLevel pendingReview meets } }`);
      expect(after.mySkills).toContainEqual({ code: 'EP.1.1', currentLevel: 2, pendingReview: false, meets: true });
      const history = await em.find(Assessment, { person: ids.ben, competency: ids.whole }, { filters: false });
      expect(history.map((a) => [a.source, a.level, a.review]).sort()).toEqual([
        ['MANAGER', 1, null],
        ['MANAGER', 2, null],
        ['SELF', 3, 'ADJUSTED'],
      ]);
      // A learner cannot record evidence for themselves.
      const own = await errorOf(learner, RECORD, {
        input: { personId: ids.ben, competencyId: ids.whole, level: 3, assessedOn: isoDay(0) },
      });
      expect(own?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('bad input changes nothing', () => {
    const requirementCount = () => api.em().count(RoleRequirement, { roleProfile: ids.fsw }, { filters: false });

    it('refuses a requirement at a level the scale lacks', async () => {
      const before = await requirementCount();
      const error = await errorOf(lead, SET_REQUIREMENT, {
        input: { roleProfileId: ids.fsw, competencyId: ids.whole, level: 4, priority: 'ESSENTIAL' },
      });
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toContain('level 4 is not on the scale "Eastbrook practice levels"');
      expect(await requirementCount()).toBe(before);
      const profile = await lead.data(
        `query($id: ID!) { roleProfile(id: $id) { requirements { competency { code } level } } }`,
        {
          id: ids.fsw,
        },
      );
      expect(profile.roleProfile.requirements).toContainEqual({ competency: { code: 'EP.1.1' }, level: 2 });
    });

    it('refuses a requirement on a domain', async () => {
      const error = await errorOf(lead, SET_REQUIREMENT, {
        input: { roleProfileId: ids.fsw, competencyId: ids.domain, level: 1, priority: 'ESSENTIAL' },
      });
      expect(error?.message).toContain('EP.1 is a domain');
    });

    it('refuses a move that would make a cycle in the tree', async () => {
      const error = await errorOf(lead, UPDATE_COMPETENCY, {
        input: { id: ids.domain, code: 'EP.1', name: 'Working with families', kind: 'DOMAIN', parentId: ids.whole },
      });
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toContain('would make a cycle');
      const tree = await lead.data(
        `query($id: ID!) { competencyFramework(id: $id) { competencies { code parentId } } }`,
        {
          id: ids.framework,
        },
      );
      expect(tree.competencyFramework.competencies).toEqual([
        { code: 'EP.1', parentId: null },
        { code: 'EP.1.1', parentId: ids.domain },
        { code: 'EP.1.2', parentId: ids.domain },
      ]);
    });

    it("refuses evidence for another partnership's competency or person, writing nothing", async () => {
      const { client: southvale } = await api.userIn('southvale', 'skills.lead@southvale.example', [
        Role.WORKFORCE_LEAD,
      ]);
      const before = await api.em().count(Assessment, {}, { filters: false });
      const theirs = await errorOf(southvale, RECORD, {
        input: { personId: ids.ava, competencyId: ids.whole, level: 1, assessedOn: '2026-01-01' },
      });
      expect(theirs?.extensions?.code).toBe('NOT_FOUND');
      const southvaleScale = (
        await southvale.data(CREATE_SCALE, {
          input: { name: 'Southvale levels', cumulative: true, levels: [{ name: 'One' }, { name: 'Two' }] },
        })
      ).createProficiencyScale.id;
      const southvaleFramework = (
        await southvale.data(CREATE_FRAMEWORK, {
          input: {
            code: 'southvale',
            name: 'Southvale',
            version: '1',
            effectiveFrom: '2024-01-01',
            scaleId: southvaleScale,
          },
        })
      ).createCompetencyFramework.id;
      const southvaleCompetency = (
        await southvale.data(CREATE_COMPETENCY, {
          input: { frameworkId: southvaleFramework, code: 'SV.1', name: 'Listening' },
        })
      ).createCompetency.id;
      const mixed = await errorOf(lead, RECORD, {
        input: { personId: ids.ava, competencyId: southvaleCompetency, level: 1, assessedOn: '2026-01-01' },
      });
      expect(mixed?.extensions?.code).toBe('NOT_FOUND');
      expect(mixed?.message).toContain('Competency');
      const gap = await errorOf(lead, GAP, { scope: { frameworkId: southvaleFramework } });
      expect(gap?.extensions?.code).toBe('NOT_FOUND');
      expect(await api.em().count(Assessment, {}, { filters: false })).toBe(before);
    });

    it('refuses malformed ids and levels at the edge', async () => {
      const badId = await errorOf(lead, GAP, { scope: { frameworkId: 'not-a-uuid' } });
      expect(badId?.extensions?.code).toBe('BAD_USER_INPUT');
      const badLevel = await errorOf(lead, RECORD, {
        input: { personId: ids.ava, competencyId: ids.whole, level: 9, assessedOn: '2026-01-01' },
      });
      expect(badLevel?.message).toContain('level 9 is not on the scale');
      const badDate = await errorOf(lead, RECORD, {
        input: { personId: ids.ava, competencyId: ids.whole, level: 1, assessedOn: '01/02/2026' },
      });
      expect(badDate?.message).toContain('assessedOn must be a date like 2026-09-01');
    });

    it('refuses to change how levels are worked out once evidence exists', async () => {
      const error = await errorOf(
        lead,
        `mutation($input: UpdateCompetencyFrameworkInput!) { updateCompetencyFramework(input: $input) { id } }`,
        {
          input: {
            id: ids.framework,
            code: 'eastbrook-practice',
            name: 'Eastbrook practice',
            version: '1',
            effectiveFrom: '2024-04-01',
            levelRule: 'LATEST_VALIDATED',
          },
        },
      );
      expect(error?.extensions?.code).toBe('CONFLICT');
    });
  });

  it('loads a shipped framework file into the partnership once', async () => {
    const files = await lead.data(`query { frameworkFiles { code competencyCount loadedFrameworkId } }`);
    const safeguarding = files.frameworkFiles.find((f: { code: string }) => f.code === 'safeguarding-children');
    expect(safeguarding).toMatchObject({ loadedFrameworkId: null });
    const loaded = await lead.data(
      `mutation { loadFrameworkFile(input: { code: "safeguarding-children" }) { id scale { cumulative levels { name } } competencies { kind } } }`,
    );
    const framework = loaded.loadFrameworkFile;
    expect(framework.scale.levels.map((l: { name: string }) => l.name)).toEqual(['Level 1', 'Level 2', 'Level 3']);
    expect(framework.competencies.filter((c: { kind: string }) => c.kind === 'COMPETENCY')).toHaveLength(
      safeguarding.competencyCount,
    );
    const again = await errorOf(
      lead,
      `mutation { loadFrameworkFile(input: { code: "safeguarding-children" }) { id } }`,
      {},
    );
    expect(again?.extensions?.code).toBe('CONFLICT');
  });
});
