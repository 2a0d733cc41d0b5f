/** Per-job overrides; anything left out comes from `config.jobs` when the job is added. */
export interface JobOptions {
  attempts?: number;
  backoffMs?: number;
  /** How many jobs of this kind one worker runs at once (default 1); for jobs that mostly wait on I/O. */
  concurrency?: number;
}

/** A kind of background job. `TData` is the JSON payload its handler receives. */
export interface JobDefinition<TData> {
  readonly name: string;
  readonly options: Readonly<JobOptions>;
  /** Never set: it only lets the compiler tie `add`, handlers and schedules to `TData`. */
  readonly dataType?: TData;
}

const registry = new Map<string, JobDefinition<unknown>>();

/**
 * Declares a job. Every declared job must have exactly one `@JobHandler` in the worker, which
 * checks this registry at boot, so declare jobs at module scope of the lib that owns them.
 */
export function defineJob<TData = void>(name: string, options: JobOptions = {}): JobDefinition<TData> {
  if (name.trim() === '') throw new Error('A job needs a name');
  if (registry.has(name)) throw new Error(`Job "${name}" is defined twice; job names must be unique`);
  const job: JobDefinition<TData> = { name, options: { ...options } };
  registry.set(name, job);
  return job;
}

/** Every job declared so far in this process. */
export function definedJobs(): JobDefinition<unknown>[] {
  return [...registry.values()];
}
