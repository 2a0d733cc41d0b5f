import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ListArgs, ListPageType, FilterArg, IdList } from '@kindred/common';

@ObjectType()
export class Branding {
  @Field(() => String)
  primaryColour!: string;

  @Field(() => String)
  secondaryColour!: string;

  @Field(() => String, { nullable: true })
  logoUrl?: string;
}

@ObjectType()
export class PartnershipPolicies {
  @Field(() => Int, { description: 'Sessions are published at least this many days before they start.' })
  minimumNoticeDays!: number;

  @Field(() => Int, { description: 'Training hours a person may book in any rolling 28 days.' })
  trainingHoursCapPer28Days!: number;

  @Field(() => Int, { description: "Years between rechecks of a volunteer's DBS certificate." })
  dbsRecheckYears!: number;

  @Field(() => Int, { description: 'CPD hours a year expected of volunteers no regulator covers.' })
  cpdHoursPerYearVolunteers!: number;

  @Field(() => Int, { description: 'CPD hours a year expected of staff no regulator covers.' })
  cpdHoursPerYearStaff!: number;

  @Field(() => Int, { description: 'Pulse-survey results for fewer respondents than this are withheld.' })
  surveyMinimumGroupSize!: number;
}

@ObjectType('Partnership')
export class PartnershipView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  senderEmail!: string;

  @Field(() => Branding)
  branding!: Branding;

  @Field(() => PartnershipPolicies)
  policies!: PartnershipPolicies;

  @Field(() => [String], { description: 'Ids of the training-provider plugins enabled for this partnership.' })
  plugins!: string[];

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

export const PartnershipList = ListPageType(PartnershipView, 'PartnershipList');

@InputType()
export class PartnershipFilter {
  @Field(() => String, { nullable: true, description: 'Matches name or slug.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IdList()
  ids?: string[];
}

@ArgsType()
export class PartnershipListArgs extends ListArgs {
  @FilterArg(PartnershipFilter)
  filter?: PartnershipFilter;
}
