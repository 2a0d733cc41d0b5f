// Booking under contention: 200 clients at once book people onto one session through the real
// GraphQL api, against a database of its own on the machine's PostgreSQL (TEST_DATABASE_URL), and
// then the same number take a seat on another session in a plain SQL transaction that holds the
// same lock on the session row. Run with `npm run bench -- booking`; the last line printed is
// {"kindredPerSecond":A,"plainSqlPerSecond":B,"ratio":R,"p95Ms":P}.
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Pool } from 'pg';
import { Role } from '@kindred/auth';
import { ormOptions, Partnership } from '@kindred/database';
import { BookingApproval, Organisation, OrganisationKind, Team } from '@kindred/org';
import { createTestDatabase, type GraphQLClient, startApi } from '@kindred/testing';
import { Course, CourseMode } from '../libs/training/src/course/course.entity';
import { ProviderKind, TrainingProvider } from '../libs/training/src/provider/training-provider.entity';

const CLIENTS = 200;
const BOOKINGS = 2000;
/** Untimed bookings first, one per client on a session of their own, so the timed run meets a warm process. */
const WARM_UP = CLIENTS;
/**
 * A large virtual session (the api allows up to 1000 places): the first half of the arrivals are
 * confirmed and the second half waitlisted, so both outcomes are timed under the lock.
 */
const CAPACITY = 1000;
const TARGET_RATIO = 0.5;
const DAY_MS = 86_400_000;

const CREATE_SESSION = `mutation($input: CreateSessionInput!) { createSession(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishSession(id: $id) { id } }`;
const BOOK = `mutation($input: BookSessionInput!) { bookSession(input: $input) { warnings booking { id status arrival } } }`;

/** An hour `days` ahead, far enough for the partnership's notice policy. */
const dayAhead = (days: number, hour: number) => {
  const at = new Date(Date.now() + days * DAY_MS);
  at.setUTCHours(hour, 0, 0, 0);
  return at;
};

interface Run {
  seconds: number;
  /** Milliseconds per booking, sorted. */
  latencies: number[];
  /** CPU this process (api and clients alike) used while the run lasted, in milliseconds. */
  cpuMs: number;
}

/** Keeps `CLIENTS` bookings in flight until `total` are done; the first failure stops the run. */
async function contend(total: number, book: (n: number) => Promise<void>): Promise<Run> {
  const latencies: number[] = [];
  let next = 0;
  const client = async () => {
    while (next < total) {
      const n = next++;
      const started = performance.now();
      try {
        await book(n);
      } catch (error) {
        next = total;
        throw error;
      }
      latencies.push(performance.now() - started);
    }
  };
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  return { seconds, latencies: latencies.sort((a, b) => a - b), cpuMs: (user + system) / 1000 };
}

/** Nearest-rank percentile of sorted durations. */
const percentile = (sorted: number[], p: number) => sorted[Math.ceil((p / 100) * sorted.length) - 1];
const round = (value: number) => Number(value.toFixed(1));
const perSecond = (run: Run) => run.latencies.length / run.seconds;

function report(name: string, run: Run): void {
  console.log(
    `${name}: ${run.latencies.length} bookings by ${CLIENTS} clients in ${run.seconds.toFixed(2)} s, ` +
      `${round(perSecond(run))}/s; latency p50 ${round(percentile(run.latencies, 50))} ms, ` +
      `p95 ${round(percentile(run.latencies, 95))} ms, max ${round(run.latencies[run.latencies.length - 1])} ms; ` +
      `${round(run.cpuMs / run.latencies.length)} ms of this process's CPU per booking.`,
  );
}

function assertSensible(condition: boolean, problem: string): asserts condition {
  if (!condition) throw new Error(`The figures are nonsense: ${problem}`);
}

/** Exactly the capacity confirmed, to the first arrivals; everyone else waitlisted behind them. */
async function checkPlaces(em: EntityManager, sessionId: string, bookings: number, name: string): Promise<void> {
  const [row] = await em
    .getConnection()
    .execute<
      { total: number; confirmed: number; waitlisted: number; arrivals: number; last: number; lastConfirmed: number }[]
    >(
      `select count(*)::int as total,
            (count(*) filter (where status = 'CONFIRMED'))::int as confirmed,
            (count(*) filter (where status = 'WAITLISTED'))::int as waitlisted,
            count(distinct arrival)::int as arrivals, max(arrival) as last,
            max(arrival) filter (where status = 'CONFIRMED') as "lastConfirmed"
     from booking where session_id = ?`,
      [sessionId],
    );
  const confirmed = Math.min(CAPACITY, bookings);
  assertSensible(row.total === bookings, `${name} wrote ${row.total} bookings for ${bookings} requests`);
  assertSensible(row.confirmed === confirmed, `${name} confirmed ${row.confirmed} of ${CAPACITY} places`);
  assertSensible(row.waitlisted === bookings - confirmed, `${name} waitlisted ${row.waitlisted}`);
  assertSensible(row.arrivals === bookings && row.last === bookings, `${name} numbered arrivals wrongly`);
  assertSensible(row.lastConfirmed === confirmed, `${name} confirmed someone after the waitlist began`);
}

/** Two partner organisations with a team each; no team limits the share away, so no guard fires. */
async function seedPartners(em: EntityManager): Promise<Course> {
  const partnership = ref(await em.findOneOrFail(Partnership, { slug: 'northshire' }, { filters: false }));
  const organisations = [
    ['BEN-CS', "Benchley Council Children's Services", OrganisationKind.LOCAL_AUTHORITY, 'Early Help'],
    ['BEN-VOL', 'Benchley Home Visiting Volunteers', OrganisationKind.VCFSE, 'Home visiting'],
  ] as const;
  for (const [code, name, kind, team] of organisations) {
    const organisation = new Organisation(partnership, {
      code,
      name,
      kind,
      statutory: kind !== OrganisationKind.VCFSE,
    });
    // Irrelevant to a workforce lead booking for someone else, which needs nobody's approval.
    organisation.bookingApproval = BookingApproval.NONE;
    em.persist([organisation, new Team(organisation, team)]);
  }
  const provider = new TrainingProvider(partnership, {
    name: 'Benchley workforce development',
    kind: ProviderKind.IN_HOUSE,
    organisation: null,
    contactEmail: null,
    website: null,
  });
  const course = new Course(provider, {
    title: 'Safeguarding children level 2',
    summary: 'Recognising and responding to concerns about a child.',
    outcomes: ['Know when and how to raise a concern'],
    mode: CourseMode.VIRTUAL,
    durationMinutes: 180,
    cpdMinutes: 180,
    audience: { roleProfileIds: [], employmentTypes: [], organisationIds: [] },
    validityMonths: 36,
    reminderMonths: [3],
    costPerPlacePence: 4500,
  });
  await em.persist([provider, course]).flush();
  return course;
}

/** People in bulk SQL, each with a current job in one of the teams; returned in a fixed order. */
async function seedPeople(em: EntityManager, count: number): Promise<string[]> {
  const connection = em.getConnection();
  await connection.execute(
    `insert into person (id, partnership_id, given_name, family_name, email, employee_number)
     select gen_random_uuid(), p.id, 'Learner', 'Number ' || i, 'learner.' || i || '@benchley.example', 'B' || (100000 + i)
     from generate_series(1, ?) i, partnership p where p.slug = 'northshire'`,
    [count],
  );
  await connection.execute(
    `insert into job_assignment (id, partnership_id, person_id, organisation_id, team_id, job_title,
                                 employment_type, hours_per_week, start_date)
     select gen_random_uuid(), p.partnership_id, p.id, t.organisation_id, t.id, 'Family support worker',
            'STAFF'::employment_type, 37.5, date '2020-01-01'
     from person p
     join team t on t.name = case when substr(p.employee_number, 2)::int % 5 = 0 then 'Home visiting' else 'Early Help' end`,
  );
  await connection.execute('analyze');
  const rows = await connection.execute<{ id: string }[]>('select id from person order by employee_number');
  return rows.map((r) => r.id);
}

/** A published one-part virtual session, each on its own day so none overlaps another. */
async function publishedSession(lead: GraphQLClient, courseId: string, days: number): Promise<string> {
  const { createSession } = await lead.data<{ createSession: { id: string } }>(CREATE_SESSION, {
    input: {
      courseId,
      parts: [{ startsAt: dayAhead(days, 9), endsAt: dayAhead(days, 12) }],
      onlineUrl: 'https://meet.example/safeguarding-2',
      capacity: CAPACITY,
      registrationClosesAt: dayAhead(days - 2, 17),
      cancellationCutoffAt: dayAhead(days - 7, 17),
    },
  });
  await lead.data(PUBLISH, { id: createSession.id });
  return createSession.id;
}

/** The workforce lead books each person with a `bookSession` request of their own. */
function kindredBooking(lead: GraphQLClient, sessionId: string, people: string[]) {
  return async (n: number) => {
    const { data, errors } = await lead.request<{ bookSession: { booking: { status: string } } }>(BOOK, {
      input: { sessionId, personId: people[n] },
    });
    if (errors?.length || !data) throw new Error(`Booking ${n} failed: ${JSON.stringify(errors)}`);
  };
}

/**
 * The least a booking can do in SQL: lock the session row, refuse a second live booking, count the
 * places taken and the arrivals, and insert the booking confirmed or waitlisted.
 */
function plainBooking(pool: Pool, sessionId: string, people: string[], leadUserId: string) {
  return async (n: number) => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const {
        rows: [session],
      } = await client.query<{ partnership_id: string; capacity: number }>(
        'select partnership_id, capacity from training_session where id = $1 for update',
        [sessionId],
      );
      const {
        rows: [taken],
      } = await client.query<{ held: number; next: number; mine: number }>(
        `select (count(*) filter (where status in ('CONFIRMED', 'OFFERED')))::int as held,
                coalesce(max(arrival), 0) + 1 as next,
                (count(*) filter (where person_id = $2
                   and status in ('PENDING_APPROVAL', 'CONFIRMED', 'WAITLISTED', 'OFFERED')))::int as mine
         from booking where session_id = $1`,
        [sessionId, people[n]],
      );
      if (taken.mine) throw new Error(`Person ${n} is already booked`);
      await client.query(
        `insert into booking (id, partnership_id, session_id, person_id, organisation_id, status, arrival,
                              requested_by_user_id, guards, late, decided_by_user_id, decided_at)
         select gen_random_uuid(), $1, $2, ja.person_id, ja.organisation_id, $3::booking_status, $4, $5, '[]'::jsonb,
                false, $5, now()
         from job_assignment ja where ja.person_id = $6 limit 1`,
        [
          session.partnership_id,
          sessionId,
          taken.held < session.capacity ? 'CONFIRMED' : 'WAITLISTED',
          taken.next,
          leadUserId,
          people[n],
        ],
      );
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }
  };
}

async function main(): Promise<void> {
  const database = await createTestDatabase();
  try {
    const api = await startApi({
      database,
      env: { KINDRED_CONFIG_DIR: resolve('config'), CONSOLE_DIR: resolve('dist/console') },
    });
    try {
      const course = await seedPartners(api.em());
      const people = await seedPeople(api.em(), BOOKINGS + WARM_UP);
      const { client: lead, user } = await api.userIn('northshire', 'bench.lead@benchley.example', [
        Role.WORKFORCE_LEAD,
      ]);
      const sessions = {
        kindredWarmUp: await publishedSession(lead, course.id, 40),
        kindred: await publishedSession(lead, course.id, 41),
        plainWarmUp: await publishedSession(lead, course.id, 42),
        plain: await publishedSession(lead, course.id, 43),
      };
      const warmUpPeople = people.slice(BOOKINGS);
      console.log(
        `Seeded ${people.length} people with a current job; one virtual session of ${CAPACITY} places per run, ` +
          `${BOOKINGS} bookings each after ${WARM_UP} untimed.`,
      );

      await contend(WARM_UP, kindredBooking(lead, sessions.kindredWarmUp, warmUpPeople));
      const kindred = await contend(BOOKINGS, kindredBooking(lead, sessions.kindred, people));
      await checkPlaces(api.em(), sessions.kindred, BOOKINGS, 'Kindred');
      report('Kindred (GraphQL bookSession)', kindred);

      // As many connections as the api's own pool, so both sides queue for the lock the same way.
      const connections = ormOptions(api.config).pool?.max;
      assertSensible(connections !== undefined, 'the api has no connection pool size');
      const pool = new Pool({ connectionString: database.url, max: connections });
      let plain: Run;
      try {
        await contend(WARM_UP, plainBooking(pool, sessions.plainWarmUp, warmUpPeople, user.id));
        plain = await contend(BOOKINGS, plainBooking(pool, sessions.plain, people, user.id));
      } finally {
        await pool.end();
      }
      await checkPlaces(api.em(), sessions.plain, BOOKINGS, 'Plain SQL');
      report(`Plain SQL transaction (${connections} connections, as the api's pool)`, plain);

      const ratio = perSecond(kindred) / perSecond(plain);
      console.log(
        `Kindred books at ${(ratio * 100).toFixed(0)}% of the plain transaction's rate: ` +
          `${ratio >= TARGET_RATIO ? 'meets' : 'misses'} the target of ${TARGET_RATIO * 100}%.`,
      );
      console.log(
        JSON.stringify({
          kindredPerSecond: round(perSecond(kindred)),
          plainSqlPerSecond: round(perSecond(plain)),
          ratio: Number(ratio.toFixed(2)),
          p95Ms: round(percentile(kindred.latencies, 95)),
        }),
      );
    } finally {
      await api.close();
    }
  } finally {
    // BENCH_KEEP_DATABASE=1 leaves the data behind for EXPLAIN ANALYZE.
    if (process.env.BENCH_KEEP_DATABASE) console.log(`Kept ${database.url}`);
    else await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
