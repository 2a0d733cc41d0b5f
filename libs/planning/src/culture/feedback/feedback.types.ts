import { applyDecorators } from '@nestjs/common';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IdField } from '@kindred/common';
import { FeedbackGrouping } from './feedback-figures';
import { PracticeUse } from './session-feedback.entity';

registerEnumType(FeedbackGrouping, { name: 'FeedbackGrouping' });
registerEnumType(PracticeUse, { name: 'PracticeUse', description: 'Whether the learning is used in practice.' });

/** A rating from 1 to 5, named in its error message. */
const Rating = (what: string) =>
  applyDecorators(
    Field(() => Int, { description: '1 (lowest) to 5 (highest).' }),
    IsInt({ message: `${what} is a whole number from 1 to 5.` }),
    Min(1, { message: `${what} is a whole number from 1 to 5.` }),
    Max(5, { message: `${what} is a whole number from 1 to 5.` }),
  );

@InputType()
export class OutcomeConfidenceInput {
  @Rating('Confidence before') before!: number;
  @Rating('Confidence after') after!: number;
}

@InputType()
export class GiveSessionFeedbackInput {
  @IdField('sessionId') sessionId!: string;
  @Rating('Reaction') reaction!: number;
  @Rating('Usefulness') usefulness!: number;

  @Field(() => [OutcomeConfidenceInput], {
    description: "One per learning outcome of the course, in the course's order.",
  })
  @ValidateNested({ each: true })
  @Type(() => OutcomeConfidenceInput)
  @ArrayMaxSize(50)
  confidence!: OutcomeConfidenceInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'A comment is at most 2000 characters.' })
  comment?: string | null;
}

@InputType()
export class AnswerFeedbackFollowUpInput {
  @IdField('sessionId') sessionId!: string;

  @Field(() => PracticeUse)
  @IsEnum(PracticeUse)
  used!: PracticeUse;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'A comment is at most 2000 characters.' })
  comment?: string | null;
}

@ObjectType('OutcomeConfidence')
export class OutcomeConfidenceView {
  @Field() outcome!: string;
  @Field(() => Int) before!: number;
  @Field(() => Int) after!: number;
}

@ObjectType('SessionFeedback')
export class SessionFeedbackView {
  @Field(() => ID) id!: string;
  @Field(() => Int) reaction!: number;
  @Field(() => Int) usefulness!: number;
  @Field(() => [OutcomeConfidenceView]) confidence!: OutcomeConfidenceView[];
  @Field(() => String, { nullable: true }) comment!: string | null;
}

@ObjectType('FeedbackFollowUp')
export class FeedbackFollowUpView {
  @Field(() => ID) id!: string;
  @Field(() => PracticeUse) used!: PracticeUse;
  @Field(() => String, { nullable: true }) comment!: string | null;
}

@ObjectType('AttendedSession', { description: 'A completed session the learner attended, and their feedback on it.' })
export class AttendedSessionView {
  @Field(() => ID) sessionId!: string;
  @Field() courseTitle!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => [String]) outcomes!: string[];
  @Field() feedbackGiven!: boolean;
  @Field({ description: 'The day the three-month follow-up opens (YYYY-MM-DD).' }) followUpOpensOn!: string;
  @Field() followUpGiven!: boolean;
}

@ObjectType('FeedbackFigures')
export class FeedbackFiguresView {
  @Field(() => ID, { description: 'The course, provider or trainer.' }) key!: string;
  @Field() name!: string;
  @Field(() => Int) responses!: number;
  @Field(() => Float, { nullable: true }) reaction!: number | null;
  @Field(() => Float, { nullable: true }) usefulness!: number | null;
  @Field(() => Float, { nullable: true }) confidenceBefore!: number | null;
  @Field(() => Float, { nullable: true }) confidenceAfter!: number | null;
  @Field(() => Float, { nullable: true }) confidenceChange!: number | null;
  @Field(() => Int) followUps!: number;
  @Field(() => Int) usedYes!: number;
  @Field(() => Int) usedPartly!: number;
  @Field(() => Int) usedNo!: number;
  @Field(() => [String], { description: 'The latest comments, newest first, without names.' }) comments!: string[];
}
