import { Role } from '@kindred/auth';
import { Partnership, scopeToPartnership } from '@kindred/database';
import { JobQueue, waitForIdleQueues } from '@kindred/jobs';
import { JobAssignment } from '@kindred/org';
import {
  Booking,
  BookingPush,
  BookingPushAction,
  pushBooking,
  ProviderRecords,
  TrainingSession,
} from '@kindred/training';
import type { GraphQLClient } from '@kindred/testing';
import { enable, setUpPluginSync } from './support/plugin-sync';

const PROVIDER = 'Solihull Approach online';
process.env.TEST_SOLIHULL_BOOKING_KEY = 'booking-key-7';

const BOOK = `mutation($input: BookSessionInput!) { bookSession(input: $input) { booking { id status } } }`;
const CANCEL = `mutation($id: ID!) { cancelBooking(id: $id) { id status } }`;
const PUSHES = `query($filter: BookingPushFilter) {
  bookingPushes(filter: $filter) { totalCount nodes { bookingId action status provider sessionExternalId learnerName attempts reference message } }
}`;
const RETRY = `mutation($input: RetryBookingPushInput!) { retryBookingPush(input: $input) { bookingId action status } }`;

type Answer = { status: number; body?: unknown; delayMs?: number };

// Bookings made in Kindred on a provider's own session, pushed by the http-json plugin to a local
// server playing the provider's booking API; the worker runs in-process with quick retries.
describe('booking push: bookings and cancellations on a provider session reach the provider', () => {
  let answer: (method: string, path: string, body: string) => Answer;
  const sync = setUpPluginSync((stub) => [
    enable('http-json', 'solihull', PROVIDER, {
      baseUrl: `${stub.url}/api/`,
      authHeader: { name: 'x-api-key', value: { env: 'TEST_SOLIHULL_BOOKING_KEY' } },
      bookings: {
        create: {
          path: 'sessions/{sessionId}/bookings',
          fields: { bookingId: 'clientReference', name: 'attendee.name', email: 'attendee.email' },
          reference: 'booking.id',
        },
        cancel: { path: 'bookings/{reference}' },
      },
      // Room for a loaded machine: a reply later than this counts as a timeout, and the push is tried again.
      timeoutMs: 2_000,
    }),
  ]);
  const DAY = 86_400_000;
  let sessionId: string;
  let otherSessionId: string;
  let people: { id: string; fullName: string; email: string }[];
  const queue = () => sync.api.app.get(JobQueue);
  const settle = () => waitForIdleQueues(queue(), 30_000);
  const pushOf = (bookingId: string, action: BookingPushAction) =>
    sync.api.em().findOneOrFail(BookingPush, { booking: bookingId, action }, { filters: false });
  const statusOf = async (bookingId: string) =>
    (await sync.api.em().findOneOrFail(Booking, bookingId, { filters: false })).status;
  const book = async (person: number, session = sessionId) => {
    const { bookSession } = await sync.lead.data(BOOK, {
      input: { sessionId: session, personId: people[person].id, overrideReason: 'Booked by the provider test' },
    });
    expect(bookSession.booking.status).toBe('CONFIRMED');
    await settle();
    return bookSession.booking.id as string;
  };
  const posts = () => sync.stub.requests.filter((r) => r.method === 'POST');

  beforeAll(async () => {
    // The provider's catalogue and sessions, as its sync would have brought them in.
    const em = sync.api.em();
    const partnership = await em.findOneOrFail(Partnership, { slug: 'northshire' }, { filters: false });
    scopeToPartnership(em, partnership.id);
    await em.transactional(async (tx) => {
      const records = new ProviderRecords(tx);
      const startsAt = new Date(Date.now() + 200 * DAY);
      const endsAt = new Date(startsAt.getTime() + 3_600_000);
      for (const [name, course, session] of [
        [PROVIDER, 'Solihull Approach: understanding your child', 'SA-SESSION-1'],
        ['Northshire Reading Partnership', 'Reading with toddlers', 'NRP-1'],
      ]) {
        const provider = await records.provider(partnership, name);
        await records.course(provider, { externalId: `${session}-course`, title: course, durationMinutes: 60 });
        await tx.flush();
        await records.session(
          provider,
          { externalId: session, courseTitle: course, startsAt, endsAt, onlineUrl: 'https://meet.provider.example/' },
          new Date(),
        );
      }
    });
    const sessions = await em.find(TrainingSession, { externalId: { $ne: null } }, { filters: false });
    sessionId = sessions.find((s) => s.externalId === 'SA-SESSION-1')!.id;
    otherSessionId = sessions.find((s) => s.externalId === 'NRP-1')!.id;
    const jobs = await em.find(
      JobAssignment,
      { partnership, endDate: null },
      { filters: false, populate: ['person'], orderBy: { person: { email: 'ASC' } } },
    );
    const seen = new Set<string>();
    people = jobs
      .map((j) => j.person.getEntity())
      // Not the lead signed in: booking for themselves would ask their manager first.
      .filter((p) => p.email !== 'lead@northshire.example' && !seen.has(p.id) && seen.add(p.id))
      .slice(0, 5)
      .map((p) => ({ id: p.id, fullName: p.fullName, email: p.email }));
  });

  beforeEach(() => {
    answer = (method, path) =>
      method === 'POST' && path === '/api/sessions/SA-SESSION-1/bookings'
        ? { status: 201, body: { booking: { id: `SA-${posts().length}` } } }
        : method === 'DELETE' && path.startsWith('/api/bookings/')
          ? { status: 204 }
          : { status: 404, body: {} };
    sync.stub.reset(async (req, res, body) => {
      const { status, body: json, delayMs } = answer(req.method ?? 'GET', (req.url ?? '').split('?')[0], body);
      if (delayMs) await new Promise((done) => setTimeout(done, delayMs));
      res.writeHead(status, { 'content-type': 'application/json' }).end(json === undefined ? '' : JSON.stringify(json));
    });
  });

  it('posts a confirmed booking once, and its cancellation names the reference the provider gave', async () => {
    const bookingId = await book(0);
    expect(posts()).toHaveLength(1);
    const [post] = posts();
    expect(post.headers['x-api-key']).toBe('booking-key-7');
    expect(JSON.parse(post.body)).toEqual({
      clientReference: bookingId,
      attendee: { name: people[0].fullName, email: people[0].email },
    });
    const booked = await pushOf(bookingId, BookingPushAction.BOOK);
    expect([booked.status, booked.reference, booked.attempts]).toEqual(['SUCCEEDED', 'SA-1', 1]);

    // The job again (a worker's second try, a relay's second add): the provider hears nothing more.
    await queue().add(pushBooking, { pushId: booked.id, partnershipId: booked.partnership.id }, { jobId: 'again' });
    await settle();
    expect(posts()).toHaveLength(1);

    expect((await sync.lead.data(CANCEL, { id: bookingId })).cancelBooking.status).toBe('CANCELLED');
    await settle();
    expect(sync.stub.requests.filter((r) => r.method === 'DELETE').map((r) => r.url)).toEqual(['/api/bookings/SA-1']);
    const cancelled = await pushOf(bookingId, BookingPushAction.CANCEL);
    expect([cancelled.status, cancelled.reference]).toEqual(['SUCCEEDED', 'SA-1']);

    // A provider no plugin pushes bookings to: the push is logged as skipped and nothing is sent.
    const elsewhere = await book(1, otherSessionId);
    expect(sync.stub.requests).toHaveLength(2);
    expect(await pushOf(elsewhere, BookingPushAction.BOOK)).toMatchObject({
      status: 'SKIPPED',
      message: 'Northshire Reading Partnership takes no bookings from Kindred: no plugin enabled for it pushes them.',
    });
  });

  it('records refused credentials and a timeout as failed pushes, keeps the booking, and retries from the console', async () => {
    answer = () => ({ status: 401, body: { error: 'bad key' } });
    const bookingId = await book(2);
    expect(posts()).toHaveLength(1);
    expect(await statusOf(bookingId)).toBe('CONFIRMED');
    const { bookingPushes } = await sync.lead.data(PUSHES, { filter: { statuses: ['FAILED'] } });
    expect(bookingPushes.nodes).toEqual([
      {
        bookingId,
        action: 'BOOK',
        status: 'FAILED',
        provider: PROVIDER,
        sessionExternalId: 'SA-SESSION-1',
        learnerName: people[2].fullName,
        attempts: 1,
        reference: null,
        message: expect.stringMatching(/refused the credentials \(HTTP 401\)/),
      },
    ]);

    // The provider is slow: each try times out, the queue tries again, then the push fails.
    answer = () => ({ status: 201, body: { booking: { id: 'SA-LATE' } }, delayMs: 3_000 });
    const retried = await sync.lead.data(RETRY, { input: { bookingId, action: 'BOOK' } });
    expect(retried.retryBookingPush).toEqual({ bookingId, action: 'BOOK', status: 'PENDING' });
    await settle();
    const timedOut = await pushOf(bookingId, BookingPushAction.BOOK);
    expect([timedOut.status, timedOut.attempts]).toEqual(['FAILED', 5]);
    expect(timedOut.message).toMatch(/did not answer .* within 2 s\.$/);
    expect(await statusOf(bookingId)).toBe('CONFIRMED');

    // Fixed: the retry reaches it, and a push that succeeded is not retried again.
    answer = () => ({ status: 201, body: { booking: { id: 'SA-FIXED' } } });
    await sync.lead.data(RETRY, { input: { bookingId, action: 'BOOK' } });
    await settle();
    expect(await pushOf(bookingId, BookingPushAction.BOOK)).toMatchObject({
      status: 'SUCCEEDED',
      reference: 'SA-FIXED',
    });
    const again = await sync.lead.request(RETRY, { input: { bookingId, action: 'BOOK' } });
    expect(again.errors?.[0]).toMatchObject({
      message: 'Only a failed push is retried; this one is succeeded.',
      extensions: { code: 'CONFLICT' },
    });

    // A place cancelled before it ever reached the provider: nothing is sent, nothing is left failed.
    answer = () => ({ status: 401, body: {} });
    const never = await book(3);
    await sync.lead.data(CANCEL, { id: never });
    await settle();
    expect(await statusOf(never)).toBe('CANCELLED');
    expect((await pushOf(never, BookingPushAction.BOOK)).status).toBe('SKIPPED');
    expect(await pushOf(never, BookingPushAction.CANCEL)).toMatchObject({
      status: 'SKIPPED',
      message: `The booking never reached ${PROVIDER}: there is nothing to cancel there.`,
    });
    expect(sync.stub.requests.filter((r) => r.method === 'DELETE')).toHaveLength(0);
  });

  it("answers NOT_FOUND for another partnership's booking, and bad input, changing nothing", async () => {
    answer = () => ({ status: 401, body: {} });
    const bookingId = await book(4);
    const { client: southvale } = await sync.api.userIn('southvale', 'push.lead@southvale.example', [
      Role.WORKFORCE_LEAD,
    ]);
    const errorOf = async (client: GraphQLClient, input: Record<string, unknown>) =>
      (await client.request(RETRY, { input })).errors?.[0]?.extensions?.code;
    expect(await errorOf(southvale, { bookingId, action: 'BOOK' })).toBe('NOT_FOUND');
    expect((await southvale.data(PUSHES)).bookingPushes.totalCount).toBe(0);
    expect(await errorOf(sync.lead, { bookingId: '00000000-0000-4000-8000-000000000000', action: 'BOOK' })).toBe(
      'NOT_FOUND',
    );
    expect(await errorOf(sync.lead, { bookingId, action: 'CANCEL' })).toBe('NOT_FOUND');
    expect(await errorOf(sync.lead, { bookingId: 'not-an-id', action: 'BOOK' })).toBe('BAD_USER_INPUT');
    const learner = await sync.api.loginAs(Role.LEARNER);
    expect(await errorOf(learner, { bookingId, action: 'BOOK' })).toBe('FORBIDDEN');
    const push = await pushOf(bookingId, BookingPushAction.BOOK);
    expect([push.status, push.attempts, push.round]).toEqual(['FAILED', 1, 0]);
    expect(posts()).toHaveLength(1);
  });

  it('gives the places back to the provider when the partnership calls the session off', async () => {
    // The place from the test before, booked with the provider once it answered.
    const live = await sync.api
      .em()
      .find(BookingPush, { action: BookingPushAction.BOOK, reference: 'SA-FIXED' }, { filters: false });
    expect(live).toHaveLength(1);
    await sync.lead.data('mutation($input: CancelSessionInput!) { cancelSession(input: $input) { id status } }', {
      input: { id: sessionId, reason: 'The provider cannot run it that day.' },
    });
    await settle();
    expect(sync.stub.requests.map((r) => [r.method, r.url])).toEqual([['DELETE', '/api/bookings/SA-FIXED']]);
    expect(await pushOf(live[0].booking.id, BookingPushAction.CANCEL)).toMatchObject({
      status: 'SUCCEEDED',
      reference: 'SA-FIXED',
    });
  });
});
