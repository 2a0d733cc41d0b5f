import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { DateField, IdField } from '@kindred/common';
import { PersonView } from '@kindred/org';
import { GibbsInput, GibbsView } from '../session/session.types';

@ObjectType('ReflectiveLogEntry', { description: 'Private to its author until shared with a supervisor.' })
export class ReflectiveEntryView {
  @Field(() => ID) id!: string;
  @Field(() => PersonView) author!: PersonView;
  @Field(() => String, { description: 'YYYY-MM-DD' }) occurredOn!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => GibbsView, { nullable: true }) gibbs!: GibbsView | null;
  @Field(() => PersonView, { nullable: true }) sharedWith!: PersonView | null;
  @Field(() => Date, { nullable: true }) sharedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

@InputType()
export class ReflectiveEntryInput {
  @DateField('occurredOn') occurredOn!: string;
  @Field(() => String) @IsString() @MaxLength(200) title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20_000) text?: string | null;

  @Field(() => GibbsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GibbsInput)
  gibbs?: GibbsInput | null;
}

@InputType()
export class ShareReflectionInput {
  @IdField('id') id!: string;
  @IdField('supervisorId') supervisorId!: string;
}
