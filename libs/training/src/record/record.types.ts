import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { FilterArg, IdField, IdList, ListArgs, ListPageType, OptionalIdField } from '@kindred/common';
import { RecordSource, RecordValidation } from '../graphql/enums';

const DATE = { strict: true, strictSeparator: true };

@ObjectType('TrainingRecord', { description: 'That a person completed some training, and until when it counts.' })
export class TrainingRecordView {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) completedOn!: string;
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: the last day it counts; empty if it never expires.',
  })
  expiresOn!: string | null;
  @Field(() => RecordSource) source!: RecordSource;
  @Field(() => RecordValidation, { description: 'Training done elsewhere counts once a manager validates it.' })
  validation!: RecordValidation;
  @Field(() => Int) cpdMinutes!: number;
  @Field(() => String, { nullable: true }) evidence!: string | null;
  @Field(() => Boolean, { description: 'Validated and not revoked: it grants levels and has a certificate.' })
  counts!: boolean;
  @Field(() => String, { nullable: true, description: 'Printed on the certificate; /certificates/<code> checks it.' })
  certificateCode!: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true, description: "The manager's comment on training done elsewhere." })
  reviewComment!: string | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => String, { nullable: true }) revokeReason!: string | null;
  @Field(() => Date) createdAt!: Date;
}

export const TrainingRecordList = ListPageType(TrainingRecordView, 'TrainingRecordList');

@InputType()
export class TrainingRecordFilter {
  @IdList() personIds?: string[];
  @IdList() courseIds?: string[];

  @Field(() => [RecordSource], { nullable: true })
  @IsOptional()
  @IsEnum(RecordSource, { each: true })
  sources?: RecordSource[];

  @Field(() => RecordValidation, { nullable: true })
  @IsOptional()
  @IsEnum(RecordValidation)
  validation?: RecordValidation;

  @Field(() => Int, { nullable: true, description: 'Still valid today and expiring within this many days.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  expiringWithinDays?: number;

  @Field(() => Boolean, { nullable: true, description: 'true: expired before today; false: not expired.' })
  @IsOptional()
  @IsBoolean()
  expired?: boolean;
}

@ArgsType()
export class TrainingRecordListArgs extends ListArgs {
  @FilterArg(TrainingRecordFilter)
  filter?: TrainingRecordFilter;
}

@InputType()
export class ExternalTrainingInput {
  @Field(() => String)
  @IsString()
  @Length(1, 200, { message: 'Give the training a title of up to 200 characters.' })
  title!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsISO8601(DATE, { message: 'completedOn must be a date like 2026-09-01.' })
  completedOn!: string;

  @Field(() => String, {
    nullable: true,
    description: "YYYY-MM-DD; left out, a course's validity sets it, otherwise it never expires.",
  })
  @IsOptional()
  @IsISO8601(DATE, { message: 'expiresOn must be a date like 2026-09-01.' })
  expiresOn?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'CPD time is zero or more minutes.' })
  @Max(100_000)
  cpdMinutes!: number;

  @Field(() => String, { description: 'A certificate reference, a link, or what the manager can check.' })
  @IsString()
  @Length(1, 4000, {
    message: 'Add evidence of the training (a certificate reference or link), up to 4000 characters.',
  })
  evidence!: string;

  @OptionalIdField('courseId')
  courseId?: string | null;
}

@InputType()
export class ReviewExternalTrainingInput {
  @IdField('recordId')
  recordId!: string;

  @Field(() => Boolean, { description: 'true validates the record; false rejects it.' })
  @IsBoolean()
  accept!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string | null;
}

@InputType()
export class RevokeTrainingRecordInput {
  @IdField('recordId')
  recordId!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 2000, { message: 'Say why the record is revoked, in up to 2000 characters.' })
  reason!: string;
}
