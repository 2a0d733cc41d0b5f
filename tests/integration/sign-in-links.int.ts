import { Test, type TestingModule } from '@nestjs/testing';
import { ref } from '@mikro-orm/core';
import { Role, SignInToken } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { JobQueue, waitForIdleQueues } from '@kindred/jobs';
import { Notification, NotificationStatus, Outbox, OutboxRelay, sendNotification } from '@kindred/notify';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { MailCatcher } from '../../libs/notify/src/testing/mail-catcher';

const REQUEST = 'mutation($input: RequestSignInLinkInput!) { requestSignInLink(input: $input) }';
const SIGN_IN = `mutation($input: SignInWithLinkInput!) {
  signInWithLink(input: $input) { accessToken refreshToken user { email roles { role } } }
}`;

const tokenIn = (text: string): string => {
  const token = /\/login#token=([\w-]+)/.exec(text)?.[1];
  if (!token) throw new Error(`No sign-in link in:\n${text}`);
  return token;
};

describe('one-time email sign-in links, and the outbox that sends them', () => {
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
    configure: (config) => Object.assign(config.jobs, { attempts: 3, backoffMs: 50 }),
  });
  let api: TestApi;
  let anonymous: GraphQLClient;
  let worker: TestingModule;
  let queue: JobQueue;

  beforeAll(async () => {
    api = context.api;
    anonymous = api.client();
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(api.config)] }).compile();
    await worker.init();
    queue = api.app.get(JobQueue);
  });
  afterAll(async () => {
    await worker?.close();
  });

  const request = (email: string) => anonymous.request(REQUEST, { input: { email } });
  const signIn = (token: string) => anonymous.request(SIGN_IN, { input: { token } });

  /** Asks for a link for `email` and returns the token from the email that arrives. */
  const linkFor = async (email: string): Promise<string> => {
    const before = mail.to(email).length;
    expect(await request(email)).toEqual({ data: { requestSignInLink: true } });
    return tokenIn((await mail.waitFor(email, before + 1))[before].text);
  };

  describe('signing in', () => {
    beforeAll(async () => {
      await api.userIn('northshire', 'volunteer@home-start.example', [Role.LEARNER]);
    });

    it('emails a link, with subject, text and HTML, that signs in exactly once', async () => {
      expect(await request('  Volunteer@Home-Start.example ')).toEqual({ data: { requestSignInLink: true } });
      const [email] = await mail.waitFor('volunteer@home-start.example');
      expect(email.subject).toBe('Your link to sign in to Kindred');
      expect(email.headers.from).toBe('Northshire Family Hubs Partnership <workforce@northshire-familyhubs.example>');
      expect(email.text).toContain('It works once, within 15 minutes');
      const token = tokenIn(email.text);
      expect(email.html).toContain(`/login#token&#x3D;${token}"`);

      const first = await signIn(token);
      expect(first.errors).toBeUndefined();
      expect(first.data?.signInWithLink.user).toEqual({
        email: 'volunteer@home-start.example',
        roles: [{ role: 'LEARNER' }],
      });
      const me = await anonymous.withToken(first.data?.signInWithLink.accessToken).data('{ me { email } }');
      expect(me.me.email).toBe('volunteer@home-start.example');

      const again = await signIn(token);
      expect(again.errors?.[0]).toMatchObject({
        message: 'This sign-in link has already been used. Ask for a new one on the sign-in page.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(again.data).toBeNull();
    });

    it('lets exactly one of two simultaneous uses through', async () => {
      const token = await linkFor('volunteer@home-start.example');
      const results = await Promise.all([signIn(token), signIn(token)]);
      expect(results.filter((r) => r.data?.signInWithLink).length).toBe(1);
      expect(results.filter((r) => r.errors?.[0].extensions?.code === 'UNAUTHENTICATED').length).toBe(1);
    });

    it('refuses an expired link and a token it never issued', async () => {
      const token = await linkFor('volunteer@home-start.example');
      await api
        .em()
        .nativeUpdate(SignInToken, { tokenHash: SignInToken.hash(token) }, { expiresAt: new Date(Date.now() - 1000) });
      expect((await signIn(token)).errors?.[0]).toMatchObject({
        message: 'This sign-in link has expired. Ask for a new one on the sign-in page.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect((await signIn('made-up-token')).errors?.[0]).toMatchObject({
        message: 'This sign-in link is not valid. Ask for a new one on the sign-in page.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    });

    it('answers true for an email with no account, and sends nothing', async () => {
      expect(await request('nobody@northshire.example')).toEqual({ data: { requestSignInLink: true } });
      await waitForIdleQueues(queue, 20_000);
      expect(mail.to('nobody@northshire.example')).toEqual([]);
      expect(
        await api.em().count(Notification, { recipientEmail: 'nobody@northshire.example' }, { filters: false }),
      ).toBe(0);
    });

    it('keeps the token out of the database: the row holds its id and hash, the outbox only the id', async () => {
      const token = await linkFor('volunteer@home-start.example');
      await waitForIdleQueues(queue, 20_000); // the row turns SENT just after the mail server has it
      const stored = await api
        .em()
        .findOneOrFail(SignInToken, { tokenHash: SignInToken.hash(token) }, { filters: false });
      const notification = await api
        .em()
        .findOneOrFail(Notification, { dedupeKey: `sign-in-link:${stored.id}` }, { filters: false });
      expect(notification.status).toBe(NotificationStatus.SENT);
      expect(notification.data).toMatchObject({ signInTokenId: stored.id });
      expect(JSON.stringify(notification.data)).not.toContain(token);
    });

    it('caps the links asked for one email, answering known and unknown emails alike', async () => {
      await api.userIn('northshire', 'coordinator@home-start.example', [Role.LEARNER]);
      for (const email of ['capped@northshire.example', 'coordinator@home-start.example']) {
        for (let i = 0; i < 5; i += 1) expect((await request(email)).errors).toBeUndefined();
        expect((await request(email)).errors?.[0]).toMatchObject({
          message: expect.stringMatching(
            /^Too many sign-in links were asked for this email\. Try again in \d+ minutes?\.$/,
          ),
          extensions: { code: 'TOO_MANY_REQUESTS' },
        });
      }
    });

    it('refuses an address that is not an email', async () => {
      expect((await request('not-an-email')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('the outbox', () => {
    let northshire: Partnership;

    beforeAll(async () => {
      northshire = await api.em().findOneOrFail(Partnership, { slug: 'northshire' }, { filters: false });
    });

    const message = (recipientEmail: string, dedupeKey: string) => ({
      partnership: ref(northshire),
      recipientEmail,
      type: 'sign-in-link',
      data: { signInTokenId: '3f8e2a10-0000-4000-8000-000000000001', displayName: 'Test', expiresInMinutes: 15 },
      dedupeKey,
    });

    const relayAndWait = async () => {
      await worker.get(OutboxRelay).relay();
      await waitForIdleQueues(queue, 20_000);
    };

    it('never sends a message whose change rolled back', async () => {
      const outbox = api.app.get(Outbox);
      await expect(
        api.em().transactional(async (em) => {
          await outbox.enqueue(em, message('rolled-back@northshire.example', 'test:rolled-back'));
          await em.flush();
          throw new Error('the change was refused');
        }),
      ).rejects.toThrow('the change was refused');
      await relayAndWait();
      expect(mail.to('rolled-back@northshire.example')).toEqual([]);
      expect(await api.em().count(Notification, { dedupeKey: 'test:rolled-back' }, { filters: false })).toBe(0);
    });

    it('sends one email per dedupe key, however often it is enqueued or its job runs', async () => {
      const outbox = api.app.get(Outbox);
      const enqueued: boolean[] = [];
      for (let i = 0; i < 2; i += 1) {
        await api.em().transactional(async (em) => {
          enqueued.push(await outbox.enqueue(em, message('once@northshire.example', 'test:once')));
          enqueued.push(await outbox.enqueue(em, message('once@northshire.example', 'test:once')));
        });
      }
      expect(enqueued).toEqual([true, false, false, false]);
      await relayAndWait();
      await mail.waitFor('once@northshire.example');

      const row = await api.em().findOneOrFail(Notification, { dedupeKey: 'test:once' }, { filters: false });
      await queue.add(sendNotification, { notificationId: row.id }, { jobId: `${row.id}:again` });
      await relayAndWait();
      expect(mail.to('once@northshire.example')).toHaveLength(1);
      expect(await api.em().findOneOrFail(Notification, { id: row.id }, { filters: false })).toMatchObject({
        status: NotificationStatus.SENT,
        attempts: 1,
        sentAt: expect.any(Date),
      });
    });

    it('retries a send while the mail server is down and, after the last try, marks it FAILED with the error', async () => {
      await mail.down();
      try {
        await api.em().transactional(async (em) => {
          await api.app.get(Outbox).enqueue(em, message('unlucky@northshire.example', 'test:smtp-down'));
        });
        await relayAndWait();
      } finally {
        await mail.up();
      }
      const row = await api.em().findOneOrFail(Notification, { dedupeKey: 'test:smtp-down' }, { filters: false });
      expect(row).toMatchObject({ status: NotificationStatus.FAILED, attempts: 3, sentAt: null });
      expect(row.lastError).toMatch(/ECONNREFUSED/);
      const failed = (await queue.failed(1, 100)).nodes.find((job) => job.id === row.id);
      expect(failed).toMatchObject({ name: 'notify.send', attemptsMade: 3 });
      expect(JSON.parse(failed!.data)).toEqual({ notificationId: row.id, partnershipId: northshire.id });
      expect(mail.to('unlucky@northshire.example')).toEqual([]);
    });
  });
});
