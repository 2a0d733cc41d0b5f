import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { OrganisationView } from '../organisation/organisation.types';
import { PersonView } from '../people/person.types';
import { SiteView } from '../site/site.types';
import type { Team } from './team.entity';
import { TeamService } from './team.service';
import { TeamInput, TeamList, TeamListArgs, TeamView, UpdateTeamInput } from './team.types';

@Resolver(() => TeamView)
export class TeamResolver {
  constructor(private readonly service: TeamService) {}

  @Allow('team.read')
  @Query(() => TeamList)
  teams(@Args() args: TeamListArgs) {
    return this.service.list(args);
  }

  @Allow('team.read')
  @Query(() => TeamView, { nullable: true })
  team(@Args('id', { type: () => ID }, new ParseUUIDPipe({ errorHttpStatusCode: 400 })) id: string) {
    return this.service.get(id);
  }

  @ResolveField(() => OrganisationView)
  organisation(@Parent() team: Team) {
    return team.organisation.load();
  }

  @ResolveField(() => SiteView, { nullable: true })
  site(@Parent() team: Team) {
    return team.site?.load() ?? null;
  }

  @ResolveField(() => PersonView, { nullable: true })
  manager(@Parent() team: Team) {
    return team.manager?.load() ?? null;
  }

  @Allow('team.write')
  @Mutation(() => TeamView)
  createTeam(@CurrentActor() actor: Actor, @Args('input') input: TeamInput) {
    return this.service.create(actor, input);
  }

  @Allow('team.write')
  @Mutation(() => TeamView)
  updateTeam(@CurrentActor() actor: Actor, @Args('input') input: UpdateTeamInput) {
    return this.service.update(actor, input);
  }
}
