import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsString, MaxLength } from 'class-validator';
import { IdField, OptionalIdField } from '@kindred/common';
import { YouSaidStatus } from './you-said-action.entity';

registerEnumType(YouSaidStatus, { name: 'YouSaidStatus' });

@InputType()
export class YouSaidInput {
  @Field({ description: 'What staff said, in their words or a fair summary.' })
  @IsString()
  @MaxLength(1000, { message: 'What staff said is at most 1000 characters.' })
  youSaid!: string;

  @Field({ description: 'What the partnership is doing about it.' })
  @IsString()
  @MaxLength(2000, { message: 'What is being done is at most 2000 characters.' })
  weDid!: string;

  @IdField('ownerId') ownerId!: string;

  @Field(() => YouSaidStatus)
  @IsEnum(YouSaidStatus)
  status!: YouSaidStatus;

  @OptionalIdField('courseId') courseId?: string | null;
  @OptionalIdField('waveId') waveId?: string | null;
  @OptionalIdField('statementId') statementId?: string | null;
}

@ObjectType('YouSaidAction', { description: '"You said, we did": what staff said and what is being done.' })
export class YouSaidActionView {
  @Field(() => ID) id!: string;
  @Field() youSaid!: string;
  @Field() weDid!: string;
  @Field(() => YouSaidStatus) status!: YouSaidStatus;
  @Field() ownerName!: string;
  @Field(() => ID) ownerId!: string;
  @Field(() => ID, { nullable: true }) courseId!: string | null;
  @Field(() => String, { nullable: true, description: 'The course whose feedback it answers.' }) courseTitle!:
    string | null;
  @Field(() => ID, { nullable: true }) waveId!: string | null;
  @Field(() => String, { nullable: true, description: 'The survey wave it answers.' }) waveName!: string | null;
  @Field(() => ID, { nullable: true }) statementId!: string | null;
  @Field(() => String, { nullable: true }) statementText!: string | null;
  @Field() updatedAt!: Date;
}
