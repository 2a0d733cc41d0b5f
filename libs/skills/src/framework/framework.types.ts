import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DateField, FilterArg, IdField, IdList, ListArgs, ListPageType, OptionalIdField } from '@kindred/common';
import { Trim } from '@kindred/org';
import { CompetencyKind, LevelRule } from '../graphql/enums';

@ObjectType('Indicator')
export class IndicatorView {
  @Field(() => Int) level!: number;
  @Field(() => String) text!: string;
}

@ObjectType('Competency')
export class CompetencyView {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
  @Field(() => CompetencyKind) kind!: CompetencyKind;
  @Field(() => Int, { nullable: true, description: 'Months evidence from training or import stays valid.' })
  validForMonths!: number | null;
  @Field(() => [IndicatorView], { description: 'What the competency looks like at each level.' })
  indicators!: IndicatorView[];
  @Field(() => Int) position!: number;
}

@ObjectType('CompetencyFramework')
export class CompetencyFrameworkView {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) version!: string;
  @Field(() => String) description!: string;
  @Field(() => String) source!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) effectiveFrom!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) effectiveTo!: string | null;
  @Field(() => LevelRule) levelRule!: LevelRule;
  @Field(() => Boolean) selfAssessmentCounts!: boolean;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

export const CompetencyFrameworkList = ListPageType(CompetencyFrameworkView, 'CompetencyFrameworkList');
export const CompetencyList = ListPageType(CompetencyView, 'CompetencyList');

@InputType()
export class CompetencyFrameworkFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IdList()
  ids?: string[];

  @DateField('effectiveOn', { nullable: true })
  effectiveOn?: string;
}

@ArgsType()
export class CompetencyFrameworkListArgs extends ListArgs {
  @FilterArg(CompetencyFrameworkFilter)
  filter?: CompetencyFrameworkFilter;
}

@InputType()
export class CompetencyFilter {
  @Field(() => String, { nullable: true, description: 'Matches code or name.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IdList()
  ids?: string[];

  @IdList()
  frameworkIds?: string[];

  @Field(() => CompetencyKind, { nullable: true })
  @IsOptional()
  @IsEnum(CompetencyKind)
  kind?: CompetencyKind;
}

@ArgsType()
export class CompetencyListArgs extends ListArgs {
  @FilterArg(CompetencyFilter)
  filter?: CompetencyFilter;
}

@InputType()
export class CompetencyFrameworkInput {
  @Field(() => String)
  @Trim()
  @Matches(/^[a-z0-9][a-z0-9-]{1,59}$/, {
    message: 'code is lower-case letters, digits and dashes, like "safeguarding-children".',
  })
  code!: string;

  @Field(() => String)
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'Give the framework a name of up to 200 characters.' })
  name!: string;

  @Field(() => String)
  @Trim()
  @IsString()
  @Length(1, 40, { message: 'Give the framework a version of up to 40 characters.' })
  version!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(4000)
  description = '';

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(4000)
  source = '';

  @DateField('effectiveFrom')
  effectiveFrom!: string;

  @DateField('effectiveTo', { nullable: true })
  effectiveTo?: string | null;

  @Field(() => LevelRule, { defaultValue: LevelRule.HIGHEST_VALIDATED })
  @IsEnum(LevelRule)
  levelRule: LevelRule = LevelRule.HIGHEST_VALIDATED;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  selfAssessmentCounts = false;
}

@InputType()
export class CreateCompetencyFrameworkInput extends CompetencyFrameworkInput {
  @IdField('scaleId')
  scaleId!: string;
}

/** The scale stays: the framework's requirements and evidence are levels on it. */
@InputType()
export class UpdateCompetencyFrameworkInput extends CompetencyFrameworkInput {
  @IdField('id')
  id!: string;
}

@InputType()
export class IndicatorInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10)
  level!: number;

  @Field(() => String)
  @IsString()
  @Length(1, 2000, { message: 'An indicator is up to 2000 characters.' })
  text!: string;
}

@InputType()
export class CompetencyInput {
  @Field(() => String)
  @Trim()
  @IsString()
  @Length(1, 40, { message: 'Give the competency a code of up to 40 characters.' })
  code!: string;

  @Field(() => String)
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'Give the competency a name of up to 200 characters.' })
  name!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(4000)
  description = '';

  @Field(() => CompetencyKind, { defaultValue: CompetencyKind.COMPETENCY })
  @IsEnum(CompetencyKind)
  kind: CompetencyKind = CompetencyKind.COMPETENCY;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  validForMonths?: number | null;

  @Field(() => [IndicatorInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => IndicatorInput)
  @ArrayMaxSize(10)
  indicators: IndicatorInput[] = [];

  @OptionalIdField('parentId')
  parentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Order among siblings; last when left out.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number | null;
}

@InputType()
export class CreateCompetencyInput extends CompetencyInput {
  @IdField('frameworkId')
  frameworkId!: string;
}

@InputType()
export class UpdateCompetencyInput extends CompetencyInput {
  @IdField('id')
  id!: string;
}

@InputType()
export class LoadFrameworkInput {
  @Field(() => String, { description: 'The code of a framework file in config/frameworks.' })
  @IsString()
  @MaxLength(60)
  code!: string;
}

@ObjectType('FrameworkFile')
export class FrameworkFileView {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) version!: string;
  @Field(() => Int) competencyCount!: number;
  @Field(() => ID, { nullable: true, description: 'The framework loaded from it, if this partnership has it.' })
  loadedFrameworkId!: string | null;
}
