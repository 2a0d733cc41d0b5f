import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ListArgs, ListPageType, FilterArg, IdList } from '@kindred/common';
import { SiteKind } from '../graphql/enums';
import { Trim } from '../graphql/inputs';

@ObjectType('Room')
export class RoomView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) capacity!: number;
  @Field(() => String, { nullable: true }) accessibilityNotes!: string | null;
}

@ObjectType('Site')
export class SiteView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => SiteKind) kind!: SiteKind;
  @Field(() => String, { nullable: true }) addressLine1!: string | null;
  @Field(() => String, { nullable: true }) addressLine2!: string | null;
  @Field(() => String, { nullable: true }) town!: string | null;
  @Field(() => String, { nullable: true }) postcode!: string | null;
  @Field(() => String) locality!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

export const SiteList = ListPageType(SiteView, 'SiteList');

@InputType()
export class SiteFilter {
  @Field(() => String, { nullable: true, description: 'Matches name, town, postcode or locality.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @Field(() => [SiteKind], { nullable: true })
  @IsOptional()
  @IsEnum(SiteKind, { each: true })
  kinds?: SiteKind[];

  @Field(() => ID, { nullable: true, description: 'The spokes and outreach venues of one family hub.' })
  @IsOptional()
  @IsUUID('all')
  hubId?: string;

  @IdList()
  ids?: string[];
}

@ArgsType()
export class SiteListArgs extends ListArgs {
  @FilterArg(SiteFilter)
  filter?: SiteFilter;
}

const POSTCODE = /^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$/;

@InputType()
export class SiteInput {
  @Field(() => String)
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'Give the site a name of up to 200 characters.' })
  name!: string;

  @Field(() => SiteKind)
  @IsEnum(SiteKind)
  kind!: SiteKind;

  @Field(() => ID, { nullable: true, description: 'For spokes and outreach venues: their family hub.' })
  @IsOptional()
  @IsUUID('all')
  hubId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  addressLine1?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  addressLine2?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  town?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @Matches(POSTCODE, { message: 'Enter a UK postcode like NS1 4AB.' })
  postcode?: string | null;

  @Field(() => String)
  @Trim()
  @IsString()
  @Length(1, 100, { message: 'Say which area the site serves.' })
  locality!: string;
}

@InputType()
export class UpdateSiteInput extends SiteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a uuid.' })
  id!: string;
}

@InputType()
export class RoomInput {
  @Field(() => String)
  @Trim()
  @IsString()
  @Length(1, 100)
  name!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  accessibilityNotes?: string | null;
}

@InputType()
export class AddRoomInput extends RoomInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'siteId must be a uuid.' })
  siteId!: string;
}

@InputType()
export class UpdateRoomInput extends RoomInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a uuid.' })
  id!: string;
}

@InputType()
export class RemoveRoomInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a uuid.' })
  id!: string;
}
