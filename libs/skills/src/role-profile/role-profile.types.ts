import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { FilterArg, IdField, IdList, ListArgs, ListPageType, OptionalIdField } from '@kindred/common';
import { Trim } from '@kindred/org';
import { RequirementPriority } from '../graphql/enums';

@ObjectType('RoleProfile')
export class RoleProfileView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType('RoleRequirement')
export class RoleRequirementView {
  @Field(() => ID) id!: string;
  @Field(() => Int) level!: number;
  @Field(() => RequirementPriority) priority!: RequirementPriority;
  @Field(() => Int, { nullable: true, description: 'Days from the start of the job by which the level is due.' })
  withinDays!: number | null;
}

export const RoleProfileList = ListPageType(RoleProfileView, 'RoleProfileList');

@InputType()
export class RoleProfileFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IdList()
  ids?: string[];
}

@ArgsType()
export class RoleProfileListArgs extends ListArgs {
  @FilterArg(RoleProfileFilter)
  filter?: RoleProfileFilter;
}

@InputType()
export class RoleProfileInput {
  @Field(() => String)
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'Give the role profile a name of up to 200 characters.' })
  name!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(4000)
  description = '';
}

@InputType()
export class UpdateRoleProfileInput extends RoleProfileInput {
  @IdField('id')
  id!: string;
}

@InputType()
export class RoleRequirementInput {
  @IdField('roleProfileId')
  roleProfileId!: string;

  @IdField('competencyId')
  competencyId!: string;

  @Field(() => Int)
  @IsInt({ message: 'level must be a whole number.' })
  level!: number;

  @Field(() => RequirementPriority, { defaultValue: RequirementPriority.ESSENTIAL })
  @IsEnum(RequirementPriority)
  priority: RequirementPriority = RequirementPriority.ESSENTIAL;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'withinDays must be a whole number.' })
  @Min(0)
  @Max(3650)
  withinDays?: number | null;
}

@InputType()
export class JobRoleProfileInput {
  @IdField('jobAssignmentId')
  jobAssignmentId!: string;

  @OptionalIdField('roleProfileId')
  roleProfileId?: string | null;
}
