import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { IdArg } from '@kindred/common';
import { RegistrationService } from './registration.service';
import { RegistrationInput, RegistrationView } from './registration.types';

@Resolver(() => RegistrationView)
export class RegistrationResolver {
  constructor(private readonly registrations: RegistrationService) {}

  @Allow('cpd.own')
  @Query(() => [RegistrationView], { description: 'Your professional registrations.' })
  myProfessionalRegistrations(@CurrentActor() actor: Actor) {
    return this.registrations.mine(actor);
  }

  @Allow('cpd.own')
  @Mutation(() => RegistrationView, { description: 'Adds your registration with a regulator, or changes it.' })
  saveProfessionalRegistration(@CurrentActor() actor: Actor, @Args('input') input: RegistrationInput) {
    return this.registrations.save(actor, input);
  }

  @Allow('cpd.own')
  @Mutation(() => Boolean)
  removeProfessionalRegistration(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.registrations.remove(actor, id);
  }
}
