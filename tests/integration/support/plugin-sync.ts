import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Test, type TestingModule } from '@nestjs/testing';
import { Role } from '@kindred/auth';
import type { PluginSettings } from '@kindred/config';
import { JobQueue, waitForIdleQueues } from '@kindred/jobs';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';
import { WorkerModule } from '../../../apps/worker/src/worker.module';

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => unknown;

/**
 * A training provider's web service, played by a local HTTP server: each test says how it
 * answers, and every request it got is kept.
 */
export class ProviderStub {
  private server?: Server;
  readonly requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];
  handler: Handler = (_req, res) => res.writeHead(404).end();

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        this.requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body });
        void Promise.resolve(this.handler(req, res, body)).catch(() => res.writeHead(500).end());
      });
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  hits(path: string): number {
    return this.requests.filter((r) => r.url.split('?')[0] === path).length;
  }

  reset(handler: Handler): void {
    this.requests.length = 0;
    this.handler = handler;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((done) => this.server?.close(done));
  }
}

export const RUN = `query($id: ID!) {
  syncRun(id: $id) { id instance capability trigger status attempts pages created updated unchanged unmatched errors message startedAt finishedAt }
  syncLogLines(filter: { runId: $id }, perPage: 200) { nodes { level record message } }
}`;

export interface RunView {
  id: string;
  status: string;
  attempts: number;
  pages: number;
  created: number;
  updated: number;
  unchanged: number;
  unmatched: number;
  errors: number;
  message: string | null;
  lines: { level: string; record: string | null; message: string }[];
}

/**
 * The demo partnership with the given plugins enabled (made once the stub is listening), the real
 * api and an in-process worker with quick retries, and "sync now" as the console presses it.
 */
export function setUpPluginSync(plugins: (stub: ProviderStub) => PluginSettings[]) {
  const stub = new ProviderStub();
  beforeAll(() => stub.start());
  const context = setUpTestApi({
    seedDemo: true,
    configure: (config) => {
      Object.assign(config.jobs, { backoffMs: 50 });
      const northshire = config.partnerships.find((p) => p.slug === 'northshire')!;
      Object.assign(northshire, { plugins: plugins(stub) });
    },
  });
  let worker: TestingModule;
  let lead: GraphQLClient;
  beforeAll(async () => {
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(context.api.config)] }).compile();
    await worker.init();
    lead = await context.api.loginAs(Role.WORKFORCE_LEAD);
  });
  afterAll(async () => {
    await worker?.close();
    await stub.stop();
  });

  const queue = () => context.api.app.get(JobQueue);

  /** Presses "sync now", waits for the worker and returns the run with its log. */
  async function syncNow(instance: string, capability?: string): Promise<RunView> {
    const { syncNow: runs } = await lead.data<{ syncNow: { id: string }[] }>(
      'mutation($input: SyncNowInput!) { syncNow(input: $input) { id status } }',
      { input: { instance, capability } },
    );
    await waitForIdleQueues(queue(), 30_000);
    return run(runs[0].id);
  }

  async function run(id: string): Promise<RunView> {
    const data = await lead.data(RUN, { id });
    return { ...data.syncRun, lines: data.syncLogLines.nodes };
  }

  return {
    stub,
    syncNow,
    run,
    get api(): TestApi {
      return context.api;
    },
    get lead(): GraphQLClient {
      return lead;
    },
  };
}

/** A plugin entry as a partnership file gives it. */
export const enable = (
  id: string,
  instance: string,
  provider: string,
  options: Record<string, unknown>,
): PluginSettings => ({ id, instance, provider, schedules: {}, options });
