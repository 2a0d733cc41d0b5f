import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { DateField, FilterArg, IdField, IdList, ListArgs, ListPageType, OptionalIdField } from '@kindred/common';
import { Trim } from '@kindred/org';
import { PathwayStatus } from './development-pathway.entity';
import { EnrolmentStatus } from './pathway-enrolment.entity';
import { StepKind } from './pathway-step.entity';

registerEnumType(PathwayStatus, { name: 'PathwayStatus' });
registerEnumType(StepKind, { name: 'PathwayStepKind' });
registerEnumType(EnrolmentStatus, { name: 'PathwayEnrolmentStatus' });

@InputType()
export class DevelopmentPathwayInput {
  @Field(() => String)
  @Trim()
  @IsString()
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @IdField('fromRoleProfileId') fromRoleProfileId!: string;
  @IdField('toRoleProfileId') toRoleProfileId!: string;
}

@InputType()
export class UpdateDevelopmentPathwayInput extends DevelopmentPathwayInput {
  @IdField('id') id!: string;
}

@InputType()
export class MoveDevelopmentPathwayInput {
  @IdField('id') id!: string;

  @Field(() => PathwayStatus, { description: 'The next status: draft → published → retired.' })
  @IsEnum(PathwayStatus)
  status!: PathwayStatus;
}

@InputType()
export class AddPathwayStepInput {
  @IdField('pathwayId') pathwayId!: string;

  @Field(() => StepKind)
  @IsEnum(StepKind)
  kind!: StepKind;

  @OptionalIdField('courseId') courseId?: string | null;
  @OptionalIdField('competencyId') competencyId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The level needed, for a competency step.' })
  @IsOptional()
  @IsInt()
  level?: number | null;

  @Field(() => String, { nullable: true, description: 'The qualification, for a qualification step.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  qualification?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

@InputType()
export class MovePathwayStepInput {
  @IdField('id') id!: string;

  @Field(() => Int, { description: 'The new position, 1 for first.' })
  @IsInt()
  position!: number;
}

@InputType()
export class EnrolOnPathwayInput {
  @IdField('pathwayId') pathwayId!: string;
  @IdField('personId') personId!: string;
  @DateField('startedOn') startedOn!: string;
  @DateField('targetOn', { nullable: true }) targetOn?: string | null;
}

@InputType()
export class UpdatePathwayEnrolmentInput {
  @IdField('id') id!: string;
  @DateField('startedOn') startedOn!: string;
  @DateField('targetOn', { nullable: true }) targetOn?: string | null;

  @Field(() => EnrolmentStatus)
  @IsEnum(EnrolmentStatus)
  status!: EnrolmentStatus;
}

@InputType()
export class RecordQualificationInput {
  @IdField('personId') personId!: string;

  @Field(() => String)
  @Trim()
  @IsString()
  @MaxLength(200)
  qualification!: string;

  @DateField('attainedOn') attainedOn!: string;
}

@InputType()
export class PathwayFilter {
  @Field(() => [PathwayStatus], { nullable: true })
  @IsOptional()
  @IsEnum(PathwayStatus, { each: true })
  statuses?: PathwayStatus[] | null;
}

@ArgsType()
export class PathwayListArgs extends ListArgs {
  @FilterArg(PathwayFilter) filter?: PathwayFilter;
}

@InputType()
export class EnrolmentFilter {
  @IdList() pathwayIds?: string[] | null;
  @IdList() personIds?: string[] | null;

  @Field(() => [EnrolmentStatus], { nullable: true })
  @IsOptional()
  @IsEnum(EnrolmentStatus, { each: true })
  statuses?: EnrolmentStatus[] | null;
}

@ArgsType()
export class EnrolmentListArgs extends ListArgs {
  @FilterArg(EnrolmentFilter) filter?: EnrolmentFilter;
}

@ObjectType('PathwayStep')
export class PathwayStepView {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field(() => StepKind) kind!: StepKind;
  @Field({ description: 'What the step asks, in plain English.' }) title!: string;
  @Field(() => ID, { nullable: true }) courseId!: string | null;
  @Field(() => ID, { nullable: true }) competencyId!: string | null;
  @Field(() => Int, { nullable: true }) level!: number | null;
  @Field(() => String, { nullable: true }) qualification!: string | null;
  @Field() note!: string;
}

@ObjectType('DevelopmentPathway')
export class DevelopmentPathwayView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => ID) fromRoleProfileId!: string;
  @Field() fromRoleName!: string;
  @Field(() => ID) toRoleProfileId!: string;
  @Field() toRoleName!: string;
  @Field(() => PathwayStatus) status!: PathwayStatus;
  @Field(() => [PathwayStepView], { description: 'In order.' }) steps!: PathwayStepView[];
  @Field() updatedAt!: Date;
}

export const DevelopmentPathwayList = ListPageType(DevelopmentPathwayView, 'DevelopmentPathwayList');

@ObjectType('PathwayStepProgress')
export class StepProgressView {
  @Field(() => PathwayStepView) step!: PathwayStepView;
  @Field() done!: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      'The day the evidence dates from: course completed, level held since, last supervision, qualification attained.',
  })
  evidenceOn!: string | null;
  @Field(() => Int, { nullable: true, description: 'The competency level held.' }) levelHeld!: number | null;
  @Field(() => String, { nullable: true, description: 'The last day a completed course stays valid.' })
  validUntil!: string | null;
}

@ObjectType('PathwayProgress', { description: 'Read from the data as it stands today.' })
export class PathwayProgressView {
  @Field(() => Int) done!: number;
  @Field(() => Int) total!: number;
  @Field(() => Float) percent!: number;
  @Field() complete!: boolean;
  @Field(() => PathwayStepView, { nullable: true, description: 'The first step not yet done.' })
  nextStep!: PathwayStepView | null;
  @Field(() => [StepProgressView]) steps!: StepProgressView[];
}

@ObjectType('PathwayEnrolment')
export class PathwayEnrolmentView {
  @Field(() => ID) id!: string;
  @Field(() => DevelopmentPathwayView) pathway!: DevelopmentPathwayView;
  @Field(() => ID) personId!: string;
  @Field() personName!: string;
  @Field() startedOn!: string;
  @Field(() => String, { nullable: true }) targetOn!: string | null;
  @Field(() => EnrolmentStatus) status!: EnrolmentStatus;
  @Field(() => PathwayProgressView) progress!: PathwayProgressView;
}

export const PathwayEnrolmentList = ListPageType(PathwayEnrolmentView, 'PathwayEnrolmentList');

@ObjectType('QualificationAward')
export class QualificationAwardView {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field() qualification!: string;
  @Field() attainedOn!: string;
}

@ObjectType('PathwayUse', { description: 'How much a pathway is in use (Model Framework 5.2).' })
export class PathwayUseView {
  @Field(() => ID) pathwayId!: string;
  @Field() name!: string;
  @Field(() => PathwayStatus) status!: PathwayStatus;
  @Field(() => Int, { description: 'People enrolled and not withdrawn.' }) enrolled!: number;
  @Field(() => Int, { description: 'Of those, people with every step done today.' }) completed!: number;
  @Field(() => Float) averagePercent!: number;
}
