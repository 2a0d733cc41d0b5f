import { JobDefinition } from './job-definition';

export interface AddJobOptions {
  /** A deterministic id makes adding idempotent: a job with this id already kept is not added again. */
  jobId?: string;
  delayMs?: number;
}

/** What a handler learns about the run it is part of, besides the data. */
export interface JobRun {
  id: string;
  name: string;
  /** Attempts that failed before this one. */
  attemptsMade: number;
}

export type JobProcessor<TData> = (data: TData, run: JobRun) => Promise<unknown>;

/** A job that used up its attempts, as operators see it. */
export interface FailedJob {
  id: string;
  queue: string;
  name: string;
  attemptsMade: number;
  failedReason: string;
  failedAt: Date | null;
  /** The job's data as JSON text. */
  data: string;
}

export interface FailedJobList {
  nodes: FailedJob[];
  totalCount: number;
}

export class FailedJobNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`No failed job with id "${id}"`);
    this.name = 'FailedJobNotFoundError';
  }
}

/**
 * The job queue port, also the Nest injection token. Code depends on this, never on the queue
 * library, so replacing bull touches only the implementation.
 */
export abstract class JobQueue {
  /** Enqueues a run of `job`; resolves to the job id. */
  abstract add<TData>(job: JobDefinition<TData>, data: NoInfer<TData>, options?: AddJobOptions): Promise<string>;

  /** Starts running `job` with `processor`. Only the worker calls this. */
  abstract process<TData>(job: JobDefinition<TData>, processor: JobProcessor<TData>): void;

  /** Failed jobs, newest first; `page` counts from 1. */
  abstract failed(page: number, perPage: number): Promise<FailedJobList>;

  /** Puts a failed job back in the queue; resolves to the job as it was when it failed. */
  abstract retry(id: string): Promise<FailedJob>;

  /** Jobs waiting, running or delayed (including those waiting for a retry). */
  abstract countPending(): Promise<number>;

  /** Stops taking jobs, waits for running ones to finish and disconnects. */
  abstract close(): Promise<void>;
}
