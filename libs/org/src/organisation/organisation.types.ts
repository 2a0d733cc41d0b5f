import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { ListArgs, ListPageType, FilterArg, IdList } from '@kindred/common';
import { BookingApproval, OrganisationKind, OrganisationStatus } from '../graphql/enums';
import { Trim } from '../graphql/inputs';

@ObjectType('Organisation')
export class OrganisationView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) code!: string;
  @Field(() => OrganisationKind) kind!: OrganisationKind;
  @Field(() => Boolean) statutory!: boolean;
  @Field(() => String, { nullable: true }) contactName!: string | null;
  @Field(() => String, { nullable: true }) contactEmail!: string | null;
  @Field(() => String, { nullable: true }) contactPhone!: string | null;
  @Field(() => OrganisationStatus) status!: OrganisationStatus;
  @Field(() => BookingApproval, { description: "Who agrees before a person's own training booking takes a place." })
  bookingApproval!: BookingApproval;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

export const OrganisationList = ListPageType(OrganisationView, 'OrganisationList');

@InputType()
export class OrganisationFilter {
  @Field(() => String, { nullable: true, description: 'Matches name or code.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @Field(() => [OrganisationKind], { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationKind, { each: true })
  kinds?: OrganisationKind[];

  @Field(() => OrganisationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationStatus)
  status?: OrganisationStatus;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  statutory?: boolean;

  @IdList()
  ids?: string[];
}

@ArgsType()
export class OrganisationListArgs extends ListArgs {
  @FilterArg(OrganisationFilter)
  filter?: OrganisationFilter;
}

@InputType()
export class CreateOrganisationInput {
  @Field(() => String)
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'Give the organisation a name of up to 200 characters.' })
  name!: string;

  @Field(() => String, { description: 'Short code used by HR exports, e.g. NCC-CS.' })
  @Trim()
  @IsString()
  @Length(1, 32)
  code!: string;

  @Field(() => OrganisationKind)
  @IsEnum(OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => Boolean)
  @IsBoolean()
  statutory!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsEmail({}, { message: 'Enter the contact email like name@example.org.' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(40)
  contactPhone?: string | null;
}

@InputType()
export class UpdateOrganisationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a uuid.' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 32)
  code?: string;

  @Field(() => OrganisationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationKind)
  kind?: OrganisationKind;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  statutory?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsEmail()
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(40)
  contactPhone?: string | null;

  @Field(() => OrganisationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationStatus)
  status?: OrganisationStatus;

  @Field(() => BookingApproval, { nullable: true })
  @IsOptional()
  @IsEnum(BookingApproval)
  bookingApproval?: BookingApproval;
}
