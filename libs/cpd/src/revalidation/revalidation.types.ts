import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMinSize, IsArray, IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { DateField } from '@kindred/common';
import { CodeTheme, SignOffKind } from '../graphql/enums';

@ObjectType('PracticeFeedback', { description: 'Practice-related feedback (NMC revalidation: 5 pieces).' })
export class PracticeFeedbackView {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) receivedOn!: string;
  @Field(() => String) source!: string;
  @Field(() => String) summary!: string;
  @Field(() => String, { nullable: true }) howUsed!: string | null;
}

@InputType()
export class PracticeFeedbackInput {
  @DateField('receivedOn') receivedOn!: string;

  @Field(() => String, { description: 'Who it came from: a family, a colleague, an audit…' })
  @IsString()
  @Length(1, 200, { message: 'Say who the feedback came from, in up to 200 characters.' })
  source!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 4000, { message: 'Summarise the feedback in up to 4000 characters.' })
  summary!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  howUsed?: string | null;
}

@ObjectType('ReflectiveAccount', { description: "A reflective account on the NMC's form." })
export class ReflectiveAccountView {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) writtenOn!: string;
  @Field(() => String, { description: 'What was the nature of the CPD activity or feedback?' }) nature!: string;
  @Field(() => String, { description: 'What did you learn from it?' }) learned!: string;
  @Field(() => String, { description: 'How did you change or improve your practice as a result?' })
  practiceChange!: string;
  @Field(() => [CodeTheme]) codeThemes!: CodeTheme[];
  @Field(() => String, { description: 'How is this relevant to the Code?' }) codeRelevance!: string;
}

@InputType()
export class ReflectiveAccountInput {
  @DateField('writtenOn') writtenOn!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 8000)
  nature!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 8000)
  learned!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 8000)
  practiceChange!: string;

  @Field(() => [CodeTheme])
  @IsArray()
  @ArrayMinSize(1, { message: 'Choose at least one theme of the Code.' })
  @IsEnum(CodeTheme, { each: true })
  codeThemes!: CodeTheme[];

  @Field(() => String)
  @IsString()
  @Length(1, 8000)
  codeRelevance!: string;
}

@ObjectType('RevalidationSignOff', { description: 'An NMC reflective discussion or confirmation.' })
export class SignOffView {
  @Field(() => ID) id!: string;
  @Field(() => SignOffKind) kind!: SignOffKind;
  @Field(() => String, { description: 'YYYY-MM-DD' }) on!: string;
  @Field(() => String) partnerName!: string;
  @Field(() => String, { nullable: true, description: 'Their NMC PIN.' }) partnerPin!: string | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
}

@InputType()
export class SignOffInput {
  @Field(() => SignOffKind)
  @IsEnum(SignOffKind)
  kind!: SignOffKind;

  @DateField('on') on!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 200, { message: 'Give the name of the person, in up to 200 characters.' })
  partnerName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(12)
  partnerPin?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string | null;
}
