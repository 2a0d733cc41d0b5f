import { randomBytes } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import { Role } from '@kindred/auth';
import { AppConfig } from '@kindred/config';
import { CpdEntry, CpdEvidence, CpdSource, ProfessionalRegistration } from '@kindred/cpd';
import { JobQueue, waitForIdleQueues } from '@kindred/jobs';
import { AuditEntry, Organisation, Person } from '@kindred/org';
import {
  AttendanceMark,
  AttendanceSource,
  AttendanceStatus,
  Booking,
  Course,
  CourseMode,
  ProviderKind,
  RecordSource,
  TrainingProvider,
  TrainingRecord,
  TrainingSession,
} from '@kindred/training';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';
import { harvestCpd } from '@kindred/cpd';
import { ContentCipher, resealContent, SessionKind, SupervisionSession, SupervisionType } from '@kindred/supervision';
import { WorkerModule } from '../../apps/worker/src/worker.module';

// CPD over GraphQL and HTTP on a small team built here: the log and its bad input, evidence files,
// registrations and the NMC pack, harvesting training records once through the real worker, what
// managers see of their team (figures, never the text), and the reflective text sealed at rest.

const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

const CREATE_ORG = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
const CREATE_TEAM = `mutation($input: TeamInput!) { createTeam(input: $input) { id } }`;
const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
const ADD_JOB = `mutation($input: AddJobAssignmentInput!) { addJobAssignment(input: $input) { id } }`;
const ENTRY_FIELDS = `id date title type hours minutes participatory learned practiceChange competencies source
  peerReflection { withWhom on summary } evidence { id fileName mediaType size }`;
const CREATE_ENTRY = `mutation($input: CpdEntryInput!) { createCpdEntry(input: $input) { ${ENTRY_FIELDS} } }`;
const UPDATE_ENTRY = `mutation($input: UpdateCpdEntryInput!) { updateCpdEntry(input: $input) { ${ENTRY_FIELDS} } }`;
const MY_ENTRIES = `query($filter: CpdEntryFilter) { myCpdEntries(filter: $filter) { totalCount nodes { ${ENTRY_FIELDS} } } }`;
const ENTRY = `query($id: ID!) { cpdEntry(id: $id) { id learned } }`;
const SAVE_REGISTRATION = `mutation($input: RegistrationInput!) {
  saveProfessionalRegistration(input: $input) { id regulator number renewalOn }
}`;
const PROGRESS = `query { myCpdProgress { regulator periodStart periodEnd dueBy complete status requirements { code have need met } } }`;
const FEEDBACK = `mutation($input: PracticeFeedbackInput!) { recordPracticeFeedback(input: $input) { id } }`;
const ACCOUNT = `mutation($input: ReflectiveAccountInput!) { writeReflectiveAccount(input: $input) { id codeThemes } }`;
const SIGN_OFF = `mutation($input: SignOffInput!) { recordRevalidationSignOff(input: $input) { id partnerPin } }`;
const AUTO = `mutation($enabled: Boolean!) { setCpdAutoEntries(enabled: $enabled) { autoEntries } }`;
const COMPLIANCE = `query($filter: ComplianceFilter) {
  cpdCompliance(filter: $filter) { asOf onTrack atRisk missing totalCount
    rows { person { id fullName } regulators status dueBy missing }
    byOrganisation { organisationId name people onTrack atRisk missing } }
}`;
const RECORD_EXTERNAL = `mutation($input: ExternalTrainingInput!) { recordExternalTraining(input: $input) { id } }`;
const REVIEW = `mutation($input: ReviewExternalTrainingInput!) { reviewExternalTraining(input: $input) { id counts } }`;
const WRITING = `query($id: ID!) { cpdEntry(id: $id) { learned practiceChange peerReflection { withWhom on summary } } }`;
const NMC_TEXT = `query {
  myPracticeFeedback { summary howUsed }
  myReflectiveAccounts { nature learned practiceChange codeRelevance }
  myRevalidationSignOffs { notes }
}`;
// Every column holding CPD's reflective text, sealed.
const SEALED = {
  cpd_entry: ['learned_sealed', 'practice_change_sealed', 'peer_reflection_sealed'],
  practice_feedback: ['content_sealed'],
  reflective_account: ['content_sealed'],
  revalidation_sign_off: ['notes_sealed'],
};
// A second key, in the API's key ring from the start so text re-sealed under it still reads back.
const NEW_KEY = { id: 'cpd-rotated', key: randomBytes(32) };

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const EXE = Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]);

const entryInput = (extra: Record<string, unknown> = {}) => ({
  date: isoDay(-10),
  title: 'Reading: Working Together 2023',
  type: 'READING',
  hours: 2.5,
  participatory: false,
  learned: 'The new multi-agency expectations.',
  practiceChange: 'I now share information earlier.',
  competencies: ['Safeguarding children'],
  ...extra,
});

describe('CPD: logs, evidence, registrations, the NMC pack, harvesting and team compliance', () => {
  const context = setUpTestApi({
    configure: (config) =>
      Object.assign(config, { encryption: { ...config.encryption, keys: [...config.encryption.keys, NEW_KEY] } }),
  });
  let api: TestApi;
  let lead: GraphQLClient;
  let leadUserId: string;
  const ids: Record<string, string> = {};
  const as: Record<string, GraphQLClient> = {};

  const codeOf = async (client: GraphQLClient, query: string, variables: Record<string, unknown>) =>
    (await client.request(query, variables)).errors?.[0]?.extensions?.code;
  const errorOf = async (client: GraphQLClient, query: string, variables: Record<string, unknown>) =>
    (await client.request(query, variables)).errors?.[0];
  const http = (path: string, client: GraphQLClient, init: RequestInit = {}) =>
    fetch(`${api.url}${path}`, { ...init, headers: { authorization: `Bearer ${client.accessToken}` } });
  const upload = (client: GraphQLClient, entryId: string, name: string, bytes: Buffer) => {
    const form = new FormData();
    form.set('file', new Blob([bytes]), name);
    return http(`/cpd/entries/${entryId}/evidence`, client, { method: 'POST', body: form });
  };
  const countEntries = (personKey: string, where: Record<string, unknown> = {}) =>
    api.em().count(CpdEntry, { person: ids[personKey], ...where }, { filters: false });
  const sql = <T = Record<string, string | null>>(query: string, params: unknown[] = []) =>
    api.em().getConnection().execute<T[]>(query, params);
  /** The key ids of every sealed CPD value, as stored. */
  const sealedKeyIds = async () => {
    const parts = Object.entries(SEALED).flatMap(([table, columns]) =>
      columns.map((c) => `select split_part(${c}, '.', 1) as k from ${table} where ${c} is not null`),
    );
    return (await sql<{ k: string }>(`select distinct k from (${parts.join(' union ')}) keys order by k`)).map(
      (r) => r.k,
    );
  };

  beforeAll(async () => {
    api = context.api;
    const signedIn = await api.userIn('northshire', 'cpd.lead@northshire.example', [Role.WORKFORCE_LEAD]);
    lead = signedIn.client;
    leadUserId = signedIn.user.id;
    ids.council = (
      await lead.data(CREATE_ORG, {
        input: { name: 'Eastfield Council', code: 'EFC', kind: 'LOCAL_AUTHORITY', statutory: true },
      })
    ).createOrganisation.id;
    ids.team = (
      await lead.data(CREATE_TEAM, { input: { name: 'Family hub', organisationId: ids.council } })
    ).createTeam.id;
    const person = async (key: string, givenName: string, extra: Record<string, unknown> = {}) => {
      ids[key] = (
        await lead.data(CREATE_PERSON, {
          input: {
            givenName,
            familyName: 'Eastfield',
            email: `${key}@eastfield.example`,
            assignment: {
              organisationId: ids.council,
              teamId: ids.team,
              jobTitle: 'Practitioner',
              employmentType: 'STAFF',
              startDate: '2024-01-01',
              ...extra,
            },
          },
        })
      ).createPerson.id;
    };
    await person('mo', 'Mo');
    await person('nia', 'Nia', { lineManagerId: ids.mo, jobTitle: 'Health visitor' });
    await person('sam', 'Sam', { lineManagerId: ids.mo, jobTitle: 'Social worker' });
    await person('vic', 'Vic', { employmentType: 'VOLUNTEER', jobTitle: 'Peer supporter' });
    const roles: [string, Role][] = [
      ['mo', Role.MANAGER],
      ['nia', Role.LEARNER],
      ['sam', Role.LEARNER],
      ['vic', Role.LEARNER],
    ];
    const em = api.em();
    for (const [key, role] of roles) {
      const { client, user } = await api.userIn('northshire', `${key}.user@eastfield.example`, [role]);
      as[key] = client;
      (await em.findOneOrFail(Person, ids[key], { filters: false })).linkUser(user);
    }
    await em.flush();
  });

  describe('the log', () => {
    it('adds an entry with a peer reflection, stored in minutes and read back in hours', async () => {
      const { createCpdEntry: entry } = await as.sam.data(CREATE_ENTRY, {
        input: entryInput({
          peerReflection: { withWhom: 'Jo, senior practitioner', on: isoDay(-5), summary: 'Talked through a case.' },
        }),
      });
      ids.samEntry = entry.id;
      expect(entry).toMatchObject({
        hours: 2.5,
        minutes: 150,
        source: 'MANUAL',
        peerReflection: { withWhom: 'Jo, senior practitioner' },
      });
      const { myCpdEntries } = await as.sam.data(MY_ENTRIES, { filter: { types: ['READING'] } });
      expect(myCpdEntries.totalCount).toBe(1);
      expect((await as.nia.data(MY_ENTRIES)).myCpdEntries.totalCount).toBe(0);
    });

    it('refuses negative, zero, absurd hours and dates after today, writing nothing', async () => {
      const before = await countEntries('sam');
      for (const hours of [-1, 0, 151, 10_000]) {
        const error = await errorOf(as.sam, CREATE_ENTRY, { input: entryInput({ hours }) });
        expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      }
      const future = await errorOf(as.sam, CREATE_ENTRY, { input: entryInput({ date: isoDay(2) }) });
      expect(future).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(future?.message).toMatch(/after today/);
      expect(
        await codeOf(as.sam, CREATE_ENTRY, {
          input: entryInput({ peerReflection: { withWhom: 'Jo', on: isoDay(3), summary: 'Not yet' } }),
        }),
      ).toBe('BAD_USER_INPUT');
      expect(await codeOf(as.sam, CREATE_ENTRY, { input: entryInput({ date: '2026-02-30' }) })).toBe('BAD_USER_INPUT');
      expect(await countEntries('sam')).toBe(before);
    });

    it('keeps each entry to its owner: another person, even their manager, finds nothing', async () => {
      expect(await codeOf(as.nia, ENTRY, { id: ids.samEntry })).toBe('NOT_FOUND');
      expect(await codeOf(as.mo, ENTRY, { id: ids.samEntry })).toBe('NOT_FOUND');
      expect(
        await codeOf(as.nia, UPDATE_ENTRY, { input: { ...entryInput({ title: 'Taken over' }), id: ids.samEntry } }),
      ).toBe('NOT_FOUND');
      expect((await as.sam.data(ENTRY, { id: ids.samEntry })).cpdEntry.learned).toBe(
        'The new multi-agency expectations.',
      );
    });

    it('seals the reflective text at rest, with its key id beside it, and gives it back intact', async () => {
      const [row] = await sql(
        'select learned_sealed, practice_change_sealed, peer_reflection_sealed from cpd_entry where id = ?',
        [ids.samEntry],
      );
      const keyId = api.config.encryption.currentKeyId;
      for (const value of Object.values(row)) expect(value).toMatch(new RegExp(`^${keyId}\\.[^.]+\\.[^.]+\\.[^.]+$`));
      for (const words of ['multi-agency', 'share information', 'senior practitioner', 'Talked through'])
        expect(JSON.stringify(row)).not.toContain(words);
      expect((await as.sam.data(WRITING, { id: ids.samEntry })).cpdEntry).toEqual({
        learned: 'The new multi-agency expectations.',
        practiceChange: 'I now share information earlier.',
        peerReflection: { withWhom: 'Jo, senior practitioner', on: isoDay(-5), summary: 'Talked through a case.' },
      });
    });

    it('refuses sealed text moved onto another row with a clear error, never the other row’s words', async () => {
      const other = (await as.sam.data(CREATE_ENTRY, { input: entryInput({ title: 'Moved onto', learned: 'Mine.' }) }))
        .createCpdEntry.id;
      await sql(
        'update cpd_entry set learned_sealed = (select learned_sealed from cpd_entry where id = ?) where id = ?',
        [ids.samEntry, other],
      );
      const response = await as.sam.request(ENTRY, { id: other });
      expect(response.errors).toEqual([
        expect.objectContaining({ path: ['cpdEntry', 'learned'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
      ]);
      expect(response.data?.cpdEntry).toEqual({ id: other, learned: null });
      expect(JSON.stringify(response)).not.toContain('multi-agency');
      const [moved] = await sql('select learned_sealed from cpd_entry where id = ?', [other]);
      expect(() => api.app.get(ContentCipher).open(moved.learned_sealed!, `CpdEntry:${other}:learned`)).toThrow(
        `Sealed text for CpdEntry:${other}:learned does not open: it was altered, or sealed for another record or field.`,
      );
      // The row it came from still opens.
      expect((await as.sam.data(ENTRY, { id: ids.samEntry })).cpdEntry.learned).toBe(
        'The new multi-agency expectations.',
      );
      expect((await as.sam.data(`mutation($id: ID!) { deleteCpdEntry(id: $id) }`, { id: other })).deleteCpdEntry).toBe(
        true,
      );
    });
  });

  describe('evidence files', () => {
    it('stores a PDF and gives the same bytes back to its owner only', async () => {
      const response = await upload(as.sam, ids.samEntry, 'certificate.pdf', PDF);
      expect(response.status).toBe(201);
      const evidence = (await response.json()) as { id: string; mediaType: string; size: number };
      expect(evidence).toMatchObject({ mediaType: 'application/pdf', size: PDF.length });
      const download = await http(`/cpd/evidence/${evidence.id}`, as.sam);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
      expect((await http(`/cpd/evidence/${evidence.id}`, as.mo)).status).toBe(404);
      const image = await upload(as.sam, ids.samEntry, 'whiteboard.png', PNG);
      expect(image.status).toBe(201);
    });

    it('refuses the wrong type, a renamed file, an oversized file and someone else’s entry, storing nothing', async () => {
      const before = await api.em().count(CpdEvidence, {}, { filters: false });
      const exe = await upload(as.sam, ids.samEntry, 'notes.exe', EXE);
      expect(exe.status).toBe(400);
      expect(((await exe.json()) as { message: string }).message).toMatch(/not a PDF, an image/);
      const renamed = await upload(as.sam, ids.samEntry, 'certificate.pdf', EXE);
      expect(renamed.status).toBe(400);
      expect(((await renamed.json()) as { message: string }).message).toMatch(/contents are not/);
      const pngAsDocx = await upload(as.sam, ids.samEntry, 'notes.docx', PNG);
      expect(pngAsDocx.status).toBe(400);
      const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]);
      const oversize = await upload(as.sam, ids.samEntry, 'scan.pdf', big);
      expect(oversize.status).toBe(413);
      expect(await oversize.json()).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/at most 5 MB/) });
      expect((await upload(as.nia, ids.samEntry, 'mine.pdf', PDF)).status).toBe(404);
      expect((await upload(as.sam, 'not-a-uuid', 'mine.pdf', PDF)).status).toBe(400);
      expect(await api.em().count(CpdEvidence, {}, { filters: false })).toBe(before);
    });
  });

  describe('registrations, progress and the NMC revalidation pack', () => {
    it('checks registration numbers and dates, and writes each change to the person’s history', async () => {
      expect(
        await codeOf(as.nia, SAVE_REGISTRATION, {
          input: { regulator: 'NMC', number: '12345', renewalOn: isoDay(100) },
        }),
      ).toBe('BAD_USER_INPUT');
      expect(await codeOf(as.nia, SAVE_REGISTRATION, { input: { regulator: 'NMC', number: '12A3456E' } })).toBe(
        'BAD_USER_INPUT',
      );
      const { saveProfessionalRegistration } = await as.nia.data(SAVE_REGISTRATION, {
        input: { regulator: 'NMC', number: '12a 3456e', renewalOn: isoDay(40) },
      });
      expect(saveProfessionalRegistration).toMatchObject({ number: '12A3456E', renewalOn: isoDay(40) });
      await as.sam.data(SAVE_REGISTRATION, { input: { regulator: 'SWE', number: 'SW123456' } });
      expect(await api.em().count(ProfessionalRegistration, {}, { filters: false })).toBe(2);
      const history = await api
        .em()
        .find(AuditEntry, { personId: ids.nia, entityType: 'ProfessionalRegistration' }, { filters: false });
      expect(history).toHaveLength(1);
    });

    it('tracks NMC feedback, accounts, discussion and confirmation against the rules', async () => {
      await as.nia.data(CREATE_ENTRY, { input: entryInput({ hours: 21, participatory: true, type: 'COURSE' }) });
      await as.nia.data(CREATE_ENTRY, { input: entryInput({ hours: 14, participatory: false }) });
      for (let i = 1; i <= 5; i++) {
        await as.nia.data(FEEDBACK, {
          input: { receivedOn: isoDay(-20 - i), source: `Family ${i}`, summary: 'Thanked me for the visit.' },
        });
      }
      for (let i = 1; i <= 4; i++) {
        await as.nia.data(ACCOUNT, {
          input: {
            writtenOn: isoDay(-i),
            nature: 'A course on infant feeding',
            learned: 'Responsive feeding.',
            practiceChange: 'I ask about feeding cues.',
            codeThemes: ['PRIORITISE_PEOPLE', 'PRACTISE_EFFECTIVELY'],
            codeRelevance: 'Evidence-based advice.',
          },
        });
      }
      const noPin = await errorOf(as.nia, SIGN_OFF, {
        input: { kind: 'REFLECTIVE_DISCUSSION', on: isoDay(-1), partnerName: 'Ruth Ayo' },
      });
      expect(noPin?.message).toMatch(/NMC PIN/);
      await as.nia.data(SIGN_OFF, {
        input: {
          kind: 'REFLECTIVE_DISCUSSION',
          on: isoDay(-1),
          partnerName: 'Ruth Ayo',
          partnerPin: '98B7654C',
          notes: 'We went through my feeding accounts.',
        },
      });
      const [nmc] = (await as.nia.data(PROGRESS)).myCpdProgress;
      const byCode = Object.fromEntries(nmc.requirements.map((r: { code: string }) => [r.code, r]));
      expect(nmc).toMatchObject({ regulator: 'NMC', dueBy: isoDay(40), complete: false, status: 'AT_RISK' });
      expect(byCode.CPD_HOURS).toMatchObject({ have: 35, met: true });
      expect(byCode.PARTICIPATORY_HOURS).toMatchObject({ have: 21, met: true });
      expect(byCode.FEEDBACK).toMatchObject({ have: 5, met: true });
      expect(byCode.REFLECTIVE_ACCOUNTS).toMatchObject({ have: 4, met: false });
      expect(byCode.REFLECTIVE_DISCUSSION.met).toBe(true);
      expect(byCode.CONFIRMATION.met).toBe(false);

      // A piece of feedback recorded by mistake is removed by its owner only.
      const extra = (
        await as.nia.data(FEEDBACK, { input: { receivedOn: isoDay(-2), source: 'Wrong person', summary: 'Oops' } })
      ).recordPracticeFeedback.id;
      const REMOVE = `mutation($id: ID!) { removePracticeFeedback(id: $id) }`;
      expect(await codeOf(as.sam, REMOVE, { id: extra })).toBe('NOT_FOUND');
      expect((await as.nia.data(REMOVE, { id: extra })).removePracticeFeedback).toBe(true);
      const [after] = (await as.nia.data(PROGRESS)).myCpdProgress;
      expect(after.requirements.find((r: { code: string }) => r.code === 'FEEDBACK').have).toBe(5);
    });

    it('seals NMC feedback, reflective accounts and discussion notes at rest, and gives them back intact', async () => {
      const stored = JSON.stringify([
        await sql('select * from practice_feedback'),
        await sql('select * from reflective_account'),
        await sql('select * from revalidation_sign_off'),
      ]);
      for (const words of [
        'Thanked me',
        'infant feeding',
        'Responsive feeding',
        'feeding cues',
        'Evidence-based',
        'my feeding accounts',
      ])
        expect(stored).not.toContain(words);
      expect(await sealedKeyIds()).toEqual([api.config.encryption.currentKeyId]);
      const text = await as.nia.data(NMC_TEXT);
      expect(text.myPracticeFeedback).toHaveLength(5);
      expect(text.myPracticeFeedback[0]).toEqual({ summary: 'Thanked me for the visit.', howUsed: null });
      expect(text.myReflectiveAccounts[0]).toEqual({
        nature: 'A course on infant feeding',
        learned: 'Responsive feeding.',
        practiceChange: 'I ask about feeding cues.',
        codeRelevance: 'Evidence-based advice.',
      });
      expect(text.myRevalidationSignOffs).toEqual([{ notes: 'We went through my feeding accounts.' }]);
    });

    it('exports the portfolio as CSV and PDF and the NMC pack as PDF, refusing a backwards period', async () => {
      const csv = await http(`/cpd/portfolio.csv?from=${isoDay(-365)}&to=${isoDay(0)}`, as.sam);
      expect(csv.status).toBe(200);
      const bytes = Buffer.from(await csv.arrayBuffer());
      // A byte-order mark, so Excel reads the file as UTF-8.
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
      expect(lines[0]).toMatch(/^Date,Title,Type,Hours,Participatory hours/);
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain('Reading: Working Together 2023,READING,2.5,0');
      expect(lines[1]).toContain('certificate.pdf; whiteboard.png');
      expect(lines[1]).toContain('The new multi-agency expectations.,I now share information earlier.');
      expect(lines[1]).toContain('Talked through a case.');
      const pdf = await http('/cpd/portfolio.pdf?regulator=SWE', as.sam);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      const pack = await http('/cpd/nmc-revalidation.pdf', as.nia);
      expect(pack.status).toBe(200);
      expect(
        Buffer.from(await pack.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      expect((await http('/cpd/nmc-revalidation.pdf', as.sam)).status).toBe(404);
      const backwards = await http(`/cpd/portfolio.pdf?from=${isoDay(0)}&to=${isoDay(-10)}`, as.sam);
      expect(backwards.status).toBe(400);
      expect((await http('/cpd/portfolio.csv?from=yesterday', as.sam)).status).toBe(400);
    });
  });

  describe('entries made from attended training', () => {
    let worker: TestingModule;
    beforeAll(async () => {
      worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(api.config)] }).compile();
      await worker.init();
    });
    afterAll(() => worker.close());

    const record = async (personKey: string, title: string, minutes = 180) => {
      const em = api.em();
      const person = await em.findOneOrFail(Person, ids[personKey], { filters: false });
      const made = new TrainingRecord(person, {
        course: null,
        title,
        completedOn: isoDay(-3),
        expiresOn: null,
        source: RecordSource.IMPORTED,
        cpdMinutes: minutes,
        evidence: null,
        booking: null,
      });
      await em.persistAndFlush(made);
      return made;
    };

    it('makes one entry per record once it is written, and none again on re-processing', async () => {
      const queue = worker.get(JobQueue);
      const made = await record('nia', 'Solihull Approach foundation');
      await record('nia', 'Team briefing', 0);
      await waitForIdleQueues(queue, 20_000);
      const entries = await api
        .em()
        .find(CpdEntry, { person: ids.nia, source: CpdSource.TRAINING }, { filters: false });
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        sourceId: made.id,
        minutes: 180,
        type: 'COURSE',
        title: 'Solihull Approach foundation',
      });

      // The person edits it; harvesting again, for them and for everyone, changes nothing.
      await as.nia.data(UPDATE_ENTRY, {
        input: {
          ...entryInput({ title: 'Solihull foundation (2 days)', hours: 3, type: 'COURSE' }),
          date: isoDay(-3),
          id: entries[0].id,
        },
      });
      await queue.add(harvestCpd, { personIds: [ids.nia] });
      await queue.add(harvestCpd, null);
      await Promise.all([queue.add(harvestCpd, null), queue.add(harvestCpd, null)]);
      await waitForIdleQueues(queue, 20_000);
      const again = await api.em().find(CpdEntry, { person: ids.nia, source: CpdSource.TRAINING }, { filters: false });
      expect(again).toHaveLength(1);
      expect(again[0].title).toBe('Solihull foundation (2 days)');
      expect(await codeOf(as.nia, `mutation($id: ID!) { deleteCpdEntry(id: $id) }`, { id: entries[0].id })).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('makes one participatory entry for each person who attended a settled session, and none on settling again', async () => {
      const em = api.em();
      const council = await em.findOneOrFail(Organisation, ids.council, { filters: false });
      const provider = new TrainingProvider(council.partnership, {
        name: 'Eastfield learning',
        kind: ProviderKind.IN_HOUSE,
        organisation: null,
        contactEmail: null,
        website: null,
      });
      const course = new Course(provider, {
        title: 'Trauma-informed practice: Skilled',
        summary: 'Two half days online.',
        outcomes: [],
        mode: CourseMode.VIRTUAL,
        durationMinutes: 360,
        cpdMinutes: 360,
        audience: { roleProfileIds: [], employmentTypes: [], organisationIds: [] },
        validityMonths: null,
        reminderMonths: [],
        costPerPlacePence: null,
      });
      const startsAt = new Date(Date.now() - 6 * DAY);
      const session = new TrainingSession(course, {
        parts: [{ startsAt, endsAt: new Date(startsAt.getTime() + 6 * 3_600_000) }],
        site: null,
        room: null,
        onlineUrl: 'https://meet.example/trauma',
        capacity: 10,
        minimumNumbers: null,
        minimumCutoffAt: null,
        registrationOpensAt: null,
        registrationClosesAt: new Date(startsAt.getTime() - DAY),
        cancellationCutoffAt: new Date(startsAt.getTime() - 2 * DAY),
        offerHours: 48,
      });
      session.trainers.set([await em.findOneOrFail(Person, ids.mo, { filters: false })]);
      session.publish(28, new Date(startsAt.getTime() - 40 * DAY));
      em.persist([provider, course, session]);
      const marks: [string, AttendanceStatus][] = [
        ['nia', AttendanceStatus.ATTENDED],
        ['sam', AttendanceStatus.ABSENT],
      ];
      for (const [key, status] of marks) {
        const booking = new Booking(session, await em.findOneOrFail(Person, ids[key], { filters: false }), {
          organisation: council,
          arrival: key === 'nia' ? 1 : 2,
          requestedByUserId: leadUserId,
          approver: null,
        });
        booking.approve(leadUserId, new Date(startsAt.getTime() - 30 * DAY), null);
        booking.confirm(null);
        em.persist([
          booking,
          new AttendanceMark(booking, session.parts.getItems()[0], status, AttendanceSource.REGISTER, leadUserId),
        ]);
      }
      await em.flush();

      const SETTLE = `mutation($id: ID!) { settleSession(id: $id) { id status } }`;
      await lead.data(SETTLE, { id: session.id });
      const queue = worker.get(JobQueue);
      await waitForIdleQueues(queue, 20_000);
      const [record] = await api.em().find(TrainingRecord, { booking: { session: session.id } }, { filters: false });
      const fromSession = await api.em().find(CpdEntry, { sourceId: record.id }, { filters: false });
      expect(fromSession).toHaveLength(1);
      expect(fromSession[0]).toMatchObject({
        person: { id: ids.nia },
        type: 'COURSE',
        minutes: 360,
        participatory: true,
      });
      expect(await countEntries('sam', { source: CpdSource.TRAINING })).toBe(0);

      await lead.data(SETTLE, { id: session.id });
      await queue.add(harvestCpd, null);
      await waitForIdleQueues(queue, 20_000);
      expect(await api.em().count(CpdEntry, { sourceId: record.id }, { filters: false })).toBe(1);
    });

    it('makes the entry when the manager validates training done elsewhere', async () => {
      const { recordExternalTraining } = await as.sam.data(RECORD_EXTERNAL, {
        input: {
          title: 'Motivational interviewing',
          completedOn: isoDay(-7),
          cpdMinutes: 360,
          evidence: 'Certificate MI-2291',
        },
      });
      const queue = worker.get(JobQueue);
      await waitForIdleQueues(queue, 20_000);
      expect(await countEntries('sam', { source: CpdSource.TRAINING })).toBe(0);
      await as.mo.data(REVIEW, { input: { recordId: recordExternalTraining.id, accept: true } });
      await waitForIdleQueues(queue, 20_000);
      expect(await countEntries('sam', { source: CpdSource.TRAINING, sourceId: recordExternalTraining.id })).toBe(1);
    });

    it('withdraws the entry when its training record is revoked', async () => {
      const before = await countEntries('nia', { source: CpdSource.TRAINING });
      const made = await record('nia', 'Breastfeeding update');
      const queue = worker.get(JobQueue);
      await waitForIdleQueues(queue, 20_000);
      expect(await countEntries('nia', { sourceId: made.id })).toBe(1);
      await lead.data(`mutation($input: RevokeTrainingRecordInput!) { revokeTrainingRecord(input: $input) { id } }`, {
        input: { recordId: made.id, reason: 'Attendance was recorded in error.' },
      });
      await waitForIdleQueues(queue, 20_000);
      expect(await countEntries('nia', { sourceId: made.id })).toBe(0);
      expect(await countEntries('nia', { source: CpdSource.TRAINING })).toBe(before);
    });

    it('makes one entry per attendee of a signed-off reflective practice group, and none before sign-off', async () => {
      const em = api.em();
      const person = (key: string) => em.findOneOrFail(Person, ids[key], { filters: false });
      const group = SupervisionSession.group(
        await person('mo'),
        {
          kind: SessionKind.REFLECTIVE_PRACTICE,
          type: SupervisionType.PEER,
          startsAt: new Date(Date.now() - 2 * DAY),
          durationMinutes: 90,
        },
        [await person('nia'), await person('sam')],
      );
      await em.persistAndFlush(group);
      const queue = worker.get(JobQueue);
      await waitForIdleQueues(queue, 20_000);
      expect(await api.em().count(CpdEntry, { sourceId: group.id }, { filters: false })).toBe(0);

      group.record(
        {
          durationMinutes: 90,
          functions: [],
          wellbeingRating: null,
          contentSealed: null,
          learningNeeds: [],
          nextDate: null,
        },
        new Date(),
      );
      group.signOff(new Date());
      await em.flush();
      await waitForIdleQueues(queue, 20_000);
      const made = await api.em().find(CpdEntry, { sourceId: group.id }, { filters: false, populate: ['person'] });
      expect(made.map((e) => e.person.id).sort()).toEqual([ids.nia, ids.sam].sort());
      expect(made[0]).toMatchObject({
        source: CpdSource.REFLECTIVE_PRACTICE,
        type: 'REFLECTIVE_PRACTICE_GROUP',
        minutes: 90,
        participatory: true,
        title: 'Reflective practice group',
      });
      await queue.add(harvestCpd, null);
      await waitForIdleQueues(queue, 20_000);
      expect(await api.em().count(CpdEntry, { sourceId: group.id }, { filters: false })).toBe(2);
    });

    it('makes none for someone who turned automatic entries off', async () => {
      expect((await as.vic.data(AUTO, { enabled: false })).setCpdAutoEntries.autoEntries).toBe(false);
      await record('vic', 'Peer support induction');
      await waitForIdleQueues(worker.get(JobQueue), 20_000);
      expect(await countEntries('vic')).toBe(0);
    });
  });

  describe('team compliance', () => {
    it('shows a manager their reports’ figures and what is missing, never the text', async () => {
      const { cpdCompliance } = await as.mo.data(COMPLIANCE);
      expect(cpdCompliance.totalCount).toBe(2);
      const rows = Object.fromEntries(
        cpdCompliance.rows.map((r: { person: { fullName: string } }) => [r.person.fullName, r]),
      );
      expect(Object.keys(rows).sort()).toEqual(['Nia Eastfield', 'Sam Eastfield']);
      expect(rows['Nia Eastfield']).toMatchObject({ regulators: ['NMC'], status: 'AT_RISK', dueBy: isoDay(40) });
      expect(rows['Nia Eastfield'].missing).toEqual(
        expect.arrayContaining(['NMC: Written reflective accounts 4/5', 'NMC: Confirmation 0/1']),
      );
      expect(rows['Sam Eastfield'].regulators).toEqual(['SWE']);
      expect(JSON.stringify(cpdCompliance)).not.toContain('multi-agency');
      // The row type has no text fields to ask for.
      expect(await codeOf(as.mo, `query { cpdCompliance { rows { learned } } }`, {})).toBe('BAD_USER_INPUT');
    });

    it('shows a lead everyone with a job, filtered by status; learners see no team figures', async () => {
      const { cpdCompliance } = await lead.data(COMPLIANCE);
      expect(cpdCompliance.totalCount).toBe(4);
      expect(cpdCompliance.onTrack + cpdCompliance.atRisk + cpdCompliance.missing).toBe(4);
      const vic = cpdCompliance.rows.find(
        (r: { person: { fullName: string } }) => r.person.fullName === 'Vic Eastfield',
      );
      expect(vic).toMatchObject({ regulators: ['NONE'] });
      expect(vic.missing).toEqual(['Target: Hours of CPD this year 0/6']);
      // All four work for the council: its row counts each of them by their status.
      const counted = (status: string) =>
        cpdCompliance.rows.filter((r: { status: string }) => r.status === status).length;
      expect(cpdCompliance.byOrganisation).toEqual([
        {
          organisationId: ids.council,
          name: 'Eastfield Council',
          people: 4,
          onTrack: counted('ON_TRACK'),
          atRisk: counted('AT_RISK'),
          missing: counted('MISSING'),
        },
      ]);
      const atRisk = (await lead.data(COMPLIANCE, { filter: { status: 'AT_RISK' } })).cpdCompliance;
      expect(atRisk.rows.every((r: { status: string }) => r.status === 'AT_RISK')).toBe(true);
      expect(atRisk.totalCount).toBe(cpdCompliance.atRisk);
      expect((await lead.data(COMPLIANCE, { filter: { teamId: ids.team } })).cpdCompliance.totalCount).toBe(4);
      const elsewhere = { organisationId: '00000000-0000-4000-8000-000000000000' };
      expect((await lead.data(COMPLIANCE, { filter: elsewhere })).cpdCompliance).toMatchObject({
        totalCount: 0,
        rows: [],
      });
      expect(await codeOf(as.sam, COMPLIANCE, {})).toBe('FORBIDDEN');
    });

    it("confines a partner admin's figures to their organisation, whoever else a person works for", async () => {
      // Vic also volunteers for a charity: the lead sees both organisations, each counting Vic.
      const charity = (
        await lead.data(CREATE_ORG, {
          input: { name: 'Eastfield Family Action', code: 'EFA', kind: 'VCFSE', statutory: false },
        })
      ).createOrganisation.id;
      await lead.data(ADD_JOB, {
        input: {
          personId: ids.vic,
          organisationId: charity,
          jobTitle: 'Befriender',
          employmentType: 'VOLUNTEER',
          startDate: '2025-01-01',
        },
      });
      const byOrganisation = async (client: GraphQLClient) =>
        (await client.data(COMPLIANCE)).cpdCompliance.byOrganisation.map(
          (o: { name: string; people: number }) => `${o.name}: ${o.people}`,
        );
      expect(await byOrganisation(lead)).toEqual(['Eastfield Council: 4', 'Eastfield Family Action: 1']);
      const { client: charityAdmin } = await api.userIn('northshire', 'cpd.efa.admin@eastfield.example', [
        { role: Role.PARTNER_ADMIN, organisationId: charity },
      ]);
      expect(await byOrganisation(charityAdmin)).toEqual(['Eastfield Family Action: 1']);
      const { client: councilAdmin } = await api.userIn('northshire', 'cpd.efc.admin@eastfield.example', [
        { role: Role.PARTNER_ADMIN, organisationId: ids.council },
      ]);
      expect(await byOrganisation(councilAdmin)).toEqual(['Eastfield Council: 4']);
    });
  });

  // Last: it rotates the key.
  describe('re-sealing in the worker', () => {
    let worker: TestingModule;
    beforeAll(async () => {
      // The rotated configuration: the new key made current, the old one kept to open what it sealed.
      const rotated = Object.assign(Object.create(AppConfig.prototype) as AppConfig, api.config, {
        encryption: { ...api.config.encryption, currentKeyId: NEW_KEY.id },
      });
      worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(rotated)] }).compile();
      await worker.init();
    });
    afterAll(() => worker?.close());

    it('seals text written before CPD was sealed and re-seals the rest under the new key; all of it reads back', async () => {
      // As the migration that sealed CPD leaves text written before it: marked, readable, not yet sealed.
      await sql(`update cpd_entry set practice_change_sealed = 'unsealed:Written before sealing.' where id = ?`, [
        ids.samEntry,
      ]);
      expect((await as.sam.data(WRITING, { id: ids.samEntry })).cpdEntry.practiceChange).toBe(
        'Written before sealing.',
      );
      const queue = worker.get(JobQueue);
      await queue.add(resealContent, undefined);
      await waitForIdleQueues(queue, 20_000);

      expect(await sealedKeyIds()).toEqual([NEW_KEY.id]);
      const [row] = await sql('select practice_change_sealed from cpd_entry where id = ?', [ids.samEntry]);
      expect(row.practice_change_sealed).not.toContain('Written before');
      expect((await as.sam.data(WRITING, { id: ids.samEntry })).cpdEntry).toEqual({
        learned: 'The new multi-agency expectations.',
        practiceChange: 'Written before sealing.',
        peerReflection: { withWhom: 'Jo, senior practitioner', on: isoDay(-5), summary: 'Talked through a case.' },
      });
      const text = await as.nia.data(NMC_TEXT);
      expect(text.myReflectiveAccounts[0].learned).toBe('Responsive feeding.');
      expect(text.myPracticeFeedback[0].summary).toBe('Thanked me for the visit.');
      expect(text.myRevalidationSignOffs).toEqual([{ notes: 'We went through my feeding accounts.' }]);
      const pack = await http('/cpd/nmc-revalidation.pdf', as.nia);
      expect(pack.status).toBe(200);
    });
  });
});
