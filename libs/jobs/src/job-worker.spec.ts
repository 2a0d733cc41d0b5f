import { Injectable, Provider } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { ConfigModule } from '@kindred/config';
import { defineJob } from './job-definition';
import { JobHandler } from './job-handler.decorator';
import { JobQueue } from './job-queue';
import { JobsModule } from './jobs.module';
import { deleteRedisKeys, jobsTestConfig, uniqueRedisPrefix } from './testing/jobs-test-kit';

const prefix = uniqueRedisPrefix();
const config = jobsTestConfig(prefix);

const sendWelcome = defineJob<{ userId: string }>('test.send-welcome');
const syncCatalogue = defineJob('test.sync-catalogue');

@Injectable()
class WelcomeHandler {
  @JobHandler(sendWelcome)
  async send(): Promise<void> {}
}

@Injectable()
class CatalogueSync {
  @JobHandler(syncCatalogue)
  async sync(): Promise<void> {}
}

@Injectable()
class RivalCatalogueSync {
  @JobHandler(syncCatalogue)
  async run(): Promise<void> {}
}

describe('worker boot', () => {
  const started: TestingModule[] = [];

  async function bootWorker(providers: Provider[]): Promise<void> {
    const worker = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), JobsModule.forWorker({ schedules: [] })],
      providers,
    }).compile();
    worker.useLogger(false);
    try {
      await worker.init();
      started.push(worker);
    } catch (error) {
      // Nest runs no shutdown hooks after a failed boot, so release the queue's Redis connections.
      await worker.get(JobQueue).close();
      throw error;
    }
  }

  afterEach(async () => {
    await Promise.all(started.splice(0).map((worker) => worker.close()));
  });

  afterAll(() => deleteRedisKeys(prefix));

  it('fails when a defined job has no handler', async () => {
    await expect(bootWorker([CatalogueSync])).rejects.toThrow('job "test.send-welcome" has no @JobHandler method');
  });

  it('fails when a job has two handlers, naming both', async () => {
    await expect(bootWorker([WelcomeHandler, CatalogueSync, RivalCatalogueSync])).rejects.toThrow(
      'job "test.sync-catalogue" has 2 @JobHandler methods (CatalogueSync.sync, RivalCatalogueSync.run); it needs exactly one',
    );
  });

  it('lists every problem at once', async () => {
    await expect(bootWorker([CatalogueSync, RivalCatalogueSync])).rejects.toThrow(
      /has no @JobHandler method\n.*has 2 @JobHandler methods/,
    );
  });

  it('starts when every job has one handler, however many tokens provide it', async () => {
    await expect(
      bootWorker([WelcomeHandler, CatalogueSync, { provide: 'catalogue-sync', useExisting: CatalogueSync }]),
    ).resolves.toBeUndefined();
  });
});
