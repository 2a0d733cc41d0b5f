import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DateField, IdField } from '@kindred/common';
import { DueState, FrequencyPattern, SupervisionModel, SupervisionType } from '../graphql/enums';

@ObjectType('SupervisionAgreement', {
  description: 'Supervisee, supervisor, type, model and frequency; signed by both.',
})
export class AgreementView {
  @Field(() => ID) id!: string;
  @Field(() => SupervisionType) type!: SupervisionType;
  @Field(() => SupervisionModel) model!: SupervisionModel;
  @Field(() => FrequencyPattern) frequencyPattern!: FrequencyPattern;
  @Field(() => Int, { nullable: true, description: 'For EVERY_N_DAYS.' }) frequencyDays!: number | null;
  @Field(() => Int) expectedMinutes!: number;
  @Field(() => String, { description: 'YYYY-MM-DD' }) startDate!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) reviewDate!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) endDate!: string | null;
  @Field(() => Date, { nullable: true }) superviseeSignedAt!: Date | null;
  @Field(() => Date, { nullable: true }) supervisorSignedAt!: Date | null;
  @Field(() => Boolean) signed!: boolean;
}

@ObjectType('SupervisionStanding', { description: 'Dates and counts only: what leads see.' })
export class StandingView {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) lastHeldOn!: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD' }) nextDueOn!: string;
  @Field(() => DueState) dueState!: DueState;
  @Field(() => Int) held!: number;
  @Field(() => Int) missed!: number;
  @Field(() => Int) cancelled!: number;
}

@InputType()
export class FrequencyInput {
  @Field(() => FrequencyPattern)
  @IsEnum(FrequencyPattern)
  pattern!: FrequencyPattern;

  @Field(() => Int, { nullable: true, description: 'For EVERY_N_DAYS: 1-366.' })
  @IsOptional()
  @IsInt()
  everyDays?: number | null;
}

@InputType()
export class CreateAgreementInput {
  @IdField('superviseeId') superviseeId!: string;
  @IdField('supervisorId') supervisorId!: string;

  @Field(() => SupervisionType)
  @IsEnum(SupervisionType)
  type!: SupervisionType;

  @Field(() => SupervisionModel)
  @IsEnum(SupervisionModel)
  model!: SupervisionModel;

  @Field(() => FrequencyInput)
  @ValidateNested()
  @Type(() => FrequencyInput)
  frequency!: FrequencyInput;

  @Field(() => Int)
  @IsInt()
  @Min(15)
  @Max(480)
  expectedMinutes!: number;

  @DateField('startDate') startDate!: string;
  @DateField('reviewDate', { nullable: true }) reviewDate?: string | null;

  @Field(() => String, { nullable: true, description: 'What is shared with whom. Sealed at rest.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  sharing?: string | null;
}

@InputType()
export class EndAgreementInput {
  @IdField('id') id!: string;
  @DateField('endDate') endDate!: string;
}
