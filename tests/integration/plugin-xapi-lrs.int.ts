import { Role } from '@kindred/auth';
import { Person } from '@kindred/org';
import { UnmatchedCompletion } from '@kindred/provider-sync';
import { Assessment, EvidenceSource } from '@kindred/skills';
import { RecordSource, TrainingRecord } from '@kindred/training';
import { enable, setUpPluginSync } from './support/plugin-sync';

const PROVIDER = 'Mind First Training UK';
const INFORMED = 'Trauma-informed practice: Informed';
const ACTIVITY = 'https://elearning.mindfirst.example/activities/trauma-informed';
const COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';
const PASSED = 'http://adlnet.gov/expapi/verbs/passed';
process.env.TEST_MINDFIRST_LRS_PASSWORD = 'lrs-secret';

let stored = Date.parse('2026-11-01T10:00:00Z');
/** A statement as an LRS stores it; `stored` grows with each one made. */
function statement(id: string, actor: object, verb = COMPLETED, object: object = { id: ACTIVITY }): object {
  stored += 60_000;
  return {
    id,
    actor: { objectType: 'Agent', ...actor },
    verb: { id: verb, display: { 'en-GB': verb.split('/').pop() } },
    object: { objectType: 'Activity', ...object },
    timestamp: '2026-11-01T09:00:00Z',
    stored: new Date(stored).toISOString(),
  };
}

describe('xapi-lrs: completions from a Learning Record Store', () => {
  let pages: Record<string, () => { status?: number; body: unknown; delayMs?: number }> = {};
  let staff: Person;
  const sync = setUpPluginSync((stub) => [
    enable('xapi-lrs', 'mindfirst-lrs', PROVIDER, {
      endpoint: `${stub.url}/xapi`,
      username: 'northshire',
      password: { env: 'TEST_MINDFIRST_LRS_PASSWORD' },
      activities: [{ id: ACTIVITY, course: INFORMED }],
      limit: 3,
      timeoutMs: 300,
    }),
  ]);
  const serve = () =>
    sync.stub.reset(async (req, res) => {
      const path = (req.url ?? '').split('?')[0];
      const page = pages[path];
      if (!page) return void res.writeHead(404).end();
      const { status = 200, body, delayMs } = page();
      if (delayMs) await new Promise((done) => setTimeout(done, delayMs));
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    });
  const records = () =>
    sync.api
      .em()
      .find(
        TrainingRecord,
        { source: RecordSource.PLUGIN },
        { filters: false, populate: ['person', 'course'], orderBy: { externalId: 'ASC' } },
      );

  beforeAll(async () => {
    staff = (await sync.api
      .em()
      .findOneOrFail(
        Person,
        { employeeNumber: { $ne: null }, email: { $ne: 'learner@northshire.example' } },
        { filters: false, orderBy: { email: 'ASC' } },
      ))!;
  });

  beforeEach(() => {
    pages = {
      '/xapi/statements': () => ({
        body: {
          statements: [
            statement('s-1', { mbox: 'mailto:Learner@Northshire.example', name: 'Jordan Reid' }),
            statement(
              's-2',
              { account: { homePage: 'https://hr.northshire.example', name: staff.employeeNumber } },
              PASSED,
            ),
            statement('s-3', { mbox: 'mailto:someone@elsewhere.example', name: 'Sam Elsewhere' }),
          ],
          more: '/xapi/statements/more/page2',
        },
      }),
      '/xapi/statements/more/page2': () => ({
        body: {
          statements: [
            statement(
              's-4',
              { mbox: 'mailto:learner@northshire.example' },
              'http://adlnet.gov/expapi/verbs/experienced',
            ),
            statement('s-5', { mbox: 'mailto:learner@northshire.example' }, COMPLETED, {
              id: 'https://elearning.mindfirst.example/activities/unmapped',
              definition: { name: { 'en-GB': 'Mind First: stress awareness' } },
            }),
            statement('s-6', { mbox: 'mailto:learner@northshire.example' }),
            statement('s-7', { mbox: 'mailto:admin@northshire.example' }, 'http://adlnet.gov/expapi/verbs/voided', {
              objectType: 'StatementRef',
              id: 's-6',
            }),
          ],
          more: '',
        },
      }),
    };
    serve();
  });

  it('follows the LRS paging, matches learners by email or employee number and keeps the unmatched for review', async () => {
    const run = await sync.syncNow('mindfirst-lrs');
    expect(run).toMatchObject({ status: 'SUCCEEDED', pages: 2, created: 3, unmatched: 1, errors: 0 });
    const first = sync.stub.requests[0];
    expect(first.url).toBe('/xapi/statements?ascending=true&limit=3');
    expect(first.headers.authorization).toBe(`Basic ${Buffer.from('northshire:lrs-secret').toString('base64')}`);
    expect(first.headers['x-experience-api-version']).toBe('1.0.3');
    expect(sync.stub.requests[1].url).toBe('/xapi/statements/more/page2');

    // Only completed/passed count; the voided statement s-6 and the voiding one are ignored.
    expect((await records()).map((r) => [r.externalId, r.person.getEntity().email, r.title, r.completedOn])).toEqual([
      ['s-1', 'learner@northshire.example', INFORMED, '2026-11-01'],
      ['s-2', staff.email, INFORMED, '2026-11-01'],
      ['s-5', 'learner@northshire.example', 'Mind First: stress awareness', '2026-11-01'],
    ]);
    // The mapped course grants its levels through the skills ledger, as a register does.
    const learner = await sync.api
      .em()
      .findOneOrFail(Person, { email: 'learner@northshire.example' }, { filters: false });
    const evidence = await sync.api
      .em()
      .find(Assessment, { person: learner, source: EvidenceSource.TRAINING }, { filters: false });
    expect(evidence.filter((e) => e.note === `${INFORMED}, completed 2026-11-01`).map((e) => e.level)).toEqual([
      1, 1, 1, 1,
    ]);

    const waiting = await sync.api.em().find(UnmatchedCompletion, {}, { filters: false });
    expect(waiting.map((w) => [w.externalId, w.learnerEmail, w.learnerName, w.courseTitle, w.status])).toEqual([
      ['s-3', 'someone@elsewhere.example', 'Sam Elsewhere', INFORMED, 'OPEN'],
    ]);
  });

  it('asks for statements stored since the last run, and changes nothing when they come again', async () => {
    const run = await sync.syncNow('mindfirst-lrs');
    expect(run).toMatchObject({ status: 'SUCCEEDED', created: 0, unchanged: 4, unmatched: 0 });
    const since = new URL(`http://x${sync.stub.requests[0].url}`).searchParams.get('since');
    // The newest `stored` of the statements the first run read (seven were made for each test).
    expect(since).toBe(new Date(stored - 60_000 * 7).toISOString());
    expect(await records()).toHaveLength(3);
    expect(await sync.api.em().count(UnmatchedCompletion, {}, { filters: false })).toBe(1);
  });

  it('resumes from the LRS "more" link when a run fails on a later page', async () => {
    let failures = 1;
    const second = pages['/xapi/statements/more/page2'];
    pages['/xapi/statements/more/page2'] = () => (failures-- > 0 ? { status: 502, body: 'bad gateway' } : second());
    const run = await sync.syncNow('mindfirst-lrs');
    expect(run).toMatchObject({ status: 'SUCCEEDED', attempts: 2, pages: 2 });
    expect([sync.stub.hits('/xapi/statements'), sync.stub.hits('/xapi/statements/more/page2')]).toEqual([1, 2]);
  });

  it('fails a run on an answer that is not xAPI, or a statement it cannot read, writing nothing of the page', async () => {
    pages['/xapi/statements'] = () => ({ body: '<html>Login</html>' });
    const html = await sync.syncNow('mindfirst-lrs');
    expect(html).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(html.message).toMatch(
      /^Mind First Training UK answered http:\/\/127\.0\.0\.1:\d+\/xapi\/statements\?.* with something that is not JSON\.$/,
    );

    pages['/xapi/statements'] = () => ({ body: { results: [] } });
    expect((await sync.syncNow('mindfirst-lrs')).message).toMatch(/without a list of statements\.$/);

    pages['/xapi/statements'] = () => ({
      body: {
        statements: [statement('s-8', { mbox: 'mailto:learner@northshire.example' }), statement('s-9', {})],
        more: '',
      },
    });
    const bad = await sync.syncNow('mindfirst-lrs');
    expect(bad).toMatchObject({ status: 'FAILED', created: 0, errors: 1 });
    expect(bad.lines).toContainEqual({
      level: 'ERROR',
      record: 's-9',
      message: 'The statement names its learner by neither mbox nor account.',
    });
    expect((await records()).map((r) => r.externalId)).toEqual(['s-1', 's-2', 's-5']);
  });

  it('fails without retrying when the LRS refuses the credentials or the secret is not set', async () => {
    pages['/xapi/statements'] = () => ({ status: 401, body: {} });
    const refused = await sync.syncNow('mindfirst-lrs');
    expect(refused).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(refused.message).toMatch(/^Mind First Training UK refused the credentials \(HTTP 401\)/);

    delete process.env.TEST_MINDFIRST_LRS_PASSWORD;
    const unset = await sync.syncNow('mindfirst-lrs');
    process.env.TEST_MINDFIRST_LRS_PASSWORD = 'lrs-secret';
    expect(unset).toMatchObject({
      status: 'FAILED',
      attempts: 1,
      message: 'The environment variable TEST_MINDFIRST_LRS_PASSWORD is not set.',
    });
  });

  it('retries an LRS that does not answer in time, then fails the run', async () => {
    pages['/xapi/statements'] = () => ({ body: { statements: [], more: '' }, delayMs: 1_000 });
    const run = await sync.syncNow('mindfirst-lrs');
    expect(run).toMatchObject({ status: 'FAILED', attempts: 3 });
    expect(run.message).toMatch(/did not answer .* within 0\.3 s\.$/);
  });

  it('lets a workforce lead match a waiting completion to a person once, or dismiss one with a reason', async () => {
    const [waiting] = await sync.api.em().find(UnmatchedCompletion, {}, { filters: false });
    const learner = await sync.api
      .em()
      .findOneOrFail(Person, { email: 'learner@northshire.example' }, { filters: false });
    const manager = await sync.api.loginAs(Role.MANAGER);
    const RESOLVE =
      'mutation($input: ResolveUnmatchedCompletionInput!) { resolveUnmatchedCompletion(input: $input) { id status } }';
    const forbidden = await manager.request(RESOLVE, { input: { id: waiting.id, personId: learner.id } });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const unknown = await sync.lead.request(RESOLVE, { input: { id: waiting.id, personId: waiting.id } });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const resolved = await sync.lead.data(RESOLVE, { input: { id: waiting.id, personId: learner.id } });
    expect(resolved.resolveUnmatchedCompletion.status).toBe('RESOLVED');
    expect((await records()).find((r) => r.externalId === 's-3')?.person.id).toBe(learner.id);
    const again = await sync.lead.request(RESOLVE, { input: { id: waiting.id, personId: learner.id } });
    expect(again.errors?.[0]).toMatchObject({
      message: 'This completion is already resolved.',
      extensions: { code: 'CONFLICT' },
    });

    const list = await sync.lead.data('{ unmatchedCompletions(filter: { statuses: [OPEN] }) { totalCount } }');
    expect(list.unmatchedCompletions.totalCount).toBe(0);

    pages['/xapi/statements'] = () => ({
      body: { statements: [statement('s-10', { mbox: 'mailto:visitor@elsewhere.example' })], more: '' },
    });
    expect(await sync.syncNow('mindfirst-lrs')).toMatchObject({ status: 'SUCCEEDED', unmatched: 1 });
    const other = await sync.api.em().findOneOrFail(UnmatchedCompletion, { externalId: 's-10' }, { filters: false });
    const DISMISS =
      'mutation($input: DismissUnmatchedCompletionInput!) { dismissUnmatchedCompletion(input: $input) { status dismissReason } }';
    const blank = await sync.lead.request(DISMISS, { input: { id: other.id, reason: '  ' } });
    expect(blank.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const dismissed = await sync.lead.data(DISMISS, {
      input: { id: other.id, reason: 'A visiting student, not our staff.' },
    });
    expect(dismissed.dismissUnmatchedCompletion).toEqual({
      status: 'DISMISSED',
      dismissReason: 'A visiting student, not our staff.',
    });
  });
});
