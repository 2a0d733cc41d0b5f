import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUrl, IsUUID, Matches } from 'class-validator';
import { NeedPriority, Slot, UnmetReason } from '../scheduler';
import { DraftStatus } from './schedule-draft.entity';

registerEnumType(DraftStatus, { name: 'ScheduleDraftStatus' });
registerEnumType(NeedPriority, { name: 'NeedPriority' });
registerEnumType(Slot, { name: 'DraftSlot' });
registerEnumType(UnmetReason, { name: 'UnmetReason' });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class CreateScheduleDraftInput {
  @Field(() => String, { description: 'First day of the term (YYYY-MM-DD).' })
  @Matches(ISO_DATE, { message: 'termStart must be a date (YYYY-MM-DD).' })
  termStart!: string;

  @Field(() => String, { description: 'Last day of the term (YYYY-MM-DD).' })
  @Matches(ISO_DATE, { message: 'termEnd must be a date (YYYY-MM-DD).' })
  termEnd!: string;
}

@InputType()
export class SetDraftOnlineLinkInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a uuid.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'A proposed online session; none for the draft’s default link.' })
  @IsOptional()
  @IsString()
  key?: string | null;

  @Field(() => String, { nullable: true, description: 'The meeting link; null takes it away.' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'url must be a web address.' })
  url?: string | null;
}

@ObjectType('DraftInvitee')
export class DraftInviteeView {
  @Field(() => ID) personId!: string;
  @Field(() => NeedPriority) priority!: NeedPriority;
  @Field() overdue!: boolean;
  @Field() travelKm!: number;
}

@ObjectType('DraftSession')
export class DraftSessionView {
  @Field(() => ID) key!: string;
  @Field(() => ID) courseId!: string;
  @Field(() => ID) trainerId!: string;
  @Field(() => ID, { nullable: true }) roomId!: string | null;
  @Field(() => ID, { nullable: true }) siteId!: string | null;
  @Field(() => [String]) days!: string[];
  @Field(() => Slot) slot!: Slot;
  @Field(() => Int) capacity!: number;
  @Field(() => [DraftInviteeView]) invitees!: DraftInviteeView[];
  @Field() pinned!: boolean;
  @Field() explanation!: string;
  @Field(() => String, { nullable: true, description: 'Where an online session meets: its own link or the draft’s.' })
  onlineUrl!: string | null;
}

@ObjectType('DraftUnmetNeed')
export class DraftUnmetNeedView {
  @Field(() => ID) personId!: string;
  @Field(() => ID) courseId!: string;
  @Field(() => NeedPriority) priority!: NeedPriority;
  @Field() overdue!: boolean;
  @Field(() => UnmetReason) reason!: UnmetReason;
  @Field() detail!: string;
}

@ObjectType('DraftPublication')
export class DraftPublicationView {
  @Field(() => ID) key!: string;
  @Field(() => ID, { nullable: true }) sessionId!: string | null;
  @Field(() => String, { nullable: true }) refusal!: string | null;
}

@ObjectType('DraftName')
export class DraftNameView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('ScheduleDraft')
export class ScheduleDraftView {
  @Field(() => ID) id!: string;
  @Field() termStartsOn!: string;
  @Field() termEndsOn!: string;
  @Field(() => DraftStatus) status!: DraftStatus;
  @Field(() => Int) progress!: number;
  @Field(() => String, { nullable: true, description: 'The link online sessions use unless given their own.' })
  onlineUrl!: string | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field() requestedAt!: Date;
  @Field(() => [DraftSessionView]) sessions!: DraftSessionView[];
  @Field(() => [DraftUnmetNeedView]) unmet!: DraftUnmetNeedView[];
  @Field(() => [String], { description: 'Where the draft leaned on defaults for data Kindred does not hold.' })
  notes!: string[];
  @Field(() => [DraftPublicationView]) publications!: DraftPublicationView[];
  @Field(() => [DraftNameView], { description: 'Names of the courses, trainers, rooms and people mentioned.' })
  names!: DraftNameView[];
}
