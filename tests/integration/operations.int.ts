import { Injectable } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { Role } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { defineJob, JobHandler, JobQueue, waitForIdleQueues } from '@kindred/jobs';
import { type GraphQLClient, setUpTestApi, type TestApi } from '@kindred/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';

const importCatalogue = defineJob<{ partnershipId?: string; provider: string }>('test.import-catalogue', {
  attempts: 2,
  backoffMs: 50,
});

let providerAnswers = false;

@Injectable()
class CatalogueImport {
  @JobHandler(importCatalogue)
  async run(data: { provider: string }): Promise<void> {
    if (!providerAnswers) throw new Error(`${data.provider} did not answer (HTTP 503)`);
  }
}

const FAILED = '{ failedJobs { totalCount nodes { id name attemptsMade failedReason data } } }';
const RETRY = 'mutation($input: RetryFailedJobInput!) { retryFailedJob(input: $input) { id name } }';

describe('failed jobs, as operators see them', () => {
  const context = setUpTestApi({ seedDemo: true });
  let api: TestApi;
  let worker: TestingModule;
  let queue: JobQueue;
  let northshireAdmin: GraphQLClient;
  let southvaleAdmin: GraphQLClient;
  const ids: Record<'northshire' | 'southvale' | 'system', string> = { northshire: '', southvale: '', system: '' };

  beforeAll(async () => {
    api = context.api;
    worker = await Test.createTestingModule({
      imports: [WorkerModule.forRoot(api.config)],
      providers: [CatalogueImport],
    }).compile();
    await worker.init();
    queue = api.app.get(JobQueue);

    const partnerships = await api.em().find(Partnership, {}, { filters: false });
    const idOf = (slug: string) => partnerships.find((p) => p.slug === slug)!.id;
    ids.northshire = await queue.add(importCatalogue, {
      partnershipId: idOf('northshire'),
      provider: 'Northshire LSCP',
    });
    ids.southvale = await queue.add(importCatalogue, {
      partnershipId: idOf('southvale'),
      provider: 'Southvale learning hub',
    });
    ids.system = await queue.add(importCatalogue, { provider: 'national catalogue' });
    await waitForIdleQueues(queue, 20_000);

    northshireAdmin = await api.loginAs(Role.PLATFORM_ADMIN);
    southvaleAdmin = (await api.userIn('southvale', 'ops@southvale.example', [Role.PLATFORM_ADMIN])).client;
  });
  afterAll(async () => {
    await worker?.close();
  });

  it('ends a job that keeps failing in the failed list, with its error, after its tries', async () => {
    const { failedJobs } = await northshireAdmin.data(FAILED);
    expect(failedJobs.totalCount).toBe(2);
    const mine = failedJobs.nodes.find((job: { id: string }) => job.id === ids.northshire);
    expect(mine).toMatchObject({
      name: 'test.import-catalogue',
      attemptsMade: 2,
      failedReason: 'Northshire LSCP did not answer (HTTP 503)',
    });
    expect(JSON.parse(mine.data)).toMatchObject({ provider: 'Northshire LSCP' });
  });

  it("shows each partnership's operators their own jobs and the platform's, never another's", async () => {
    const seenBy = async (client: GraphQLClient) =>
      (await client.data(FAILED)).failedJobs.nodes.map((job: { id: string }) => job.id).sort();
    expect(await seenBy(northshireAdmin)).toEqual([ids.northshire, ids.system].sort());
    expect(await seenBy(southvaleAdmin)).toEqual([ids.southvale, ids.system].sort());
  });

  it('is closed to everyone but operators', async () => {
    for (const role of [Role.WORKFORCE_LEAD, Role.LEARNER]) {
      const client = await api.loginAs(role);
      expect((await client.request(FAILED)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await client.request(RETRY, { input: { id: ids.system } })).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );
    }
  });

  it("refuses to retry another partnership's job or an unknown one, changing nothing", async () => {
    for (const id of [ids.northshire, '999999']) {
      const result = await southvaleAdmin.request(RETRY, { input: { id } });
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    }
    expect((await northshireAdmin.data(FAILED)).failedJobs.totalCount).toBe(2);
  });

  it('retries a job once the cause is fixed, and it leaves the failed list', async () => {
    providerAnswers = true;
    expect((await northshireAdmin.data(RETRY, { input: { id: ids.northshire } })).retryFailedJob).toEqual({
      id: ids.northshire,
      name: 'test.import-catalogue',
    });
    await waitForIdleQueues(queue, 20_000);
    expect((await northshireAdmin.data(FAILED)).failedJobs.nodes.map((job: { id: string }) => job.id)).toEqual([
      ids.system,
    ]);
  });
});
