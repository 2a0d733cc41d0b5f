import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { OrganisationView } from '@kindred/org';
import type { TrainingProvider } from './training-provider.entity';
import { ProviderService } from './provider.service';
import {
  TrainingProviderInput,
  TrainingProviderList,
  TrainingProviderListArgs,
  TrainingProviderView,
  UpdateTrainingProviderInput,
} from './provider.types';
import { IdArg } from '@kindred/common';

@Resolver(() => TrainingProviderView)
export class ProviderResolver {
  constructor(private readonly providers: ProviderService) {}

  @Allow('training.read')
  @Query(() => TrainingProviderList)
  trainingProviders(@Args() args: TrainingProviderListArgs) {
    return this.providers.list(args);
  }

  @Allow('training.read')
  @Query(() => TrainingProviderView, { nullable: true })
  trainingProvider(@IdArg() id: string) {
    return this.providers.get(id);
  }

  @ResolveField(() => OrganisationView, {
    nullable: true,
    description: 'The partner organisation a PARTNER provider belongs to.',
  })
  organisation(@Parent() provider: TrainingProvider) {
    return provider.organisation?.load() ?? null;
  }

  @Allow('training.write')
  @Mutation(() => TrainingProviderView, { description: 'A partner provider names its organisation.' })
  createTrainingProvider(@CurrentActor() actor: Actor, @Args('input') input: TrainingProviderInput) {
    return this.providers.create(actor, input);
  }

  @Allow('training.write')
  @Mutation(() => TrainingProviderView)
  updateTrainingProvider(@Args('input') input: UpdateTrainingProviderInput) {
    return this.providers.update(input);
  }
}
