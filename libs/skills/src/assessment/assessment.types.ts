import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  DateField,
  FilterArg,
  IdField,
  IdList,
  ListArgs,
  ListPageType,
  OptionalIdField,
  PageArgs,
} from '@kindred/common';
import { EvidenceSource, RequirementPriority, ReviewStatus } from '../graphql/enums';

@ObjectType('Assessment', { description: "One piece of evidence of a person's level in a competency." })
export class AssessmentView {
  @Field(() => ID) id!: string;
  @Field(() => Int) level!: number;
  @Field(() => EvidenceSource) source!: EvidenceSource;
  @Field(() => String, { description: 'YYYY-MM-DD' }) assessedOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the last day this evidence counts.' })
  validUntil!: string | null;
  @Field(() => String, { nullable: true, description: "The learner's reflection or the assessor's comment." })
  note!: string | null;
  @Field(() => ReviewStatus, { nullable: true }) review!: ReviewStatus | null;
  @Field(() => Date) createdAt!: Date;
}

export const AssessmentList = ListPageType(AssessmentView, 'AssessmentList');

@ObjectType('PersonSkill', { description: 'Where a person stands on one competency their jobs require or they hold.' })
export class PersonSkillView {
  @Field(() => ID) competencyId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => ID) frameworkId!: string;
  @Field(() => String) frameworkName!: string;
  @Field(() => Int, { nullable: true }) requiredLevel!: number | null;
  @Field(() => String, { nullable: true }) requiredLevelName!: string | null;
  @Field(() => RequirementPriority, { nullable: true }) priority!: RequirementPriority | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when the required level is due.' })
  dueOn!: string | null;
  @Field(() => Int, { nullable: true }) currentLevel!: number | null;
  @Field(() => String, { nullable: true }) currentLevelName!: string | null;
  @Field(() => EvidenceSource, { nullable: true }) source!: EvidenceSource | null;
  @Field(() => String, { nullable: true }) since!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when evidence behind the level lapses.' })
  reviewOn!: string | null;
  @Field(() => Boolean, { description: 'Holds the required level (true when nothing is required).' })
  meets!: boolean;
  @Field(() => Boolean, { description: 'Required level not held and its due date has passed.' })
  overdue!: boolean;
  @Field(() => Boolean, { description: 'A self-assessment is waiting for the manager.' })
  pendingReview!: boolean;
}

@InputType()
export class AssessmentFilter {
  @IdList()
  personIds?: string[];

  @IdList()
  competencyIds?: string[];

  @Field(() => [EvidenceSource], { nullable: true })
  @IsOptional()
  @IsEnum(EvidenceSource, { each: true })
  sources?: EvidenceSource[];
}

@ArgsType()
export class AssessmentListArgs extends ListArgs {
  @FilterArg(AssessmentFilter)
  filter?: AssessmentFilter;
}

@ArgsType()
export class PersonSkillsArgs {
  @IdField('personId')
  personId!: string;

  @OptionalIdField('frameworkId')
  frameworkId?: string | null;
}

@ArgsType()
export class MySkillsArgs {
  @OptionalIdField('frameworkId')
  frameworkId?: string | null;
}

@ArgsType()
export class ValidationQueueArgs extends PageArgs {}

/** Sources a person may record directly; SELF comes through self-assessment, TRAINING from courses. */
const RECORDABLE = [EvidenceSource.MANAGER, EvidenceSource.IMPORTED] as const;

@InputType()
export class RecordAssessmentInput {
  @IdField('personId')
  personId!: string;

  @IdField('competencyId')
  competencyId!: string;

  @Field(() => Int)
  @IsInt({ message: 'level must be a whole number.' })
  level!: number;

  @Field(() => EvidenceSource, { defaultValue: EvidenceSource.MANAGER })
  @IsIn(RECORDABLE, { message: `source must be one of: ${RECORDABLE.join(', ')}.` })
  source: EvidenceSource = EvidenceSource.MANAGER;

  @DateField('assessedOn')
  assessedOn!: string;

  @DateField('validUntil', { nullable: true })
  validUntil?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string | null;
}

@InputType()
export class SelfRatingInput {
  @IdField('competencyId')
  competencyId!: string;

  @Field(() => Int)
  @IsInt({ message: 'level must be a whole number.' })
  level!: number;

  @Field(() => String)
  @IsString()
  @Length(1, 4000, { message: 'Add a short reflection (up to 4000 characters) to each rating.' })
  reflection!: string;
}

@InputType()
export class SelfAssessmentInput {
  @Field(() => [SelfRatingInput])
  @ValidateNested({ each: true })
  @Type(() => SelfRatingInput)
  @ArrayMinSize(1, { message: 'Rate yourself on at least one competency.' })
  @ArrayMaxSize(100)
  ratings!: SelfRatingInput[];
}

@InputType()
export class ReviewSelfAssessmentInput {
  @IdField('assessmentId')
  assessmentId!: string;

  @Field(() => Int, { description: 'The same level validates the rating; another adjusts it.' })
  @IsInt({ message: 'level must be a whole number.' })
  level!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string | null;
}
