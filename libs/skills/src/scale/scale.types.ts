import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { FilterArg, IdField, IdList, ListArgs, ListPageType } from '@kindred/common';
import { Trim } from '@kindred/org';
import { MAX_LEVELS } from './proficiency-scale.entity';

@ObjectType('ScaleLevel')
export class ScaleLevelView {
  @Field(() => Int) rank!: number;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
}

@ObjectType('ProficiencyScale')
export class ProficiencyScaleView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
  @Field(() => Boolean, { description: 'Holding a level implies holding every level below it.' })
  cumulative!: boolean;
  @Field(() => [ScaleLevelView]) levels!: ScaleLevelView[];
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

export const ProficiencyScaleList = ListPageType(ProficiencyScaleView, 'ProficiencyScaleList');

@InputType()
export class ProficiencyScaleFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IdList()
  ids?: string[];
}

@ArgsType()
export class ProficiencyScaleListArgs extends ListArgs {
  @FilterArg(ProficiencyScaleFilter)
  filter?: ProficiencyScaleFilter;
}

@InputType()
export class ScaleLevelInput {
  @Field(() => String)
  @Trim()
  @IsString()
  @Length(1, 100, { message: 'Give each level a name of up to 100 characters.' })
  name!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  description = '';
}

@InputType()
export class ProficiencyScaleInput {
  @Field(() => String)
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'Give the scale a name of up to 200 characters.' })
  name!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  description = '';

  @Field(() => Boolean)
  @IsBoolean()
  cumulative!: boolean;

  @Field(() => [ScaleLevelInput], { description: 'Lowest first.' })
  @ValidateNested({ each: true })
  @Type(() => ScaleLevelInput)
  @ArrayMinSize(2, { message: 'A scale has at least 2 levels.' })
  @ArrayMaxSize(MAX_LEVELS, { message: `A scale has at most ${MAX_LEVELS} levels.` })
  levels!: ScaleLevelInput[];
}

@InputType()
export class UpdateProficiencyScaleInput extends ProficiencyScaleInput {
  @IdField('id')
  id!: string;
}
