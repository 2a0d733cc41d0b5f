import { randomBytes } from 'node:crypto';
import { ref } from '@mikro-orm/core';
import { Test, type TestingModule } from '@nestjs/testing';
import { Role } from '@kindred/auth';
import { AppConfig } from '@kindred/config';
import { Partnership } from '@kindred/database';
import { JobQueue, waitForIdleQueues } from '@kindred/jobs';
import { EmploymentType, JobAssignment, Organisation, OrganisationKind, Person, Team } from '@kindred/org';
import {
  ActionStatus,
  applyRetention,
  ContentCipher,
  FrequencyPattern,
  ReflectiveLogEntry,
  resealContent,
  SessionKind,
  SupervisionAction,
  SupervisionAgreement,
  SupervisionAudit,
  SupervisionAuditAction,
  SupervisionModel,
  SupervisionSession,
  SupervisionType,
} from '@kindred/supervision';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';

// Compliance figures worked out by hand on a fixture with fixed dates, the subject access export,
// key rotation by the worker and the retention policy.

const COMPLIANCE = `query($asOf: String, $teamId: ID) {
  supervisionCompliance(asOf: $asOf, teamId: $teamId) {
    asOf agreements withinFrequency share onTrack due overdue heldSessions missedSessions cancelledSessions
    openActions overdueActions
    rows { supervisee { familyName } standing { lastHeldOn nextDueOn dueState held missed cancelled } openActions overdueActions }
    byTeam { name agreements withinFrequency share }
    byOrganisation { name agreements withinFrequency share }
    groupAttendance { person { familyName } sessions minutes }
  }
}`;

const NOTE = 'Talked through the Okafor family and the school meeting with Ms Brennan';

describe('supervision data: compliance, export, key rotation and retention', () => {
  const context = setUpTestApi();
  let api: TestApi;
  let lead: GraphQLClient;
  const as: Record<string, GraphQLClient> = {};
  const people: Record<string, Person> = {};
  const sessions: Record<string, SupervisionSession> = {};
  let teamId: string;

  const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);

  beforeAll(async () => {
    api = context.api;
    const cipher = api.app.get(ContentCipher);
    const em = api.em();
    const partnership = ref(await em.findOneOrFail(Partnership, { slug: 'northshire' }, { filters: false }));
    const council = new Organisation(partnership, {
      name: 'Moor Council',
      code: 'MC',
      kind: OrganisationKind.LOCAL_AUTHORITY,
      statutory: true,
    });
    const team = new Team(council, 'Moor early help');
    teamId = team.id;
    const person = (key: string, endDate: string | null = null) => {
      people[key] = new Person(partnership, { givenName: 'Pat', familyName: key, email: `${key}@moor.example` });
      return new JobAssignment(people[key], {
        organisation: council,
        team,
        jobTitle: 'Early help practitioner',
        employmentType: EmploymentType.STAFF,
        startDate: '2025-01-01',
        endDate,
      });
    };
    const jobs = ['Ashe', 'Birch', 'Cole', 'Vale'].map((k) => person(k));
    jobs.push(person('Leaver', '2026-03-31'));
    em.persist([council, team, ...Object.values(people), ...jobs]);

    const agreement = (key: string, startDate: string, pattern: FrequencyPattern, everyDays: number | null) => {
      const made = new SupervisionAgreement(people[key], people.Vale, {
        type: SupervisionType.PRACTICE_SUPERVISION,
        model: SupervisionModel.MORRISON_4X4X4,
        frequency: { pattern, everyDays },
        expectedMinutes: 90,
        startDate,
        reviewDate: null,
      });
      em.persist(made);
      return made;
    };
    const ashe = agreement('Ashe', '2026-01-01', FrequencyPattern.EVERY_N_DAYS, 28);
    const birch = agreement('Birch', '2026-05-01', FrequencyPattern.ASYE, null);
    agreement('Cole', '2026-06-20', FrequencyPattern.EVERY_N_DAYS, 30);
    const ended = agreement('Ashe', '2026-01-01', FrequencyPattern.EVERY_N_DAYS, 14);
    ended.end('2026-03-01');
    const leaver = agreement('Leaver', '2025-06-01', FrequencyPattern.EVERY_N_DAYS, 28);

    const held = (key: string, a: SupervisionAgreement, day: string, signOff: boolean, note = NOTE) => {
      const s = (sessions[key] = SupervisionSession.oneToOne(a, at(day), 90));
      s.record(
        {
          durationMinutes: 90,
          functions: [],
          wellbeingRating: null,
          contentSealed: cipher.seal(JSON.stringify({ discussionNotes: note }), `SupervisionSession:${s.id}:content`),
          learningNeeds: [],
          nextDate: null,
        },
        at(day, 12),
      );
      if (signOff) s.signOff(at(day, 13));
      em.persist(s);
      return s;
    };
    held('ashe1', ashe, '2026-05-08', true);
    held('ashe2', ashe, '2026-06-05', false);
    held('birch1', birch, '2026-06-01', true);
    held('leaver1', leaver, '2026-02-01', true, 'The leaver talked about Ms Brennan');
    const missed = SupervisionSession.oneToOne(birch, at('2026-06-08'), 90);
    missed.markMissed(null, at('2026-06-09'));
    const cancelled = SupervisionSession.oneToOne(birch, at('2026-06-15'), 90);
    cancelled.cancel(cipher.seal('Off sick', `SupervisionSession:${cancelled.id}:statusReason`));
    em.persist([missed, cancelled]);

    const action = (session: SupervisionSession, owner: string, due: string, status = ActionStatus.OPEN) => {
      const a = new SupervisionAction(session, people[owner], due);
      a.descriptionSealed = cipher.seal('Read the Okafor chronology', `SupervisionAction:${a.id}:description`);
      a.setStatus(status, at('2026-06-20'));
      em.persist(a);
    };
    action(sessions.ashe2, 'Ashe', '2026-06-20');
    action(sessions.birch1, 'Birch', '2026-07-10');
    action(sessions.ashe1, 'Ashe', '2026-05-20', ActionStatus.DONE);

    const group = (
      day: string,
      minutes: number,
      attendees: string[],
      outcome: 'RECORDED' | 'SIGNED_OFF' | 'CANCELLED',
    ) => {
      const g = SupervisionSession.group(
        people.Vale,
        {
          kind: SessionKind.REFLECTIVE_PRACTICE,
          type: SupervisionType.RESTORATIVE,
          startsAt: at(day),
          durationMinutes: minutes,
        },
        attendees.map((k) => people[k]),
      );
      if (outcome === 'CANCELLED') g.cancel(cipher.seal('Room flooded', `SupervisionSession:${g.id}:statusReason`));
      else {
        g.record(
          {
            durationMinutes: minutes,
            functions: [],
            wellbeingRating: null,
            contentSealed: null,
            learningNeeds: [],
            nextDate: null,
          },
          at(day, 18),
        );
        if (outcome === 'SIGNED_OFF') g.signOff(at(day, 19));
      }
      em.persist(g);
    };
    group('2026-06-12', 90, ['Ashe', 'Birch'], 'SIGNED_OFF');
    group('2026-04-10', 60, ['Ashe'], 'RECORDED');
    group('2026-06-19', 60, ['Cole'], 'CANCELLED');
    group('2025-05-01', 60, ['Cole'], 'SIGNED_OFF'); // more than 12 months before asOf

    const entry = new ReflectiveLogEntry(people.Leaver, '2026-01-15');
    entry.contentSealed = cipher.seal('{"title":"Mine"}', `ReflectiveLogEntry:${entry.id}:content`);
    em.persist(entry);
    await em.flush();

    lead = (await api.userIn('northshire', 'lead@moor.example', [Role.WORKFORCE_LEAD])).client;
    for (const key of ['Ashe', 'Vale']) {
      const { client, user } = await api.userIn('northshire', `${key}.user@moor.example`, [Role.LEARNER]);
      as[key] = client;
      const fork = api.em();
      const linked = await fork.findOneOrFail(Person, { id: people[key].id }, { filters: false });
      linked.linkUser(user);
      await fork.flush();
    }
    as.admin = (await api.userIn('northshire', 'operator@moor.example', [Role.PLATFORM_ADMIN])).client;
  });

  it('works out compliance as of a fixed day, as checked by hand', async () => {
    const figures = (await lead.data(COMPLIANCE, { asOf: '2026-06-30', teamId })).supervisionCompliance;
    // Ashe: every 28 days, last held 5 June: due 3 July, within a week: DUE.
    // Birch: ASYE from 1 May, last held 1 June (day 31, weekly): due 8 June: OVERDUE; one missed, one cancelled.
    // Cole: every 30 days from 20 June, none held: due 20 July: ON_TRACK. Ashe's ended agreement is not counted.
    expect(figures.rows).toEqual([
      {
        supervisee: { familyName: 'Ashe' },
        standing: {
          lastHeldOn: '2026-06-05',
          nextDueOn: '2026-07-03',
          dueState: 'DUE',
          held: 2,
          missed: 0,
          cancelled: 0,
        },
        openActions: 1,
        overdueActions: 1,
      },
      {
        supervisee: { familyName: 'Birch' },
        standing: {
          lastHeldOn: '2026-06-01',
          nextDueOn: '2026-06-08',
          dueState: 'OVERDUE',
          held: 1,
          missed: 1,
          cancelled: 1,
        },
        openActions: 1,
        overdueActions: 0,
      },
      {
        supervisee: { familyName: 'Cole' },
        standing: { lastHeldOn: null, nextDueOn: '2026-07-20', dueState: 'ON_TRACK', held: 0, missed: 0, cancelled: 0 },
        openActions: 0,
        overdueActions: 0,
      },
    ]);
    expect(figures).toMatchObject({
      asOf: '2026-06-30',
      agreements: 3,
      withinFrequency: 2,
      share: 0.667,
      onTrack: 1,
      due: 1,
      overdue: 1,
      heldSessions: 3,
      missedSessions: 1,
      cancelledSessions: 1,
      openActions: 2,
      overdueActions: 1,
      byTeam: [{ name: 'Moor early help', agreements: 3, withinFrequency: 2, share: 0.667 }],
      byOrganisation: [{ name: 'Moor Council', agreements: 3, withinFrequency: 2, share: 0.667 }],
    });
    // Reflective practice in the 12 months to 30 June that took place: Ashe twice (90 + 60), Birch once.
    expect(figures.groupAttendance).toEqual([
      { person: { familyName: 'Ashe' }, sessions: 2, minutes: 150 },
      { person: { familyName: 'Birch' }, sessions: 1, minutes: 90 },
    ]);
    // Later, with Birch still not seen: Ashe overdue too.
    const later = (await lead.data(COMPLIANCE, { asOf: '2026-07-10', teamId })).supervisionCompliance;
    expect(later).toMatchObject({ agreements: 3, withinFrequency: 1, overdue: 2 });
    expect(await lead.request(COMPLIANCE, { asOf: '30/06/2026' })).toMatchObject({
      errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })],
    });
  });

  describe('subject access export', () => {
    const get = (client: GraphQLClient, query: string) =>
      fetch(`${api.url}/exports/supervision?${query}`, { headers: { authorization: `Bearer ${client.accessToken}` } });

    it('gives a person all their records as JSON, third-party names redacted on request, audited', async () => {
      const response = await get(as.Ashe, 'format=json&redact=Okafor,Brennan');
      expect(response.status).toBe(200);
      const data = (await response.json()) as any;
      expect(data.person.name).toBe('Pat Ashe');
      expect(data.agreements).toHaveLength(2);
      expect(data.sessions.map((s: { kind: string }) => s.kind).sort()).toEqual([
        'ONE_TO_ONE',
        'ONE_TO_ONE',
        'REFLECTIVE_PRACTICE',
        'REFLECTIVE_PRACTICE',
      ]);
      const text = JSON.stringify(data);
      expect(text).toContain('Talked through the [redacted] family and the school meeting with Ms [redacted]');
      expect(text).not.toMatch(/Okafor|Brennan/);
      expect(data.actions).toHaveLength(2);
      const exported = await api
        .em()
        .find(
          SupervisionAudit,
          { subjectPersonId: people.Ashe.id, action: SupervisionAuditAction.EXPORTED },
          { filters: false },
        );
      expect(exported.length).toBe(2 + 4 + 2);

      const unredacted = await (await get(as.Ashe, 'format=json')).json();
      expect(JSON.stringify(unredacted)).toContain('Okafor');
    });

    it('gives a PDF, refuses others’ records to the person and bad parameters', async () => {
      const pdf = await get(as.Ashe, 'format=pdf&redact=Okafor');
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');

      expect((await get(as.Ashe, `personId=${people.Birch.id}`)).status).toBe(403);
      expect((await get(as.Ashe, 'format=docx')).status).toBe(400);
      expect((await get(as.Ashe, 'personId=nope')).status).toBe(400);
      expect((await get(lead, '')).status).toBe(403); // the lead has no person record here
      const byOperator = await get(as.admin, `personId=${people.Birch.id}`);
      expect(byOperator.status).toBe(200);
      expect(((await byOperator.json()) as any).person.name).toBe('Pat Birch');
    });
  });

  describe('in the worker', () => {
    let worker: TestingModule;
    const key2 = randomBytes(32);

    beforeAll(async () => {
      // The rotated configuration: k2 made current, k1 kept to open what it sealed.
      const rotated = Object.assign(Object.create(AppConfig.prototype) as AppConfig, api.config, {
        encryption: { currentKeyId: 'k2', keys: [...api.config.encryption.keys, { id: 'k2', key: key2 }] },
      });
      worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(rotated)] }).compile();
      await worker.init();
    });
    afterAll(() => worker?.close());

    const run = async (job: typeof resealContent | typeof applyRetention, data?: unknown) => {
      const queue = worker.get(JobQueue);
      await queue.add(job as typeof applyRetention, (data ?? null) as never);
      await waitForIdleQueues(queue, 20_000);
    };

    it('re-seals every sealed value under the new current key', async () => {
      const connection = api.em().getConnection();
      const keyIds = async () =>
        (
          await connection.execute<{ k: string }[]>(
            `select distinct split_part(content_sealed, '.', 1) as k from supervision_session where content_sealed is not null
             union select distinct split_part(description_sealed, '.', 1) from supervision_action
             union select distinct split_part(status_reason_sealed, '.', 1) from supervision_session where status_reason_sealed is not null`,
          )
        ).map((r) => r.k);
      expect(await keyIds()).toEqual(['k1']);
      await run(resealContent);
      expect(await keyIds()).toEqual(['k2']);
      const [row] = await connection.execute<{ content_sealed: string }[]>(
        'select content_sealed from supervision_session where id = ?',
        [sessions.ashe1.id],
      );
      const opened = worker
        .get(ContentCipher)
        .open(row.content_sealed, `SupervisionSession:${sessions.ashe1.id}:content`);
      expect(JSON.parse(opened).discussionNotes).toBe(NOTE);
    });

    it('erases the content of people who left more than the retention period ago, and logs it', async () => {
      // Six years (northshire.yaml) after the leaver's job ended on 31 March 2026: not yet on 30 March 2032.
      await run(applyRetention, { asOf: '2032-03-30' });
      const content = async (id: string) =>
        (
          await api
            .em()
            .getConnection()
            .execute<{ content_sealed: string | null; content_erased_at: string | null }[]>(
              'select content_sealed, content_erased_at from supervision_session where id = ?',
              [id],
            )
        )[0];
      expect((await content(sessions.leaver1.id)).content_sealed).not.toBeNull();

      await run(applyRetention, { asOf: '2032-04-01' });
      expect(await content(sessions.leaver1.id)).toEqual({
        content_sealed: null,
        content_erased_at: expect.any(String),
      });
      expect(await api.em().count(ReflectiveLogEntry, { author: people.Leaver.id }, { filters: false })).toBe(0);
      const erased = await api
        .em()
        .find(
          SupervisionAudit,
          { subjectPersonId: people.Leaver.id, action: SupervisionAuditAction.ERASED },
          { filters: false },
        );
      expect(erased.map((e) => e.recordType).sort()).toEqual(['ReflectiveLogEntry', 'SupervisionSession']);
      // Dates and durations stay; people still working keep their records.
      const kept = await api.em().findOneOrFail(SupervisionSession, sessions.leaver1.id, { filters: false });
      expect(kept.durationMinutes).toBe(90);
      expect((await content(sessions.ashe1.id)).content_sealed).not.toBeNull();
      // Nothing left to erase: a second run changes nothing.
      await run(applyRetention, { asOf: '2032-04-02' });
      expect(
        await api
          .em()
          .count(
            SupervisionAudit,
            { subjectPersonId: people.Leaver.id, action: SupervisionAuditAction.ERASED },
            { filters: false },
          ),
      ).toBe(2);
    });
  });
});
