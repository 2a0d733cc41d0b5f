import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { OrganisationService } from './organisation.service';
import {
  CreateOrganisationInput,
  OrganisationList,
  OrganisationListArgs,
  OrganisationView,
  UpdateOrganisationInput,
} from './organisation.types';

@Resolver(() => OrganisationView)
export class OrganisationResolver {
  constructor(private readonly service: OrganisationService) {}

  @Allow('organisation.read')
  @Query(() => OrganisationList)
  organisations(@Args() args: OrganisationListArgs) {
    return this.service.list(args);
  }

  @Allow('organisation.read')
  @Query(() => OrganisationView, { nullable: true })
  organisation(@Args('id', { type: () => ID }, new ParseUUIDPipe({ errorHttpStatusCode: 400 })) id: string) {
    return this.service.get(id);
  }

  @Allow('organisation.write')
  @Mutation(() => OrganisationView)
  createOrganisation(@CurrentActor() actor: Actor, @Args('input') input: CreateOrganisationInput) {
    return this.service.create(actor, input);
  }

  @Allow('organisation.write')
  @Mutation(() => OrganisationView)
  updateOrganisation(@Args('input') input: UpdateOrganisationInput) {
    return this.service.update(input);
  }
}
