import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Allow, UserView } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { PartnershipSettingsService } from './partnership-settings.service';
import { PartnershipList, PartnershipListArgs, PartnershipView } from './partnership.types';

@Resolver(() => PartnershipView)
export class PartnershipResolver {
  constructor(private readonly settings: PartnershipSettingsService) {}

  @Allow('partnership.read')
  @Query(() => PartnershipList)
  partnerships(@Args() args: PartnershipListArgs): Promise<InstanceType<typeof PartnershipList>> {
    return this.settings.list(args);
  }

  @Allow('partnership.read')
  @Query(() => PartnershipView, { nullable: true })
  partnership(@Args('id', { type: () => ID }, new ParseUUIDPipe({ errorHttpStatusCode: 400 })) id: string) {
    return this.settings.get(id);
  }
}

/** Every user can see their own partnership's name and branding (the console's header). */
@Resolver(() => UserView)
export class UserPartnershipResolver {
  constructor(
    private readonly settings: PartnershipSettingsService,
    private readonly em: EntityManager,
  ) {}

  @ResolveField(() => PartnershipView)
  async partnership(@Parent() user: UserView): Promise<PartnershipView> {
    const row = await this.em.findOneOrFail(Partnership, { id: user.partnershipId }, { filters: false });
    return this.settings.view(row);
  }
}
