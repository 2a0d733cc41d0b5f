import { DynamicModule, Injectable } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppConfig, ConfigModule } from '@kindred/config';
import {
  defineJob,
  defineSchedule,
  FailedJobNotFoundError,
  JobHandler,
  JobQueue,
  JobRun,
  JobsModule,
  waitForIdleQueues,
} from '@kindred/jobs';
import { deleteRedisKeys, jobsTestConfig, uniqueRedisPrefix } from '../../libs/jobs/src/testing/jobs-test-kit';

jest.setTimeout(60_000);

const prefix = uniqueRedisPrefix();

const heartbeat = defineJob('test.heartbeat');
const syncCourses = defineJob<{ provider: string }>('test.sync-courses', { attempts: 3, backoffMs: 100 });
const sendReminder = defineJob<{ to: string }>('test.send-reminder');
const buildReport = defineJob('test.build-report');

const everySecond = defineSchedule({ name: 'test.every-second', cron: '* * * * * *', job: heartbeat });

/** What the handlers saw, across every app in this file. */
const seen = {
  heartbeats: [] as string[],
  syncAttemptsAt: [] as number[],
  syncCompleted: [] as string[],
  reminders: [] as string[],
  reportsBuilt: 0,
};
let providerIsDown = true;
let reportStarted: () => void = () => undefined;

@Injectable()
class TestHandlers {
  @JobHandler(heartbeat)
  async beat(_data: void, run: JobRun): Promise<void> {
    seen.heartbeats.push(run.id);
  }

  @JobHandler(syncCourses)
  async sync(data: { provider: string }, run: JobRun): Promise<void> {
    seen.syncAttemptsAt.push(Date.now());
    if (providerIsDown) throw new Error(`${data.provider} is down`);
    seen.syncCompleted.push(run.id);
  }

  @JobHandler(sendReminder)
  async remind(data: { to: string }): Promise<void> {
    seen.reminders.push(data.to);
  }

  @JobHandler(buildReport)
  async build(): Promise<void> {
    reportStarted();
    await sleep(1_000);
    seen.reportsBuilt += 1;
  }
}

const running: TestingModule[] = [];

async function start(config: AppConfig, jobs: DynamicModule): Promise<TestingModule> {
  const app = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(config), jobs],
    providers: [TestHandlers],
  }).compile();
  app.useLogger(['error']);
  await app.init();
  running.push(app);
  return app;
}

async function stop(app: TestingModule): Promise<void> {
  running.splice(running.indexOf(app), 1);
  await app.close();
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(50);
  }
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((app) => app.close()));
});

afterAll(() => deleteRedisKeys(prefix));

describe('jobs', () => {
  it('runs each tick of a schedule once, however many workers fire it', async () => {
    const config = jobsTestConfig(`${prefix}:ticks`);
    const startedAt = Date.now();
    const workers = await Promise.all([
      start(config, JobsModule.forWorker({ schedules: [everySecond] })),
      start(config, JobsModule.forWorker({ schedules: [everySecond] })),
    ]);
    const adds = workers.map((worker) => jest.spyOn(worker.get(JobQueue), 'add'));

    await sleep(3_500);
    await waitForIdleQueues(workers[0].get(JobQueue), 10_000);
    await Promise.all(workers.map(stop));
    const ticksDue = Math.floor((Date.now() - startedAt) / 1000) + 1;

    // Both workers enqueued the same ticks under the same ids, and each tick ran once.
    const [firstWorkerIds, secondWorkerIds] = adds.map((add) => add.mock.calls.map(([, , options]) => options?.jobId));
    const enqueuedByBoth = firstWorkerIds.filter((id) => secondWorkerIds.includes(id));
    expect(enqueuedByBoth.length).toBeGreaterThanOrEqual(2);
    expect(seen.heartbeats.length).toBeGreaterThanOrEqual(2);
    expect(seen.heartbeats.length).toBeLessThanOrEqual(ticksDue);
    expect(new Set(seen.heartbeats).size).toBe(seen.heartbeats.length);
    for (const id of seen.heartbeats) expect(id).toMatch(/^test\.every-second:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
  });

  it('retries a failing job with backoff, lists it as failed, and runs it again on retry', async () => {
    const worker = await start(jobsTestConfig(`${prefix}:retries`), JobsModule.forWorker({ schedules: [] }));
    const queue = worker.get(JobQueue);

    const id = await queue.add(syncCourses, { provider: 'learning-pool' });
    const failed = await waitFor('the job to fail', async () => {
      const list = await queue.failed(1, 10);
      return list.totalCount > 0 ? list : undefined;
    });

    expect(failed.totalCount).toBe(1);
    expect(failed.nodes).toEqual([
      {
        id,
        queue: 'kindred',
        name: 'test.sync-courses',
        attemptsMade: 3,
        failedReason: 'learning-pool is down',
        failedAt: expect.any(Date),
        data: '{"provider":"learning-pool"}',
      },
    ]);
    // Exponential backoff of 100 ms: the retries wait at least 100 ms, then 300 ms.
    const [first, second, third] = seen.syncAttemptsAt;
    expect(seen.syncAttemptsAt).toHaveLength(3);
    expect(second - first).toBeGreaterThanOrEqual(100);
    expect(third - second).toBeGreaterThanOrEqual(300);

    providerIsDown = false;
    await expect(queue.retry(id)).resolves.toMatchObject({ id, failedReason: 'learning-pool is down' });
    await waitForIdleQueues(queue, 10_000);

    expect(seen.syncCompleted).toEqual([id]);
    expect(await queue.failed(1, 10)).toEqual({ nodes: [], totalCount: 0 });
    await expect(queue.retry(id)).rejects.toThrow(FailedJobNotFoundError);
  });

  it('only adds jobs in api mode; a worker runs them', async () => {
    const config = jobsTestConfig(`${prefix}:api`);
    const api = await start(config, JobsModule.forApi());
    const queue = api.get(JobQueue);

    await queue.add(sendReminder, { to: 'learner@northshire.example' });
    await sleep(1_500);

    expect(seen.reminders).toEqual([]);
    expect(await queue.countPending()).toBe(1);

    const worker = await start(config, JobsModule.forWorker({ schedules: [] }));
    await waitForIdleQueues(worker.get(JobQueue), 10_000);
    expect(seen.reminders).toEqual(['learner@northshire.example']);
  });

  it('on close, stops the schedules and lets a running job finish', async () => {
    const worker = await start(
      jobsTestConfig(`${prefix}:shutdown`),
      JobsModule.forWorker({ schedules: [everySecond] }),
    );
    const started = new Promise<void>((resolve) => (reportStarted = resolve));
    await worker.get(JobQueue).add(buildReport, undefined);
    await started;

    await stop(worker);
    expect(seen.reportsBuilt).toBe(1);

    const heartbeats = seen.heartbeats.length;
    await sleep(1_500);
    expect(seen.heartbeats).toHaveLength(heartbeats);
  });
});
