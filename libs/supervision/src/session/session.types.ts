import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DateField, FilterArg, IdField, IdList, ListArgs, ListPageType, OptionalIdField } from '@kindred/common';
import { PersonView } from '@kindred/org';
import {
  ActionStatus,
  SessionKind,
  SessionStatus,
  SupervisionFunction,
  SupervisionType,
  WellbeingRating,
} from '../graphql/enums';

const TEXT = 20_000;

@ObjectType('SupervisionSession', {
  description: 'Dates, duration, status and who took part. The written record is in `content`.',
})
export class SessionView {
  @Field(() => ID) id!: string;
  @Field(() => SessionKind) kind!: SessionKind;
  @Field(() => SupervisionType) type!: SupervisionType;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => SessionStatus) status!: SessionStatus;
  @Field(() => Date, { nullable: true, description: 'The time it was first set for, if rescheduled.' })
  rescheduledFrom!: Date | null;
  @Field(() => [SupervisionFunction]) functions!: SupervisionFunction[];
  @Field(() => WellbeingRating, { nullable: true }) wellbeingRating!: WellbeingRating | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) nextDate!: string | null;
  @Field(() => Date, { nullable: true }) recordedAt!: Date | null;
  @Field(() => Date, { nullable: true }) signedOffAt!: Date | null;
  @Field(() => Date, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => Boolean, { description: 'Signed off: later changes are addenda.' }) locked!: boolean;
  @Field(() => Date, { nullable: true }) contentErasedAt!: Date | null;
}

@ObjectType('GibbsReflection', { description: 'Gibbs reflective cycle.' })
export class GibbsView {
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true }) feelings!: string | null;
  @Field(() => String, { nullable: true }) evaluation!: string | null;
  @Field(() => String, { nullable: true }) analysis!: string | null;
  @Field(() => String, { nullable: true }) conclusion!: string | null;
  @Field(() => String, { nullable: true }) actionPlan!: string | null;
}

@ObjectType('SupervisionActionItem')
export class ActionView {
  @Field(() => ID) id!: string;
  @Field(() => PersonView) owner!: PersonView;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD' }) dueDate!: string;
  @Field(() => ActionStatus) status!: ActionStatus;
  @Field(() => Int) timesCarriedForward!: number;
  @Field(() => Boolean) overdue!: boolean;
  @Field(() => ID, { description: 'The session it was agreed in.' }) sessionId!: string;
}

@ObjectType('SessionAddendum')
export class AddendumView {
  @Field(() => ID) id!: string;
  @Field(() => PersonView) author!: PersonView;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('SupervisionSessionContent', {
  description:
    'The written record: read only by the supervisee, supervisor and the supervisor’s line manager; audited.',
})
export class SessionContentView {
  @Field(() => String, { nullable: true }) agenda!: string | null;
  @Field(() => String, { nullable: true }) discussionNotes!: string | null;
  @Field(() => String, { nullable: true }) reflections!: string | null;
  @Field(() => GibbsView, { nullable: true }) gibbs!: GibbsView | null;
  @Field(() => String, { nullable: true }) wellbeingNote!: string | null;
  @Field(() => String, { nullable: true, description: 'What the supervisee added when acknowledging.' })
  superviseeComment!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was cancelled, rescheduled or missed.' })
  statusReason!: string | null;
  @Field(() => [ActionView]) actions!: ActionView[];
  @Field(() => [AddendumView]) addenda!: AddendumView[];
}

@InputType()
export class GibbsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) description?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) feelings?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) evaluation?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) analysis?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) conclusion?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) actionPlan?: string | null;
}

@InputType()
export class ActionInput {
  @IdField('ownerId') ownerId!: string;

  @Field(() => String)
  @IsString()
  @MaxLength(2000)
  description!: string;

  @DateField('dueDate') dueDate!: string;
}

@InputType()
export class ScheduleSessionInput {
  @IdField('agreementId') agreementId!: string;
  @Field(() => Date) @IsDate() startsAt!: Date;
  @Field(() => Int) @IsInt() @Min(5) @Max(600) durationMinutes!: number;
}

@InputType()
export class ScheduleGroupSessionInput {
  @Field(() => SessionKind, { description: 'GROUP or REFLECTIVE_PRACTICE.' })
  @IsEnum(SessionKind)
  kind!: SessionKind;

  @Field(() => SupervisionType)
  @IsEnum(SupervisionType)
  type!: SupervisionType;

  @Field(() => Date) @IsDate() startsAt!: Date;
  @Field(() => Int) @IsInt() @Min(5) @Max(600) durationMinutes!: number;

  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(60)
  @IdList()
  attendeeIds!: string[];
}

@InputType({
  description: 'Writes up a session: a scheduled one (sessionId), or a 1:1 just held (agreementId and startsAt).',
})
export class RecordSessionInput {
  @OptionalIdField('sessionId') sessionId?: string | null;
  @OptionalIdField('agreementId') agreementId?: string | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() startsAt?: Date | null;

  @Field(() => Int) @IsInt() @Min(5) @Max(600) durationMinutes!: number;

  @Field(() => [SupervisionFunction], { defaultValue: [] })
  @IsEnum(SupervisionFunction, { each: true })
  functions: SupervisionFunction[] = [];

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) agenda?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) discussionNotes?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) reflections?: string | null;

  @Field(() => GibbsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GibbsInput)
  gibbs?: GibbsInput | null;

  @Field(() => WellbeingRating, { nullable: true })
  @IsOptional()
  @IsEnum(WellbeingRating)
  wellbeingRating?: WellbeingRating | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) wellbeingNote?: string | null;

  @IdList('Competencies to develop: they feed the skills gap and the training plan.')
  learningNeedIds?: string[] | null;

  @Field(() => [ActionInput], { defaultValue: [], description: 'Replaces the actions agreed in this session.' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ActionInput)
  actions: ActionInput[] = [];

  @DateField('nextDate', { nullable: true }) nextDate?: string | null;
}

@InputType()
export class AcknowledgeSessionInput {
  @IdField('id') id!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) comment?: string | null;
}

@InputType()
export class AddendumInput {
  @IdField('sessionId') sessionId!: string;
  @Field(() => String) @IsString() @MaxLength(TEXT) text!: string;
}

@InputType()
export class SessionReasonInput {
  @IdField('id') id!: string;
  @Field(() => String) @IsString() @MaxLength(2000) reason!: string;
}

@InputType()
export class RescheduleSessionInput {
  @IdField('id') id!: string;
  @Field(() => Date) @IsDate() startsAt!: Date;
  @Field(() => String) @IsString() @MaxLength(2000) reason!: string;
}

export enum SessionPart {
  /** Sessions you were supervised in: your 1:1s and the groups you attended. */
  SUPERVISEE = 'SUPERVISEE',
  /** Sessions you ran as supervisor or facilitator. */
  FACILITATOR = 'FACILITATOR',
}
registerEnumType(SessionPart, { name: 'SupervisionSessionPart' });

@InputType()
export class SessionFilter {
  @Field(() => SessionPart, { nullable: true }) @IsOptional() @IsEnum(SessionPart) mine?: SessionPart | null;
  @OptionalIdField('agreementId') agreementId?: string | null;
  @OptionalIdField('personId') personId?: string | null;
  @Field(() => SessionKind, { nullable: true }) @IsOptional() @IsEnum(SessionKind) kind?: SessionKind | null;
  @Field(() => SessionStatus, { nullable: true }) @IsOptional() @IsEnum(SessionStatus) status?: SessionStatus | null;
}

@ArgsType()
export class SessionListArgs extends ListArgs {
  @FilterArg(SessionFilter) filter?: SessionFilter;
}

export const SessionList = ListPageType(SessionView, 'SupervisionSessionList');

@InputType()
export class UpdateActionInput {
  @IdField('id') id!: string;
  @Field(() => ActionStatus) @IsEnum(ActionStatus) status!: ActionStatus;
}
