import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DateField, FilterArg, IdField, ListArgs, ListPageType } from '@kindred/common';
import { CpdSource, CpdType } from '../graphql/enums';

@ObjectType('CpdPeerReflection', { description: 'Social Work England: who you reflected with, when, and on what.' })
export class PeerReflectionView {
  @Field(() => String) withWhom!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) on!: string;
  @Field(() => String) summary!: string;
}

@ObjectType('CpdEvidence', { description: 'A file evidencing an entry; GET /cpd/evidence/<id> downloads it.' })
export class EvidenceView {
  @Field(() => ID) id!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String) mediaType!: string;
  @Field(() => Int) size!: number;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('CpdEntry', { description: 'One piece of CPD in your log.' })
export class CpdEntryView {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) date!: string;
  @Field(() => String) title!: string;
  @Field(() => CpdType) type!: CpdType;
  @Field(() => Int) minutes!: number;
  @Field(() => Float) hours!: number;
  @Field(() => Boolean, { description: 'Learning with others (NMC: participatory).' }) participatory!: boolean;
  @Field(() => String, { nullable: true }) learned!: string | null;
  @Field(() => String, { nullable: true }) practiceChange!: string | null;
  @Field(() => [String]) competencies!: string[];
  @Field(() => PeerReflectionView, { nullable: true }) peerReflection!: PeerReflectionView | null;
  @Field(() => CpdSource) source!: CpdSource;
  @Field(() => [EvidenceView]) evidence!: EvidenceView[];
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

export const CpdEntryList = ListPageType(CpdEntryView, 'CpdEntryList');

@InputType()
export class CpdEntryFilter {
  @DateField('from', { nullable: true }) from?: string;
  @DateField('to', { nullable: true }) to?: string;

  @Field(() => [CpdType], { nullable: true })
  @IsOptional()
  @IsEnum(CpdType, { each: true })
  types?: CpdType[];

  @Field(() => String, { nullable: true, description: 'Words in the title.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

@ArgsType()
export class CpdEntryListArgs extends ListArgs {
  @FilterArg(CpdEntryFilter)
  filter?: CpdEntryFilter;
}

@InputType()
export class PeerReflectionInput {
  @Field(() => String)
  @IsString()
  @Length(1, 200, { message: 'Say who you reflected with, in up to 200 characters.' })
  withWhom!: string;

  @DateField('peerReflection.on') on!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 4000, { message: 'Summarise the peer reflection in up to 4000 characters.' })
  summary!: string;
}

@InputType()
export class CpdEntryInput {
  @DateField('date') date!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 200, { message: 'Give the CPD a title of up to 200 characters.' })
  title!: string;

  @Field(() => CpdType)
  @IsEnum(CpdType)
  type!: CpdType;

  @Field(() => Float, { description: 'Hours, in quarters of an hour: 0.25 to 150.' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'hours must be a number.' })
  @Min(0.25, { message: 'CPD time is at least a quarter of an hour.' })
  @Max(150, { message: 'One entry holds at most 150 hours; split longer CPD into several entries.' })
  hours!: number;

  @Field(() => Boolean)
  @IsBoolean()
  participatory!: boolean;

  @Field(() => String, { nullable: true, description: 'What I learned.' })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  learned?: string | null;

  @Field(() => String, { nullable: true, description: 'How it changed my practice.' })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  practiceChange?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  competencies?: string[];

  @Field(() => PeerReflectionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PeerReflectionInput)
  peerReflection?: PeerReflectionInput | null;
}

@InputType()
export class UpdateCpdEntryInput extends CpdEntryInput {
  @IdField('id') id!: string;
}

@ObjectType('CpdPreferences')
export class CpdPreferencesView {
  @Field(() => Boolean, { description: 'Entries are made automatically from attended training.' })
  autoEntries!: boolean;
}
