import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DateField, IdField } from '@kindred/common';
import { SurveyGrouping } from './survey-results';

registerEnumType(SurveyGrouping, { name: 'SurveyGrouping' });

@InputType()
export class CreatePulseSurveyInput {
  @Field()
  @IsString()
  @MaxLength(200, { message: 'A survey title is at most 200 characters.' })
  title!: string;
}

@InputType()
export class AddSurveyStatementInput {
  @IdField('surveyId') surveyId!: string;

  @Field()
  @IsString()
  @MaxLength(300, { message: 'A statement is at most 300 characters.' })
  text!: string;
}

@InputType()
export class AddSurveyWaveInput {
  @IdField('surveyId') surveyId!: string;

  @Field()
  @IsString()
  @MaxLength(100, { message: 'A wave name is at most 100 characters.' })
  name!: string;

  @DateField('opensOn') opensOn!: string;
  @DateField('closesOn') closesOn!: string;
}

@InputType()
export class SurveyAgreementInput {
  @IdField('statementId') statementId!: string;

  @Field(() => Int, { description: '1 strongly disagree, 2 disagree, 3 neither, 4 agree, 5 strongly agree.' })
  @IsInt({ message: 'Agreement is a whole number from 1 to 5.' })
  @Min(1, { message: 'Agreement is a whole number from 1 to 5.' })
  @Max(5, { message: 'Agreement is a whole number from 1 to 5.' })
  agreement!: number;
}

@InputType()
export class AnswerPulseSurveyInput {
  @IdField('waveId') waveId!: string;

  @Field(() => [SurveyAgreementInput])
  @ValidateNested({ each: true })
  @Type(() => SurveyAgreementInput)
  @ArrayMinSize(1, { message: 'Answer every statement.' })
  @ArrayMaxSize(100)
  answers!: SurveyAgreementInput[];
}

@ObjectType('SurveyStatement')
export class SurveyStatementView {
  @Field(() => ID) id!: string;
  @Field() text!: string;
  @Field(() => Int) position!: number;
  @Field({ description: "One of the evaluation's workforce survey statements." }) fromEvaluation!: boolean;
  @Field({ description: 'Left out of waves from now on; kept for past results.' }) retired!: boolean;
}

@ObjectType('SurveyWave')
export class SurveyWaveView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() opensOn!: string;
  @Field() closesOn!: string;
}

@ObjectType('PulseSurvey')
export class PulseSurveyView {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => [SurveyStatementView]) statements!: SurveyStatementView[];
  @Field(() => [SurveyWaveView]) waves!: SurveyWaveView[];
}

@ObjectType('OpenSurveyWave', { description: 'A wave open today, for the signed-in member of staff.' })
export class OpenSurveyWaveView {
  @Field(() => ID) waveId!: string;
  @Field() name!: string;
  @Field() surveyTitle!: string;
  @Field() closesOn!: string;
  @Field(() => [SurveyStatementView]) statements!: SurveyStatementView[];
  @Field({ description: 'Whether you have answered this wave.' }) answered!: boolean;
}

@ObjectType('SurveyStatementFigures')
export class SurveyStatementFiguresView {
  @Field(() => ID) statementId!: string;
  @Field(() => Float, { nullable: true, description: 'Mean agreement from 1 to 5; null where withheld.' })
  mean!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share agreeing or strongly agreeing, 0 to 1.' })
  agreeShare!: number | null;
  @Field(() => Float, { nullable: true }) previousMean!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean now less mean in the wave before.' }) change!: number | null;
}

@ObjectType('SurveyGroupResults')
export class SurveyGroupResultsView {
  @Field(() => ID, { description: 'The organisation, role profile or employment type; "all" overall.' }) key!: string;
  @Field() name!: string;
  @Field(() => Int, { nullable: true, description: 'Null while withheld.' }) responses!: number | null;
  @Field({ description: 'Too few responses to show without risking identifying someone.' }) withheld!: boolean;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => [SurveyStatementFiguresView]) statements!: SurveyStatementFiguresView[];
}

@ObjectType('PulseSurveyResults')
export class PulseSurveyResultsView {
  @Field(() => SurveyWaveView) wave!: SurveyWaveView;
  @Field(() => SurveyWaveView, { nullable: true }) previousWave!: SurveyWaveView | null;
  @Field(() => Int) minimumGroupSize!: number;
  @Field(() => [SurveyStatementView]) statements!: SurveyStatementView[];
  @Field(() => SurveyGroupResultsView) overall!: SurveyGroupResultsView;
  @Field(() => [SurveyGroupResultsView]) groups!: SurveyGroupResultsView[];
}
