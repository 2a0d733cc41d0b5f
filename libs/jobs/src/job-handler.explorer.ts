import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { definedJobs, JobDefinition } from './job-definition';
import { JOB_HANDLER_METADATA } from './job-handler.decorator';
import { JobRun } from './job-queue';

export interface DiscoveredJobHandler {
  job: JobDefinition<unknown>;
  /** `Class.method`, for logs and errors. */
  source: string;
  invoke(data: unknown, run: JobRun): unknown;
}

/** The worker refuses to start: some defined job has no handler, or more than one. */
export class JobHandlerSetupError extends Error {
  constructor(readonly problems: string[]) {
    super(`Job handlers do not match the defined jobs:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'JobHandlerSetupError';
  }
}

/** Finds the `@JobHandler` methods of every provider and pairs them with the defined jobs. */
@Injectable()
export class JobHandlerExplorer {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  /** The one handler of each defined job; throws JobHandlerSetupError naming every mismatch. */
  discover(): DiscoveredJobHandler[] {
    const byJob = this.handlersByJobName();
    const problems: string[] = [];
    const handlers: DiscoveredJobHandler[] = [];
    for (const job of definedJobs()) {
      const found = byJob.get(job.name) ?? [];
      if (found.length === 0) {
        problems.push(`job "${job.name}" has no @JobHandler method`);
      } else if (found.length > 1) {
        const sources = found.map((handler) => handler.source).join(', ');
        problems.push(`job "${job.name}" has ${found.length} @JobHandler methods (${sources}); it needs exactly one`);
      } else {
        handlers.push(found[0]);
      }
    }
    if (problems.length > 0) throw new JobHandlerSetupError(problems);
    return handlers;
  }

  private handlersByJobName(): Map<string, DiscoveredJobHandler[]> {
    const byJob = new Map<string, DiscoveredJobHandler[]>();
    // An instance can be registered under several tokens (useExisting); its handlers count once.
    const seen = new Set<object>();
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.isDependencyTreeStatic()) continue;
      const instance: unknown = wrapper.instance;
      if (typeof instance !== 'object' || instance === null || seen.has(instance)) continue;
      seen.add(instance);
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method] as (data: unknown, run: JobRun) => unknown;
        const job = this.reflector.get<JobDefinition<unknown> | undefined>(JOB_HANDLER_METADATA, handler);
        if (!job) continue;
        const list = byJob.get(job.name) ?? [];
        list.push({
          job,
          source: `${prototype.constructor.name}.${method}`,
          invoke: (data, run) => handler.call(instance, data, run),
        });
        byJob.set(job.name, list);
      }
    }
    return byJob;
  }
}
