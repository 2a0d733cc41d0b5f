import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUrl, Length, MaxLength } from 'class-validator';
import { FilterArg, IdField, IdList, ListArgs, ListPageType, OptionalIdField } from '@kindred/common';
import { Trim } from '@kindred/org';
import { ProviderKind } from '../graphql/enums';

@ObjectType('TrainingProvider')
export class TrainingProviderView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ProviderKind) kind!: ProviderKind;
  @Field(() => String, { nullable: true }) contactEmail!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
}

export const TrainingProviderList = ListPageType(TrainingProviderView, 'TrainingProviderList');

@InputType()
export class TrainingProviderFilter {
  @Field(() => String, { nullable: true, description: 'Matches the name.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @Field(() => [ProviderKind], { nullable: true })
  @IsOptional()
  @IsEnum(ProviderKind, { each: true })
  kinds?: ProviderKind[];

  @IdList()
  ids?: string[];
}

@ArgsType()
export class TrainingProviderListArgs extends ListArgs {
  @FilterArg(TrainingProviderFilter)
  filter?: TrainingProviderFilter;
}

@InputType()
export class TrainingProviderInput {
  @Field(() => String)
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'Give the provider a name of up to 200 characters.' })
  name!: string;

  @Field(() => ProviderKind)
  @IsEnum(ProviderKind)
  kind!: ProviderKind;

  @OptionalIdField('organisationId')
  organisationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsEmail({}, { message: 'contactEmail must be an email address.' })
  @MaxLength(320)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'website must be a web address.' })
  @MaxLength(500)
  website?: string | null;
}

@InputType()
export class UpdateTrainingProviderInput extends TrainingProviderInput {
  @IdField('id')
  id!: string;
}
