import { Test, type TestingModule } from '@nestjs/testing';
import { ref } from '@mikro-orm/core';
import { Passwords, Role, User } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { Notification } from '@kindred/notify';
import { AuditEntry, EmploymentType, JobAssignment, Organisation, OrganisationKind, Person } from '@kindred/org';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { MailCatcher } from '../../libs/notify/src/testing/mail-catcher';

const INVITE = `mutation($input: InvitePersonInput!) {
  invitePerson(input: $input) { expiresAt user { id email displayName roles { role organisationId } } }
}`;
const GRANT = 'mutation($input: RoleGrantInput!) { grantRole(input: $input) { roles { role organisationId } } }';
const REVOKE = 'mutation($input: RoleGrantInput!) { revokeRole(input: $input) { roles { role organisationId } } }';
const SIGN_IN = `mutation($input: SignInWithLinkInput!) {
  signInWithLink(input: $input) { refreshToken user { email roles { role organisationId } } }
}`;
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
const REQUEST_LINK = 'mutation($input: RequestSignInLinkInput!) { requestSignInLink(input: $input) }';
const REFRESH = 'mutation($input: RefreshTokenInput!) { refreshToken(input: $input) { user { roles { role } } } }';
const PASSWORD = 'a long partner admin passphrase';

const tokenIn = (text: string): string => {
  const token = /\/login#token=([\w-]+)/.exec(text)?.[1];
  if (!token) throw new Error(`No sign-in link in:\n${text}`);
  return token;
};

describe('inviting people and granting roles', () => {
  const mail = new MailCatcher();
  // Registered before the api's hooks, so the server is listening when the api reads SMTP_URL.
  beforeAll(() => mail.up());
  afterAll(() => mail.down());
  const context = setUpTestApi({
    env: {
      get SMTP_URL() {
        return mail.url;
      },
    },
  });
  let api: TestApi;
  let worker: TestingModule;
  let lead: GraphQLClient;
  let partnerAdmin: GraphQLClient;
  let trust: Organisation;
  let charity: Organisation;
  /** People by given name; Sol works in the other partnership. */
  const people: Record<'ada' | 'ben' | 'cara' | 'dev' | 'sol', Person> = {} as never;

  beforeAll(async () => {
    api = context.api;
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(api.config)] }).compile();
    await worker.init();

    const em = api.em();
    const [northshire, southvale] = await Promise.all(
      ['northshire', 'southvale'].map((slug) => em.findOneOrFail(Partnership, { slug }, { filters: false })),
    );
    const organisation = (partnership: Partnership, name: string, code: string, kind: OrganisationKind) =>
      new Organisation(ref(partnership), { name, code, kind, statutory: kind !== OrganisationKind.VCFSE });
    trust = organisation(northshire, 'Northshire Community Health NHS Trust', 'NCHT', OrganisationKind.HEALTH);
    charity = organisation(northshire, 'Home-Start Northshire', 'HSN', OrganisationKind.VCFSE);
    const southvaleCouncil = organisation(southvale, 'Southvale Council', 'SVC', OrganisationKind.LOCAL_AUTHORITY);
    const person = (at: Organisation, givenName: string, familyName: string, jobTitle: string) => {
      const p = new Person(at.partnership, { givenName, familyName, email: `${givenName.toLowerCase()}@example.org` });
      p.assignments.add(
        new JobAssignment(p, {
          organisation: at,
          jobTitle,
          employmentType: EmploymentType.STAFF,
          startDate: '2025-09-01',
        }),
      );
      return p;
    };
    people.ada = person(trust, 'Ada', 'Okoro', 'Health visitor');
    people.ben = person(trust, 'Ben', 'Hughes', 'Community nursery nurse');
    people.cara = person(trust, 'Cara', 'Lewis', 'Infant feeding lead');
    people.dev = person(charity, 'Dev', 'Patel', 'Volunteer');
    people.sol = person(southvaleCouncil, 'Sol', 'Marsh', 'Early help practitioner');

    const admin = new User(ref(northshire), 'gareth@nchs.example', 'Gareth Lloyd');
    admin.passwordHash = await api.app.get(Passwords).hash(PASSWORD);
    admin.grant(Role.PARTNER_ADMIN, trust.id);
    em.persist([trust, charity, southvaleCouncil, ...Object.values(people), admin]);
    await em.flush();

    lead = (await api.userIn('northshire', 'priya@northshire.example', [Role.WORKFORCE_LEAD])).client;
    const login = await api.client().data(LOGIN, { input: { email: admin.email, password: PASSWORD } });
    partnerAdmin = api.client().withToken(login.login.accessToken);
  });
  afterAll(async () => {
    await worker?.close();
  });

  const invite = (client: GraphQLClient, person: Person, roles: Role[], organisationId: string | null = null) =>
    client.request(INVITE, { input: { personId: person.id, roles, organisationId } });
  const signIn = (token: string) => api.client().request(SIGN_IN, { input: { token } });
  const userOf = async (person: Person) =>
    (await api.em().findOneOrFail(Person, { id: person.id }, { filters: false })).user?.id ?? null;

  describe('invitations', () => {
    it('makes the account, grants the roles, emails a link that signs in once, and audits it', async () => {
      const result = await invite(lead, people.ada, [Role.MANAGER, Role.LEARNER], trust.id);
      expect(result.errors).toBeUndefined();
      const { user, expiresAt } = result.data!.invitePerson;
      expect(user).toMatchObject({ email: 'ada@example.org', displayName: 'Ada Okoro' });
      expect(user.roles).toEqual(
        expect.arrayContaining([
          { role: 'MANAGER', organisationId: trust.id },
          { role: 'LEARNER', organisationId: trust.id },
        ]),
      );
      expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
      expect(await userOf(people.ada)).toBe(user.id);

      const [email] = await mail.waitFor('ada@example.org');
      expect(email.subject).toBe('priya has invited you to Kindred, for Northshire Family Hubs Partnership');
      expect(email.text).toContain('- Manager at Northshire Community Health NHS Trust');
      expect(email.text).toContain('It works once, within 7 days');
      const token = tokenIn(email.text);
      expect(email.html).toContain(`/login#token&#x3D;${token}"`);
      expect(email.html).toContain('<li>Learner at Northshire Community Health NHS Trust</li>');

      const first = await signIn(token);
      expect(first.errors).toBeUndefined();
      expect(first.data?.signInWithLink.user.email).toBe('ada@example.org');
      expect((await signIn(token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

      const audit = await api.em().find(AuditEntry, { personId: people.ada.id }, { filters: false });
      expect(audit).toEqual([expect.objectContaining({ action: 'INVITED', entityType: 'User', entityId: user.id })]);
    });

    it('sends a new link when inviting again, and the earlier link stops working', async () => {
      expect((await invite(lead, people.ben, [Role.LEARNER])).errors).toBeUndefined();
      const [first] = await mail.waitFor('ben@example.org');
      expect((await invite(lead, people.ben, [Role.TRAINER])).errors).toBeUndefined();
      const [, second] = await mail.waitFor('ben@example.org', 2);

      expect((await signIn(tokenIn(first.text))).errors?.[0]).toMatchObject({
        message: 'This sign-in link is not valid. Ask for a new one on the sign-in page.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      const signedIn = await signIn(tokenIn(second.text));
      expect(signedIn.data?.signInWithLink.user.roles.map((r: { role: string }) => r.role).sort()).toEqual([
        'LEARNER',
        'TRAINER',
      ]);
    });

    it('lets a partner admin invite their own organisation’s people to roles they may give there', async () => {
      const result = await invite(partnerAdmin, people.cara, [Role.VOLUNTEER_COORDINATOR], trust.id);
      expect(result.errors).toBeUndefined();
      expect(result.data?.invitePerson.user.roles).toEqual([
        { role: 'VOLUNTEER_COORDINATOR', organisationId: trust.id },
      ]);
      await mail.waitFor('cara@example.org');
    });

    it('refuses a partner admin anyone outside their organisation, roles beyond theirs, and partnership-wide grants', async () => {
      const refusals = [
        [await invite(partnerAdmin, people.dev, [Role.LEARNER], trust.id), 'NOT_FOUND'],
        [await invite(partnerAdmin, people.dev, [Role.LEARNER], charity.id), 'NOT_FOUND'],
        [await invite(partnerAdmin, people.cara, [Role.WORKFORCE_LEAD], trust.id), 'FORBIDDEN'],
        [await invite(partnerAdmin, people.cara, [Role.LEARNER], charity.id), 'FORBIDDEN'],
        [await invite(partnerAdmin, people.cara, [Role.LEARNER]), 'FORBIDDEN'],
      ] as const;
      expect(refusals.map(([result]) => result.errors?.[0].extensions?.code)).toEqual(refusals.map(([, code]) => code));
      expect(refusals[2][0].errors?.[0].message).toBe('You cannot grant the role WORKFORCE_LEAD.');
      expect(await userOf(people.dev)).toBeNull();
      expect(await api.em().count(Notification, { recipientEmail: 'dev@example.org' }, { filters: false })).toBe(0);
    });

    it('answers another partnership’s person exactly as an unknown one', async () => {
      const unknownId = '6f1c2b9e-0000-4000-8000-000000000000';
      const cross = await invite(lead, people.sol, [Role.LEARNER]);
      const unknown = await lead.request(INVITE, { input: { personId: unknownId, roles: [Role.LEARNER] } });
      expect(cross.errors?.[0]).toMatchObject({
        message: `Person ${people.sol.id} was not found.`,
        extensions: { code: 'NOT_FOUND' },
      });
      expect(unknown.errors?.[0]).toMatchObject({
        message: `Person ${unknownId} was not found.`,
        extensions: { code: 'NOT_FOUND' },
      });
      expect(await userOf(people.sol)).toBeNull();
    });

    it('refuses bad input: no roles, or a role that does not exist', async () => {
      expect((await invite(lead, people.dev, [])).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await invite(lead, people.dev, ['OVERLORD' as Role])).errors?.[0].extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
    });
  });

  describe('role grants', () => {
    const grantInput = (userId: string, role: Role, organisationId: string | null = null) => ({
      input: { userId, role, organisationId },
    });
    let adaUserId: string;

    beforeAll(async () => {
      adaUserId = (await userOf(people.ada))!;
    });

    it('grants and revokes idempotently, auditing each change once against the person', async () => {
      const grant = grantInput(adaUserId, Role.SUPERVISOR);
      expect((await lead.data(GRANT, grant)).grantRole.roles).toContainEqual({
        role: 'SUPERVISOR',
        organisationId: null,
      });
      expect((await lead.data(GRANT, grant)).grantRole.roles).toHaveLength(3);
      expect((await lead.data(REVOKE, grant)).revokeRole.roles).not.toContainEqual({
        role: 'SUPERVISOR',
        organisationId: null,
      });
      expect((await lead.data(REVOKE, grant)).revokeRole.roles).toHaveLength(2);

      const audit = await api
        .em()
        .find(
          AuditEntry,
          { personId: people.ada.id, action: { $in: ['ROLE_GRANTED', 'ROLE_REVOKED'] } },
          { filters: false, orderBy: { createdAt: 'asc' } },
        );
      expect(audit.map((a) => [a.action, a.changes.role])).toEqual([
        ['ROLE_GRANTED', [null, 'SUPERVISOR']],
        ['ROLE_REVOKED', ['SUPERVISOR', null]],
      ]);
    });

    it('reaches the grantee at their next token refresh', async () => {
      const ben = await api.em().findOneOrFail(User, { email: 'ben@example.org' }, { filters: false });
      const before = mail.to(ben.email).length;
      await api.client().data(REQUEST_LINK, { input: { email: ben.email } });
      const link = (await mail.waitFor(ben.email, before + 1))[before];
      const session = (await signIn(tokenIn(link.text))).data?.signInWithLink;
      expect(session.user.roles.map((r: { role: string }) => r.role)).not.toContain('SUPERVISOR');

      await lead.data(GRANT, grantInput(ben.id, Role.SUPERVISOR));
      const refreshed = await api.client().data(REFRESH, { input: { refreshToken: session.refreshToken } });
      expect(refreshed.refreshToken.user.roles.map((r: { role: string }) => r.role)).toContain('SUPERVISOR');
    });

    it('holds partner admins to their organisation and the roles they may give', async () => {
      const caraUserId = (await userOf(people.cara))!;
      const lead = await partnerAdmin.request(GRANT, grantInput(caraUserId, Role.WORKFORCE_LEAD, trust.id));
      expect(lead.errors?.[0]).toMatchObject({
        message: 'You cannot grant the role WORKFORCE_LEAD.',
        extensions: { code: 'FORBIDDEN' },
      });
      const manager = await partnerAdmin.data(GRANT, grantInput(caraUserId, Role.MANAGER, trust.id));
      expect(manager.grantRole.roles).toContainEqual({ role: 'MANAGER', organisationId: trust.id });

      // A partnership-wide grant is not a partner admin's to give or take away, even to their own people.
      const wide = await partnerAdmin.request(REVOKE, grantInput(adaUserId, Role.LEARNER));
      expect(wide.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('answers a user outside the partner admin’s organisation, or another partnership’s, as unknown', async () => {
      const devInvite = await invite(lead, people.dev, [Role.LEARNER], charity.id);
      const devUserId = devInvite.data?.invitePerson.user.id;
      const southvaleUser = (await api.userIn('southvale', 'ops@southvale.example', [Role.LEARNER])).user;
      for (const [client, userId] of [
        [partnerAdmin, devUserId],
        [lead, southvaleUser.id],
      ] as const) {
        const result = await client.request(GRANT, { input: { userId, role: Role.LEARNER } });
        expect(result.errors?.[0]).toMatchObject({
          message: `User ${userId} was not found.`,
          extensions: { code: 'NOT_FOUND' },
        });
      }
    });

    it('does not let anyone change their own roles', async () => {
      const me = await lead.data('{ me { id } }');
      const result = await lead.request(REVOKE, { input: { userId: me.me.id, role: Role.WORKFORCE_LEAD } });
      expect(result.errors?.[0]).toMatchObject({
        message: 'Ask another administrator to change your own roles.',
        extensions: { code: 'FORBIDDEN' },
      });
    });
  });
});
