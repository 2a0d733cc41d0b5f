/**
 * The only file that knows about bull. Moving to BullMQ means rewriting this file against the
 * same JobQueue port and module.
 */
import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { BullModule, InjectQueue } from '@nestjs/bull';
import type { Job, Queue } from 'bull';
import Redis, { RedisOptions } from 'ioredis';
import { AppConfig } from '@kindred/config';
import { JobDefinition } from '../job-definition';
import { AddJobOptions, FailedJob, FailedJobList, FailedJobNotFoundError, JobProcessor, JobQueue } from '../job-queue';

/** One queue for every kind of job; a job's kind is its bull job name. */
const QUEUE_NAME = 'kindred';

type ConnectionKind = 'client' | 'subscriber' | 'bclient';

const QUIT_TIMEOUT_MS = 500;

/**
 * bull's Redis connections, opened here so that closing ends every one of them. bull opens its
 * blocking connection lazily, and when a worker closes right after it started it can open it
 * after its own close has run, which would keep the process alive.
 */
@Injectable()
class BullConnections {
  private readonly open = new Set<Redis>();
  private closed = false;
  private readonly url: string;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.url = config.redis.url;
  }

  connect(kind: ConnectionKind, bullOptions: RedisOptions = {}): Redis {
    const client = new Redis(this.url, {
      connectionName: bullOptions.connectionName,
      // bull requires its blocking and subscriber connections to wait for Redis indefinitely.
      ...(kind === 'client' ? {} : { maxRetriesPerRequest: null, enableReadyCheck: false }),
    });
    this.open.add(client);
    // Opened after closing: end it once bull has queued the command it opened it for.
    if (this.closed) setImmediate(() => void this.end(client));
    return client;
  }

  /** Only once bull has closed, so no command of bull's is cut off. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.open].map((client) => this.end(client)));
  }

  private async end(client: Redis): Promise<void> {
    this.open.delete(client);
    // QUIT lets queued commands finish; a Redis that does not answer is cut off.
    const cutOff = setTimeout(() => client.disconnect(), QUIT_TIMEOUT_MS);
    await client.quit().catch(() => client.disconnect());
    clearTimeout(cutOff);
  }
}

@Injectable()
export class BullJobQueue extends JobQueue implements OnApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private closing?: Promise<void>;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @InjectQueue(QUEUE_NAME) private readonly queue: Queue,
    private readonly connections: BullConnections,
  ) {
    super();
    // bull reports Redis trouble as 'error' events; without a listener they would go unseen.
    this.queue.on('error', (error: unknown) => this.reportError('Job queue error', error));
  }

  async add<TData>(job: JobDefinition<TData>, data: NoInfer<TData>, options: AddJobOptions = {}): Promise<string> {
    const added = await this.queue.add(job.name, data ?? null, {
      jobId: options.jobId,
      delay: options.delayMs,
      attempts: job.options.attempts ?? this.config.jobs.attempts,
      backoff: { type: 'exponential', delay: job.options.backoffMs ?? this.config.jobs.backoffMs },
      // Completed jobs stay for a while so that adding the same deterministic id again (another
      // worker firing the same schedule tick) is a no-op rather than a second run.
      removeOnComplete: { age: this.config.jobs.keepCompletedHours * 3600 },
      // Failed jobs stay until an operator retries them.
      removeOnFail: false,
    });
    return String(added.id);
  }

  process<TData>(job: JobDefinition<TData>, processor: JobProcessor<TData>): void {
    // The callback takes one parameter: bull treats a two-parameter processor as callback-style.
    this.queue
      .process(job.name, job.options.concurrency ?? 1, (run: Job<TData>) =>
        processor(run.data, { id: String(run.id), name: run.name, attemptsMade: run.attemptsMade }),
      )
      .catch((error: unknown) => this.reportError(`Stopped processing ${job.name}`, error));
  }

  async failed(page: number, perPage: number): Promise<FailedJobList> {
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(perPage) || perPage < 1) {
      throw new RangeError('page and perPage must be whole numbers from 1');
    }
    const start = (page - 1) * perPage;
    const [jobs, totalCount] = await Promise.all([
      this.queue.getFailed(start, start + perPage - 1),
      this.queue.getFailedCount(),
    ]);
    // A job removed between reading the failed set and reading the job comes back as null.
    const nodes = jobs.filter((job): job is Job => job !== null).map((job) => this.toFailedJob(job));
    return { nodes, totalCount };
  }

  async retry(id: string): Promise<FailedJob> {
    const job = await this.queue.getJob(id);
    if (!job || !(await job.isFailed())) throw new FailedJobNotFoundError(id);
    const failed = this.toFailedJob(job);
    await job.retry();
    return failed;
  }

  async countPending(): Promise<number> {
    const counts = await this.queue.getJobCounts();
    return counts.waiting + counts.active + counts.delayed;
  }

  /** bull's close stops taking jobs and waits for running ones; then the connections end. */
  close(): Promise<void> {
    this.closing ??= this.queue.close().finally(() => this.connections.close());
    return this.closing;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  private reportError(what: string, error: unknown): void {
    // Closing while a connection is still opening makes bull reject with nothing to report.
    if (this.closing) return;
    this.logger.error(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }

  private toFailedJob(job: Job): FailedJob {
    return {
      id: String(job.id),
      queue: this.queue.name,
      name: job.name,
      attemptsMade: job.attemptsMade,
      failedReason: job.failedReason ?? '',
      failedAt: job.finishedOn ? new Date(job.finishedOn) : null,
      data: JSON.stringify(job.data ?? null),
    };
  }
}

@Module({ providers: [BullConnections], exports: [BullConnections] })
class BullConnectionsModule {}

/** Provides JobQueue to every module; all keys live under `config.redis.prefix`. */
@Global()
@Module({
  imports: [
    BullConnectionsModule,
    BullModule.forRootAsync({
      imports: [BullConnectionsModule],
      inject: [AppConfig, BullConnections],
      useFactory: (config: AppConfig, connections: BullConnections) => ({
        prefix: config.redis.prefix,
        createClient: (kind: ConnectionKind, options?: RedisOptions) => connections.connect(kind, options),
      }),
    }),
    BullModule.registerQueueAsync({
      name: QUEUE_NAME,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // The lock is renewed at half this while the job runs; once it lapses, the stalled-job
        // check (as often) hands the job to another worker.
        settings: { lockDuration: config.jobs.lockSeconds * 1000, stalledInterval: config.jobs.lockSeconds * 1000 },
      }),
    }),
  ],
  providers: [{ provide: JobQueue, useClass: BullJobQueue }],
  exports: [JobQueue],
})
export class BullJobQueueModule {}
