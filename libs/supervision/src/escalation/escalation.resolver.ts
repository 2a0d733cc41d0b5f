import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { IdArg } from '@kindred/common';
import { EscalationService } from './escalation.service';
import { EscalateInput, EscalationView } from './escalation.types';

@Resolver(() => EscalationView)
export class EscalationResolver {
  constructor(private readonly escalations: EscalationService) {}

  @Allow('supervision.self')
  @Query(() => [EscalationView], { description: 'Concerns escalated to you as the named lead, newest first.' })
  escalationsToMe(@CurrentActor() actor: Actor) {
    return this.escalations.forLead(actor);
  }

  @Allow('supervision.self')
  @Query(() => [EscalationView], {
    description: 'Concerns raised from your supervision: to whom and when (the summary stays with the lead).',
  })
  escalationsAboutMe(@CurrentActor() actor: Actor) {
    return this.escalations.aboutMe(actor);
  }

  @Allow('supervision.supervise')
  @Mutation(() => EscalationView, { description: 'Raises a safeguarding or conduct concern to a named lead.' })
  escalateSupervisionConcern(@CurrentActor() actor: Actor, @Args('input') input: EscalateInput) {
    return this.escalations.raise(actor, input);
  }

  @Allow('supervision.self')
  @Mutation(() => EscalationView, { description: 'The named lead has taken the concern on.' })
  acknowledgeEscalation(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.escalations.acknowledge(actor, id);
  }
}
