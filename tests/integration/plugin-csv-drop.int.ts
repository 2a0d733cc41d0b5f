import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { ref } from '@mikro-orm/core';
import { Role } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { SyncRun, SyncTrigger } from '@kindred/provider-sync';
import { Course, RecordSource, TrainingRecord, TrainingSession } from '@kindred/training';
import { enable, setUpPluginSync } from './support/plugin-sync';

const PROVIDER = 'Northshire Community Health Infant Feeding Team';
const folder = mkdtempSync(join(tmpdir(), 'kindred-csv-drop-'));
const drop = (capability: string, name: string, lines: string[] | Buffer) => {
  mkdirSync(join(folder, capability), { recursive: true });
  writeFileSync(join(folder, capability, name), Buffer.isBuffer(lines) ? lines : lines.join('\r\n'));
};
process.env.TEST_TRUST_EXPORT_TOKEN = 'Bearer trust-token';

async function workbook(rows: (string | Date)[][]): Promise<Buffer> {
  const book = new Workbook();
  const sheet = book.addWorksheet('Completions');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('csv-drop: catalogue, sessions and completions from files', () => {
  let exported: () => { status?: number; body: Buffer | string; delayMs?: number };
  const sync = setUpPluginSync((stub) => [
    enable('csv-drop', 'trust-drop', PROVIDER, { folder }),
    enable('csv-drop', 'trust-exports', PROVIDER, {
      urls: { completions: `${stub.url}/exports/completions.xlsx` },
      authorization: { env: 'TEST_TRUST_EXPORT_TOKEN' },
      timeoutMs: 300,
    }),
  ]);
  const em = () => sync.api.em();
  const sessions = () =>
    em().find(
      TrainingSession,
      { externalId: { $ne: null } },
      { filters: false, populate: ['course'], orderBy: { externalId: 'ASC' } },
    );

  beforeAll(() =>
    sync.stub.reset(async (_req, res) => {
      const { status = 200, body, delayMs } = exported();
      if (delayMs) await new Promise((done) => setTimeout(done, delayMs));
      res.writeHead(status).end(body);
    }),
  );
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('brings in a catalogue and then its sessions, a file per page, each file once', async () => {
    drop('catalogue', '2026-11-01-courses.csv', [
      'Course id,Title,Summary,Duration (minutes),Mode',
      'BF-1,Baby Friendly: responsive bottle feeding,For every practitioner,90,Virtual',
      'BF-2,Baby Friendly: supporting breastfeeding,Two half days,360,in person',
    ]);
    const catalogue = await sync.syncNow('trust-drop', 'catalogue');
    expect(catalogue).toMatchObject({ status: 'SUCCEEDED', pages: 1, created: 2 });
    const courses = await em().find(
      Course,
      { externalId: { $ne: null } },
      { filters: false, orderBy: { externalId: 'ASC' } },
    );
    expect(courses.map((c) => [c.externalId, c.title, c.mode, c.durationMinutes])).toEqual([
      ['BF-1', 'Baby Friendly: responsive bottle feeding', 'VIRTUAL', 90],
      ['BF-2', 'Baby Friendly: supporting breastfeeding', 'IN_PERSON', 360],
    ]);

    drop('sessions', '2026-11-01.csv', [
      'Session id;Course;Date;Start time;End time;Venue;Online link;Places',
      'S-1;Baby Friendly: responsive bottle feeding;12/01/2027;10:00;11:30;;https://meet.example/bf1;40',
    ]);
    drop('sessions', '2026-11-08.csv', [
      'Reference,Course,Date,Start,End,Location,Capacity,Cancelled',
      'S-2,Baby Friendly: supporting breastfeeding,2027-07-05,09:30,16:00,Ashbury Family Hub,12,',
    ]);
    const run = await sync.syncNow('trust-drop', 'sessions');
    expect(run).toMatchObject({ status: 'SUCCEEDED', pages: 2, created: 2 });
    expect(
      (await sessions()).map((s) => [s.externalId, s.course.getEntity().title, s.startsAt.toISOString(), s.capacity]),
    ).toEqual([
      ['S-1', 'Baby Friendly: responsive bottle feeding', '2027-01-12T10:00:00.000Z', 40],
      // Summer time: 09:30 in London is 08:30 UTC.
      ['S-2', 'Baby Friendly: supporting breastfeeding', '2027-07-05T08:30:00.000Z', 12],
    ]);

    const nothingNew = await sync.syncNow('trust-drop', 'sessions');
    expect(nothingNew).toMatchObject({ status: 'SUCCEEDED', created: 0, updated: 0, unchanged: 0 });
    // The same rows dropped again under a new name change nothing.
    drop('sessions', '2026-11-15.csv', [
      'Session id,Course,Date,Start time,End time,Venue,Online link,Places',
      'S-1,Baby Friendly: responsive bottle feeding,12/01/2027,10:00,11:30,,https://meet.example/bf1,40',
    ]);
    expect(await sync.syncNow('trust-drop', 'sessions')).toMatchObject({
      status: 'SUCCEEDED',
      created: 0,
      unchanged: 1,
    });
  });

  it('refuses a file with bad rows whole, reporting every row, and resumes at that file once it is fixed', async () => {
    const before = (await sessions()).map((s) => [s.id, s.updatedAt.getTime()]);
    const header = 'Session id,Course,Date,Start time,End time,Venue,Online link,Places';
    drop('sessions', '2026-11-22-a.csv', [
      header,
      'S-3,Baby Friendly: supporting breastfeeding,2027-02-01,09:30,12:30,Hub South,,',
    ]);
    drop('sessions', '2026-11-22-b.csv', [
      header,
      'S-4,Baby Friendly: supporting breastfeeding,31/02/2027,09:30,12:30,Hub South,,',
      'S-5,Baby Friendly: supporting breastfeeding,2027-02-03,14:00,13:00,Hub South,,',
      ',Baby Friendly: supporting breastfeeding,2027-02-04,09:30,12:30,Hub South,,',
      'S-6,Not a course we have,2027-02-05,09:30,12:30,Hub South,,',
    ]);
    drop('sessions', '2026-11-22-c.csv', [
      header,
      'S-7,Baby Friendly: supporting breastfeeding,2027-02-08,09:30,12:30,Hub South,,',
    ]);

    const failed = await sync.syncNow('trust-drop', 'sessions');
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 1, pages: 1, created: 1, errors: 3 });
    expect(failed.lines.filter((l) => l.level === 'ERROR' && l.record)).toEqual([
      {
        level: 'ERROR',
        record: '2026-11-22-b.csv row 2',
        message: 'Date "31/02/2027": is not a date (use 01/12/2026 or 2026-12-01)',
      },
      { level: 'ERROR', record: '2026-11-22-b.csv row 3', message: 'End time "13:00": is before the start' },
      { level: 'ERROR', record: '2026-11-22-b.csv row 4', message: 'Session id "": is required' },
    ]);
    expect((await sessions()).map((s) => s.externalId)).toEqual(['S-1', 'S-2', 'S-3']);

    // Fixed, the file still names a course the catalogue lacks: refused by the core, by record.
    drop('sessions', '2026-11-22-b.csv', [header, 'S-6,Not a course we have,2027-02-05,09:30,12:30,Hub South,,']);
    const unknownCourse = await sync.syncNow('trust-drop', 'sessions');
    expect(unknownCourse.lines).toContainEqual({
      level: 'ERROR',
      record: 'S-6',
      message: 'No course called "Not a course we have" in the catalogue: add it or fix the mapping.',
    });

    drop('sessions', '2026-11-22-b.csv', [
      header,
      'S-6,Baby Friendly: supporting breastfeeding,2027-02-05,09:30,12:30,Hub South,,',
    ]);
    const resumed = await sync.syncNow('trust-drop', 'sessions');
    expect(resumed).toMatchObject({ status: 'SUCCEEDED', pages: 2, created: 2, unchanged: 0 });
    expect((await sessions()).map((s) => s.externalId)).toEqual(['S-1', 'S-2', 'S-3', 'S-6', 'S-7']);
    expect(
      (await sessions()).filter((s) => before.some(([id]) => id === s.id)).map((s) => [s.id, s.updatedAt.getTime()]),
    ).toEqual(before);
  });

  it('refuses a file that is not a spreadsheet', async () => {
    drop('catalogue', '2026-11-23.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const run = await sync.syncNow('trust-drop', 'catalogue');
    expect(run).toMatchObject({ status: 'FAILED', attempts: 1, created: 0 });
    expect(run.message).toMatch(/^2026-11-23\.csv: The file is not a CSV or Excel \(\.xlsx\) file\./);
  });

  it('reads completions from a workbook the provider publishes, with its token', async () => {
    const book = await workbook([
      ['Completion id', 'Work email', 'Payroll number', 'Name', 'Course', 'Completed on'],
      [
        'C-1',
        'learner@northshire.example',
        '',
        'Jordan Reid',
        'Baby Friendly: responsive bottle feeding',
        new Date(Date.UTC(2026, 9, 14)),
      ],
      ['C-2', 'nobody@elsewhere.example', '', 'Pat Nobody', 'Baby Friendly: responsive bottle feeding', '14/10/2026'],
    ]);
    exported = () => ({ body: book });
    const run = await sync.syncNow('trust-exports', 'completions');
    expect(run).toMatchObject({ status: 'SUCCEEDED', created: 1, unmatched: 1 });
    expect(sync.stub.requests.at(-1)?.headers.authorization).toBe('Bearer trust-token');
    const records = await em().find(
      TrainingRecord,
      { source: RecordSource.PLUGIN },
      { filters: false, populate: ['person'] },
    );
    expect(records.map((r) => [r.externalId, r.person.getEntity().email, r.completedOn])).toEqual([
      ['C-1', 'learner@northshire.example', '2026-10-14'],
    ]);
    expect(await sync.syncNow('trust-exports', 'completions')).toMatchObject({
      status: 'SUCCEEDED',
      created: 0,
      unchanged: 2,
    });

    const noLearner = await workbook([
      ['Completion id', 'Email', 'Course', 'Completed on'],
      ['C-3', '', 'Baby Friendly: responsive bottle feeding', '14/10/2026'],
    ]);
    exported = () => ({ body: noLearner });
    const bad = await sync.syncNow('trust-exports', 'completions');
    expect(bad.lines).toContainEqual({
      level: 'ERROR',
      record: `${sync.stub.url}/exports/completions.xlsx row 2`,
      message: 'Email "": give an email or an employee number',
    });
  });

  it('fails on a refused token at once, and on a slow provider after its retries', async () => {
    exported = () => ({ status: 403, body: 'forbidden' });
    const refused = await sync.syncNow('trust-exports', 'completions');
    expect(refused).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(refused.message).toMatch(/refused the credentials \(HTTP 403\)/);

    exported = () => ({ body: 'x', delayMs: 1_000 });
    const slow = await sync.syncNow('trust-exports', 'completions');
    expect(slow).toMatchObject({ status: 'FAILED', attempts: 3 });
    expect(slow.message).toMatch(/did not answer .* within 0\.3 s\.$/);
  });

  it('refuses "sync now" for what a plugin does not pull, for an unknown plugin, to a manager, and twice at once', async () => {
    const SYNC = 'mutation($input: SyncNowInput!) { syncNow(input: $input) { id } }';
    const unknown = await sync.lead.request(SYNC, { input: { instance: 'nope' } });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const badCapability = await sync.lead.request(SYNC, { input: { instance: 'trust-drop', capability: 'bookings' } });
    expect(badCapability.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const manager = await sync.api.loginAs(Role.MANAGER);
    expect((await manager.request(SYNC, { input: { instance: 'trust-drop' } })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );

    // A run still queued holds the slot: pressing again is refused, not queued twice.
    const fork = em();
    const northshire = await fork.findOneOrFail(Partnership, { slug: 'northshire' }, { filters: false });
    const queued = new SyncRun(ref(northshire), {
      instance: 'trust-drop',
      pluginId: 'csv-drop',
      capability: 'catalogue',
      trigger: SyncTrigger.MANUAL,
      requestedBy: null,
    });
    await fork.persistAndFlush(queued);
    const twice = await sync.lead.request(SYNC, { input: { instance: 'trust-drop', capability: 'catalogue' } });
    expect(twice.errors?.[0]).toMatchObject({
      message: 'A sync of trust-drop is already queued or running: wait for it to finish.',
      extensions: { code: 'CONFLICT' },
    });
    await fork.removeAndFlush(queued);

    const plugins = await sync.lead.data(
      '{ providerPlugins { totalCount nodes { id pluginId provider capabilities schedules { capability cron } } } }',
    );
    expect(plugins.providerPlugins.nodes.map((p: { id: string }) => p.id)).toEqual(['trust-drop', 'trust-exports']);
    expect(plugins.providerPlugins.nodes[0]).toMatchObject({
      pluginId: 'csv-drop',
      provider: PROVIDER,
      capabilities: ['catalogue', 'sessions', 'completions'],
      schedules: [
        { capability: 'catalogue', cron: '5 2 * * *' },
        { capability: 'sessions', cron: '10 * * * *' },
        { capability: 'completions', cron: '20 * * * *' },
      ],
    });
  });
});
