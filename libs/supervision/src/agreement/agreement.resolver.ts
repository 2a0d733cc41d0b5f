import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { IdArg } from '@kindred/common';
import { PersonView } from '@kindred/org';
import { AgreementService } from './agreement.service';
import { AgreementView, CreateAgreementInput, EndAgreementInput, StandingView } from './agreement.types';
import type { SupervisionAgreement } from './supervision-agreement.entity';

@Resolver(() => AgreementView)
export class AgreementResolver {
  constructor(private readonly agreements: AgreementService) {}

  @Allow('supervision.self')
  @Query(() => [AgreementView], { description: 'The agreements you are supervised under, newest first.' })
  mySupervisionAgreements(@CurrentActor() actor: Actor) {
    return this.agreements.mine(actor);
  }

  @Allow('supervision.supervise')
  @Query(() => [AgreementView], { description: 'The agreements you supervise, current ones first, with what is due.' })
  mySupervisees(@CurrentActor() actor: Actor) {
    return this.agreements.supervising(actor);
  }

  @Allow('supervision.read')
  @Query(() => AgreementView)
  supervisionAgreement(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.agreements.visible(actor, id);
  }

  @ResolveField(() => PersonView)
  supervisee(@Parent() agreement: SupervisionAgreement) {
    return agreement.supervisee.load();
  }

  @ResolveField(() => PersonView)
  supervisor(@Parent() agreement: SupervisionAgreement) {
    return agreement.supervisor.load();
  }

  @ResolveField(() => StandingView, { description: 'Sessions held, missed, cancelled and when the next is due.' })
  standing(@Parent() agreement: SupervisionAgreement) {
    return this.agreements.standing(agreement);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'What is shared with whom. Content: for the parties and the supervisor’s line manager; every read is audited.',
  })
  sharing(@CurrentActor() actor: Actor, @Parent() agreement: SupervisionAgreement) {
    return this.agreements.sharing(actor, agreement);
  }

  @Allow('supervision.agree')
  @Mutation(() => AgreementView, { description: 'Sets up a supervision agreement; both parties then sign it.' })
  createSupervisionAgreement(@CurrentActor() actor: Actor, @Args('input') input: CreateAgreementInput) {
    return this.agreements.create(actor, input);
  }

  @Allow('supervision.self')
  @Mutation(() => AgreementView, { description: 'Signs the agreement as its supervisee or supervisor.' })
  signSupervisionAgreement(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.agreements.sign(actor, id);
  }

  @Allow('supervision.agree')
  @Mutation(() => AgreementView)
  endSupervisionAgreement(@CurrentActor() actor: Actor, @Args('input') input: EndAgreementInput) {
    return this.agreements.end(actor, input.id, input.endDate);
  }
}
