import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type EntityName, ref } from '@mikro-orm/core';
import { Test, type TestingModule } from '@nestjs/testing';
import { Passwords, Role, User } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { JobQueue, waitForIdleQueues } from '@kindred/jobs';
import { AuditEntry, ImportRun, JobAssignment, Organisation, OrganisationKind, Person, Team } from '@kindred/org';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';

const FIXTURES = resolve(__dirname, '../fixtures/people');
const fixture = (name: string) => ({ name, bytes: readFileSync(resolve(FIXTURES, name)) });
const csv = (name: string, lines: string[]) => ({ name, bytes: Buffer.from(lines.map((l) => `${l}\r\n`).join('')) });

const HEADER =
  'Employee number,Given name,Family name,Email,Phone,Organisation,Team,Job title,Employment type,Hours per week,Start date,End date,Line manager';
const PASSWORD = 'a long test passphrase';
const RUN = `query($id: ID!) { importRun(id: $id) {
  id status fileName dryRun skipInvalid totalRows processedRows created updated unchanged finishedAt
  problems { row column value reason }
} }`;
const RUNS = '{ importRuns(perPage: 50) { totalCount nodes { id fileName } } }';

interface Session {
  token: string;
  userId: string;
  client: GraphQLClient;
}

describe('importing people from a file', () => {
  const context = setUpTestApi({ seedDemo: true });
  let api: TestApi;
  let worker: TestingModule;
  let queue: JobQueue;
  let lead: Session;
  let partnerAdmin: Session;
  let earlyHelp: Organisation;

  const signIn = async (email: string, password: string): Promise<Session> => {
    const { login } = await api
      .client()
      .data('mutation($input: LoginInput!) { login(input: $input) { accessToken user { id } } }', {
        input: { email, password },
      });
    return { token: login.accessToken, userId: login.user.id, client: api.client().withToken(login.accessToken) };
  };

  const upload = async (
    session: Session,
    file: { name: string; bytes: Buffer },
    fields: Record<string, string | boolean> = {},
  ) => {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(file.bytes)]), file.name);
    for (const [name, value] of Object.entries(fields)) form.set(name, String(value));
    const response = await fetch(`${api.url}/imports/people`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}` },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as any };
  };

  /** Uploads, lets the worker run the job and returns the run as GraphQL shows it. */
  const importFile = async (
    session: Session,
    file: { name: string; bytes: Buffer },
    fields: { dryRun?: boolean; skipInvalid?: boolean } = {},
  ) => {
    const { status, body } = await upload(session, file, fields);
    expect({ status, body }).toEqual({ status: 202, body: { id: expect.any(String), status: 'QUEUED' } });
    await waitForIdleQueues(queue, 30_000);
    return (await session.client.data(RUN, { id: body.id })).importRun;
  };

  const northshire = () => api.em().findOneOrFail(Partnership, { slug: 'northshire' }, { filters: false });
  const person = (email: string) =>
    api.em().findOne(Person, { email }, { filters: false, populate: ['assignments.organisation', 'assignments.team'] });
  const count = (entity: EntityName<object>, where: object = {}) => api.em().count(entity, where, { filters: false });
  /** Everyone with a job that has not ended: one row each (or more) in an export. */
  const peopleInWork = async () => {
    const today = new Date().toISOString().slice(0, 10);
    const jobs = await api
      .em()
      .find(
        JobAssignment,
        { partnership: await northshire(), $or: [{ endDate: null }, { endDate: { $gte: today } }] },
        { filters: false },
      );
    return new Set(jobs.map((job) => job.person.id)).size;
  };

  beforeAll(async () => {
    api = context.api;
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(api.config)] }).compile();
    await worker.init();
    queue = api.app.get(JobQueue);

    const em = api.em();
    const partnership = ref(await northshire());
    earlyHelp = new Organisation(partnership, {
      name: 'Brightwater Borough Council Early Help',
      code: 'BBC-EH',
      kind: OrganisationKind.LOCAL_AUTHORITY,
      statutory: true,
    });
    const healthVisiting = new Organisation(partnership, {
      name: 'Brightwater Health Visiting Service',
      code: 'BHV',
      kind: OrganisationKind.HEALTH,
      statutory: true,
    });
    const harbourLights = new Organisation(partnership, {
      name: 'Harbour Lights Family Support',
      code: 'HLFS',
      kind: OrganisationKind.VCFSE,
      statutory: false,
    });
    em.persist([earlyHelp, healthVisiting, harbourLights]);
    em.persist([
      new Team(earlyHelp, 'Early Help East'),
      new Team(earlyHelp, 'Family Hub Reception'),
      new Team(healthVisiting, 'Health Visiting North'),
      new Team(harbourLights, 'Volunteers'),
    ]);
    const admin = new User(partnership, 'admin@brightwater.example', 'Brightwater partner admin');
    admin.passwordHash = await api.app.get(Passwords).hash(PASSWORD);
    admin.grant(Role.PARTNER_ADMIN, earlyHelp.id);
    em.persist(admin);
    await em.flush();

    lead = await signIn('lead@northshire.example', 'family-hubs-demo');
    partnerAdmin = await signIn('admin@brightwater.example', PASSWORD);
  });

  afterAll(async () => {
    await worker?.close();
  });

  describe('refuses a file it cannot import, storing nothing', () => {
    it.each([
      ['a picture renamed .csv', fixture('photo.csv'), 400, /not a CSV or Excel \(\.xlsx\) file/],
      ['an empty file', fixture('empty.csv'), 400, /The file is empty/],
      ['a file with no header row', fixture('no-header.csv'), 400, /The file has no header row/],
      ['a header with nobody under it', fixture('header-only.csv'), 400, /header row but no people/],
      [
        'a zip that is not a workbook',
        { name: 'people.xlsx', bytes: Buffer.from('PK\x03\x04not really') },
        400,
        /not an Excel workbook/,
      ],
      [
        'a file over 10 MB',
        { name: 'huge.csv', bytes: Buffer.alloc(10 * 1024 * 1024 + 1, 'a') },
        413,
        /larger than 10 MB/,
      ],
    ])('%s', async (_, file, status, message) => {
      const before = await count(ImportRun);
      const answer = await upload(lead, file);
      expect(answer).toEqual({ status, body: { code: 'BAD_USER_INPUT', message: expect.stringMatching(message) } });
      expect(await count(ImportRun)).toBe(before);
    });

    it('asks for a file when none is sent, and for "true" or "false" flags', async () => {
      const response = await fetch(`${api.url}/imports/people`, {
        method: 'POST',
        headers: { authorization: `Bearer ${lead.token}` },
        body: new FormData(),
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/Choose a CSV/) });
      const flags = await upload(lead, fixture('clean.csv'), { dryRun: 'yes' });
      expect(flags).toEqual({
        status: 400,
        body: { code: 'BAD_USER_INPUT', message: 'dryRun must be "true" or "false".' },
      });
    });

    it('is closed to anonymous callers and to learners', async () => {
      const anonymous = await fetch(`${api.url}/imports/people`, { method: 'POST', body: new FormData() });
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
      const learner = await signIn('learner@northshire.example', 'family-hubs-demo');
      expect(await upload(learner, fixture('clean.csv'))).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    });
  });

  it('checks a file in a dry run, reporting what it would do and writing nothing', async () => {
    const run = await importFile(lead, fixture('clean.csv'), { dryRun: true });
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      dryRun: true,
      totalRows: 11,
      created: 10,
      updated: 0,
      problems: [],
    });
    expect(await person('amira.hussain@brightwater.example')).toBeNull();
  });

  it('imports a clean CSV file: people, their jobs, teams, line managers and audit entries', async () => {
    const run = await importFile(lead, fixture('clean.csv'));
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      fileName: 'clean.csv',
      totalRows: 11,
      processedRows: 11,
      created: 10,
      updated: 0,
      unchanged: 0,
      problems: [],
      finishedAt: expect.any(String),
    });

    const amira = (await person('amira.hussain@brightwater.example'))!;
    const sian = (await person('sian.price-jones@brightwater.example'))!;
    expect(sian).toMatchObject({ givenName: 'Siân', familyName: 'Price-Jones', employeeNumber: 'BB1003', phone: null });
    expect(sian.assignments.getItems()).toEqual([
      expect.objectContaining({
        jobTitle: 'Family hub navigator',
        employmentType: 'STAFF',
        hoursPerWeek: '22.5',
        startDate: '2024-01-08',
        endDate: null,
      }),
    ]);
    expect(sian.assignments[0].team?.unwrap().name).toBe('Family Hub Reception');
    expect(sian.assignments[0].lineManager?.id).toBe(amira.id);

    // Two rows, one person: a health visitor seconded part-time into the council's hub.
    const laura = (await person('laura.bennett@brightwater.example'))!;
    const jobs = laura.assignments.getItems().map((a) => [a.organisation.unwrap().code, a.employmentType, a.endDate]);
    expect(jobs.sort()).toEqual([
      ['BBC-EH', 'SECONDED', '2027-08-31'],
      ['BHV', 'STAFF', null],
    ]);
    // A manager further down the file is found.
    const peter = (await person('peter.walsh@harbourlights.example'))!;
    const deborah = (await person('deborah.okoro@harbourlights.example'))!;
    expect(peter.assignments[0].lineManager?.id).toBe(deborah.id);
    expect(peter.employeeNumber).toBeNull();

    expect(await count(AuditEntry, { action: 'IMPORTED', actorUserId: lead.userId, entityType: 'Person' })).toBe(10);
    expect(await count(AuditEntry, { action: 'IMPORTED', actorUserId: lead.userId, entityType: 'JobAssignment' })).toBe(
      11,
    );
    const stored = await api.em().findOneOrFail(ImportRun, { id: run.id }, { filters: false, populate: ['file'] });
    expect(stored.file).toBeNull();
  });

  it('changes nothing when the same file is imported again, as CSV or as a workbook', async () => {
    const audits = await count(AuditEntry);
    for (const file of [fixture('clean.csv'), fixture('clean.xlsx')]) {
      const run = await importFile(lead, file);
      expect(run).toMatchObject({ status: 'SUCCEEDED', created: 0, updated: 0, unchanged: 10, problems: [] });
    }
    expect(await count(AuditEntry)).toBe(audits);
  });

  it('updates jobs in place, keeps what absent columns would clear, and finds a manager new in the file', async () => {
    const run = await importFile(
      lead,
      csv('volunteers.csv', [
        'Given name,Family name,Email,Organisation,Team,Job title,Employment type,Hours per week,Start date,Line manager',
        'Hannah,Lee,hannah.lee@harbourlights.example,HLFS,Volunteers,Peer support volunteer,Volunteer,6,01/03/2024,nadia.khan@harbourlights.example',
        'Deborah,Okoro,deborah.okoro@harbourlights.example,HLFS,Volunteers,Volunteer coordinator,Staff,24,01/02/2021,',
        'Nadia,Khan,nadia.khan@harbourlights.example,HLFS,Volunteers,Volunteer coordinator,Staff,16,01/11/2026,',
      ]),
    );
    expect(run).toMatchObject({ status: 'SUCCEEDED', created: 1, updated: 1, unchanged: 1, problems: [] });
    const hannah = (await person('hannah.lee@harbourlights.example'))!;
    const nadia = (await person('nadia.khan@harbourlights.example'))!;
    expect(hannah.assignments.getItems()).toEqual([expect.objectContaining({ hoursPerWeek: '6.0' })]);
    expect(hannah.assignments[0].lineManager?.id).toBe(nadia.id);
    expect((await person('deborah.okoro@harbourlights.example'))!.phone).toBe('07700 900101');
    const entry = await api.em().findOneOrFail(
      AuditEntry,
      { entityId: hannah.assignments[0].id, action: 'IMPORTED' },
      {
        filters: false,
        orderBy: { createdAt: 'DESC' },
      },
    );
    expect(entry.changes).toEqual({ hoursPerWeek: ['4.0', '6.0'], lineManager: [expect.any(String), nadia.id] });
  });

  it('reads the column names and date styles HR exports use', async () => {
    const run = await importFile(lead, fixture('hr-aliases.csv'));
    expect(run).toMatchObject({ status: 'SUCCEEDED', created: 3, problems: [] });
    const ben = (await person('ben.thompson@brightwater.example'))!;
    expect(ben.assignments.getItems()).toEqual([
      expect.objectContaining({ startDate: '2025-10-01', endDate: '2027-03-31', employmentType: 'STAFF', team: null }),
    ]);
    const zara = (await person('zara.ahmed@brightwater.example'))!;
    expect(zara).toMatchObject({ employeeNumber: 'BA501', phone: '07700 900501' });
    expect(ben.assignments[0].lineManager?.id).toBe(zara.id);
  });

  describe('a file with bad rows', () => {
    const badRows = [
      { row: 3, column: 'Email', value: null, reason: 'Email is required.' },
      {
        row: 4,
        column: 'Email',
        value: 'isla.murray.at.brightwater',
        reason: expect.stringMatching(/not an email address/),
      },
      { row: 5, column: 'Start date', value: '31/02/2025', reason: expect.stringMatching(/is not a date/) },
      {
        row: 6,
        column: 'Organisation',
        value: 'Northshire Police',
        reason: expect.stringMatching(/no organisation called/),
      },
      {
        row: 7,
        column: 'Team',
        value: 'Health Visiting North',
        reason:
          'Team "Health Visiting North" is part of Brightwater Health Visiting Service, not Brightwater Borough Council Early Help.',
      },
      {
        row: 8,
        column: 'Email',
        value: 'olivia.grant@brightwater.example',
        reason: expect.stringMatching(/^Duplicate of row 2/),
      },
      {
        row: 9,
        column: 'Line manager',
        value: 'nobody@brightwater.example',
        reason: 'No one with the email nobody@brightwater.example is in this file or already in Kindred.',
      },
      {
        row: 10,
        column: 'End date',
        value: '01/08/2025',
        reason: 'The end date 01/08/2025 is before the start date 01/09/2025.',
      },
      {
        row: 11,
        column: 'Employment type',
        value: 'Zero hours',
        reason: expect.stringMatching(/not an employment type/),
      },
      { row: 13, column: 'Family name', value: null, reason: 'Family name is required.' },
    ];

    it('rejects the whole file, reporting every bad row, and writes nothing', async () => {
      const people = await count(Person);
      const run = await importFile(lead, fixture('bad-rows.csv'));
      expect(run).toMatchObject({ status: 'REJECTED', totalRows: 12, created: 0, updated: 0, unchanged: 0 });
      expect(run.problems).toEqual(badRows);
      expect(await count(Person)).toBe(people);
    });

    it('reports the same in a dry run, with what the good rows would do', async () => {
      const run = await importFile(lead, fixture('bad-rows.csv'), { dryRun: true, skipInvalid: true });
      expect(run).toMatchObject({ status: 'PARTIAL', created: 2 });
      expect(run.problems).toEqual(badRows);
      expect(await person('olivia.grant@brightwater.example')).toBeNull();
    });

    it('holds back the rows whose line manager is on a row with problems, down the chain', async () => {
      const run = await importFile(
        lead,
        csv('chain.csv', [
          HEADER,
          'BC1,Kai,Lund,kai.lund@brightwater.example,,BBC-EH,,Team manager,Staff,37.5,32/01/2026,,',
          'BC2,Lena,Moss,lena.moss@brightwater.example,,BBC-EH,,Senior practitioner,Staff,37.5,01/02/2026,,kai.lund@brightwater.example',
          'BC3,Max,Nash,max.nash@brightwater.example,,BBC-EH,,Practitioner,Staff,37.5,01/02/2026,,BC2',
          'BC4,Noor,Ali,noor.ali@brightwater.example,,BBC-EH,,Practitioner,Staff,37.5,01/02/2026,,BB1001',
        ]),
        { skipInvalid: true },
      );
      expect(run).toMatchObject({ status: 'PARTIAL', created: 1 });
      expect(run.problems.map((p: { row: number; reason: string }) => [p.row, p.reason])).toEqual([
        [2, expect.stringMatching(/"32\/01\/2026" is not a date/)],
        [3, 'The line manager kai.lund@brightwater.example is on row 2, which has problems.'],
        [4, 'The line manager BC2 is on row 3, which has problems.'],
      ]);
      expect(await person('noor.ali@brightwater.example')).not.toBeNull();
      expect(await person('lena.moss@brightwater.example')).toBeNull();
    });

    it('imports the good rows when asked to skip the bad ones', async () => {
      const run = await importFile(lead, fixture('bad-rows.csv'), { skipInvalid: true });
      expect(run).toMatchObject({ status: 'PARTIAL', created: 2, problems: badRows });
      expect(await person('olivia.grant@brightwater.example')).not.toBeNull();
      expect(await person('oscar.reid@brightwater.example')).not.toBeNull();
      expect(await person('leo.fraser@brightwater.example')).toBeNull();
    });
  });

  describe('for a partner admin', () => {
    it('refuses rows for other organisations and changes to people who work only elsewhere', async () => {
      const run = await importFile(
        partnerAdmin,
        csv('mixed.csv', [
          HEADER,
          'BB7001,Nia,Roberts,nia.roberts@brightwater.example,,BBC-EH,Early Help East,Family support worker,Staff,37.5,01/09/2026,,',
          ',Sam,Field,sam.field@harbourlights.example,,HLFS,Volunteers,Peer support volunteer,Volunteer,3,01/09/2026,,',
          'HV2001,Grace,Adeyemi,grace.adeyemi@brightwater.example,01632 999999,BBC-EH,Family Hub Reception,Health visitor (hub),Seconded,7.5,01/09/2026,,',
        ]),
      );
      expect(run.status).toBe('REJECTED');
      expect(run.problems).toEqual([
        {
          row: 3,
          column: 'Organisation',
          value: 'HLFS',
          reason: 'You can only import people into your own organisation, not Harbour Lights Family Support.',
        },
        {
          row: 4,
          column: 'Phone',
          value: '01632 999999',
          reason:
            'Grace Adeyemi works for another organisation: you can add a job in yours, but not change their details.',
        },
      ]);
      expect(await person('nia.roberts@brightwater.example')).toBeNull();
    });

    it('lets them take on a secondee from another organisation without changing their details', async () => {
      const run = await importFile(
        partnerAdmin,
        csv('secondee.csv', [
          HEADER,
          'HV2001,Grace,Adeyemi,grace.adeyemi@brightwater.example,,BBC-EH,Family Hub Reception,Health visitor (hub),Seconded,7.5,01/09/2026,,',
        ]),
      );
      expect(run).toMatchObject({ status: 'SUCCEEDED', updated: 1, problems: [] });
      const grace = (await person('grace.adeyemi@brightwater.example'))!;
      expect(
        grace.assignments
          .getItems()
          .map((a) => a.organisation.unwrap().code)
          .sort(),
      ).toEqual(['BBC-EH', 'BHV']);
    });

    it('shows them only their own runs', async () => {
      const mine = await partnerAdmin.client.data(RUNS);
      expect(mine.importRuns.nodes.map((r: { fileName: string }) => r.fileName).sort()).toEqual([
        'mixed.csv',
        'secondee.csv',
      ]);
      const leads = await lead.client.data(RUNS);
      expect(leads.importRuns.totalCount).toBeGreaterThan(mine.importRuns.totalCount);
      const leadsRun = leads.importRuns.nodes.find((r: { fileName: string }) => r.fileName === 'clean.csv');
      expect((await partnerAdmin.client.data(RUN, { id: leadsRun.id })).importRun).toBeNull();
    });
  });

  it("answers another partnership's run as unknown", async () => {
    const { client } = await api.userIn('southvale', 'lead@southvale.example', [Role.WORKFORCE_LEAD], PASSWORD);
    const leadsRun = (await lead.client.data(RUNS)).importRuns.nodes[0];
    expect((await client.data(RUN, { id: leadsRun.id })).importRun).toBeNull();
    expect((await client.data(RUNS)).importRuns.totalCount).toBe(0);
  });

  describe('exporting', () => {
    const download = async (session: Session, format: string) => {
      const response = await fetch(`${api.url}/exports/people?format=${format}`, {
        headers: { authorization: `Bearer ${session.token}` },
      });
      return { response, bytes: Buffer.from(await response.arrayBuffer()) };
    };

    it.each(['csv', 'xlsx'])('gives a %s file that imports again with no changes', async (format) => {
      const { response, bytes } = await download(lead, format);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(
        new RegExp(`people-\\d{4}-\\d{2}-\\d{2}\\.${format}`),
      );
      const run = await importFile(lead, { name: `export.${format}`, bytes });
      expect(run).toMatchObject({
        status: 'SUCCEEDED',
        created: 0,
        updated: 0,
        unchanged: await peopleInWork(),
        problems: [],
      });
    });

    it("gives a partner admin their own organisation's jobs only", async () => {
      const { bytes } = await download(partnerAdmin, 'csv');
      const organisations = new Set(
        bytes
          .toString('utf8')
          .trim()
          .split('\r\n')
          .slice(1)
          .map((line) => line.split(',')[5]),
      );
      expect([...organisations]).toEqual([earlyHelp.name]);
    });

    it('serves the empty template', async () => {
      const response = await fetch(`${api.url}/imports/people/template.csv`, {
        headers: { authorization: `Bearer ${lead.token}` },
      });
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(await response.text()).toBe(`${HEADER}\r\n`);
    });

    it('refuses an unknown format', async () => {
      const { response, bytes } = await download(lead, 'pdf');
      expect(response.status).toBe(400);
      expect(JSON.parse(bytes.toString())).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'format must be "csv" or "xlsx".',
      });
    });
  });
});
