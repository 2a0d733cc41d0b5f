import { randomUUID } from 'node:crypto';
import { Role, User } from '@kindred/auth';
import { Partnership, scopeToPartnership } from '@kindred/database';
import { Person } from '@kindred/org';
import { Course, TrainingProvider } from '@kindred/training';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';
// The booking service calls it; tested here against the demand it changes.
import { fulfilInterest } from '../../libs/training/src/interest/fulfil-interest';

// The catalogue end to end over GraphQL: providers, courses with audiences, prerequisites and
// grants, and expressions of interest counted per site and organisation.

const CREATE_ORG = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
const CREATE_SITE = `mutation($input: SiteInput!) { createSite(input: $input) { id } }`;
const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
const CREATE_SCALE = `mutation($input: ProficiencyScaleInput!) { createProficiencyScale(input: $input) { id } }`;
const CREATE_FRAMEWORK = `mutation($input: CreateCompetencyFrameworkInput!) { createCompetencyFramework(input: $input) { id } }`;
const CREATE_COMPETENCY = `mutation($input: CreateCompetencyInput!) { createCompetency(input: $input) { id } }`;
const CREATE_PROFILE = `mutation($input: RoleProfileInput!) { createRoleProfile(input: $input) { id } }`;

const PROVIDER_FIELDS = 'id name kind contactEmail website organisation { name }';
const CREATE_PROVIDER = `mutation($input: TrainingProviderInput!) { createTrainingProvider(input: $input) { ${PROVIDER_FIELDS} } }`;
const UPDATE_PROVIDER = `mutation($input: UpdateTrainingProviderInput!) { updateTrainingProvider(input: $input) { ${PROVIDER_FIELDS} } }`;
const PROVIDERS = `query($filter: TrainingProviderFilter, $sort: SortInput) {
  trainingProviders(filter: $filter, sort: $sort) { totalCount nodes { name kind } }
}`;

const COURSE_FIELDS = `id title summary outcomes mode durationMinutes cpdMinutes status validityMonths reminderMonths
  costPerPlacePence provider { name } audience { roleProfileIds employmentTypes organisationIds }
  prerequisites { courseId competencyId level } grants { competencyId level } demand`;
const CREATE_COURSE = `mutation($input: CourseInput!) { createCourse(input: $input) { ${COURSE_FIELDS} } }`;
const UPDATE_COURSE = `mutation($input: UpdateCourseInput!) { updateCourse(input: $input) { ${COURSE_FIELDS} } }`;
const ARCHIVE_COURSE = `mutation($id: ID!) { archiveCourse(id: $id) { id status } }`;
const COURSE = `query($id: ID!) { course(id: $id) { ${COURSE_FIELDS} sessions { startsAt status } } }`;
const COURSES = `query($filter: CourseFilter, $sort: SortInput) {
  courses(filter: $filter, sort: $sort, perPage: 50) { totalCount nodes { title } }
}`;

const CREATE_SESSION = `mutation($input: CreateSessionInput!) { createSession(input: $input) { id } }`;
const PUBLISH_SESSION = `mutation($id: ID!) { publishSession(id: $id) { id status } }`;

const REGISTER = `mutation($input: RegisterInterestInput!) {
  registerInterest(input: $input) { id fulfilledAt course { title } organisation { name } site { name } }
}`;
const WITHDRAW = `mutation($courseId: ID!) { withdrawInterest(courseId: $courseId) }`;
const MINE = `query { myInterests { course { title } organisation { name } site { name } } }`;
const DEMAND = `query($courseId: ID!) {
  courseDemand(courseId: $courseId) {
    courseId total bySite { site { name } count } byOrganisation { organisation { name } count }
  }
}`;

const DAY = 86_400_000;
const inDays = (days: number, hour = 9) => {
  const at = new Date(Date.now() + days * DAY);
  at.setUTCHours(hour, 0, 0, 0);
  return at;
};

describe('training catalogue: providers, courses and expressions of interest', () => {
  const context = setUpTestApi();
  let api: TestApi;
  let lead: GraphQLClient;
  let southvaleLead: GraphQLClient;
  const ids: Record<string, string> = {};
  const learners: Record<string, GraphQLClient> = {};

  const errorOf = async (client: GraphQLClient, query: string, variables: Record<string, unknown>) =>
    (await client.request(query, variables)).errors?.[0];
  const courseCount = () => api.em().count(Course, {}, { filters: false });

  /** A course input with everything a course needs, for tests to vary. */
  const courseInput = (overrides: Record<string, unknown> = {}) => ({
    providerId: ids.inHouse,
    title: 'Trauma-informed practice: Skilled',
    summary: 'A day for practitioners on noticing trauma and offering choice.',
    outcomes: ['Recognise trauma in a family', 'Offer real choice'],
    mode: 'IN_PERSON',
    durationMinutes: 360,
    cpdMinutes: 360,
    ...overrides,
  });

  /** Builds a small skills fixture in a partnership: a three-level scale, a framework and one competency. */
  const skillsIn = async (client: GraphQLClient, prefix: string) => {
    const scale = (
      await client.data(CREATE_SCALE, {
        input: {
          name: `${prefix} trauma levels`,
          cumulative: true,
          levels: [{ name: 'Informed' }, { name: 'Skilled' }, { name: 'Enhanced' }],
        },
      })
    ).createProficiencyScale.id;
    const framework = (
      await client.data(CREATE_FRAMEWORK, {
        input: {
          code: `${prefix.toLowerCase()}-trauma`,
          name: `${prefix} trauma`,
          version: '1',
          effectiveFrom: '2024-04-01',
          scaleId: scale,
        },
      })
    ).createCompetencyFramework.id;
    const competency = async (code: string, name: string, extra: Record<string, unknown> = {}) =>
      (await client.data(CREATE_COMPETENCY, { input: { frameworkId: framework, code, name, ...extra } }))
        .createCompetency.id;
    const domain = await competency(`${prefix}.1`, 'Understanding trauma', { kind: 'DOMAIN' });
    return {
      domain,
      recognising: await competency(`${prefix}.1.1`, 'Recognising trauma', { parentId: domain }),
      safety: await competency(`${prefix}.1.2`, 'Safety', { parentId: domain }),
    };
  };

  beforeAll(async () => {
    api = context.api;
    lead = (await api.userIn('northshire', 'catalogue.lead@northshire.example', [Role.WORKFORCE_LEAD])).client;
    southvaleLead = (await api.userIn('southvale', 'catalogue.lead@southvale.example', [Role.WORKFORCE_LEAD])).client;

    const org = async (client: GraphQLClient, name: string, code: string, kind: string) =>
      (await client.data(CREATE_ORG, { input: { name, code, kind, statutory: kind !== 'VCFSE' } })).createOrganisation
        .id;
    ids.council = await org(lead, 'Westmoor Council', 'WMC', 'LOCAL_AUTHORITY');
    ids.trust = await org(lead, 'Westmoor Health NHS Trust', 'WHT', 'HEALTH');
    ids.charity = await org(lead, 'Home-Start Westmoor', 'HSW', 'VCFSE');
    ids.southvaleOrg = await org(southvaleLead, 'Southvale Council', 'SVC', 'LOCAL_AUTHORITY');

    const site = async (name: string) =>
      (await lead.data(CREATE_SITE, { input: { name, kind: 'FAMILY_HUB', locality: 'Westmoor' } })).createSite.id;
    ids.riverside = await site('Riverside Family Hub');
    ids.hilltop = await site('Hilltop Family Hub');

    Object.assign(ids, await skillsIn(lead, 'WT'));
    ids.southvaleCompetency = (await skillsIn(southvaleLead, 'ST')).recognising;
    const profile = async (client: GraphQLClient, name: string) =>
      (await client.data(CREATE_PROFILE, { input: { name } })).createRoleProfile.id;
    ids.supportWorker = await profile(lead, 'Family support worker');
    ids.volunteer = await profile(lead, 'Home visiting volunteer');
    ids.southvaleProfile = await profile(southvaleLead, 'Southvale support worker');

    // Three learners with sign-ins: two at the council, one volunteering with the charity.
    const learner = async (key: string, organisationId: string, employmentType: string) => {
      const email = `${key}@westmoor.example`;
      const personId = (
        await lead.data(CREATE_PERSON, {
          input: {
            givenName: key,
            familyName: 'Learner',
            email,
            assignment: { organisationId, jobTitle: 'Practitioner', employmentType, startDate: '2024-01-01' },
          },
        })
      ).createPerson.id;
      const { client, user } = await api.userIn('northshire', email, [Role.LEARNER]);
      const em = api.em();
      const person = await em.findOneOrFail(Person, personId, { filters: false });
      person.linkUser(await em.findOneOrFail(User, user.id, { filters: false }));
      await em.flush();
      ids[key] = personId;
      learners[key] = client;
    };
    await learner('ana', ids.council, 'STAFF');
    await learner('bo', ids.council, 'STAFF');
    await learner('cy', ids.charity, 'VOLUNTEER');
  });

  describe('providers', () => {
    it('creates in-house, partner and external providers, a partner naming its organisation', async () => {
      const inHouse = (
        await lead.data(CREATE_PROVIDER, {
          input: { name: 'Westmoor Workforce Development', kind: 'IN_HOUSE', organisationId: ids.council },
        })
      ).createTrainingProvider;
      const partner = (
        await lead.data(CREATE_PROVIDER, {
          input: {
            name: 'Infant Feeding Team',
            kind: 'PARTNER',
            organisationId: ids.trust,
            contactEmail: ' Feeding@WHT.example ',
          },
        })
      ).createTrainingProvider;
      const external = (
        await lead.data(CREATE_PROVIDER, {
          input: { name: 'Mind First Training', kind: 'EXTERNAL', website: 'https://mindfirst.example' },
        })
      ).createTrainingProvider;
      expect(partner).toMatchObject({
        kind: 'PARTNER',
        contactEmail: 'feeding@wht.example',
        organisation: { name: 'Westmoor Health NHS Trust' },
      });
      expect(external).toMatchObject({ kind: 'EXTERNAL', organisation: null, website: 'https://mindfirst.example' });
      ids.inHouse = inHouse.id;
      ids.partner = partner.id;
      ids.external = external.id;
    });

    it('refuses a partner provider with no organisation, a taken name and an unknown organisation', async () => {
      const before = await api.em().count(TrainingProvider, {}, { filters: false });
      const noOrganisation = await errorOf(lead, CREATE_PROVIDER, { input: { name: 'Nobody', kind: 'PARTNER' } });
      expect(noOrganisation).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: 'A partner provider names the partner organisation it belongs to.',
      });
      const taken = await errorOf(lead, CREATE_PROVIDER, { input: { name: 'mind first training', kind: 'EXTERNAL' } });
      expect(taken).toMatchObject({ extensions: { code: 'CONFLICT' } });
      expect(taken!.message).toContain('Mind First Training');
      for (const organisationId of [randomUUID(), ids.southvaleOrg]) {
        const unknown = await errorOf(lead, CREATE_PROVIDER, {
          input: { name: 'Elsewhere', kind: 'PARTNER', organisationId },
        });
        expect(unknown).toMatchObject({
          extensions: { code: 'NOT_FOUND' },
          message: `Organisation ${organisationId} was not found.`,
        });
      }
      const learner = await errorOf(learners.ana, CREATE_PROVIDER, { input: { name: 'Mine', kind: 'EXTERNAL' } });
      expect(learner).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(await api.em().count(TrainingProvider, {}, { filters: false })).toBe(before);
    });

    it('lists providers by name, filtered by kind and search, and renames one', async () => {
      const all = await learners.ana.data(PROVIDERS);
      expect(all.trainingProviders.nodes.map((p: any) => p.name)).toEqual([
        'Infant Feeding Team',
        'Mind First Training',
        'Westmoor Workforce Development',
      ]);
      const inPartnership = await lead.data(PROVIDERS, { filter: { kinds: ['IN_HOUSE', 'PARTNER'] } });
      expect(inPartnership.trainingProviders.totalCount).toBe(2);
      const searched = await lead.data(PROVIDERS, { filter: { q: 'feeding' }, sort: { field: 'name', order: 'DESC' } });
      expect(searched.trainingProviders.nodes).toEqual([{ name: 'Infant Feeding Team', kind: 'PARTNER' }]);
      const badSort = await errorOf(lead, PROVIDERS, { sort: { field: 'kind' } });
      expect(badSort).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });

      const renamed = await lead.data(UPDATE_PROVIDER, {
        input: { id: ids.partner, name: 'Westmoor Infant Feeding Team', kind: 'PARTNER', organisationId: ids.trust },
      });
      expect(renamed.updateTrainingProvider).toMatchObject({
        name: 'Westmoor Infant Feeding Team',
        contactEmail: null,
      });
      const southvale = await southvaleLead.data(PROVIDERS);
      expect(southvale.trainingProviders.totalCount).toBe(0);
    });
  });

  describe('courses', () => {
    it('creates a course with its audience, prerequisites and grants', async () => {
      const informed = (
        await lead.data(CREATE_COURSE, {
          input: courseInput({
            title: 'Trauma-informed practice: Informed',
            summary: 'What trauma is and why it matters, for everyone including volunteers.',
            mode: 'VIRTUAL',
            durationMinutes: 150,
            cpdMinutes: 150,
            grants: [{ competencyId: ids.recognising, level: 1 }],
            costPerPlacePence: 0,
          }),
        })
      ).createCourse;
      ids.informed = informed.id;
      expect(informed).toMatchObject({
        status: 'ACTIVE',
        provider: { name: 'Westmoor Workforce Development' },
        audience: { roleProfileIds: [], employmentTypes: [], organisationIds: [] },
        prerequisites: [],
        demand: 0,
      });

      const skilled = (
        await lead.data(CREATE_COURSE, {
          input: courseInput({
            audience: {
              roleProfileIds: [ids.supportWorker],
              employmentTypes: ['STAFF', 'AGENCY'],
              organisationIds: [ids.council, ids.charity],
            },
            prerequisites: { courseIds: [ids.informed], levels: [{ competencyId: ids.safety, level: 1 }] },
            grants: [
              { competencyId: ids.recognising, level: 2 },
              { competencyId: ids.safety, level: 2 },
            ],
            validityMonths: 36,
            reminderMonths: [3, 6],
            costPerPlacePence: 6000,
          }),
        })
      ).createCourse;
      ids.skilled = skilled.id;
      expect(skilled).toMatchObject({
        title: 'Trauma-informed practice: Skilled',
        outcomes: ['Recognise trauma in a family', 'Offer real choice'],
        audience: {
          roleProfileIds: [ids.supportWorker],
          employmentTypes: ['STAFF', 'AGENCY'],
          organisationIds: [ids.council, ids.charity],
        },
        prerequisites: [
          { courseId: ids.informed, competencyId: null, level: null },
          { courseId: null, competencyId: ids.safety, level: 1 },
        ],
        grants: [
          { competencyId: ids.recognising, level: 2 },
          { competencyId: ids.safety, level: 2 },
        ],
        validityMonths: 36,
        reminderMonths: [6, 3],
        costPerPlacePence: 6000,
      });

      ids.feeding = (
        await lead.data(CREATE_COURSE, {
          input: courseInput({
            providerId: ids.partner,
            title: 'Responsive infant feeding',
            summary: 'Supporting parents however they feed their baby.',
            audience: { roleProfileIds: [ids.volunteer] },
          }),
        })
      ).createCourse.id;
      ids.mhfa = (
        await lead.data(CREATE_COURSE, {
          input: courseInput({
            providerId: ids.external,
            title: 'Mental Health First Aid',
            summary: 'Two days on spotting and responding to poor mental health.',
            mode: 'BLENDED',
            durationMinutes: 720,
            cpdMinutes: 720,
            validityMonths: 36,
            reminderMonths: [6, 3],
            costPerPlacePence: 30000,
          }),
        })
      ).createCourse.id;
    });

    it('lists the catalogue by title, filtered by search, provider, mode, audience and status', async () => {
      const titles = async (filter: Record<string, unknown>, sort?: Record<string, unknown>) =>
        (await learners.cy.data(COURSES, { filter, sort })).courses.nodes.map((c: any) => c.title);
      expect(await titles({})).toEqual([
        'Mental Health First Aid',
        'Responsive infant feeding',
        'Trauma-informed practice: Informed',
        'Trauma-informed practice: Skilled',
      ]);
      expect(await titles({}, { field: 'createdAt', order: 'DESC' })).toEqual([
        'Mental Health First Aid',
        'Responsive infant feeding',
        'Trauma-informed practice: Skilled',
        'Trauma-informed practice: Informed',
      ]);
      // Searches the summary too.
      expect(await titles({ q: 'volunteers' })).toEqual(['Trauma-informed practice: Informed']);
      expect(await titles({ q: 'TRAUMA' })).toHaveLength(2);
      expect(await titles({ providerIds: [ids.partner, ids.external] })).toEqual([
        'Mental Health First Aid',
        'Responsive infant feeding',
      ]);
      expect(await titles({ modes: ['VIRTUAL', 'BLENDED'] })).toEqual([
        'Mental Health First Aid',
        'Trauma-informed practice: Informed',
      ]);
      // Courses for volunteers: those naming the profile and those open to every role.
      expect(await titles({ roleProfileIds: [ids.volunteer] })).toEqual([
        'Mental Health First Aid',
        'Responsive infant feeding',
        'Trauma-informed practice: Informed',
      ]);
      expect(await titles({ roleProfileIds: [ids.supportWorker, ids.volunteer] })).toHaveLength(4);
      expect(await titles({ ids: [ids.skilled], status: 'ACTIVE' })).toEqual(['Trauma-informed practice: Skilled']);
      expect((await southvaleLead.data(COURSES)).courses.totalCount).toBe(0);
    });

    it('shows a course with its upcoming published sessions, soonest first', async () => {
      const session = async (startDays: number, publish: boolean) => {
        const startsAt = inDays(startDays);
        const id = (
          await lead.data(CREATE_SESSION, {
            input: {
              courseId: ids.skilled,
              parts: [{ startsAt, endsAt: new Date(startsAt.getTime() + 6 * 3_600_000) }],
              onlineUrl: 'https://meet.westmoor.example/trauma',
              capacity: 20,
              registrationClosesAt: inDays(startDays - 2),
              cancellationCutoffAt: inDays(startDays - 7),
            },
          })
        ).createSession.id;
        if (publish) await lead.data(PUBLISH_SESSION, { id });
        return startsAt.toISOString();
      };
      const later = await session(60, true);
      await session(50, false);
      const sooner = await session(40, true);
      const { course } = await learners.ana.data(COURSE, { id: ids.skilled });
      expect(course.sessions).toEqual([
        { startsAt: sooner, status: 'PUBLISHED' },
        { startsAt: later, status: 'PUBLISHED' },
      ]);
    });

    it('updates a course in full and archives it out of the active catalogue', async () => {
      const updated = (
        await lead.data(UPDATE_COURSE, {
          input: courseInput({
            id: ids.feeding,
            providerId: ids.inHouse,
            title: 'Responsive feeding and the Baby Friendly approach',
            summary: 'Supporting parents however they feed their baby.',
            grants: [{ competencyId: ids.safety, level: 1 }],
          }),
        })
      ).updateCourse;
      expect(updated).toMatchObject({
        title: 'Responsive feeding and the Baby Friendly approach',
        provider: { name: 'Westmoor Workforce Development' },
        audience: { roleProfileIds: [] },
        grants: [{ competencyId: ids.safety, level: 1 }],
      });
      const ownPrerequisite = await errorOf(lead, UPDATE_COURSE, {
        input: courseInput({ id: ids.feeding, title: 'Feeding', prerequisites: { courseIds: [ids.feeding] } }),
      });
      expect(ownPrerequisite).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });

      expect((await lead.data(ARCHIVE_COURSE, { id: ids.feeding })).archiveCourse.status).toBe('ARCHIVED');
      const active = await lead.data(COURSES, { filter: { status: 'ACTIVE' } });
      expect(active.courses.totalCount).toBe(3);
      const archived = await lead.data(COURSES, { filter: { status: 'ARCHIVED' } });
      expect(archived.courses.nodes).toEqual([{ title: 'Responsive feeding and the Baby Friendly approach' }]);
    });

    describe('bad input: a clear error and nothing written', () => {
      const refused = async (input: Record<string, unknown>, code: string, message: string | RegExp) => {
        const before = await courseCount();
        const error = await errorOf(lead, CREATE_COURSE, { input: courseInput({ title: 'Refused course', ...input }) });
        expect(error?.extensions?.code).toBe(code);
        expect(error?.message).toMatch(message);
        expect(await courseCount()).toBe(before);
      };

      it('refuses a grant at a level the scale lacks, or of a domain', async () => {
        await refused(
          { grants: [{ competencyId: ids.recognising, level: 4 }] },
          'BAD_USER_INPUT',
          'The level Refused course grants in WT.1.1: level 4 is not on the scale "WT trauma levels" (1 Informed, 2 Skilled, 3 Enhanced).',
        );
        await refused({ grants: [{ competencyId: ids.domain, level: 1 }] }, 'BAD_USER_INPUT', /WT\.1 is a domain/);
        await refused(
          { prerequisites: { levels: [{ competencyId: ids.safety, level: 0 }] } },
          'BAD_USER_INPUT',
          /level 0 is not on the scale/,
        );
        await refused(
          {
            grants: [
              { competencyId: ids.safety, level: 1 },
              { competencyId: ids.safety, level: 2 },
            ],
          },
          'BAD_USER_INPUT',
          /WT\.1\.2 is twice/,
        );
      });

      it("answers an unknown or another partnership's id as not found", async () => {
        const unknown = randomUUID();
        await refused({ providerId: unknown }, 'NOT_FOUND', `Training provider ${unknown} was not found.`);
        for (const competencyId of [unknown, ids.southvaleCompetency]) {
          await refused(
            { grants: [{ competencyId, level: 1 }] },
            'NOT_FOUND',
            `Competency ${competencyId} was not found.`,
          );
          await refused(
            { prerequisites: { levels: [{ competencyId, level: 1 }] } },
            'NOT_FOUND',
            `Competency ${competencyId} was not found.`,
          );
        }
        for (const roleProfileId of [unknown, ids.southvaleProfile]) {
          await refused(
            { audience: { roleProfileIds: [ids.supportWorker, roleProfileId] } },
            'NOT_FOUND',
            `Role profile ${roleProfileId} was not found.`,
          );
        }
        for (const organisationId of [unknown, ids.southvaleOrg]) {
          await refused(
            { audience: { organisationIds: [organisationId] } },
            'NOT_FOUND',
            `Organisation ${organisationId} was not found.`,
          );
        }
        await refused({ prerequisites: { courseIds: [unknown] } }, 'NOT_FOUND', `Course ${unknown} was not found.`);
      });

      it('refuses reminders not shorter than the validity, a negative cost and a taken title', async () => {
        await refused(
          { validityMonths: 12, reminderMonths: [12] },
          'BAD_USER_INPUT',
          'Reminders are whole months before expiry, shorter than the validity.',
        );
        await refused(
          { reminderMonths: [3] },
          'BAD_USER_INPUT',
          'Refresher reminders need a validity period to count back from.',
        );
        await refused({ costPerPlacePence: -1 }, 'BAD_USER_INPUT', 'The cost per place is zero or more pence.');
        await refused({ durationMinutes: 5 }, 'BAD_USER_INPUT', 'A course lasts at least 15 minutes.');
        await refused(
          { title: 'mental health first aid' },
          'CONFLICT',
          'There is already a course called Mental Health First Aid.',
        );
        const learner = await errorOf(learners.ana, CREATE_COURSE, { input: courseInput({ title: 'Mine' }) });
        expect(learner?.extensions?.code).toBe('FORBIDDEN');
      });

      it('leaves a course unchanged when an update is refused', async () => {
        const error = await errorOf(lead, UPDATE_COURSE, {
          input: courseInput({
            id: ids.mhfa,
            title: 'Renamed',
            grants: [{ competencyId: ids.southvaleCompetency, level: 1 }],
          }),
        });
        expect(error?.extensions?.code).toBe('NOT_FOUND');
        const { course } = await lead.data(COURSE, { id: ids.mhfa });
        expect(course).toMatchObject({ title: 'Mental Health First Aid', mode: 'BLENDED', grants: [] });
      });
    });
  });

  describe('expressions of interest', () => {
    it('registers interest once per open course, for the learner and their employer', async () => {
      const ana = await learners.ana.data(REGISTER, { input: { courseId: ids.mhfa, siteId: ids.riverside } });
      expect(ana.registerInterest).toMatchObject({
        fulfilledAt: null,
        course: { title: 'Mental Health First Aid' },
        organisation: { name: 'Westmoor Council' },
        site: { name: 'Riverside Family Hub' },
      });
      await learners.bo.data(REGISTER, { input: { courseId: ids.mhfa } });
      await learners.cy.data(REGISTER, { input: { courseId: ids.mhfa, siteId: ids.riverside } });
      await learners.cy.data(REGISTER, { input: { courseId: ids.informed, siteId: ids.hilltop } });

      const again = await errorOf(learners.ana, REGISTER, { input: { courseId: ids.mhfa, siteId: ids.hilltop } });
      expect(again).toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: 'You have already registered interest in Mental Health First Aid.',
      });
      const archived = await errorOf(learners.ana, REGISTER, { input: { courseId: ids.feeding } });
      expect(archived).toMatchObject({ extensions: { code: 'CONFLICT' } });
      const siteId = randomUUID();
      const nowhere = await errorOf(learners.ana, REGISTER, { input: { courseId: ids.informed, siteId } });
      expect(nowhere).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: `Site ${siteId} was not found.` });
      const nobody = await errorOf(lead, REGISTER, { input: { courseId: ids.informed } });
      expect(nobody).toMatchObject({ extensions: { code: 'FORBIDDEN' } });

      const mine = await learners.cy.data(MINE);
      expect(mine.myInterests.map((i: any) => [i.course.title, i.organisation.name, i.site.name])).toEqual([
        ['Trauma-informed practice: Informed', 'Home-Start Westmoor', 'Hilltop Family Hub'],
        ['Mental Health First Aid', 'Home-Start Westmoor', 'Riverside Family Hub'],
      ]);
    });

    it('counts the demand per site and per organisation for the workforce lead', async () => {
      const { courseDemand } = await lead.data(DEMAND, { courseId: ids.mhfa });
      expect(courseDemand).toEqual({
        courseId: ids.mhfa,
        total: 3,
        bySite: [
          { site: { name: 'Riverside Family Hub' }, count: 2 },
          { site: null, count: 1 },
        ],
        byOrganisation: [
          { organisation: { name: 'Westmoor Council' }, count: 2 },
          { organisation: { name: 'Home-Start Westmoor' }, count: 1 },
        ],
      });
      expect((await learners.ana.data(COURSE, { id: ids.mhfa })).course.demand).toBe(3);
      const quiet = await lead.data(DEMAND, { courseId: ids.skilled });
      expect(quiet.courseDemand).toEqual({ courseId: ids.skilled, total: 0, bySite: [], byOrganisation: [] });
      const learner = await errorOf(learners.ana, DEMAND, { courseId: ids.mhfa });
      expect(learner).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      const southvale = await errorOf(southvaleLead, DEMAND, { courseId: ids.mhfa });
      expect(southvale).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    });

    it('withdraws an interest, which then no longer counts', async () => {
      expect((await learners.bo.data(WITHDRAW, { courseId: ids.mhfa })).withdrawInterest).toBe(true);
      const twice = await errorOf(learners.bo, WITHDRAW, { courseId: ids.mhfa });
      expect(twice).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
      const { courseDemand } = await lead.data(DEMAND, { courseId: ids.mhfa });
      expect(courseDemand).toMatchObject({ total: 2, bySite: [{ site: { name: 'Riverside Family Hub' }, count: 2 }] });
      expect((await learners.bo.data(MINE)).myInterests).toEqual([]);
    });

    it('stops counting an interest a booking meets, and counts it afresh if registered again', async () => {
      const em = api.em();
      const northshire = await em.findOneOrFail(Partnership, { slug: 'northshire' }, { filters: false });
      scopeToPartnership(em, northshire.id);
      await em.transactional((tx) => fulfilInterest(tx, { personId: ids.ana, courseId: ids.mhfa }, new Date()));
      expect((await lead.data(DEMAND, { courseId: ids.mhfa })).courseDemand.total).toBe(1);
      expect((await learners.ana.data(MINE)).myInterests).toEqual([]);

      const renewed = await learners.ana.data(REGISTER, { input: { courseId: ids.mhfa, siteId: ids.hilltop } });
      expect(renewed.registerInterest).toMatchObject({ fulfilledAt: null, site: { name: 'Hilltop Family Hub' } });
      const { courseDemand } = await lead.data(DEMAND, { courseId: ids.mhfa });
      expect(courseDemand.total).toBe(2);
      expect(courseDemand.bySite).toEqual([
        { site: { name: 'Hilltop Family Hub' }, count: 1 },
        { site: { name: 'Riverside Family Hub' }, count: 1 },
      ]);
    });
  });
});
