import { Role, User } from '@kindred/auth';
import { AuditEntry, JobAssignment, Person } from '@kindred/org';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';

const CREATE_ORG = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name code } }`;
const CREATE_SITE = `mutation($input: SiteInput!) { createSite(input: $input) { id name kind hub { name } postcode } }`;
const CREATE_TEAM = `mutation($input: TeamInput!) { createTeam(input: $input) { id name organisation { name } site { name } } }`;
const CREATE_PERSON = `mutation($input: CreatePersonInput!) {
  createPerson(input: $input) { id fullName email active assignments { id jobTitle employmentType startDate active organisation { code } team { name } } }
}`;
const PEOPLE = `query($filter: PeopleFilter, $sort: SortInput) {
  people(filter: $filter, sort: $sort, perPage: 100) { totalCount nodes { id fullName } }
}`;

describe('the partnership workforce', () => {
  const context = setUpTestApi({ seedDemo: true });
  let api: TestApi;
  let lead: GraphQLClient;
  const ids: Record<string, string> = {};

  const person = (
    givenName: string,
    familyName: string,
    assignment: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ) =>
    lead.data(CREATE_PERSON, {
      input: {
        givenName,
        familyName,
        email: `${givenName}.${familyName}@example.org`.toLowerCase(),
        ...extra,
        assignment,
      },
    });

  beforeAll(async () => {
    api = context.api;
    lead = await api.loginAs(Role.WORKFORCE_LEAD);
    const org = async (name: string, code: string, kind: string, statutory: boolean) =>
      (await lead.data(CREATE_ORG, { input: { name, code, kind, statutory } })).createOrganisation.id;
    ids.council = await org('Eastbrook Council Children’s Services', 'ebc-cs', 'LOCAL_AUTHORITY', true);
    ids.trust = await org('Eastbrook Community Health NHS Trust', 'ECH', 'HEALTH', true);
    ids.homeStart = await org('Home-Start Eastbrook', 'HSE', 'VCFSE', false);

    ids.hub = (
      await lead.data(CREATE_SITE, {
        input: { name: 'Riverside Family Hub', kind: 'FAMILY_HUB', locality: 'Eastbrook Town', postcode: 'eb1 2ab' },
      })
    ).createSite.id;
    ids.spoke = (
      await lead.data(CREATE_SITE, {
        input: { name: 'Millfield Library', kind: 'SPOKE', hubId: ids.hub, locality: 'Millfield' },
      })
    ).createSite.id;
    ids.hvTeam = (
      await lead.data(CREATE_TEAM, {
        input: { name: 'Health visiting (Riverside)', organisationId: ids.trust, siteId: ids.hub },
      })
    ).createTeam.id;
    ids.fsTeam = (
      await lead.data(CREATE_TEAM, { input: { name: 'Family support', organisationId: ids.council, siteId: ids.hub } })
    ).createTeam.id;

    ids.manager = (
      await person(
        'Grace',
        'Okoye',
        {
          organisationId: ids.council,
          teamId: ids.fsTeam,
          jobTitle: 'Team manager',
          employmentType: 'STAFF',
          startDate: '2019-04-01',
          hoursPerWeek: 37,
        },
        { employeeNumber: 'EB1001' },
      )
    ).createPerson.id;
    ids.fsw = (
      await person('Tom', 'Hughes', {
        organisationId: ids.council,
        teamId: ids.fsTeam,
        jobTitle: 'Family support worker',
        employmentType: 'STAFF',
        startDate: '2023-01-09',
        lineManagerId: ids.manager,
      })
    ).createPerson.id;
    ids.hv = (
      await person('Amira', 'Haddad', {
        organisationId: ids.trust,
        teamId: ids.hvTeam,
        jobTitle: 'Health visitor',
        employmentType: 'SECONDED',
        startDate: '2022-06-01',
      })
    ).createPerson.id;
    ids.volunteer = (
      await person('Lily', 'Evans', {
        organisationId: ids.homeStart,
        jobTitle: 'Peer support volunteer',
        employmentType: 'VOLUNTEER',
        startDate: '2024-02-01',
      })
    ).createPerson.id;
  });

  it('creates sites with their hub, teams in their organisation, and people with their first job', async () => {
    const { site } = await lead.data('query($id: ID!) { site(id: $id) { name kind postcode hub { name } } }', {
      id: ids.spoke,
    });
    expect(site).toEqual({
      name: 'Millfield Library',
      kind: 'SPOKE',
      postcode: null,
      hub: { name: 'Riverside Family Hub' },
    });
    const { sites } = await lead.data('{ sites(filter: { kinds: [FAMILY_HUB] }) { nodes { name postcode } } }');
    expect(sites.nodes).toContainEqual({ name: 'Riverside Family Hub', postcode: 'EB1 2AB' });
    const { person: tom } = await lead.data(
      'query($id: ID!) { person(id: $id) { fullName active hasAccount assignments { jobTitle lineManager { fullName } organisation { code } team { name } } } }',
      { id: ids.fsw },
    );
    expect(tom).toEqual({
      fullName: 'Tom Hughes',
      active: true,
      hasAccount: false,
      assignments: [
        {
          jobTitle: 'Family support worker',
          lineManager: { fullName: 'Grace Okoye' },
          organisation: { code: 'EBC-CS' },
          team: { name: 'Family support' },
        },
      ],
    });
  });

  it('filters people by organisation, site, team, employment type and activity', async () => {
    const names = async (filter: Record<string, unknown>) =>
      (await lead.data(PEOPLE, { filter, sort: { field: 'givenName', order: 'ASC' } })).people.nodes.map(
        (p: { fullName: string }) => p.fullName,
      );
    expect(await names({ organisationIds: [ids.council] })).toEqual(['Grace Okoye', 'Tom Hughes']);
    expect(await names({ siteIds: [ids.hub], employmentTypes: ['SECONDED'] })).toEqual(['Amira Haddad']);
    expect(await names({ teamIds: [ids.fsTeam], q: 'hug' })).toEqual(['Tom Hughes']);
    expect(await names({ employmentTypes: ['VOLUNTEER'], organisationIds: [ids.homeStart] })).toEqual(['Lily Evans']);
    expect(await names({ organisationIds: [ids.homeStart], active: false })).toEqual([]);
  });

  it('ends a leaver’s job without deleting them, and audits who changed what', async () => {
    const { person: lily } = await lead.data('query($id: ID!) { person(id: $id) { assignments { id } } }', {
      id: ids.volunteer,
    });
    await lead.data('mutation($input: EndJobAssignmentInput!) { endJobAssignment(input: $input) { endDate active } }', {
      input: { id: lily.assignments[0].id, endDate: '2025-03-31' },
    });
    await lead.data('mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { phone } }', {
      input: {
        id: ids.volunteer,
        givenName: 'Lily',
        familyName: 'Evans',
        email: 'lily.evans@example.org',
        phone: '01632 960123',
      },
    });
    const filter = { organisationIds: [ids.homeStart], active: false };
    expect((await lead.data(PEOPLE, { filter })).people.nodes.map((p: { id: string }) => p.id)).toEqual([
      ids.volunteer,
    ]);

    const { personAudit } = await lead.data(
      'query($id: ID!) { personAudit(personId: $id) { totalCount nodes { action entityType changes actorUserId } } }',
      { id: ids.volunteer },
    );
    const described = personAudit.nodes.map(
      (e: { action: string; entityType: string }) => `${e.action} ${e.entityType}`,
    );
    expect(described.slice(0, 2)).toEqual(['UPDATED Person', 'ENDED JobAssignment']);
    // Made in one transaction, the two creations share a timestamp.
    expect(described.slice(2).sort()).toEqual(['CREATED JobAssignment', 'CREATED Person']);
    expect(JSON.parse(personAudit.nodes[0].changes)).toEqual({ phone: [null, '01632 960123'] });
    expect(JSON.parse(personAudit.nodes[1].changes)).toEqual({ endDate: [null, '2025-03-31'] });
    const leadUser = await api.em().findOneOrFail(User, { email: 'lead@northshire.example' }, { filters: false });
    expect(personAudit.nodes[0].actorUserId).toBe(leadUser.id);
  });

  it('records DBS checks with the partnership’s recheck date, shown only to those who keep them', async () => {
    const RECORD =
      'mutation($input: RecordDbsCheckInput!) { recordDbsCheck(input: $input) { level recheckDue updateService } }';
    expect(
      (
        await lead.data(RECORD, {
          input: {
            personId: ids.fsw,
            level: 'ENHANCED_WITH_BARRED_LISTS',
            certificateNumber: '001234567890',
            certificateDate: '2024-02-29',
            updateService: false,
          },
        })
      ).recordDbsCheck,
    ).toEqual({ level: 'ENHANCED_WITH_BARRED_LISTS', recheckDue: '2027-03-01', updateService: false });
    expect(
      (
        await lead.data(RECORD, {
          input: { personId: ids.volunteer, level: 'ENHANCED', certificateDate: '2025-01-10', updateService: true },
        })
      ).recordDbsCheck.recheckDue,
    ).toBeNull();

    const DBS = 'query($id: ID!) { person(id: $id) { dbsChecks { level } } }';
    expect((await (await api.loginAs(Role.VOLUNTEER_COORDINATOR)).data(DBS, { id: ids.fsw })).person.dbsChecks).toEqual(
      [{ level: 'ENHANCED_WITH_BARRED_LISTS' }],
    );
    expect((await (await api.loginAs(Role.MANAGER)).data(DBS, { id: ids.fsw })).person.dbsChecks).toBeNull();
  });

  describe('a partner admin', () => {
    let trustAdmin: GraphQLClient;
    beforeAll(async () => {
      trustAdmin = (
        await api.userIn('northshire', 'admin@eastbrook-health.example', [
          { role: Role.PARTNER_ADMIN, organisationId: ids.trust },
        ])
      ).client;
    });

    it('sees only people who work in their organisation', async () => {
      expect((await trustAdmin.data(PEOPLE)).people.nodes.map((p: { fullName: string }) => p.fullName)).toEqual([
        'Amira Haddad',
      ]);
      expect((await trustAdmin.data('query($id: ID!) { person(id: $id) { id } }', { id: ids.fsw })).person).toBeNull();
      expect(
        (await trustAdmin.data('query($id: ID!) { personAudit(personId: $id) { totalCount } }', { id: ids.fsw }))
          .personAudit.totalCount,
      ).toBe(0);
    });

    it('cannot change anyone or anything outside their organisation, and nothing changes', async () => {
      const before = await api.em().count(Person, {}, { filters: false });
      const { person: tom } = await lead.data('query($id: ID!) { person(id: $id) { assignments { id } } }', {
        id: ids.fsw,
      });
      const attempts = [
        [
          CREATE_PERSON,
          {
            input: {
              givenName: 'Sneaky',
              familyName: 'Hire',
              email: 'sneaky@example.org',
              assignment: {
                organisationId: ids.council,
                jobTitle: 'Navigator',
                employmentType: 'STAFF',
                startDate: '2026-01-05',
              },
            },
          },
          'FORBIDDEN',
        ],
        [
          'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }',
          { input: { id: ids.fsw, givenName: 'T', familyName: 'H', email: 'tom.hughes@example.org' } },
          'NOT_FOUND',
        ],
        [
          'mutation($input: EndJobAssignmentInput!) { endJobAssignment(input: $input) { id } }',
          { input: { id: tom.assignments[0].id, endDate: '2026-01-01' } },
          'NOT_FOUND',
        ],
        [CREATE_TEAM, { input: { name: 'Shadow team', organisationId: ids.council } }, 'FORBIDDEN'],
        [CREATE_ORG, { input: { name: 'New charity', code: 'NEW', kind: 'VCFSE', statutory: false } }, 'FORBIDDEN'],
      ] as const;
      for (const [query, variables, code] of attempts) {
        expect((await trustAdmin.request(query, variables)).errors?.[0].extensions?.code).toBe(code);
      }
      expect(await api.em().count(Person, {}, { filters: false })).toBe(before);
      expect(
        (await lead.data('query($id: ID!) { person(id: $id) { givenName assignments { endDate } } }', { id: ids.fsw }))
          .person,
      ).toEqual({ givenName: 'Tom', assignments: [{ endDate: null }] });
    });

    it('can add people and teams in their own organisation', async () => {
      const created = await trustAdmin.data(CREATE_PERSON, {
        input: {
          givenName: 'Nia',
          familyName: 'Roberts',
          email: 'nia.roberts@example.org',
          assignment: {
            organisationId: ids.trust,
            teamId: ids.hvTeam,
            jobTitle: 'Community nursery nurse',
            employmentType: 'STAFF',
            startDate: '2026-01-05',
          },
        },
      });
      expect(created.createPerson.assignments[0].organisation.code).toBe('ECH');
      expect(
        (await trustAdmin.data(CREATE_TEAM, { input: { name: 'Infant feeding', organisationId: ids.trust } }))
          .createTeam.organisation.name,
      ).toBe('Eastbrook Community Health NHS Trust');
    });
  });

  it('takes LIKE wildcards in a name literally when it looks for a duplicate', async () => {
    // "Family_support" would match "Family support" if "_" were a wildcard.
    const { createTeam } = await lead.data<{ createTeam: { name: string } }>(CREATE_TEAM, {
      input: { name: 'Family_support', organisationId: ids.council },
    });
    expect(createTeam.name).toBe('Family_support');
  });

  it('shows a learner only their own record', async () => {
    const em = api.em();
    const { client, user } = await api.userIn('northshire', 'tom.learner@example.org', [Role.LEARNER]);
    const tom = await em.findOneOrFail(Person, { id: ids.fsw }, { filters: false });
    tom.linkUser(await em.findOneOrFail(User, { id: user.id }, { filters: false }));
    await em.flush();
    expect((await client.data(PEOPLE)).people.nodes.map((p: { id: string }) => p.id)).toEqual([ids.fsw]);
    expect((await client.data('query($id: ID!) { person(id: $id) { id } }', { id: ids.hv })).person).toBeNull();
    expect(
      (await client.request(CREATE_ORG, { input: { name: 'X', code: 'X', kind: 'OTHER', statutory: false } }))
        .errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  describe('bad input gets a clear error and changes nothing', () => {
    beforeAll(async () => {
      const southvaleLead = (await api.userIn('southvale', 'lead@southvale.example', [Role.WORKFORCE_LEAD])).client;
      ids.southvaleOrg = (
        await southvaleLead.data(CREATE_ORG, {
          input: { name: 'Southvale Council', code: 'SVC', kind: 'LOCAL_AUTHORITY', statutory: true },
        })
      ).createOrganisation.id;
    });

    const job = (overrides: Record<string, unknown> = {}) => ({
      organisationId: ids.council,
      jobTitle: 'Family hub navigator',
      employmentType: 'STAFF',
      startDate: '2026-02-02',
      ...overrides,
    });
    const newPerson = (assignment: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
      input: { givenName: 'Jo', familyName: 'Bloggs', email: 'jo.bloggs@example.org', ...extra, assignment },
    });

    it.each([
      [
        'a team from another organisation',
        () => newPerson(job({ teamId: ids.hvTeam })),
        'BAD_USER_INPUT',
        /is not part of Eastbrook Council/,
      ],
      [
        'an end date before the start',
        () => newPerson(job({ endDate: '2026-01-01' })),
        'BAD_USER_INPUT',
        /before the start date/,
      ],
      [
        'a date that is not a date',
        () => newPerson(job({ startDate: '31/02/2026' })),
        'BAD_USER_INPUT',
        /Start date must be a date like/,
      ],
      [
        'an email someone already has',
        () => newPerson(job(), { email: 'TOM.hughes@example.org' }),
        'CONFLICT',
        /Tom Hughes already has the email/,
      ],
      [
        'an employee number someone already has',
        () => newPerson(job(), { employeeNumber: 'EB1001' }),
        'CONFLICT',
        /employee number EB1001/,
      ],
      [
        'an unknown organisation',
        () => newPerson(job({ organisationId: '2b0c6a1e-0000-4000-8000-000000000000' })),
        'NOT_FOUND',
        /Organisation/,
      ],
      [
        "another partnership's organisation",
        () => newPerson(job({ organisationId: ids.southvaleOrg })),
        'NOT_FOUND',
        /Organisation/,
      ],
      ['hours over a full week', () => newPerson(job({ hoursPerWeek: 120 })), 'BAD_USER_INPUT', /hoursPerWeek/],
      [
        'a wrong employment type',
        () => newPerson(job({ employmentType: 'CONTRACTOR' })),
        'BAD_USER_INPUT',
        /EmploymentType/,
      ],
    ])('refuses %s', async (_, variables, code, message) => {
      const before = await api.em().count(Person, {}, { filters: false });
      const auditBefore = await api.em().count(AuditEntry, {}, { filters: false });
      const result = await lead.request(CREATE_PERSON, variables());
      expect(result.errors?.[0].extensions?.code).toBe(code);
      expect(result.errors?.[0].message).toMatch(message);
      expect(await api.em().count(Person, {}, { filters: false })).toBe(before);
      expect(await api.em().count(AuditEntry, {}, { filters: false })).toBe(auditBefore);
    });

    it.each([
      [
        'a spoke hung off a spoke',
        CREATE_SITE,
        () => ({ input: { name: 'Bus stop', kind: 'OUTREACH', hubId: ids.spoke, locality: 'Millfield' } }),
        'BAD_USER_INPUT',
        /is not a family hub/,
      ],
      [
        'a room of no seats',
        'mutation($input: AddRoomInput!) { addRoom(input: $input) { id } }',
        () => ({ input: { siteId: ids.hub, name: 'Cupboard', capacity: 0 } }),
        'BAD_USER_INPUT',
        /capacity/,
      ],
      [
        'a bad postcode',
        CREATE_SITE,
        () => ({ input: { name: 'Somewhere', kind: 'OUTREACH', locality: 'X', postcode: 'NOT A CODE' } }),
        'BAD_USER_INPUT',
        /UK postcode/,
      ],
      [
        'a duplicate team name',
        CREATE_TEAM,
        () => ({ input: { name: 'family SUPPORT', organisationId: ids.council } }),
        'CONFLICT',
        /already has a team called Family support/,
      ],
      [
        'a DBS number of the wrong length',
        'mutation($input: RecordDbsCheckInput!) { recordDbsCheck(input: $input) { id } }',
        () => ({
          input: {
            personId: ids.hv,
            level: 'ENHANCED',
            certificateNumber: '123',
            certificateDate: '2025-01-01',
            updateService: false,
          },
        }),
        'BAD_USER_INPUT',
        /12 digits/,
      ],
      [
        'a DBS certificate from the future',
        'mutation($input: RecordDbsCheckInput!) { recordDbsCheck(input: $input) { id } }',
        () => ({ input: { personId: ids.hv, level: 'ENHANCED', certificateDate: '2099-01-01', updateService: false } }),
        'BAD_USER_INPUT',
        /in the future/,
      ],
    ])('refuses %s', async (_, query, variables, code, message) => {
      const result = await lead.request(query, variables());
      expect(result.errors?.[0].extensions?.code).toBe(code);
      expect(result.errors?.[0].message).toMatch(message);
    });

    it('keeps assignments consistent when a person is created with a bad manager', async () => {
      const before = await api.em().count(JobAssignment, {}, { filters: false });
      const result = await lead.request(
        CREATE_PERSON,
        newPerson(job({ lineManagerId: 'c0ffee00-0000-4000-8000-000000000000' })),
      );
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
      expect(await api.em().count(JobAssignment, {}, { filters: false })).toBe(before);
    });
  });
});
