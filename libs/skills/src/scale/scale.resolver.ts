import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { ScaleService } from './scale.service';
import {
  ProficiencyScaleInput,
  ProficiencyScaleList,
  ProficiencyScaleListArgs,
  ProficiencyScaleView,
  UpdateProficiencyScaleInput,
} from './scale.types';
import { IdArg } from '@kindred/common';

@Resolver(() => ProficiencyScaleView)
export class ScaleResolver {
  constructor(private readonly scales: ScaleService) {}

  @Allow('framework.read')
  @Query(() => ProficiencyScaleList)
  proficiencyScales(@Args() args: ProficiencyScaleListArgs) {
    return this.scales.list(args);
  }

  @Allow('framework.read')
  @Query(() => ProficiencyScaleView, { nullable: true })
  proficiencyScale(@IdArg() id: string) {
    return this.scales.get(id);
  }

  @Allow('framework.write')
  @Mutation(() => ProficiencyScaleView)
  createProficiencyScale(@CurrentActor() actor: Actor, @Args('input') input: ProficiencyScaleInput) {
    return this.scales.create(actor, input);
  }

  @Allow('framework.write')
  @Mutation(() => ProficiencyScaleView, { description: 'Refused if it would drop a level in use.' })
  updateProficiencyScale(@Args('input') input: UpdateProficiencyScaleInput) {
    return this.scales.update(input);
  }
}
