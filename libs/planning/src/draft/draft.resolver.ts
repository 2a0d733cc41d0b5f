import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { DraftService } from './draft.service';
import {
  CreateScheduleDraftInput,
  DraftNameView,
  DraftPublicationView,
  DraftSessionView,
  DraftUnmetNeedView,
  ScheduleDraftView,
  SetDraftOnlineLinkInput,
} from './draft.types';
import type { ScheduleDraft } from './schedule-draft.entity';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

/** Term drafts for workforce leads: ask, watch, pin or remove sessions, re-run, publish. */
@Resolver(() => ScheduleDraftView)
export class DraftResolver {
  constructor(private readonly drafts: DraftService) {}

  @Allow('planning.read')
  @Query(() => [ScheduleDraftView])
  scheduleDrafts(): Promise<ScheduleDraft[]> {
    return this.drafts.list();
  }

  @Allow('planning.read')
  @Query(() => ScheduleDraftView, { nullable: true })
  scheduleDraft(@Args('id', { type: () => ID }, uuid) id: string): Promise<ScheduleDraft | null> {
    return this.drafts.get(id);
  }

  @Allow('planning.write')
  @Mutation(() => ScheduleDraftView, { description: 'Asks the worker for a draft of the term.' })
  createScheduleDraft(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateScheduleDraftInput,
  ): Promise<ScheduleDraft> {
    return this.drafts.create(actor, { startsOn: input.termStart, endsOn: input.termEnd });
  }

  @Allow('planning.write')
  @Mutation(() => ScheduleDraftView)
  pinDraftSession(
    @Args('id', { type: () => ID }, uuid) id: string,
    @Args('key', { type: () => ID }) key: string,
  ): Promise<ScheduleDraft> {
    return this.drafts.pin(id, key);
  }

  @Allow('planning.write')
  @Mutation(() => ScheduleDraftView)
  removeDraftSession(
    @Args('id', { type: () => ID }, uuid) id: string,
    @Args('key', { type: () => ID }) key: string,
  ): Promise<ScheduleDraft> {
    return this.drafts.remove(id, key);
  }

  @Allow('planning.write')
  @Mutation(() => ScheduleDraftView, { description: 'Builds the draft again, keeping its pinned sessions.' })
  rerunScheduleDraft(@Args('id', { type: () => ID }, uuid) id: string): Promise<ScheduleDraft> {
    return this.drafts.rerun(id);
  }

  @Allow('planning.write')
  @Mutation(() => ScheduleDraftView, { description: 'Creates and publishes the proposed sessions; once only.' })
  publishScheduleDraft(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, uuid) id: string,
  ): Promise<ScheduleDraft> {
    return this.drafts.publish(actor, id);
  }

  @Allow('planning.write')
  @Mutation(() => ScheduleDraftView, {
    description: 'Gives the online link for a proposed session or the whole draft.',
  })
  setDraftOnlineLink(@Args('input') input: SetDraftOnlineLinkInput): Promise<ScheduleDraft> {
    return this.drafts.setOnlineLink(input.id, input.key ?? null, input.url ?? null);
  }

  @ResolveField(() => [DraftSessionView])
  sessions(@Parent() draft: ScheduleDraft): DraftSessionView[] {
    return (draft.result?.sessions ?? []).map((s) => ({ ...s, onlineUrl: draft.onlineUrlOf(s) }));
  }

  @ResolveField(() => [DraftUnmetNeedView])
  unmet(@Parent() draft: ScheduleDraft): DraftUnmetNeedView[] {
    return draft.result?.unmet ?? [];
  }

  @ResolveField(() => [String])
  notes(@Parent() draft: ScheduleDraft): string[] {
    return draft.result?.notes ?? [];
  }

  @ResolveField(() => [DraftNameView])
  names(@Parent() draft: ScheduleDraft): DraftNameView[] {
    return Object.entries(draft.result?.names ?? {}).map(([id, name]) => ({ id, name }));
  }

  @ResolveField(() => [DraftPublicationView])
  publications(@Parent() draft: ScheduleDraft): DraftPublicationView[] {
    return draft.result?.publications ?? [];
  }
}
