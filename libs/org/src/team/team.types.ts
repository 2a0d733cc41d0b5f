import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { ListArgs, ListPageType, FilterArg, IdList } from '@kindred/common';
import { Trim } from '../graphql/inputs';

@ObjectType('Team')
export class TeamView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int, { nullable: true, description: 'The largest share (%) of the team away on training at once.' })
  trainingAwayLimitPercent!: number | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

export const TeamList = ListPageType(TeamView, 'TeamList');

@InputType()
export class TeamFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IdList()
  organisationIds?: string[];

  @IdList()
  siteIds?: string[];

  @IdList()
  ids?: string[];
}

@ArgsType()
export class TeamListArgs extends ListArgs {
  @FilterArg(TeamFilter)
  filter?: TeamFilter;
}

@InputType()
export class TeamInput {
  @Field(() => String)
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'Give the team a name of up to 200 characters.' })
  name!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be a uuid.' })
  organisationId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'siteId must be a uuid.' })
  siteId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'managerId must be a uuid.' })
  managerId?: string | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  trainingAwayLimitPercent?: number | null;
}

/** A team stays in its organisation: its people's assignments are there. */
@InputType()
export class UpdateTeamInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a uuid.' })
  id!: string;

  @Field(() => String)
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'Give the team a name of up to 200 characters.' })
  name!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'siteId must be a uuid.' })
  siteId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'managerId must be a uuid.' })
  managerId?: string | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  trainingAwayLimitPercent?: number | null;
}
