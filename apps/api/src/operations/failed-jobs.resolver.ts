import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { ListPageType, NotFoundError, PageArgs } from '@kindred/common';
import { type FailedJob, FailedJobNotFoundError, JobQueue } from '@kindred/jobs';

@ObjectType('FailedJob')
class FailedJobView implements FailedJob {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  queue!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  attemptsMade!: number;

  @Field(() => String)
  failedReason!: string;

  @Field(() => Date, { nullable: true })
  failedAt!: Date | null;

  @Field(() => String, { description: "The job's data as JSON." })
  data!: string;
}

const FailedJobList = ListPageType(FailedJobView, 'FailedJobList');

@InputType()
class RetryFailedJobInput {
  @Field(() => ID)
  @IsString()
  id!: string;
}

// Failed jobs are few and kept until retried, so reading a bounded window and filtering it is
// cheaper than indexing jobs by partnership in Redis.
const WINDOW = 1000;

/**
 * Operators see jobs that failed after their last try, and can send one back to the queue. A job
 * that carries a partnership is shown only to that partnership's operators.
 */
@Resolver(() => FailedJobView)
export class FailedJobsResolver {
  constructor(private readonly queue: JobQueue) {}

  @Allow('job.read')
  @Query(() => FailedJobList)
  async failedJobs(@CurrentActor() actor: Actor, @Args() { page, perPage }: PageArgs) {
    const visible = (await this.queue.failed(1, WINDOW)).nodes.filter((job) => this.visibleTo(job, actor));
    return { nodes: visible.slice((page - 1) * perPage, page * perPage), totalCount: visible.length };
  }

  @Allow('job.retry')
  @Mutation(() => FailedJobView)
  async retryFailedJob(@CurrentActor() actor: Actor, @Args('input') input: RetryFailedJobInput): Promise<FailedJob> {
    const job = (await this.queue.failed(1, WINDOW)).nodes.find((j) => j.id === input.id);
    if (!job || !this.visibleTo(job, actor)) throw new NotFoundError('Failed job', input.id);
    try {
      return await this.queue.retry(job.id);
    } catch (error) {
      if (error instanceof FailedJobNotFoundError) throw new NotFoundError('Failed job', input.id);
      throw error;
    }
  }

  private visibleTo(job: FailedJob, actor: Actor): boolean {
    const data = JSON.parse(job.data) as { partnershipId?: string } | null;
    return !data?.partnershipId || data.partnershipId === actor.partnershipId;
  }
}
