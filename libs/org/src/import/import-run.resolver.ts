import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { type ListPage, PageArgs } from '@kindred/common';
import { OrganisationAccess } from '../access/organisation-access';
import { ImportRun } from './import-run.entity';
import { ImportRunList, ImportRunView } from './import-run.types';

/**
 * Import runs for the people who import: partnership-wide importers see every run of their
 * partnership, partner admins only their own.
 */
@Resolver(() => ImportRunView)
export class ImportRunResolver {
  constructor(private readonly em: EntityManager) {}

  @Allow('person.import')
  @Query(() => ImportRunView, { nullable: true })
  importRun(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, new ParseUUIDPipe({ errorHttpStatusCode: 400 })) id: string,
  ): Promise<ImportRun | null> {
    return this.em.findOne(ImportRun, { $and: [{ id }, this.visibleTo(actor)] });
  }

  @Allow('person.import')
  @Query(() => ImportRunList)
  async importRuns(@CurrentActor() actor: Actor, @Args() { page, perPage }: PageArgs): Promise<ListPage<ImportRun>> {
    const [nodes, totalCount] = await this.em.findAndCount(ImportRun, this.visibleTo(actor), {
      orderBy: { createdAt: 'DESC', id: 'DESC' },
      limit: perPage,
      offset: (page - 1) * perPage,
    });
    return { nodes, totalCount };
  }

  private visibleTo(actor: Actor): FilterQuery<ImportRun> {
    return OrganisationAccess.of(actor, 'person.import').partnershipWide ? {} : { requestedBy: actor.userId };
  }
}
