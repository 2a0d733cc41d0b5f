import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import type { Site } from './site.entity';
import { SiteService } from './site.service';
import {
  AddRoomInput,
  RemoveRoomInput,
  RoomView,
  SiteInput,
  SiteList,
  SiteListArgs,
  SiteView,
  UpdateRoomInput,
  UpdateSiteInput,
} from './site.types';

@Resolver(() => SiteView)
export class SiteResolver {
  constructor(private readonly service: SiteService) {}

  @Allow('site.read')
  @Query(() => SiteList)
  sites(@Args() args: SiteListArgs) {
    return this.service.list(args);
  }

  @Allow('site.read')
  @Query(() => SiteView, { nullable: true })
  site(@Args('id', { type: () => ID }, new ParseUUIDPipe({ errorHttpStatusCode: 400 })) id: string) {
    return this.service.get(id);
  }

  @ResolveField(() => SiteView, { nullable: true, description: 'The family hub a spoke or outreach venue belongs to.' })
  hub(@Parent() site: Site) {
    return site.hub?.load() ?? null;
  }

  @ResolveField(() => [RoomView])
  async rooms(@Parent() site: Site) {
    return (await site.rooms.load()).getItems().sort((a, b) => a.name.localeCompare(b.name));
  }

  @Allow('site.write')
  @Mutation(() => SiteView)
  createSite(@CurrentActor() actor: Actor, @Args('input') input: SiteInput) {
    return this.service.create(actor, input);
  }

  @Allow('site.write')
  @Mutation(() => SiteView)
  updateSite(@Args('input') input: UpdateSiteInput) {
    return this.service.update(input);
  }

  @Allow('site.write')
  @Mutation(() => RoomView)
  addRoom(@Args('input') input: AddRoomInput) {
    return this.service.addRoom(input);
  }

  @Allow('site.write')
  @Mutation(() => RoomView)
  updateRoom(@Args('input') input: UpdateRoomInput) {
    return this.service.updateRoom(input);
  }

  @Allow('site.write')
  @Mutation(() => Boolean)
  removeRoom(@Args('input') input: RemoveRoomInput) {
    return this.service.removeRoom(input.id);
  }
}
