import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { IdArg } from '@kindred/common';
import { ProviderSyncService } from './provider-sync.service';
import {
  BookingPushList,
  BookingPushListArgs,
  BookingPushView,
  DismissUnmatchedCompletionInput,
  ProviderPluginList,
  ProviderPluginListArgs,
  ProviderPluginView,
  ResolveUnmatchedCompletionInput,
  RetryBookingPushInput,
  SyncLogLineList,
  SyncLogLineListArgs,
  SyncNowInput,
  SyncRunList,
  SyncRunListArgs,
  SyncRunView,
  UnmatchedCompletionList,
  UnmatchedCompletionListArgs,
  UnmatchedCompletionView,
} from './sync.types';

@Resolver()
export class ProviderSyncResolver {
  constructor(private readonly sync: ProviderSyncService) {}

  @Allow('plugin.read')
  @Query(() => ProviderPluginList, { description: 'The provider plugins enabled in the partnership file.' })
  providerPlugins(@CurrentActor() actor: Actor, @Args() args: ProviderPluginListArgs) {
    return this.sync.plugins(actor, args);
  }

  @Allow('plugin.read')
  @Query(() => ProviderPluginView, { nullable: true })
  providerPlugin(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.sync.plugin(actor, id);
  }

  @Allow('plugin.read')
  @Query(() => SyncRunList, { description: 'Sync runs, newest first unless sorted.' })
  syncRuns(@Args() args: SyncRunListArgs) {
    return this.sync.runs(args);
  }

  @Allow('plugin.read')
  @Query(() => SyncRunView, { nullable: true })
  syncRun(@IdArg() id: string) {
    return this.sync.run(id);
  }

  @Allow('plugin.read')
  @Query(() => SyncLogLineList, { description: "A run's log, oldest line first." })
  syncLogLines(@Args() args: SyncLogLineListArgs) {
    return this.sync.lines(args);
  }

  @Allow('plugin.read')
  @Query(() => UnmatchedCompletionList)
  unmatchedCompletions(@Args() args: UnmatchedCompletionListArgs) {
    return this.sync.unmatched(args);
  }

  @Allow('plugin.read')
  @Query(() => UnmatchedCompletionView, { nullable: true })
  unmatchedCompletion(@IdArg() id: string) {
    return this.sync.unmatchedOne(id);
  }

  @Allow('plugin.sync')
  @Mutation(() => [SyncRunView], { description: 'Queues a run now; refused while one is queued or running.' })
  syncNow(@CurrentActor() actor: Actor, @Args('input') input: SyncNowInput) {
    return this.sync.syncNow(actor, input);
  }

  @Allow('plugin.sync')
  @Mutation(() => UnmatchedCompletionView, { description: 'Records the completion for this person.' })
  resolveUnmatchedCompletion(@CurrentActor() actor: Actor, @Args('input') input: ResolveUnmatchedCompletionInput) {
    return this.sync.resolve(actor, input);
  }

  @Allow('plugin.sync')
  @Mutation(() => UnmatchedCompletionView)
  dismissUnmatchedCompletion(@CurrentActor() actor: Actor, @Args('input') input: DismissUnmatchedCompletionInput) {
    return this.sync.dismiss(actor, input);
  }

  @Allow('plugin.read')
  @Query(() => BookingPushList, { description: 'Bookings and cancellations told to providers, newest first.' })
  bookingPushes(@Args() args: BookingPushListArgs) {
    return this.sync.pushes(args);
  }

  @Allow('plugin.sync')
  @Mutation(() => BookingPushView, { description: "Tries a failed push again; the booking's other changes stay." })
  retryBookingPush(@Args('input') input: RetryBookingPushInput) {
    return this.sync.retryPush(input);
  }
}
