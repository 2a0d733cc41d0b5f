export { defineJob, definedJobs, type JobDefinition, type JobOptions } from './job-definition';
export { JobHandler } from './job-handler.decorator';
export { JobHandlerSetupError } from './job-handler.explorer';
export {
  type AddJobOptions,
  type FailedJob,
  type FailedJobList,
  FailedJobNotFoundError,
  type JobProcessor,
  JobQueue,
  type JobRun,
} from './job-queue';
export { JobsModule, type WorkerOptions } from './jobs.module';
export { defineSchedule, nominalTickTime, type ScheduleDefinition } from './schedule';
export { waitForIdleQueues } from './wait-for-idle-queues';
