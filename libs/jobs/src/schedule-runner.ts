import { Inject, Injectable, Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { JobQueue } from './job-queue';
import { SCHEDULE_TIME_ZONE, ScheduleDefinition, tickJobId } from './schedule';

export const WORKER_SCHEDULES = Symbol('WORKER_SCHEDULES');

/** Turns each schedule's ticks into jobs. A tick only enqueues; the job does the work. */
@Injectable()
export class ScheduleRunner {
  private readonly logger = new Logger('Schedules');

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly queue: JobQueue,
    @Inject(WORKER_SCHEDULES) private readonly schedules: readonly ScheduleDefinition[],
  ) {}

  start(): void {
    for (const schedule of this.schedules) {
      const cronJob = CronJob.from({
        name: schedule.name,
        cronTime: schedule.cron,
        timeZone: SCHEDULE_TIME_ZONE,
        onTick: () => this.enqueueTick(schedule, new Date()),
      });
      this.registry.addCronJob(schedule.name, cronJob);
      cronJob.start();
    }
  }

  stop(): void {
    for (const schedule of this.schedules) {
      if (this.registry.doesExist('cron', schedule.name)) this.registry.deleteCronJob(schedule.name);
    }
  }

  private async enqueueTick(schedule: ScheduleDefinition, firedAt: Date): Promise<void> {
    const jobId = tickJobId(schedule, firedAt);
    try {
      await this.queue.add(schedule.job, schedule.data, { jobId });
    } catch (error) {
      this.logger.error(`Could not enqueue ${jobId}: ${(error as Error).message}`);
    }
  }
}
