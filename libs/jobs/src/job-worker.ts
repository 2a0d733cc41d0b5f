import { MikroORM, RequestContext } from '@mikro-orm/core';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, Optional } from '@nestjs/common';
import { DiscoveredJobHandler, JobHandlerExplorer } from './job-handler.explorer';
import { JobQueue, JobRun } from './job-queue';
import { ScheduleRunner } from './schedule-runner';

/**
 * Runs the worker side of the queue: every job's handler and the schedules.
 *
 * It starts in onApplicationBootstrap, which Nest calls on global modules (the database and its
 * schema check) before this one, and stops in onModuleDestroy, before any module's
 * onApplicationShutdown closes the database the running jobs still use.
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('JobWorker');

  constructor(
    private readonly explorer: JobHandlerExplorer,
    private readonly queue: JobQueue,
    private readonly schedules: ScheduleRunner,
    @Optional() private readonly orm?: MikroORM,
  ) {}

  onApplicationBootstrap(): void {
    const handlers = this.explorer.discover();
    for (const handler of handlers) {
      this.queue.process(handler.job, (data, run) => this.run(handler, data, run));
    }
    this.schedules.start();
    this.logger.log(`Processing ${handlers.length} job(s)`);
  }

  /** Stops the ticks first, so nothing new is enqueued, then lets running jobs finish. */
  async onModuleDestroy(): Promise<void> {
    this.schedules.stop();
    await this.queue.close();
  }

  private async run(handler: DiscoveredJobHandler, data: unknown, run: JobRun): Promise<unknown> {
    try {
      // A fresh context per run: entities one job loads never leak into the next one's unit of work.
      return this.orm
        ? await RequestContext.create(this.orm.em, () => handler.invoke(data, run))
        : await handler.invoke(data, run);
    } catch (error) {
      this.logger.warn(
        `Job ${run.name} (${run.id}) failed on attempt ${run.attemptsMade + 1}: ${(error as Error).message}`,
      );
      throw error;
    }
  }
}
