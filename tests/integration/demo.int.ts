import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Passwords, Role, RoleGrant, scopeFor, User } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { DEMO_USERS, seedDemo } from '@kindred/demo';
import {
  DbsCheck,
  DbsLevel,
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
import {
  Assessment,
  Competency,
  CompetencyFramework,
  CompetencyKind,
  EvidenceSource,
  type FrameworkDefinition,
  readFrameworkFiles,
  RequirementPriority,
  ReviewStatus,
  RoleProfile,
  RoleRequirement,
  SkillHolding,
} from '@kindred/skills';
import { createTestDatabase, setUpTestApi, startApi, type TestApi } from '@kindred/testing';

const today = () => new Date().toISOString().slice(0, 10);
const active = (a: JobAssignment) => a.isActiveOn(today());

/** Every demo row of the partnership, in plain values and a stable order, ids replaced by names. */
async function load(em: EntityManager) {
  const partnership = await em.findOneOrFail(Partnership, { slug: 'northshire' }, { filters: false });
  const where = { partnership };
  const options = { filters: false } as const;
  // One query at a time: an entity manager is not for concurrent use.
  const organisations = await em.find(Organisation, where, options);
  const sites = await em.find(Site, where, options);
  const rooms = await em.find(Room, where, options);
  const teams = await em.find(Team, where, options);
  const people = await em.find(Person, where, options);
  const assignments = await em.find(JobAssignment, where, options);
  const dbsChecks = await em.find(DbsCheck, where, options);
  const users = await em.find(User, where, options);
  const grants = await em.find(RoleGrant, where, options);
  const frameworks = await em.find(CompetencyFramework, where, options);
  const competencies = await em.find(Competency, where, options);
  const profiles = await em.find(RoleProfile, where, options);
  const requirements = await em.find(RoleRequirement, where, options);
  const assessments = await em.find(Assessment, where, options);
  const holdings = await em.find(SkillHolding, where, options);
  const byId = new Map<string, string>([
    ...organisations.map((o) => [o.id, o.code] as const),
    ...sites.map((s) => [s.id, s.name] as const),
    ...teams.map((t) => [t.id, `${byIdOf(organisations, t.organisation.id).code}/${t.name}`] as const),
    ...people.map((p) => [p.id, p.email] as const),
    ...users.map((u) => [u.id, u.email] as const),
    ...competencies.map((c) => [c.id, c.code] as const),
    ...profiles.map((p) => [p.id, p.name] as const),
  ]);
  const name = (id: string | undefined) => (id ? byId.get(id) : null);
  const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
  return {
    partnership,
    organisations,
    sites,
    teams,
    people,
    assignments,
    dbsChecks,
    users,
    grants,
    frameworks,
    competencies,
    profiles,
    requirements,
    assessments,
    holdings,
    /** What a second seed must reproduce exactly. */
    facts: {
      organisations: sorted(organisations.map((o) => [o.code, o.name, o.kind, o.statutory, o.contactName])),
      sites: sorted(sites.map((s) => [s.name, s.kind, name(s.hub?.id), s.locality, s.postcode])),
      rooms: sorted(rooms.map((r) => [name(r.site.id), r.name, r.capacity, r.accessibilityNotes])),
      teams: sorted(teams.map((t) => [name(t.id), name(t.site?.id), name(t.manager?.id)])),
      people: sorted(
        people.map((p) => [p.email, p.givenName, p.familyName, p.employeeNumber, p.phone, name(p.user?.id)]),
      ),
      assignments: sorted(
        assignments.map((a) => [
          name(a.person.id),
          name(a.organisation.id),
          name(a.team?.id),
          a.jobTitle,
          a.employmentType,
          a.hoursPerWeek,
          a.startDate,
          a.endDate,
          name(a.lineManager?.id),
        ]),
      ),
      dbsChecks: sorted(
        dbsChecks.map((d) => [name(d.person.id), d.level, d.certificateNumber, d.certificateDate, d.updateService]),
      ),
      grants: sorted(grants.map((g) => [name(g.user.id), g.role, name(g.organisationId ?? undefined)])),
      requirements: sorted(
        requirements.map((r) => [name(r.roleProfile.id), name(r.competency.id), r.level, r.priority, r.withinDays]),
      ),
      jobProfiles: sorted(assignments.map((a) => [name(a.person.id), a.jobTitle, name(a.roleProfileId ?? undefined)])),
      assessments: sorted(
        assessments.map((a) => [
          name(a.person.id),
          name(a.competency.id),
          a.level,
          a.source,
          a.assessedOn,
          a.validUntil,
          a.note,
          name(a.assessor?.id),
          a.review,
        ]),
      ),
      holdings: sorted(
        holdings.map((h) => [
          name(h.person.id),
          name(h.competency.id),
          h.level,
          h.heldMask,
          h.source,
          h.since,
          h.reviewOn,
        ]),
      ),
    },
  };
}

function byIdOf<T extends { id: string }>(rows: T[], id: string): T {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`No row ${id}`);
  return row;
}

describe('the Northshire demo', () => {
  const context = setUpTestApi({ seedDemo: true });
  let api: TestApi;
  let demo: Awaited<ReturnType<typeof load>>;
  const org = (code: string) => demo.organisations.find((o) => o.code === code)!;
  const personOf = (email: string) => demo.people.find((p) => p.email === email)!;
  const jobsOf = (person: Person) => demo.assignments.filter((a) => a.person.id === person.id);

  beforeAll(async () => {
    api = context.api;
    demo = await load(api.em());
  });

  it("has the partnership's eight organisations, statutory and VCFSE", () => {
    expect(demo.organisations.map((o) => o.code).sort()).toEqual(
      ['ADVN', 'HSN', 'KBA', 'NCC-CS', 'NCHT', 'NCMH', 'NPCF', 'SBPS'].sort(),
    );
    const kinds = demo.organisations.map((o) => o.kind);
    expect(kinds.filter((k) => k === OrganisationKind.VCFSE)).toHaveLength(3);
    expect(kinds.filter((k) => k === OrganisationKind.EDUCATION)).toHaveLength(2);
    expect(kinds.filter((k) => k === OrganisationKind.HEALTH)).toHaveLength(2);
    expect(demo.organisations.filter((o) => o.statutory)).toHaveLength(5);
    expect(org('NCC-CS')).toMatchObject({
      name: "Northshire County Council Children's Services",
      kind: OrganisationKind.LOCAL_AUTHORITY,
    });
    for (const o of demo.organisations) expect(o.contactName).toBeTruthy();
  });

  it('has six family hubs, each with spokes or outreach venues, rooms and a UK address', () => {
    const hubs = demo.sites.filter((s) => s.kind === SiteKind.FAMILY_HUB);
    expect(hubs).toHaveLength(6);
    expect(demo.sites.filter((s) => s.kind === SiteKind.VIRTUAL)).toHaveLength(1);
    for (const hub of hubs) {
      const outposts = demo.sites.filter((s) => s.hub?.id === hub.id);
      expect({ hub: hub.name, outposts: outposts.length > 0 }).toEqual({ hub: hub.name, outposts: true });
      expect(outposts.every((s) => [SiteKind.SPOKE, SiteKind.OUTREACH].includes(s.kind))).toBe(true);
      expect(hub.postcode).toMatch(/^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/);
    }
    const roomsPerSite = demo.facts.rooms.map((r) => JSON.parse(r)[0]);
    for (const site of demo.sites) {
      const count = roomsPerSite.filter((s: string) => s === site.name).length;
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(3);
    }
  });

  it('has about 350 staff and 60 volunteers, with every kind of employment', () => {
    const types = (p: Person) => jobsOf(p).map((a) => a.employmentType);
    const staff = demo.people.filter((p) => types(p).some((t) => t !== EmploymentType.VOLUNTEER));
    const volunteers = demo.people.filter((p) => types(p).includes(EmploymentType.VOLUNTEER));
    expect(staff.length).toBeGreaterThanOrEqual(330);
    expect(staff.length).toBeLessThanOrEqual(380);
    expect(volunteers.length).toBeGreaterThanOrEqual(55);
    expect(volunteers.length).toBeLessThanOrEqual(65);
    const count = (type: EmploymentType) => demo.assignments.filter((a) => a.employmentType === type).length;
    expect(count(EmploymentType.SECONDED)).toBeGreaterThanOrEqual(4);
    expect(count(EmploymentType.AGENCY)).toBeGreaterThanOrEqual(3);
    expect(count(EmploymentType.STUDENT)).toBeGreaterThanOrEqual(4);
    // A volunteer who is also staff elsewhere is one person with two assignments.
    const alsoStaff = volunteers.filter((p) => staff.includes(p));
    expect(alsoStaff.length).toBeGreaterThanOrEqual(3);
    for (const p of alsoStaff) expect(new Set(jobsOf(p).map((a) => a.organisation.id)).size).toBe(2);
    // Leavers are ended, not deleted.
    expect(demo.assignments.filter((a) => a.endDate !== null && a.endDate < today()).length).toBeGreaterThanOrEqual(8);
    // Staff have employee numbers; most volunteers have none.
    const numbered = (ps: Person[]) => ps.filter((p) => p.employeeNumber).length;
    expect(numbered(volunteers.filter((p) => !staff.includes(p)))).toBe(0);
    const employed = demo.people.filter((p) => types(p).includes(EmploymentType.STAFF));
    expect(numbered(employed)).toBe(employed.length);
    const titles = new Set(demo.assignments.map((a) => a.jobTitle));
    for (const title of [
      'Family support worker',
      'Family hub navigator',
      'Family hub receptionist',
      'Health visitor',
      'Community midwife',
      'Early help practitioner',
      'Youth worker',
      'Parenting practitioner',
      'Home-visiting volunteer',
      'Family hub team manager',
      'Head of Family Hubs and Start for Life',
    ]) {
      expect(titles).toContain(title);
    }
  });

  it('keeps every team inside its organisation, managed by someone in it', () => {
    for (const a of demo.assignments) {
      if (!a.team) continue;
      const team = byIdOf(demo.teams, a.team.id);
      expect({ job: a.jobTitle, organisation: team.organisation.id }).toEqual({
        job: a.jobTitle,
        organisation: a.organisation.id,
      });
    }
    for (const team of demo.teams) {
      expect(team.manager).not.toBeNull();
      const managerJobs = demo.assignments.filter((a) => a.person.id === team.manager!.id && active(a));
      expect(managerJobs.some((a) => a.team?.id === team.id)).toBe(true);
    }
  });

  it('gives every active assignment a line manager who is in the partnership and still working', () => {
    const current = demo.assignments.filter(active);
    const people = new Map(demo.people.map((p) => [p.id, p]));
    const unmanaged = current.filter((a) => a.lineManager === null);
    // Only the person at the head of each organisation reports to nobody in the partnership.
    expect(unmanaged).toHaveLength(demo.organisations.length);
    for (const a of current.filter((x) => x.lineManager)) {
      expect(people.has(a.lineManager!.id)).toBe(true);
      expect(demo.assignments.some((m) => m.person.id === a.lineManager!.id && active(m))).toBe(true);
    }
    // Volunteers answer to their volunteer coordinator.
    const bethan = personOf('volunteers@northshire.example');
    const hers = current.filter((a) => a.lineManager?.id === bethan.id);
    expect(hers.length).toBeGreaterThanOrEqual(5);
    expect(hers.every((a) => a.employmentType === EmploymentType.VOLUNTEER)).toBe(true);
  });

  it("checks DBS for volunteers and front-line staff, rechecking on the partnership's cycle", () => {
    const volunteers = demo.people.filter((p) => jobsOf(p).some((a) => a.employmentType === EmploymentType.VOLUNTEER));
    const checked = new Set(demo.dbsChecks.map((d) => d.person.id));
    expect(volunteers.every((p) => checked.has(p.id))).toBe(true);
    expect(new Set(demo.dbsChecks.map((d) => d.level))).toEqual(new Set(Object.values(DbsLevel)));
    const years = api.config.partnership('northshire')!.policies.dbsRecheckYears;
    const onUpdateService = demo.dbsChecks.filter((d) => d.updateService);
    expect(onUpdateService.length).toBeGreaterThan(0);
    expect(onUpdateService.every((d) => d.recheckDue === null)).toBe(true);
    for (const d of demo.dbsChecks.filter((c) => !c.updateService)) {
      expect(d.recheckDue).toBe(DbsCheck.addYears(d.certificateDate, years));
    }
    const navigator = personOf('learner@northshire.example');
    expect(demo.dbsChecks.find((d) => d.person.id === navigator.id)?.level).toBe(DbsLevel.ENHANCED_WITH_BARRED_LISTS);
  });

  it('places every demo sign-in in the workforce, the partner admin scoped to the trust', () => {
    for (const demoUser of DEMO_USERS) {
      const user = demo.users.find((u) => u.email === demoUser.email)!;
      const person = personOf(demoUser.email);
      expect(person.user?.id).toBe(user.id);
      expect(`${person.givenName} ${person.familyName}`).toBe(demoUser.displayName);
      const job = jobsOf(person).find(active)!;
      expect(job.organisation.id).toBe(org(demoUser.placement.organisation).id);
    }
    expect(jobsOf(personOf('volunteers@northshire.example'))[0].organisation.id).toBe(org('HSN').id);
    const gareth = demo.users.find((u) => u.email === 'partner.admin@northshire.example')!;
    const grants = demo.grants.filter((g) => g.user.id === gareth.id);
    expect(grants.map((g) => [g.role, g.organisationId]).sort()).toEqual([
      [Role.LEARNER, null],
      [Role.PARTNER_ADMIN, org('NCHT').id],
    ]);
    expect(scopeFor('person.write', grants)).toBe('ORGANISATION');
  });

  it("shows the partner admin only the trust's people", async () => {
    const query = '{ people(perPage: 1) { totalCount } }';
    const lead = await (await api.loginAs(Role.WORKFORCE_LEAD)).data(query);
    const partnerAdmin = await (await api.loginAs(Role.PARTNER_ADMIN)).data(query);
    const trustPeople = new Set(
      demo.assignments.filter((a) => a.organisation.id === org('NCHT').id).map((a) => a.person.id),
    );
    expect(lead.people.totalCount).toBe(demo.people.length);
    expect(partnerAdmin.people.totalCount).toBe(trustPeople.size);
  });

  describe('skills', () => {
    const competencyCount = (nodes: FrameworkDefinition['competencies']): number =>
      nodes.reduce((n, node) => n + (node.kind === 'COMPETENCY' ? 1 : 0) + competencyCount(node.children), 0);
    const codeOf = (competencyId: string) => byIdOf(demo.competencies, competencyId).code;
    const profileOf = (name: string) => demo.profiles.find((p) => p.name === name)!;
    const required = (profile: string, code: string) =>
      demo.requirements.find((r) => r.roleProfile.id === profileOf(profile).id && codeOf(r.competency.id) === code)
        ?.level;
    const lead = () => api.loginAs(Role.WORKFORCE_LEAD);

    it('loads the three shipped frameworks with every competency their files define', async () => {
      const files = readFrameworkFiles(join(api.config.configDir, 'frameworks'));
      expect(files.map((f) => f.code).sort()).toEqual([
        'family-hubs-core-practice',
        'safeguarding-children',
        'trauma-informed-practice',
      ]);
      const { competencyFrameworks } = await (
        await lead()
      ).data(
        `{ competencyFrameworks(perPage: 10) { totalCount nodes { code version scale { name } competencies { kind } } } }`,
      );
      expect(competencyFrameworks.totalCount).toBe(3);
      const counts = Object.fromEntries(
        competencyFrameworks.nodes.map((f: any) => [
          f.code,
          f.competencies.filter((c: any) => c.kind === CompetencyKind.COMPETENCY).length,
        ]),
      );
      expect(counts).toEqual(Object.fromEntries(files.map((f) => [f.code, competencyCount(f.competencies)])));
      expect(counts).toEqual({
        'family-hubs-core-practice': 13,
        'trauma-informed-practice': 9,
        'safeguarding-children': 7,
      });
      for (const file of files) {
        const loaded = competencyFrameworks.nodes.find((f: any) => f.code === file.code);
        expect([loaded.version, loaded.scale.name]).toEqual([file.version, file.scale.name]);
      }
    });

    it('has role profiles for the jobs, at the levels the frameworks set for them', async () => {
      const names = demo.profiles.map((p) => p.name);
      for (const name of [
        'Family Support Worker',
        'Family Hub Navigator',
        'Family Hub Coordinator',
        'Health Visitor',
        'Community Nursery Nurse',
        'Midwife',
        'Early Help Practitioner',
        'Youth Worker',
        'VCFSE Volunteer',
        'Team Manager',
        'Family Hub Receptionist',
        'Infant Feeding Specialist',
      ]) {
        expect(names).toContain(name);
      }
      // Everyone is trauma-informed; practitioners Skilled, managers Enhanced.
      for (const profile of demo.profiles) expect(required(profile.name, 'TIP.1.1')).toBeGreaterThanOrEqual(1);
      expect(['Family Hub Receptionist', 'VCFSE Volunteer'].map((p) => required(p, 'TIP.1.1'))).toEqual([1, 1]);
      expect(required('Family Support Worker', 'TIP.1.1')).toBe(2);
      expect(required('Team Manager', 'TIP.1.1')).toBe(3);
      // Safeguarding Level 1 at the front desk and for volunteers, 2 for most practitioners, 3 for
      // health visitors, midwives, DSLs and managers.
      const safeguarding = (profile: string) => required(profile, 'SGC.1.1');
      expect(['Family Hub Receptionist', 'VCFSE Volunteer'].map(safeguarding)).toEqual([1, 1]);
      expect(['Family Support Worker', 'Family Hub Navigator', 'Youth Worker'].map(safeguarding)).toEqual([2, 2, 2]);
      expect(
        ['Health Visitor', 'Midwife', 'Designated Safeguarding Lead (school)', 'Team Manager'].map(safeguarding),
      ).toEqual([3, 3, 3, 3]);
      // Every profile draws on all three frameworks, mixes essential and desirable, and some
      // requirements fall due a set time after starting.
      const frameworkOf = (competencyId: string) => byIdOf(demo.competencies, competencyId).framework.id;
      for (const profile of demo.profiles) {
        const own = demo.requirements.filter((r) => r.roleProfile.id === profile.id);
        expect({
          profile: profile.name,
          frameworks: new Set(own.map((r) => frameworkOf(r.competency.id))).size,
        }).toEqual({ profile: profile.name, frameworks: 3 });
        expect(new Set(own.map((r) => r.priority))).toEqual(
          new Set([RequirementPriority.ESSENTIAL, RequirementPriority.DESIRABLE]),
        );
      }
      expect(demo.requirements.some((r) => r.withinDays === 90)).toBe(true);
    });

    it('measures most current jobs against a role profile, and every profile is in use', async () => {
      const current = demo.assignments.filter(active);
      const profiled = current.filter((a) => a.roleProfileId);
      expect(profiled.length / current.length).toBeGreaterThan(0.75);
      expect(current.length - profiled.length).toBeGreaterThan(0);
      const profileIds = new Set(demo.profiles.map((p) => p.id));
      expect(profiled.every((a) => profileIds.has(a.roleProfileId!))).toBe(true);
      const jobOf = (email: string) => jobsOf(personOf(email)).find(active)!;
      expect(jobOf('learner@northshire.example').roleProfileId).toBe(profileOf('Family Hub Navigator').id);
      expect(jobOf('manager@northshire.example').roleProfileId).toBe(profileOf('Team Manager').id);

      const { roleProfiles } = await (
        await lead()
      ).data('{ roleProfiles(perPage: 50) { nodes { name assignmentCount } } }');
      expect(roleProfiles.nodes).toHaveLength(demo.profiles.length);
      for (const { name, assignmentCount } of roleProfiles.nodes) {
        expect({ name, used: assignmentCount > 0 }).toEqual({ name, used: true });
      }
    });

    it('has evidence for about two thirds of what jobs require, some short of the level and some lapsed', () => {
      const key = (personId: string, competencyId: string) => `${personId} ${competencyId}`;
      const needed = new Map<string, number>();
      for (const job of demo.assignments.filter((a) => active(a) && a.roleProfileId)) {
        for (const r of demo.requirements.filter((x) => x.roleProfile.id === job.roleProfileId)) {
          const k = key(job.person.id, r.competency.id);
          needed.set(k, Math.max(needed.get(k) ?? 0, r.level));
        }
      }
      const evidence = demo.assessments.filter((a) => a.source !== EvidenceSource.SELF);
      const evidenced = new Set(evidence.map((a) => key(a.person.id, a.competency.id)));
      expect([...evidenced].every((k) => needed.has(k))).toBe(true);
      expect(evidenced.size / needed.size).toBeGreaterThan(0.58);
      expect(evidenced.size / needed.size).toBeLessThan(0.72);
      expect(new Set(evidence.map((a) => a.source))).toEqual(
        new Set([EvidenceSource.MANAGER, EvidenceSource.TRAINING, EvidenceSource.IMPORTED, EvidenceSource.EXPIRED]),
      );
      const shortOf = evidence.filter((a) => a.level < needed.get(key(a.person.id, a.competency.id))!);
      expect(shortOf.length / evidence.length).toBeGreaterThan(0.1);
      // Safeguarding refreshers not renewed in three years have lapsed, with the record that says so.
      const lapsed = evidence.filter((a) => a.validUntil !== null && a.validUntil < today());
      expect(lapsed.length).toBeGreaterThan(50);
      expect(lapsed.every((a) => codeOf(a.competency.id).startsWith('SGC.'))).toBe(true);
      const expired = evidence.filter((a) => a.source === EvidenceSource.EXPIRED);
      expect(expired.map((a) => a.answers?.id).sort()).toEqual(lapsed.map((a) => a.id).sort());
      // Every stored level stands on current evidence.
      const current = new Set(
        demo.assessments
          .filter((a) => a.source !== EvidenceSource.EXPIRED && !(a.validUntil && a.validUntil < today()))
          .map((a) => key(a.person.id, a.competency.id)),
      );
      expect(demo.holdings.length).toBeGreaterThan(1000);
      expect(demo.holdings.every((h) => current.has(key(h.person.id, h.competency.id)))).toBe(true);
    });

    it('shows the workforce lead essential gaps in every framework', async () => {
      const client = await lead();
      for (const framework of demo.frameworks) {
        const { skillsGap } = await client.data(
          `query($scope: GapScopeInput!) { skillsGap(scope: $scope) { people rows { code required meeting essentialGaps overdue } } }`,
          { scope: { frameworkId: framework.id } },
        );
        const total = (field: string) => skillsGap.rows.reduce((n: number, row: any) => n + row[field], 0);
        expect({ framework: framework.code, people: skillsGap.people > 250 }).toEqual({
          framework: framework.code,
          people: true,
        });
        expect(total('meeting')).toBeGreaterThan(total('required') / 3);
        expect(total('essentialGaps')).toBeGreaterThan(0);
        if (framework.code === 'safeguarding-children') expect(total('overdue')).toBeGreaterThan(0);
      }
      const recognising = demo.competencies.find((c) => c.code === 'SGC.1.1')!;
      const { skillsGapPeople } = await client.data(
        `query($scope: GapScopeInput!, $competencyId: ID!) {
          skillsGapPeople(scope: $scope, competencyId: $competencyId, onlyGaps: true, perPage: 5) {
            totalCount nodes { meets essential requiredLevel }
          }
        }`,
        { scope: { frameworkId: recognising.framework.id }, competencyId: recognising.id },
      );
      expect(skillsGapPeople.totalCount).toBeGreaterThan(20);
      expect(skillsGapPeople.nodes.every((n: any) => !n.meets && n.essential)).toBe(true);
    });

    it("fills the demo manager's validation queue with her reports' self-assessments", async () => {
      const aisha = personOf('manager@northshire.example');
      const reports = new Set(
        demo.assignments
          .filter(
            (a) =>
              active(a) &&
              a.person.id !== aisha.id &&
              (a.lineManager?.id === aisha.id || (a.team && byIdOf(demo.teams, a.team.id).manager?.id === aisha.id)),
          )
          .map((a) => byIdOf(demo.people, a.person.id).email),
      );
      const { validationQueue } = await (
        await api.loginAs(Role.MANAGER)
      ).data(`{ validationQueue(perPage: 50) { totalCount nodes { source review note person { email } } } }`);
      expect(validationQueue.totalCount).toBeGreaterThanOrEqual(6);
      expect(validationQueue.nodes).toHaveLength(validationQueue.totalCount);
      for (const node of validationQueue.nodes) {
        expect(node).toMatchObject({ source: EvidenceSource.SELF, review: ReviewStatus.PENDING });
        expect(node.note.length).toBeGreaterThan(40);
        expect(reports).toContain(node.person.email);
      }
      const people = new Set(validationQueue.nodes.map((n: any) => n.person.email));
      expect(people.size).toBeGreaterThanOrEqual(3);
      expect(people).toContain('learner@northshire.example');
      // Every self-assessment waiting in the demo is hers to validate.
      const pending = demo.assessments.filter((a) => a.review === ReviewStatus.PENDING);
      expect(pending).toHaveLength(validationQueue.totalCount);
    });

    it('shows the demo learner their skills in all three frameworks, with gaps to work on', async () => {
      const { mySkills } = await (
        await api.loginAs(Role.LEARNER)
      ).data('{ mySkills { code frameworkName requiredLevel meets priority pendingReview } }');
      const requiredOfMe = mySkills.filter((s: any) => s.requiredLevel !== null);
      expect(new Set(requiredOfMe.map((s: any) => s.frameworkName)).size).toBe(3);
      expect(requiredOfMe.some((s: any) => s.meets)).toBe(true);
      expect(requiredOfMe.some((s: any) => !s.meets && s.priority === RequirementPriority.ESSENTIAL)).toBe(true);
      expect(mySkills.some((s: any) => s.pendingReview)).toBe(true);
    });
  });

  it('leaves a seeded database alone', async () => {
    const again = await seedDemo(api.em(), api.config, api.app.get(Passwords));
    expect(again.seeded).toBe(false);
    expect((await load(api.em())).facts).toEqual(demo.facts);
  });

  describe('in a second, fresh database', () => {
    let other: TestApi;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const database = await createTestDatabase({ migrated: true });
      drop = database.drop;
      other = await startApi({ database });
      await other.seedDemo();
    });
    afterAll(async () => {
      await other?.close();
      await drop?.();
    });

    it('seeds the same people, names, jobs and places: the demo is deterministic', async () => {
      const second = await load(other.em());
      expect(second.facts).toEqual(demo.facts);
    });
  });

  it('has supervision: the learner’s signed-off sessions to acknowledge, overdue line management, a reflective practice group', async () => {
    const learner = await api.loginAs(Role.LEARNER);
    const mine = await learner.data(`{
      mySupervisionAgreements { signed standing { held dueState } supervisor { email } }
      supervisionSessions(filter: { mine: SUPERVISEE }, perPage: 50) {
        nodes { kind status acknowledgedAt content { discussionNotes actions { description } } }
      }
    }`);
    expect(mine.mySupervisionAgreements).toEqual([
      {
        signed: true,
        standing: { held: 5, dueState: 'ON_TRACK' },
        supervisor: { email: DEMO_USERS.find((d) => d.role === Role.SUPERVISOR)!.email },
      },
    ]);
    const sessions = mine.supervisionSessions.nodes;
    expect(sessions.filter((s: any) => s.kind === 'REFLECTIVE_PRACTICE')).toHaveLength(3);
    const oneToOnes = sessions.filter((s: any) => s.kind === 'ONE_TO_ONE');
    expect(oneToOnes.every((s: any) => s.status === 'SIGNED_OFF' && s.content.discussionNotes)).toBe(true);
    expect(oneToOnes.filter((s: any) => !s.acknowledgedAt)).toHaveLength(1);
    const lead = await api.loginAs(Role.WORKFORCE_LEAD);
    const { supervisionCompliance: figures } = await lead.data(
      '{ supervisionCompliance { agreements overdue due heldSessions groupAttendance { sessions } } }',
    );
    expect(figures.agreements).toBeGreaterThanOrEqual(8);
    expect(figures.overdue).toBeGreaterThan(0);
    expect(figures.heldSessions).toBeGreaterThanOrEqual(20);
    expect(figures.groupAttendance.length).toBeGreaterThanOrEqual(6);
  });

  it("has the year's workforce development plan, approved with every partner, its objectives measured live", async () => {
    const query = `{
      workforcePlans { period status partnerOrganisationIds versions { number status }
        actions { status objectiveId }
        objectives { title measureKind progress { population meeting percent withheld byOrganisation { organisationId withheld } } } }
      organisations(perPage: 100) { nodes { id kind } }
    }`;
    const { workforcePlans, organisations } = await (await api.loginAs(Role.WORKFORCE_LEAD)).data(query);
    expect(workforcePlans).toHaveLength(1);
    const [plan] = workforcePlans;
    const today = new Date().toISOString().slice(0, 10);
    const year = Number(today.slice(0, 4)) - (today.slice(5) < '04-01' ? 1 : 0);
    expect(plan).toMatchObject({ period: `${year}–${String(year + 1).slice(2)}`, status: 'APPROVED' });
    expect(plan.versions.map((v: any) => [v.number, v.status])).toEqual([
      [2, 'APPROVED'],
      [1, 'CONSULTATION'],
    ]);
    // Every partner signed up, the VCFSE ones included.
    expect(new Set(plan.partnerOrganisationIds)).toEqual(new Set(organisations.nodes.map((o: any) => o.id)));
    expect(organisations.nodes.some((o: any) => o.kind === 'VCFSE')).toBe(true);
    expect(plan.objectives.map((o: any) => o.measureKind).sort()).toEqual([
      'COMPETENCY_LEVEL',
      'COURSE_VALID',
      'COURSE_VALID',
      'SUPERVISION_IN_FREQUENCY',
      'SURVEY_AGREEMENT',
    ]);
    for (const objective of plan.objectives) {
      expect({ title: objective.title, populated: objective.progress.population > 0 }).toEqual({
        title: objective.title,
        populated: true,
      });
      expect(objective.progress.meeting).toBeLessThanOrEqual(objective.progress.population);
    }
    // Enough staff have answered the open wave to show their agreement, but not in every organisation.
    const survey = plan.objectives.find((o: any) => o.measureKind === 'SURVEY_AGREEMENT');
    expect(survey.progress.withheld).toBe(false);
    expect(survey.progress.byOrganisation.some((o: any) => o.withheld)).toBe(true);
    expect(plan.actions).toHaveLength(3);
    expect(plan.actions.every((a: any) => a.objectiveId)).toBe(true);
    // Managers read the plan too.
    const manager = await (await api.loginAs(Role.MANAGER)).data('{ workforcePlans { id } }');
    expect(manager.workforcePlans).toHaveLength(1);
  });

  it('has two development pathways with people at different points along them', async () => {
    const lead = await api.loginAs(Role.WORKFORCE_LEAD);
    const { pathwaysInUse, pathwayEnrolments } = await lead.data(`{
      pathwaysInUse { name status enrolled completed averagePercent }
      pathwayEnrolments(perPage: 50) { nodes { pathway { name steps { kind } } progress { done total } } }
    }`);
    expect(pathwaysInUse.map((p: any) => [p.name, p.status, p.enrolled])).toEqual([
      ['Family support worker to early help practitioner', 'PUBLISHED', 5],
      ['Volunteer to peer support coordinator', 'PUBLISHED', 3],
    ]);
    const practitioner = pathwayEnrolments.nodes.filter((n: any) => n.pathway.name.startsWith('Family support'));
    expect(practitioner[0].pathway.steps.map((s: any) => s.kind)).toEqual([
      'COURSE',
      'COMPETENCY',
      'SUPERVISION',
      'QUALIFICATION',
    ]);
    // Varied progress: not everyone at the same point.
    expect(new Set(pathwayEnrolments.nodes.map((n: any) => n.progress.done)).size).toBeGreaterThan(1);
    // The manager sees her four family support workers and the learner, who is in her team too;
    // the learner sees their own.
    const manager = await (await api.loginAs(Role.MANAGER)).data('{ pathwayEnrolments { totalCount } }');
    expect(manager.pathwayEnrolments.totalCount).toBe(5);
    const mine = await (await api.loginAs(Role.LEARNER)).data('{ myPathwayEnrolments { totalCount } }');
    expect(mine.myPathwayEnrolments.totalCount).toBe(1);
  });

  it('has the training catalogue the issue names, with sessions open for booking', async () => {
    const learner = await api.loginAs(Role.LEARNER);
    const { courses } = await learner.data(`{
      courses(perPage: 100) {
        nodes {
          title validityMonths reminderMonths provider { kind } audience { employmentTypes } grants { level }
          sessions { status startsAt parts { startsAt } trainers { email } quotas { organisationKind seats } }
        }
      }
    }`);
    const course = (title: RegExp) => {
      const found = courses.nodes.filter((c: any) => title.test(c.title));
      expect({ title: String(title), found: found.length }).toEqual({ title: String(title), found: 1 });
      return found[0];
    };
    for (const title of [
      /relational practice/i,
      /trauma-informed practice: informed/i,
      /trauma-informed practice: skilled/i,
      /solihull approach foundation/i,
      /restorative practice/i,
      /five to thrive/i,
      /early help assessment/i,
      /team around the family/i,
    ]) {
      course(title);
    }
    for (const level of [1, 2, 3]) {
      expect(course(new RegExp(`safeguarding children level ${level}`, 'i')).validityMonths).toBe(36);
    }
    expect(course(/mental health first aid/i)).toMatchObject({ validityMonths: 36, reminderMonths: [6, 3] });
    // Volunteers may take the courses that are for everyone.
    expect(course(/safeguarding children level 1/i).audience.employmentTypes).toEqual([]);
    expect(course(/trauma-informed practice: informed/i).audience.employmentTypes).toEqual([]);
    expect(new Set(courses.nodes.map((c: any) => c.provider.kind))).toEqual(
      new Set(['IN_HOUSE', 'PARTNER', 'EXTERNAL']),
    );
    expect(courses.nodes.filter((c: any) => c.grants.length > 0).length).toBeGreaterThanOrEqual(10);

    const upcoming = courses.nodes.flatMap((c: any) => c.sessions);
    expect(upcoming.length).toBeGreaterThan(0);
    for (const session of upcoming) {
      expect(session.status).toBe('PUBLISHED');
      expect(new Date(session.startsAt).getTime()).toBeGreaterThan(Date.now());
    }
    const [first, second] = course(/solihull/i).sessions[0].parts.map((p: any) => Date.parse(p.startsAt));
    expect(Math.round((second - first) / 86_400_000)).toBe(14);
    expect(upcoming.some((s: any) => s.trainers.some((t: any) => t.email === 'trainer@northshire.example'))).toBe(true);
    expect(upcoming.flatMap((s: any) => s.quotas)).toContainEqual({
      organisationKind: OrganisationKind.VCFSE,
      seats: 4,
    });
    const { trainingSessions } = await learner.data(
      '{ trainingSessions(filter: { statuses: [COMPLETED] }) { totalCount } }',
    );
    expect(trainingSessions.totalCount).toBeGreaterThan(0);
  });
});
