import { Args, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { GapService } from './gap.service';
import { GapArgs, GapPeopleArgs, GapPersonList, GapReport, Heatmap, HeatmapArgs } from './gap.types';

@Resolver()
export class GapResolver {
  constructor(private readonly gaps: GapService) {}

  @Allow('gap.read')
  @Query(() => GapReport, { description: 'Required against current per competency, essential gaps first.' })
  skillsGap(@CurrentActor() actor: Actor, @Args() args: GapArgs) {
    return this.gaps.report(actor, args.scope);
  }

  @Allow('gap.read')
  @Query(() => Heatmap, { description: 'Competency × organisation, site or role profile.' })
  skillsHeatmap(@CurrentActor() actor: Actor, @Args() args: HeatmapArgs) {
    return this.gaps.heatmap(actor, args.scope, args.axis);
  }

  @Allow('gap.read')
  @Query(() => GapPersonList, { description: 'The people behind a gap figure or a heatmap cell, gaps first.' })
  skillsGapPeople(@CurrentActor() actor: Actor, @Args() args: GapPeopleArgs) {
    return this.gaps.people(actor, args);
  }
}
