import { Course } from '@kindred/training';
import { enable, setUpPluginSync } from './support/plugin-sync';

const PROVIDER = 'Northshire Family Hubs Workforce Development Team';

describe("northshire-learning-hub: an authority's own plugin", () => {
  let pages: Record<string, () => { status?: number; body: unknown; delayMs?: number }>;
  const sync = setUpPluginSync((stub) => [
    enable('northshire-learning-hub', 'learning-hub', PROVIDER, { url: `${stub.url}/api/courses`, timeoutMs: 300 }),
  ]);
  const imported = () =>
    sync.api.em().find(Course, { externalId: { $ne: null } }, { filters: false, orderBy: { externalId: 'ASC' } });

  beforeEach(() => {
    pages = {
      '1': () => ({ body: { courses: [{ code: 'LH-1', name: 'Motivational interviewing', minutes: 180 }], next: 2 } }),
      '2': () => ({
        body: { courses: [{ code: 'LH-2', name: 'Parenting under pressure', minutes: 90, online: true }] },
      }),
    };
    sync.stub.reset(async (req, res) => {
      const page = pages[new URL(`http://x${req.url}`).searchParams.get('page') ?? ''];
      if (!page) return void res.writeHead(404).end();
      const { status = 200, body, delayMs } = page();
      if (delayMs) await new Promise((done) => setTimeout(done, delayMs));
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });

  it('follows the pages into the catalogue, and changes nothing when run again', async () => {
    expect(await sync.syncNow('learning-hub')).toMatchObject({ status: 'SUCCEEDED', pages: 2, created: 2 });
    expect((await imported()).map((c) => [c.externalId, c.title, c.mode, c.durationMinutes])).toEqual([
      ['LH-1', 'Motivational interviewing', 'IN_PERSON', 180],
      ['LH-2', 'Parenting under pressure', 'VIRTUAL', 90],
    ]);
    expect(await sync.syncNow('learning-hub')).toMatchObject({ status: 'SUCCEEDED', created: 0, unchanged: 2 });
  });

  it('resumes at the page that failed, refuses garbage whole, and fails on refused credentials or a timeout', async () => {
    let failures = 1;
    const second = pages['2'];
    pages['2'] = () => (failures-- > 0 ? { status: 500, body: {} } : second());
    expect(await sync.syncNow('learning-hub')).toMatchObject({ status: 'SUCCEEDED', attempts: 2, pages: 2 });
    expect(sync.stub.requests.map((r) => r.url)).toEqual([
      '/api/courses?page=1',
      '/api/courses?page=2',
      '/api/courses?page=2',
    ]);

    pages['1'] = () => ({ body: { courses: [{ code: 'LH-1', name: 'Renamed', minutes: 180 }, { name: 'No code' }] } });
    const bad = await sync.syncNow('learning-hub');
    expect(bad).toMatchObject({ status: 'FAILED', attempts: 1, updated: 0 });
    expect(bad.lines).toContainEqual({
      level: 'ERROR',
      record: 'No code',
      message: 'A course needs a code, a name and minutes.',
    });
    expect((await imported())[0].title).toBe('Motivational interviewing');

    pages['1'] = () => ({ status: 403, body: {} });
    expect((await sync.syncNow('learning-hub')).message).toMatch(/refused the credentials \(HTTP 403\)/);
    pages['1'] = () => ({ body: { courses: [] }, delayMs: 1_000 });
    expect(await sync.syncNow('learning-hub')).toMatchObject({ status: 'FAILED', attempts: 3 });
  });
});
