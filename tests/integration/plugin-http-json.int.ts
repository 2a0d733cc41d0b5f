import { createHmac } from 'node:crypto';
import { SyncRun } from '@kindred/provider-sync';
import { RecordSource, TrainingProvider, TrainingRecord } from '@kindred/training';
import { enable, setUpPluginSync } from './support/plugin-sync';

const PROVIDER = 'Solihull Approach online';
const SECRET = 'webhook-shared-secret';
process.env.TEST_SOLIHULL_API_KEY = 'key-123';
process.env.TEST_SOLIHULL_WEBHOOK_SECRET = SECRET;

const completion = (id: string, email: string, course = 'Solihull Approach foundation') => ({
  ref: id,
  learner: { workEmail: email },
  module: { title: course },
  finishedAt: '2026-10-20T14:00:00Z',
});

describe('http-json: a REST provider, pulled and pushing to the webhook', () => {
  let pages: Record<string, () => { status?: number; body: unknown; delayMs?: number }>;
  const sync = setUpPluginSync((stub) => [
    enable('http-json', 'solihull', PROVIDER, {
      baseUrl: `${stub.url}/api/`,
      authHeader: { name: 'x-api-key', value: { env: 'TEST_SOLIHULL_API_KEY' } },
      completions: {
        path: 'completions',
        items: 'data',
        next: 'links.next',
        fields: {
          externalId: 'ref',
          email: 'learner.workEmail',
          courseTitle: 'module.title',
          completedOn: 'finishedAt',
        },
      },
      webhook: {
        secret: { env: 'TEST_SOLIHULL_WEBHOOK_SECRET' },
        signatureHeader: 'x-solihull-signature',
        deliveryHeader: 'x-solihull-delivery',
      },
      timeoutMs: 300,
    }),
  ]);
  const records = () =>
    sync.api
      .em()
      .find(TrainingRecord, { source: RecordSource.PLUGIN }, { filters: false, orderBy: { externalId: 'ASC' } });
  const deliver = (body: unknown, delivery: string, secret = SECRET) => {
    const text = JSON.stringify(body);
    return fetch(`${sync.api.url}/webhooks/northshire/solihull`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-solihull-delivery': delivery,
        'x-solihull-signature': `sha256=${createHmac('sha256', secret).update(text).digest('hex')}`,
      },
      body: text,
    });
  };

  beforeEach(() => {
    pages = {
      '/api/completions': () => ({
        body: { data: [completion('c-1', 'learner@northshire.example')], links: { next: '/api/completions/2' } },
      }),
      '/api/completions/2': () => ({ body: { data: [completion('c-2', 'manager@northshire.example')], links: {} } }),
    };
    sync.stub.reset(async (req, res) => {
      const page = pages[(req.url ?? '').split('?')[0]];
      if (!page) return void res.writeHead(404).end();
      const { status = 200, body, delayMs } = page();
      if (delayMs) await new Promise((done) => setTimeout(done, delayMs));
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });

  it('pulls completions by its field mapping, following next links, with the API key; re-running changes nothing', async () => {
    const run = await sync.syncNow('solihull');
    expect(run).toMatchObject({ status: 'SUCCEEDED', pages: 2, created: 2 });
    expect(sync.stub.requests.map((r) => [r.url, r.headers['x-api-key']])).toEqual([
      ['/api/completions', 'key-123'],
      ['/api/completions/2', 'key-123'],
    ]);
    // The provider was new to the catalogue: the first sync made it.
    expect((await sync.api.em().findOneOrFail(TrainingProvider, { name: PROVIDER }, { filters: false })).kind).toBe(
      'EXTERNAL',
    );
    expect((await records()).map((r) => [r.externalId, r.title, r.completedOn])).toEqual([
      ['c-1', 'Solihull Approach foundation', '2026-10-20'],
      ['c-2', 'Solihull Approach foundation', '2026-10-20'],
    ]);
    expect(await sync.syncNow('solihull')).toMatchObject({ status: 'SUCCEEDED', created: 0, unchanged: 2 });
  });

  it('resumes at the failed page, and fails clearly on garbage, refused credentials and a timeout', async () => {
    let failures = 1;
    const second = pages['/api/completions/2'];
    pages['/api/completions/2'] = () => (failures-- > 0 ? { status: 503, body: {} } : second());
    expect(await sync.syncNow('solihull')).toMatchObject({ status: 'SUCCEEDED', attempts: 2 });
    expect([sync.stub.hits('/api/completions'), sync.stub.hits('/api/completions/2')]).toEqual([1, 2]);

    pages['/api/completions'] = () => ({ body: { data: { not: 'a list' } } });
    expect((await sync.syncNow('solihull')).message).toMatch(/has no list of completions where expected\.$/);
    pages['/api/completions'] = () => ({
      body: { data: [{ ref: 'c-9', module: { title: 'X' }, finishedAt: '2026-10-01' }] },
    });
    const noLearner = await sync.syncNow('solihull');
    expect(noLearner.lines).toContainEqual({
      level: 'ERROR',
      record: 'c-9',
      message: 'Names its learner by neither email nor employee number.',
    });
    pages['/api/completions'] = () => ({ status: 401, body: {} });
    expect(await sync.syncNow('solihull')).toMatchObject({ status: 'FAILED', attempts: 1 });
    pages['/api/completions'] = () => ({ body: { data: [] }, delayMs: 1_000 });
    expect(await sync.syncNow('solihull')).toMatchObject({ status: 'FAILED', attempts: 3 });
    expect((await records()).map((r) => r.externalId)).toEqual(['c-1', 'c-2']);
  });

  it('applies a signed delivery once: a replay changes nothing, and a bad signature is refused and logged', async () => {
    const body = {
      completions: [completion('c-10', 'learner@northshire.example'), completion('c-11', 'stranger@elsewhere.example')],
    };
    const first = await deliver(body, 'delivery-1');
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ runId: expect.any(String), duplicate: false });
    expect((await records()).map((r) => r.externalId)).toEqual(['c-1', 'c-10', 'c-2']);

    const replay = await deliver(body, 'delivery-1');
    expect(await replay.json()).toEqual({ runId: expect.any(String), duplicate: true });
    expect(await records()).toHaveLength(3);

    const forged = await deliver(
      { completions: [completion('c-12', 'learner@northshire.example')] },
      'delivery-2',
      'guess',
    );
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await records()).toHaveLength(3);

    const runs = await sync.api
      .em()
      .find(SyncRun, { capability: 'webhook' }, { filters: false, orderBy: { createdAt: 'ASC' } });
    expect(runs.map((r) => [r.trigger, r.status, r.created, r.unmatched, r.message])).toEqual([
      ['WEBHOOK', 'SUCCEEDED', 1, 1, null],
      ['WEBHOOK', 'SUCCEEDED', 0, 0, null],
      ['WEBHOOK', 'FAILED', 0, 0, 'A delivery with a missing or wrong x-solihull-signature signature was refused.'],
    ]);
    const lines = await sync.run(runs[1].id);
    expect(lines.lines.map((l) => l.message)).toEqual(['Delivery delivery-1 was applied before: nothing changed.']);

    const unknown = await fetch(`${sync.api.url}/webhooks/northshire/nope`, { method: 'POST', body: '{}' });
    expect(unknown.status).toBe(404);
  });
});
