import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { ActionView, UpdateActionInput } from '../session/session.types';
import { ActionService } from './action.service';

@Resolver(() => ActionView)
export class ActionResolver {
  constructor(private readonly actions: ActionService) {}

  @Allow('supervision.self')
  @Query(() => [ActionView], { description: 'Actions agreed in supervision that are yours; open ones first.' })
  mySupervisionActions(@CurrentActor() actor: Actor) {
    return this.actions.mine(actor);
  }

  @Allow('supervision.self')
  @Mutation(() => ActionView, { description: 'Marks an action done or dropped, or reopens it.' })
  updateSupervisionAction(@CurrentActor() actor: Actor, @Args('input') input: UpdateActionInput) {
    return this.actions.setStatus(actor, input.id, input.status);
  }
}
