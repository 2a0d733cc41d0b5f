import { SetMetadata } from '@nestjs/common';
import { JobDefinition } from './job-definition';
import { JobRun } from './job-queue';

export const JOB_HANDLER_METADATA = 'kindred:job-handler';

/**
 * Marks a provider method as the handler of `job`. The worker finds it at boot; the method gets
 * the job's data and a JobRun, and the job fails (and is retried) when it throws.
 */
export function JobHandler<TData>(job: JobDefinition<TData>) {
  return <THandler extends (data: TData, run: JobRun) => unknown>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<THandler>,
  ): void => {
    SetMetadata(JOB_HANDLER_METADATA, job)(target, key, descriptor);
  };
}
