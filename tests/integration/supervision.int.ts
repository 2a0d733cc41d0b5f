import { ref } from '@mikro-orm/core';
import { type Action, Role, scopeFor } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { EmploymentType, JobAssignment, Organisation, OrganisationKind, Person, Team } from '@kindred/org';
import { SupervisionAudit, SupervisionAuditAction } from '@kindred/supervision';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';

// Agreements, sessions with their actions, sign-off and addenda, escalation and the reflective log,
// and who may read what: every role against every supervision operation, on a small fixture of a
// council practitioner supervised by a health colleague (clinical supervision across organisations).

const NOTE = 'Discussed the Okonkwo family: dad disclosed debts, referral to money advice agreed';
const WELLBEING = 'Feeling stretched since the Ashbury caseload grew';
const ACTION_ONE = 'Book the trauma-informed practice refresher';
const ACTION_TWO = 'Shadow a joint visit with the health visitor';
const SHARING = 'Notes are shared with my line manager only if a safeguarding concern arises';
const REFLECTION = 'I rushed the home visit and missed what the child was telling me';

const CREATE = `mutation($input: CreateAgreementInput!) {
  createSupervisionAgreement(input: $input) { id signed frequencyPattern frequencyDays supervisee { fullName } supervisor { fullName } }
}`;
const SIGN = `mutation($id: ID!) { signSupervisionAgreement(id: $id) { id signed superviseeSignedAt supervisorSignedAt } }`;
const RECORD = `mutation($input: RecordSessionInput!) { recordSupervisionSession(input: $input) { id status locked functions wellbeingRating } }`;
const SIGN_OFF = `mutation($id: ID!) { signOffSupervisionSession(id: $id) { id status locked signedOffAt } }`;
const SESSION_META = `query($id: ID!) { supervisionSession(id: $id) { id status durationMinutes supervisee { fullName } } }`;
const SESSION_CONTENT = `query($id: ID!) {
  supervisionSession(id: $id) {
    id content { agenda discussionNotes wellbeingNote superviseeComment
      actions { description status dueDate timesCarriedForward owner { fullName } }
      addenda { text author { fullName } } }
  }
}`;
const AGREEMENT_SHARING = `query($id: ID!) { supervisionAgreement(id: $id) { id sharing } }`;
const AGREEMENT_META = `query($id: ID!) { supervisionAgreement(id: $id) { id type standing { held nextDueOn dueState } } }`;
const ACK = `mutation($input: AcknowledgeSessionInput!) { acknowledgeSupervisionSession(input: $input) { id acknowledgedAt } }`;
const ADDENDUM = `mutation($input: AddendumInput!) { addSupervisionAddendum(input: $input) { id } }`;
const MY_ACTIONS = `query { mySupervisionActions { id description status overdue } }`;
const UPDATE_ACTION = `mutation($input: UpdateActionInput!) { updateSupervisionAction(input: $input) { id status } }`;
const ESCALATE = `mutation($input: EscalateInput!) { escalateSupervisionConcern(input: $input) { id concern summary lead { fullName } } }`;
const TO_ME = `query { escalationsToMe { id concern summary supervisee { fullName } } }`;
const ABOUT_ME = `query { escalationsAboutMe { id concern summary lead { fullName } superviseeInformedAt } }`;
const WRITE_REFLECTION = `mutation($input: ReflectiveEntryInput!) { writeReflection(input: $input) { id title text sharedWith { fullName } } }`;
const SHARE_REFLECTION = `mutation($input: ShareReflectionInput!) { shareReflection(input: $input) { id sharedWith { fullName } } }`;
const SHARED = `query { sharedReflections { id title text author { fullName } } }`;
const MY_LOG = `query { myReflectiveLog { id title text } }`;
const SESSIONS = `query($filter: SessionFilter) { supervisionSessions(filter: $filter) { totalCount nodes { id status } } }`;
const COMPLIANCE = `query { supervisionCompliance { agreements rows { supervisee { fullName } standing { held } } } }`;

describe('supervision: agreements, sessions, confidentiality', () => {
  const context = setUpTestApi();
  let api: TestApi;
  const as: Record<string, GraphQLClient> = {};
  const userIds: Record<string, string> = {};
  const people: Record<string, Person> = {};
  let agreementId: string;
  let sessionId: string;

  const errorOf = async (client: GraphQLClient, query: string, variables: Record<string, unknown> = {}) =>
    (await client.request(query, variables)).errors?.[0];
  const codeOf = async (client: GraphQLClient, query: string, variables: Record<string, unknown> = {}) =>
    (await errorOf(client, query, variables))?.extensions?.code;
  const auditRows = (recordId: string) =>
    api.em().find(SupervisionAudit, { recordId }, { filters: false, orderBy: { createdAt: 'ASC', id: 'ASC' } });

  beforeAll(async () => {
    api = context.api;
    const em = api.em();
    const partnership = ref(await em.findOneOrFail(Partnership, { slug: 'northshire' }, { filters: false }));
    const council = new Organisation(partnership, {
      name: 'Harbour Council',
      code: 'HBC',
      kind: OrganisationKind.LOCAL_AUTHORITY,
      statutory: true,
    });
    const health = new Organisation(partnership, {
      name: 'Harbour Community Health',
      code: 'HCH',
      kind: OrganisationKind.HEALTH,
      statutory: true,
    });
    const family = new Team(council, 'Harbour family support');
    const nursing = new Team(health, 'Harbour health visiting');
    const person = (key: string, given: string, family: string) =>
      (people[key] = new Person(partnership, {
        givenName: given,
        familyName: family,
        email: `${key}@harbour.example`,
      }));
    person('sam', 'Sam', 'Supervisee');
    person('vic', 'Vic', 'Supervisor');
    person('lin', 'Lin', 'Linemanager');
    person('mo', 'Mo', 'Manager');
    person('oli', 'Oli', 'Othermanager');
    person('lea', 'Lea', 'Lead');
    person('pat', 'Pat', 'Partneradmin');
    person('nia', 'Nia', 'Safeguardinglead');
    const job = (key: string, organisation: Organisation, team: Team, lineManager: string | null) =>
      new JobAssignment(people[key], {
        organisation,
        team,
        jobTitle: 'Practitioner',
        employmentType: EmploymentType.STAFF,
        startDate: '2024-01-01',
        lineManager: lineManager ? people[lineManager] : null,
      });
    const jobs = [
      job('sam', council, family, 'mo'),
      job('vic', health, nursing, 'lin'),
      job('lin', health, nursing, null),
      job('mo', council, family, null),
      job('oli', council, family, null),
      job('lea', council, family, null),
      job('pat', council, family, null),
      job('nia', council, family, null),
    ];
    em.persist([council, health, family, nursing, ...Object.values(people), ...jobs]);
    await em.flush();

    const roles: Record<string, (Role | { role: Role; organisationId: string })[]> = {
      sam: [Role.LEARNER],
      vic: [Role.SUPERVISOR, Role.LEARNER],
      lin: [Role.MANAGER, Role.LEARNER],
      mo: [Role.MANAGER, Role.LEARNER],
      oli: [Role.MANAGER, Role.SUPERVISOR, Role.LEARNER],
      lea: [Role.WORKFORCE_LEAD, Role.LEARNER],
      pat: [{ role: Role.PARTNER_ADMIN, organisationId: council.id }, Role.LEARNER],
      nia: [Role.LEARNER],
    };
    for (const [key, grants] of Object.entries(roles)) {
      const { client, user } = await api.userIn('northshire', `${key}.user@harbour.example`, grants);
      as[key] = client;
      userIds[key] = user.id;
      const linked = await api.em().findOneOrFail(Person, { id: people[key].id }, { filters: false });
      linked.linkUser(user);
      await api.em().persistAndFlush(linked);
    }
    const admin = await api.userIn('northshire', 'operator@harbour.example', [Role.PLATFORM_ADMIN]);
    as.admin = admin.client;
    userIds.admin = admin.user.id;
    const elsewhere = await api.userIn('southvale', 'manager@southvale.example', [
      Role.MANAGER,
      Role.SUPERVISOR,
      Role.WORKFORCE_LEAD,
    ]);
    as.southvale = elsewhere.client;
  });

  it('sets up an agreement across organisations that both parties sign, refusing bad terms', async () => {
    const input = {
      superviseeId: people.sam.id,
      supervisorId: people.vic.id,
      type: 'CLINICAL',
      model: 'MORRISON_4X4X4',
      frequency: { pattern: 'EVERY_N_DAYS', everyDays: 28 },
      expectedMinutes: 90,
      startDate: '2026-01-05',
      reviewDate: '2027-01-05',
      sharing: SHARING,
    };
    expect(await codeOf(as.vic, CREATE, { input: { ...input, frequency: { pattern: 'EVERY_N_DAYS' } } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await codeOf(as.vic, CREATE, { input: { ...input, expectedMinutes: 5 } })).toBe('BAD_USER_INPUT');
    expect(await codeOf(as.vic, CREATE, { input: { ...input, superviseeId: 'not-a-uuid' } })).toBe('BAD_USER_INPUT');
    expect(
      await codeOf(as.vic, CREATE, { input: { ...input, superviseeId: '00000000-0000-4000-8000-000000000000' } }),
    ).toBe('NOT_FOUND');
    // A supervisor sets up agreements only with themselves as the supervisor; a learner not at all.
    expect(await codeOf(as.vic, CREATE, { input: { ...input, supervisorId: people.lin.id } })).toBe('FORBIDDEN');
    expect(await codeOf(as.sam, CREATE, { input })).toBe('FORBIDDEN');
    // Another partnership cannot reach these people.
    expect(await codeOf(as.southvale, CREATE, { input })).toBe('NOT_FOUND');

    const created = (await as.vic.data(CREATE, { input })).createSupervisionAgreement;
    expect(created).toMatchObject({ signed: false, frequencyDays: 28, supervisor: { fullName: 'Vic Supervisor' } });
    agreementId = created.id;
    expect((await as.sam.data(SIGN, { id: agreementId })).signSupervisionAgreement.signed).toBe(false);
    expect((await as.vic.data(SIGN, { id: agreementId })).signSupervisionAgreement.signed).toBe(true);
    expect(await codeOf(as.oli, SIGN, { id: agreementId })).toBe('NOT_FOUND');
  });

  it('records a session with two actions, sealed at rest: the raw rows hold no plaintext', async () => {
    const input = {
      agreementId,
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      durationMinutes: 90,
      functions: ['MANAGEMENT', 'SUPPORT', 'DEVELOPMENT'],
      agenda: 'Caseload, wellbeing, learning',
      discussionNotes: NOTE,
      gibbs: { description: 'A difficult visit', feelings: 'Anxious' },
      wellbeingRating: 'AMBER',
      wellbeingNote: WELLBEING,
      actions: [
        { ownerId: people.sam.id, description: ACTION_ONE, dueDate: '2026-12-01' },
        { ownerId: people.vic.id, description: ACTION_TWO, dueDate: '2027-01-15' },
      ],
    };
    // Someone outside the session cannot own its actions; the learner cannot record at all.
    expect(
      await codeOf(as.vic, RECORD, {
        input: { ...input, actions: [{ ownerId: people.oli.id, description: 'x', dueDate: '2026-12-01' }] },
      }),
    ).toBe('BAD_USER_INPUT');
    expect(
      await codeOf(as.vic, RECORD, { input: { ...input, learningNeedIds: ['00000000-0000-4000-8000-000000000000'] } }),
    ).toBe('NOT_FOUND');
    expect(await codeOf(as.sam, RECORD, { input })).toBe('FORBIDDEN');
    expect(await codeOf(as.oli, RECORD, { input })).toBe('NOT_FOUND');

    const recorded = (await as.vic.data(RECORD, { input })).recordSupervisionSession;
    expect(recorded).toMatchObject({ status: 'RECORDED', locked: false, wellbeingRating: 'AMBER' });
    sessionId = recorded.id;

    const connection = api.em().getConnection();
    const dump = async (table: string) =>
      (await connection.execute<{ row: string }[]>(`select row_to_json(t)::text as row from ${table} t`))
        .map((r) => r.row)
        .join('\n');
    const everything = [
      await dump('supervision_session'),
      await dump('supervision_action'),
      await dump('supervision_agreement'),
    ].join('\n');
    for (const plaintext of [NOTE, 'Okonkwo', WELLBEING, 'stretched', ACTION_ONE, ACTION_TWO, SHARING, 'Anxious']) {
      expect(everything).not.toContain(plaintext);
    }
    // Each sealed value names its key.
    const [row] = await connection.execute<{ content_sealed: string }[]>(
      'select content_sealed from supervision_session where id = ?',
      [sessionId],
    );
    expect(row.content_sealed).toMatch(/^k1\.[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+$/);

    // The supervisor reads it back whole.
    const content = (await as.vic.data(SESSION_CONTENT, { id: sessionId })).supervisionSession.content;
    expect(content).toMatchObject({ discussionNotes: NOTE, wellbeingNote: WELLBEING });
    expect(content.actions.map((a: { description: string }) => a.description)).toEqual([ACTION_ONE, ACTION_TWO]);
  });

  describe('who sees what', () => {
    // Every role against every read: metadata (dates, status) and content (text).
    const readers = ['sam', 'vic', 'lin', 'mo', 'oli', 'lea', 'pat', 'nia', 'admin', 'southvale'] as const;
    const metadata: Record<(typeof readers)[number], string> = {
      sam: 'ok', // the supervisee
      vic: 'ok', // the supervisor
      lin: 'ok', // the supervisor's line manager
      mo: 'ok', // the supervisee's line manager: dates only
      oli: 'NOT_FOUND', // another manager
      lea: 'ok', // workforce lead: dates only
      pat: 'ok', // partner admin of the supervisee's organisation: dates only
      nia: 'NOT_FOUND', // a colleague
      admin: 'ok',
      southvale: 'NOT_FOUND', // another partnership
    };
    const content: Record<(typeof readers)[number], string> = {
      sam: 'ok',
      vic: 'ok',
      lin: 'ok',
      mo: 'FORBIDDEN',
      oli: 'NOT_FOUND',
      lea: 'FORBIDDEN',
      pat: 'FORBIDDEN',
      nia: 'NOT_FOUND',
      admin: 'FORBIDDEN',
      southvale: 'NOT_FOUND',
    };
    const outcome = async (client: GraphQLClient, query: string) => {
      const result = await client.request(query, { id: sessionId });
      return result.errors?.[0]?.extensions?.code ?? 'ok';
    };

    it.each(readers)('%s: session dates and status as the table says', async (who) => {
      expect(await outcome(as[who], SESSION_META)).toBe(metadata[who]);
    });

    it.each(readers)('%s: session content as the table says, and one audit row per read that succeeds', async (who) => {
      const before = (await auditRows(sessionId)).length;
      const result = await as[who].request(SESSION_CONTENT, { id: sessionId });
      const code = result.errors?.[0]?.extensions?.code ?? 'ok';
      expect(code).toBe(content[who]);
      const after = await auditRows(sessionId);
      if (code === 'ok') {
        expect(result.data!.supervisionSession.content.discussionNotes).toBe(NOTE);
        expect(after).toHaveLength(before + 1);
        expect(after[after.length - 1]).toMatchObject({
          actorUserId: userIds[who],
          action: SupervisionAuditAction.READ,
          recordType: 'SupervisionSession',
          subjectPersonId: people.sam.id,
        });
      } else {
        expect(result.data?.supervisionSession ?? null).toBeNull();
        expect(JSON.stringify(result)).not.toContain('Okonkwo');
        expect(after).toHaveLength(before);
      }
    });

    it.each(readers)('%s: the agreement’s sharing terms as the content rule says', async (who) => {
      const result = await as[who].request(AGREEMENT_SHARING, { id: agreementId });
      expect(result.errors?.[0]?.extensions?.code ?? 'ok').toBe(content[who]);
      if (!result.errors) expect(result.data!.supervisionAgreement.sharing).toBe(SHARING);
    });

    it('leads and partner admins get figures without text; learners get no figures', async () => {
      const figures = (await as.lea.data(COMPLIANCE)).supervisionCompliance;
      expect(figures.rows).toEqual([{ supervisee: { fullName: 'Sam Supervisee' }, standing: { held: 1 } }]);
      expect(JSON.stringify(figures)).not.toContain('Okonkwo');
      expect((await as.pat.data(COMPLIANCE)).supervisionCompliance.agreements).toBe(1);
      // Another manager reaches nobody here; the supervisor sees their own supervisee.
      expect((await as.oli.data(COMPLIANCE)).supervisionCompliance.agreements).toBe(0);
      expect((await as.vic.data(COMPLIANCE)).supervisionCompliance.agreements).toBe(1);
      expect(await codeOf(as.sam, COMPLIANCE)).toBe('FORBIDDEN');
      expect((await as.southvale.data(COMPLIANCE)).supervisionCompliance.agreements).toBe(0);
      expect((await as.lea.data(AGREEMENT_META, { id: agreementId })).supervisionAgreement.standing.held).toBe(1);
    });

    it('lists sessions only to those who may see them', async () => {
      const count = async (who: string) =>
        (await as[who].data(SESSIONS, { filter: { agreementId } })).supervisionSessions.totalCount;
      expect(await count('sam')).toBe(1);
      expect(await count('lin')).toBe(1);
      expect(await count('lea')).toBe(1);
      expect(await count('oli')).toBe(0);
      expect(await count('nia')).toBe(0);
      expect(await count('southvale')).toBe(0);
    });

    it('changes by nobody but the supervisor; the partnership can leave the line manager out', async () => {
      for (const who of ['lin', 'mo', 'oli']) {
        expect(await codeOf(as[who], SIGN_OFF, { id: sessionId })).toMatch(/FORBIDDEN|NOT_FOUND/);
      }
      for (const who of ['sam', 'lea', 'pat', 'admin', 'nia']) {
        expect(await codeOf(as[who], SIGN_OFF, { id: sessionId })).toBe('FORBIDDEN');
      }
      const settings = api.config.partnership('northshire')!.supervision;
      settings.lineManagerSeesContent = false;
      try {
        // Left out, the supervisor's line manager (in another organisation) has no other tie to the record.
        expect(await codeOf(as.lin, SESSION_CONTENT, { id: sessionId })).toBe('NOT_FOUND');
        expect(await codeOf(as.lin, AGREEMENT_SHARING, { id: agreementId })).toBe('NOT_FOUND');
      } finally {
        settings.lineManagerSeesContent = true;
      }
      expect(await codeOf(as.lin, SESSION_CONTENT, { id: sessionId })).toBeUndefined();
    });
  });

  describe('every role against every supervision operation', () => {
    const NONE = '00000000-0000-4000-8000-000000000000';
    const GUARD_REFUSAL = 'You do not have permission to do that.';
    // Each operation with the action it declares and arguments that pass validation.
    const operations: [string, Action, string, Record<string, unknown>][] = [
      ['mySupervisionAgreements', 'supervision.self', '{ mySupervisionAgreements { id } }', {}],
      ['mySupervisees', 'supervision.supervise', '{ mySupervisees { id } }', {}],
      [
        'supervisionAgreement',
        'supervision.read',
        'query($id: ID!) { supervisionAgreement(id: $id) { id } }',
        { id: NONE },
      ],
      ['supervisionSessions', 'supervision.read', '{ supervisionSessions { totalCount } }', {}],
      [
        'supervisionSession',
        'supervision.read',
        'query($id: ID!) { supervisionSession(id: $id) { id } }',
        { id: NONE },
      ],
      ['mySupervisionActions', 'supervision.self', '{ mySupervisionActions { id } }', {}],
      ['myReflectiveLog', 'supervision.self', '{ myReflectiveLog { id } }', {}],
      ['sharedReflections', 'supervision.supervise', '{ sharedReflections { id } }', {}],
      ['escalationsToMe', 'supervision.self', '{ escalationsToMe { id } }', {}],
      ['escalationsAboutMe', 'supervision.self', '{ escalationsAboutMe { id } }', {}],
      ['supervisionCompliance', 'supervision.compliance', '{ supervisionCompliance { agreements } }', {}],
      [
        'createSupervisionAgreement',
        'supervision.agree',
        CREATE,
        {
          input: {
            superviseeId: NONE,
            supervisorId: NONE,
            type: 'PEER',
            model: 'OTHER',
            frequency: { pattern: 'ASYE' },
            expectedMinutes: 60,
            startDate: '2026-01-01',
          },
        },
      ],
      ['signSupervisionAgreement', 'supervision.self', SIGN, { id: NONE }],
      [
        'endSupervisionAgreement',
        'supervision.agree',
        'mutation($input: EndAgreementInput!) { endSupervisionAgreement(input: $input) { id } }',
        { input: { id: NONE, endDate: '2026-12-01' } },
      ],
      [
        'scheduleSupervisionSession',
        'supervision.supervise',
        'mutation($input: ScheduleSessionInput!) { scheduleSupervisionSession(input: $input) { id } }',
        { input: { agreementId: NONE, startsAt: '2026-12-01T10:00:00Z', durationMinutes: 60 } },
      ],
      [
        'scheduleGroupSupervision',
        'supervision.supervise',
        'mutation($input: ScheduleGroupSessionInput!) { scheduleGroupSupervision(input: $input) { id } }',
        {
          input: {
            kind: 'GROUP',
            type: 'PEER',
            startsAt: '2026-12-01T10:00:00Z',
            durationMinutes: 60,
            attendeeIds: [NONE],
          },
        },
      ],
      [
        'recordSupervisionSession',
        'supervision.supervise',
        RECORD,
        { input: { sessionId: NONE, durationMinutes: 60 } },
      ],
      ['signOffSupervisionSession', 'supervision.supervise', SIGN_OFF, { id: NONE }],
      [
        'cancelSupervisionSession',
        'supervision.supervise',
        'mutation($input: SessionReasonInput!) { cancelSupervisionSession(input: $input) { id } }',
        { input: { id: NONE, reason: 'x' } },
      ],
      [
        'rescheduleSupervisionSession',
        'supervision.supervise',
        'mutation($input: RescheduleSessionInput!) { rescheduleSupervisionSession(input: $input) { id } }',
        { input: { id: NONE, startsAt: '2026-12-01T10:00:00Z', reason: 'x' } },
      ],
      [
        'markSupervisionSessionMissed',
        'supervision.supervise',
        'mutation($input: SessionReasonInput!) { markSupervisionSessionMissed(input: $input) { id } }',
        { input: { id: NONE, reason: 'x' } },
      ],
      ['acknowledgeSupervisionSession', 'supervision.self', ACK, { input: { id: NONE } }],
      ['addSupervisionAddendum', 'supervision.self', ADDENDUM, { input: { sessionId: NONE, text: 'x' } }],
      ['updateSupervisionAction', 'supervision.self', UPDATE_ACTION, { input: { id: NONE, status: 'DONE' } }],
      ['writeReflection', 'supervision.self', WRITE_REFLECTION, { input: { occurredOn: '2026-11-01', title: 'x' } }],
      ['shareReflection', 'supervision.self', SHARE_REFLECTION, { input: { id: NONE, supervisorId: NONE } }],
      [
        'escalateSupervisionConcern',
        'supervision.supervise',
        ESCALATE,
        { input: { sessionId: NONE, leadId: NONE, concern: 'CONDUCT', summary: 'x' } },
      ],
      [
        'acknowledgeEscalation',
        'supervision.self',
        'mutation($id: ID!) { acknowledgeEscalation(id: $id) { id } }',
        { id: NONE },
      ],
      ['resealSupervisionContent', 'supervision.keys', 'mutation { resealSupervisionContent }', {}],
    ];
    const single: Partial<Record<Role, GraphQLClient>> = {};

    beforeAll(async () => {
      for (const role of Object.values(Role)) {
        single[role] = (await api.userIn('northshire', `only.${role.toLowerCase()}@harbour.example`, [role])).client;
      }
    });

    it.each(Object.values(Role))(
      '%s: the guard admits exactly the operations the policy table gives the role',
      async (role) => {
        const outcomes: Record<string, string> = {};
        const expected: Record<string, string> = {};
        for (const [name, action, query, variables] of operations) {
          const response = await single[role]!.request(query, variables);
          const error = response.errors?.[0];
          const refused = error?.extensions?.code === 'FORBIDDEN' && error.message === GUARD_REFUSAL;
          outcomes[name] = refused ? 'refused' : 'admitted';
          expected[name] = scopeFor(action, [{ role, organisationId: null }]) ? 'admitted' : 'refused';
          // Admitted or not, someone with no part in the supervision never sees its content.
          expect(JSON.stringify(response)).not.toContain('Okonkwo');
        }
        expect(outcomes).toEqual(expected);
      },
    );
  });

  it('locks the record at sign-off: edits are refused, addenda kept, the supervisee acknowledges', async () => {
    expect(await codeOf(as.sam, ACK, { input: { id: sessionId } })).toBe('CONFLICT'); // not signed off yet
    expect(await codeOf(as.vic, ADDENDUM, { input: { sessionId, text: 'Too early' } })).toBe('BAD_USER_INPUT');
    const signed = (await as.vic.data(SIGN_OFF, { id: sessionId })).signOffSupervisionSession;
    expect(signed).toMatchObject({ status: 'SIGNED_OFF', locked: true });
    expect(await codeOf(as.vic, SIGN_OFF, { id: sessionId })).toBe('CONFLICT');

    const edit = { sessionId, durationMinutes: 60, discussionNotes: 'Rewritten history', actions: [] };
    const refused = await errorOf(as.vic, RECORD, { input: edit });
    expect(refused?.extensions?.code).toBe('CONFLICT');
    expect(refused?.message).toMatch(/addendum/);

    await as.vic.data(ADDENDUM, { input: { sessionId, text: 'The referral went in on Monday.' } });
    await as.sam.data(ADDENDUM, { input: { sessionId, text: 'I would add that I asked for this.' } });
    expect(await codeOf(as.oli, ADDENDUM, { input: { sessionId, text: 'Not mine' } })).toBe('NOT_FOUND');
    expect(
      (await as.sam.data(ACK, { input: { id: sessionId, comment: 'Agreed, thanks' } })).acknowledgeSupervisionSession
        .acknowledgedAt,
    ).toBeTruthy();
    expect(await codeOf(as.sam, ACK, { input: { id: sessionId } })).toBe('CONFLICT');
    expect(await codeOf(as.vic, ACK, { input: { id: sessionId } })).toBe('NOT_FOUND');

    const content = (await as.sam.data(SESSION_CONTENT, { id: sessionId })).supervisionSession.content;
    expect(content.discussionNotes).toBe(NOTE);
    expect(content.superviseeComment).toBe('Agreed, thanks');
    expect(content.addenda).toEqual([
      { text: 'The referral went in on Monday.', author: { fullName: 'Vic Supervisor' } },
      { text: 'I would add that I asked for this.', author: { fullName: 'Sam Supervisee' } },
    ]);
    const [raw] = await api
      .em()
      .getConnection()
      .execute<{ t: string }[]>("select string_agg(text_sealed, ' ') as t from session_addendum");
    expect(raw.t).not.toContain('referral');
  });

  it('carries open actions forward to the next session signed off, and owners close theirs', async () => {
    const mine = (await as.sam.data(MY_ACTIONS)).mySupervisionActions;
    expect(mine).toEqual([expect.objectContaining({ description: ACTION_ONE, status: 'OPEN', overdue: false })]);
    expect(await codeOf(as.oli, UPDATE_ACTION, { input: { id: mine[0].id, status: 'DONE' } })).toBe('NOT_FOUND');

    const next = (
      await as.vic.data(RECORD, {
        input: {
          agreementId,
          startsAt: new Date(Date.now() - 60_000).toISOString(),
          durationMinutes: 60,
          functions: ['SUPPORT'],
          actions: [],
        },
      })
    ).recordSupervisionSession;
    await as.vic.data(SIGN_OFF, { id: next.id });
    const first = (await as.vic.data(SESSION_CONTENT, { id: sessionId })).supervisionSession.content.actions;
    expect(first.map((a: { timesCarriedForward: number }) => a.timesCarriedForward)).toEqual([1, 1]);

    expect(
      (await as.sam.data(UPDATE_ACTION, { input: { id: mine[0].id, status: 'DONE' } })).updateSupervisionAction.status,
    ).toBe('DONE');
    expect(await codeOf(as.sam, UPDATE_ACTION, { input: { id: mine[0].id, status: 'DROPPED' } })).toBe('CONFLICT');
    // Each description read is audited for its owner.
    expect((await auditRows(mine[0].id)).length).toBeGreaterThanOrEqual(2);
  });

  it('escalates a concern to a named lead, who sees it; the supervisee is told, others see nothing', async () => {
    const input = {
      sessionId,
      leadId: people.nia.id,
      concern: 'SAFEGUARDING',
      summary: 'Bruising seen on a home visit',
    };
    expect(await codeOf(as.lin, ESCALATE, { input })).toBe('NOT_FOUND');
    expect(await codeOf(as.vic, ESCALATE, { input: { ...input, leadId: people.sam.id } })).toBe('BAD_USER_INPUT');
    const raised = (await as.vic.data(ESCALATE, { input })).escalateSupervisionConcern;
    expect(raised).toMatchObject({ concern: 'SAFEGUARDING', lead: { fullName: 'Nia Safeguardinglead' } });

    expect((await as.nia.data(TO_ME)).escalationsToMe).toEqual([
      expect.objectContaining({ summary: 'Bruising seen on a home visit', supervisee: { fullName: 'Sam Supervisee' } }),
    ]);
    const told = (await as.sam.data(ABOUT_ME)).escalationsAboutMe;
    expect(told).toEqual([
      expect.objectContaining({ concern: 'SAFEGUARDING', summary: null, lead: { fullName: 'Nia Safeguardinglead' } }),
    ]);
    expect((await as.lea.data(TO_ME)).escalationsToMe).toEqual([]);
    expect((await as.mo.data(TO_ME)).escalationsToMe).toEqual([]);
    expect(await auditRows(raised.id)).toEqual(
      expect.arrayContaining([expect.objectContaining({ actorUserId: userIds.nia, action: 'READ' })]),
    );
  });

  it('keeps a reflective log private until an entry is shared with a supervisor', async () => {
    const written = (
      await as.sam.data(WRITE_REFLECTION, {
        input: { occurredOn: '2026-11-20', title: 'A rushed visit', text: REFLECTION },
      })
    ).writeReflection;
    expect(written).toMatchObject({ title: 'A rushed visit', text: REFLECTION, sharedWith: null });
    expect((await as.vic.data(SHARED)).sharedReflections).toEqual([]);
    // Only someone who supervises you now.
    expect(await codeOf(as.sam, SHARE_REFLECTION, { input: { id: written.id, supervisorId: people.lin.id } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await codeOf(as.vic, SHARE_REFLECTION, { input: { id: written.id, supervisorId: people.vic.id } })).toBe(
      'NOT_FOUND',
    );
    await as.sam.data(SHARE_REFLECTION, { input: { id: written.id, supervisorId: people.vic.id } });
    expect((await as.vic.data(SHARED)).sharedReflections).toEqual([
      expect.objectContaining({ title: 'A rushed visit', text: REFLECTION, author: { fullName: 'Sam Supervisee' } }),
    ]);
    expect((await as.lin.data(SHARED)).sharedReflections).toEqual([]);
    expect((await as.lin.data(MY_LOG)).myReflectiveLog).toEqual([]);
    expect(await codeOf(as.lea, SHARED)).toBe('FORBIDDEN');

    const [raw] = await api
      .em()
      .getConnection()
      .execute<{ row: string }[]>('select row_to_json(r)::text as row from reflective_log_entry r where id = ?', [
        written.id,
      ]);
    expect(raw.row).not.toContain('rushed');
    expect((await auditRows(written.id)).map((r) => r.actorUserId)).toEqual(
      expect.arrayContaining([userIds.sam, userIds.vic]),
    );
  });
});
