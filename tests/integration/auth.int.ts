import { Role } from '@kindred/auth';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';
import { DEMO_PASSWORD } from '@kindred/demo';

const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken accessTokenExpiresAt user { email permissions roles { role } partnership { name } } }
}`;
const REFRESH = 'mutation($input: RefreshTokenInput!) { refreshToken(input: $input) { accessToken refreshToken } }';

describe('signing in', () => {
  const context = setUpTestApi({ seedDemo: true });
  let api: TestApi;
  let anonymous: GraphQLClient;

  beforeAll(() => {
    api = context.api;
    anonymous = api.client();
  });

  const login = (email: string, password: string) => anonymous.request(LOGIN, { input: { email, password } });

  it('signs in with the right password and reports what the user may do', async () => {
    const { data, errors } = await login('Lead@Northshire.example ', DEMO_PASSWORD);
    expect(errors).toBeUndefined();
    expect(data?.login.user).toMatchObject({
      email: 'lead@northshire.example',
      roles: [{ role: 'WORKFORCE_LEAD' }, { role: 'LEARNER' }],
      partnership: { name: 'Northshire Family Hubs Partnership' },
    });
    expect(data?.login.user.permissions).toEqual(
      expect.arrayContaining(['me.read', 'partnership.read', 'person.write']),
    );
    expect(data?.login.user.permissions).not.toContain('job.read');
    const me = await anonymous.withToken(data?.login.accessToken).data('{ me { displayName } }');
    expect(me.me.displayName).toBe('Priya Shah');
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const wrong = await login('manager@northshire.example', 'not the password');
    const unknown = await login('nobody@northshire.example', 'not the password');
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]).toMatchObject({
      message: wrong.errors?.[0].message,
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(wrong.data).toBeNull();
  });

  it('locks an email after repeated failures, even for the right password', async () => {
    const email = 'trainer@northshire.example';
    for (let i = 0; i < api.config.auth.loginMaxFailures; i += 1) {
      expect((await login(email, `guess ${i}`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const locked = await login(email, DEMO_PASSWORD);
    expect(locked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.errors?.[0].message).toMatch(/Try again in \d+ minutes?/);
    // Another account is not affected.
    expect((await login('supervisor@northshire.example', DEMO_PASSWORD)).errors).toBeUndefined();
  });

  it('rejects malformed input before looking anyone up', async () => {
    const result = await login('not-an-email', 'x');
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(result.errors?.[0].message).toContain('Enter an email address');
    const wrongType = await anonymous.request(LOGIN, { input: { email: 42, password: 'x' } });
    expect(wrongType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rotates refresh tokens and ends the whole sign-in when an old one is replayed', async () => {
    const first = (
      await anonymous.data(LOGIN, { input: { email: 'volunteers@northshire.example', password: DEMO_PASSWORD } })
    ).login;
    const second = (await anonymous.data(REFRESH, { input: { refreshToken: first.refreshToken } })).refreshToken;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await anonymous.withToken(second.accessToken).data('{ me { id } }');

    const replay = await anonymous.request(REFRESH, { input: { refreshToken: first.refreshToken } });
    expect(replay.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The replay revoked the family, so the token issued by the honest refresh is dead too.
    const after = await anonymous.request(REFRESH, { input: { refreshToken: second.refreshToken } });
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets only one of two concurrent refreshes with the same token win', async () => {
    const signedIn = (
      await anonymous.data(LOGIN, { input: { email: 'learner@northshire.example', password: DEMO_PASSWORD } })
    ).login;
    const results = await Promise.all(
      [1, 2].map(() => anonymous.request(REFRESH, { input: { refreshToken: signedIn.refreshToken } })),
    );
    expect(results.filter((r) => !r.errors).length).toBeLessThanOrEqual(1);
  });

  it('logs out: the refresh token stops working', async () => {
    const signedIn = (
      await anonymous.data(LOGIN, { input: { email: 'partner.admin@northshire.example', password: DEMO_PASSWORD } })
    ).login;
    expect(
      (
        await anonymous.data('mutation($input: LogoutInput!) { logout(input: $input) }', {
          input: { refreshToken: signedIn.refreshToken },
        })
      ).logout,
    ).toBe(true);
    const refreshed = await anonymous.request(REFRESH, { input: { refreshToken: signedIn.refreshToken } });
    expect(refreshed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged or garbled access token', async () => {
    const forged = await anonymous
      .withToken('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl')
      .request('{ me { id } }');
    expect(forged.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('changing a password', () => {
    const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';
    let client: GraphQLClient;
    beforeAll(async () => {
      client = (await api.userIn('northshire', 'changer@northshire.example', [Role.LEARNER], 'the original passphrase'))
        .client;
    });

    it.each([
      ['too short', 'short', /at least 12 characters/],
      ['on the common list', 'password1234', /too easy to guess/],
      ['containing the email name', 'changer-changer-2026', /too easy to guess/],
    ])('refuses a password %s and keeps the old one', async (_, newPassword, message) => {
      const result = await client.request(CHANGE, {
        input: { currentPassword: 'the original passphrase', newPassword },
      });
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(result.errors?.[0].message).toMatch(message);
      expect((await login('changer@northshire.example', 'the original passphrase')).errors).toBeUndefined();
    });

    it('refuses a wrong current password', async () => {
      const result = await client.request(CHANGE, {
        input: { currentPassword: 'a wrong guess', newPassword: 'orchard lantern velvet' },
      });
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('changes it and ends the other sign-ins', async () => {
      const other = (
        await anonymous.data(LOGIN, {
          input: { email: 'changer@northshire.example', password: 'the original passphrase' },
        })
      ).login;
      expect(
        (
          await client.data(CHANGE, {
            input: { currentPassword: 'the original passphrase', newPassword: 'orchard lantern velvet' },
          })
        ).changePassword,
      ).toBe(true);
      expect((await login('changer@northshire.example', 'the original passphrase')).errors?.[0].extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      expect((await login('changer@northshire.example', 'orchard lantern velvet')).errors).toBeUndefined();
      const refreshed = await anonymous.request(REFRESH, { input: { refreshToken: other.refreshToken } });
      expect(refreshed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
