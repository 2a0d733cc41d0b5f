import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { ReflectiveLogService } from './reflective-log.service';
import { ReflectiveEntryInput, ReflectiveEntryView, ShareReflectionInput } from './reflective-log.types';

@Resolver(() => ReflectiveEntryView)
export class ReflectiveLogResolver {
  constructor(private readonly log: ReflectiveLogService) {}

  @Allow('supervision.self')
  @Query(() => [ReflectiveEntryView], {
    description: 'Your reflective log, newest first. Private until you share an entry.',
  })
  myReflectiveLog(@CurrentActor() actor: Actor) {
    return this.log.mine(actor);
  }

  @Allow('supervision.supervise')
  @Query(() => [ReflectiveEntryView], { description: 'Reflections your supervisees shared with you.' })
  sharedReflections(@CurrentActor() actor: Actor) {
    return this.log.sharedWithMe(actor);
  }

  @Allow('supervision.self')
  @Mutation(() => ReflectiveEntryView)
  writeReflection(@CurrentActor() actor: Actor, @Args('input') input: ReflectiveEntryInput) {
    return this.log.write(actor, input);
  }

  @Allow('supervision.self')
  @Mutation(() => ReflectiveEntryView, { description: 'Shares one entry with a supervisor of yours.' })
  shareReflection(@CurrentActor() actor: Actor, @Args('input') input: ShareReflectionInput) {
    return this.log.share(actor, input);
  }
}
