import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { FilterArg, IdField, IdList, ListArgs, ListPageType } from '@kindred/common';
import { Trim } from '@kindred/org';
import { PULL_CAPABILITIES } from '@kindred/plugin-sdk';
import { BookingPushAction, BookingPushStatus } from '@kindred/training';
import { LogLevel, SyncStatus, SyncTrigger } from '../run/sync-run.entity';
import { UnmatchedStatus } from '../unmatched/unmatched-completion.entity';

registerEnumType(SyncStatus, { name: 'SyncStatus' });
registerEnumType(SyncTrigger, { name: 'SyncTrigger' });
registerEnumType(LogLevel, { name: 'SyncLogLevel' });
registerEnumType(UnmatchedStatus, { name: 'UnmatchedCompletionStatus' });
registerEnumType(BookingPushAction, { name: 'BookingPushAction' });
registerEnumType(BookingPushStatus, { name: 'BookingPushStatus' });

@ObjectType('PluginSchedule')
export class PluginScheduleView {
  @Field(() => String) capability!: string;
  @Field(() => String, { description: 'Cron, UTC.' }) cron!: string;
}

@ObjectType('SyncRun')
export class SyncRunView {
  @Field(() => ID) id!: string;
  @Field(() => String) instance!: string;
  @Field(() => String) pluginId!: string;
  @Field(() => String) capability!: string;
  @Field(() => SyncTrigger) trigger!: SyncTrigger;
  @Field(() => SyncStatus) status!: SyncStatus;
  @Field(() => Int) attempts!: number;
  @Field(() => Int) pages!: number;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) unmatched!: number;
  @Field(() => Int) errors!: number;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

export const SyncRunList = ListPageType(SyncRunView, 'SyncRunList');

@ObjectType('ProviderPlugin', { description: 'A training-provider plugin enabled in the partnership file.' })
export class ProviderPluginView {
  @Field(() => ID, { description: 'The instance name, unique in the partnership.' }) id!: string;
  @Field(() => String) pluginId!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String, { description: 'The training provider whose records it brings in.' }) provider!: string;
  @Field(() => [String]) capabilities!: string[];
  @Field(() => [PluginScheduleView]) schedules!: PluginScheduleView[];
  @Field(() => SyncRunView, { nullable: true }) lastRun!: SyncRunView | null;
}

export const ProviderPluginList = ListPageType(ProviderPluginView, 'ProviderPluginList');

@ObjectType('SyncLogLine')
export class SyncLogLineView {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => LogLevel) level!: LogLevel;
  @Field(() => String, { nullable: true, description: 'The record the line is about, as the provider names it.' })
  record!: string | null;
  @Field(() => String) message!: string;
}

export const SyncLogLineList = ListPageType(SyncLogLineView, 'SyncLogLineList');

@ObjectType('UnmatchedCompletion')
export class UnmatchedCompletionView {
  @Field(() => ID) id!: string;
  @Field(() => String) instance!: string;
  @Field(() => String) provider!: string;
  @Field(() => String) externalId!: string;
  @Field(() => String, { nullable: true }) learnerEmail!: string | null;
  @Field(() => String, { nullable: true }) learnerEmployeeNumber!: string | null;
  @Field(() => String, { nullable: true }) learnerName!: string | null;
  @Field(() => String) courseTitle!: string;
  @Field(() => String) completedOn!: string;
  @Field(() => UnmatchedStatus) status!: UnmatchedStatus;
  @Field(() => String, { nullable: true }) dismissReason!: string | null;
  @Field(() => Date) createdAt!: Date;
}

export const UnmatchedCompletionList = ListPageType(UnmatchedCompletionView, 'UnmatchedCompletionList');

@ArgsType()
export class ProviderPluginListArgs extends ListArgs {}

@InputType()
export class SyncRunFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  instance?: string;

  @Field(() => [SyncStatus], { nullable: true })
  @IsOptional()
  @IsEnum(SyncStatus, { each: true })
  statuses?: SyncStatus[];

  @IdList()
  ids?: string[];
}

@ArgsType()
export class SyncRunListArgs extends ListArgs {
  @FilterArg(SyncRunFilter)
  filter?: SyncRunFilter;
}

@InputType()
export class SyncLogLineFilter {
  @IdField('runId')
  runId!: string;
}

@ArgsType()
export class SyncLogLineListArgs extends ListArgs {
  @FilterArg(SyncLogLineFilter)
  filter?: SyncLogLineFilter;
}

@InputType()
export class UnmatchedCompletionFilter {
  @Field(() => [UnmatchedStatus], { nullable: true })
  @IsOptional()
  @IsEnum(UnmatchedStatus, { each: true })
  statuses?: UnmatchedStatus[];

  @IdList()
  ids?: string[];
}

@ArgsType()
export class UnmatchedCompletionListArgs extends ListArgs {
  @FilterArg(UnmatchedCompletionFilter)
  filter?: UnmatchedCompletionFilter;
}

@InputType()
export class SyncNowInput {
  @Field(() => String, { description: 'The plugin instance (ProviderPlugin.id).' })
  @IsString()
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'instance is the name of a provider plugin, like lscp-calendar.' })
  instance!: string;

  @Field(() => String, { nullable: true, description: 'One of its capabilities; all it pulls when left out.' })
  @IsOptional()
  @IsIn(PULL_CAPABILITIES, { message: `capability is one of ${PULL_CAPABILITIES.join(', ')}.` })
  capability?: string;
}

@InputType()
export class ResolveUnmatchedCompletionInput {
  @IdField('id')
  id!: string;

  @IdField('personId')
  personId!: string;
}

@InputType()
export class DismissUnmatchedCompletionInput {
  @IdField('id')
  id!: string;

  @Field(() => String)
  @Trim()
  @IsString()
  @Length(1, 500, { message: 'Say in up to 500 characters why the completion is dismissed.' })
  reason!: string;
}

@ObjectType('BookingPush', {
  description: 'A booking, or its cancellation, told to the provider whose session it is on.',
})
export class BookingPushView {
  @Field(() => ID) id!: string;
  @Field(() => ID) bookingId!: string;
  @Field(() => BookingPushAction) action!: BookingPushAction;
  @Field(() => BookingPushStatus) status!: BookingPushStatus;
  @Field(() => String) provider!: string;
  @Field(() => String, { description: "The provider's id of the session." }) sessionExternalId!: string;
  @Field(() => String) learnerName!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true, description: "The provider's reference for the booking." })
  reference!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the last try failed, or why nothing was pushed.' })
  message!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

export const BookingPushList = ListPageType(BookingPushView, 'BookingPushList');

@InputType()
export class BookingPushFilter {
  @Field(() => [BookingPushStatus], { nullable: true })
  @IsOptional()
  @IsEnum(BookingPushStatus, { each: true })
  statuses?: BookingPushStatus[];

  @IdList('The bookings whose pushes to list.')
  bookingIds?: string[];
}

@ArgsType()
export class BookingPushListArgs extends ListArgs {
  @FilterArg(BookingPushFilter)
  filter?: BookingPushFilter;
}

@InputType()
export class RetryBookingPushInput {
  @IdField('bookingId')
  bookingId!: string;

  @Field(() => BookingPushAction)
  @IsEnum(BookingPushAction, { message: `action is one of ${Object.values(BookingPushAction).join(', ')}.` })
  action!: BookingPushAction;
}
