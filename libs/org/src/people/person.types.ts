import { ArgsType, Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ListArgs, ListPageType, PageArgs, FilterArg, IdList } from '@kindred/common';
import { DbsLevel, EmploymentType } from '../graphql/enums';
import { Trim } from '../graphql/inputs';

const DATE = { strict: true, strictSeparator: true };
const DATE_MESSAGE = (field: string) => ({ message: `${field} must be a date like 2026-09-01.` });

@ObjectType('Person')
export class PersonView {
  @Field(() => ID) id!: string;
  @Field(() => String) givenName!: string;
  @Field(() => String) familyName!: string;
  @Field(() => String) fullName!: string;
  @Field(() => String) email!: string;
  @Field(() => String, { nullable: true }) employeeNumber!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType('JobAssignment')
export class JobAssignmentView {
  @Field(() => ID) id!: string;
  @Field(() => String) jobTitle!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The role profile the job is measured against; set with setJobRoleProfile.',
  })
  roleProfileId!: string | null;
  @Field(() => EmploymentType) employmentType!: EmploymentType;
  @Field(() => String, { description: 'YYYY-MM-DD' }) startDate!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; set when the person has left this job.' })
  endDate!: string | null;
}

@ObjectType('DbsCheck')
export class DbsCheckView {
  @Field(() => ID) id!: string;
  @Field(() => DbsLevel) level!: DbsLevel;
  @Field(() => String, { nullable: true }) certificateNumber!: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD' }) certificateDate!: string;
  @Field(() => Boolean, { description: 'Subscribed to the DBS Update Service: checked online, not redone.' })
  updateService!: boolean;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, from the partnership's recheck cycle." })
  recheckDue!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('AuditEntry')
export class AuditEntryView {
  @Field(() => ID) id!: string;
  @Field(() => String) action!: string;
  @Field(() => String) entityType!: string;
  @Field(() => ID) entityId!: string;
  @Field(() => Date) createdAt!: Date;
}

export const PersonList = ListPageType(PersonView, 'PersonList');
export const AuditEntryList = ListPageType(AuditEntryView, 'AuditEntryList');

@InputType()
export class PeopleFilter {
  @Field(() => String, { nullable: true, description: 'Matches name, email or employee number.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IdList()
  organisationIds?: string[];

  @IdList('People in teams based at these sites.')
  siteIds?: string[];

  @IdList()
  teamIds?: string[];

  @Field(() => [EmploymentType], { nullable: true })
  @IsOptional()
  @IsEnum(EmploymentType, { each: true })
  employmentTypes?: EmploymentType[];

  @Field(() => Boolean, { nullable: true, description: 'Has (true) or has no (false) job assignment today.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @IdList()
  ids?: string[];
}

@ArgsType()
export class PeopleListArgs extends ListArgs {
  @FilterArg(PeopleFilter)
  filter?: PeopleFilter;
}

@ArgsType()
export class PersonAuditArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be a uuid.' })
  personId!: string;
}

@InputType()
export class JobAssignmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be a uuid.' })
  organisationId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'teamId must be a uuid.' })
  teamId?: string | null;

  @Field(() => String)
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'Give a job title of up to 200 characters.' })
  jobTitle!: string;

  @Field(() => EmploymentType)
  @IsEnum(EmploymentType)
  employmentType!: EmploymentType;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0.5)
  @Max(80)
  hoursPerWeek?: number | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsISO8601(DATE, DATE_MESSAGE('Start date'))
  startDate!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601(DATE, DATE_MESSAGE('End date'))
  endDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'Line manager; for a volunteer, their volunteer coordinator.' })
  @IsOptional()
  @IsUUID('all', { message: 'lineManagerId must be a uuid.' })
  lineManagerId?: string | null;
}

@InputType()
export class PersonDetailsInput {
  @Field(() => String)
  @Trim()
  @IsString()
  @Length(1, 100, { message: 'Enter a given name of up to 100 characters.' })
  givenName!: string;

  @Field(() => String)
  @Trim()
  @IsString()
  @Length(1, 100, { message: 'Enter a family name of up to 100 characters.' })
  familyName!: string;

  @Field(() => String)
  @Trim()
  @IsEmail({}, { message: 'Enter an email address, like name@example.org.' })
  @MaxLength(320)
  email!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(40)
  employeeNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(40)
  phone?: string | null;
}

@InputType()
export class CreatePersonInput extends PersonDetailsInput {
  @Field(() => JobAssignmentInput, { description: 'Everyone joins with a first job or volunteering role.' })
  @ValidateNested()
  @Type(() => JobAssignmentInput)
  assignment!: JobAssignmentInput;
}

@InputType()
export class UpdatePersonInput extends PersonDetailsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a uuid.' })
  id!: string;
}

@InputType()
export class AddJobAssignmentInput extends JobAssignmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be a uuid.' })
  personId!: string;
}

@InputType()
export class UpdateJobAssignmentInput extends JobAssignmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a uuid.' })
  id!: string;
}

@InputType()
export class EndJobAssignmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a uuid.' })
  id!: string;

  @Field(() => String, { description: 'Last working day, YYYY-MM-DD.' })
  @IsISO8601(DATE, DATE_MESSAGE('End date'))
  endDate!: string;
}

@InputType()
export class RecordDbsCheckInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be a uuid.' })
  personId!: string;

  @Field(() => DbsLevel)
  @IsEnum(DbsLevel)
  level!: DbsLevel;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @Matches(/^\d{12}$/, { message: 'A DBS certificate number has 12 digits.' })
  certificateNumber?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsISO8601(DATE, DATE_MESSAGE('Certificate date'))
  certificateDate!: string;

  @Field(() => Boolean)
  @IsBoolean()
  updateService!: boolean;
}
