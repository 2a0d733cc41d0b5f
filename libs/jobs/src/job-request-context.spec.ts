import { MikroORM, RequestContext } from '@mikro-orm/core';
import { Global, Injectable, Module } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { ConfigModule } from '@kindred/config';
import { defineJob } from './job-definition';
import { JobHandler } from './job-handler.decorator';
import { JobQueue } from './job-queue';
import { JobsModule } from './jobs.module';
import { deleteRedisKeys, jobsTestConfig, uniqueRedisPrefix } from './testing/jobs-test-kit';
import { waitForIdleQueues } from './wait-for-idle-queues';

const prefix = uniqueRedisPrefix();
const importRoster = defineJob<{ file: string }>('test.import-roster');

/** Stands in for MikroORM: each fork is a new object, so contexts can be told apart. */
const ormEm = { name: 'default', fork: () => ({ forkOf: ormEm }) };

@Global()
@Module({ providers: [{ provide: MikroORM, useValue: { em: ormEm } }], exports: [MikroORM] })
class FakeOrmModule {}

const entityManagersSeen: unknown[] = [];

@Injectable()
class RosterImport {
  @JobHandler(importRoster)
  async run(): Promise<void> {
    entityManagersSeen.push(RequestContext.getEntityManager());
  }
}

describe('job handlers and MikroORM', () => {
  let worker: TestingModule;

  beforeAll(async () => {
    worker = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(jobsTestConfig(prefix)), FakeOrmModule, JobsModule.forWorker({ schedules: [] })],
      providers: [RosterImport],
    }).compile();
    worker.useLogger(false);
    await worker.init();
  });

  afterAll(async () => {
    await worker?.close();
    await deleteRedisKeys(prefix);
  });

  it('runs each job in its own fork of the entity manager', async () => {
    const queue = worker.get(JobQueue);
    await queue.add(importRoster, { file: 'march.csv' });
    await queue.add(importRoster, { file: 'april.csv' });
    await waitForIdleQueues(queue, 10_000);

    expect(entityManagersSeen).toEqual([{ forkOf: ormEm }, { forkOf: ormEm }]);
    expect(entityManagersSeen[0]).not.toBe(entityManagersSeen[1]);
  });
});
