import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { IdArg } from '@kindred/common';
import { PracticeFeedback, ReflectiveAccount, RevalidationSignOff } from './revalidation-records.entity';
import { RevalidationService } from './revalidation.service';
import {
  PracticeFeedbackInput,
  PracticeFeedbackView,
  ReflectiveAccountInput,
  ReflectiveAccountView,
  SignOffInput,
  SignOffView,
} from './revalidation.types';

@Resolver()
export class RevalidationResolver {
  constructor(private readonly revalidation: RevalidationService) {}

  @Allow('cpd.own')
  @Query(() => [PracticeFeedbackView], { description: 'Your practice-related feedback, newest first.' })
  myPracticeFeedback(@CurrentActor() actor: Actor) {
    return this.revalidation.feedback(actor);
  }

  @Allow('cpd.own')
  @Query(() => [ReflectiveAccountView], { description: 'Your reflective accounts, newest first.' })
  myReflectiveAccounts(@CurrentActor() actor: Actor) {
    return this.revalidation.accounts(actor);
  }

  @Allow('cpd.own')
  @Query(() => [SignOffView], { description: 'Your reflective discussions and confirmations, newest first.' })
  myRevalidationSignOffs(@CurrentActor() actor: Actor) {
    return this.revalidation.signOffs(actor);
  }

  @Allow('cpd.own')
  @Mutation(() => PracticeFeedbackView)
  recordPracticeFeedback(@CurrentActor() actor: Actor, @Args('input') input: PracticeFeedbackInput) {
    return this.revalidation.recordFeedback(actor, input);
  }

  @Allow('cpd.own')
  @Mutation(() => ReflectiveAccountView)
  writeReflectiveAccount(@CurrentActor() actor: Actor, @Args('input') input: ReflectiveAccountInput) {
    return this.revalidation.writeAccount(actor, input);
  }

  @Allow('cpd.own')
  @Mutation(() => SignOffView, { description: 'Records your reflective discussion or your confirmation.' })
  recordRevalidationSignOff(@CurrentActor() actor: Actor, @Args('input') input: SignOffInput) {
    return this.revalidation.recordSignOff(actor, input);
  }

  @Allow('cpd.own')
  @Mutation(() => Boolean)
  removePracticeFeedback(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.revalidation.remove(actor, PracticeFeedback, id);
  }

  @Allow('cpd.own')
  @Mutation(() => Boolean)
  removeReflectiveAccount(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.revalidation.remove(actor, ReflectiveAccount, id);
  }

  @Allow('cpd.own')
  @Mutation(() => Boolean)
  removeRevalidationSignOff(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.revalidation.remove(actor, RevalidationSignOff, id);
  }
}
