import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { FilterArg, IdField, IdList, ListArgs, ListPageType } from '@kindred/common';
import { EmploymentType, Trim } from '@kindred/org';
import { CourseMode, CourseStatus } from '../graphql/enums';

@ObjectType('CourseAudience', { description: 'Who may book; an empty list is no restriction.' })
export class CourseAudienceView {
  @Field(() => [ID]) roleProfileIds!: string[];
  @Field(() => [EmploymentType]) employmentTypes!: EmploymentType[];
  @Field(() => [ID]) organisationIds!: string[];
}

@ObjectType('CourseGrant', { description: 'A competency level completing the course grants.' })
export class CourseGrantView {
  @Field(() => ID) competencyId!: string;
  @Field(() => Int) level!: number;
}

@ObjectType('CoursePrerequisite', { description: 'A course, or a competency level, expected first.' })
export class CoursePrerequisiteView {
  @Field(() => ID, { nullable: true }) courseId!: string | null;
  @Field(() => ID, { nullable: true }) competencyId!: string | null;
  @Field(() => Int, { nullable: true }) level!: number | null;
}

@ObjectType('Course')
export class CourseView {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) summary!: string;
  @Field(() => [String]) outcomes!: string[];
  @Field(() => CourseMode) mode!: CourseMode;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => Int) cpdMinutes!: number;
  @Field(() => CourseAudienceView) audience!: CourseAudienceView;
  @Field(() => [CourseGrantView]) grants!: CourseGrantView[];
  @Field(() => Int, { nullable: true, description: 'Months a completion stays valid before a refresher.' })
  validityMonths!: number | null;
  @Field(() => [Int], { description: 'Months before expiry that holders are reminded.' }) reminderMonths!: number[];
  @Field(() => Int, { nullable: true }) costPerPlacePence!: number | null;
  @Field(() => CourseStatus) status!: CourseStatus;
  @Field(() => Date) createdAt!: Date;
}

export const CourseList = ListPageType(CourseView, 'CourseList');

@InputType()
export class CourseFilter {
  @Field(() => String, { nullable: true, description: 'Matches the title or the summary.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IdList()
  ids?: string[];

  @IdList()
  providerIds?: string[];

  @Field(() => [CourseMode], { nullable: true })
  @IsOptional()
  @IsEnum(CourseMode, { each: true })
  modes?: CourseMode[];

  @Field(() => CourseStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CourseStatus)
  status?: CourseStatus;

  @IdList('Courses open to any of these role profiles, including courses open to everyone.')
  roleProfileIds?: string[];
}

@ArgsType()
export class CourseListArgs extends ListArgs {
  @FilterArg(CourseFilter)
  filter?: CourseFilter;
}

@InputType()
export class CompetencyLevelInput {
  @IdField('competencyId')
  competencyId!: string;

  @Field(() => Int)
  @IsInt({ message: 'level must be a whole number.' })
  level!: number;
}

@InputType({ description: 'Who may book; leave a list empty for no restriction.' })
export class CourseAudienceInput {
  @Field(() => [ID], { defaultValue: [] })
  @IsUUID('all', { each: true, message: 'Each role profile id must be a uuid.' })
  @ArrayMaxSize(100)
  roleProfileIds: string[] = [];

  @Field(() => [EmploymentType], { defaultValue: [] })
  @IsEnum(EmploymentType, { each: true })
  employmentTypes: EmploymentType[] = [];

  @Field(() => [ID], { defaultValue: [] })
  @IsUUID('all', { each: true, message: 'Each organisation id must be a uuid.' })
  @ArrayMaxSize(100)
  organisationIds: string[] = [];
}

@InputType({ description: 'Courses to have completed, and competency levels to hold, first.' })
export class CoursePrerequisitesInput {
  @Field(() => [ID], { defaultValue: [] })
  @IsUUID('all', { each: true, message: 'Each prerequisite course id must be a uuid.' })
  @ArrayMaxSize(20)
  courseIds: string[] = [];

  @Field(() => [CompetencyLevelInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => CompetencyLevelInput)
  @ArrayMaxSize(20)
  levels: CompetencyLevelInput[] = [];
}

@InputType()
export class CourseInput {
  @IdField('providerId')
  providerId!: string;

  @Field(() => String)
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'Give the course a title of up to 200 characters.' })
  title!: string;

  @Field(() => String, { description: 'What the course is, in plain English.' })
  @IsString()
  @MaxLength(4000)
  summary!: string;

  @Field(() => [String], { defaultValue: [], description: 'What learners can do afterwards.' })
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  @ArrayMaxSize(20)
  outcomes: string[] = [];

  @Field(() => CourseMode)
  @IsEnum(CourseMode)
  mode!: CourseMode;

  @Field(() => Int)
  @IsInt({ message: 'durationMinutes must be a whole number.' })
  durationMinutes!: number;

  @Field(() => Int)
  @IsInt({ message: 'cpdMinutes must be a whole number.' })
  cpdMinutes!: number;

  @Field(() => CourseAudienceInput, { defaultValue: { roleProfileIds: [], employmentTypes: [], organisationIds: [] } })
  @ValidateNested()
  @Type(() => CourseAudienceInput)
  audience!: CourseAudienceInput;

  @Field(() => CoursePrerequisitesInput, { defaultValue: { courseIds: [], levels: [] } })
  @ValidateNested()
  @Type(() => CoursePrerequisitesInput)
  prerequisites!: CoursePrerequisitesInput;

  @Field(() => [CompetencyLevelInput], { defaultValue: [], description: 'Competency levels a completion grants.' })
  @ValidateNested({ each: true })
  @Type(() => CompetencyLevelInput)
  @ArrayMaxSize(30)
  grants: CompetencyLevelInput[] = [];

  @Field(() => Int, { nullable: true, description: 'Months a completion stays valid; empty for no expiry.' })
  @IsOptional()
  @IsInt({ message: 'validityMonths must be a whole number.' })
  validityMonths?: number | null;

  @Field(() => [Int], { defaultValue: [], description: 'Months before expiry to remind holders, e.g. 6 and 3.' })
  @IsInt({ each: true, message: 'Each reminder is a whole number of months.' })
  @ArrayMaxSize(6)
  reminderMonths: number[] = [];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'costPerPlacePence must be a whole number of pence.' })
  costPerPlacePence?: number | null;
}

@InputType()
export class UpdateCourseInput extends CourseInput {
  @IdField('id')
  id!: string;
}
