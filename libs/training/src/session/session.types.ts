import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { FilterArg, IdField, IdList, ListArgs, ListPageType, OptionalIdField } from '@kindred/common';
import { OrganisationKind } from '@kindred/org';
import { SessionStatus } from '../graphql/enums';

@ObjectType('SessionPart')
export class SessionPartView {
  @Field(() => ID) id!: string;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => Int) position!: number;
}

@ObjectType('SessionQuota', { description: 'Places held back for an organisation or a kind of organisation.' })
export class SessionQuotaView {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) organisationId!: string | null;
  @Field(() => OrganisationKind, { nullable: true }) organisationKind!: OrganisationKind | null;
  @Field(() => Int) seats!: number;
  @Field(() => Date) releaseAt!: Date;
}

@ObjectType('TrainingSession')
export class TrainingSessionView {
  @Field(() => ID) id!: string;
  @Field(() => SessionStatus) status!: SessionStatus;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => Int) capacity!: number;
  @Field(() => Int, { nullable: true }) minimumNumbers!: number | null;
  @Field(() => Date, { nullable: true }) minimumCutoffAt!: Date | null;
  @Field(() => Date, { nullable: true }) registrationOpensAt!: Date | null;
  @Field(() => Date) registrationClosesAt!: Date;
  @Field(() => Date) cancellationCutoffAt!: Date;
  @Field(() => Int, { description: 'Hours a waitlisted person has to take up an offered place.' }) offerHours!: number;
  @Field(() => String, { nullable: true }) onlineUrl!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => String, { nullable: true }) cancellationReason!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('SessionPlaces', { description: 'How the places stand, counted as the booking service counts them.' })
export class SessionPlacesView {
  @Field(() => Int) capacity!: number;
  @Field(() => Int) confirmed!: number;
  @Field(() => Int, { description: 'Places held for waitlisted people while an offer is open.' }) offered!: number;
  @Field(() => Int) waitlisted!: number;
  @Field(() => Int) pendingApproval!: number;
  @Field(() => Int, { description: 'Places anyone eligible could still take now.' }) free!: number;
}

export const TrainingSessionList = ListPageType(TrainingSessionView, 'TrainingSessionList');

@InputType()
export class TrainingSessionFilter {
  @IdList() ids?: string[];
  @IdList() courseIds?: string[];
  @IdList() siteIds?: string[];
  @IdList() providerIds?: string[];
  @IdList() trainerIds?: string[];

  @Field(() => [SessionStatus], { nullable: true })
  @IsOptional()
  @IsEnum(SessionStatus, { each: true })
  statuses?: SessionStatus[];

  @Field(() => Date, { nullable: true, description: 'Sessions ending after this moment.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Sessions starting before this moment.' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field(() => Boolean, { nullable: true, description: 'Only the sessions you are a trainer on.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}

@ArgsType()
export class SessionsNearMeArgs {
  @Field(() => [ID])
  @ArrayMaxSize(20, { message: 'Ask for at most 20 courses at once.' })
  @IsUUID('all', { each: true, message: 'Each id must be a uuid.' })
  courseIds!: string[];

  @Field(() => Int, { defaultValue: 1, description: 'Sessions per course, 1 to 5.' })
  @IsInt({ message: 'perCourse must be a whole number.' })
  @Min(1, { message: 'perCourse must be between 1 and 5.' })
  @Max(5, { message: 'perCourse must be between 1 and 5.' })
  perCourse = 1;
}

@ArgsType()
export class TrainingSessionListArgs extends ListArgs {
  @FilterArg(TrainingSessionFilter)
  filter?: TrainingSessionFilter;
}

@InputType()
export class SessionPartInput {
  @Field(() => Date)
  @IsDate({ message: 'startsAt must be a date and time.' })
  startsAt!: Date;

  @Field(() => Date)
  @IsDate({ message: 'endsAt must be a date and time.' })
  endsAt!: Date;
}

@InputType()
export class SessionPlanInput {
  @Field(() => [SessionPartInput])
  @ValidateNested({ each: true })
  @Type(() => SessionPartInput)
  @ArrayMinSize(1, { message: 'A session has at least one part.' })
  @ArrayMaxSize(20)
  parts!: SessionPartInput[];

  @OptionalIdField('siteId')
  siteId?: string | null;

  @OptionalIdField('roomId')
  roomId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'onlineUrl must be a web address.' })
  @MaxLength(500)
  onlineUrl?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  minimumNumbers?: number | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  minimumCutoffAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  registrationOpensAt?: Date | null;

  @Field(() => Date)
  @IsDate()
  registrationClosesAt!: Date;

  @Field(() => Date)
  @IsDate()
  cancellationCutoffAt!: Date;

  @Field(() => Int, { defaultValue: 48 })
  @IsInt()
  offerHours = 48;

  @Field(() => [ID], { defaultValue: [] })
  @IsUUID('all', { each: true, message: 'Each trainer id must be a uuid.' })
  @ArrayMaxSize(10)
  trainerIds: string[] = [];
}

@InputType()
export class CreateSessionInput extends SessionPlanInput {
  @IdField('courseId')
  courseId!: string;
}

@InputType()
export class UpdateSessionInput extends SessionPlanInput {
  @IdField('id')
  id!: string;
}

@InputType()
export class CancelSessionInput {
  @IdField('id')
  id!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 2000, { message: 'Say why the session is cancelled: the people booked are told.' })
  reason!: string;
}

@InputType()
export class QuotaInput {
  @OptionalIdField('organisationId')
  organisationId?: string | null;

  @Field(() => OrganisationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationKind)
  organisationKind?: OrganisationKind | null;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  seats!: number;

  @Field(() => Date)
  @IsDate()
  releaseAt!: Date;
}

@InputType()
export class SessionQuotasInput {
  @IdField('sessionId')
  sessionId!: string;

  @Field(() => [QuotaInput])
  @ValidateNested({ each: true })
  @Type(() => QuotaInput)
  @ArrayMaxSize(20)
  quotas!: QuotaInput[];
}
