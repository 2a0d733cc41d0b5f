import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { BullJobQueueModule } from './bull/bull-job-queue';
import { JobHandlerExplorer } from './job-handler.explorer';
import { JobWorker } from './job-worker';
import { ScheduleDefinition } from './schedule';
import { ScheduleRunner, WORKER_SCHEDULES } from './schedule-runner';

export interface WorkerOptions {
  /** Every schedule the worker runs; each tick enqueues its job once, however many workers run. */
  schedules: readonly ScheduleDefinition[];
}

/**
 * The job queue for an app. Either way JobQueue can be injected anywhere (its module is global);
 * this module itself is not global, so the worker starts after global modules have bootstrapped.
 */
@Module({})
export class JobsModule {
  /** For apps that add jobs (the api): nothing here ever processes one or runs a schedule. */
  static forApi(): DynamicModule {
    return { module: JobsModule, imports: [BullJobQueueModule] };
  }

  /**
   * For the worker: runs every `@JobHandler` and the schedules. Boot fails when a defined job has
   * no handler or more than one.
   */
  static forWorker(options: WorkerOptions): DynamicModule {
    return {
      module: JobsModule,
      imports: [BullJobQueueModule, DiscoveryModule, ScheduleModule.forRoot()],
      providers: [
        { provide: WORKER_SCHEDULES, useValue: options.schedules },
        JobHandlerExplorer,
        ScheduleRunner,
        JobWorker,
      ],
    };
  }
}
