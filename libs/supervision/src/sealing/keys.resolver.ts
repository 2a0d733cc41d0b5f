import { Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '@kindred/auth';
import { JobQueue } from '@kindred/jobs';
import { resealContent } from './reseal.job';

@Resolver()
export class KeysResolver {
  constructor(private readonly queue: JobQueue) {}

  @Allow('supervision.keys')
  @Mutation(() => String, {
    description:
      'After making a new encryption key current, seals all supervision and CPD content again under it in the background (also done nightly). Returns the job id.',
  })
  resealSupervisionContent() {
    return this.queue.add(resealContent, undefined);
  }
}
