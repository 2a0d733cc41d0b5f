import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { IdArg } from '@kindred/common';
import type { YouSaidAction } from './you-said-action.entity';
import { YouSaidService } from './you-said.service';
import { YouSaidActionView, YouSaidInput } from './you-said.types';

const view = (action: YouSaidAction): YouSaidActionView => ({
  id: action.id,
  youSaid: action.youSaid,
  weDid: action.weDid,
  status: action.status,
  ownerId: action.owner.id,
  ownerName: action.owner.getEntity().fullName,
  courseId: action.course?.id ?? null,
  courseTitle: action.course?.getEntity().title ?? null,
  waveId: action.wave?.id ?? null,
  waveName: action.wave?.getEntity().name ?? null,
  statementId: action.statement?.id ?? null,
  statementText: action.statement?.getEntity().text ?? null,
  updatedAt: action.updatedAt,
});

/** "You said, we did": shown to all staff, written by workforce leads. */
@Resolver(() => YouSaidActionView)
export class YouSaidResolver {
  constructor(private readonly actions: YouSaidService) {}

  @Allow('youSaid.read')
  @Query(() => [YouSaidActionView], { description: 'Most recently changed first.' })
  async youSaidActions(): Promise<YouSaidActionView[]> {
    return (await this.actions.list()).map(view);
  }

  @Allow('youSaid.write')
  @Mutation(() => YouSaidActionView)
  async createYouSaidAction(
    @CurrentActor() actor: Actor,
    @Args('input') input: YouSaidInput,
  ): Promise<YouSaidActionView> {
    const action = await this.actions.create(actor, input);
    await this.reload(action);
    return view(action);
  }

  @Allow('youSaid.write')
  @Mutation(() => YouSaidActionView)
  async updateYouSaidAction(@IdArg() id: string, @Args('input') input: YouSaidInput): Promise<YouSaidActionView> {
    const action = await this.actions.update(id, input);
    await this.reload(action);
    return view(action);
  }

  private async reload(action: YouSaidAction): Promise<void> {
    await Promise.all([action.owner.load(), action.course?.load(), action.wave?.load(), action.statement?.load()]);
  }
}
