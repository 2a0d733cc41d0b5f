import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { IdField } from '@kindred/common';
import { Trim } from '@kindred/org';
import { Judgement } from './self-assessment.entities';
import { EvidenceKind } from './statements';

registerEnumType(Judgement, { name: 'FrameworkJudgement' });
registerEnumType(EvidenceKind, { name: 'FrameworkEvidenceKind' });

@InputType()
export class JudgeFrameworkStatementInput {
  @IdField('planId')
  planId!: string;

  @Field(() => String, { description: 'The statement\'s code, e.g. "5.2-L2-3".' })
  @IsString()
  @MaxLength(20)
  statementCode!: string;

  @Field(() => Judgement)
  @IsEnum(Judgement)
  judgement!: Judgement;

  @Field(() => String, { nullable: true, description: 'Why, in a sentence or two.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class AddSelfAssessmentEvidenceInput {
  @IdField('planId')
  planId!: string;

  @Field(() => String)
  @IsString()
  @MaxLength(20)
  statementCode!: string;

  @Field(() => String, { description: 'What the evidence is.' })
  @Trim()
  @IsString()
  @MaxLength(2000)
  text!: string;

  @Field(() => String, { nullable: true, description: 'Where to find it: a web address.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  link?: string | null;
}

@ObjectType()
export class EvidenceFigureView {
  @Field(() => EvidenceKind) kind!: EvidenceKind;
  @Field() label!: string;
  @Field({ description: 'The figure in a sentence.' }) summary!: string;
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field(() => Int, { nullable: true }) of!: number | null;
  @Field(() => Float, { nullable: true }) percent!: number | null;
}

@ObjectType()
export class SelfAssessmentEvidenceView {
  @Field(() => ID) id!: string;
  @Field() text!: string;
  @Field(() => String, { nullable: true }) link!: string | null;
  @Field() addedBy!: string;
  @Field() addedAt!: Date;
}

@ObjectType()
export class FrameworkJudgementView {
  @Field(() => ID) id!: string;
  @Field(() => Judgement) judgement!: Judgement;
  @Field({ description: '"Not yet", "Basic" or "Developed".' }) label!: string;
  @Field() note!: string;
  @Field() madeBy!: string;
  @Field() madeAt!: Date;
}

@ObjectType()
export class FrameworkStatementView {
  @Field() code!: string;
  @Field() criterion!: string;
  @Field() criterionTitle!: string;
  @Field(() => Int, { description: '1: Basic Model, 2: Developed Model.' }) level!: number;
  @Field({ description: "The framework's words." }) text!: string;
  @Field(() => [EvidenceFigureView], { description: 'What Kindred computes, as the data stands today.' })
  evidence!: EvidenceFigureView[];
  @Field(() => [SelfAssessmentEvidenceView]) manualEvidence!: SelfAssessmentEvidenceView[];
  @Field(() => FrameworkJudgementView, { nullable: true }) judgement!: FrameworkJudgementView | null;
  @Field(() => [FrameworkJudgementView], { description: 'Every judgement made, latest first.' })
  history!: FrameworkJudgementView[];
}

@ObjectType()
export class SelfAssessmentView {
  @Field(() => ID) planId!: string;
  @Field() asOf!: string;
  @Field(() => [FrameworkStatementView]) statements!: FrameworkStatementView[];
}
